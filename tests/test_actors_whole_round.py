"""The whole-event round (docs/coding.md §4, "The whole-event round"): actor errors of events whose type is right.
The sentences are the team's own."""

from __future__ import annotations

from datetime import date

from eventwire.nlp._pipeline import make_doc
from tests.coded import dyads_on

DAY = date(2016, 6, 1)
dyads_2016 = dyads_on(DAY)


def _codes(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(make_doc(nlp, text, DAY))
    return {doc[a.start:a.end].text: a.code for a in doc._.actors}


def test_a_town_named_like_a_person_after_a_first_name_is_the_person(nlp):
    # "Martin" is a town of Slovakia in the gazetteer; after a first name it is a surname, and it gives no country
    # to the groups of its sentence.
    text = "Tavion Martin\u2019s brutal killer should be in prison, the senator said."
    assert "SVK" not in _codes(nlp, text).values()
    assert all("SVK" not in target for _, _, target in dyads_2016(nlp, text))


def test_a_town_named_like_a_person_that_speaks_is_the_person(nlp):
    # "Ramos" is a town of the Philippines; as the subject of "said" it is a person.
    codes = _codes(nlp, "\u201cWe will not back down,\u201d Ramos said on Tuesday.")
    assert "PHL" not in codes.values()


def test_a_town_named_like_a_person_in_a_locative_phrase_stays_a_town(nlp):
    # Counter-example: where something happens is a place, whatever else its name is.
    assert dyads_2016(nlp, "Rebels shelled Martin on Monday.") == [("ASSAULT", [], ["SVK"])]
    assert _codes(nlp, "Gunmen attacked a police station in Martin on Monday.").get("Martin") == "SVK"


def test_a_middle_initial_does_not_hide_a_known_person(nlp):
    # roles.tsv lists "Tom Perez" with the alias "Thomas Perez", not with his middle initial.
    codes = _codes(nlp, "Thomas E. Perez criticized the Russian government on Monday.")
    assert codes.get("Thomas E. Perez") == "USA"
    assert dyads_2016(nlp, "Thomas E. Perez criticized the Russian government on Monday.") == [("ACCUSE", ["USA"], ["RUS"])]


def test_a_middle_initial_of_an_unknown_person_gives_nothing(nlp):
    # Counter-example: a person the tables do not know under the name without the initial stays unresolved.
    codes = _codes(nlp, "Dorian Q. Pellworth criticized the Russian government on Monday.")
    assert codes.get("Dorian Q. Pellworth") is None
