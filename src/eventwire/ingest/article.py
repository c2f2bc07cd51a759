"""Article pages: main text and metadata with trafilatura, plus JSON-LD for what it misses."""

from __future__ import annotations

import json
import re

import trafilatura

from ..model import Author, Document, Post
from ..values import domain_of
from ._values import shown_timestamp_iso
from .passages import clean_post_text

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


def read_article(html: str, *, url: str | None = None) -> Document:
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    meta = _jsonld_meta(html)
    if extracted is None:
        return Document(url=url, source_domain=domain_of(url), kind="article")
    title = extracted.title or meta.get("title")
    text = extracted.text or ""
    # trafilatura repeats the headline as the first line of the text; it is metadata.
    if title and text.startswith(title):
        text = text[len(title) :].lstrip("\n")
    cleaned = clean_post_text(text)
    post = Post(
        author=Author(name=extracted.author or meta.get("author")),
        published=shown_timestamp_iso(meta.get("published")) or extracted.date,
        text=cleaned.text,
        links=cleaned.links,
        removed_passages=cleaned.removed,
    )
    return Document(
        url=url or extracted.url,
        source_domain=domain_of(url or extracted.url),
        site_name=extracted.sitename or meta.get("site"),
        title=title,
        published=post.published,
        language=extracted.language,
        kind="article",
        posts=[post],
    )
