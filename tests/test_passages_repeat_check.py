"""The repeated-passage search is skipped only for posts in which no run of five words stands twice."""

from __future__ import annotations

import pytest

from eventwire.ingest import passages

PASTE = (
    "The ministry said on Tuesday that troops had been sent to the border region after the clashes. "
    "Officials in the capital declined to say how many soldiers were involved in the operation."
)


def _forced(raw: str, monkeypatch: pytest.MonkeyPatch) -> passages.Cleaned:
    with monkeypatch.context() as m:
        m.setattr(passages, "_may_repeat", lambda text: True)
        return passages.clean_post_text(raw)


@pytest.mark.parametrize("raw", [
    PASTE,  # nothing repeated
    f"{PASTE}\nhttps://news.example/story\n{PASTE}",  # pasted twice around its link
    f"Look at this.\n\n{PASTE}\n\n{PASTE.upper()}",  # the same words in other case
    f"{PASTE} Officials in the capital declined to say how many soldiers",  # a trimmed repeat
    "Thanks. Thanks. Thanks. Agreed, agreed.",
])
def test_same_cleaning_with_and_without_the_check(raw: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = passages.clean_post_text(raw)
    slow = _forced(raw, monkeypatch)
    assert (fast.text, fast.links, fast.removed) == (slow.text, slow.links, slow.removed)


def test_check_sees_a_repeated_run_only() -> None:
    assert not passages._may_repeat(PASTE)
    assert passages._may_repeat(f"{PASTE}\n{PASTE}")
    assert passages._may_repeat(f"{PASTE} and then: the border region after the clashes")  # five words again


def test_a_pasted_repeat_is_still_dropped() -> None:
    cleaned = passages.clean_post_text(f"{PASTE}\nhttps://news.example/story\n{PASTE}")
    assert any(r.reason == "duplicate" for r in cleaned.removed)
    assert cleaned.text.count("troops had been sent") == 1
