"""Rules of the doer-less round (docs/coding.md, "The doer-less round"): verbal acts whose doer is a document that
speaks for someone, or is not named. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has counter-examples that keep no event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)


def _sourceless(nlp, text: str) -> list[tuple]:
    """(PLOVER type, target codes) of every event of ``text`` with no source at all."""
    return [(e.plover_type, sorted({a.code for a in e.target})) for e in coded(nlp, text, DAY) if not e.source]


# -- a document or a writing does a verbal act for no one named -------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The lawsuit accuses Kenya of fraud.", ("ACCUSE", ["KEN"])),
    ("The complaint accuses Senator Ted Cruz of fraud.", ("ACCUSE", ["USA"])),
    ("The letter urged Kenya to release the prisoners.", ("REQUEST", ["KEN"])),
    ("The statement condemned Kenya for the attack.", ("ACCUSE", ["KEN"])),
    ("Comments accusing Hillary Clinton of lying flooded the page.", ("ACCUSE", ["USA"])),
])
def test_a_document_speaks_with_an_empty_source(nlp, text, expected):
    assert expected in _sourceless(nlp, text)


@pytest.mark.parametrize("text", [
    "The report said Kenya had failed.",         # an attribution, no event
    "The ruling hit Democrats.",                  # a thing acting figuratively, no verbal act
    "The lawsuit alleges that the firm lied.",    # aimed at no coded actor
    "The storm hit Kenya.",                       # no document
])
def test_a_thing_that_does_not_speak_keeps_no_event(nlp, text):
    assert _sourceless(nlp, text) == []


def test_a_document_with_a_named_maker_keeps_the_maker(nlp):
    # The rule only fills in for no one named: an author named as the subject is the source.
    assert ("ACCUSE", ["KEN"], ["USA"]) in dyads(nlp, "Kenya accused Senator Ted Cruz of fraud in a letter.")


# -- harm received by someone unarmed, with no one named, is words ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Senator Ted Cruz came under fire for his remarks.",
    "Donald Trump is facing attacks over his comments.",
])
def test_received_fire_on_a_politician_is_criticism(nlp, text):
    assert ("ACCUSE", ["USA"]) in _sourceless(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenyan troops came under fire near the border.",  # soldiers under fire: gunfire, and no one named fires
    "The convoy came under fire.",
])
def test_received_fire_on_forces_or_things_stays_no_event(nlp, text):
    assert _sourceless(nlp, text) == []


def test_received_fire_with_a_named_critic_keeps_the_critic(nlp):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Senator Ted Cruz came under fire from Democrats for his remarks.")
