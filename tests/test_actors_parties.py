"""US party conventions for persons and groups the knowledge files do not list (docs/coding.md section 4,
"Party tags and party adjectives"). Every sentence here is the team's own; the names are invented."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp._pipeline import make_doc

DAY = date(2016, 3, 1)


def actor(nlp, text: str, words: str):
    doc = nlp(make_doc(nlp, text, DAY))
    found = [a for a in doc._.actors if doc[a.start:a.end].text.endswith(words)]
    assert found, [doc[a.start:a.end].text for a in doc._.actors]
    return found[0]


@pytest.mark.parametrize("text", [
    "Marla Quennell (R-Ohio) criticized the spending bill.",
    "Marla Quennell (D-N.Y.) criticized the spending bill.",
    "Marla Quennell (I-Vt.) criticized the spending bill.",
    "Marla Quennell, R-Texas, criticized the spending bill.",
])
def test_a_party_and_state_tag_after_a_name_is_a_us_legislator(nlp, text):
    a = actor(nlp, text, "Quennell")
    assert (a.code, a.sector) == ("USA", "LEG")


@pytest.mark.parametrize("text", [
    "Marla Quennell, 52, criticized the spending bill.",
    "Marla Quennell (pictured) criticized the spending bill.",
    "Marla Quennell, I think, criticized the spending bill.",
])
def test_other_brackets_and_commas_after_a_name_say_nothing(nlp, text):
    assert actor(nlp, text, "Quennell").code is None


@pytest.mark.parametrize("text, words", [
    ("Three Republican hopefuls attacked the tax plan.", "hopefuls"),
    ("Democratic candidates criticized the court ruling.", "candidates"),
    ("A GOP nominee campaigned in the suburbs.", "nominee"),
])
def test_a_party_adjective_on_a_role_gives_the_party_country(nlp, text, words):
    a = actor(nlp, text, words)
    assert (a.code, a.sector) == ("USA", "ELI")


def test_a_person_in_apposition_to_a_party_role_is_of_that_country(nlp):
    a = actor(nlp, "Dorian Pell, a former Republican presidential candidate, criticized the bill.", "Pell")
    assert a.code == "USA"


def test_a_party_adjective_does_not_override_a_document_about_another_country(nlp):
    # A document about Kenya: its "Democratic" candidates are no Americans.
    a = actor(nlp, "In Nairobi, Kenya's Democratic candidates criticized the Kenyan electoral commission.", "candidates")
    assert a.code != "USA"


def test_a_town_the_model_takes_for_a_name_still_places_a_group(nlp):
    # The small model tags "Koblenz" as a person; after "a court in" it is where the court sits.
    doc = nlp(make_doc(nlp, "A court in Koblenz on Tuesday convicted a former Syrian officer.", DAY))
    court = next(a for a in doc._.actors if doc[a.start:a.end].text.endswith("court"))
    assert (court.code, court.sector) == ("DEU", "JUD")


@pytest.mark.parametrize("text, sector", [
    ("House Republican Dorian Pell criticized the spending bill.", "LEG"),
    ("Senate Democrat Marla Quennell praised the court ruling.", "LEG"),
    ("Democrat Marla Quennell praised the court ruling.", "ELI"),
    ("Republican Dorian Pell attacked the tax plan.", "ELI"),
])
def test_a_party_named_before_an_unknown_person_gives_the_party_country(nlp, text, sector):
    a = actor(nlp, text, "Pell" if "Pell" in text else "Quennell")
    assert (a.code, a.sector) == ("USA", sector)


def test_a_title_sector_wins_over_the_party_default(nlp):
    a = actor(nlp, "GOP Sen. Dorian Pell attacked the tax plan.", "Pell")
    assert (a.code, a.sector) == ("USA", "LEG")


def test_a_party_before_a_person_does_not_override_a_document_about_another_country(nlp):
    a = actor(nlp, "In Nairobi, Democrat Marla Quennell criticized Kenya's electoral commission.", "Quennell")
    assert a.code != "USA"
