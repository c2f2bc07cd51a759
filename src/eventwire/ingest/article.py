"""Article pages: main text and metadata with trafilatura, plus JSON-LD for what it misses.

Extraction cascade: a precision pass (less boilerplate) first; when it returns
nothing, or looks short next to the page's main run of prose, a balanced pass
runs too and is used when the precision pass is much shorter than it. Tables
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

import trafilatura

from ..model import Author, Document, Post
from ..values import domain_of
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


PRECISION_SHARE = 0.8  # a precision pass shorter than this share of the balanced pass lost body text
SUSPICIOUS_SHARE = 0.6  # below this share of the page's main prose, the precision pass is checked


# htmldate's extensive search runs a multi-language date parser over free text;
# on some pages that is most of the reading time. The page's own markup (meta
# tags, JSON-LD, <time>) still gives the date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _extract(html: str, url: str | None, *, precision: bool):
    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_precision=precision,
        date_extraction_params=_DATE_PARAMS,
    )


def _length(extracted) -> int:
    return len(extracted.text or "") if extracted is not None else 0


def extract_main(html: str, url: str | None = None, *, prose_chars: int = 0):
    """trafilatura's result, precision first, balanced when precision lost text (see the module doc)."""
    precise = _extract(html, url, precision=True)
    if _length(precise) and _length(precise) >= SUSPICIOUS_SHARE * prose_chars:
        return precise
    balanced = _extract(html, url, precision=False)
    return balanced if _length(balanced) and _length(precise) < PRECISION_SHARE * _length(balanced) else precise


def read_article(html: str, *, url: str | None = None, prose_chars: int = 0) -> Document:
    """``prose_chars``: length of the page's main run of prose, when known (checks the precision pass)."""
    extracted = extract_main(html, url, prose_chars=prose_chars)
    meta = _jsonld_meta(html)
    if extracted is None:
        return Document(url=url, source_domain=domain_of(url), kind="article")
    title = extracted.title or meta.get("title")
    text = extracted.text or ""
    # trafilatura repeats the headline as the first line of the text; it is metadata.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip():
        text = rest.lstrip("\n")
    cleaned = clean_article_text(text)
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
