"""CAMEO's region codes as actors (docs/coding.md, "Regions"). Every sentence here is the team's own.

Each rule test fails on the coder before the round (no region was known: "European leaders" had no code and the
event was dropped); the counter-examples keep what they had."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.knowledge import knowledge, region_codes
from eventwire.outputs import gdelt
from tests.coded import dyads_on

dyads = dyads_on(date(2019, 3, 1))


@pytest.mark.parametrize("text, expected", [
    ("European leaders condemned the coup in Mali.", ("ACCUSE", ["EUR"], ["MLI"])),
    ("Western governments condemned Iran on Monday.", ("ACCUSE", ["WST"], ["IRN"])),
    ("Gulf states pledged aid to Yemen.", ("AGREE", ["PGS"], ["YEM"])),
    ("Latin American presidents criticized Venezuela.", ("ACCUSE", ["LAM"], ["VEN"])),
    ("Scandinavian ministers criticized Russia.", ("ACCUSE", ["SCN"], ["RUS"])),
    ("Britain lobbied Asian and other countries to back the ruling.", ("REQUEST", ["GBR"], ["ASA"])),
])
def test_a_region_is_an_actor(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a region's adjective that opens another proper name is that name
    ("Voters in Western Pennsylvania criticized Clinton.", ("ACCUSE", ["USA"], ["USA"])),
    # a people's adjective before "American(s)" is an origin: they are Americans (the residence convention)
    ("Asian American voters criticized Trump.", ("ACCUSE", ["USA"], ["USA"])),
    ("Mexican American voters criticized Trump.", ("ACCUSE", ["USA"], ["USA"])),
    ("Cuban-American voters criticized Obama.", ("ACCUSE", ["USA"], ["USA"])),
    # "the West" is read by its adjective only: "the West Bank" stays the Palestinian territory
    ("Israel seized land in the West Bank.", ("COERCE", ["ISR"], ["PSE"])),
    # the European Union keeps its own entry (the longer name)
    ("The European Union criticized Turkey.", ("ACCUSE", ["EUR"], ["TUR"])),
])
def test_names_that_only_open_with_a_region(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    # alone or on a thing a region is where or what, not who
    "The worst terrorist attack in Europe in a decade was an opportunity for the senator.",
    "The deal was criticized as a threat to Europe.",
    "The traders sold European food in the market.",
    "Obama discussed a Middle East peace agreement with his advisers.",
])
def test_a_region_alone_or_on_a_thing_is_no_actor(nlp, text):
    assert not any(code in region_codes() for _, source, target in dyads(nlp, text) for code in source + target)


def test_regions_are_no_countries():
    # a region is never a document's home country: it is read as a country but kept out of the country table
    kb = knowledge()
    assert region_codes() & set(kb.countries) == set()
    assert any(e.kind == "demonym" and e.code == "EUR" for e in kb.names["European"])


def test_gdelt_writes_a_region_as_the_country_code():
    code, _, country, group, *_ = gdelt._actor("EUR", "GOV", "European leaders")
    assert (code, country, group) == ("EURGOV", "EUR", "")
    # the European Union (also EUR, an IGO) stays a known group, as before
    code, _, country, group, *_ = gdelt._actor("EUR", "IGO", "European Union")
    assert (code, country, group) == ("IGOEUR", "", "EUR")


@pytest.mark.parametrize("text, expected", [
    # a region named alone as a party to an act: subject, object, or whom a verb's preposition names
    ("Russia cut gas supplies to Europe.", ("SANCTION", ["RUS"], ["EUR"])),
    ("Putin accused the West of trying to destroy Russia.", ("ACCUSE", ["RUS"], ["WST"])),
    ("Russia warned the West against sending troops to Ukraine.", ("THREATEN", ["RUS"], ["WST"])),
    ("The West imposed sanctions on Russia.", ("SANCTION", ["WST"], ["RUS"])),
    ("China criticized Europe.", ("ACCUSE", ["CHN"], ["EUR"])),
])
def test_a_region_named_as_a_party_is_an_actor(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # "the West" opens longer names, which win
    ("Israeli troops raided towns in the West Bank.", ("ASSAULT", ["ISR"], ["PSE"])),
    ("Israeli settlers attacked Palestinians in the West Bank.", ("ASSAULT", ["ISR"], ["PSE"])),
])
def test_the_west_before_a_name_is_that_name(nlp, text, expected):
    assert dyads(nlp, text) == [expected]
