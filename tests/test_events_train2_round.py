"""Rules of the train2 round (docs/coding.md, "The train2 round"): every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


# -- a thing judged whose author is named nowhere is aimed at no one ----------------------------------------
@pytest.mark.parametrize("text", [
    "The German chancellor condemned the violence.",
    "The German chancellor decried that math on Monday.",
])
def test_disapproval_of_a_thing_with_no_author_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


@pytest.mark.parametrize("text, dyad", [
    ("The German chancellor condemned Russia's violence.", ("ACCUSE", ["DEU"], ["RUS"])),
    ("The German chancellor condemned the Russian president.", ("ACCUSE", ["DEU"], ["RUS"])),
])
def test_disapproval_of_an_actor_or_of_an_actors_thing_keeps_its_event(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- "call" naming a thing, or passive with no caller, is no phone call ----------------------------------------
@pytest.mark.parametrize("text", [
    "The Russian ambassador called last month's sanctions bill “the worst piece of legislation we have seen in years.”",
    "The American senator was called after his grandfather, and left university this year.",
])
def test_calling_a_thing_or_being_named_is_no_consultation(nlp, text):
    assert [d for d in dyads(nlp, text) if d[0] == "CONSULT"] == []


@pytest.mark.parametrize("text, dyad", [
    ("President Obama called the French president on Tuesday.", ("CONSULT", ["USA"], ["FRA"])),
    ("The French president was called by President Obama on Tuesday.", ("CONSULT", ["USA"], ["FRA"])),
])
def test_calling_a_person_stays_a_consultation(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
