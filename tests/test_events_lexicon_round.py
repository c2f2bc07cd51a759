"""Entries of the lexicon round (docs/coding.md, "The lexicon round"): every sentence here is the team's own.

Each entry test fails on the coder before the round; each has a counter-example that stays without an event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


# -- "back up" someone is backing them (the CAMEO verb dictionary's BACK, whatever its particle) -------------------
@pytest.mark.parametrize("text, dyad", [
    ("The French president backed up the German chancellor on Tuesday.", ("SUPPORT", ["FRA"], ["DEU"])),
    ("Senior Kenyan ministers are backing the Ugandan president up.", ("SUPPORT", ["KEN"], ["UGA"])),
])
def test_backing_someone_up_is_support(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Traffic backed up for miles near the bridge.",  # no one backed
    "The French president backed up his claim with documents.",  # a thing backed by its own maker
])
def test_backing_up_with_no_one_backed_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


# -- "discredit" someone denigrates them (as "malign", "impugn") ---------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("The Kenyan president discredited the Ugandan opposition leader.", ("ACCUSE", ["KEN"], ["UGA"])),
    ("The German chancellor discredited the Russian ambassador's report.", ("ACCUSE", ["DEU"], ["RUS"])),
])
def test_discrediting_someone_is_disapproval(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


def test_a_report_discrediting_a_theory_is_no_event(nlp):
    assert dyads(nlp, "The report discredited the theory.") == []

