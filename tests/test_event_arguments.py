"""Argument attachment and senses of the event coder (docs/coding.md, sections 2 and 5).

Every sentence here is the team's own.
"""

from __future__ import annotations

from datetime import date

import pytest

import eventwire
from eventwire.nlp import load
from eventwire.pipeline import analyze

DAY = date(2024, 5, 6)


@pytest.fixture(scope="module")
def nlp():
    return load()


def dyads(nlp, text: str):
    doc = eventwire.read(text.encode())[0]
    (result,) = list(analyze([doc], nlp=nlp, date_override=DAY))
    return [(e.plover_type, sorted({a.code for a in e.source if a.code}), sorted({a.code for a in e.target if a.code}))
            for e in result.events if e.plover_type]


@pytest.mark.parametrize("text, expected", [
    ("Austria faced sharp criticism from Italy over the border checks.", ("ACCUSE", ["ITA"], ["AUT"])),
    ("Poland drew condemnation from the European Union.", ("ACCUSE", ["EUR"], ["POL"])),
    ("Chile received a wave of criticism from Bolivia after the vote.", ("ACCUSE", ["BOL"], ["CHL"])),
])
def test_who_receives_a_nominal_event_is_its_target(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("He denounced the United Nations in a long speech.", ("ACCUSE", [], ["UNO"])),
    ("She praised NATO for its patience.", ("SUPPORT", [], ["NAT"])),
])
def test_a_pronoun_agent_keeps_an_event_with_a_named_target(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


def test_a_pronoun_agent_alone_is_no_event(nlp):
    assert dyads(nlp, "He denounced the decision in a long speech.") == []
