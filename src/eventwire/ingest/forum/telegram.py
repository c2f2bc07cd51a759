"""Telegram channels, as the public web preview shows them (``/s/<channel>``, embeds).

A channel page is a list of messages, one ``div.tgme_widget_message`` each,
all signed by the channel. Record induction cannot read it: every record has
the same author, which is the mark of a live blog or a serial column, so a
channel page would be read as one article and its posts, dates and
permalinks lost. Analysts cite channel posts one by one, so the page's own
markup is read here.

Inside a message's bubble: the channel's name (``a.tgme_widget_message_owner_name``),
an optional "Forwarded from" line, an optional reply header quoting the
message answered (``a.tgme_widget_message_reply``), the text, an optional link
preview card and a footer with views, "edited" and the dated permalink.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ._base import Engine, EngineSpec

_MESSAGE = "div.tgme_widget_message"


def detect(tree: LexborHTMLParser) -> bool:
    return tree.css_first(_MESSAGE) is not None


def _reply_author(reply: LexborNode) -> str | None:
    """The reply header names the author of the message answered."""
    node = reply.css_first(".tgme_widget_message_author_name, .tgme_widget_message_author")
    name = " ".join(node.text(deep=True, separator=" ").split()) if node is not None else ""
    return name or None


SPEC = EngineSpec(
    name="telegram",
    post=_MESSAGE,
    # The bubble, not the text element, is the body: the reply header (the
    # quote) sits beside the text, and quotes are looked for inside the body.
    body="div.tgme_widget_message_bubble",
    # The reply header holds an author name too (of the message answered):
    # only the bubble's own signature line names the poster.
    author="a.tgme_widget_message_owner_name, div.tgme_widget_message_bubble > .tgme_widget_message_author",
    profile="a.tgme_widget_message_owner_name, .tgme_widget_message_user a",
    published="a.tgme_widget_message_date time, time[datetime]",
    permalink="a.tgme_widget_message_date",
    quote="a.tgme_widget_message_reply",
    quote_author=_reply_author,
    quote_text=".tgme_widget_message_metatext, .js-message_reply_text",
    # Everything in the bubble but the message's own words: the signature line,
    # the forward line (its origin stays in the page, not in the text), the
    # link card (the linked page's words, not the channel's), media, polls and
    # the footer with views, "edited" and the time.
    drop=(
        "div.tgme_widget_message_bubble > .tgme_widget_message_author",
        ".tgme_widget_message_forwarded_from",
        ".tgme_widget_message_link_preview",
        ".tgme_widget_message_bubble_tail",
        ".tgme_widget_message_photo_wrap",
        ".tgme_widget_message_video_player",
        ".tgme_widget_message_document_wrap",
        ".tgme_widget_message_poll",
        ".tgme_widget_message_footer",
        ".tgme_widget_message_info",
        "script",
    ),
    title=".tgme_channel_info_header_title, .tgme_header_title, .tgme_page_title",
)
ENGINE = Engine(SPEC, detect, marks=_MESSAGE)

__all__ = ["ENGINE", "SPEC", "detect"]
