"""Actor rules of the real-news round (docs/coding.md section 4, "Groups where the document is" and "US federal
institutions"). Every text here is the team's own; the persons and places are invented or generic."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import actors_on, code_and_sector, dyads_on

DAY = date(2019, 6, 4)
dyads = dyads_on(DAY)
actors = actors_on(DAY)
coded = code_and_sector


# -- groups where the document is ---------------------------------------------------------------------------------

KENYA = ("Kenya's parliament met in Nairobi on Monday to debate the new tax law. The Kenyan president said the law "
         "would raise revenue for roads. ")


def test_an_unnamed_group_in_a_sentence_without_a_country_is_of_the_document_country(nlp):
    text = KENYA + "Opposition lawmakers walked out of the chamber before the vote."
    assert coded(actors(nlp, text, "Opposition lawmakers")[0]) == ("KEN", "OPP")


def test_a_definite_group_of_armed_men_is_of_the_document_country(nlp):
    text = KENYA + "The attackers stormed a police post before dawn."
    assert coded(actors(nlp, text, "attackers")[0]) == ("KEN", "REB")


def test_an_event_between_unnamed_groups_takes_the_document_country(nlp):
    text = KENYA + "Riot police arrested dozens of protesters outside the chamber."
    assert ("COERCE", ["KEN"], ["KEN"]) in dyads(nlp, text)


def test_a_sentence_alone_teaches_no_country(nlp):
    # One sentence naming no country: no document to be about, so the group stays uncoded.
    assert actors(nlp, "Opposition lawmakers walked out of the chamber before the vote.",
                  "Opposition lawmakers")[0].code is None


def test_a_document_between_two_countries_gives_no_country(nlp):
    text = ("Kenya and Uganda signed a border pact. Kenyan and Ugandan ministers praised the deal. "
            "Opposition lawmakers walked out of the chamber before the vote.")
    assert actors(nlp, text, "Opposition lawmakers")[-1].code is None


def test_a_sentence_naming_another_country_keeps_its_own_default(nlp):
    # Somalia is named in the sentence: the event coder's sentence default decides, not the document.
    text = KENYA + "Opposition lawmakers accused Somalia of smuggling sugar."
    assert actors(nlp, text, "Opposition lawmakers")[-1].code is None


@pytest.mark.parametrize("sentence, words", [
    ("Most farmers raised their prices in May.", "farmers"),
    ("A farmer said the vote was a mistake.", "farmer"),
])
def test_a_kind_of_person_is_not_a_group_somewhere(nlp, sentence, words):
    # "most farmers", "a farmer": a kind of person, not people who are somewhere.
    assert actors(nlp, KENYA + sentence, words)[-1].code is None


# -- US federal institutions named without a country word -----------------------------------------------------------

@pytest.mark.parametrize("text, words, code", [
    ("The Secret Service closed the street outside the rally.", "Secret Service", "USA"),
    ("The Census Bureau released new figures on Tuesday.", "Census Bureau", "USA"),
    ("The Justice Department opened an inquiry into the sale.", "Justice Department", "USA"),
    ("The Internal Revenue Service audited the charity.", "Internal Revenue Service", "USA"),
])
def test_us_federal_institutions_are_usa(nlp, text, words, code):
    assert actors(nlp, text, words)[0].code == code


def test_an_arrest_by_the_secret_service_is_coded(nlp):
    assert dyads(nlp, "The Secret Service arrested a man who climbed the fence.") == [
        ("COERCE", ["USA"], [])]


def test_a_foreign_intelligence_service_is_not_the_secret_service(nlp):
    found = actors(nlp, "The British intelligence service warned of new attacks.", "British intelligence service")
    assert found[0].code == "GBR"
