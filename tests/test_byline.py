"""The one-walk byline search gives what trafilatura's own byline search gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from trafilatura import metadata as tmeta
from trafilatura.utils import load_html

from eventwire.ingest._byline import byline

from .conftest import FIXTURES

READABILITY = Path(__file__).resolve().parents[2] / "shared" / "dev-data" / "articles-readability"

HAND_BUILT = {
    # Pass order beats document order: a rel=author link later on the page wins over an earlier byline class.
    "order": '<html><body><p class="byline">Staff reporter</p><a rel="author" href="/a">Maria Lund</a><p>Text.</p></body></html>',
    # An author class inside a comment list is pruned; the byline outside it is taken.
    "comments": '<html><body><div id="comments"><span class="author">Commenter Jo</span></div>'
    '<span class="byline">By Per Holm</span></body></html>',
    # The byline holds a date element: its text is the byline without the date (trafilatura cuts it).
    "inner_date": '<html><body><div class="author">By Ana Ruiz<time>May 1, 2024</time> in Lisbon</div></body></html>',
    # Too short, then too long: no byline.
    "none": '<html><body><span class="author">A</span><div class="writer">' + "word " * 40 + "</div></body></html>",
    # Case matters as it does in trafilatura's expressions: "AuthorName" is one, "AUTHORNAME" is none.
    "case": '<html><body><div class="AUTHORNAME">Ignored Name</div><div class="AuthorName">Lea Berg</div></body></html>',
}


@pytest.mark.parametrize("name", sorted(HAND_BUILT))
def test_hand_built_bylines_match_trafilatura(name):
    tree = load_html(HAND_BUILT[name])
    assert byline(tree) == tmeta.extract_author(tree)


def test_hand_built_bylines_are_found():
    assert byline(load_html(HAND_BUILT["order"])) == "Maria Lund"
    assert byline(load_html(HAND_BUILT["comments"])) == "Per Holm"
    assert byline(load_html(HAND_BUILT["none"])) is None


def _pages(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def test_fixture_pages_match_trafilatura():
    pages = _pages(FIXTURES, "**/*.html")
    assert pages
    for page in pages:
        tree = load_html(page.read_text("utf-8", errors="replace"))
        if tree is not None:
            assert byline(tree) == tmeta.extract_author(tree), page.name


@pytest.mark.slow
def test_readability_pages_match_trafilatura():
    pages = _pages(READABILITY, "*/source.html")
    if not pages:
        pytest.skip("../shared/dev-data/articles-readability is not available")
    found = 0
    for page in pages:
        tree = load_html(page.read_text("utf-8", errors="replace"))
        want = tmeta.extract_author(tree)
        assert byline(tree) == want, page.parent.name
        found += want is not None
    assert found >= 50  # the comparison is not vacuous: most pages have a byline
