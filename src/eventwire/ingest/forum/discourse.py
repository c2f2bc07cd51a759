"""Discourse topics, as served to crawlers and inside <noscript>.

Discourse is a JavaScript app; the server-rendered view (the crawler view, and
the same markup inside ``<noscript>`` of the app shell) has one
``div.topic-body.crawler-post`` per post with schema.org microdata. Quotes are
``aside.quote`` with ``data-username``. There is no user sidebar.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ._base import Engine, EngineSpec


def detect(tree: LexborHTMLParser) -> bool:
    meta = tree.css_first("meta[name='generator']")
    generator = (meta.attributes.get("content") or "") if meta is not None else ""
    return generator.startswith("Discourse") or bool(tree.css_first("div.crawler-post, div.topic-body.crawler-post"))


def _permalink(post: LexborNode) -> str | None:
    """Crawler posts carry the topic URL and their position; a post's URL is topic/position."""
    topic = post.css_first("link[itemprop='mainEntityOfPage'], meta[itemprop='mainEntityOfPage']")
    position = post.css_first("[itemprop='position']")
    if topic is None or position is None:
        return None
    url = topic.attributes.get("href") or topic.attributes.get("content") or ""
    number = position.text(strip=True)
    return f"{url.rstrip('/')}/{number}" if url and number.isdigit() else None


SPEC = EngineSpec(
    name="discourse",
    post="div.crawler-post, div.topic-post",
    body="div.post[itemprop='text'], div.post[itemprop='articleBody'], div.post, .cooked",
    author=".creator [itemprop='name'], .creator a, .names .username",
    profile=".creator a[itemprop='url'], .creator a",
    published="time.post-time, time[itemprop='datePublished'], [itemprop='datePublished']",
    permalink="a.post-date, link[itemprop='url']",
    permalink_of=_permalink,
    quote="aside.quote",
    quote_author=lambda q: q.attributes.get("data-username"),
    quote_text="blockquote",
    quote_chrome=(".title", ".quote-controls"),
    drop=(".cooked-date", "script"),
    title="h1, #topic-title h1",
)
ENGINE = Engine(SPEC, detect, marks="meta[name='generator'], div.crawler-post, div.topic-body.crawler-post")
