"""Acts at sea (docs/coding.md, "Acts at sea"). Every sentence here is the team's own.

A ship seized at sea took the domestic default of the only country the sentence named, the seizer's: "Houthi rebels
seized a cargo ship in the Red Sea" was YEM against YEM. The country word of a sea's name was the place of the act
("in the Gulf of Oman" made the tanker Omani), and "Gulf", also the Persian Gulf's word, made it a Gulf state's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2024, 3, 5))


@pytest.mark.parametrize("text, expected", [
    ("Houthi rebels seized a cargo ship in the Red Sea.", ("COERCE", ["YEM"], [])),
    ("Iranian forces seized an oil tanker in the Gulf of Oman.", ("COERCE", ["IRN"], [])),
    # a ship named by its country keeps it
    ("Iran seized a British tanker in the Strait of Hormuz.", ("COERCE", ["IRN"], ["GBR"])),
])
def test_what_is_at_sea_is_of_no_country_the_sentence_names(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


def test_on_land_the_domestic_default_stands(nlp):
    assert dyads(nlp, "Police arrested protesters in Paris.") == [("COERCE", ["FRA"], ["FRA"])]
