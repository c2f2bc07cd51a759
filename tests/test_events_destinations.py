"""Places an act goes to, shared borders, and supplies cut (docs/coding.md, "Places an act goes to"). Every sentence
here is the team's own.

A place was a target only of a harmful act ("campaigned in Iowa" is where, not whom), so aid sent to Gaza had no one
to go to and was dropped. A border's "with", hung on the verb by the parser, made closing a border a fight of both
sides. "Novi", the first word of "Novi Sad", was a town in Michigan. And halting gas deliveries was no act."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2024, 3, 5))


@pytest.mark.parametrize("text, expected", [
    ("The US sent aid to Gaza.", ("AID", ["USA"], ["PSE"])),
    ("Jordan airdropped food into Gaza.", ("AID", ["JOR"], ["PSE"])),
    ("The UN delivered food to Darfur.", ("AID", ["UNO"], ["SDN"])),
    ("Obama traveled to Gaza.", ("CONSULT", ["USA"], ["PSE"])),
    # a town the model tags LOC
    ("The US sent aid to Kharkiv.", ("AID", ["USA"], ["UKR"])),
])
def test_a_place_abroad_that_an_act_goes_to_is_its_target(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # a trip at home and a place where something happens stay no one
    "Clinton flew to Ohio.",
    "Obama campaigned in Iowa.",
])
def test_a_place_at_home_or_where_is_no_target(nlp, text):
    assert dyads(nlp, text) == []


def test_a_shared_border_is_no_fight_of_both_sides(nlp):
    assert dyads(nlp, "Finland closed its border with Russia.") == [("ASSAULT", ["FIN"], ["RUS"])]
    # a fight "with" someone is still mutual
    assert sorted(d[1:] for d in dyads(nlp, "Indian troops clashed with Chinese soldiers.")) == [(["CHN"], ["IND"]),
                                                                                          (["IND"], ["CHN"])]


def test_a_two_word_town_is_not_its_first_word(nlp):
    # "Novi" alone is a town in Michigan; "Novi Sad" is in Serbia
    assert not any("USA" in target for _, _, target in dyads(nlp, "Serbian students blocked a bridge in Novi Sad."))


@pytest.mark.parametrize("text, expected", [
    ("Russia halted gas deliveries to Europe.", ("SANCTION", ["RUS"], ["EUR"])),
    ("Russia stopped oil supplies to Belarus.", ("SANCTION", ["RUS"], ["BLR"])),
])
def test_halting_supplies_is_cutting_them(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # weapons or forces of no one named are what goes; whom they go to is the target
    ("Iran supplied drones to Russia.", ("AID", ["IRN"], ["RUS"])),
    ("North Korea sent troops to Russia.", ("MOBILIZE", ["PRK"], ["RUS"])),
    # troops sent to a country are not of it (force's posture takes no domestic default from the country dealt with)
    ("The army sent troops to Mali.", ("MOBILIZE", [], ["MLI"])),
])
def test_what_is_sent_goes_to_someone(nlp, text, expected):
    assert dyads(nlp, text) == [expected]
