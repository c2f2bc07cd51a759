"""Relations restored or cut by conjoined subjects are mutual (docs/coding.md §4, "Conjoined subjects of reciprocal
acts"; the rule "Relations are the two sides' together"). Every sentence here is the team's own.

The rule tests fail on the coder before the rule: "Ethiopia and Eritrea restored diplomatic ties" gave no event (an
act of support with no counterpart is none) and "cut ties" one event with both as source and no target."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2018, 7, 10))


@pytest.mark.parametrize("text, kind, a, b", [
    ("Ethiopia and Eritrea restored diplomatic ties on Monday.", "SUPPORT", "ETH", "ERI"),
    ("Israel and the United Arab Emirates normalized relations.", "SUPPORT", "ISR", "ARE"),
    ("Bahrain and Qatar cut diplomatic ties last year.", "SANCTION", "BHR", "QAT"),
])
def test_relations_of_conjoined_subjects_go_both_ways(nlp, text, kind, a, b):
    found = dyads(nlp, text)
    assert (kind, [a], [b]) in found and (kind, [b], [a]) in found


@pytest.mark.parametrize("text, expected", [
    # a counterpart named after "with" stays the one target, as before
    ("Ethiopia restored diplomatic relations with Eritrea.", [("SUPPORT", ["ETH"], ["ERI"])]),
    ("Ethiopia and Eritrea strengthened their ties with China.", [("SUPPORT", ["ERI", "ETH"], ["CHN"])]),
    # conjoined critics are two critics, not each other's target
    ("The United States and Britain criticized Iran.", [("ACCUSE", ["GBR", "USA"], ["IRN"])]),
])
def test_a_named_counterpart_or_a_third_party_keeps_its_direction(nlp, text, expected):
    assert dyads(nlp, text) == expected
