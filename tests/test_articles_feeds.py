from __future__ import annotations

import pytest

import eventwire

from .conftest import FIXTURES, load_expected

ARTICLES = sorted((FIXTURES / "articles").glob("*.html"))
FEEDS = sorted(p for p in (FIXTURES / "feeds").glob("*.xml"))


def test_fixtures_exist():
    assert len(ARTICLES) >= 3 and len(FEEDS) >= 2


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article(path):
    expected = load_expected(path)
    (doc,) = eventwire.read(path)
    assert doc.kind == "article"
    assert doc.title == expected["title"]
    assert (doc.published or "")[:10] == expected["published"]
    if expected.get("author"):
        assert doc.posts[0].author.name == expected["author"]
    text = doc.posts[0].text
    for phrase in expected["text_contains"]:
        assert phrase in text, phrase
    for phrase in expected["text_excludes"]:
        assert phrase not in text, phrase


@pytest.mark.parametrize("path", FEEDS, ids=lambda p: p.stem)
def test_feed(path):
    expected = load_expected(path)
    docs = eventwire.read(path)
    assert [d.kind for d in docs] == ["feed_item"] * len(expected["items"])
    for doc, item in zip(docs, expected["items"]):
        assert doc.title == item["title"]
        assert doc.url == item["url"]
        assert (doc.published or "")[:10] == item["published"]
        for phrase in item["text_contains"]:
            assert phrase in doc.posts[0].text
