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


def test_words_of_ascii_texts_are_the_patterns_words():
    """The ASCII shortcut of ``_words`` cuts every text into the same words as ``\\w+``."""
    import random

    rng = random.Random(7)
    alphabet = [chr(c) for c in range(128)] + ["é", "ß", "’", "\u00a0", "K", "İ"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    texts += ["".join(chr(c) for c in range(128)), PASTE, "snake_case and x2y 3.5 don't"]
    for text in texts:
        lowered = text.lower()
        assert passages._words(lowered) == passages._WORD.findall(lowered), repr(text)


def test_tidy_shortcut_changes_nothing():
    """``tidy``'s shortcut (nothing to strip per line) gives what the line-by-line reference gives."""
    import random

    rng = random.Random(11)
    pieces = ["word", " ", "\n", "\n\n", "\n\n\n", "\t", "\u00a0", "\u3000", "\r", "\x1c", "x.", " \n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    shortcut = 0
    for text in texts:
        assert passages.tidy(text) == passages._tidy_lines(text), repr(text)
        shortcut += "\u00a0" not in text and "\n\n\n" not in text and not passages._space_before_break(text)
    assert 0 < shortcut < len(texts)  # both branches met
