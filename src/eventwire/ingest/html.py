"""HTML pages: a forum thread when repeated post records hold the page's main text, an article otherwise.

XHTML-serialised pages are normalised first (see :func:`normalize_xhtml`).
"""

from __future__ import annotations

from ..errors import Reason, RejectedInput
from ..model import Document
from ._dom import main_text_block, normalize_xhtml, parse_html, unwrap_noscript
from .article import read_article
from .forum import parse_thread


def read_html(text: str, *, url: str | None = None, name: str = "", engines: bool = True) -> Document:
    """``engines=False`` switches the engine parsers off (record induction alone), for evaluation."""
    text = normalize_xhtml(text)
    tree = unwrap_noscript(text, parse_html(text))
    # Found once: the thread check compares records with it, the article reader
    # checks trafilatura's fast pass against its length.
    main = main_text_block(tree)
    doc = parse_thread(tree, url=url, engines=engines, main_block=main)
    if doc is None:
        doc = read_article(text, url=url, prose_chars=main[1])
    if not doc.posts or not any(p.text for p in doc.posts):
        raise RejectedInput(Reason.NO_TEXT, f"{name or 'page'}: no article or post text found in the HTML", input_name=name)
    return doc
