"""Article pages: main text and metadata with trafilatura, plus JSON-LD for what it misses.

A balanced trafilatura pass on the page with its hidden elements removed, in
its fast mode unless that comes out short (see :func:`extract_main` for why
this cascade, and why not a precision pass). Tables
are kept: they are body text on many news pages (results, casualty counts),
and excluding them together with favouring precision can leave nothing.

Reader comments are not extracted (``include_comments=False``): an article
Document holds the article's own text only, so a commenter's words are never
attributed to the outlet. Forum-paste cleaning is not applied either (see
:func:`clean_article_text`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import trafilatura
from lxml.html import HtmlElement
from selectolax.lexbor import LexborHTMLParser, LexborNode
from trafilatura import metadata as tmeta
from trafilatura.utils import load_html

from ..model import Author, Document, Post
from ..resources import json_data
from ..values import domain_of
from ._dom import node_text, parse_html
from .forum.generic import signed_blocks, strip_signers
from ._values import shown_timestamp_iso
from .passages import clean_article_text

_JSONLD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage"}


def _jsonld_objects(html: str) -> list[dict]:
    objects: list[dict] = []
    for block in _JSONLD.findall(html):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                objects.append(item)
                stack.extend(v for v in item.get("@graph", []) if isinstance(v, dict))
    return objects


def _name(value) -> str | None:
    if isinstance(value, list):
        names = [_name(v) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        return value.get("name")
    return value if isinstance(value, str) else None


def _jsonld_meta(html: str) -> dict:
    """Author, date, headline and publisher from a page's schema.org article object."""
    for obj in _jsonld_objects(html):
        types = obj.get("@type")
        types = set(types) if isinstance(types, list) else {types}
        if types & _ARTICLE_TYPES:
            return {
                "author": _name(obj.get("author")),
                "published": obj.get("datePublished"),
                "title": obj.get("headline"),
                "site": _name(obj.get("publisher")),
            }
    return {}


# htmldate's extensive search runs a multi-language date parser over free text;
# on some pages that is most of the reading time. The page's own markup (meta
# tags, JSON-LD, <time>) still gives the date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Inline styles that hide an element from every reader of the page.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _drop_hidden(tree: HtmlElement) -> None:
    """Remove elements the page hides (``hidden``, ``display:none``, ``visibility:hidden``).

    Why: a balanced extraction keeps them (hidden duplicates, templates,
    collapsed "more" panels), and no reader of the page sees them. The text
    after a hidden element (its tail) stays.
    """
    for node in tree.xpath("//body//*[@hidden or @style]"):
        if node.get("hidden") is not None or _HIDDEN_STYLE.search(node.get("style") or ""):
            node.drop_tree()


@dataclass
class _Meta:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    declared: str | None = None  # the title the page declares (meta tags, JSON-LD, <title>), not a heading


def _page_meta(tree: HtmlElement, url: str | None, byline: Callable[[], str | None], *, need_date: bool = True) -> _Meta:
    """Title, author, date, site name and URL, from the page's meta tags and JSON-LD first.

    trafilatura's full metadata pass also collects categories, tags and a
    licence, which eventwire does not use and which cost about a fifth of the
    reading time; title, date, site name and URL come from the same trafilatura
    functions, in the same order of trust. ``need_date=False`` skips the date
    search (about 3 ms a page) when the caller already has the page's date.
    Without an author in the meta tags or JSON-LD, ``byline`` (the page's
    :func:`find_byline`) is asked for one, not
    trafilatura's byline search: that search copies the page and tests every
    element with regular expressions (12 ms a page on average, a third of a
    second on a long Wikipedia page).
    """
    meta = tmeta.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a one-word meta author is a site handle, not a byline
    try:
        meta = tmeta.extract_meta_json(tree, meta)
    except (ValueError, TypeError, AttributeError, KeyError):
        pass  # malformed JSON-LD: the other sources still apply
    declared = meta.title or _title_element(tree)
    title = meta.title or tmeta.extract_title(tree)
    author = meta.author or byline()
    page_url = meta.url or tmeta.extract_url(tree, url)
    date = tmeta.find_date(tree, url=page_url, **_DATE_PARAMS) if need_date else None
    site = meta.sitename or tmeta.extract_sitename(tree)
    if site:
        site = site.lstrip("@")
        if site and "." not in site and not site[0].isupper():
            site = site.title()
    return _Meta(title=title, author=author, date=date, sitename=site or None, url=page_url, declared=declared)


def _title_element(tree: HtmlElement) -> str | None:
    node = tree.find(".//head/title")
    text = " ".join((node.text_content() if node is not None else "").split())
    return text or None


@dataclass(frozen=True)
class _BylineWords:
    marks: tuple[str, ...]  # every mark, for the word-level test
    suffixes: frozenset[str]
    regions: frozenset[str]
    lead: tuple[str, ...]  # longest first: "written by" before "by"
    months: frozenset[str]
    selectors: tuple[str, ...]  # the queries, in turn: the common marks first


def _selector(marks: list[str], *, schema: bool) -> str:
    # Substrings, case-insensitively: the word-level test in _is_mark then
    # drops "authorization", "authority". A mark containing another ("autore",
    # "autor") needs no query of its own.
    queried = [m for m in marks if not any(o != m and o in m for o in marks)]
    parts = [f"[{attr}*={m} i]" for attr in ("class", "id") for m in queried]
    if schema:
        # schema.org's property name and the rel value are English on every page.
        parts += ["[itemprop*=author i]", "[rel~=author i]"]
    return ", ".join(parts)


@cache
def _byline_words() -> _BylineWords:
    data = json_data("ingest/data/byline_words.json")
    return _BylineWords(
        marks=tuple(data["marks"] + data["more_marks"]),
        suffixes=frozenset(data["mark_suffixes"]),
        regions=frozenset(data["regions"]),
        lead=tuple(sorted((w.lower() for w in data["lead_words"]), key=len, reverse=True)),
        months=frozenset(data["months"]),
        selectors=(_selector(data["marks"], schema=True), _selector(data["more_marks"], schema=False)),
    )


_ATTR_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _attr_words(value: str | None) -> list[str]:
    """An attribute value's words: split on punctuation and camel case ("FeatureByline" → feature, byline)."""
    return [w.lower() for w in _ATTR_WORD.findall(value or "")]


def _is_mark(word: str, words: _BylineWords) -> bool:
    """Does one word of a class or id name a byline ("byline", "byauthor", "authorname", not "authority")?"""
    for mark in words.marks:
        if word == mark or (word.endswith(mark) and len(word) > len(mark)):
            return True
        if word.startswith(mark) and word[len(mark):] in words.suffixes:
            return True
    return False


def _marked(node: LexborNode, words: _BylineWords) -> int | None:
    """How strongly the element says it is a byline: 0 schema.org or rel=author, 1 a class or id word, None not."""
    attrs = node.attributes
    if "author" in _attr_words(attrs.get("itemprop")) or "author" in (attrs.get("rel") or "").lower().split():
        return 0
    if any(_is_mark(w, words) for attr in ("class", "id") for w in _attr_words(attrs.get(attr))):
        return 1
    return None


_ASIDE_TAGS = frozenset({"aside", "nav", "footer"})
_ARTICLE_TAGS = frozenset({"article", "main"})


def _in_other_region(node: LexborNode, words: _BylineWords) -> bool:
    """Is the element, or a container of it, reader comments, a sidebar, a teaser list or a widget?

    Why: those carry other people's bylines (commenters, the authors of other
    stories, "follow this author" boxes), and a page's own byline is never
    inside them. An ``aside`` or ``footer`` inside the ``article`` (or
    ``main``) is the article's own: pages print the byline there.
    """
    aside = False
    current: LexborNode | None = node
    while current is not None and current.tag != "body":
        if current.tag in _ASIDE_TAGS:
            aside = True
        elif current.tag in _ARTICLE_TAGS:
            return False if aside else _worded(current, words)
        if _worded(current, words):
            return True
        current = current.parent
    return aside


def _worded(node: LexborNode, words: _BylineWords) -> bool:
    attrs = node.attributes
    return bool(attrs) and any(w in words.regions for attr in ("class", "id") for w in _attr_words(attrs.get(attr)))


_DIGIT = re.compile(r"\d")
_NOT_IN_NAMES = re.compile(r"[@*#=<>{}\[\]|/\\]")
_BYLINE_CUT = re.compile(r"\s[|•·—–]\s|\s[|•·]|[|•·]\s")
MAX_BYLINE_CHARS = 100
MAX_BYLINE_WORDS = 10
MAX_BYLINE_BLOCK_CHARS = 300  # a byline element with a date, a job title or a short note; more is a container
_CONTAINERS = frozenset({"html", "body", "main", "article"})


def _drop_lead(text: str, words: _BylineWords) -> str:
    low = text.lower()
    for lead in words.lead:
        if low.startswith(lead) and (len(text) == len(lead) or not text[len(lead)].isalnum() or not lead[-1].isalnum()):
            return text[len(lead):].lstrip(" :\t")
    return text


def _byline_name(text: str, words: _BylineWords) -> str | None:
    """The name in a byline element's text: without "By", the date or a job title after it; None if it is no name.

    Why: bylines print the name between a lead word ("By", "Par") and a date
    ("March 25, 2015"), a separator ("|") or a second line (a job title).
    """
    lines = [line for line in text.split("\n") if line.strip()]
    while lines and not _drop_lead(lines[0].strip(), words):
        lines.pop(0)  # "By" on a line of its own
    if not lines:
        return None
    name = _BYLINE_CUT.split(_drop_lead(lines[0].strip(), words), maxsplit=1)[0]
    kept: list[str] = []
    tokens = name.split()
    for i, token in enumerate(tokens):
        bare = token.strip(",.;:()").lower()
        if token[0].isdigit() or (bare in words.months and i + 1 < len(tokens) and tokens[i + 1][0].isdigit()):
            break  # a date starts here
        digit = _DIGIT.search(token)
        if digit:
            kept.append(token[: digit.start()])  # "Nolan22 Dec": a date printed without a space
            break
        kept.append(token)
    if len(kept) < len(tokens) and kept and kept[-1].endswith(":"):
        return None  # "Last Updated: January 7": a label before a date
    name = " ".join(kept).strip(" ,;:|-–—")
    if not (2 < len(name) <= MAX_BYLINE_CHARS) or len(kept) > MAX_BYLINE_WORDS:
        return None
    cased = [w for w in name.split() if w[0].isalpha() and w[0].lower() != w[0].upper()]
    if cased and sum(w[0].islower() for w in cased) * 2 >= len(cased):
        return None  # a phrase ("A note from …"): in a cased script a name's words are mostly capitalised
    if _NOT_IN_NAMES.search(name) or not any(c.isalpha() for c in name):
        return None  # a handle, an address, a link or decoration ("*****Notes*****"), not a name
    if any(_is_mark(w, words) for w in _attr_words(name)):
        return None  # a label ("Follow Author", "Autor"), not a name
    return name


def _byline_text(node: LexborNode) -> str:
    if node.tag == "meta":
        return node.attributes.get("content") or ""
    # The microdata name inside an author element (a query can match the element itself).
    named = next((n for n in node.css("[itemprop=name]") if n.mem_id != node.mem_id), None)
    if named is not None:
        return (named.attributes.get("content") or "") if named.tag == "meta" else node_text(named)
    return node_text(node)


def find_byline(tree: LexborHTMLParser) -> str | None:
    """The article's author from its byline markup, or None.

    Looked for, in this order: elements that schema.org microdata marks as the
    author (``itemprop="author"``, its ``name`` inside when it has one) and
    ``rel="author"`` links; then elements whose class or id names a byline
    (``byline``, ``author``, ``writer``, in several languages: see
    ``ingest/data/byline_words.json``; the common words "author" and "byline"
    first, the others only when those give no name: each word is one more
    query over the page). Within each kind the first one in the page that
    holds a name wins; elements inside reader comments, sidebars, teaser lists
    and "follow" boxes are skipped (other people's bylines), and so are
    containers (``body``, or more than ``MAX_BYLINE_BLOCK_CHARS`` of text: a
    page or section whose class says "author"). The name is the element's
    first line without its lead word ("By", "Par"), cut before a date or a
    separator. Why here and not trafilatura's byline search: one
    selector query on the tree already parsed for the thread check costs a
    fraction of a millisecond; trafilatura's search copies the page and runs
    regular expressions over every element.
    """
    body = tree.body
    if body is None:
        return None
    words = _byline_words()
    for selector in words.selectors:
        name = _first_byline(body.css(selector), words)
        if name:
            return name
    return None


def _first_byline(found: list[LexborNode], words: _BylineWords) -> str | None:
    ranked: list[tuple[int, int, LexborNode]] = []
    for order, node in enumerate(found):
        rank = _marked(node, words)
        if rank is not None:
            ranked.append((rank, order, node))
    for _, _, node in sorted(ranked, key=lambda r: r[:2]):
        if node.tag in _CONTAINERS or _in_other_region(node, words):
            continue
        text = _byline_text(node)
        if len(text) > MAX_BYLINE_BLOCK_CHARS:
            continue  # a section or a page about the author, not a byline
        name = _byline_name(text, words)
        if name:
            return name
    return None


# A fast-pass text shorter than this (about two paragraphs) is checked by the full pass;
# a page whose main prose block is shorter takes the full pass alone.
SHORT_TEXT_CHARS = 1000
# A fast-pass text shorter than this share of the page's main prose block missed part of the body.
SHORT_PROSE_SHARE = 0.5


def extract_main(html: str, url: str | None = None, *, need_date: bool = True, prose_chars: int = 0,
                 byline: Callable[[], str | None] | None = None):
    """trafilatura's main text (balanced, tables kept, comments left out) and the page's metadata.

    A balanced pass on the page with its hidden elements removed. It runs in
    trafilatura's fast mode (its main extractor alone), and in full (the main
    extractor compared with readability and justext) when the fast text is
    short: under ``SHORT_TEXT_CHARS``, or under ``SHORT_PROSE_SHARE`` of
    ``prose_chars`` (the length of the page's main prose block, see
    :func:`eventwire.ingest._dom.main_text_block`). A page whose main prose
    block is itself under ``SHORT_TEXT_CHARS`` (or not measured: 0) takes the
    full pass alone: its fast pass would most likely come out short, and on
    short results trafilatura already retries in recall mode, so the fast
    pass there can cost as much as the full one. Why: the comparison costs about a
    sixth of the reading time and, on the 130 readability pages, changes the
    text of 7 pages only: on the 5 where the main extractor found a fraction
    of the body (150–900 characters) it recovers the rest, and on 2 long
    pages it replaces a right text with a longer, wrong one. A precision pass
    is not used: it drops body text on pages whose text is spread over
    several blocks (embedded videos, product pages); removing hidden elements
    recovers what it was protecting against. ``byline`` finds the author when
    the meta tags do not give one (by default :func:`find_byline` on a parse of
    ``html``).
    """
    tree = load_html(html)
    if tree is None:
        return None, _Meta()
    meta = _page_meta(tree, url, byline or (lambda: find_byline(parse_html(html))), need_date=need_date)
    _drop_hidden(tree)
    # A page whose main prose block is short would most likely come out short
    # from the fast pass too: the full pass is run alone.
    extracted = _extract(tree, url, fast=True) if prose_chars >= SHORT_TEXT_CHARS else None
    if extracted is None or _short(extracted, prose_chars):
        extracted = _extract(tree, url, fast=False)
    return extracted, meta


def _extract(tree: HtmlElement, url: str | None, *, fast: bool):
    # bare_extraction copies a tree it is given: the same tree serves both passes.
    return trafilatura.bare_extraction(
        tree, url=url, fast=fast, include_comments=False, include_tables=True, favor_precision=False, with_metadata=False,
    )


def _short(extracted, prose_chars: int) -> bool:
    length = len((extracted.text or "") if extracted is not None else "")
    return length < SHORT_TEXT_CHARS or length < SHORT_PROSE_SHARE * prose_chars


_LIVE_BLOG = "LiveBlogPosting"  # schema.org's type for a live blog, in JSON-LD or microdata
MIN_LIVE_ENTRIES = 3


def _declares_live_blog(html: str) -> bool:
    if _LIVE_BLOG not in html:
        return False  # cheap test first: almost no page says it
    for obj in _jsonld_objects(html):
        types = obj.get("@type")
        if _LIVE_BLOG in (types if isinstance(types, list) else [types]):
            return True
    return f'schema.org/{_LIVE_BLOG}' in html  # microdata itemtype


def live_blog_text(html: str) -> str | None:
    """A declared live blog's text: its entries in page order, each without its reporter's name.

    Why: trafilatura reads a live blog's feed as running text, but keeps each
    entry's reporter name as a line of its own, drops the entries' time stamps
    and keeps notes printed below the feed ("This live page is no longer being
    updated"). The entries are the page's repeated blocks that each carry an
    author-like element (``liveBlogUpdate`` microdata first); their text is
    read with the names taken out, and lines every entry repeats ("Share this
    update") are dropped. Only pages that declare themselves a live blog
    (schema.org ``LiveBlogPosting``) are read this way: on other pages the
    same shape is a list of teasers or a serial column.
    """
    if not _declares_live_blog(html):
        return None
    tree = parse_html(html)
    entries = tree.css("[itemprop='liveBlogUpdate']") or signed_blocks(tree)
    if len(entries) < MIN_LIVE_ENTRIES:
        return None
    texts = []
    for entry in entries:
        strip_signers(entry)
        texts.append(node_text(entry).split("\n"))
    every = set.intersection(*(set(lines) for lines in texts))
    text = "\n".join(line for lines in texts for line in lines if line not in every)
    return text or None


_WORD = re.compile(r"\w+")
LIVE_SHARE = 0.5  # the entries must hold this share of the words trafilatura found


def _holds_most_of(entries: str, article: str) -> bool:
    """Do the live blog's entries hold most of the words of trafilatura's reading of the page?

    Why: the repeated signed blocks of a live blog that also has reader
    comments may be the comments; the entries replace trafilatura's text only
    when they are the text it found (less the names, plus the times).
    """
    want = Counter(_WORD.findall(article.lower()))
    if not want:
        return True
    got = Counter(_WORD.findall(entries.lower()))
    return sum((got & want).values()) >= LIVE_SHARE * sum(want.values())


_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " · ", ": ")


def _is_declared_title(line: str, declared: str | None) -> bool:
    """The line is the page's title, alone or beside the site name ("Headline - Site")."""
    if not line or not declared:
        return False
    declared = " ".join(declared.split())
    line = " ".join(line.split())
    if line == declared:
        return True
    return any(declared.startswith(line + sep) or declared.endswith(sep + line) for sep in _TITLE_SEPARATORS)


def read_article(html: str, *, url: str | None = None, prose_chars: int = 0, tree: LexborHTMLParser | None = None) -> Document:
    """The article's text and metadata.

    ``prose_chars`` is its main prose block's length, when measured (see
    :func:`extract_main`); ``tree`` is the page already parsed by the caller,
    searched for the byline (see :func:`find_byline`) instead of a new parse.
    A thread check that found no thread may have edited it (a reader that
    found records but kept no post cuts their quotes, signatures and repeated
    chrome); the byline search reads what is left rather than parse the page
    again, a rare loss against a millisecond on every article page.
    """
    meta = _jsonld_meta(html)
    declared_date = shown_timestamp_iso(meta.get("published"))
    byline = (lambda: find_byline(tree)) if tree is not None else None
    # The article object's datePublished is trusted first: the date search only runs without it.
    extracted, found = extract_main(html, url, need_date=not declared_date, prose_chars=prose_chars, byline=byline)
    if extracted is None:
        return Document(url=url, source_domain=domain_of(url), kind="article")
    title = found.title or meta.get("title")
    text = extracted.text or ""
    live = live_blog_text(html)
    if live and _holds_most_of(live, text):
        text = live
    # trafilatura repeats the headline as the first line of the text; it is
    # metadata when it is the page's declared title. A heading that says
    # something else than the declared title is the article's own text.
    first, _, rest = text.partition("\n")
    if _is_declared_title(first.strip(), found.declared or meta.get("title") or title):
        text = rest.lstrip("\n")
    cleaned = clean_article_text(text)
    post = Post(
        author=Author(name=found.author or meta.get("author")),
        published=declared_date or found.date,
        text=cleaned.text,
        links=cleaned.links,
        removed_passages=cleaned.removed,
    )
    return Document(
        url=url or found.url,
        source_domain=domain_of(url or found.url),
        site_name=found.sitename or meta.get("site"),
        title=title,
        published=post.published,
        language=None,
        kind="article",
        posts=[post],
    )
