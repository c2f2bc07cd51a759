"""Which work an HTML page costs: the one-block article shortcut and trafilatura's fast-pass cascade."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import eventwire.ingest.article as article
import eventwire.ingest.html as html
from eventwire.ingest import read_html
from eventwire.ingest._dom import Prose, main_text, main_text_block, page_prose, parse_html

PARA = ("The ministry said the convoy crossed the border at dawn and reached the depot by noon, "
        "where officials from both sides counted the trucks and signed the handover papers. ")


PLACES = ["Harbour Road", "the northern bridge", "Kestrel Pass", "the old customs yard", "Marlow Junction", "the river ford"]


def _paragraph(i: int) -> str:
    """A distinct paragraph (trafilatura drops repeated ones)."""
    return PARA + f"The {i + 1}th group of trucks came in by {PLACES[i % len(PLACES)]} and was unloaded before the evening curfew began. "


def _article(paragraphs: int, comments: str = "") -> str:
    body = "".join(f"<p>{_paragraph(i)}</p>" for i in range(paragraphs))
    return ("<html><head><title>Convoy reaches depot</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Convoy reaches depot</h1>{body}</article>{comments}</body></html>")


def _comments(n: int, text: str) -> str:
    return "<section class='comments'>" + "".join(
        f"<div class='comment'><a href='/members/user{i}/'>user{i}</a><p>{text} ({i})</p></div>" for i in range(n)
    ) + "</section>"


@pytest.fixture
def thread_check_calls(monkeypatch):
    calls = []
    real = html.parse_thread

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(html, "parse_thread", spy)
    return calls


def test_main_text_counts_the_page_prose_beside_the_main_block():
    tree = parse_html(_article(3, _comments(3, "I was there and saw the trucks arrive at the depot gate")))
    node, length, total = main_text(tree)
    assert (node, length) == main_text_block(tree)
    assert node.tag == "article" and length == sum(len(_paragraph(i).strip()) for i in range(3))
    assert total == length + 3 * len("I was there and saw the trucks arrive at the depot gate (0)")


def test_one_block_needs_a_long_main_text_and_most_of_the_prose():
    assert html.one_block(1000, 1200)
    assert not html.one_block(1000, 1300)  # the block holds under four fifths
    assert not html.one_block(200, 200)  # a blurb, not an article body


def test_a_page_whose_main_block_holds_its_prose_skips_the_thread_check(thread_check_calls):
    doc = read_html(_article(3, _comments(3, "Short reader comment about the convoy")))
    assert doc.kind == "article" and "convoy crossed the border" in doc.posts[0].text
    assert thread_check_calls == []


def test_a_page_with_prose_in_many_blocks_gets_the_thread_check(thread_check_calls):
    # Six comments as long as the article's paragraphs: the main block holds well under 80%.
    read_html(_article(1, _comments(6, PARA.strip())))
    assert thread_check_calls == [1]


def test_page_prose_counts_the_blocks_holding_a_tenth_of_the_main_blocks_prose():
    comments = _comments(2, PARA.strip()) + _comments(3, "Short reader comment about the convoy")
    prose = page_prose(parse_html(_article(6, comments)))
    assert (prose.node, prose.length, prose.total) == main_text(parse_html(_article(6, comments)))
    assert prose.substantial == 3  # the article and the two long comments; the short ones are under a tenth


def test_few_blocks_needs_most_of_the_prose_and_under_three_blocks_of_some_length():
    node = object()
    assert html.few_blocks(Prose(node, 1000, 1600, 2))
    assert not html.few_blocks(Prose(node, 1000, 1700, 2))  # the main block holds under 60%
    assert not html.few_blocks(Prose(node, 1000, 1600, 3))  # three blocks of some length: maybe a lead post and replies
    assert not html.few_blocks(Prose(node, 250, 300, 1))  # a blurb, not an article body


def test_a_main_block_with_one_long_comment_and_short_ones_skips_the_thread_check(thread_check_calls):
    # Under 80% of the prose in the article, but only one other block of some length.
    comments = _comments(1, PARA.strip() * 2) + _comments(6, "Short reader comment about the convoy")
    doc = read_html(_article(6, comments))
    assert doc.kind == "article" and thread_check_calls == []


def test_a_thread_with_a_long_lead_and_three_replies_gets_the_thread_check(thread_check_calls):
    # The lead holds over 60% of the prose, but three replies hold a tenth of it each: records may hold most of the text.
    read_html(_article(6, _comments(3, PARA.strip())))
    assert thread_check_calls == [1]


@pytest.fixture
def passes(monkeypatch):
    seen = []
    real = article.trafilatura.bare_extraction

    def spy(*args, **kwargs):
        seen.append(kwargs["fast"])
        return real(*args, **kwargs)

    monkeypatch.setattr(article.trafilatura, "bare_extraction", spy)
    return seen


def test_a_long_article_takes_the_fast_pass_only(passes):
    doc = read_html(_article(6))
    assert passes == [True]
    assert doc.posts[0].text.count("convoy crossed the border") == 6


def test_a_short_main_block_takes_the_full_pass_only(passes):
    doc = read_html(_article(1))
    assert passes == [False]
    assert "convoy crossed the border" in doc.posts[0].text


def test_a_short_fast_pass_is_checked_by_the_full_pass(monkeypatch):
    seen = []

    def fake(tree, url, *, fast):
        seen.append(fast)
        return SimpleNamespace(text="A teaser line." if fast else "The whole body. " * 100)

    monkeypatch.setattr(article, "_extract", fake)
    extracted, _ = article.extract_main(_article(6), prose_chars=2000)
    assert seen == [True, False] and extracted.text.startswith("The whole body.")
    seen.clear()
    article.extract_main(_article(6), prose_chars=0)  # the main block not measured: the full pass alone
    assert seen == [False]


def test_short_is_under_the_floor_or_under_half_the_main_prose():
    found = SimpleNamespace(text="x" * 1500)
    assert not article._short(found, 0)
    assert not article._short(found, 3000)
    assert article._short(found, 3001)
    assert article._short(SimpleNamespace(text="x" * 999), 0)
    assert article._short(None, 0) and article._short(SimpleNamespace(text=None), 0)
