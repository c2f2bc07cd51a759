"""Which entry a phrase is (docs/coding.md, "The nearest words decide"). Every sentence here is the team's own.

Two entries of one length that both fit a verb were ranked by their CAMEO code, the rule meant for the senses of one
word ("strike" by workers or by jets): "resumed trade talks" fitted "resume trade" and "resume talk" and was trade.
An event noun that only modifies another ("ceasefire talks") was an event of its own. "Launched a missile attack" was a
test launch."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2024, 3, 5))


@pytest.mark.parametrize("text, expected", [
    ("Australia and China resumed trade talks.", [("CONSULT", ["AUS"], ["CHN"]), ("CONSULT", ["CHN"], ["AUS"])]),
    # the ceasefire is what the talks are about: no RETREAT aimed at Egypt, where they were held
    ("Israel and Hamas held ceasefire talks in Cairo.", [("CONSULT", ["ISR"], ["PSE"]), ("CONSULT", ["PSE"], ["ISR"])]),
    ("Russia launched a missile attack on Kyiv.", [("ASSAULT", ["RUS"], ["UKR"])]),
    ("China retaliated with tariffs on American soybeans.", [("SANCTION", ["CHN"], ["USA"])]),
    ("South Korea supplied artillery shells to the United States.", [("AID", ["KOR"], ["USA"])]),
])
def test_the_phrase_is_read_by_its_nearest_words(nlp, text, expected):
    assert sorted(dyads(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # senses of one word are still chosen by the arguments
    ("Trump launched an attack on Clinton.", [("ACCUSE", ["USA"], ["USA"])]),
    ("North Korea launched a missile.", [("MOBILIZE", ["PRK"], [])]),
    ("Israel retaliated with air strikes on Gaza.", [("ASSAULT", ["ISR"], ["PSE"])]),
])
def test_other_senses_stay(nlp, text, expected):
    assert dyads(nlp, text) == expected
