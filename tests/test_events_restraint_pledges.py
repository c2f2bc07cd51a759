"""Pledges of restraint (docs/coding.md, "Pledges of restraint"). Every sentence here is the team's own.

"Russia will not attack Ukraine" and "the army said it would not declare martial law" pledge not to do harm: CAMEO codes
them as intentions to yield (035: 0356 de-escalate military engagement, 0351 ease administrative sanctions), AGREE in
PLOVER. Before the rule they were no event (a negated act was dropped whatever its tense), "won't" was not read as
"will not", and an act named with its object in the entry ("declared martial law") was taken for an act aimed at a
thing (a law) and dropped."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on

DAY = date(2024, 12, 10)
dyads = dyads_on(DAY)


def _codes(nlp, text: str) -> list[tuple[str, str, list, list]]:
    return [(e.cameo, e.plover_type, sorted({a.code for a in e.source if a.code}), sorted({a.code for a in e.target if a.code}))
            for e in coded(nlp, text, DAY)]


@pytest.mark.parametrize("text, expected", [
    ("Russia will not attack Ukraine.", ("0356", "AGREE", ["RUS"], ["UKR"])),
    ("Israel said it would not strike Iran.", ("0356", "AGREE", ["ISR"], ["IRN"])),
    ("Iran won't attack Israel, the foreign minister said.", ("0356", "AGREE", ["IRN"], ["ISR"])),
    ("Russia is not going to attack Ukraine, Lavrov said.", ("0356", "AGREE", ["RUS"], ["UKR"])),
    ("The Thai army said it would not declare martial law.", ("0351", "AGREE", ["THA"], [])),
])
def test_a_pledge_not_to_do_harm_is_an_intention_to_yield(nlp, text, expected):
    assert expected in _codes(nlp, text)


@pytest.mark.parametrize("text", [
    "Russia did not attack Ukraine.",                          # a past act denied: nothing done, nothing pledged
    "Putin did not say Russia would attack Ukraine.",          # the negation is on the saying
    "Analysts said Russia would attack Ukraine.",              # another's act in a guess: no threat, no pledge
    "The protesters said they would not be arrested.",         # a passive pledges nothing of its subject
    "If Russia will not attack Ukraine, talks can resume.",    # a condition
])
def test_what_is_no_pledge_codes_no_agree(nlp, text):
    assert not [d for d in dyads(nlp, text) if d[0] == "AGREE"]


def test_an_act_named_with_its_object_is_not_aimed_at_a_thing(nlp):
    # "law" is a thing ("passed the law" is aimed at no one), but "declare martial law" is CAMEO 1724 by its entry
    assert ("1724", "COERCE", ["KOR"], []) in _codes(nlp, "South Korea's president declared martial law.")
    assert not dyads(nlp, "The Senate passed the law.")
