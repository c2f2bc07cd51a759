"""Countries dealt with, and officials the sentence does not place (docs/coding.md, "Countries dealt with"). Every
sentence here is the team's own.

The domestic default gave an unnamed official the one country of the sentence, which was often the country dealt
with: "The government imposed sanctions on Russia" was Russia sanctioning itself. Only verbal acts were kept from
that. And an official the sentence did not place dropped the act, though the PLOVER gold codes it with an empty
source. A country the small model tags PERSON ("Mali") was a person of that country, so rules about countries named
as such did not see it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import actors_on, dyads_on

day = date(2024, 3, 5)
dyads = dyads_on(day)


@pytest.mark.parametrize("text, expected", [
    ("The government imposed sanctions on Russia.", ("SANCTION", [], ["RUS"])),
    ("Officials signed a trade deal with Canada.", ("COOPERATE", [], ["CAN"])),
    ("The president called off his visit to France.", ("SANCTION", [], ["FRA"])),
    ("Officials criticized Russia.", ("ACCUSE", [], ["RUS"])),
    # "Mali" is tagged PERSON by the small model: still the country dealt with (a retreat from it: docs/coding.md,
    # "The fourth wire battery round")
    ("The army withdrew from Mali.", ("RETREAT", [], ["MLI"])),
])
def test_an_unplaced_official_acting_on_a_country_is_not_of_it(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


def test_force_against_a_country_may_be_domestic(nlp):
    # rebels who attack Mali may be Malian: force keeps the domestic default
    assert dyads(nlp, "Rebels attacked Mali.") == [("ASSAULT", ["MLI"], ["MLI"])]


@pytest.mark.parametrize("text", [
    # crowds and travellers whose only country in the sentence is the one dealt with are not of it, and are no party
    # to a state's acts: no event (the flag burnt was USA → USA by default before)
    "Migrants traveled to Europe on false Syrian passports.",
    "Protesters burned the American flag.",
])
def test_unplaced_crowds_do_not_act_for_anyone(nlp, text):
    assert dyads(nlp, text) == []


def test_a_country_tagged_as_a_person_is_the_country(nlp):
    (mali,) = actors_on(day)(nlp, "The army withdrew from Mali.", "Mali")
    assert (mali.code, mali.kind) == ("MLI", "country")


def test_a_country_named_as_where_is_not_dealt_with(nlp):
    assert dyads(nlp, "The opposition boycotted the presidential election in Chad.") == [("PROTEST", ["TCD"], [])]
