"""A country's name inside a person's full name is part of the name (docs/coding.md §4, "Country
names in personal names"). Sentences of our own."""

from __future__ import annotations

from datetime import date

from eventwire.nlp._pipeline import make_doc


def _codes(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(make_doc(nlp, text, date(2016, 3, 1)))
    return {doc[a.start:a.end].text: a.code for a in doc._.actors}


def test_a_surname_that_is_a_country_gives_no_country(nlp):
    codes = _codes(nlp, "The studio cast actor Michael B. Jordan as the lead in the new film.")
    assert all(code != "JOR" for code in codes.values()), codes


def test_a_country_named_before_the_person_still_codes_them(nlp):
    codes = _codes(nlp, "Jordan's King Abdullah met the Israeli prime minister in Amman.")
    assert "JOR" in codes.values()


def test_a_country_the_model_tags_as_a_person_is_still_the_country(nlp):
    # the small model may tag "Sri Lanka's" as PERSON: nothing of the name is left outside the country
    codes = _codes(nlp, "Sri Lanka's president urged Indian investors to take part in the port's development.")
    assert [c for name, c in codes.items() if name.endswith("president")] == ["LKA"]
