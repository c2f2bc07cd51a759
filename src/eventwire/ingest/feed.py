"""RSS and Atom feeds: one Document per item, its HTML content turned into text."""

from __future__ import annotations

import html as htmllib
import re
import time
from collections.abc import Iterator

import feedparser

from ..errors import EventwireError, Reason, RejectedInput
from ..model import Author, Document, Post
from ..values import domain_of
from ._dom import node_text, parse_html
from ._limits import MAX_RECORDS, READER_FAULTS, bounded_html
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


def read_feed(text: str, *, name: str = "", max_records: int = MAX_RECORDS) -> Iterator[Document | RejectedInput]:
    """One Document per item; a damaged item is rejected alone, named by its number."""
    parsed = feedparser.parse(text)
    if not parsed.entries:
        yield RejectedInput(Reason.PARSE_ERROR, f"{name or 'feed'}: no items in the feed", input_name=name)
        return
    site = _plain(parsed.feed.get("title"))
    for i, entry in enumerate(parsed.entries):
        where = f"{name or 'feed'} item {i + 1}"
        if i >= max_records:
            yield RejectedInput(Reason.TOO_LARGE, f"{where}: over {max_records:,} items in one feed; the rest were not read",
                                input_name=where)
            return
        try:
            yield _item(entry, site, where)
        except RejectedInput as exc:
            yield exc
        except EventwireError as exc:
            yield RejectedInput(Reason.BAD_RECORD, f"{where}: {exc.message}", input_name=where)
        except READER_FAULTS as exc:
            yield RejectedInput(Reason.BAD_RECORD, f"{where}: {type(exc).__name__}: {exc}", input_name=where)


def _item(entry, site: str | None, where: str) -> Document:
    html = bounded_html(_entry_html(entry), name=where)
    body = parse_html(f"<div>{html}</div>").css_first("div")
    cleaned = clean_post_text(node_text(body) if body is not None else html)
    url = entry.get("link")
    url = url if isinstance(url, str) else None
    if not cleaned.text:
        raise RejectedInput(Reason.NO_TEXT, f"{where} ({url or 'no link'}) has no text", input_name=where)
    published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
    post = Post(author=Author(name=entry.get("author")), published=published, text=cleaned.text,
                links=cleaned.links, removed_passages=cleaned.removed)
    return Document(url=url, source_domain=domain_of(url), site_name=site, title=_plain(entry.get("title")),
                    published=published, kind="feed_item", posts=[post])
