"""Forum thread pages: engine parsers as validated fast paths, record induction for the rest.

Order matters: specific engines first, then the generic microdata/class reader,
then record induction (:mod:`.induce`), which needs no knowledge of the engine.
An engine parser's result is checked: when it finds no posts, or no author on
more than a fifth of them, the induced records fill in, field by field.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ...model import Document
from . import discourse, generic, phpbb, telegram, vbulletin, xenforo
from .._dom import main_text_block
from ._base import Engine, parse_with, unique_nodes
from .induce import induce_thread, lead_record, thread_from_induction

ENGINES: list[Engine] = [xenforo.ENGINE, vbulletin.ENGINE_VB5, vbulletin.ENGINE_VB4, phpbb.ENGINE, discourse.ENGINE, telegram.ENGINE]
MAX_MISSING_AUTHORS = 0.2  # an engine parser missing more authors than this is checked against induction
# Every engine's marks in one selector list (None when an engine has none: then every detector runs).
# Each alternative once: the parser tests every alternative of a list on every
# element, and three engines share "meta[name='generator']".
_MARKS = None if any(not e.marks for e in ENGINES) else ", ".join(dict.fromkeys(m for e in ENGINES for m in e.marks.split(", ")))


def detected(tree: LexborHTMLParser) -> list[Engine]:
    """The engines whose detector accepts the page, in :data:`ENGINES` order.

    Why the marks first: most pages (articles, boards of other engines) carry
    none of them, and one selector search over the page costs about a third
    of the five detectors' own searches.
    """
    if _MARKS is not None and tree.css_first(_MARKS) is None:
        return []
    return [e for e in ENGINES if e.detect(tree)]


def detect_engine(tree: LexborHTMLParser) -> str | None:
    for engine in detected(tree):
        return engine.spec.name
    if generic.spec_for(tree):
        return "generic"
    return "generic" if induce_thread(tree) else None


def page_base(tree: LexborHTMLParser, url: str | None) -> str:
    """The URL relative links resolve against: the page's ``<base href>`` over its own URL."""
    node = tree.css_first("base[href]")
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    return urljoin(url or "", href) if href else (url or "")


def parse_thread(tree: LexborHTMLParser, *, url: str | None = None, engines: bool = True,
                 main_block: tuple[LexborNode | None, int] | None = None, texts: list[str] | None = None) -> Document | None:
    """The thread's posts, or None when the page is not a forum thread.

    A page is a thread only when its repeated records hold its main text: when
    the main run of prose lies outside every record and is at least half as
    long as the longest record, the records are comments, teasers or a widget
    beside an article, and the page is not a thread (the caller reads it as an
    article). A main text outside the records that carries an author link of
    the records' profile template is a lead post with its own markup, and is
    taken as the first record.

    ``engines=False`` skips the engine parsers and the generic reader: record
    induction alone (used to measure it). ``main_block`` is
    :func:`main_text_block` of ``tree`` when the caller has it already;
    ``texts``: every text node's text below ``tree``'s body, in document
    order, when the caller has read them (:attr:`~eventwire.ingest._dom.Prose.texts`),
    used only while ``tree`` is the tree read (an engine that finds no posts
    hands back a fresh parse).
    """
    base = page_base(tree, url)
    main = _Main(tree, main_block)
    read = tree
    if engines:
        for spec in [e.spec for e in detected(tree)]:
            doc, tree, main = _with_spec(spec, tree, main, url, base)
            if doc is not None:
                return doc
    induced = induce_thread(tree, texts=texts if tree is read else None)
    if induced is not None:
        nodes = [n for r in induced.records for n in r.nodes]
        # A main text outside every record is a lead post with its own markup
        # when it carries the records' author template and controls; else, if
        # it is long, the records are comments or teasers beside an article.
        lead = lead_record(main.node, induced) if main.node is not None and not main.within(nodes) else None
        if lead is not None:
            induced.records.insert(0, lead)
        elif main.outside(nodes, _copy_lengths(induced.page)):
            induced = None
    if induced is not None:
        doc = thread_from_induction(tree, induced, url, base)
        if doc.posts:
            return doc
        tree, main = LexborHTMLParser(tree.html or ""), None
        main = _Main(tree)
    # Last resort: schema.org microdata or a repeated class with author-like
    # markup, for pages where no profile template repeats (guest-only boards).
    generic_spec = generic.spec_for(tree) if engines else None
    if generic_spec is not None:
        doc, _, _ = _with_spec(generic_spec, tree, main, url, base)
        if doc is not None and _one_voice(doc):
            return None
        return doc
    return None


def _one_voice(doc: Document) -> bool:
    """Three or more entries all signed by one name: a live blog or a serial column, not a conversation.

    Why: the class-based reader takes any repeated block with an author-like
    element; a live blog's entries carry the reporter's name on each one. A
    thread has at least two voices (record induction requires the same).
    """
    names = {" ".join((p.author.name or "").split()).lower() for p in doc.posts}
    return len(doc.posts) >= 3 and len(names) == 1 and "" not in names


def _with_spec(spec, tree: LexborHTMLParser, main: "_Main", url: str | None, base: str):
    """Posts read by one engine spec (checked against induction), or None and an untouched tree."""
    nodes = unique_nodes(tree.css(spec.post))
    if not nodes or main.outside(nodes):
        return None, tree, main
    # Engine parsers edit the tree (quotes and signatures are cut out); the
    # induction fallback needs it whole, so it reads its own copy, parsed
    # only when it is needed.
    html = tree.html or ""
    doc = parse_with(spec, tree, base or url)
    doc.url = url
    if doc.posts:
        _fill_from_induction(doc, html, url, base)
        return doc, tree, main
    fresh = LexborHTMLParser(html)
    return None, fresh, _Main(fresh)


ONE_RECORD_SHARE = 0.6  # one record holding this share of all records' text is an article in a card
MIN_ARTICLE_CHARS = 300  # a main text shorter than this is a page's blurb, not an article body


class _Main:
    """Where the page's main run of prose is (see :func:`main_text_block`)."""

    def __init__(self, tree: LexborHTMLParser, found: tuple[LexborNode | None, int] | None = None) -> None:
        self.node, self.length = found if found is not None else main_text_block(tree)
        self.chain: set[int] = set()
        node = self.node
        while node is not None:
            self.chain.add(node.mem_id)
            node = node.parent

    def within(self, records: list[LexborNode]) -> bool:
        return any(r.mem_id in self.chain for r in records)

    def outside(self, records: list[LexborNode], length: Callable[[LexborNode], int] | None = None) -> bool:
        """``length``: a record's :func:`_length`, when the caller has it cheaper (see :func:`_copy_lengths`)."""
        length = length or _length
        if self.node is None or self.length < MIN_ARTICLE_CHARS:
            return False
        holding = [r for r in records if r.mem_id in self.chain]
        if holding:
            # The main text is inside a record: a thread, unless that one record
            # holds most of the records' text (an article inside one "card").
            own = _own_lengths(records, length)
            return own[holding[-1].mem_id] >= ONE_RECORD_SHARE * (sum(own.values()) or 1)
        longest = max(map(length, records), default=0)
        return self.length >= 0.5 * longest


def _engine_specs(tree: LexborHTMLParser) -> list:
    specs = [e.spec for e in detected(tree)]
    generic_spec = generic.spec_for(tree)
    return specs + ([generic_spec] if generic_spec is not None else [])


def _fill_from_induction(doc: Document, html: str, url: str | None, base: str) -> None:
    """Authors the engine parser missed, taken from the induced record that holds the same text."""
    missing = [p for p in doc.posts if not p.author.name]
    if len(missing) <= MAX_MISSING_AUTHORS * len(doc.posts):
        return
    fresh = LexborHTMLParser(html)
    induced = induce_thread(fresh)
    if induced is None:
        return
    other = thread_from_induction(fresh, induced, url, base)
    by_text = {_key(p.text): p for p in other.posts}
    for post in missing:
        match = by_text.get(_key(post.text))
        if match is not None:
            post.author.name = match.author.name
            post.author.profile_url = post.author.profile_url or match.author.profile_url


def _key(text: str) -> str:
    """Posts are matched on their first words: the two readers may cut chrome at the end differently."""
    return " ".join(text.lower().split()[:12])


def _length(node: LexborNode) -> int:
    return len(node.text(deep=True, separator=" ").strip())


def _copy_lengths(page) -> Callable[[LexborNode], int] | None:
    """:func:`_length` of an element, read from the record search's page copy (``induce._Page``).

    Why: the search measured every record's text when it weighed its
    candidates (the lengths are kept in the copy), and the article-or-thread
    test asks for them again; the parser would walk each record's subtree
    once more.
    """
    if page is None:
        return None
    lens, at = page.lens, page.at
    return lambda node: lens[at[node.mem_id]]


def _own_lengths(records: list[LexborNode], length: Callable[[LexborNode], int] = _length) -> dict[int, int]:
    """Each record's text length without the records nested in it (threaded replies)."""
    own = {r.mem_id: length(r) for r in records}
    ids = set(own)
    for r in records:
        parent = r.parent
        while parent is not None:
            if parent.mem_id in ids:
                own[parent.mem_id] -= length(r)
                break
            parent = parent.parent
    return own
