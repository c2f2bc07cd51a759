"""What every forum engine parser shares: a declarative spec of where things are
in the engine's markup, and one routine that turns a spec into posts.

An engine module only says *where* (CSS selectors, attributes); *how* to read a
sidebar pair, a date, a quote or a body is the same for all of them. Adding an
engine is writing a spec and a detector.
"""

from __future__ import annotations

from collections.abc import Callable
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ...model import Author, Document, Post, Quote
from ...values import domain_of
from .._values import parse_count, shown_date_iso, shown_timestamp_iso
from .._dom import absolute_links, node_text
from ..passages import clean_post_text
from ..sidebar import assign_field, label_key


@dataclass(frozen=True)
class EngineSpec:
    name: str
    post: str  # one container per post
    body: str  # the post's own text, inside the container
    author: str = ""
    author_attr: str = ""  # attribute on the container holding the author's name
    profile: str = ""
    rank: str = ""
    pairs: str = ""  # sidebar label/value containers (dl, li, dd …)
    published: str = ""  # element with a datetime attribute, or with the date as text
    permalink: str = ""
    quote: str = ""
    quote_author: Callable[[LexborNode], str | None] = lambda q: None
    quote_text: str = ""  # where the quoted text is, inside a quote block
    quote_chrome: tuple[str, ...] = ()  # parts of a quote block that are not quoted text
    drop: tuple[str, ...] = ()  # parts of the body that are not the post (signatures, buttons)
    title: str = "h1"
    permalink_of: Callable[[LexborNode], str | None] | None = None  # when no element holds it
    body_optional: bool = False  # no body element: the whole container is the post
    dayfirst: bool = False


@dataclass
class Engine:
    spec: EngineSpec
    detect: Callable[[LexborHTMLParser], bool]
    extra: dict = field(default_factory=dict)
    # A selector list that matches on every page ``detect`` accepts (a
    # necessary condition, "" for none): the pages where no engine's marks
    # match are ruled out by one selector search instead of one per engine.
    marks: str = ""


def _text(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    value = " ".join(node.text(deep=True, separator=" ").split())
    return value or None


def _first(node: LexborNode, selector: str) -> LexborNode | None:
    """First match of the first alternative that matches: a spec's selector lists are in priority order."""
    for alternative in selector.split(", ") if selector else []:
        found = node.css_first(alternative)
        if found is not None:
            return found
    return None


def _pairs(container: LexborNode) -> list[tuple[str, str]]:
    """Label/value pairs of one sidebar container, in whatever shape the engine prints them."""
    if container.tag == "dl":
        labels = container.css("dt")
        values = container.css("dd")
        return [(_text(dt) or "", _value(dd)) for dt, dd in zip(labels, values)]
    label = container.css_first("dt, label, strong, .pairs-label, .label")
    if label is None:
        return []
    label_text = _text(label) or ""
    whole = _value(container)
    value = whole[len(label_text) :] if whole.startswith(label_text) else whole.replace(label_text, "", 1)
    return [(label_text, value.strip(" :\u00a0"))]


def _value(node: LexborNode) -> str:
    """A value's text; a flag image's alt text when the value is only an image."""
    text = _text(node)
    if text:
        return text
    img = node.css_first("img[alt], img[title], span[title]")
    if img is not None:
        return (img.attributes.get("alt") or img.attributes.get("title") or "").strip()
    return ""


def _author(spec: EngineSpec, post: LexborNode, base: str | None) -> Author:
    author = Author()
    name_node = _first(post, spec.author)
    author.name = (post.attributes.get(spec.author_attr) if spec.author_attr else None) or _text(name_node)
    profile = _first(post, spec.profile)
    if profile is not None and profile.attributes.get("href"):
        author.profile_url = absolute_url(base or "", profile.attributes["href"] or "")
    author.rank = _text(_first(post, spec.rank))
    for container in post.css(spec.pairs) if spec.pairs else []:
        for label, value in _pairs(container):
            key = label_key(label)
            if key:
                assign_field(author, key, value)
    return author


def _published(spec: EngineSpec, post: LexborNode) -> str | None:
    node = _first(post, spec.published)
    if node is None:
        return None
    for attr in ("datetime", "data-time", "content", "title"):
        value = node.attributes.get(attr)
        if value:
            if attr == "data-time" and value.isdigit():
                return datetime.fromtimestamp(int(value), tz=timezone.utc).isoformat()
            stamp = shown_timestamp_iso(value, dayfirst=spec.dayfirst)
            if stamp:
                return stamp
    return shown_timestamp_iso(_text(node), dayfirst=spec.dayfirst)


def _top_level(nodes: list[LexborNode]) -> list[LexborNode]:
    """Quote blocks not nested in another quote block (a nested one belongs to its parent)."""
    ids = {n.mem_id for n in nodes}
    out = []
    for n in nodes:
        parent, nested = n.parent, False
        while parent is not None:
            if parent.mem_id in ids:
                nested = True
                break
            parent = parent.parent
        if not nested:
            out.append(n)
    return out


def _quotes(spec: EngineSpec, body: LexborNode) -> list[Quote]:
    quotes = []
    for q in _top_level(body.css(spec.quote)) if spec.quote else []:
        author = spec.quote_author(q)
        source = q.attributes.get("data-source") or q.attributes.get("data-post")
        for sel in spec.quote_chrome:
            for n in q.css(sel):
                n.decompose()
        inner = _first(q, spec.quote_text) or q
        quotes.append(Quote(author=author, text=node_text(inner), source=source))
        q.decompose()
    return quotes


def parse_post(spec: EngineSpec, node: LexborNode, base: str | None) -> Post | None:
    body = _first(node, spec.body) or (node if spec.body_optional else None)
    if body is None:
        return None
    author = _author(spec, node, base)
    published = _published(spec, node)
    link = _first(node, spec.permalink)
    permalink = absolute_url(base or "", link.attributes.get("href") or "") if link is not None else None
    if permalink is None and spec.permalink_of is not None:
        permalink = spec.permalink_of(node)
    for sel in spec.drop:
        for n in body.css(sel):
            n.decompose()
    quotes = _quotes(spec, body)
    links = absolute_links(body)
    cleaned = clean_post_text(node_text(body))
    return Post(
        author=author,
        published=published,
        permalink=permalink,
        text=cleaned.text,
        quotes=quotes,
        links=list(dict.fromkeys(links + cleaned.links)),
        removed_passages=cleaned.removed,
    )


@lru_cache(maxsize=8192)
def absolute_url(base: str, href: str) -> str:
    """``urljoin(base, href)``, kept per pair: a thread links each member's profile once per post, all against one base (``urljoin`` parses both every time)."""
    return urljoin(base, href)


def unique_nodes(nodes: list[LexborNode]) -> list[LexborNode]:
    """A selector list matches an element once per selector; keep each element once."""
    seen: set[int] = set()
    return [n for n in nodes if not (n.mem_id in seen or seen.add(n.mem_id))]


# Boards print naive times and say once per page which zone they are in
# ("All times are GMT +2", "All times are UTC+02:00"); apply it to naive stamps.
_PAGE_ZONE = re.compile(r"All times are (?:GMT|UTC)(?:\s*([+\-−])\s*(\d{1,2})(?:[:.](\d{2}))?)?", re.I)


# The characters other than ASCII letters that a case-insensitive pattern
# matches to an ASCII letter are "İ", "ı" (i), "ſ" (s) and the Kelvin sign
# (k), checked over every code point; str.lower() turns the Kelvin sign into
# "k" but keeps "ı" and "ſ" and makes "İ" two characters.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f")


def lowered_for_literals(text: str) -> str | None:
    """``text.lower()``, in which a lower-case literal of ASCII letters (and "ä") stands wherever a case-insensitive search could find it; None when the text holds a character for which that fails.

    Why: a case-insensitive pattern without a literal prefix is tried at
    every position of the text, through Unicode case tables; a page's text
    or a whole message that lacks the pattern's required words is ruled out
    by a substring test on the lower-cased text, in any script but for the
    three characters of :data:`_ODD_FOLDS`.
    """
    if not text.isascii() and any(c in text for c in _ODD_FOLDS):
        return None
    return text.lower()


def page_offset(tree: LexborHTMLParser, text: str | None = None) -> timezone | None:
    """The page's time zone, from its "All times are …" line; ``text``: the body's text (``body.text(deep=True)``) when the caller has it."""
    if text is None:
        body = tree.body
        text = body.text(deep=True) if body is not None else ""
    # A case-insensitive search tries every position of the page's text; a
    # text without the phrase in lower case cannot match.
    low = lowered_for_literals(text)
    if low is not None and "all times are" not in low:
        return None
    m = _PAGE_ZONE.search(text)
    if not m:
        return None
    minutes = int(m.group(2) or 0) * 60 + int(m.group(3) or 0)
    return timezone(timedelta(minutes=-minutes if (m.group(1) or "+") in "-−" else minutes))


def with_zone(stamp: str | None, zone: timezone | None) -> str | None:
    if not stamp or zone is None or "T" not in stamp:
        return stamp
    parsed = datetime.fromisoformat(stamp)
    return stamp if parsed.tzinfo else parsed.replace(tzinfo=zone).isoformat()


def parse_with(spec: EngineSpec, tree: LexborHTMLParser, url: str | None) -> Document:
    nodes = unique_nodes(tree.css(spec.post))
    posts = [p for p in (parse_post(spec, n, url) for n in nodes) if p is not None]
    zone = page_offset(tree)
    for post in posts:
        post.published = with_zone(post.published, zone)
    title_node = _first(tree.root, spec.title) if tree.root is not None else None
    title = _text(title_node) or _text(tree.css_first("title"))
    return Document(
        url=url,
        source_domain=domain_of(url),
        title=title,
        published=posts[0].published if posts else None,
        kind="forum_thread",
        engine=spec.name,
        posts=posts,
    )


__all__ = ["Engine", "EngineSpec", "absolute_url", "page_offset", "parse_with", "parse_post", "parse_count", "shown_date_iso", "with_zone"]
