"""Persons where the document is (docs/coding.md §4): a person the tables do not know, in a document whose home is
clear, is of that home when the sentence names no other country and no place. Every text here is the team's own."""

from __future__ import annotations

from datetime import date

from tests.coded import coded, dyads

DAY = date(2016, 5, 1)
KENYA = "Officials in Nairobi and Mombasa said the vote was calm. Kenyan police arrested opposition supporters in Kisumu. "


def test_an_unknown_person_in_an_article_on_one_country_is_of_it(nlp):
    found = dyads(coded(nlp, KENYA + "Wanjiru Kamau, a teacher, accused the police of brutality.", DAY), known=False)
    assert ("ACCUSE", ["KEN"], ["KEN"]) in found


def test_a_sentence_alone_teaches_no_home(nlp):
    found = dyads(coded(nlp, "Wanjiru Kamau, a teacher, accused the police of brutality.", DAY), known=False)
    assert ("ACCUSE", ["KEN"], ["KEN"]) not in found
    assert all("KEN" not in source for _, source, _ in found)


def test_a_sentence_that_names_another_place_keeps_its_own_reading(nlp):
    found = dyads(coded(nlp, KENYA + "Pierre Dubois, a lawyer in Paris, accused the police of brutality.", DAY),
                  known=False)
    assert not any(kind == "ACCUSE" and "KEN" in source for kind, source, _ in found)
