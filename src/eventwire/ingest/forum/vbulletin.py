"""vBulletin 4 and 5 threads.

vB4: ``li.postcontainer`` posts with ``div.userinfo`` (``dl.userinfo_extra`` pairs)
and the text in ``blockquote.postcontent``. vB5: ``li.b-post`` posts (schema.org
Comment microdata) with ``div.b-userinfo`` and ``.js-post__content-text``. Both
render quotes as ``div.bbcode_quote`` with "Originally Posted by <strong>X</strong>".
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ._base import Engine, EngineSpec


def _generator(tree: LexborHTMLParser) -> str:
    meta = tree.css_first("meta[name='generator']")
    return (meta.attributes.get("content") or "") if meta is not None else ""


def _quote_author(q: LexborNode) -> str | None:
    by = q.css_first(".bbcode_postedby strong, .bbcode_postedby b")
    return " ".join(by.text().split()) if by is not None else None


_QUOTE = dict(
    quote="div.bbcode_container",
    quote_author=_quote_author,
    quote_text=".message, .quote_container",
    quote_chrome=(".bbcode_postedby", ".bbcode_description"),
)


def detect_vb4(tree: LexborHTMLParser) -> bool:
    return _generator(tree).startswith("vBulletin 4") or bool(tree.css_first("li.postcontainer, ol#posts li[id^='post_']"))


def detect_vb5(tree: LexborHTMLParser) -> bool:
    return _generator(tree).startswith("vBulletin 5") or bool(tree.css_first("li.b-post, .b-post.js-post"))


SPEC_VB4 = EngineSpec(
    name="vbulletin4",
    post="li.postcontainer, ol#posts > li[id^='post_']",
    body="blockquote.postcontent, div[id^='post_message_']",
    author=".userinfo a.username, .username_container .username",
    profile=".userinfo a.username",
    rank=".userinfo .usertitle",
    pairs=".userinfo dl.userinfo_extra, .userinfo dl",
    published=".posthead .date, .postdate .date",
    permalink="a.postcounter",
    drop=(".signature", ".after_content", "script"),
    title="span.threadtitle, h1, .threadtitle",
    **_QUOTE,
)

SPEC_VB5 = EngineSpec(
    name="vbulletin5",
    post="li.b-post",
    body=".js-post__content-text, .b-post__content",
    author=".b-userinfo [itemprop='name'], .b-userinfo .author",
    profile=".b-userinfo a[itemprop='url'], .b-userinfo .author a",
    rank=".b-userinfo__rank",
    pairs=".b-userinfo__additional-info",
    published="time[itemprop='dateCreated'], .b-post__timestamp time, .b-post__timestamp",
    permalink="a.b-post__count",
    drop=(".b-post__signature", ".b-post__footer", "script"),
    title="h1.main-title, h1",
    **_QUOTE,
)

ENGINE_VB4 = Engine(SPEC_VB4, detect_vb4, marks="meta[name='generator'], li.postcontainer, ol#posts li[id^='post_']")
ENGINE_VB5 = Engine(SPEC_VB5, detect_vb5, marks="meta[name='generator'], li.b-post, .b-post.js-post")
