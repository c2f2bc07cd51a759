"""Rules of the wire battery round (docs/coding.md, "The wire battery round"): forms of international wire copy read
on thirty sentences of our own. The wire forms fail on the coder before the round, and so does the declaration signed
with a named counterpart (it was a statement); the retaliation answering an attack named after "following" passes on
both (the phrase of when still names whom a retaliation answers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2024, 6, 1))


@pytest.mark.parametrize("text, expected", [
    # a phrase of when tells another event: Beijing, where the talks were held, is no party to the agreement
    ("Iran and Saudi Arabia agreed to restore diplomatic relations after talks in Beijing.",
     [("AGREE", ["IRN"], ["SAU"]), ("AGREE", ["SAU"], ["IRN"])]),
    # a declaration signed is a formal agreement, and where it is signed is no party to it
    ("Armenia and Azerbaijan signed a peace declaration in Washington.",
     [("AGREE", ["ARM"], ["AZE"]), ("AGREE", ["AZE"], ["ARM"])]),
    ("Armenia and Azerbaijan signed a joint declaration.", [("AGREE", ["ARM"], ["AZE"]), ("AGREE", ["AZE"], ["ARM"])]),
])
def test_wire_forms(nlp, text, expected):
    assert sorted(dyads(nlp, text)) == expected


@pytest.mark.parametrize("text, dyad", [
    ("Following the Iranian missile attack, Israel vowed to retaliate.", ("THREATEN", ["ISR"], ["IRN"])),
    ("Russia signed a declaration with China in Moscow.", ("AGREE", ["RUS"], ["CHN"])),
])
def test_counterparts_named_stay(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
