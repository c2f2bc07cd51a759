"""Crowds named by their number (docs/coding.md, "Crowds named by their number"). Every sentence here is the team's
own.

The rule tests fail on the coder before the round: a number was no actor, so "Thousands protested in Tbilisi" had
no source and no event; the counter-examples (money, things counted, a number that is not a subject) keep no actor."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp._pipeline import make_doc
from tests.coded import dyads_on

DAY = date(2024, 5, 20)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, expected", [
    ("Thousands protested in Tbilisi on Sunday.", ("PROTEST", ["GEO"], [])),
    ("Hundreds of people rallied outside parliament in Tbilisi.", ("PROTEST", ["GEO"], [])),
    ("Thousands of people demonstrated in Yerevan against the government.", ("PROTEST", ["ARM"], ["ARM"])),
    ("5,000 people marched through Belgrade on Saturday.", ("PROTEST", ["SRB"], [])),
    ("Tens of thousands of people protested in Madrid.", ("PROTEST", ["ESP"], [])),
])
def test_a_crowd_named_by_its_number_is_coded_where_it_is(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_a_crowd_can_be_the_target(nlp):
    found = dyads(nlp, "Troops fired on hundreds of civilians in Khartoum.")
    assert any(kind == "ASSAULT" and target == ["SDN"] for kind, _, target in found)


@pytest.mark.parametrize("text", [
    "The campaign raised thousands of dollars in Ohio.",      # money
    "The ministry received hundreds of complaints.",           # things counted
    "The charity gave millions to schools in Kenya.",          # a bare number that is no subject
    "Test scores rose in dozens of districts.",
])
def test_a_number_of_things_is_no_crowd(nlp, text):
    doc = nlp(make_doc(nlp, text, DAY))
    assert not any(a.sector == "CVL" for a in doc._.actors)
