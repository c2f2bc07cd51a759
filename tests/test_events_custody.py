"""Custody and citizenship (docs/coding.md, "Custody and citizenship"). Every sentence here is the team's own.

People a police, a court or a government arrests or frees are its own country's, even when the sentence names a
second country (before, two countries left no domestic default and the release had no target, so it was dropped);
"strip of citizenship" is an administrative sanction (CAMEO 172), its words found through the object's "of"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on

DAY = date(2015, 1, 10)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, expected", [
    ("Cuban authorities released 553 prisoners after a deal with the Vatican.", ("CONCEDE", ["CUB"], ["CUB"])),
    ("Egyptian police arrested dozens of protesters after the match against Algeria.", ("COERCE", ["EGY"], ["EGY"])),
])
def test_the_keepers_people_are_its_own(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_deportees_and_an_armys_captives_take_no_keepers_country(nlp):
    # deported people are foreigners; an army abroad holds anyone's people
    assert ("COERCE", ["KEN"], ["KEN"]) not in dyads(nlp, "Kenya deported 200 migrants to Somalia.")


def test_stripping_citizenship_is_an_administrative_sanction(nlp):
    found = [(e.cameo, sorted(a.code for a in e.source)) for e in
             coded(nlp, "The Nicaraguan government stripped 94 critics of their citizenship.", DAY)]
    assert ("172", ["NIC"]) in found
