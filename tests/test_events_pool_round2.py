"""Rules of the second pool round (docs/coding.md, "The second pool round"): classes of false events read on
unannotated news that no split was tuned on. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on, types_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)

_types = types_on(DAY)


# -- backing stated in the simple present: a standing stance (decision 10), not an act ---------------------------
@pytest.mark.parametrize("text", [
    "The French president said he supports the Ukrainian government.",
    "Only two senators currently back the Egyptian plan.",
    "Macron said Germany supports Ukraine.",
])
def test_backing_in_the_simple_present_is_a_stance(nlp, text):
    assert "SUPPORT" not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("Germany backed the Ukrainian government on Tuesday.", ("SUPPORT", ["DEU"], ["UKR"])),
    ("\"We support the Ukrainian government,\" Merkel said.", ("SUPPORT", ["DEU"], ["UKR"])),
])
def test_backing_done_or_said_by_the_speaker_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


def test_backing_in_the_progressive_stays(nlp):
    assert "SUPPORT" in _types(nlp, "Merkel is backing Macron in the dispute with Italy.")


# -- what an election hands out: seats, delegates, nominations ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Governor Jones, who is battling Senator Smith in Ohio for the seat, declined to comment.",
    "In both states, Senator Rubio received all the delegates at stake.",
])
def test_a_contest_for_an_electoral_prize_is_no_event(nlp, text):
    assert _types(nlp, text) == []


@pytest.mark.parametrize("text, dyad", [
    ("Senator Sanders conceded the nomination to Hillary Clinton.", ("CONCEDE", ["USA"], ["USA"])),
    ("Egypt received the Israeli delegation in Cairo.", ("CONSULT", ["EGY"], ["ISR"])),
    ("Russia battled Ukraine for the city.", ("ASSAULT", ["RUS"], ["UKR"])),
])
def test_yielding_the_prize_or_another_object_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- questions put with a verb of asking ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Shortly after the summit, Al Jazeera's Jane Smith asked the Turkish frontrunner about the border dispute.",
    "Asked what qualities he would like Egypt's next leader to show, Sisi said, \"Courage.\"",
    "Merkel asked the Russian president rhetorically during the summit.",
])
def test_a_question_is_no_request(nlp, text):
    assert "REQUEST" not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("Merkel asked Putin to withdraw his troops from the border.", ("REQUEST", ["DEU"], ["RUS"])),
    ("Merkel asked Putin for a ceasefire.", ("REQUEST", ["DEU"], ["RUS"])),
])
def test_asking_for_an_act_or_a_thing_stays_a_request(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- a condition said by inversion ("had X done", "should X do") ------------------------------------------------
@pytest.mark.parametrize("text", [
    "It would have been wise, had Egypt consulted Sudan before the vote.",
    "\"It would have been nice had Merkel praised Macron,\" the minister said.",
])
def test_an_inverted_condition_reports_no_act(nlp, text):
    assert _types(nlp, text) == []


@pytest.mark.parametrize("text, dyad", [
    ("Egypt had consulted Sudan before the vote.", ("CONSULT", ["EGY"], ["SDN"])),
    ("The minister said Merkel had praised Macron.", ("SUPPORT", ["DEU"], [])),
])
def test_the_same_act_reported_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- an obligation of the speaker's own side --------------------------------------------------------------------
def test_an_obligation_said_of_ourselves_is_no_demand(nlp):
    assert "REQUEST" not in _types(nlp, "\"We must release the fishermen,\" Sisi told the BBC.")


def test_an_obligation_said_of_another_stays_a_demand(nlp):
    assert ("REQUEST", ["ISR"], ["EGY"]) in dyads(nlp, "\"Egypt must release the fishermen,\" Netanyahu told the BBC.")
