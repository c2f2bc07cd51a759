"""Rule of the generic-noun round (docs/coding.md, "The generic-noun round"): a noun aimed at no one that is the
subject of a linking verb is a topic the sentence describes, not an act it reports. Every sentence here is the
team's own.

The rule test fails on the coder before the round; the counter-examples keep their events."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on, types_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)

_types = types_on(DAY)


@pytest.mark.parametrize("text, kind", [
    ("The Texas lawsuit was among the cases where Democratic lawyers sought to overturn new voting rules.", "ACCUSE"),
    ("The Ohio lawsuit is one of several that Democratic lawyers filed this year.", "ACCUSE"),
    ("The threat from Hezbollah has become more prominent in the Israeli election campaign.", "THREATEN"),
])
def test_a_noun_aimed_at_no_one_under_a_linking_verb_is_a_topic(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    # whom it is done to is named: the act is reported
    ("Russia's invasion of Ukraine was a shock to Europe.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("The threat from Hezbollah to Israel has become more serious.", ("THREATEN", ["LBN"], ["ISR"])),
    ("The talks between Spain and Morocco were productive.", ("CONSULT", ["ESP"], ["MAR"])),
    # a possessor or a "by" names who did it: the act is reported
    ("Merkel's criticism of the plan was sharp.", ("ACCUSE", ["DEU"], [])),
    ("The offensive by the Syrian army was the largest of the war.", ("ASSAULT", ["SYR"], [])),
])
def test_a_noun_with_its_target_or_its_doer_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


def test_the_same_noun_doing_its_act_stays(nlp):
    # not under a linking verb: the lawsuit accuses, for whoever filed it
    assert "ACCUSE" in _types(nlp, "The Ohio lawsuit accuses the state of limiting early voting.")
