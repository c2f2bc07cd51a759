"""Forum threads from any engine: posts found by record induction, without vocabulary.

A thread page repeats one record per post. The record is found from the page's
structure and content, not from class names:

1. **Candidates.** Sibling elements with the same signature (tag and class
   tokens, state tokens such as odd/even/alt/online/first and numbered tokens
   left out), and groups of k = 2 or 3 consecutive siblings whose shapes repeat
   (table boards print a post as an author row, a body row and a footer row).
   Elements with the same classed signature under different parents form one
   candidate too, so nested (threaded) replies are records of the same thread.
2. **Author slot.** Every candidate's links are sorted by the shape of their
   href (path without its last segment, query keys, numbers masked). The page's
   profile template is the shape whose links carry a short, varying, non-date
   text in most records; that link's text is the author and its href the
   profile URL.
3. **Choice.** The candidate whose records carry the author slot and cover the
   most text wins.
4. **Text slot.** Inside the records, descendants are aligned by their path of
   signatures; the text slot is the path with the most text that holds no
   author link, narrowed to its deepest descendant path that keeps nearly all
   of that text. Slots whose text is the same in every record are chrome
   (buttons, labels) and removed; so are lines every record starts or ends with.
5. **Quotes** are blocks inside the text slot and smaller than it.

Class words are used in one place only, case-insensitively: a signature block
inside the text slot is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from functools import cache, lru_cache
from typing import Any, Final, cast
from operator import sub

from ...model import Author, Document, Post, Quote
from ...resources import json_data
from ...values import domain_of
from .._accel import adopt
from .._dom import _SPACES, BLOCK_TAGS, SKIP_TAGS, node_text, tidy_lines
from .._values import shown_timestamp_iso
from ..passages import clean_post_text
from ._base import absolute_url, lowered_for_literals, page_offset, with_zone
from .generic import TITLE_SELECTOR, quote_author

__all__ = ["InducedThread", "href_shape", "induce_thread", "lead_record", "thread_from_induction"]

# Class tokens that say which state a record is in, not what it is: they must
# not split one record type into several signatures.
_STATE: Final = re.compile(
    r"^(?:odd|even|alt|alt\d|row\d?|online|offline|first|last|new|unread|read|active|selected|"
    r"highlight\w*|sticky|hidden|is-\w+|has-\w+|js-\w+|depth-\d+|thread-(?:odd|even|alt)|"
    r"byuser|bypostauthor|comment-author-[\w-]+|user-\w+|staff|moderator|admin\w*|deleted|ignored)$",
    re.I,
)
_DIGITS: Final = re.compile(r"\d+")
# Compiled once: these run on every link of every page.
_DIGIT: Final = re.compile(r"\d")
_QUERY_SEP: Final = re.compile(r"[&;]")
_NUMBERED_ANCHOR: Final = re.compile(r"#\D*\d")  # "#post-3", "#msg51198": a post's own anchor
_NOT_RECORD: Final = SKIP_TAGS | {"-text", "-comment", "br", "hr", "img", "a", "span", "b", "i", "em", "strong", "option", "script"}
_DATE_LIKE: Final = re.compile(r"\d{1,4}[./:-]\d{1,2}|\b(?:ago|today|yesterday)\b|^\W*#?\d+\W*$", re.I)
_NAME_TAIL: Final = re.compile(
    r"\s*(?:\([^()]{1,24}\)|\[\s*[\d.,]+\s*\]|[\d.,]+\s+(?:posts?|messages?|beiträge|messages)\b.*|"
    r"\d+\s+\w+\s+ago\b.*|[·•|,-]\s*$)\s*$",
    re.I,
)
# What a text needs for _NAME_TAIL to match it: a last character that ends
# one of its bounded tails, or a word of one of its open-ended tails ("12 posts
# and …", "6 months ago …"). Checked first because the search tries every
# position of the text, and the texts asked about may be whole posts.
_TAIL_ENDS: Final = frozenset(")]·•|,-")
_TAIL_WORDS: Final = ("post", "message", "ago", "beiträge")  # lower-case (see _may_have_tail)
# "signature", "sig", "post-sig", "msgSig": a class token naming a signature block.
_SIGNATURE_CLASS: Final = re.compile(r"signature|(?:^|[-_ ])sig(?:$|[-_ ])|[a-z]sig(?:$|\s)", re.I)
# A line of underscores or dashes that boards print between a post and its signature.
_SIG_RULE: Final = re.compile(r"^(?:[_\-=~]{10,}|--)$")
MAX_SIGNATURE_CHARS: Final = 300
_QUOTE_CLASS: Final = re.compile(r"quote|citation|zitat|cita", re.I)
MIN_POST_CHARS: Final = 20  # records holding less text than this on average are menus or link lists, not posts
MIN_RECORDS: Final = 3  # fewer repeats than this is a layout (columns, a byline and a sidebar), not a thread
MAX_NAMES_PER_RECORD: Final = 3
PROSE_WORDS: Final = 4
_WORDS: Final = re.compile(r"[^\W\d_]{2,}")
NARROW_SHARE: Final = 0.65  # a child slot holding this share of its parent's text is the message, the rest chrome
MAX_NAME_CHARS: Final = 32
MAX_NAME_WORDS: Final = 3  # user names; "Learn more about X" and headlines are longer


def _is_element(node: LexborNode) -> bool:
    tag = node.tag or ""
    return bool(tag) and not tag.startswith("-")


def _token(cls: str) -> str:
    """A class token without its numbers ("windowbg2" → "windowbg", "posted-by-56" → "posted-by-")."""
    return "" if _STATE.search(cls) else _DIGITS.sub("", cls.lower())


def signature(node: LexborNode) -> str:
    return _signature(node.tag or "", node.attributes.get("class") or "")


@lru_cache(maxsize=16384)
def _class_tokens(cls: str) -> frozenset[str]:
    return frozenset(t for t in map(_token, cls.split()) if t)


@lru_cache(maxsize=16384)
def _signature(tag: str, cls: str) -> str:
    classes = sorted({t for t in map(_token, cls.split()) if t})
    return tag + ("." + ".".join(classes) if classes else "")


def _children(node: LexborNode) -> list[LexborNode]:
    return [c for c in node.iter() if _is_element(c)]


def _text_len(node: LexborNode) -> int:
    return len(node.text(deep=True, separator=" ").strip())


class _Lazy(dict):
    """A table filled on first lookup: ``table[i]`` is ``fill(i)``, computed once."""

    __slots__ = ("fill",)

    def __init__(self, fill) -> None:
        super().__init__()
        self.fill = fill

    def __missing__(self, key: int):
        value = self[key] = self.fill(key)
        return value


class _Signatures(dict):
    """Element number → signature, read when first asked (a :class:`_Lazy` without the extra call).

    It holds the page's class table, elements and tags, not the page: a
    table holding its page would make every page a reference cycle (see
    :class:`_Page`).
    """

    __slots__ = ("classes", "nodes", "tags")

    def __init__(self, classes: "_Lazy", nodes: list[LexborNode], tags: list[str]) -> None:
        super().__init__()
        self.classes, self.nodes, self.tags = classes, nodes, tags

    def __missing__(self, i: int) -> str:
        classes = self.classes
        cls = classes.get(i)
        if cls is None:  # read here rather than through the class table's own fill: one call less per element
            cls = classes[i] = self.nodes[i].attributes.get("class") or ""
        value = self[i] = _signature(self.tags[i], cls)
        return value


def _class_reader(nodes: list[LexborNode]):
    """The fill of a page's class table: element number → its class attribute ("" for none)."""
    return lambda i: nodes[i].attributes.get("class") or ""


def _token_reader(classes: "_Lazy"):
    """The fill of a page's class-token table, reading the page's class table."""
    return lambda i: _class_tokens(classes[i])


def _text_measurer(nodes: list[LexborNode], cache: dict[int, str]):
    """The fill of a page's text-length table before its texts are indexed: ``len(text.strip())``, the text kept in ``cache`` (the page's ``_text``)."""
    def measure(i: int) -> int:
        found = cache.get(i)
        if found is None:
            found = cache[i] = nodes[i].text(deep=True, separator=" ")
        return len(found.strip())
    return measure


def _text_spans(texts: list[str], tstart: list[int], tend: list[int]) -> tuple[list[int], list[int]]:
    """Each element's text as a span of the page's texts joined by spaces: its start and stop offsets.

    Element ``i`` holds the text nodes ``tstart[i]`` to ``tend[i]``; text
    ``t`` starts at ``offset[t]`` of the joined string. An element's text ends
    one separator before its end's offset; one holding no text ends where it
    starts (an empty slice, never a negative index: -1 would read from the
    string's end).

    Why plain loops over typed lists: the compiled module (see
    scripts/build_accel.py) runs them as C loops over machine integers, and
    even interpreted they beat the chains of ``map`` over bound methods they
    replace (0.30 against 0.42 ms a forum page).
    """
    offset: list[int] = [0] * (len(texts) + 1)
    total = 0
    for t in range(len(texts)):
        total += len(texts[t]) + 1
        offset[t + 1] = total
    start: list[int] = []
    stop: list[int] = []
    for i in range(len(tstart)):
        first = offset[tstart[i]]
        last = offset[tend[i]] - 1
        start.append(first)
        stop.append(last if last > first else first)
    return start, stop


def _stripped_lengths(joined: str, start: list[int], stop: list[int]) -> list[int]:
    """``len(joined[start[i]:stop[i]].strip())`` for every element ``i``."""
    out: list[int] = []
    for i in range(len(start)):
        out.append(len(joined[start[i] : stop[i]].strip()))
    return out


def _subtree_ends(parent: list[int]) -> list[int]:
    """Each element's subtree end: the number of the first element after its last descendant.

    Elements are numbered in document order, so a subtree is a run of
    numbers; its end is the largest end among the element and its children,
    carried up from the last element to the first.
    """
    end = list(range(1, len(parent) + 1))
    for i in range(len(parent) - 1, 0, -1):
        p = parent[i]
        if p >= 0 and end[i] > end[p]:
            end[p] = end[i]
    return end


# Node kinds, by tag number (see _Page._kind).
_TEXT: Final = 1
_ELEMENT: Final = 2
_OTHER: Final = 0
_DATED_LINK: Final = "time, [datetime], [data-time]"  # a link holding one of these is a permalink shown as a date
_STAMP_NAMES: Final = ("datetime", "data-time", "data-timestamp", "title", "content")  # where _published looks for a date
_STAMP_ATTRS: Final = ", ".join(f"[{a}]" for a in _STAMP_NAMES)
# Every element matching _DATED_LINK, _DATED (below) or _STAMP_ATTRS: one search finds all three (see _Page._read_marked),
# and with them the elements the slot reading asks about later (quotes by ``data-author``, bookmark links).
_MARKED: Final = "time, " + _STAMP_ATTRS + ", [data-author], a[rel='bookmark']"


class _Page:
    """A plain-Python copy of one page's element tree, elements numbered in document order.

    Why: every selectolax access (a tag, the attributes, a parent, the
    children, a text) builds new Python objects, 1 to 7 µs each, and the
    search asks the same questions of the same nodes many times (a node sits
    in many candidates and many slot paths). The search works on the
    elements' numbers. Every element's tag, parent and subtree end are read
    up front, in the one loop over the elements that reads their tags (a
    parent costs 0.1 µs there, 1–4 µs when read on demand through a table
    filled on first lookup, and the candidate search asks for the children
    of every element holding a profile-like link); an element's children are
    then found by jumping from subtree end to subtree end. Class, signature
    and text length are read when first asked (an article page's search
    touches a small part of the page). Once a thread is found,
    :meth:`index_texts` walks the page once for the texts. ``nodes[i]`` is the element itself, for the steps that
    edit the tree or read it in ways the copy does not hold. The copy is
    only valid until the tree is edited: :func:`thread_from_induction` stops
    using it before it cuts chrome out.
    """

    __slots__ = (
        "nodes", "at", "tag", "parent", "end", "hrefs", "links", "_cls", "_dated", "_sig", "_tok", "_text", "lens",
        "body", "texts", "tstart", "tend", "_joined", "_start", "_stop", "_names", "_kinds", "_tparent", "_whole", "_stamps", "_anchors",
        "stamped", "marked_attrs", "loose", "authored", "bookmarks", "_given",
    )
    # Tables filled on first lookup, replaced by plain lists once the page's texts are indexed (see index_texts).
    lens: Any
    _cls: Any
    _sig: Any

    def __init__(self, body: LexborNode, texts: list[str] | None = None) -> None:
        """``texts``: every text node's text below ``body``, in document order, when the caller has read them (the prose search does, :func:`~eventwire.ingest._dom.page_prose`); :meth:`index_texts` takes them instead of reading them again."""
        self.body = body
        self._given = texts
        # Tag names by the parser's tag number: reading a node's number is a
        # few times cheaper than decoding its name, and a page has few distinct
        # tags. Kept per page: the parser numbers unknown (custom) tags per document.
        self._names: dict[int, str] = {}
        self._kinds: dict[int, int] = {}
        # Every element's number, tag name, parent and subtree end: the
        # candidate search reads them for every element it meets, and it
        # always runs once the copy exists. The same walk notes every text
        # node's parent, for index_texts.
        self.nodes, self.at, self.tag, self.parent, self.tstart, self._tparent = self._read_tree()
        self.end = _subtree_ends(self.parent)
        get = self.at.get
        # Links with an href, found by the parser's own selector engine (as the search always did).
        hrefs: dict[int, str] = {}
        for a in body.css("a[href]"):
            i = get(a.mem_id)
            if i is not None:
                # ``attrs`` reads the one attribute; ``attributes`` builds a
                # dict of them all (about three times the cost on a link).
                hrefs[i] = a.attrs.get("href") or ""
        self.texts: list[str] | None = None  # filled by index_texts()
        self.hrefs = hrefs
        self.links = sorted(hrefs)  # the links with an href, in document order
        # Class attributes, signatures and class tokens, read when first asked
        # (most elements never are); tables, so that a lookup is a subscript.
        # The lazy tables' fills read the page's lists, never the page
        # itself: a table holding its page (a bound method, a closure over
        # ``self``) made every page a reference cycle, freed only by the
        # cyclic garbage collector, and with it every element object and the
        # parsed tree they keep alive (about 350 objects a forum page). The
        # collector then met them again and again: about a twentieth of a
        # forum page's CPU time was collection.
        self._cls = _Lazy(_class_reader(self.nodes))
        self._sig = _Signatures(self._cls, self.nodes, self.tag)
        self._tok = _Lazy(_token_reader(self._cls))
        self._dated: list[int] | None = None  # see holds_dated; these three lists by _read_marked
        self._stamps: list[int] | None = None  # see date_marked
        self.stamped: set[int] = set()  # see _read_marked
        self.marked_attrs: dict[int, dict] = {}  # the attributes of the elements _read_marked found
        self.authored: set[int] = set()  # see data_authored (by _read_marked)
        self.bookmarks: list[int] = []  # the links with rel="bookmark", sorted (by _read_marked)
        self._anchors: list[int] | None = None  # see anchored
        self.loose: dict[str, str] = {}  # href shapes whose kept query value names the member (see _named_values)
        self._text: dict[int, str] = {}
        self.lens = _Lazy(_text_measurer(self.nodes, self._text))  # each element's text length (see text_len)

    def _read_tree(self) -> tuple[list[LexborNode], dict[int, int], list[str], list[int], list[int], list[int]]:
        """One walk over the body's nodes: every element (body first) with its number, tag name and parent's number (-1 for the body), and every text node's parent.

        Why one walk: the elements and the text nodes were read in two walks
        (the parser's selector list of every element, then a walk of every
        node once a thread was found); the second met every element again. A
        parent comes before its children in document order, so its number is
        known when they are met. Also returned: each element's first text
        node (the number of text nodes before it), for :meth:`index_texts`.
        """
        names, kinds = self._names, self._kinds
        at: dict[int, int] = {}
        nodes: list[LexborNode] = []
        tags: list[str] = []
        parents: list[int] = []
        tstart: list[int] = []
        text_parent: list[int] = []
        body: Any = self.body
        # Methods called directly, not through local aliases: the interpreter
        # specialises ``list.append`` and ``dict.get`` calls, and the compiled
        # module (see scripts/build_accel.py) turns them into C calls.
        for node in body.traverse(include_text=True):
            tid = node.tag_id
            kind = kinds.get(tid)
            if kind is None:
                kind = self._kind(node)
            if kind == _TEXT:
                text_parent.append(at.get(node.parent.mem_id, -1))
            elif kind == _ELEMENT:
                at[node.mem_id] = len(nodes)
                nodes.append(node)
                tags.append(names[tid])
                parents.append(at.get(node.parent.mem_id, -1))
                tstart.append(len(text_parent))
        if not nodes:  # the walk always yields the body first; kept for an odd tree
            nodes, tags, parents, tstart = [self.body], [self.body.tag or ""], [-1], [0]
            at[self.body.mem_id] = 0
        parents[0] = -1
        return nodes, at, tags, parents, tstart, text_parent

    def children(self, i: int) -> list[int]:
        """Element ``i``'s element children, in document order (from subtree end to subtree end)."""
        end, out = self.end, []
        k, stop = i + 1, end[i]
        while k < stop:
            out.append(k)
            k = end[k]
        return out

    def _kind(self, node: LexborNode) -> int:
        """What a node of this tag number is (text, element, or neither: a comment), noted for the page."""
        tag = self._names.get(node.tag_id)
        if tag is None:
            tag = self._names[node.tag_id] = node.tag or ""
        kind = self._kinds[node.tag_id] = _TEXT if tag == "-text" else _OTHER if not tag or tag[0] == "-" else _ELEMENT
        return kind

    def index(self, node: LexborNode) -> int:
        return self.at[node.mem_id]

    def tokens(self, i: int) -> frozenset[str]:
        return self._tok[i]

    def index_texts(self, roots: list[int] | None = None) -> None:
        """Walk the whole tree once: every element's parent, children and end, and its text as a range of text nodes.

        ``roots``: the thread's record elements, when known; only the
        elements below them have their class and signature read here (the
        slot paths ask for those alone), the others stay read on demand.

        Why: reading the slots of a thread asks for the text of nearly every
        element inside the records, and the parser's ``text()`` walks each
        element's subtree again (a deep record's text is read once per level).
        The walk that numbered the elements noted every text node's parent;
        the texts are read in one call, joined by spaces once, and an
        element's text is a slice of that string (its length the slice
        stripped), all slices cut in C. Done only once a thread is found: an
        article page's search asks about few elements.
        """
        if self.texts is not None:
            return
        n = len(self.nodes)
        parent = self.parent
        tstart, text_parent = self.tstart, self._tparent  # read with the elements (see _read_tree)
        # All text nodes in one call: the body's text with a separator no
        # parsed text holds (the parser drops or replaces NUL characters); if
        # one did, the pieces would not match the nodes and each is read alone.
        # The prose search read them already (``_given``, one per text node
        # of the same walk): not read a second time. That list is never
        # edited (the copy's own lists are built below).
        given = self._given
        if given is not None and len(given) == len(text_parent):
            texts = given
        else:
            texts = self.body.text(deep=True, separator="\x00").split("\x00") if text_parent else []
        self._whole = True  # the texts are the body's own text (its text nodes in order)
        if len(texts) != len(text_parent):
            texts = [t.text_content or "" for t in self.body.traverse(include_text=True) if t.tag == "-text"]
            self._whole = False
        tend = list(tstart)
        # Each element's last own text node: the last text whose parent it is
        # (the texts are in document order, so the last one written stays).
        # A loop over the list, not a dict built from it: the compiled module
        # runs it over machine integers.
        for t in range(len(text_parent)):
            owner = text_parent[t]
            if owner >= 0:
                tend[owner] = t + 1
        for i in range(n - 1, 0, -1):
            p = parent[i]
            if p >= 0 and tend[i] > tend[p]:
                tend[p] = tend[i]
        # The page's texts joined by spaces once: an element's text (its text
        # nodes joined by spaces) is the slice from its first text node's
        # offset to its end's, and its measured length that slice stripped.
        joined = " ".join(texts)
        start, stop = _text_spans(texts, tstart, tend)
        self.lens = _stripped_lengths(joined, start, stop)
        self._joined, self._start, self._stop = joined, start, stop
        # Every element's class and signature in one pass: the slot paths ask
        # for the signature of every element inside the records.
        # The candidate search has read some already (the children of the
        # elements holding repeating links): those are not read again.
        known = self._cls.get
        if roots is None:
            classes = [c if (c := known(i)) is not None else (node.attributes.get("class") or "") for i, node in enumerate(self.nodes)]
            self._cls, self._sig = classes, list(map(_signature, self.tag, classes))
        else:
            # Only the records' subtrees (runs of element numbers; a nested
            # record's run lies inside its parent's): a page's header,
            # navigation, sidebars and footer are never on a slot path.
            nodes, tags, end, reach = self.nodes, self.tag, self.end, 0
            for root in sorted(roots):
                lo, hi = max(root, reach), end[root]
                if lo >= hi:
                    continue
                span = range(lo, hi)
                classes = [c if (c := known(i)) is not None else (nodes[i].attributes.get("class") or "") for i in span]
                self._cls.update(zip(span, classes))
                self._sig.update(zip(span, map(_signature, tags[lo:hi], classes)))
                reach = hi
        self.texts, self.tend = texts, tend

    def body_text(self) -> str | None:
        """``body.text(deep=True)`` from the indexed texts (no walk of the tree), or None when they were read node by node."""
        return "".join(self.texts) if self.texts is not None and self._whole else None

    def text(self, i: int) -> str:
        """The element's text, its text nodes joined by spaces (``node.text(deep=True, separator=" ")``)."""
        found = self._text.get(i)
        if found is None:
            if self.texts is None:
                found = self.nodes[i].text(deep=True, separator=" ")
            else:
                found = self._joined[self._start[i] : self._stop[i]]
            self._text[i] = found
        return found

    def text_head(self, i: int, size: int) -> str:
        """``text(i)[:size]``, cut from the joined texts without the rest."""
        if self.texts is None or i in self._text:
            return self.text(i)[:size]
        start = self._start[i]
        return self._joined[start : min(self._stop[i], start + size)]

    def raw_lengths(self) -> list[int]:
        """Every element's ``len(text(i))`` (separators included, nothing stripped), from the offsets of the indexed texts."""
        return list(map(sub, self._stop, self._start))

    def raw_text(self, i: int) -> str:
        """The element's text nodes joined with nothing between them (``node.text(deep=True)``)."""
        if self.texts is None:
            return self.nodes[i].text(deep=True)
        return "".join(self.texts[self.tstart[i] : self.tend[i]])

    def raw_head(self, i: int, size: int) -> str:
        """:meth:`raw_text` when it is at most ``size`` characters long, else a prefix of it longer than ``size`` (its first text nodes joined).

        Why: the printed-date tests look at a text's first few hundred
        characters only, and they are asked of whole records and messages;
        joining every text node of a message to read its head cost more than
        the test.
        """
        texts = self.texts
        if texts is None:
            return self.raw_text(i)
        lo, hi = self.tstart[i], self.tend[i]
        k, total = lo, 0
        while k < hi and total <= size:
            total += len(texts[k])
            k += 1
        return "".join(texts[lo:k])

    def text_len(self, i: int) -> int:
        """``len(text(i).strip())`` (kept in the table ``lens``)."""
        return self.lens[i]

    def name_text(self, i: int) -> str:
        """:func:`name_text` of element ``i``, read from the indexed texts once they are (no walk of the subtree)."""
        if self.texts is None:
            return name_text(self.nodes[i])
        texts, owner, tags = self.texts, self._tparent, self.tag
        for t in range(self.tstart[i], self.tend[i]):
            if owner[t] >= 0 and tags[owner[t]] in SKIP_TAGS:
                continue
            text = texts[t].strip()
            if text and any(ch.isalnum() for ch in text):
                whole = " ".join(self.text(i).split())
                return clean_name(text) if len(text) < len(whole) else clean_name(whole)
        return ""

    def holds_dated(self, i: int) -> bool:
        """Is element ``i``, or one below it, a ``<time>`` or does it carry a date attribute?"""
        if self._dated is None:
            self._read_marked()
        return self._within(cast(list[int], self._dated), i)

    def date_marked(self, i: int) -> bool:
        """Is element ``i``, or one below it, a ``<time>`` or does it carry a date attribute (``datetime``, ``data-time``, ``data-timestamp``)?

        The elements matching :data:`_DATED` are listed once per page (one
        selector search) and looked up by subtree range; the search it
        replaces (``node.css_first(_DATED)``, which lists the node itself when
        it matches) ran once per element asked about.
        """
        if self._stamps is None:
            self._read_marked()
        return self._within(cast(list[int], self._stamps), i)

    def dated_elements(self) -> list[int]:
        """The elements matching ``_DATED`` (a ``<time>``, a ``datetime``, ``data-time`` or ``data-timestamp`` attribute), sorted: :meth:`date_marked`'s list."""
        if self._stamps is None:
            self._read_marked()
        return cast(list[int], self._stamps)

    def anchored(self, i: int) -> bool:
        """Is element ``i``, or one below it, a link to a numbered anchor (a post's own permalink, "#msg51198", "#post-3")?"""
        if self._anchors is None:
            self._anchors = sorted(j for j, href in self.hrefs.items() if "#" in href and _NUMBERED_ANCHOR.search(href))
        return self._within(self._anchors, i)

    def _read_marked(self) -> None:
        """The elements that may hold a date, found by one selector search of the page: the lists behind :meth:`holds_dated`, :meth:`date_marked` and :meth:`stamped_elements`.

        Why one search: each list was a selector search of its own over the
        whole page (``_DATED_LINK``, ``_DATED``, ``_STAMP_ATTRS``), and every
        element matching one of the narrower ones matches their union. The
        union's matches are few (dates, titled links); each one's attributes
        are read once, sorted into the three lists and kept for
        :func:`_published`. The same search lists the elements carrying a
        ``data-author`` attribute and the bookmark links (two more searches
        of the whole page before: :meth:`data_authored`, the permalinks).
        An element is stamped when it carries one of ``_STAMP_NAMES`` (every
        element the date alternatives match but a bare ``<time>``).
        """
        at, tags = self.at, self.tag
        dated_link: list[int] = []
        dated: list[int] = []
        stamped: set[int] = set()
        authored: set[int] = set()
        bookmarks: list[int] = []
        kept: dict[int, dict] = {}
        for n in self.nodes[0].css(_MARKED):
            j = at.get(n.mem_id)
            if j is None:
                continue
            attrs = kept[j] = n.attributes
            timed = tags[j] == "time"
            if timed or "datetime" in attrs or "data-time" in attrs:
                dated_link.append(j)
                dated.append(j)
            elif "data-timestamp" in attrs:
                dated.append(j)
            if any(a in attrs for a in _STAMP_NAMES):
                stamped.add(j)
            if "data-author" in attrs:
                authored.add(j)
            if tags[j] == "a" and attrs.get("rel") == "bookmark":
                bookmarks.append(j)
        self._dated, self._stamps = sorted(dated_link), sorted(dated)
        self.stamped, self.marked_attrs = stamped, kept
        self.authored, self.bookmarks = authored, sorted(bookmarks)

    def class_of(self, i: int) -> str:
        """Element ``i``'s class attribute ("" for none)."""
        return cast(str, self._cls[i])

    def data_authored(self) -> set[int]:
        """The elements carrying a ``data-author`` attribute (found by :meth:`_read_marked`'s search).

        Read before the tree is edited, the set may hold elements cut out
        since; its reader (:func:`_quote_candidates`) skips those.
        """
        if self._stamps is None:
            self._read_marked()
        return self.authored

    def stamped_elements(self) -> set[int]:
        """The page's elements carrying an attribute a machine-readable date may sit in (``_STAMP_ATTRS``)."""
        if self._stamps is None:
            self._read_marked()
        return self.stamped

    def _within(self, listed: list[int], i: int) -> bool:
        """Is one of ``listed`` (sorted element numbers) element ``i`` or below it? Subtrees are number ranges."""
        k = bisect_left(listed, i)
        return k < len(listed) and listed[k] < self.end[i]

    def links_in(self, i: int) -> list[int]:
        """The links with an href below element ``i`` (not ``i`` itself), in document order."""
        links = self.links
        lo = bisect_right(links, i)
        hi = bisect_left(links, self.end[i], lo)
        return links[lo:hi]


def _split_href(href: str) -> tuple[str, str, str]:
    """Host, path and query of a link, as ``urlsplit`` gives them, without its cost on common links.

    Why: every link of every page is split (most hrefs are new to the cache).
    Links that start with "/" (not "//"), "http://" or "https://", or hold no
    ":" at all, are split by hand (the same parts, tested against ``urlsplit`` in
    tests/test_extraction_wild.py); anything else, and anything with control
    characters or a "[" in the host, goes to ``urlsplit``.
    """
    if href.isprintable():
        if href.startswith(("http://", "https://")):
            rest = href[href.index("//") + 2 :]
            cut = min((i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
            netloc, rest = rest[:cut], rest[cut:]
            if "[" not in netloc and "]" not in netloc:
                path, _, query = rest.partition("#")[0].partition("?")
                return netloc, path, query
        elif not href.startswith("//") and (href.startswith("/") or ":" not in href):
            path, _, query = href.partition("#")[0].partition("?")
            return "", path, query
    parts = urlsplit(href)
    return parts.netloc, parts.path, parts.query


@lru_cache(maxsize=65536)
def href_shape(href: str) -> str | None:
    """A link's template: host, path without its last segment, query keys; numbers masked.

    ``/members/anna.12/`` and ``/members/bob.7/`` share ``/members/*``;
    ``memberlist.php?mode=viewprofile&u=5`` keeps ``mode=viewprofile`` and masks ``u``.
    """
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    netloc, path, query = _split_href(href)
    segments = [s for s in path.split("/") if s]
    if query:
        keys = []
        for item in _QUERY_SEP.split(query):
            key, _, value = item.partition("=")
            if not _ and _DIGIT.search(key):
                keys.append("*")  # member.php?5-name
            elif value and value.isalpha() and value.islower() and len(value) <= 15:
                keys.append(f"{key}={value.lower()}")
            else:
                keys.append(key)
        return f"{netloc}/{'/'.join(segments)}?{'&'.join(sorted(keys))}"
    if len(segments) < 2:
        # Rewritten profile pages are often one segment with the member's
        # number in it ("space-uid-456.html", "u123"): the number is the
        # varying part. Without digits ("/", "/forum", "index.php") it is
        # site navigation, not a template.
        if segments and _DIGIT.search(segments[0]):
            return f"{netloc}/{_DIGITS.sub('0', segments[0])}"
        return None
    head = [_DIGITS.sub("0", s) for s in segments[:-1]]
    return f"{netloc}/{'/'.join(head)}/*"


def clean_name(text: str) -> str:
    # The same names come back in every candidate and slot of a page: short
    # texts are cleaned once (long ones, never names, are not kept).
    return _clean_short_name(text) if len(text) <= _CACHED_NAME_CHARS else _clean_name(text)


_CACHED_NAME_CHARS: Final = 120


@lru_cache(maxsize=8192)
def _clean_short_name(text: str) -> str:
    return _clean_name(text)


def _clean_name(text: str) -> str:
    name = " ".join(text.split())
    for _ in range(3):
        if not _may_have_tail(name):
            break
        stripped = _NAME_TAIL.sub("", name).strip()
        if stripped == name:
            break
        name = stripped
    return name


def _may_have_tail(name: str) -> bool:
    """Can ``_NAME_TAIL`` match the (stripped) text? False only when it surely cannot."""
    if name[-1:] in _TAIL_ENDS:
        return True
    low = lowered_for_literals(name)
    return low is None or any(word in low for word in _TAIL_WORDS)


def name_text(node: LexborNode) -> str:
    """A name element's name: its first run of text, without what follows in child elements.

    Why: boards put role badges ("Topic Author", "OP", "Guest") and counts in a
    child element after the name, sometimes inside the name's own link; the
    name itself is the text that comes first. A name wrapped whole in a child
    (``<a><span>Anna</span></a>``) is that child's text.
    """
    only = node.first_child
    if only is not None and only.next is None and only.is_text_node:
        # Most links hold one text node: read without walking the subtree.
        raw = only.text_content or ""
        text = raw.strip()
        if not text or not any(ch.isalnum() for ch in text):
            return ""
        whole = " ".join(raw.split())
        return clean_name(text) if len(text) < len(whole) else clean_name(whole)
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parent = child.parent
            if parent is not None and parent.tag in SKIP_TAGS:
                continue
            text = (child.text_content or "").strip()
            if text and any(ch.isalnum() for ch in text):
                whole = " ".join(node.text(deep=True, separator=" ").split())
                # A tail in the same text node ("Vlad_K (1,204 posts)") is cut by clean_name.
                return clean_name(text) if len(text) < len(whole) else clean_name(whole)
    return ""


# The tails of _NAME_TAIL that can cut a long text short, each up to the end of
# its first words (a bracketed count, "1,204 posts", "6 months ago"): the search
# is a necessary condition for one of them to match anywhere in the text.
#
# Written with its first character taken out of the three tails ("[", or a
# digit, "." or ","), each tail checking with a look-behind which one it
# was: a pattern that starts with one character set lets the search skip to
# the positions holding one of its characters, where alternatives that
# start differently are tried at every position (3 times slower over whole
# messages; tested against the plain form in tests/test_extraction_wild.py).
_LONG_TAIL_PLAIN: Final = r"\[\s*[\d.,]+\s*\]|[\d.,]+\s+(?:posts?|messages?|beiträge|messages)\b|\d+\s+\w+\s+ago\b"
_LONG_TAIL: Final = re.compile(
    r"[\[\d.,](?:(?<=\[)\s*[\d.,]+\s*\]|(?<=[\d.,])[\d.,]*\s+(?:posts?|messages?|beiträge|messages)\b|(?<=\d)\d*\s+\w+\s+ago\b)", re.I)
# The most the other tails cut in clean_name's three rounds: a space and a
# parenthesis of 24 characters ("(admin)"), or a space and a trailing "|".
_SHORT_TAILS_CHARS: Final = 3 * 27


def _slot_name(text: str) -> str:
    """:func:`clean_name` of a slot's text, or "" when the cleaned text is surely longer than a name.

    Why: the name-slot search cleans the text of every slot of every record,
    whole messages among them, and the tail pattern is tried at every
    position of a long text. The cleaned name is a prefix of the text with
    white space collapsed; the tails other than those :data:`_LONG_TAIL`
    finds cut at most ``_SHORT_TAILS_CHARS`` in all, so a longer text
    without such a tail never cleans down to ``MAX_NAME_CHARS``. "" is not
    name-like, as the long cleaned text is not.
    """
    if len(text) > MAX_NAME_CHARS + _SHORT_TAILS_CHARS:
        collapsed = " ".join(text.split())
        if len(collapsed) > MAX_NAME_CHARS + _SHORT_TAILS_CHARS and not _may_have_long_tail(collapsed):
            return ""
    return clean_name(text)


def _may_have_long_tail(text: str) -> bool:
    """Can :data:`_LONG_TAIL` match somewhere in the text? False only when it surely cannot.

    Why: the pattern is searched case-insensitively at every position of
    the text, and the texts asked about are whole messages (a third of a
    millisecond on a long post). Each of its tails holds a "[" or one of
    the words "post", "message", "beiträge", "ago"; a text holding none of
    them in lower case cannot match (see
    :func:`~eventwire.ingest.forum._base.lowered_for_literals`).
    """
    if "[" in text:
        return _LONG_TAIL.search(text) is not None
    low = lowered_for_literals(text)
    return (low is None or any(word in low for word in _TAIL_WORDS)) and _LONG_TAIL.search(text) is not None


def _name_like(text: str) -> bool:
    return 0 < len(text) <= MAX_NAME_CHARS and _short_name_like(text)


@lru_cache(maxsize=8192)
def _short_name_like(text: str) -> bool:
    """:func:`_name_like` of a text no longer than ``MAX_NAME_CHARS`` (kept: the same names are asked about again and again)."""
    # One Latin letter alone is a letter avatar (the initial that stands in for
    # a missing picture, linked to the same profile), not a member's name.
    if len(text) == 1 and text.isascii():
        return False
    return len(text.split()) <= MAX_NAME_WORDS and not _DATE_LIKE.search(text) and any(ch.isalpha() for ch in text)


@dataclass
class Record:
    nodes: list[LexborNode]
    author_link: LexborNode | None = None
    lead: bool = False  # a lead post in markup of its own: its slots do not align with the replies'
    idx: list[int] = field(default_factory=list)  # the nodes' positions in the page's copy (:class:`_Page`)


@dataclass
class InducedThread:
    records: list[Record]
    shape: str | None
    score: float
    covered: int  # characters of text inside the records
    paths: dict = field(default_factory=dict)
    page: _Page | None = None  # the page's copy the search worked on, reused for the slots


def _links(rec: list[int], page: _Page, memo: dict | None = None) -> list[tuple[int, str, str]]:
    """The record's links that could name a person: (link, href shape, name text).

    ``memo`` (link → result) lets the many overlapping candidates of one
    page share the work: each link is looked at once per page. A root that
    is itself a link is listed twice, as the selector search it replaces did.
    """
    out = []
    hrefs = page.hrefs
    for root in rec:
        for a in ([root] if page.tag[root] == "a" else []) + page.links_in(root):
            if memo is not None and a in memo:
                found = memo[a]
            else:
                found = _link_info(page, a) if a in hrefs else None
                if memo is not None:
                    memo[a] = found
            if found is not None:
                out.append((a, *found))
    return out


def _link_facts(rec: list[int], page: _Page, memo: dict) -> list[tuple[int, str, str, bool, bool]]:
    """:func:`_links` of the record, each with what the author-slot search asks of it: is it an icon or labelled link outside the post's anchors, is its text name-like.

    Why: a page's candidates overlap (a link sits in up to a dozen of them),
    and these answers depend on the link alone: they are kept in ``memo``
    with the link's shape and text, computed once per page.
    """
    out = []
    hrefs, tags, end = page.hrefs, page.tag, page.end
    for root in rec:
        for a in ([root] if tags[root] == "a" else []) + page.links_in(root):
            if a in memo:
                found = memo[a]
            else:
                info = _link_info(page, a) if a in hrefs else None
                found = memo[a] = None if info is None else (
                    a, info[0], info[1], bool(info[1] or "img" in tags[a : end[a]]) and "#" not in hrefs[a], _name_like(info[1]))
            if found is not None:
                out.append(found)
    return out


def _link_info(page: _Page, i: int) -> tuple[str, str] | None:
    shape = href_shape(page.hrefs[i])
    if shape is None:
        return None
    if page.loose:
        shape = page.loose.get(shape, shape)
    if page.holds_dated(i):
        return None  # a permalink shown as the post's date
    text = page.name_text(i)
    if text and _in_prose(page.nodes[i], len(text)):
        return None
    return shape, text


_INLINE: Final = frozenset("a span b i em strong small font u abbr cite bdi label sup sub code".split())


def _in_prose(link: LexborNode, length: int) -> bool:
    """A link inside a sentence (wiki links, links in an article) names a topic, not the author.

    An author link stands on its own or after a word or two ("by X"); a link
    with several words of running text on either side is part of a sentence.
    """
    # Each neighbour and parent is read once: every read builds a new node object.
    node = link
    prev, after = node.prev, node.next
    while prev is None and after is None:
        parent = node.parent
        if parent is None or parent.tag not in _INLINE:
            break
        node = parent
        prev, after = node.prev, node.next
    for side in (prev, after):
        if side is not None and side.tag == "-text" and len(_WORDS.findall(side.text_content or "")) >= PROSE_WORDS:
            return True
    return False


@cache
def _profile_words() -> tuple[str, ...]:
    return tuple(json_data("ingest/data/profile_words.json")["words"])


def _profile_worded(links) -> bool:
    """Every link says, in its href or its icon's alt text, that it leads to a member profile."""
    words = _profile_words()
    for a in links:
        img = a.css_first("img")
        said = ((a.attributes.get("href") or "") + " " + ((img.attributes.get("alt") or "") if img is not None else "")).lower()
        if not any(w in said for w in words):
            return False
    return True


def _author_shape(records: list[list[int]], page: _Page, memo: dict | None = None) -> tuple[str | None, float, list[int | None]]:
    """The href shape that names a varying author in most records, and each record's author link."""
    per_shape: dict[str, dict[int, tuple[int, str]]] = defaultdict(dict)
    texts: dict[str, list[set[str]]] = defaultdict(list)
    order: dict[str, int] = {}
    icons: dict[str, dict[int, int]] = defaultdict(dict)
    for i, rec in enumerate(records):
        seen: dict[str, set[str]] = defaultdict(set)
        for pos, (a, shape, text, icon, name_like) in enumerate(_link_facts(rec, page, {} if memo is None else memo)):
            if icon:
                icons[shape].setdefault(i, a)
            if not name_like:
                continue
            seen[shape].add(text)
            if i not in per_shape[shape]:
                per_shape[shape][i] = (a, text)
                order[shape] = min(order.get(shape, pos), pos)
        for shape, names in seen.items():
            texts[shape].append(names)
    for shape in list(per_shape):
        # A post names its author once (or twice, or with a few likers); a
        # navigation block or a list of teasers holds many different names.
        many = sorted(len(names) for names in texts[shape])
        if many[len(many) // 2] > MAX_NAMES_PER_RECORD:
            del per_shape[shape]
    best, best_key = None, (0.0, 0)
    for shape, hits in per_shape.items():
        if len(hits) < MIN_RECORDS:
            continue  # one author link is a byline, not a thread
        # (With two texts or more, no text is in every record: the check
        # that the commonest one was, once made here, never held.)
        named = {t for _, t in hits.values()}
        if len(hits) >= 3 and len(named) < 2:
            continue  # the same text in every record: a button, not an author
        if _one_label_many_targets(hits, page):
            continue  # "Improve this answer" on every post, each to its own post: a control
        key = (len(hits) / len(records), -order[shape])
        if key > best_key:
            best, best_key = shape, key
    if best is None or best_key[0] < 0.5:
        # Older boards (phpBB 2) print the name as plain bold text and link the
        # profile from an icon: a shape of text-less icon links whose hrefs vary.
        for shape, icon_hits in icons.items():
            hrefs = {page.nodes[a].attrs.get("href") for a in icon_hits.values()}
            labels = {" ".join(page.raw_text(a).split()) for a in icon_hits.values()}
            if len(labels) > 1 or len(hrefs) < 0.5 * len(icon_hits) or (len(hrefs) == len(icon_hits) and not _profile_worded([page.nodes[a] for a in icon_hits.values()])):
                # An icon or a fixed label ("Profile") on every record, the href
                # alone varies; it is a profile template only if an href comes
                # back (a member who posted twice), which "edit" or "quote"
                # links never do.
                continue
            # A profile icon's href repeats when a member posts twice; a post's own link never does.
            if len(icon_hits) >= max(MIN_RECORDS, 0.5 * len(records)) and len(hrefs) >= 2 and len(icon_hits) / len(records) + 0.25 * (len(hrefs) < len(icon_hits)) > best_key[0]:
                best, best_key = shape, (len(icon_hits) / len(records) + 0.25 * (len(hrefs) < len(icon_hits)), 0)
        if best is None or best not in icons:
            return (best, best_key[0], [per_shape[best].get(i, (None, ""))[0] for i in range(len(records))]) if best else (None, 0.0, [None] * len(records))
        return best, len(icons[best]) / len(records), [icons[best].get(i) for i in range(len(records))]
    links = [per_shape[best].get(i, (None, ""))[0] for i in range(len(records))]
    return best, best_key[0], links


def _one_label_many_targets(hits: dict[int, tuple[int, str]], page: _Page) -> bool:
    """Do most records' links of this shape share their text with a link to another target?

    Why: a member's name always links to that member's one profile, so one
    text never leads to two targets. A control label repeated per record
    ("Edit", "Improve this answer", "Share") leads to each record's own page.
    """
    texts = {text for _, text in hits.values()}
    if len({page.hrefs[a] for a, _ in hits.values()}) <= len(texts):
        return False  # no more targets than texts: no text can lead to two
    targets: dict[str, set[str]] = defaultdict(set)
    for a, text in hits.values():
        targets[text].add(page.hrefs[a])
    spread = sum(1 for _, text in hits.values() if len(targets[text]) > 1)
    return spread > 0.5 * len(hits)


def _link_holders(page: _Page) -> tuple[dict[int, int], list[int]]:
    """How many links of a repeating href shape each element holds, counted up to ``MIN_RECORDS``.

    Why: a record names its author with a link whose href shape comes back at
    least three times on the page; an element holding none of those links
    cannot be, or contain, a thread's records, so its subtree is not searched
    (most of an article page). Callers only ask whether an element holds none,
    or fewer than ``MIN_RECORDS``; an ancestor always holds at least as many as
    its descendants, so the walk up from a link stops at the first element
    that already holds ``MIN_RECORDS`` (on a link-heavy page most walks stop
    after a step or two).

    Also returned: the holding elements, in document order.
    """
    links = [(a, href_shape(page.hrefs[a])) for a in page.links]
    shapes: dict[str, int] = {}
    for _, shape in links:
        if shape:
            shapes[shape] = shapes.get(shape, 0) + 1
    page.loose = _named_values(links, page)
    if page.loose:
        loose = page.loose
        links = [(a, loose.get(shape, shape) if shape else shape) for a, shape in links]
        merged: dict[str, int] = {}
        for shape, count in shapes.items():  # per shape, not per link
            key = loose.get(shape, shape)
            merged[key] = merged.get(key, 0) + count
        shapes = merged
    holds: dict[int, int] = {}
    parent = page.parent
    for a, shape in links:
        if not shape or shapes[shape] < MIN_RECORDS:
            continue
        node = parent[a]
        while node >= 0:
            count = holds.get(node, 0)
            if count >= MIN_RECORDS:
                break
            holds[node] = count + 1
            node = parent[node]
    return holds, sorted(holds)


_KEPT_VALUE: Final = re.compile(r"=[^&]*")
_NOT_ALNUM: Final = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def _loose_shape(shape: str) -> str:
    """The shape with its kept query values masked (``?action=viewprofile&username`` → ``?action&username``)."""
    return _KEPT_VALUE.sub("", shape)


def _folded(text: str) -> str:
    """Lower-case letters and digits only, accents dropped: "Tomás" and "tomas", "Camila R." and "camila_r" agree."""
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub("", text).lower()


def _spell(a: int, shape: str, page: _Page, spelled: dict[str, set[str]]) -> None:
    """Note the link's folded text under its loose shape when one of its query values spells it."""
    query = _split_href(page.hrefs[a])[2]
    values = [_folded(item.partition("=")[2]) for item in _QUERY_SEP.split(query)]
    if not any(v and not v.isdigit() for v in values):
        return
    text = _folded(page.raw_text(a))
    if text and not text.isdigit() and text in values:
        spelled[_loose_shape(shape)].add(text)


def _named_values(links: list[tuple[int, str | None]], page: _Page) -> dict[str, str]:
    """Shapes to merge: those that differ only in a query value that is the linked member's name.

    Why: :func:`href_shape` keeps short lower-case query values, because on
    most boards they name the page (``mode=viewprofile``, ``action=profile``).
    Some boards put the member's name there instead (``user?id=anna``,
    ``YaBB.pl?action=viewprofile;username=tomas``): each member whose name is
    a plain word then gets a shape of their own, and no template repeats. A
    value is a name when it spells the link's own text (letters and digits
    compared, accents and case left out); when links of one loose shape spell
    three different names so, all that shape's links are one template.
    """
    spelled: dict[str, set[str]] = defaultdict(set)
    # First one link of each shape that kept a value (the kept values are in
    # the shape, the same for all its links): when none spells its link's
    # text, nothing is merged and no other link is read.
    seen: set[str] = set()
    for a, shape in links:
        if shape and "=" in shape and shape not in seen:
            seen.add(shape)
            kept = [item.partition("=")[2] for item in shape.partition("?")[2].split("&") if "=" in item]
            if _folded(page.raw_text(a)) in kept:
                spelled[_loose_shape(shape)].add(shape)
    if not spelled:
        return {}
    groups, spelled = set(spelled), defaultdict(set)
    for a, shape in links:
        if shape and "?" in shape and _loose_shape(shape) in groups:
            _spell(a, shape, page, spelled)
    merged = {loose for loose, names in spelled.items() if len(names) >= 3}
    if not merged:
        return {}
    return {shape: _loose_shape(shape) for _, shape in links if shape and _loose_shape(shape) in merged}


def _candidates(holders: list[int], holds: dict[int, int], page: _Page) -> list[list[list[int]]]:
    """Candidate record sets under the elements that hold repeating links (``holders``, in document order)."""
    cands: list[list[list[int]]] = []
    classed: dict[str, list[int]] = defaultdict(list)
    repeating: set[str] = set()
    sig_of, children, tags, end = page._sig.__getitem__, page.children, page.tag, page.end
    for parent in holders:
        held = holds.get(parent, 0)
        if not held or tags[parent] in _NOT_RECORD:
            continue  # no profile-like link below: no records here
        kids = []
        k, stop = parent + 1, end[parent]
        while k < stop:  # the element children, from subtree end to subtree end
            if tags[k] not in _NOT_RECORD:
                kids.append(k)
            k = end[k]
        if len(kids) < 2:
            # One child (a wrapper around a link): nothing repeats here; it
            # only counts for the signatures found under several parents.
            if kids and "." in (s := sig_of(kids[0])):
                classed[s].append(kids[0])
            continue
        sigs = list(map(sig_of, kids))
        groups: dict[str, list[int]] = defaultdict(list)
        for k, s in zip(kids, sigs):
            group = groups[s]
            group.append(k)
            if "." in s:
                # Collected under every parent, even one with a single child:
                # a threaded reply often sits alone in its parent's list.
                classed[s].append(k)
                if len(group) == 2:
                    repeating.add(s)  # only classed signatures are asked about below
        if len(kids) < MIN_RECORDS or held < MIN_RECORDS:
            continue
        cands.extend([[n] for n in nodes] for nodes in groups.values() if len(nodes) >= MIN_RECORDS)
        if len(groups) > 1:
            # Siblings of one signature share every class token: their token
            # groups are the signature's own group, already a candidate.
            cands.extend([[n] for n in nodes] for nodes in _token_groups(kids, groups, page))
        if len(kids) >= 2 * MIN_RECORDS:
            # A run of MIN_RECORDS groups of k >= 2 siblings needs this many
            # siblings; with fewer, the deep signatures are not read at all.
            deep = [s + "[" + ",".join(map(sig_of, children(k))) + "]" for k, s in zip(kids, sigs)]
            for k in (2, 3):
                cands.extend(_periodic(kids, deep, k))
    parent_of = page.parent
    for sig, nodes in classed.items():
        parents = {parent_of[n] for n in nodes if parent_of[n] >= 0}
        # A classed block that sits alone under each of three parents or more
        # is a record too: mail-archive and comment trees print every reply
        # in a wrapper of its own, so no two replies are ever siblings.
        if len(parents) > 1 and len(nodes) >= MIN_RECORDS and sig in repeating:
            cands.append([[n] for n in nodes])
        elif len(parents) >= 3 and len(parents) == len(nodes) and (
                _wrappers_nest(sorted(nodes), parent_of, end)
                or len({parent_of[p] for p in parents}) > 1 and len({_depth(parent_of, n) for n in nodes}) > 1):
            # Only when a wrapper holds the next block, or the blocks sit at
            # different depths: blocks alone in each of a list's sibling
            # items are parts of those items (already a candidate), while a
            # reply tree nests its wrappers and a Q&A page puts the question
            # and the answers at different depths. Only parents that hold a
            # profile link were looked at: a guest's reply in its own wrapper
            # is found by its signature alone.
            tag = tags[nodes[0]]
            cands.append([[k] for k in range(len(tags)) if tags[k] == tag and sig_of(k) == sig])
    return cands


def _depth(parent: list[int], node: int) -> int:
    depth = 0
    while node >= 0:
        node, depth = parent[node], depth + 1
    return depth


def _wrappers_nest(nodes: list[int], parent: list[int], end: list[int]) -> bool:
    """Does some block's wrapper also hold the next block (element numbers: a subtree is a range)?"""
    for a, b in zip(nodes, nodes[1:]):
        p = parent[a]
        if p >= 0 and p < b < end[p]:
            return True
    return False


def _token_groups(kids: list[int], groups: dict[str, list[int]], page: _Page) -> list[list[int]]:
    """Siblings of one tag that share a class token, when their full signatures differ.

    Why: engines add per-post classes beside the record's own ("blockpost
    rowodd firstpost", "reply type-reply" next to "topic type-topic
    topic-author"), so the exact signatures split one record type into
    several groups. Tokens that differ only in their last letter on sibling
    elements ("msgRowA"/"msgRowB") are one alternating token.
    """
    tokens: dict[tuple[str, str], list[int]] = defaultdict(list)
    per_kid = [(k, page.tokens(k)) for k in kids]
    every = {t for _, toks in per_kid for t in toks}
    stems: dict[str, int] = {}
    for t in every:
        if len(t) >= 5:
            stems[t[:-1]] = stems.get(t[:-1], 0) + 1
    for k, toks in per_kid:
        for t in toks | {t[:-1] + "*" for t in toks if len(t) >= 5 and stems[t[:-1]] > 1}:
            tokens[(page.tag[k], t)].append(k)
    # A record marked by a class of its own (the topic starter's post, a
    # highlighted answer) beside records that carry no class at all: the
    # bare records have no token to share, so the tag alone joins them.
    # Only one kind of marked record beside at least as many bare ones.
    for k, toks in per_kid:
        if not toks:
            tag = page.tag[k]
            same = [j for j in kids if page.tag[j] == tag]
            bare = [j for j, t in per_kid if not t and page.tag[j] == tag]
            marked = {groups_sig for groups_sig, nodes in groups.items() if page.tag[nodes[0]] == tag and nodes[0] not in bare}
            if len(marked) == 1 and 2 * len(bare) >= len(same):
                tokens[(tag, "")] = same
            break
    exact = {tuple(nodes) for nodes in groups.values()}
    out, seen = [], set(exact)
    for nodes in tokens.values():
        key = tuple(nodes)
        if len(nodes) >= MIN_RECORDS and key not in seen:
            seen.add(key)
            out.append(nodes)
    return out


def _periodic(kids: list[int], deep: list[str], k: int) -> list[list[list[int]]]:
    """Runs of k consecutive siblings whose shapes repeat (two or more times)."""
    out = []
    for offset in range(k):
        tuples = [tuple(deep[i : i + k]) for i in range(offset, len(kids) - k + 1, k)]
        start = 0
        while start < len(tuples):
            end = start
            while end + 1 < len(tuples) and tuples[end + 1] == tuples[start]:
                end += 1
            if end - start + 1 >= MIN_RECORDS and len(set(tuples[start])) > 1:
                out.append([kids[offset + i * k : offset + (i + 1) * k] for i in range(start, end + 1)])
            start = end + 1
    return out


def _own_hosts(tree: LexborHTMLParser) -> set[str] | None:
    """The site's host names (from canonical, og:url, base), or None when the page does not say."""
    hosts = set()
    for sel, attr in (("link[rel='canonical']", "href"), ("meta[property='og:url']", "content"), ("base[href]", "href")):
        node = tree.css_first(sel)
        host = urlsplit((node.attributes.get(attr) or "") if node is not None else "").netloc.lower()
        if host:
            hosts.add(host)
            hosts.add(host[4:] if host.startswith("www.") else "www." + host)
    return hosts or None


def induce_thread(tree: LexborHTMLParser, page: _Page | None = None, texts: list[str] | None = None) -> InducedThread | None:
    """The page's post records, or None when nothing repeats with an author in it.

    ``page``: the copy of this tree's body, when the caller has built it
    already; ``texts``: every text node's text below the body, in document
    order, when the caller has read them (see :class:`_Page`).
    """
    body = tree.body
    if body is None:
        return None
    # The site's hosts, read (three selector searches over the page) only
    # when an author slot's links name a host: most boards link profiles by path.
    own: set[str] | None = None
    own_read = False
    found: list[InducedThread] = []
    memo: dict = {}
    page = page or _Page(body, texts)
    holds, holders = _link_holders(page)
    for recs in _candidates(holders, holds, page):
        if not _may_name_authors(recs, holds):
            continue
        text_len = page.lens.__getitem__
        # Too little text for posts (menus, link lists): the same floor as below,
        # checked before the costlier link analysis.
        if sum(text_len(n) for rec in recs for n in rec) < MIN_POST_CHARS * len(recs):
            continue
        shape, frac, links = _author_shape(recs, page, memo)
        if shape is None or frac < 0.5:
            continue
        host = shape.split("/", 1)[0].lower()
        if host and not own_read:
            own, own_read = _own_hosts(tree), True
        if host and own is not None and host not in own:
            continue  # members' profiles live on the site itself, not on another host
        end, parent = page.end, page.parent
        # Nested records (threaded replies) would count their replies' text twice.
        ids = {n for rec in recs for n in rec}
        # Siblings cannot hold one another: only records under different
        # parents (threaded replies) need the nested text taken out.
        siblings = len({parent[n] for rec in recs for n in rec if parent[n] >= 0}) <= 1
        covered = 0
        for rec in recs:
            nested = 0 if siblings else sum(
                text_len(d) for n in rec for d in range(n + 1, end[n]) if d in ids and not _inside(page, d, ids, n))
            covered += sum(text_len(n) for n in rec) - nested
        if covered < MIN_POST_CHARS * len(recs):
            continue
        records = [Record([page.nodes[n] for n in r], page.nodes[a] if a is not None else None, idx=r) for r, a in zip(recs, links)]
        found.append(InducedThread(records, shape, covered * frac, covered, page=page))
    if not found:
        return None
    found.sort(key=lambda c: -c.score)
    best = found[0]
    # Page columns or sections can repeat with an author link in each; when the
    # best candidate's records hold a repeated structure of their own with more
    # records and a good share of the text, those inner records are the posts.
    changed = True
    while changed:
        changed = False
        for other in found:
            if len(other.records) > len(best.records) and len(other.records) >= 3 and other.covered >= 0.3 * best.covered and _within_one(other, best, page):
                best, changed = other, True
                break
            # Threaded replies: the top-level comments and all comments at any
            # depth cover the same text; the one that has every top-level
            # record and the nested ones too reads each reply on its own.
            if len(other.records) > len(best.records) and other.covered >= 0.9 * best.covered and _superset(other, best):
                best, changed = other, True
                break
    best.records.sort(key=lambda r: r.idx[0])  # document order
    return best


def _may_name_authors(recs: list[list[int]], holds: dict[int, int]) -> bool:
    """Can :func:`_author_shape` find an author slot here: do enough records hold a repeating link?

    Why: most candidates on an article page (menus, teaser lists, footers)
    hold no link whose href shape comes back three times, and the link
    analysis is the costliest step of the search. An author slot needs its
    shape in at least ``MIN_RECORDS`` records and in half of them (the
    fraction is checked after the analysis); a shape found in that many
    records repeats on the page, so its links are counted in ``holds``.
    """
    holding = sum(1 for rec in recs if any(holds.get(n) for n in rec))
    return holding >= max(MIN_RECORDS, 0.5 * len(recs))


def _superset(bigger: InducedThread, smaller: InducedThread) -> bool:
    have = {r.idx[0] for r in bigger.records}
    return all(r.idx[0] in have for r in smaller.records)


def _within_one(inner: InducedThread, outer: InducedThread, page: _Page) -> bool:
    roots = {n for r in outer.records for n in r.idx}
    parent = page.parent
    holder: set[int] = set()
    for rec in inner.records:
        node = parent[rec.idx[0]]
        while node >= 0 and node not in roots:
            node = parent[node]
        if node < 0:
            return False
        holder.add(node)
    return len(holder) == 1


def _inside(page: _Page, node: int, ids: set[int], stop: int) -> bool:
    """Is node below another record (that is itself below ``stop``)?"""
    parent = page.parent
    up = parent[node]
    while up >= 0 and up != stop:
        if up in ids:
            return True
        up = parent[up]
    return False


# --- slots -----------------------------------------------------------------


class _Paths:
    """The slot paths of one thread, each numbered once.

    Why: a path is a tuple of steps (one per level), and the slot search
    keys several tables by path for every node of every record; a tuple's
    hash is computed again on every lookup, a number's is free. Each distinct
    path gets a number; ``tuples[n]`` is its tuple, for the steps that look
    at its shape (prefixes, depth, the last step).
    """

    __slots__ = ("tuples", "ids", "_child", "_steps", "sig_ids", "path_of", "up")

    def __init__(self) -> None:
        self.tuples: list[tuple] = []
        self.ids: dict[tuple, int] = {}
        # Each path's parent path (its tuple less the last step), -1 for a
        # record's own element: a path is numbered after its parent.
        self.up: list[int] = []
        self._child: dict[tuple[int, str, int], int] = {}
        # The same steps keyed by one number (see _record_paths): parent path, signature number, rank.
        self._steps: dict[int, int] = {}
        self.sig_ids: dict[str, int] = {}  # each signature met, numbered
        self.path_of: list[int] = []  # element number → its path number, for the record being read

    def number(self, path: tuple, parent: int = -1) -> int:
        found = self.ids.get(path)
        if found is None:
            found = self.ids[path] = len(self.tuples)
            self.tuples.append(path)
            self.up.append(parent)
        return found

    def under(self, prefix: tuple | None) -> set[int]:
        """The paths that start with ``prefix`` (itself included); none for no prefix.

        A numbered prefix's paths are itself and its descendants, all
        numbered after it: one pass over the parent links, no tuple sliced
        and compared per path (the slot searches ask this of the text slot,
        on threads of several hundred paths). A prefix that is not a path
        is matched tuple by tuple.
        """
        if not prefix:
            return set()
        start = self.ids.get(prefix)
        if start is None:
            size = len(prefix)
            return {i for i, t in enumerate(self.tuples) if t[:size] == prefix}
        inside = {start}
        up = self.up
        for i in range(start + 1, len(up)):
            if up[i] in inside:
                inside.add(i)
        return inside

    def child(self, parent: int, sig: str, rank: int) -> int:
        """The path one step below ``parent``: the ``rank``-th child of signature ``sig`` (step ``"sig#rank"``)."""
        key = (parent, sig, rank)
        found = self._child.get(key)
        if found is None:
            found = self._child[key] = self.number(self.tuples[parent] + (f"{sig}#{rank}",), parent)
        return found


def _record_paths(rec: Record, record_ids: set[int], page: _Page, table: _Paths) -> dict[int, list[int]]:
    """Every descendant of the record under its path of signatures (numbered in ``table``); other records are not entered.

    A root's subtree is a run of element numbers, read in order: each
    element's path is its parent's path and one step (no stack of pending
    children); a nested record or a skipped element is passed over with its
    subtree.
    """
    paths: dict[int, list[int]] = {}
    end, parent, tags, sigs = page.end, page.parent, page.tag, page._sig
    # (parent path, signature, rank) → path, keyed by one number: most steps
    # are met before, and a number is built and hashed without a tuple.
    # Signatures are numbered per thread (``sig_ids``); an element's path is
    # kept in a list by element number (records do not overlap: a nested
    # record is passed over, and an element's parent is read before it).
    known, sig_ids = table._steps, table.sig_ids
    if len(table.path_of) < len(tags):
        table.path_of = [-1] * len(tags)
    path_of = table.path_of
    # Signature numbers and ranks are below the page's element count: shifted by its bit length, no two keys meet.
    bits = len(tags).bit_length()
    # A step is the child's signature and its rank among same-signature
    # siblings: the author cell and the message cell of a table row are
    # both a "td", but not the same slot. Keyed by parent element and signature number.
    ranks: dict[int, int] = {}
    for k, root in enumerate(rec.idx):
        # The record's own element is step 0 whatever its classes: records of one
        # candidate may differ there ("msgRowA"/"msgRowB", a lead post's extra class).
        path = path_of[root] = table.number((k, ""))
        found = paths.get(path)
        if found is None:
            paths[path] = [root]
        else:
            found.append(root)
        node, stop = root + 1, end[root]
        while node < stop:
            if node in record_ids or tags[node] in SKIP_TAGS:
                node = end[node]
                continue
            up, sig = parent[node], sigs[node]
            sid = sig_ids.get(sig)
            if sid is None:
                sid = sig_ids[sig] = len(sig_ids)
            key = up << bits | sid
            rank = ranks.get(key, 0) + 1
            ranks[key] = rank
            above = path_of[up]
            step = (above << bits | sid) << bits | rank
            met = known.get(step)
            if met is None:
                met = known[step] = table.child(above, sig, rank)
            path = met
            path_of[node] = path
            found = paths.get(path)
            if found is None:
                paths[path] = [node]
            else:
                found.append(node)
            node += 1
    return paths


def _contains(outer: LexborNode, inner: LexborNode | None) -> bool:
    node = inner
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def _own_text_len(nodes: list[int], record_ids: set[int], page: _Page, nested: bool) -> int:
    """Text length without the records nested inside (``nested``: does any record hold another?)."""
    total = 0
    end, lens = page.end, page.lens
    for n in nodes:
        total += lens[n]
        if not nested:
            continue
        for d in record_ids:
            if n < d < end[n]:
                total -= lens[d]
    return max(total, 0)


def _ancestor_ids(page: _Page, node: int | None) -> set[int]:
    """The node and all its ancestors (empty for no node)."""
    out: set[int] = set()
    parent = page.parent
    while node is not None and node >= 0:
        out.add(node)
        node = parent[node]
    return out


def _any_nested(records: list[Record], record_ids: set[int], page: _Page) -> bool:
    """Does a record sit inside another one (threaded replies)? Siblings never do."""
    parent = page.parent
    for rec in records:
        for root in rec.idx:
            node = parent[root]
            while node >= 0:
                if node in record_ids:
                    return True
                node = parent[node]
    return False


def _text_path(records: list[Record], per_record: list[dict], record_ids: set[int], page: _Page, table: _Paths) -> tuple | None:
    nested = _any_nested(records, record_ids, page)

    def headerish(path: tuple) -> bool:
        """The path holds the author, the date or the post's own anchor link in most records (looked at lazily)."""
        dated = sum(1 for nodes in held[path] if any(page.date_marked(n) or page.anchored(n) or _shown_date_line_at(page, n) for n in nodes))
        return with_author.get(path, 0) + dated >= 0.5 * counts[path]
    # Per numbered path: total text, records, records where it holds the author
    # link, its nodes in the others, whether its text varies from record to
    # record, the first record's node and its text's head (the one the others
    # are compared with, read when first needed).
    stats: dict[int, list] = {}
    lens, raw = page.lens, page.raw_lengths()
    for rec, paths in zip(records, per_record):
        # The author link's ancestors, found once: "does this slot hold the author link" for every path.
        above = _ancestor_ids(page, page.index(rec.author_link) if rec.author_link is not None else None)
        for path, nodes in paths.items():
            if nested:
                length = _own_text_len(nodes, record_ids, page, nested)
            else:
                length = lens[nodes[0]] if len(nodes) == 1 else sum(map(lens.__getitem__, nodes))
            if not length:
                continue
            st = stats.get(path)
            if st is None:
                st = stats[path] = [0, 0, 0, [], False, nodes[0], None]
            st[0] += length
            st[1] += 1
            if above and not above.isdisjoint(nodes):
                st[2] += 1
            else:
                st[3].append(nodes)
            if not st[4] and (first := st[5]) != (node := nodes[0]):
                # Texts of different lengths that fit in the head differ;
                # others are compared by their heads (200 characters).
                a, b = raw[first], raw[node]
                if a != b and a <= 200 and b <= 200:
                    st[4] = True
                else:
                    head = st[6]
                    if head is None:
                        head = st[6] = page.text_head(first, 200)
                    st[4] = page.text_head(node, 200) != head
    tuples = table.tuples
    # Plain dicts, not Counters (a Counter is built by interpreted code, even when called from the compiled module).
    totals: dict[tuple, int] = {tuples[p]: st[0] for p, st in stats.items()}
    counts: dict[tuple, int] = {tuples[p]: st[1] for p, st in stats.items()}
    with_author: dict[tuple, int] = {tuples[p]: st[2] for p, st in stats.items() if st[2]}
    held: dict[tuple, list] = defaultdict(list, {tuples[p]: st[3] for p, st in stats.items() if st[3]})  # each path's nodes where it holds no author link
    varies: dict[tuple, bool] = {tuples[p]: st[4] for p, st in stats.items()}
    need = max(1, len(records) // 2)
    usable = [p for p in totals if counts[p] >= need and with_author.get(p, 0) <= counts[p] * 0.2 and (varies[p] or len(records) == 1)]
    if not usable:
        return None
    top = max(usable, key=lambda p: (totals[p], -len(p)))
    if _has_ranked_siblings(top, totals):
        # The most text sits in one of several paragraphs ("p#1", "p#2") that
        # are direct children of the record or of its body: the text slot is
        # their parent, with the author's header cut out (see _cut_header).
        return top[:-1]
    # Narrow to the message itself rather than its wrapper with buttons, dates
    # and "likes": descend into the child path with the most text while it
    # keeps most of the text. Never into one of several same-signature
    # siblings: a first paragraph holding most of a short post is not the post.
    narrow = top
    while True:
        kids = [p for p in usable if len(p) == len(narrow) + 1 and p[: len(narrow)] == narrow and counts[p] >= counts[narrow] * 0.8]
        if not kids:
            break
        child = max(kids, key=lambda p: totals[p])
        # The post's header (subject, author, date, "#3" anchor) beside the
        # message does not count against it: a short post under a long
        # subject line is still the message.
        header = sum(totals[p] for p in totals if len(p) == len(child) and p[:-1] == narrow and p != child and headerish(p))
        if totals[child] < NARROW_SHARE * (totals[narrow] - header) or _has_ranked_siblings(child, totals) or _beside_paragraphs(child, totals):
            break
        narrow = child
    return narrow


_PARAGRAPH_TAGS: Final = frozenset({"p", "pre"})


def _has_ranked_siblings(path: tuple, totals: dict[tuple, int]) -> bool:
    """Does the slot's element have siblings of its own signature with text in some record?"""
    if len(path) < 3:
        return False
    sig, _, rank = str(path[-1]).rpartition("#")
    if sig.split(".")[0] not in _PARAGRAPH_TAGS:
        return False  # table cells and divs of one signature are different slots (author cell, body cell)
    head = path[:-1]
    return any(len(p) == len(path) and p[:-1] == head and str(p[-1]).rpartition("#")[0] == sig and p != path for p in totals)


def _beside_paragraphs(path: tuple, totals: dict[tuple, int]) -> bool:
    """Does the slot's element have a paragraph sibling (``p``, ``pre``) with text in some record?

    Why: the message's first run of text is often not in a paragraph of its
    own ("text<p>more text" — an HTML parser closes a ``<font>`` wrapper at
    the ``<p>``, leaving the first run in the font and the rest in a ``p``
    beside it). A paragraph beside the slot is more of the message, never
    chrome, so the slot is not narrowed away from it.
    """
    head = path[:-1]
    for p in totals:
        if len(p) == len(path) and p[:-1] == head and p != path:
            tag = str(p[-1]).rpartition("#")[0].split(".")[0]
            if tag in _PARAGRAPH_TAGS:
                return True
    return False


def _chrome_paths(per_record: list[dict], text_path: tuple, page: _Page, table: _Paths) -> set[int]:
    """Paths below the text slot whose text is the same in every record (3 or more): buttons, labels.

    Texts are read only for paths found in enough records, and only until
    one differs from the first record's: most paths below the text slot are
    the message's own paragraphs, in some records only, or varying.
    """
    if len(per_record) < 3:
        return set()
    counts: dict[int, int] = {}
    below = table.under(text_path) - {table.ids.get(text_path)}
    for paths in per_record:
        for path in paths:
            if path in below:
                counts[path] = counts.get(path, 0) + 1
    # Nearly every record: a lead post with markup of its own lacks the replies' button bar.
    need = max(3, -(-4 * len(per_record) // 5))
    chrome: set[int] = set()
    for path, count in counts.items():
        if count < need:
            continue
        first: str | None = None
        for paths in per_record:
            nodes = paths.get(path)
            if nodes is None:
                continue
            text = " ".join(" ".join(page.text(n).split()) for n in nodes)
            if first is None:
                first = text
            elif text != first:
                break
        else:
            if first:
                chrome.add(path)
    return chrome


def _strip_common_lines(texts: list[str]) -> list[str]:
    """Lines every record starts (or ends) with are chrome ("Posted:", "Report post")."""
    if len([t for t in texts if t]) < 3:
        return texts
    lines = [t.split("\n") for t in texts]
    while all(len(ls) > 1 for ls in lines) and len({ls[0] for ls in lines}) == 1:
        lines = [ls[1:] for ls in lines]
    while all(len(ls) > 1 for ls in lines) and len({ls[-1] for ls in lines}) == 1:
        lines = [ls[:-1] for ls in lines]
    return ["\n".join(ls) for ls in lines]


@lru_cache(maxsize=4096)
def _signature_classed(cls: str) -> bool:
    """Does a class attribute name a signature block (kept per attribute: a page repeats a few of them)?"""
    return _SIGNATURE_CLASS.search(cls) is not None


def _cut_signature(text: str) -> str:
    """The text before a signature rule ("__________", "--") when what follows is short.

    Why: older boards print the signature in the same element as the message,
    after a rule line; a long text after such a line is still the post.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i and _SIG_RULE.match(line.strip()) and len("\n".join(lines[i + 1 :])) <= MAX_SIGNATURE_CHARS:
            return "\n".join(lines[:i])
    return text


def _is_quote(node: LexborNode) -> bool:
    if node.tag == "blockquote":
        return True
    attrs = node.attributes  # built anew on each access: read once
    if _quote_classed(attrs.get("class") or "") or "data-author" in attrs:
        return True
    return _headed(node)


@lru_cache(maxsize=4096)
def _quote_classed(cls: str) -> bool:
    """Does a class attribute name a quote (kept per attribute: a page repeats a few of them)?"""
    # "js-selectToQuote" marks where a reader may select text to quote: not a quote.
    return any(_QUOTE_CLASS.search(t) and not t.startswith(("js-", "select")) for t in cls.lower().split())


@cache
def _quote_head() -> re.Pattern:
    patterns = json_data("ingest/data/quote_headers.json")["patterns"]
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$", re.I)


def _headed(node: LexborNode) -> bool:
    """A block whose first child is an attribution line ("X said:", "Quote:") and that has more after it.

    Why: many boards mark a quote only by that line (a "q" div, a table after
    "Quote:"), with no blockquote and no class saying quote.
    """
    if node.tag in _INLINE or node.tag == "p":
        return False
    first = next((c for c in node.iter(include_text=True) if c.tag != "-text" or (c.text_content or "").strip()), None)
    if first is None or first.tag == "-text" or first.tag in SKIP_TAGS:
        return False
    line = " ".join(first.text(deep=True, separator=" ").split())
    if not line or len(line) > 80 or not _quote_head().match(line):
        return False
    return len(" ".join(node.text(deep=True, separator=" ").split())) > len(line) + 3


def _quote_candidates(page: _Page, slot: int, cut: list[int], authored: set[int]) -> list[LexborNode] | None:
    """The elements below the slot (number ``slot``) that may be quotes (:func:`_is_quote`), in document order, found on the page's copy.

    Why: testing every element of every slot on the tree reads each one's
    attributes and first child and the text of that child (new objects at
    every step), and nearly none is a quote. The copy holds each element's
    tag, class and text, which are what the test reads, except where the
    tree has been edited since: ``cut`` (sorted) are the elements cut out so
    far. An element inside a cut one is gone from the tree and skipped; an
    element holding a cut one has lost part of its text, and is left to the
    tree's test. The others are tested on the copy: a blockquote, a quote
    class, a ``data-author`` (``authored``), or an attribution line as its
    first child (:func:`_headed`, read from the copy). A comment as the first
    child makes the tree's test fail, so ignoring comments here only lets
    more elements through.
    """
    out: list[LexborNode] = []
    end, tags, nodes = page.end, page.tag, page.nodes
    k, stop = slot + 1, end[slot]
    if any(c <= slot < end[c] for c in cut):
        return None  # the slot itself was cut out with an element holding it: the tree's test reads what is left
    while k < stop:
        at = bisect_right(cut, k) - 1
        if at >= 0 and k < end[cut[at]]:
            k = end[cut[at]]  # gone with a cut element (cut elements may nest: the outer one comes first)
            continue
        inner = bisect_right(cut, k)
        edited = inner < len(cut) and cut[inner] < end[k]
        tag = tags[k]
        if tag == "blockquote" or k in authored or _quote_classed(page.class_of(k)) or edited or _headed_in_copy(page, k):
            out.append(nodes[k])
        k += 1
    return out


def _headed_in_copy(page: _Page, i: int) -> bool:
    """:func:`_headed` of element ``i``, read from the page's copy (valid while nothing below ``i`` has been cut)."""
    tags = page.tag
    if tags[i] in _INLINE or tags[i] == "p":
        return False
    texts, tstart, end = cast(list[str], page.texts), page.tstart, page.end
    first = i + 1 if i + 1 < end[i] else -1
    # The text nodes before the first child element are the element's own: one that is not blank comes first.
    for t in range(tstart[i], tstart[first] if first >= 0 else page.tend[i]):
        if texts[t].strip():
            return False
    if first < 0 or tags[first] in SKIP_TAGS:
        return False
    line = " ".join(page.text(first).split())
    if not line or len(line) > 80 or not _quote_head().match(line):
        return False
    return len(" ".join(page.text(i).split())) > len(line) + 3


def _quotes(slot: LexborNode, slot_len: int, candidates: list[LexborNode] | None = None, cut_out: list[int] | None = None) -> list[Quote]:
    """The quotes inside the slot, cut out of it. ``candidates``: the slot's elements that may be quotes, in document order, when known (see :func:`_quote_candidates`); else every element is tested.

    ``cut_out``: when given, the ``mem_id`` of every quote cut out is added to it.

    ``slot_len``: the slot's :func:`_text_len`, or -1 to have it measured
    when a quote is first found (most slots hold none, and measuring walks
    the slot's text).
    """
    found: list[LexborNode] = []
    ids: set[int] = set()
    for node in (slot.traverse(include_text=False) if candidates is None else candidates):
        if node.mem_id == slot.mem_id or not _is_quote(node):
            continue
        if any(_contains(f, node) for f in found):
            continue
        if slot_len < 0:
            slot_len = _text_len(slot)
        if _text_len(node) >= 0.95 * slot_len:
            continue  # the text slot itself (or its only child) is never a quote
        found.append(node)
        ids.add(node.mem_id)
    quotes = []
    for q in found:
        author = quote_author(q)
        quotes.append(Quote(author=author, text=node_text(q)))
        if cut_out is not None:
            cut_out.append(q.mem_id)
        q.decompose()
    return quotes


_DATEISH: Final = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}:\d{2}\b|\b(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|d[ec]c|janv|févr|avr|juil|déc)[a-zé]*\.?\s",
    re.I,
)


def _shown_date_line(raw: str) -> bool:
    """A short block whose text (``raw``: its text nodes joined) is a date as printed ("Posted - 06/14/2019 : 21:40:12").

    Why: boards without machine-readable dates print the post's date in a
    header line above the message; it is the post's header, like a
    ``<time>`` element, and must not count against the message when the text
    slot is narrowed to it.
    """
    text = _collapsed_within(raw, MAX_DATE_LINE_CHARS)
    return text is not None and 4 <= len(text) and _DATEISH.search(text) is not None and shown_timestamp_iso(text) is not None


MAX_DATE_LINE_CHARS: Final = 60  # a longer text is a message or a header with more in it, not a printed date
_DATE_SCAN: Final = 4 * MAX_DATE_LINE_CHARS


def _shown_date_line_at(page: _Page, i: int) -> bool:
    """``_shown_date_line(page.raw_text(i))``, reading only the head of a long text (see :func:`_collapsed_head`)."""
    text = _collapsed_head(page, i, MAX_DATE_LINE_CHARS)
    return text is not None and 4 <= len(text) and _DATEISH.search(text) is not None and shown_timestamp_iso(text) is not None


def _collapsed_head(page: _Page, i: int, limit: int) -> str | None:
    """``_collapsed_within(page.raw_text(i), limit)``, with the text joined only as far as that test reads it.

    A head longer than ``_DATE_SCAN`` means a whole text longer than that
    too, and the test then reads its first ``_DATE_SCAN`` characters alone
    (the head's); only when those collapse to ``limit`` characters or fewer
    is the whole text read.
    """
    head = page.raw_head(i, _DATE_SCAN)
    if len(head) <= _DATE_SCAN:
        return _collapsed_within(head, limit)  # the whole text
    if len(" ".join(head[:_DATE_SCAN].split())) > limit:
        return None
    return _collapsed_within(page.raw_text(i), limit)


def _collapsed_within(raw: str, limit: int) -> str | None:
    """``" ".join(raw.split())`` when it is at most ``limit`` characters long, else None.

    Why: the date tests ask this of every slot of the sampled records, the
    whole message among them, and splitting a long message into words costs
    far more than the test. The words of a prefix of the text are its first
    words (the last one perhaps cut), so when the prefix's collapsed text is
    already longer than ``limit``, so is the whole one.
    """
    if len(raw) > _DATE_SCAN and len(" ".join(raw[:_DATE_SCAN].split())) > limit:
        return None
    text = " ".join(raw.split())
    return text if len(text) <= limit else None


def _path_tally(per_record: list[dict]) -> dict[int, int]:
    """In how many records each slot path is found (in the order first met, as a ``Counter`` would list them)."""
    found: dict[int, int] = {}
    for paths in per_record:
        for path in paths:
            found[path] = found.get(path, 0) + 1
    return found


def _date_path(per_record: list[dict], text_path: tuple | None, page: _Page, table: _Paths) -> int | None:
    """The slot whose short text parses as a date in most records."""
    counts: dict[int, int] = {}
    sample = per_record[:5]
    inside = table.under(text_path)
    need = max(1, len(sample) // 2)
    # A path in fewer sampled records than needed can neither be chosen nor
    # outrank one that can: its texts are not read. Nor are a path's texts
    # once it has failed in so many records that it cannot reach ``need``:
    # most paths are not dates, and fail in every record.
    found = _path_tally(sample)
    misses: dict[int, int] = {}
    # The test's result per text: labels and buttons come back in every record.
    tested: dict[str, bool] = {}
    for paths in sample:
        for path, nodes in paths.items():
            # The text below, white space collapsed, is never longer than the
            # measured length: an element with less than 4 characters is not read.
            if path in inside or found[path] - misses.get(path, 0) < need or page.lens[nodes[0]] < 4:
                continue
            text = _collapsed_head(page, nodes[0], MAX_DATE_LINE_CHARS)
            if text is None or len(text) < 4:
                dated = False
            else:
                known = tested.get(text)
                if known is None:
                    known = tested[text] = _DATEISH.search(text) is not None and bool(shown_timestamp_iso(text))
                dated = known
            if dated:
                counts[path] = counts.get(path, 0) + 1
            else:
                misses[path] = misses.get(path, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda p: (counts[p], len(table.tuples[p])))
    return best if counts[best] >= need else None


def _published(rec: Record, page: _Page, stamped: set[int]) -> str | None:
    """The first machine-readable date in the record, in document order (``stamped``: see :meth:`_Page.stamped_elements`)."""
    end, known = page.end, page.marked_attrs
    for root in rec.idx:
        for i in range(root, end[root]):
            if i not in stamped:
                continue
            attrs = known[i]
            for attr in ("datetime", "data-time", "data-timestamp", "title", "content"):
                value = attrs.get(attr)
                if value and (attr != "title" or _DIGIT.search(value)):
                    stamp = shown_timestamp_iso(value)
                    if stamp and "T" in stamp:
                        return stamp
    return None


def thread_from_induction(tree: LexborHTMLParser, induced: InducedThread, url: str | None, base: str | None = None) -> Document:
    records = induced.records
    page = induced.page
    assert page is not None
    record_ids = {n for r in records for n in r.idx}
    page.index_texts(list(record_ids))
    table = _Paths()
    per_record = [_record_paths(r, record_ids, page, table) for r in records]
    text_path = _text_path(records, per_record, record_ids, page, table)
    path = table.ids.get(text_path) if text_path else None
    if path is not None:
        # A record with neither an author link nor the posts' text slot is a
        # block of the page's own that repeats the records' tag (a footer
        # table, an "other topics" list under a table board), not a post.
        # A guest's post has the text slot; a lead post is marked as such.
        kept = [i for i, (rec, paths) in enumerate(zip(records, per_record)) if rec.lead or rec.author_link is not None or path in paths]
        records, per_record = [records[i] for i in kept], [per_record[i] for i in kept]
    guests = _guest_names(records, per_record, page, table)
    names = _name_slot(records, per_record, text_path, page, table)
    chrome = _chrome_paths(per_record, text_path, page, table) if text_path else set()
    zone = page_offset(tree, page.body_text())
    stamped = page.stamped_elements()
    dates = [_published(r, page, stamped) for r in records]
    if not all(dates):
        # Shown dates are parsed (slowly, by a general date parser) only when
        # some record has no machine-readable one.
        when = _date_path(per_record, text_path, page, table)
        if when is not None:
            dates = [d or _shown_date(paths.get(when), page) for d, paths in zip(dates, per_record)]
    base = base or url or ""
    # The records that link two members with the template first (read from
    # the copy), then one selector search of the page, only when some record
    # does: most records link one member, and the search (two alternatives,
    # one of them testing every link's ancestors) cost about as much as the
    # page's search for its dated elements. ``_two_profiles`` reads no author
    # link, so the records' order and the result are as before.
    if induced.shape is not None:
        double = [rec for rec in records if _two_profiles(rec, induced.shape, page)]
        if double and tree.css_first(_MARKED_AUTHOR) is not None:
            for rec in double:
                _prefer_marked_author(rec, induced.shape, page)
    # Authors are read before the slots are cut (a header cut from a slot may hold the author link).
    authors = [_author(rec, guests, names, base, page) for rec in records]
    slots: list[LexborNode | None] = []
    nests: list[bool] = []  # does the slot hold another record (read from the copy, before any edit)?
    slot_at: list[int] = []  # each slot's element number (-1: not in the copy)
    # The elements cut out of the tree from here on (chrome, signatures,
    # nested records, headers), by number; -1 when one is not in the copy.
    cut: list[int] = []
    roots = sorted(record_ids)
    for rec, paths in zip(records, per_record):
        nodes = paths.get(path) if path is not None and not rec.lead else None
        slot = page.nodes[nodes[0]] if nodes else _largest_without(rec)
        at = nodes[0] if nodes else (page.at.get(slot.mem_id) if slot is not None else None)
        nests.append(at is None or _holds_any(roots, at, page.end[at]))
        slot_at.append(-1 if at is None else at)
        for cpath in chrome:
            for n in paths.get(cpath, []):
                page.nodes[n].decompose()
                cut.append(n)
        slots.append(slot)
    authored = page.data_authored()
    # The page's copy is stale from here on: the tree is being edited.
    record_mem = {page.nodes[i].mem_id for i in record_ids}
    raw_texts: list[str] = [""] * len(records)
    quotes_per: list[list[Quote]] = [[] for _ in records]
    # Last record first: a threaded reply nested in its parent's slot is read
    # before the parent's slot drops it.
    for i in reversed(range(len(records))):
        rec, slot = records[i], slots[i]
        if slot is None:
            continue
        # Only a slot holding another record (a threaded reply) needs every
        # element looked at; in the others only a classed element can be a
        # signature block, and the parser's selector engine lists those.
        # The copy answers for a slot it holds, while every cut so far is
        # known by number (see _classed_below): no selector search, no node
        # object for each classed element.
        classed = None if nests[i] or slot_at[i] < 0 else _classed_below(page, slot_at[i], cut)
        if classed is not None:
            for j in classed:
                cut.append(j)
                page.nodes[j].decompose()
        else:
            below = list(slot.traverse(include_text=False)) if nests[i] else slot.css("[class]")
            for b in below:
                if b.mem_id != slot.mem_id and (b.mem_id in record_mem or _signature_classed(b.attributes.get("class") or "")):
                    cut.append(page.at.get(b.mem_id, -1))
                    b.decompose()
        again = _author_again(slot, rec.author_link, page, slot_at[i])
        dated = None if slot_at[i] < 0 else _dated_below(page, slot_at[i], cut)
        if (rec.author_link is not None and _contains(slot, rec.author_link) or again is not None
                or (_holds_date(slot) if dated is None else dated)):
            cut.extend(page.at.get(m, -1) for m in _cut_header(slot, again or rec.author_link))
        may_quote = None if slot_at[i] < 0 or -1 in cut else _quote_candidates(page, slot_at[i], sorted(cut), authored)
        gone: list[int] = []  # the mem_ids of the quotes (then the notes) cut out
        quotes_per[i] = _quotes(slot, -1, may_quote, gone)
        cut.extend(page.at.get(m, -1) for m in gone)
        # The slot's text from the copy while every cut is known by number
        # (see _text_from_copy): no walk of the slot's nodes in the tree.
        copied = None if slot_at[i] < 0 else _text_from_copy(page, slot_at[i], cut)
        raw_texts[i] = node_text(slot) if copied is None else copied
        name = authors[i].name
        if name and len(raw_texts[i]) > len(name) and name in raw_texts[i][:_EDGE] + raw_texts[i][-_EDGE:]:
            gone = []
            if _cut_own_notes(slot, name, gone):
                cut.extend(page.at.get(m, -1) for m in gone)
                raw_texts[i] = node_text(slot)
    texts = [_cut_signature(t) for t in _strip_common_lines(raw_texts)]
    posts = []
    marks = _Permalinks(page, cut)
    for rec, slot, at_slot, text, quotes, date, author in zip(records, slots, slot_at, texts, quotes_per, dates, authors):
        cleaned = clean_post_text(text)
        if not cleaned.text and not quotes:
            continue
        link = marks.find(rec, slot, at_slot, base)
        posts.append(Post(
            author=author, published=with_zone(date, zone), text=cleaned.text, quotes=quotes,
            permalink=_permalink(rec, slot, base) if link == _UNKNOWN else link,
            links=cleaned.links, removed_passages=cleaned.removed,
        ))
    title_node = _title_node(tree, page)
    title = " ".join(title_node.text(deep=True).split()) if title_node is not None else None
    return Document(
        url=url, source_domain=domain_of(url), title=title or None,
        published=posts[0].published if posts else None,
        kind="forum_thread", engine="generic", posts=posts,
    )


_DATED: Final = "time, [datetime], [data-time], [data-timestamp]"
_TITLE_ALTERNATIVES: Final = TITLE_SELECTOR.split(", ")


def _title_node(tree: LexborHTMLParser, page: _Page) -> LexborNode | None:
    """The thread's title element: the first alternative of ``TITLE_SELECTOR`` that matches, else ``<title>``.

    An alternative naming a tag (``h1``, ``h2[...]``) the page's copy never
    met is not searched: headings sit in the body, which the copy holds
    whole, and the tree has only lost elements since (a search finding
    nothing walks the whole page).
    """
    met = set(page._names.values())
    for sel in _TITLE_ALTERNATIVES:
        tag = sel.split("[", 1)[0]
        if tag and tag not in met:
            continue
        found = tree.css_first(sel)
        if found is not None:
            return found
    return tree.css_first("title")


_MARKED_AUTHOR: Final = "[itemprop~='author'] a[href], a[rel~='author'][href]"


def _two_profiles(rec: Record, shape: str, page: _Page) -> bool:
    """Does the record link two different members with the profile template? (Read from the page copy's links.)"""
    seen: set[str] = set()
    for root in rec.idx:
        for a in page.links_in(root):
            href = page.hrefs[a]
            found = href_shape(href)
            if found is not None and page.loose.get(found, found) == shape:
                seen.add(href)
                if len(seen) > 1:
                    return True
    return False


def _prefer_marked_author(rec: Record, shape: str, page: _Page) -> None:
    """Take the profile link the page marks as the author's, when the record has one.

    Why: a record can link two members with the profile template (Q&A sites
    show the last editor's card before the asker's); the first link is then
    the editor. Microdata ``itemprop=author`` (or ``rel=author``) says which
    one wrote the post.
    """
    for root in rec.nodes:
        for a in root.css(_MARKED_AUTHOR):
            at = page.at.get(a.mem_id)
            info = _link_info(page, at) if at is not None and at in page.hrefs else None
            if info is not None and info[0] == shape and _name_like(info[1]):
                rec.author_link = a
                return


def _holds_any(roots: list[int], start: int, end: int) -> bool:
    """Does any of the sorted element numbers ``roots`` fall strictly inside ``start``'s subtree (``start`` < r < ``end``)?"""
    k = bisect_right(roots, start)
    return k < len(roots) and roots[k] < end


def _holds_date(slot: LexborNode) -> bool:
    """Does a child of the slot hold a date (:func:`_child_dated`), that is, does any element below it match?

    One selector search over the slot (it lists the slot itself too, when it matches) instead of one per child.
    """
    return any(n.mem_id != slot.mem_id for n in slot.css(_DATED))


def _child_dated(node: LexborNode) -> bool:
    return node.css_first(_DATED) is not None or any(a in node.attributes for a in ("datetime", "data-time", "data-timestamp"))


def _author_again(slot: LexborNode, author_link: LexborNode | None, page: _Page, at: int) -> LexborNode | None:
    """A second link to the author's profile inside the text slot, when the first sits outside it.

    Why: boards that print the author card beside the post (Discuz's left
    column) often repeat the name with the date in a header line above the
    message, inside the block that holds the text; that line is chrome.
    """
    if author_link is None or at < 0:
        return None
    link_at = page.at.get(author_link.mem_id)
    if link_at is None or at <= link_at < page.end[at]:
        return None  # the author link is inside the slot (or unknown): the usual header cut applies
    href = page.hrefs.get(link_at)
    # The slot's links, read from the page's copy (its element numbers), not by a selector search.
    for a in page.links_in(at):
        if page.hrefs[a] == href:
            return page.nodes[a]
    return None


_EDGE: Final = 200  # edit notes sit at the start or the end of a post's text
_NOTE_CHARS: Final = 120


def _cut_own_notes(slot: LexborNode, name: str, cut_out: list[int] | None = None) -> bool:
    """Drop short child blocks of the slot that name the post's author and hold a date.

    Why: edit notes printed inside the message ("Last edited by X on …",
    "本帖最后由 X 于 … 编辑") name the poster and a time, in the board's
    language; a sentence of the post that names its own author and a date is
    rare, and one that short rarer still. Paragraphs holding most of the
    text are never dropped.
    """
    total = _text_len(slot) or 1
    found: list[LexborNode] = []
    # Looked for at any depth (the slot may wrap the message in a few
    # blocks); reached only for the rare post whose text starts or ends
    # with its author's name.
    for node in slot.traverse(include_text=False):
        if node.mem_id == slot.mem_id or node.tag in ("p", "blockquote", "a"):
            continue
        text = node.text(deep=True, separator=" ")
        if len(text) <= _NOTE_CHARS and name in text and _DATE_LIKE.search(text) and len(text) < 0.5 * total:
            if not any(_contains(f, node) for f in found):
                found.append(node)
    for node in found:
        if cut_out is not None:
            cut_out.append(node.mem_id)
        node.decompose()
    return bool(found)


def _cut_header(slot: LexborNode, author_link: LexborNode | None) -> list[int]:
    """Drop the slot's children that hold the author's link or the post's date.

    Why: when a post's paragraphs are direct children of the record (threaded
    comments, bare ``<p>`` runs), the text slot is the record itself and its
    header line (name, flair, score, date) is a sibling of the paragraphs. A
    child holding most of the slot's text is never dropped.
    """
    total = _text_len(slot) or 1
    dropped: list[int] = []  # the cut children's mem_ids
    for child in _children(slot):
        if (author_link is not None and _contains(child, author_link)) or _child_dated(child):
            if _text_len(child) < 0.5 * total:
                dropped.append(child.mem_id)
                child.decompose()
    return dropped


def _author(rec: Record, guests: dict[int, str], names: dict[int, str], base: str, page: _Page) -> Author:
    author = Author(name=guests.get(id(rec)) or names.get(id(rec)))
    if rec.author_link is not None:
        author.name = names.get(id(rec)) or page.name_text(page.index(rec.author_link)) or None
        author.profile_url = absolute_url(base, (rec.author_link.attrs.get("href") or "").strip())
    return author


def _cut_at(cut: list[int], end: list[int], i: int) -> bool:
    """Is element ``i`` one of the ``cut`` elements or inside one (subtrees are number ranges)?"""
    for c in cut:
        if c <= i < end[c]:
            return True
    return False


def _cuts_inside(page: _Page, s: int, cut: list[int]) -> list[int] | None:
    """The cut elements inside slot ``s``, in document order; None when the copy cannot tell: a cut not known by
    number (-1), or the slot itself inside a cut (shared by :func:`_classed_below` and :func:`_text_from_copy`)."""
    if -1 in cut:
        return None
    end = page.end
    stop = end[s]
    inner: list[int] = []
    for c in cut:
        if c <= s < end[c]:
            return None
        if s < c < stop:
            inner.append(c)
    inner.sort()
    return inner


def _classed_below(page: _Page, s: int, cut: list[int]) -> list[int] | None:
    """The elements below slot ``s`` still in the tree whose class names a signature block, in document order; None when the copy cannot tell.

    Why: ``slot.css("[class]")`` builds a node object and an attribute
    dictionary for every classed element of every slot, and the copy holds
    each element's class. The copy is stale where the tree was edited: every
    cut so far must be known by number (none is -1) and the slot itself must
    not sit in one; an element inside a cut one is gone and skipped, as the
    selector search would not list it.
    """
    inner = _cuts_inside(page, s, cut)
    if inner is None:
        return None
    end = page.end
    stop = end[s]
    out: list[int] = []
    k, j = 0, s + 1
    while j < stop:
        while k < len(inner) and inner[k] < j:
            k += 1
        if k < len(inner) and inner[k] == j:
            j = end[j]
            continue
        cls = page.class_of(j)
        if cls and _signature_classed(cls):
            out.append(j)
        j += 1
    return out


def _dated_below(page: _Page, s: int, cut: list[int]) -> bool | None:
    """:func:`_holds_date` of slot ``s`` from the copy (its list of date-marked elements), or None when the copy cannot tell (see :func:`_classed_below`)."""
    if -1 in cut:
        return None
    end = page.end
    if _cut_at(cut, end, s):
        return None
    stamps = page.dated_elements()
    k = bisect_right(stamps, s)
    stop = end[s]
    while k < len(stamps) and stamps[k] < stop:
        if not _cut_at(cut, end, stamps[k]):
            return True
        k += 1
    return False


def _text_from_copy(page: _Page, s: int, cut: list[int]) -> str | None:
    """``node_text(page.nodes[s])`` read from the copy (its indexed texts, tags and subtree ends), or None when the copy cannot tell (see :func:`_classed_below`).

    Why: ``node_text`` walks the slot's nodes in the tree, a node object (and
    an iterator of children) for each, for every post; the copy holds the
    same nodes in document order. Element ``j``'s text nodes are the run
    ``tstart[j]`` to ``tend[j]``, and a text node comes before element ``j``
    when its number is below ``tstart[j]``, so one pass over the slot's
    elements, the text nodes taken up to each, gives the walk's order: a
    block element's line break before its first text node and after its
    last node (an element ending at or before ``j``, or a text at or past
    its run's end). Elements cut out (every cut known by number, as for
    :func:`_classed_below`) and skipped tags are passed over with their text
    nodes, as the walk never reaches them. The copy has the texts only once
    they are indexed.
    """
    texts = page.texts
    inner = _cuts_inside(page, s, cut)
    if texts is None or inner is None:
        return None
    end = page.end
    stop = end[s]
    tstart, tend, tags = page.tstart, page.tend, page.tag
    out: list[str] = []
    opened: list[int] = []  # the block elements whose closing line break is still due, innermost last
    t, k, j = tstart[s], 0, s
    while j <= stop:
        # The text nodes before element j (all that are left at the slot's end).
        last = tstart[j] if j < stop else tend[s]
        while t < last:
            while opened and tend[opened[-1]] <= t:
                out.append("\n")
                opened.pop()
            # node_text's ``_one_space(text.replace("\n", " "))``, written out
            # here: a call into the other compiled module is a Python call.
            piece = texts[t]
            if "\n" in piece:
                piece = piece.replace("\n", " ")
            out.append(piece if "  " not in piece and piece.isprintable() else _SPACES.sub(" ", piece))
            t += 1
        if j == stop:
            break
        while opened and end[opened[-1]] <= j:
            out.append("\n")
            opened.pop()
        while k < len(inner) and inner[k] < j:
            k += 1
        tag = tags[j]
        gone = k < len(inner) and inner[k] == j
        if gone or tag in SKIP_TAGS or tag == "br":
            if tag == "br" and not gone:
                out.append("\n")
            t = max(t, tend[j])
            j = end[j]
            continue
        if tag in BLOCK_TAGS:
            out.append("\n")
            opened.append(j)
        j += 1
    out.extend("\n" for _ in opened)
    return tidy_lines("".join(out))


_UNKNOWN: Final = "\x00unknown"  # _Permalinks.find could not tell: the tree is searched


class _Permalinks:
    """:func:`_permalink` for every record, from the page's copy.

    Why: the search per record root (``a[rel='bookmark'], a[href*='#']``)
    parsed its selector and walked the record again for each post. The copy
    knows both kinds of link: the links whose href holds a "#" (``hrefs``)
    and the bookmark links (listed by :meth:`_Page._read_marked`'s search,
    with their attributes); a record's are those in its roots' number
    ranges that no cut element holds. A record whose root was cut out (a
    nested reply dropped from its parent's slot), or any cut the copy does
    not know, is left to the tree's own search.
    """

    __slots__ = ("page", "cut", "at")

    def __init__(self, page: _Page, cut: list[int]) -> None:
        self.page, self.cut = page, cut
        self.at: list[int] | None = None

    def _read(self) -> list[int]:
        if self.at is None:
            page = self.page
            if page._stamps is None:
                page._read_marked()
            hrefs = page.hrefs
            self.at = sorted(set(page.bookmarks).union([j for j in page.links if "#" in hrefs[j]]))
        return self.at

    def find(self, rec: Record, slot: LexborNode | None, slot_at: int, base: str) -> str | None:
        page, cut = self.page, self.cut
        end = page.end
        if -1 in cut or len(rec.idx) != len(rec.nodes) or (slot is not None and slot_at < 0):
            return _UNKNOWN
        for root in rec.idx:
            if _cut_at(cut, end, root):
                return _UNKNOWN
        listed = self._read()
        hrefs, known = page.hrefs, page.marked_attrs
        for root in rec.idx:
            k, stop = bisect_left(listed, root), end[root]
            while k < len(listed) and listed[k] < stop:
                j = listed[k]
                k += 1
                if _cut_at(cut, end, j):
                    continue  # gone from the tree
                attrs = known.get(j)
                bookmark = attrs is not None and attrs.get("rel") == "bookmark"
                href = (hrefs[j] if j in hrefs else (attrs.get("href") if attrs is not None else None) or "").strip()
                if (bookmark or _NUMBERED_ANCHOR.search(href)) and not (slot is not None and slot_at <= j < end[slot_at]):
                    return absolute_url(base, href)
        return None


def _permalink(rec: Record, slot: LexborNode | None, base: str) -> str | None:
    """The post's own URL: a bookmark link, else a link to a numbered anchor outside the text."""
    for root in rec.nodes:
        for a in root.css("a[rel='bookmark'], a[href*='#']"):
            attrs = a.attributes  # built anew on each access: read once
            href = (attrs.get("href") or "").strip()
            # Whether the link is inside the text is asked last: it walks up the tree.
            if (attrs.get("rel") == "bookmark" or _NUMBERED_ANCHOR.search(href)) and not (slot is not None and _contains(slot, a)):
                return absolute_url(base, href)
    return None


def _shown_date(nodes: list[int] | None, page: _Page) -> str | None:
    return shown_timestamp_iso(" ".join(page.raw_text(nodes[0]).split())) if nodes else None


def _name_slot(records: list[Record], per_record: list[dict], text_path: tuple | None, page: _Page, table: _Paths) -> dict[int, str]:
    """Names for records whose profile link is an icon: the first slot with a short, varying, name-like text."""
    labels = {" ".join(page.raw_text(page.index(r.author_link)).split()) for r in records if r.author_link is not None}
    if len(labels) != 1 or len(records) < MIN_RECORDS:
        return {}  # the author links carry the names themselves
    counts: dict[int, int] = {}
    values: dict[int, set] = defaultdict(set)
    order: dict[int, int] = {}
    inside = table.under(text_path)
    # Only a path found in half the records can be the slot: the others' texts are not read.
    found = _path_tally(per_record)
    for paths in per_record:
        for pos, (path, nodes) in enumerate(paths.items()):
            if path in inside or found[path] < 0.5 * len(records):
                continue
            text = _slot_name(page.text(nodes[0]))
            if _name_like(text):
                counts[path] = counts.get(path, 0) + 1
                values[path].add(text)
                order[path] = min(order.get(path, pos), pos)
    usable = [p for p in counts if counts[p] >= 0.5 * len(records) and len(values[p]) >= 2]
    if not usable:
        return {}
    slot = min(usable, key=lambda p: order[p])
    out = {}
    for rec, paths in zip(records, per_record):
        nodes = paths.get(slot)
        if nodes:
            out[id(rec)] = clean_name(page.text(nodes[0]))
    return out


def _guest_names(records: list[Record], per_record: list[dict], page: _Page, table: _Paths) -> dict[int, str]:
    """Names of posters without a profile link (guests), from where the others' links sit.

    The author link's parent path is the name slot; a record without the link
    that has a short name-like text in that slot was written by a guest.
    """
    where: Counter = Counter()
    for rec, paths in zip(records, per_record):
        if rec.author_link is None:
            continue
        link = page.index(rec.author_link)
        for path, nodes in paths.items():
            if link in nodes:
                where[table.tuples[path][:-1]] += 1
                break
    if not where:
        return {}
    slot = where.most_common(1)[0][0]
    loose = _loose(slot)
    names: dict[int, str] = {}
    for rec, paths in zip(records, per_record):
        if rec.author_link is not None:
            continue
        # The exact slot first; then the same place by tags alone, because a
        # guest's name element often carries other classes than a member's
        # ("u guest" for "u", "no-profile-rank" for "has-profile-rank").
        # Then one level up: a member's name link may be wrapped ("<h3><strong><a>")
        # where a guest's name is the wrapper's own text ("<h3>Name</h3>").
        for want in (loose, loose[:-1]):
            if len(want) < 2:
                break
            nodes = (paths.get(table.ids.get(slot, -1)) if want is loose else None) or next((ns for p, ns in paths.items() if _loose(table.tuples[p]) == want), [])
            text = next((t for t in map(page.name_text, nodes) if _name_like(t)), "")
            if text:
                names[id(rec)] = text
                break
    return names


def _loose(path: tuple) -> tuple:
    """A slot path by tags only: no classes, no ranks."""
    return (path[0],) + tuple(str(step).split("#")[0].split(".")[0] for step in path[2:])


def _largest_without(rec: Record) -> LexborNode | None:
    """A record whose markup differs from the others (a lead post): its largest block without the author."""
    best, best_len = None, 0
    for root in rec.nodes:
        for node in [root, *root.traverse(include_text=False)]:
            if node.tag in _NOT_RECORD or _contains(node, rec.author_link):
                continue
            length = _text_len(node)
            if length > best_len:
                best, best_len = node, length
    return best


def lead_record(main: LexborNode | None, induced: InducedThread) -> Record | None:
    """The lead post, when the page's main text sits outside the records in markup of its own.

    Its block is the highest ancestor of the main text that holds no record. It
    is a post, not an article above its comments or beside its teasers, only if
    it names its author with a link of the page's profile template *and*
    carries the records' own controls: the short link and button labels
    ("Reply", "Report", "Like") that every record repeats.
    """
    if main is None or induced.shape is None:
        return None
    around: set[int] = set()
    for rec in induced.records:
        node = rec.nodes[0].parent
        while node is not None:
            around.add(node.mem_id)
            node = node.parent
    if main.mem_id in around:
        return None  # the main text's block holds the records: it is their list, not a lead post
    block = main
    while block.parent is not None and block.parent.mem_id not in around and block.parent.tag != "body":
        block = block.parent
    controls = _controls(induced.records)
    if not controls:
        return None
    shared = controls & _labels([block])
    if len(shared) < 1:
        return None
    page = induced.page
    if page is None:
        return None
    at = page.at.get(block.mem_id)
    if at is None:
        return None
    for a, shape, text in _links([at], page):
        if shape == induced.shape and _name_like(text):
            return Record([block], page.nodes[a], lead=True, idx=[at])
    return None


def _labels(nodes: list[LexborNode]) -> set[str]:
    out = set()
    for root in nodes:
        for n in root.css("a, button"):
            # Counts are dropped, not the label: "Like 24" on the lead post and
            # "Like 17" on a reply are the same control.
            text = " ".join(_DIGITS.sub(" ", n.text(deep=True, separator=" ")).split())
            if 0 < len(text) <= 20 and any(ch.isalpha() for ch in text):
                out.add(text.lower())
    return out


def _controls(records: list[Record]) -> set[str]:
    """Link and button labels found in nearly every record."""
    counts: Counter = Counter()
    for rec in records:
        counts.update(_labels(rec.nodes))
    return {label for label, n in counts.items() if n >= 0.8 * len(records)}


# Last: the compiled twin of this module replaces its names when it was built
# from this very source (see eventwire.ingest._accel); None means pure Python.
COMPILED: str | None = adopt(globals(), __name__, __file__)
