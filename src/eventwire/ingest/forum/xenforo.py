"""XenForo 2 threads.

Posts are ``article.message--post``; the sidebar is ``section.message-user`` with
``dl.pairs`` for Joined / Messages / Reaction score / Points / Country / Location;
quotes are ``blockquote.bbCodeBlock--quote`` naming their author in ``data-quote``.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from ._base import Engine, EngineSpec


def detect(tree: LexborHTMLParser) -> bool:
    html = tree.css_first("html")
    is_xf = html is not None and (html.attributes.get("id") == "XF" or html.attributes.get("data-app") == "public")
    return bool(is_xf or tree.css_first("article.message--post, div.message--post"))


SPEC = EngineSpec(
    name="xenforo2",
    post="article.message--post, div.message--post",
    body="div.bbWrapper",
    author_attr="data-author",
    author=".message-name .username, .message-name",
    profile=".message-name a.username",
    rank=".message-userTitle, .userTitle",
    pairs=".message-userExtras dl.pairs",
    published=".message-attribution-main time, time.u-dt",
    permalink=".message-attribution-main a[href*='post'], .message-attribution-opposite a[href*='post']",
    quote="blockquote.bbCodeBlock--quote",
    quote_author=lambda q: q.attributes.get("data-quote"),
    quote_text=".bbCodeBlock-expandContent",
    quote_chrome=(".bbCodeBlock-title", ".bbCodeBlock-expandLink"),
    drop=(".bbCodeBlock-expandLink", ".js-selectToQuoteEnd", "script"),
    title="h1.p-title-value",
)
ENGINE = Engine(SPEC, detect, marks="html[id], html[data-app], article.message--post, div.message--post")
