"""Pronoun round in context (docs/coding.md, "Pronoun round in context"): the sentence-level pronoun rules
(``_resolve_pronouns`` in nlp/actors.py, which read a pronoun's sentence and the one before it) do not give "he" a
person the text says is a woman, nor "she" a man, when a person of the pronoun's sex is named in the window; a person
of unknown sex stays a candidate. Every text here is the team's own; the names are invented."""

from __future__ import annotations

from datetime import date

from tests.coded import actors_on, dyads_on

DAY = date(2016, 3, 1)
actors = actors_on(DAY)
dyads = dyads_on(DAY)

MET = "Austrian Chancellor Margaret Brandt met Kenyan Prime Minister Daniel Oduya. "


def test_he_passes_over_the_woman_who_is_the_subject(nlp):
    # Salience prefers the subject (Brandt); the pronoun's sex rules her out and leaves the man.
    text = MET + "He criticized Russia."
    assert actors(nlp, text, "He")[0].code == "KEN"
    assert ("ACCUSE", ["KEN"], ["RUS"]) in dyads(nlp, text)


def test_she_is_still_the_woman_who_is_the_subject(nlp):
    # The counter-example: the same sentences with "she" keep the subject and the event.
    text = MET + "She criticized Russia."
    assert actors(nlp, text, "She")[0].code == "AUT"
    assert ("ACCUSE", ["AUT"], ["RUS"]) in dyads(nlp, text)


def test_she_passes_over_the_man_who_is_the_subject(nlp):
    text = "Austrian Chancellor Daniel Brandt met Kenyan Prime Minister Margaret Oduya. She criticized Russia."
    assert actors(nlp, text, "She")[0].code == "KEN"


def test_a_person_of_unknown_sex_stays_a_candidate(nlp):
    text = "Austrian Chancellor Brandt spoke on Monday. She criticized Russia."
    assert actors(nlp, text, "She")[0].code == "AUT"
