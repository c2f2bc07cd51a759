"""HTML pages: a forum thread when repeated post records hold the page's main text, an article otherwise.

XHTML-serialised pages are normalised first (see :func:`normalize_xhtml`).
A page whose main prose block holds nearly all of its prose is an article
without the thread check (see :func:`one_block`).
"""

from __future__ import annotations

from ..errors import Reason, RejectedInput
from ..model import Document
from ._dom import main_text, normalize_xhtml, parse_html, unwrap_noscript
from .article import read_article
from .forum import MIN_ARTICLE_CHARS, parse_thread

ONE_BLOCK_SHARE = 0.8  # a main prose block holding this share of the page's prose is the page's one text


def one_block(length: int, total: int) -> bool:
    """Does one block hold the page's text: at least ``MIN_ARTICLE_CHARS`` of prose and ``ONE_BLOCK_SHARE`` of all of it?

    Why: a page is a thread only when its repeated records hold most of its
    main text. When one block holds four fifths of the page's prose (runs of
    25 characters or more outside links and navigation, see
    :func:`~eventwire.ingest._dom.main_text`), any records beside it hold at
    most a fifth of it, and a record that holds the block is one post holding
    the page's text: "main text outside the records, or inside just one of
    them", an article. The thread check's own rules mostly agree (a long main
    text outside the records; a record holding 60% of the records' text);
    they can read two kinds of page as threads that are read here as
    articles (the long post's text, without the replies): a thread whose lead
    post, in markup of its own, holds four fifths of the prose, and one whose
    replies are short but carry much chrome (names, counts, buttons), which
    the 60% rule counts and prose does not. The thread check (engine
    detection, record induction, the class-based reader) costs about a sixth
    of an article's reading time, most of it on long pages; this test costs
    nothing beyond finding the main block, which both readers need. The
    hand-built forum fixtures' main blocks hold 12–64% of their page's prose.
    """
    return length >= MIN_ARTICLE_CHARS and length >= ONE_BLOCK_SHARE * total


def read_html(text: str, *, url: str | None = None, name: str = "", engines: bool = True) -> Document:
    """``engines=False`` switches the engine parsers off (record induction alone), for evaluation."""
    text = normalize_xhtml(text)
    tree = unwrap_noscript(text, parse_html(text))
    # Found once: the thread check compares records with it, the article reader
    # checks trafilatura's fast pass against its length.
    node, length, total = main_text(tree)
    doc = None if one_block(length, total) else parse_thread(tree, url=url, engines=engines, main_block=(node, length))
    if doc is None:
        doc = read_article(text, url=url, prose_chars=length, tree=tree)
    if not doc.posts or not any(p.text for p in doc.posts):
        raise RejectedInput(Reason.NO_TEXT, f"{name or 'page'}: no article or post text found in the HTML", input_name=name)
    return doc
