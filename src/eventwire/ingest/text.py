"""Plain-text posts: a forum post copied from the browser, or a pasted article.

The text may start with the board's user sidebar (lifted into the author), may
carry links on lines of their own, and may hold the same article twice.
"""

from __future__ import annotations

from ..errors import Reason, RejectedInput
from ..model import Author, Document, Post, RemovedPassage
from ..values import domain_of
from .passages import clean_post_text
from .sidebar import parse_sidebar


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")


def post_from_text(raw: str, *, author: Author | None = None) -> Post:
    """Build a Post from raw text; offsets in removed_passages index ``raw``."""
    sidebar = parse_sidebar(raw) if author is None else None
    start = sidebar.end if sidebar else 0
    cleaned = clean_post_text(raw[start:])
    removed = [_shift(r, start) for r in cleaned.removed]
    if sidebar:
        removed.insert(0, RemovedPassage(start=0, end=start, text=raw[:start].strip(), reason="sidebar"))
    return Post(
        author=sidebar.author if sidebar else (author or Author()),
        text=cleaned.text,
        links=cleaned.links,
        removed_passages=removed,
    )


def _shift(r: RemovedPassage, by: int) -> RemovedPassage:
    dup = r.duplicate_of + by if r.duplicate_of is not None else None
    return RemovedPassage(start=r.start + by, end=r.end + by, text=r.text, reason=r.reason, duplicate_of=dup)


def read_plain_text(text: str, *, url: str | None = None, name: str = "") -> Document:
    raw = normalize_newlines(text)
    post = post_from_text(raw)
    if not post.text:
        raise RejectedInput(Reason.NO_TEXT, f"{name or 'input'} holds no post text after cleaning", input_name=name)
    # The links of a pasted article name its publication; that belongs to the
    # claim chain (poster → publication), not to this document's own URL.
    return Document(
        url=url,
        source_domain=domain_of(url),
        kind="post",
        posts=[post],
    )
