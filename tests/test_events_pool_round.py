"""Rules of the pool round (docs/coding.md, "The pool round"): two classes of false REQUEST events read on
unannotated news. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on, types_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)

_types = types_on(DAY)


# -- statements read as acts: an obligation that owes a state of knowing or a saying, or none at all --------
@pytest.mark.parametrize("text", [
    "\"Farmers need to know that the tariffs will hurt them,\" the French president said.",
    "\"I have to say what I think,\" Angela Merkel said.",
    "The French president said the rebels must be able to leave the city.",
    "The French president said Egypt has yet to answer the letter.",
    "\"We have to say what we have to say about the deal,\" Merkel said.",
])
def test_an_obligation_to_know_or_say_is_no_demand(nlp, text):
    assert "REQUEST" not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("\"Egypt needs to release the fishermen,\" the French president said.", ("REQUEST", ["FRA"], ["EGY"])),
    ("The French president said Egypt has to answer the letter.", ("REQUEST", ["FRA"], ["EGY"])),
    ("The French president said Egypt must leave the city.", ("REQUEST", ["FRA"], ["EGY"])),
])
def test_an_obligation_to_act_stays_a_demand(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- asking for a thing of nobody ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "France called for a moratorium on drilling.",
    "Egypt sought a second vote in the council.",
    "Japan lobbied for a higher tax on imports.",
])
def test_a_thing_asked_of_no_one_is_no_request(nlp, text):
    assert "REQUEST" not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("France called on Iran to halt enrichment.", ("REQUEST", ["FRA"], ["IRN"])),
    ("Germany urged Congress to act on the treaty.", ("REQUEST", ["DEU"], ["USA"])),
    ("Japan asked the court for a delay.", ("REQUEST", ["JPN"], ["JPN"])),
])
def test_a_request_that_names_whom_it_asks_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


def test_asking_for_an_act_of_someone_stays_a_request(nlp):
    # an inquiry asked for is an act of whoever inquires, not a thing: the request stays (its target unnamed)
    text = "Senator Durbin sent a letter to the attorney general asking for an investigation of the police department."
    assert "REQUEST" in _types(nlp, text)


def test_a_sense_of_its_own_keeps_the_thing_asked(nlp):
    # "urged restraint" is CAMEO 0256 (ask for de-escalation), coded with no one named (the request senses of §2)
    assert "REQUEST" in _types(nlp, "Germany urged restraint.")


def test_an_obligation_with_a_thing_for_object_stays_a_demand(nlp):
    # the object of an owed act is what the act is done to, not a thing asked for: the speaker's demand stays
    assert "REQUEST" in _types(nlp, "The French president says we should round up the stray dogs.")
