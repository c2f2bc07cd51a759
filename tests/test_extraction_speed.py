"""The eleventh speed round: the steady-state speed figure of ``make extract-eval`` and the shortcuts checked against their references."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_eval import _forum_pages, eval_forums, steady_state  # noqa: E402

FORUMS = FIXTURES / "forums_wild"


def _two_pages(tmp_path: Path) -> Path:
    for page in sorted(FORUMS.glob("*.html"))[:2]:
        shutil.copy(page, tmp_path / page.name)
        shutil.copy(page.with_name(page.stem + ".gold.json"), tmp_path / (page.stem + ".gold.json"))
    return tmp_path


def test_steady_state_reads_the_scored_pages(tmp_path):
    folder = _two_pages(tmp_path)
    score, cpu, _ = eval_forums(folder, engines=False)
    assert len(_forum_pages(folder)) == len(score.per_page) == 2
    speed = steady_state(folder, engines=False, passes=2)
    assert speed is not None and speed > 0
    assert steady_state(folder, engines=True, passes=0) is None


# --- The shortcuts of the eleventh round, each against the reference it replaces.

import random  # noqa: E402

import pytest  # noqa: E402

from eventwire.ingest._dom import normalize_xhtml, parse_html  # noqa: E402
from eventwire.ingest.forum import induce  # noqa: E402

PAGES = sorted(FORUMS.glob("*.html")) + sorted((FIXTURES / "forums").glob("*.html"))


def _parsed(path: Path):
    return parse_html(normalize_xhtml(path.read_bytes().decode("utf-8", errors="replace")))


def _cut_a_few(rng, page, cut: list[int], n: int) -> None:
    """Cut a few elements still in the tree, as chrome, signatures, headers and quotes are, and record them in ``cut``."""
    for j in rng.sample(range(1, n), min(n - 1, 3)):
        if not induce._cut_at(cut, page.end, j):
            page.nodes[j].decompose()
            cut.append(j)


def _induced(path: Path):
    """The page's tree and its induced thread; the test is skipped when the page has no records."""
    tree = _parsed(path)
    found = induce.induce_thread(tree)
    if found is None:
        pytest.skip("no records")
    return tree, found


def _indexed(path: Path):
    tree = _parsed(path)
    page = induce._Page(tree.body)
    page.index_texts()
    return tree, page


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name + "/" + p.stem)
def test_text_heads_give_the_whole_texts_answers(path):
    """``_collapsed_head`` and ``_shown_date_line_at`` read a text's head only; they answer as the tests on the whole text do."""
    _, page = _indexed(path)
    for i in range(len(page.nodes)):
        raw = page.raw_text(i)
        head = page.raw_head(i, induce._DATE_SCAN)
        assert raw.startswith(head) and (head == raw or len(head) > induce._DATE_SCAN)
        assert induce._collapsed_head(page, i, induce.MAX_DATE_LINE_CHARS) == induce._collapsed_within(raw, induce.MAX_DATE_LINE_CHARS)
        assert induce._shown_date_line_at(page, i) == induce._shown_date_line(raw)


def test_text_heads_on_long_blank_texts():
    """A long text that is mostly white space: the head alone cannot decide, the whole text is read."""
    blanks = " " * 300
    html = f"<body><div><span>{blanks}</span><span>12/03/2024{blanks}</span><b>{'x' * 400}</b></div></body>"
    tree = parse_html(html)
    page = induce._Page(tree.body)
    page.index_texts()
    for i in range(len(page.nodes)):
        for limit in (10, 60, 500):
            assert induce._collapsed_head(page, i, limit) == induce._collapsed_within(page.raw_text(i), limit)


def _tree_classed(slot) -> list[int]:
    return [b.mem_id for b in slot.css("[class]") if b.mem_id != slot.mem_id and induce._signature_classed(b.attributes.get("class") or "")]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name + "/" + p.stem)
def test_slot_questions_from_the_copy_match_the_tree(path):
    """Signature blocks and dates below an element, read from the copy, with and without elements cut out, equal the selector searches."""
    tree, page = _indexed(path)
    rng = random.Random(path.name)
    n = len(page.nodes)
    assert induce._classed_below(page, 0, [-1]) is None  # a cut the copy does not know: the tree is asked
    cut: list[int] = []
    checked = 0
    for _ in range(6):
        for s in rng.sample(range(n), min(n, 25)):
            if induce._cut_at(cut, page.end, s):
                assert induce._classed_below(page, s, cut) is None and induce._dated_below(page, s, cut) is None
                continue
            slot = page.nodes[s]
            classed = induce._classed_below(page, s, cut)
            assert classed is not None
            assert [page.nodes[j].mem_id for j in classed] == _tree_classed(slot), (path.name, s)
            assert induce._dated_below(page, s, cut) == induce._holds_date(slot), (path.name, s)
            checked += 1
        _cut_a_few(rng, page, cut, n)
    assert checked


@pytest.mark.parametrize("path", sorted(FORUMS.glob("*.html")), ids=lambda p: p.stem)
def test_permalinks_from_one_search_match_each_records_search(path):
    """Each record's permalink from the page's one search equals the record's own search, before and after cuts, with and without a slot."""
    tree, found = _induced(path)
    page = found.page
    page.index_texts()
    rng = random.Random(path.name)
    cut: list[int] = []
    answered = 0
    for _ in range(3):
        marks = induce._Permalinks(page, cut)
        for rec in found.records:
            for slot_at in [-1] + [j for j in rng.sample(range(rec.idx[0], page.end[rec.idx[0]]), min(2, page.end[rec.idx[0]] - rec.idx[0])) if not induce._cut_at(cut, page.end, j)]:
                slot = page.nodes[slot_at] if slot_at >= 0 else None
                got = marks.find(rec, slot, slot_at, "https://example.com/t/")
                if got == induce._UNKNOWN:
                    assert any(induce._cut_at(cut, page.end, r) for r in rec.idx)
                    continue
                answered += 1
                assert got == induce._permalink(rec, slot, "https://example.com/t/"), (path.name, slot_at)
        # Cut a few elements inside the records, never a record's own element.
        roots = {r for rec in found.records for r in rec.idx}
        for rec in rng.sample(found.records, min(2, len(found.records))):
            inner = [j for j in range(rec.idx[0] + 1, page.end[rec.idx[0]]) if j not in roots and not induce._cut_at(cut, page.end, j)]
            for j in rng.sample(inner, min(2, len(inner))):
                if not induce._cut_at(cut, page.end, j):
                    page.nodes[j].decompose()
                    cut.append(j)
    assert answered


ALL_PAGES = PAGES + sorted((FIXTURES / "articles_wild").glob("*.html"))


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.parent.name + "/" + p.stem)
def test_one_marked_search_lists_what_the_searches_it_replaces_list(path):
    """``_read_marked``'s one search gives the stamped, authored and bookmark elements the separate searches give, and the title found skipping absent tags is the title."""
    from eventwire.ingest.forum.generic import TITLE_SELECTOR

    tree = _parsed(path)
    page = induce._Page(tree.body)
    at = page.at
    body = tree.body

    def listed(selector: str) -> list[int]:
        return [at[n.mem_id] for n in body.css(selector) if n.mem_id in at]

    assert page.data_authored() == set(listed("[data-author]"))
    # (The parser lists an element once per alternative it matches: the lists are compared as sets.)
    assert set(page.bookmarks) == set(listed("a[rel='bookmark']"))
    assert page.stamped_elements() == set(listed(induce._STAMP_ATTRS))
    assert set(page.dated_elements()) == set(listed(induce._DATED))
    assert [page.marked_attrs[j] for j in page.stamped] == [page.nodes[j].attributes for j in page.stamped]
    want = next((tn for sel in TITLE_SELECTOR.split(", ") if (tn := tree.css_first(sel)) is not None), None) or tree.css_first("title")
    got = induce._title_node(tree, page)
    assert (got.mem_id if got is not None else None) == (want.mem_id if want is not None else None)


def test_title_skips_only_absent_tags():
    tree = parse_html("<html><head><title>T</title></head><body><div class='x-subject'>S</div><h2 class='subject'>H</h2></body></html>")
    page = induce._Page(tree.body)
    assert induce._title_node(tree, page).text() == "H"
    tree = parse_html("<html><head><title>T</title></head><body><p>no heading</p></body></html>")
    assert induce._title_node(tree, induce._Page(tree.body)).text() == "T"


def test_tag_names_read_without_a_match_object():
    """``_dom._tag_name_at`` reads what the tag-name pattern matches, at every "<" of the fixture pages and of generated texts."""
    from eventwire.ingest import _dom

    def reference(text: str, start: int) -> str:
        m = _dom._TAG_NAME.match(text, start)
        return m.group(1) if m is not None else ""

    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in ALL_PAGES]
    rng = random.Random(11)
    alphabet = "<>/ aZ9_:.-é٣ⅷ\u00a0\t"
    texts += ["".join(rng.choice(alphabet) for _ in range(60)) for _ in range(3000)]
    texts += ["<", "<a", "<1", "<é", "<a٣ⅷ_:.-x y", "x<"]
    for text in texts:
        start = text.find("<")
        while start != -1:
            assert _dom._tag_name_at(text, start) == reference(text, start), (text[start : start + 30],)
            start = text.find("<", start + 1)


@pytest.mark.parametrize("path", sorted(FORUMS.glob("*.html")), ids=lambda p: p.stem)
def test_paths_under_a_prefix_by_parent_links(path):
    """``_Paths.under`` by parent links gives the paths whose tuple starts with the prefix, for every numbered path and for prefixes that are not paths."""
    tree, found = _induced(path)
    page = found.page
    record_ids = {n for r in found.records for n in r.idx}
    page.index_texts(list(record_ids))
    table = induce._Paths()
    for rec in found.records:
        induce._record_paths(rec, record_ids, page, table)
    prefixes = list(table.tuples) + [t[:1] for t in table.tuples[:5]] + [("no", "such")]
    for prefix in prefixes:
        want = {i for i, t in enumerate(table.tuples) if t[: len(prefix)] == prefix}
        assert table.under(prefix) == want, prefix
    assert len(table.up) == len(table.tuples)


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.parent.name + "/" + p.stem)
def test_prose_blocks_with_the_pages_memo(path):
    """``_dom._prose_block`` with the page's memo of skipped ancestors gives the block the plain walk gives, for every text's parent, in page order."""
    from eventwire.ingest import _dom

    tree = _parsed(path)
    memo: dict[int, bool] = {}
    for node in tree.body.traverse(include_text=True):
        if node.tag != "-text" or node.parent is None:
            continue
        plain, memoised = _dom._prose_block(node.parent), _dom._prose_block(node.parent, memo)
        assert (plain.mem_id if plain is not None else None) == (memoised.mem_id if memoised is not None else None)


# --- The shortcuts of the twelfth round, each against the reference it replaces.


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.parent.name + "/" + p.stem)
def test_text_from_the_copy_matches_the_walk(path):
    """``_text_from_copy`` gives ``node_text`` of the element, with and without elements cut out of the tree, and declines when it cannot tell."""
    from eventwire.ingest._dom import node_text

    tree = _parsed(path)
    page = induce._Page(tree.body)
    assert induce._text_from_copy(page, 0, []) is None  # texts not indexed yet
    page.index_texts()
    assert induce._text_from_copy(page, 0, [-1]) is None  # a cut the copy does not know
    rng = random.Random(path.name)
    n = len(page.nodes)
    cut: list[int] = []
    checked = 0
    for _ in range(6):
        for s in [0] + rng.sample(range(n), min(n, 25)):
            if induce._cut_at(cut, page.end, s):
                assert induce._text_from_copy(page, s, cut) is None
                continue
            assert induce._text_from_copy(page, s, cut) == node_text(page.nodes[s]), (path.name, s)
            checked += 1
        _cut_a_few(rng, page, cut, n)
    assert checked


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.parent.name + "/" + p.stem)
def test_prose_texts_are_the_bodys_text_nodes(path):
    """The texts the prose search hands on are the body's text nodes in order, and the copy indexed from them equals the copy that reads them itself."""
    from eventwire.ingest._dom import page_prose

    tree = _parsed(path)
    texts = page_prose(tree).texts
    assert texts is not None
    whole = tree.body.text(deep=True, separator="\x00").split("\x00")
    assert texts == whole or (texts == [] and whole == [""])
    assert "".join(texts) == tree.body.text(deep=True)
    given, read = induce._Page(tree.body, texts), induce._Page(tree.body)
    given.index_texts()
    read.index_texts()
    assert given.texts == read.texts and given.lens == read.lens and given.tend == read.tend
    assert given.body_text() == read.body_text()
