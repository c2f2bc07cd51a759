"""RSS and Atom feeds: one Document per item, its HTML content turned into text."""

from __future__ import annotations

import html as htmllib
import re
import time
from collections.abc import Iterator

import feedparser

from ..errors import Reason, RejectedInput
from ..model import Author, Document, Post
from ..values import domain_of
from ._dom import node_text, parse_html
from .passages import clean_post_text


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)


def _entry_html(entry) -> str:
    contents = entry.get("content") or []
    if contents:
        return max((c.get("value") or "" for c in contents), key=len)
    return entry.get("summary") or entry.get("description") or ""


def _plain(title: str | None) -> str | None:
    """Titles of type="html" arrive with markup and entities still in them."""
    if not title:
        return title
    return htmllib.unescape(re.sub(r"<[^>]+>", "", title)).strip()


def read_feed(text: str, *, name: str = "") -> Iterator[Document | RejectedInput]:
    parsed = feedparser.parse(text)
    if not parsed.entries:
        yield RejectedInput(Reason.PARSE_ERROR, f"{name or 'feed'}: no items in the feed", input_name=name)
        return
    site = _plain(parsed.feed.get("title"))
    for i, entry in enumerate(parsed.entries):
        html = _entry_html(entry)
        body = parse_html(f"<div>{html}</div>").css_first("div")
        cleaned = clean_post_text(node_text(body) if body is not None else html)
        url = entry.get("link")
        if not cleaned.text:
            yield RejectedInput(Reason.NO_TEXT, f"{name or 'feed'}: item {i + 1} ({url or 'no link'}) has no text", input_name=name)
            continue
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        post = Post(author=Author(name=entry.get("author")), published=published, text=cleaned.text,
                    links=cleaned.links, removed_passages=cleaned.removed)
        yield Document(url=url, source_domain=domain_of(url), site_name=site, title=_plain(entry.get("title")),
                       published=published, kind="feed_item", posts=[post])
