"""Patrons and leaders in hyphenated compounds (docs/coding.md, "Patrons and leaders"). Every sentence here is the
team's own.

The rule tests fail on the coder before the round: a patron's country was the group's ("a Turkish-backed rebel
group" was TUR, and lent TUR to the sentence's other groups), a side taken was a nationality ("pro-Russian
separatists" RUS), and "the Saudi-led coalition" was no actor."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp._pipeline import make_doc
from tests.coded import dyads_on

DAY = date(2019, 3, 1)
dyads = dyads_on(DAY)


def _codes(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(make_doc(nlp, text, DAY))
    return {doc[a.start:a.end].text: a.code for a in doc._.actors}


@pytest.mark.parametrize("text, expected", [
    ("The Saudi-led coalition accused Iran of arming the rebels.", ("ACCUSE", ["SAU"], ["IRN"])),
    ("US-led coalition forces bombed Islamic State positions near Mosul.", ("ASSAULT", ["USA"], ["IMG"])),
    ("French-led troops attacked militants in northern Mali.", ("ASSAULT", ["FRA"], ["MLI"])),
])
def test_a_led_group_acts_as_its_leading_state(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, group, code", [
    ("Pro-Russian separatists in eastern Ukraine shelled the town.", "Pro-Russian separatists", "UKR"),
    ("Russian-backed separatists in eastern Ukraine shelled the town.", "separatists", "UKR"),
    ("Anti-American protesters in Pakistan burned flags.", "Anti-American protesters", "PAK"),
])
def test_a_patron_or_a_cause_is_no_nationality(nlp, text, group, code):
    assert _codes(nlp, text).get(group) == code


def test_a_patron_lends_no_country_to_the_sentence(nlp):
    # before: "Turkish" was the sentence's one country and both sides of the attack became TUR
    assert not any("TUR" in source + target for _, source, target in
                   dyads(nlp, "A Turkish-backed rebel group attacked Kurdish fighters."))


@pytest.mark.parametrize("text, expected", [
    # a country joined by a hyphen to another word stays the country
    ("Russian troops shelled the Ukrainian town.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Iraqi troops attacked Iranian guards on the Iran-Iraq border.", ("ASSAULT", ["IRQ"], ["IRN"])),
])
def test_other_compounds_keep_their_country(nlp, text, expected):
    assert expected in dyads(nlp, text)
