"""HTML pages: a forum thread when repeated post records hold the page's main text, an article otherwise.

XHTML-serialised pages are normalised first (see :func:`normalize_xhtml`).
A page whose main prose block holds nearly all of its prose, or most of it
with no more than one other block of some length, is an article without the
thread check (see :func:`one_block` and :func:`few_blocks`).
"""

from __future__ import annotations

from ..errors import Reason, RejectedInput
from ..model import Document
from ._dom import Prose, normalize_xhtml, page_prose, parse_html, unwrap_noscript
from .article import read_article
from .forum import MIN_ARTICLE_CHARS, ONE_RECORD_SHARE, parse_thread
from .forum.induce import MIN_RECORDS

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


def few_blocks(prose: Prose) -> bool:
    """Does the main block hold most of the prose, with fewer than ``MIN_RECORDS`` blocks of some length on the page?

    The main block must hold ``ONE_RECORD_SHARE`` (60%) of the page's prose,
    and fewer than ``MIN_RECORDS`` (3) blocks, the main one included, may hold
    a tenth of its prose or more (:attr:`~eventwire.ingest._dom.Prose.substantial`).
    Why: the thread check reads a page as an article when the record holding
    the main text holds 60% of all the records' text ("an article inside a
    card"); this is the same share measured on prose, without running the
    check (on the readability pages it was a seventh of the reading time,
    most of it on long pages: 0.2 s on one Wikipedia page). Records also hold
    chrome (names, dates, buttons) that prose does not count, so a lead post
    holding 60% of the prose can hold less of the records' text: the hand-built
    forum fixtures have main blocks at 48–64% of their prose, and each has four
    blocks of some length (a lead post and three replies), so the second
    condition keeps them in the thread check. What this reads as an article
    that the check might read as a thread: a long lead post with at most one
    reply of a tenth of its length or more, the other replies shorter, the lead
    holding 60–80% of the prose (the long post's text, without the replies).
    """
    return (prose.length >= MIN_ARTICLE_CHARS and prose.length >= ONE_RECORD_SHARE * prose.total
            and prose.substantial < MIN_RECORDS)


def read_html(text: str, *, url: str | None = None, name: str = "", engines: bool = True) -> Document:
    """``engines=False`` switches the engine parsers off (record induction alone), for evaluation."""
    text = normalize_xhtml(text)
    tree = unwrap_noscript(text, parse_html(text))
    # Found once: the thread check compares records with it, the article reader
    # checks trafilatura's fast pass against its length.
    prose = page_prose(tree)
    node, length = prose.node, prose.length
    article = one_block(length, prose.total) or few_blocks(prose)
    doc = None if article else parse_thread(tree, url=url, engines=engines, main_block=(node, length), texts=prose.texts)
    if doc is None:
        doc = read_article(text, url=url, prose_chars=length, tree=tree)
    if not doc.posts or not any(p.text for p in doc.posts):
        raise RejectedInput(Reason.NO_TEXT, f"{name or 'page'}: no article or post text found in the HTML", input_name=name)
    return doc
