"""The figure round (docs/coding.md, "The figure round"): violence aimed only at an abstract thing (a law, a plan, a
heritage, a record) is a figure of speech, whoever acts. Every sentence here is the team's own.

The rule test fails on the coder before the round; the counter-examples (war news, where the object is a place, a
convoy or a base) keep their ASSAULT."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import types_on

DAY = date(2016, 5, 1)
_types = types_on(DAY)


@pytest.mark.parametrize("text", [
    "Lawyers for the Ohio Democratic Party sought to attack changes the Ohio legislature made to voting rules.",
    "The Syrian army's attack on the Kurdish heritage of the city worried Turkey.",
    "Russian officials launched an attack on the Ukrainian law.",
    "Egypt's military attacked the Ethiopian proposal on Tuesday.",
    "Russian officials attacked the Ukrainian proposal and the American plan.",
])
def test_violence_aimed_at_an_abstract_thing_is_a_figure(nlp, text):
    assert not {"ASSAULT", "FIGHT"} & set(_types(nlp, text))


@pytest.mark.parametrize("text", [
    "Russian troops attacked the Ukrainian base near Donetsk.",
    "Syrian forces shelled the village near Aleppo on Tuesday.",
    "Islamist militants targeted the Nigerian army convoy near Maiduguri.",
    "Syrian jets attacked a crowded market in Aleppo.",
    "Russian troops attacked the Ukrainian base and its new policy near Donetsk.",  # one concrete object keeps the act
])
def test_violence_aimed_at_a_place_or_force_stays_assault(nlp, text):
    assert "ASSAULT" in _types(nlp, text)
