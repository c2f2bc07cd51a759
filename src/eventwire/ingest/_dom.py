"""The HTML tree and its text, shared by the article, forum and feed readers.

The block-aware text walker keeps paragraphs, list items and ``<br>`` as line
breaks; scripts, styles and buttons give no text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final, cast

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ._accel import adopt


BLOCK_TAGS: Final = frozenset(
    "p div li ul ol blockquote h1 h2 h3 h4 h5 h6 tr table section article header footer aside pre "
    "dd dt dl figure figcaption hr form main nav address details summary center fieldset".split()
)
SKIP_TAGS: Final = frozenset("script style template svg button select input textarea iframe object canvas head".split())
_SPACES: Final = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


# Elements that have no content in HTML: a "/>" on them is harmless.
VOID_TAGS: Final = frozenset("area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen".split())
# "<name attrs/>": a start tag closed XML-style. Attribute values may hold ">" inside quotes.
_SELF_CLOSING: Final = re.compile(r"""<([A-Za-z][\w:.-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*/>""")


def normalize_xhtml(text: str) -> str:
    """Rewrite XML-style self-closed non-void elements as open+close pairs.

    Why: pages saved as XHTML write ``<iframe …/>``, ``<script …/>``,
    ``<textarea/>``, ``<title/>`` or ``<div/>``. An HTML5 parser ignores the
    "/" on a non-void element, so a raw-text element (script, textarea, title,
    iframe …) swallows the rest of the page as its text, and an empty
    ``<div/>`` wraps everything after it. Void elements (``<br/>``) are left as they are.
    """
    if not _has_self_closed_non_void(text):
        return text

    def fix(m: re.Match) -> str:
        tag = m.group(1)
        if tag.lower() in VOID_TAGS:
            return m.group(0)
        return f"<{tag}{m.group(2)}></{tag}>"

    return _SELF_CLOSING.sub(fix, text)


_TAG_NAME: Final = re.compile(r"<([A-Za-z][\w:.-]*)")
# SVG drawing elements: inside <svg> an HTML5 parser honours "/>" (foreign
# content), and pages inline many icons written that way. They alone do not
# send a page to the full rewrite (which, when it runs, pairs them harmlessly).
_FOREIGN_SELF_CLOSED: Final = frozenset(
    "path stop use polygon polyline circle ellipse line rect image g symbol lineargradient radialgradient "
    "feblend fecolormatrix feoffset fegaussianblur animate animatetransform mpath".split()
)


def _has_self_closed_non_void(text: str) -> bool:
    """Does any "/>" close a start tag whose name is not a void (or SVG drawing) element?

    Why: most pages write ``<br/>``, ``<img …/>``, ``<meta …/>`` and nothing
    else self-closed; the rewriting regex costs a scan of every tag, this test
    only looks back from each "/>" to the "<" before it. A "<" inside an
    attribute value before the "/>" can only make this answer yes (a name that
    is not void, or no name at all, sends the page to the full rewrite), so a
    page that needs the rewrite is never skipped; the full pass is exact.
    """
    end = text.find("/>")
    while end != -1:
        start = text.rfind("<", 0, end)
        name = _tag_name_at(text, start).lower() if start != -1 else ""
        if name not in VOID_TAGS and name not in _FOREIGN_SELF_CLOSED:
            return True
        end = text.find("/>", end + 2)
    return False


def _tag_name_at(text: str, start: int) -> str:
    """``_TAG_NAME.match(text, start).group(1)``, or "" when it does not match, read without a match object.

    Why: the look back runs for every "/>" of a page (every ``<br/>`` and
    ``<img …/>``), and a match object per look cost more than the test. A
    name is an ASCII letter, then word characters (``str.isalnum`` or "_",
    as the pattern's ``\w``), ":", "." or "-".
    """
    k = start + 1
    if text[start] != "<" or k >= len(text) or not ("a" <= text[k] <= "z" or "A" <= text[k] <= "Z"):
        return ""
    stop = k + 1
    size = len(text)
    while stop < size:
        ch = text[stop]
        if not (ch.isalnum() or ch in "_:.-"):
            break
        stop += 1
    return text[k:stop]


def parse_html(text: str) -> LexborHTMLParser:
    return LexborHTMLParser(text)


def node_text(root: LexborNode) -> str:
    """Text of a node with block structure kept as line breaks (iterative: no recursion limit)."""
    out: list[str] = []
    add = out.append
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    pop, push, extend = stack.pop, stack.append, stack.extend
    # Tag names by the parser's tag number, decoded once per tag in this
    # call (a number is cheaper to read than a name; custom tags are
    # numbered per document, so the table lives for one call).
    names: dict[int, str] = {}
    while stack:
        node, closing = pop()
        if closing:
            add("\n")
            continue
        tid = node.tag_id
        found = names.get(tid)
        if found is None:
            found = names[tid] = node.tag or ""
        tag = found
        if tag == "-text":
            add(_one_space((node.text_content or "").replace("\n", " ")))
            continue
        if tag.startswith("-") or tag in SKIP_TAGS:
            continue
        if tag == "br":
            add("\n")
            continue
        if tag in BLOCK_TAGS:
            add("\n")
            push((node, True))
        children = list(node.iter(include_text=True))
        if children:
            children.reverse()
            extend([(child, False) for child in children])
    return tidy_lines("".join(out))


def _one_space(text: str) -> str:
    """``_SPACES.sub(" ", text)``, skipped when it would change nothing.

    Why: it runs on every text node and line of every post. A text with no
    two spaces in a row and no other character the pattern matches is left as
    it is by the pattern; ``isprintable`` is false for every one of those
    characters but the plain space (tabs, form feeds, no-break and zero-width
    spaces), so a printable text without a double space needs no search.
    """
    if "  " not in text and text.isprintable():
        return text
    return _SPACES.sub(" ", text)


def tidy_lines(text: str) -> str:
    lines = (_one_space(ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def absolute_links(node: LexborNode) -> list[str]:
    hrefs = (a.attributes.get("href") or "" for a in node.css("a[href]"))
    return list(dict.fromkeys(h.strip() for h in hrefs if h.strip().lower().startswith(("http://", "https://"))))


def unwrap_noscript(text: str, tree: LexborHTMLParser) -> LexborHTMLParser:
    """Discourse and other JavaScript apps put the server-rendered page inside <noscript>.

    The HTML parser keeps a noscript's content as raw text, so when the page's body
    has nothing else to read, that text is parsed again as the page.
    """
    blocks = [n.text(deep=True) for n in tree.css("noscript")]
    rich = max(blocks, key=len, default="")
    if len(rich) > 500 and "<" in rich:
        body = tree.body
        visible = node_text(body) if body is not None else ""
        if len(visible) < len(rich) / 4:
            head = tree.head.html if tree.head is not None else ""
            return LexborHTMLParser(f"<html>{head}<body>{rich}</body></html>")
    return tree


_PARAGRAPHS: Final = frozenset("p li h2 h3 h4 h5 h6 dd pre".split())
_INLINE_SKIP: Final = SKIP_TAGS | {"a", "nav", "header", "footer", "aside", "noscript"}
MIN_RUN_CHARS: Final = 25  # shorter text runs are labels, buttons and dates


def main_text_block(tree: LexborHTMLParser) -> tuple[LexborNode | None, int]:
    """The element that holds the page's main run of prose, and how many characters it holds.

    Why: deciding whether a page is an article or a thread needs to know where
    its main text is without running the article extractor on every forum page.
    Each text run of some length, not inside a link, navigation or script, is
    credited to the block that holds its paragraph (the parent of a ``<p>``, or
    the block the run sits in directly, as in ``<br>``-separated posts); the
    block with the most credit holds the main text.
    """
    node, length, _ = main_text(tree)
    return node, length


def main_text(tree: LexborHTMLParser) -> tuple[LexborNode | None, int, int]:
    """:func:`main_text_block`, and the credit of all blocks together (the page's prose, in characters)."""
    prose = page_prose(tree)
    return prose.node, prose.length, prose.total


SUBSTANTIAL_SHARE: Final = 0.1  # a block holding this share of the main block's prose is substantial


@dataclass(frozen=True)
class Prose:
    """Where a page's prose is: its main block, that block's credit, all blocks' credit, and how many blocks are substantial."""

    node: LexborNode | None
    length: int
    total: int
    substantial: int  # blocks (the main one included) holding SUBSTANTIAL_SHARE or more of the main block's credit
    # Every text node's text below the body, in document order, as the walk read it (None without a body):
    # the record search's page copy takes them instead of reading them again (see induce._Page.index_texts).
    texts: list[str] | None = None


def page_prose(tree: LexborHTMLParser) -> Prose:
    """The main prose block (see :func:`main_text_block`), the page's prose, and how many blocks hold a substantial part of it."""
    body = tree.body
    if body is None:
        return Prose(None, 0, 0, 0)
    credit: dict[int, int] = {}
    blocks: dict[int, LexborNode] = {}
    # The block each run's parent leads to, found once per parent: a paragraph
    # broken by links or emphasis holds several runs.
    found: dict[int, LexborNode | None] = {}
    # Whether an element or one of its ancestors is a skipped tag, per element
    # met: the blocks of a page share their ancestors, each walked up once.
    skipped: dict[int, bool] = {}
    text_id = _TEXT_TAG_ID
    texts: list[str] = []
    for node in body.traverse(include_text=True):
        if node.tag_id != text_id:
            continue
        raw = node.text_content or ""
        texts.append(raw)
        text = raw.strip()
        if len(text) < MIN_RUN_CHARS:
            continue
        parent = node.parent
        if parent is None:
            continue
        key = parent.mem_id
        if key in found:
            block = found[key]
        else:
            block = found[key] = _prose_block(parent, skipped)
        if block is None:
            continue
        credit[block.mem_id] = credit.get(block.mem_id, 0) + len(text)
        blocks[block.mem_id] = block
    if not credit:
        return Prose(None, 0, 0, 0, texts)
    best = max(credit, key=credit.__getitem__)
    floor = SUBSTANTIAL_SHARE * credit[best]
    return Prose(blocks[best], credit[best], sum(credit.values()), sum(1 for c in credit.values() if c >= floor), texts)


def _prose_block(parent: LexborNode, skipped: dict[int, bool] | None = None) -> LexborNode | None:
    """The block a run of prose whose parent is ``parent`` is credited to, or None (inside a link, navigation, a script …).

    ``skipped``: the page's memo for :func:`_skipped_from` (the same answer as :func:`_under`, each ancestor walked once a page).
    """
    block: LexborNode | None = parent
    while block is not None and block.tag not in BLOCK_TAGS and block.tag not in _INLINE_SKIP and block.tag != "td":
        block = block.parent
    if block is None or block.tag in _INLINE_SKIP:
        return None
    if skipped is None:
        if _under(block, _INLINE_SKIP):
            return None
    elif _skipped_from(block.parent, skipped):
        return None
    if block.tag in _PARAGRAPHS and block.parent is not None:
        block = block.parent
    return block


# The parser's number for text nodes (the same in every document): reading a
# node's number is cheaper than decoding its tag name.
_TEXT_TAG_ID: Final[int] = next(n.tag_id for n in cast(Any, LexborHTMLParser("<p>x</p>").body).traverse(include_text=True) if n.tag == "-text")


def _skipped_from(node: LexborNode | None, memo: dict[int, bool]) -> bool:
    """Is ``node`` or one of its ancestors a tag of ``_INLINE_SKIP``? (``_under(child, _INLINE_SKIP)`` for a child of ``node``.)

    The answer is kept in ``memo`` for every element walked (they all share
    it: each lies below the element that decided it, or below none).
    """
    chain: list[int] = []
    result = False
    while node is not None:
        key = node.mem_id
        known = memo.get(key)
        if known is not None:
            result = known
            break
        chain.append(key)
        if node.tag in _INLINE_SKIP:
            result = True
            break
        node = node.parent
    for key in chain:
        memo[key] = result
    return result


def _under(node: LexborNode, tags: frozenset) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


# Last: the compiled twin of this module replaces its names when it was built
# from this very source (see eventwire.ingest._accel); None means pure Python.
COMPILED: str | None = adopt(globals(), __name__, __file__)
