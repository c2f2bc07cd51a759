"""Argument attachment and senses of the event coder (docs/coding.md, sections 2 and 5).

Every sentence here is the team's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2024, 5, 6)
dyads = dyads_on(DAY)


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


def test_a_nominal_event_after_despite_or_following_is_background(nlp):
    found = dyads(nlp, "Peru lifted the fishing ban after objections from Chile and Ecuador.")
    assert "ACCUSE" not in [t for t, _, _ in found], found


def test_several_critics_are_not_each_other_s_targets(nlp):
    found = dyads(nlp, "Chile and Ecuador criticised the fishing ban.")
    assert not any(s and t and s != t for _, s, t in found), found


def test_from_is_the_place_left_for_a_withdrawal(nlp):
    found = dyads(nlp, "The withdrawal of Belgian troops from Mali was completed on Friday.")
    assert not any(s == ["MLI"] for _, s, _ in found), found


@pytest.mark.parametrize("text", [
    "Norway took on more debt last year.",
    "The Kenyan finance minister proposed a ten percent sales tax.",
])
def test_a_challenge_or_proposal_aimed_at_no_one_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_a_plain_verb_carries_its_nominal_act_to_the_governor(nlp):
    found = dyads(nlp, "The Senegalese opposition threatened to call nationwide protests.")
    assert [t for t, _, _ in found] == ["THREATEN"], found


@pytest.mark.parametrize("text, expected", [
    ("Rwanda completed the withdrawal of its troops from Congo.", ("RETREAT", ["RWA"], ["COD"])),
    ("Angola speeded up the demobilisation of its militias.", ("RETREAT", ["AGO"], [])),
    ("The African Union sent a mediation mission between Ecuador and Colombia.", ("CONSULT", ["AFU"], ["COL", "ECU"])),
])
def test_a_nominal_event_under_any_governing_verb_has_the_verb_s_subject(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


def test_an_entry_headed_by_an_adverb_is_found_by_its_verb(nlp):
    assert [t for t, _, _ in dyads(nlp, "Myanmar's army forcibly displaced thousands of Rohingya villagers.")] == ["ASSAULT"]


@pytest.mark.parametrize("text, expected", [
    ("Brazil's criticism of Argentina surprised diplomats.", ("ACCUSE", ["BRA"], ["ARG"])),
    ("Ghana stepped up its criticism of Togo's election plan.", ("ACCUSE", ["GHA"], ["TGO"])),
])
def test_criticism_of_a_plan_is_aimed_at_its_author(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


def test_a_cooperative_act_in_a_relative_clause_takes_no_default_target(nlp):
    # "aims to expand trade" is Peru's (the port's) and aimed at no one named: not at Chile.
    found = dyads(nlp, "Chile praised Peru's new port, which aims to expand trade.")
    assert ("SUPPORT", ["CHL"], ["PER"]) in found and not any(t == ["CHL"] for _, _, t in found), found
