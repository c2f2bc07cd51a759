"""Plain-text posts: sidebar lifted into the author, links lifted, pasted-twice text kept once."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.ingest.passages import clean_post_text
from eventwire.ingest.sidebar import parse_sidebar

from .conftest import FIXTURES, load_expected

POSTS = sorted((FIXTURES / "posts").glob("*.txt"))
ARTICLE = [
    "The foreign ministers of Kenya and Ethiopia met in Nairobi on Monday to discuss the border dispute near Moyale.",
    "Kenyan officials said the talks focused on grazing rights and on the return of livestock seized in raids last month.",
    "Ethiopia's delegation, led by its deputy foreign minister, proposed a joint police commission to patrol the frontier.",
    "Both sides agreed to meet again in Addis Ababa before the end of the rainy season, according to a joint statement.",
]
URL = "https://eastafrica-news.example/border-talks"


def test_post_fixtures_exist():
    assert len(POSTS) >= 4, "the plain-text post fixtures are missing"


@pytest.mark.parametrize("path", POSTS, ids=lambda p: p.stem)
def test_post_fixture(path):
    expected = load_expected(path)
    (doc,) = eventwire.read(path)
    post = doc.posts[0]
    for key, value in (expected.get("author") or {}).items():
        assert getattr(post.author, key) == value, key
    for link in expected.get("links", []):
        assert link in post.links
    for text in expected.get("once", []):
        assert post.text.count(text) == 1, text
    for text in expected.get("contains", []):
        assert text in post.text
    for text in expected.get("excludes", []):
        assert text not in post.text
    if "removed_duplicate" in expected:
        assert any(r.reason == "duplicate" for r in post.removed_passages) == expected["removed_duplicate"]


def test_second_copy_trimmed_keeps_first_whole():
    raw = "\n".join(ARTICLE) + f"\n{URL}\n" + "\n".join(ARTICLE[1:]) + f"\n{URL}\n"
    cleaned = clean_post_text(raw)
    assert cleaned.text == "\n".join(ARTICLE)
    assert cleaned.links == [URL]
    (dup,) = [r for r in cleaned.removed if r.reason == "duplicate"]
    assert raw[dup.start : dup.end].strip() == "\n".join(ARTICLE[1:])
    assert dup.duplicate_of == raw.index(ARTICLE[1])


def test_longer_second_copy_wins():
    raw = "\n".join(ARTICLE[1:]) + f"\n{URL}\n" + "\n".join(ARTICLE) + f"\n{URL}\n"
    cleaned = clean_post_text(raw)
    assert cleaned.text == "\n".join(ARTICLE), "the full copy should be the one kept, in its order"


def test_reflowed_and_cut_copy_is_recognised():
    full = " ".join(ARTICLE)
    wrapped, line = [], ""
    for word in full[: int(len(full) * 0.9)].split():  # cut mid-sentence
        if len(line) + len(word) > 60:
            wrapped.append(line)
            line = ""
        line = f"{line} {word}".strip()
    wrapped.append(line)
    raw = "\n".join(ARTICLE) + f"\n{URL}\n" + "\n".join(wrapped) + "\n"
    cleaned = clean_post_text(raw)
    assert cleaned.text == "\n".join(ARTICLE)
    assert [r.reason for r in cleaned.removed] == ["link_line", "duplicate"]


def test_short_repeated_lines_are_not_pastes():
    raw = "Agreed.\nThe talks resume on Friday in Geneva.\nAgreed.\n"
    assert clean_post_text(raw).text == raw.strip()


def test_nothing_lost_without_duplicates():
    raw = "I think the ceasefire will not hold.\nSee https://example.org/report for the numbers.\nThe monitors have left."
    cleaned = clean_post_text(raw)
    assert cleaned.text == raw
    assert cleaned.links == ["https://example.org/report"]
    assert cleaned.removed == []


def test_sidebar_styles():
    xf = parse_sidebar("Hawk\nSENIOR MEMBER\n- Joined\n- Jan 3, 2020\n- Messages\n- 1,002\n- Country\n- Location\nText starts here and goes on for a while.")
    assert (xf.author.name, xf.author.rank, xf.author.joined, xf.author.messages) == ("Hawk", "SENIOR MEMBER", "2020-01-03", 1002)
    assert xf.author.country is None and xf.author.location is None
    vb = parse_sidebar("Rashid_K\nSenior Member\n\nJoin Date: Mar 2016\nLocation: Karachi\nPosts: 12,408\n\nThe talks ended.")
    assert (vb.author.joined, vb.author.location, vb.author.messages) == ("2016-03", "Karachi", 12408)
    bare = parse_sidebar("falcon\nJoined\nMay 9, 2019\nMessages\n2,284\nReaction score\n-28\nI read the report differently.")
    assert (bare.author.joined, bare.author.messages, bare.author.reaction_score) == ("2019-05-09", 2284, -28)


def test_no_sidebar_in_plain_prose():
    assert parse_sidebar("Pakistan has extended support.\nMore text follows here.") is None
    assert parse_sidebar("Breaking\nThe minister resigned this morning after the vote.") is None
