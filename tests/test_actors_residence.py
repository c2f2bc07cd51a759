"""Residence from a person's description (docs/coding.md, "Residence from a person's description").

A person or generic agent the files give no country takes the country of a place the text attaches to that same
person: an apposition's role ("a technician in Louisiana"), a clause of living or origin ("who lives in Lyon"),
"of" after a name ("of Des Moines") or after an age. A place the person went to or acted in, or that a role is
about, gives nothing. Every sentence here is the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp._pipeline import make_doc
from eventwire.nlp._view import extension
from tests.coded import dyads_on

dyads = dyads_on(date(2016, 5, 1))


def code_of(nlp, text: str, words: str):
    """The code of the actor whose words start with ``words``."""
    doc = nlp(make_doc(nlp, text, date(2016, 5, 1)))
    found = [a for a in extension(doc, "actors") if doc[a.start:a.end].text.startswith(words)]
    assert found, [doc[a.start:a.end].text for a in extension(doc, "actors")]
    return found[0].code


@pytest.mark.parametrize("text, code", [
    # an apposition's role with "in" / "from"
    ("Marta Quist, an instrument technician in Louisiana, criticized the German chancellor.", "USA"),
    ("Marta Quist, a nurse from Lyon, criticized the German chancellor.", "FRA"),
    ("Marta Quist, a technician in Chalmette, La., criticized the German chancellor.", "USA"),
    # "resident of", "native of"
    ("Marta Quist, a resident of Lyon, criticized the German chancellor.", "FRA"),
    # a clause of living or origin
    ("Marta Quist, who lives in Lyon, criticized the German chancellor.", "FRA"),
    ("Marta Quist, who is from Ohio, criticized the German chancellor.", "USA"),
    ("Marta Quist, a lawyer based in Lyon, criticized the German chancellor.", "FRA"),
    # "of" after the name, and after an age
    ("Marta Quist of Des Moines criticized the German chancellor.", "USA"),
    ("Marta Quist, 44, of Columbus, Ohio, criticized the German chancellor.", "USA"),
])
def test_a_person_takes_the_place_the_text_attaches_to_her(nlp, text, code):
    assert code_of(nlp, text, "Marta") == code


def test_a_generic_agent_who_lives_somewhere_is_of_its_country(nlp):
    assert code_of(nlp, "The lawyer, who lives in Lyon, criticized the German chancellor.", "lawyer") == "FRA"
    assert code_of(nlp, "A resident of Chalmette, La., criticized the German chancellor.", "resident") == "USA"
    assert code_of(nlp, "The lawyer, who flew to Lyon, criticized the German chancellor.", "lawyer") is None
    assert ("ACCUSE", ["FRA"], ["DEU"]) in dyads(nlp, "The lawyer, who lives in Lyon, criticized the German chancellor.")


@pytest.mark.parametrize("text", [
    # where she went or acted
    "Marta Quist, a technician who flew to Paris, criticized the German chancellor.",
    "Marta Quist, in Paris for talks, criticized the German chancellor.",
    "Marta Quist, a lawyer in the case in Lyon, criticized the German chancellor.",
    "Marta Quist, who met the mayor in Lyon, criticized the German chancellor.",
    "Marta Quist, who was in Lyon last week, criticized the German chancellor.",
    "Marta Quist, a soldier in Iraq, criticized the German chancellor.",
    "Marta Quist, a fighter in Syria, criticized the German chancellor.",
    # a place the role is about, or a target
    "Marta Quist, a critic of Russia, criticized the German chancellor.",
    "Marta Quist, who sued France, criticized the German chancellor.",
    # denied, or no place at all
    "Marta Quist, who does not live in Lyon, criticized the German chancellor.",
    "Marta Quist of Exxon criticized the German chancellor.",
])
def test_a_place_of_travel_of_an_act_or_of_a_target_gives_nothing(nlp, text):
    assert code_of(nlp, text, "Marta") is None
    # the event keeps its target
    assert any(d[0] == "ACCUSE" and d[2] == ["DEU"] for d in dyads(nlp, text))
