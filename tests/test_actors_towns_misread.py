"""Towns the small model misreads (docs/coding.md, "Towns read as persons"). Every sentence here is the team's own.

The small model tags many towns of the wars in the news as persons ("bombed Rafah"), as a work of art ("struck
Kharkiv and Odesa") or as a language ("a depot in Belgorod"). Read so, the town was an unresolved name or no actor,
and the attack had no target. "The village of X" was worse: the Phoenix agent word "village" made it villagers, coded
by the sentence's own country (RUS against RUS)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp._pipeline import make_doc
from tests.coded import actors_on, dyads_on

day = date(2024, 3, 5)
dyads = dyads_on(day)
actors = actors_on(day)


@pytest.mark.parametrize("text, expected", [
    ("Israeli jets bombed Rafah.", ("ASSAULT", ["ISR"], ["PSE"])),
    ("Russian forces shelled Kherson and Zaporizhzhia.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Russian missiles struck Kharkiv and Odesa overnight.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Ukrainian drones struck an oil depot in Belgorod overnight.", ("ASSAULT", ["UKR"], ["RUS"])),
    ("Israeli aircraft struck targets in Khan Younis.", ("ASSAULT", ["ISR"], ["PSE"])),
    ("Russian glide bombs hit Sumy on Tuesday.", ("ASSAULT", ["RUS"], ["UKR"])),
    # a town named as a town is one, however small
    ("Israeli troops raided the city of Jenin.", ("ASSAULT", ["ISR"], ["PSE"])),
])
def test_a_town_the_tagger_misreads_is_the_place_attacked(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_the_village_of_a_name_is_a_place_not_villagers_of_the_sentence(nlp):
    # the gazetteer does not know the village: no target beats the attackers' own country
    assert dyads(nlp, "Russian troops captured the village of Krynky.") == [("ASSAULT", ["RUS"], [])]
    (village,) = actors(nlp, "Russian troops captured the village of Krynky.", "village of Krynky")
    assert (village.kind, village.code, village.sector) == ("place", None, None)


@pytest.mark.parametrize("text, words", [
    # given names and surnames stay persons, as does a person named before in full
    ("Obama criticized Jackson.", "Jackson"),
    ("Lewis Hamilton won in Monaco, and the stewards later fined Hamilton.", "Hamilton"),
    # a subject is a person who acts, not a town
    ("Kherson said the talks had failed.", "Kherson"),
])
def test_persons_named_like_towns_stay_persons(nlp, text, words):
    found = actors(nlp, text, words)
    assert all(a.kind == "person" for a in found)


@pytest.mark.parametrize("text", [
    # "Orange", "Paradise": towns of the gazetteer, but small, inside a work's or an event's title
    'She wrote "A Paradise Built in Hell" in 2009.',
    "It began with the Orange Revolution.",
])
def test_a_title_holding_a_town_name_is_no_place(nlp, text):
    doc = nlp(make_doc(nlp, text, day))
    assert not [a for a in doc._.actors if a.kind == "place"]
