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


@pytest.mark.parametrize("text, expected", [
    ("Uganda opposed the new tariffs.", [("REJECT", ["UGA"], [])]),
    ("Tanzania opposed the Kenyan plan.", [("REJECT", ["TZA"], ["KEN"])]),
    ("Japan opposed President Putin.", [("ACCUSE", ["JPN"], ["RUS"])]),
])
def test_opposing_a_plan_is_reject_and_opposing_a_person_is_accuse(nlp, text, expected):
    assert dyads(nlp, text) == expected


def test_attacking_a_rival_without_a_weapon_is_verbal(nlp):
    assert [t for t, _, _ in dyads(nlp, "The Chilean president is attacking his rival in Peru.")] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "France and Italy agreed that the euro needs reform.",  # an opinion, not an agreement
    "The Kenyan army continued to commit abuses against civilians in Somalia.",  # not a commitment
])
def test_agreeing_with_an_opinion_or_committing_an_act_is_no_agree(nlp, text):
    assert "AGREE" not in [t for t, _, _ in dyads(nlp, text)]
