"""The article's author from its byline markup (``article.find_byline``), without trafilatura's byline search."""

from __future__ import annotations

import pytest

import eventwire.ingest.article as article
from eventwire.ingest import read_html
from eventwire.ingest._dom import parse_html

BODY = "".join(
    f"<p>Paragraph {i}: the ministry said the convoy crossed the border at dawn and reached the depot by noon, "
    f"where officials counted {i + 3} trucks and signed the handover papers before the curfew.</p>"
    for i in range(8)
)


def _byline(markup: str) -> str | None:
    return article.find_byline(parse_html(f"<html><body>{markup}</body></html>"))


@pytest.mark.parametrize(("markup", "name"), [
    ("<div class='FeatureByline'>By Nathan Willis<br>March 25, 2015</div>", "Nathan Willis"),
    ("<cite class='byline vcard'>By GILLIAN MOHNEY March 11, 2015 3:46 PM</cite>", "GILLIAN MOHNEY"),
    ("<p class='byline'>by Lucas Nolan22 Dec 2016</p>", "Lucas Nolan"),
    ("<span class='author'>Par Sébastien Farcis</span>", "Sébastien Farcis"),
    ("<div itemprop='author' itemscope><span itemprop='name'>Ana Sandoiu</span><span>Staff writer</span></div>", "Ana Sandoiu"),
    ("<span class='authorName'>Joe Wee</span> | Monday", "Joe Wee"),
    ("<div class='post-footer'><span class='post-author'>Andrew Zonenberg</span></div>", "Andrew Zonenberg"),
    ("<article><aside><span itemprop='author'>Nicolas Perriault</span></aside></article>", "Nicolas Perriault"),
])
def test_the_name_is_read_from_the_byline(markup, name):
    assert _byline(markup) == name


@pytest.mark.parametrize("markup", [
    "<div id='authorization'>Sign In</div>",  # a word that starts like a mark is not one
    "<div class='author-details'>Last Updated: January 7, 2025</div>",  # a label before a date
    "<div class='author-note'>A note from the editors</div>",  # a phrase, not a name
    "<a rel='author' href='/about'>Follow Author</a>",  # a label naming the mark itself
    "<span class='author'>@erinmcunningham</span>",  # a handle
])
def test_what_is_not_a_name_is_skipped(markup):
    assert _byline(markup) is None


def test_bylines_of_comments_and_other_stories_are_not_the_articles():
    markup = ("<ul class='related-stories'><li><span class='byline'>Jenny Kutner</span></li></ul>"
              "<div class='comment'><span class='comment-author'>reader42</span></div>"
              "<div class='story'><span class='byline'>By Joanna Rothkopf</span></div>"
              "<div class='author-follow'><span>Katie Couric</span></div>")
    assert _byline(markup) == "Joanna Rothkopf"


def test_schema_org_author_is_trusted_before_a_class_word():
    markup = "<div class='article-byline'>By Benjamin Romano Seattle Times reporter</div><a rel='author' href='/b'>Benjamin Romano</a>"
    assert _byline(markup) == "Benjamin Romano"


def test_read_html_takes_the_byline_and_not_trafilaturas_search(monkeypatch):
    from trafilatura import metadata as tmeta

    monkeypatch.setattr(tmeta, "extract_author", lambda tree: pytest.fail("trafilatura's byline search ran"))
    page = (f"<html><head><title>Convoy reaches depot</title></head><body><article><h1>Convoy reaches depot</h1>"
            f"<div class='byline'>By Mira Holt | 4 May 2024</div>{BODY}</article></body></html>")
    doc = read_html(page)
    assert doc.kind == "article"
    assert doc.posts[0].author.name == "Mira Holt"


def test_meta_author_comes_first():
    page = (f"<html><head><meta name='author' content='Kai Brenner'></head><body><article>"
            f"<div class='byline'>By Mira Holt</div>{BODY}</article></body></html>")
    assert read_html(page).posts[0].author.name == "Kai Brenner"


def test_a_container_whose_class_says_author_is_not_a_byline():
    # An author's page: the body (or a long section) carries the class, its first line is a menu item.
    page = "<html><body class='author-4326'><div>Home</div><p>" + "Long text about many things. " * 20 + "</p></body></html>"
    assert article.find_byline(parse_html(page)) is None
