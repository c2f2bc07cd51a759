"""Each forum engine's fixture yields every post with the right author and clean text."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.ingest.forum import detect_engine
from eventwire.ingest._dom import parse_html, unwrap_noscript

from .conftest import FIXTURES, load_expected

PAGES = sorted((FIXTURES / "forums").glob("*.html"))
ENGINES = {"xenforo2", "vbulletin4", "vbulletin5", "phpbb3", "discourse", "telegram", "generic"}


def test_every_engine_has_a_fixture():
    assert ENGINES <= {load_expected(p)["engine"] for p in PAGES}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_thread(path):
    expected = load_expected(path)
    html = path.read_text("utf-8")
    assert detect_engine(unwrap_noscript(html, parse_html(html))) == expected["engine"]
    (doc,) = eventwire.read(path)
    assert doc.kind == "forum_thread" and doc.engine == expected["engine"]
    assert doc.title == expected["title"]
    assert len(doc.posts) == len(expected["posts"])
    for post, want in zip(doc.posts, expected["posts"]):
        _check_post(post, want)


def _check_post(post, want):
    for key, value in want["author"].items():
        assert getattr(post.author, key) == value, (post.author.name, key)
    if want.get("published"):
        assert post.published == want["published"]
    if want.get("permalink_contains"):
        assert want["permalink_contains"] in (post.permalink or "")
    for text in want.get("text_contains", []):
        assert text in post.text, text
    for text in want.get("text_excludes", []):
        assert text not in post.text, text
    for text in want.get("once", []):
        assert post.text.count(text) == 1, text
    assert [q.author for q in post.quotes] == [q["author"] for q in want.get("quotes", [])]
    for quote, q in zip(post.quotes, want.get("quotes", [])):
        assert q["text_contains"] in quote.text
    for link in want.get("links", []):
        assert link in post.links


_DETECTED_PAGES = [
    '<html id="XF"><body><p>x</p></body></html>',
    '<html data-app="public"><body><p>x</p></body></html>',
    '<body><article class="message message--post"><p>x</p></article></body>',
    '<body><div class="message--post"><p>x</p></div></body>',
    '<head><meta name="generator" content="vBulletin 4.2.5"></head><body><p>x</p></body>',
    '<head><meta name="generator" content="vBulletin 5.6"></head><body><p>x</p></body>',
    '<head><meta name="generator" content="Discourse 3.1"></head><body><p>x</p></body>',
    '<body><ol id="posts"><li id="post_1">x</li></ol></body>',
    '<body><ul><li class="postcontainer">x</li></ul></body>',
    '<body><ul><li class="b-post">x</li></ul><div class="b-post js-post">y</div></body>',
    '<body><div class="post"><div class="postbody">x</div><dl class="postprofile"><dt>A</dt></dl></div></body>',
    '<body><div class="topic-body crawler-post">x</div></body>',
    '<body><div class="tgme_widget_message js-widget_message">x</div></body>',
]


@pytest.mark.parametrize("html", _DETECTED_PAGES + [p.read_text("utf-8") for p in sorted((FIXTURES / "forums_wild").glob("*.html"))] + [p.read_text("utf-8") for p in PAGES])
def test_engine_marks_rule_out_only_pages_no_detector_accepts(html):
    """Every engine's ``marks`` match wherever its detector accepts the page, so the one-search shortcut never drops an engine."""
    from eventwire.ingest.forum import ENGINES, detected

    tree = unwrap_noscript(html, parse_html(html))
    accepting = [e for e in ENGINES if e.detect(tree)]
    for engine in accepting:
        assert engine.marks and tree.css_first(engine.marks) is not None, engine.spec.name
    assert detected(tree) == accepting
