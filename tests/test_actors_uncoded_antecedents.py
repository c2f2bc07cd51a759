"""Uncoded antecedents (docs/coding.md, "Uncoded antecedents"): when the nearest candidate that fits a pronoun is a
person or organisation the model names (PERSON, ORG) but the tables do not code, the sentence-level pronoun rules
(``_antecedent`` in nlp/actors.py) leave the pronoun uncoded instead of passing over that name to a coded actor
named further back. Every text here is the team's own; the names are invented."""

from __future__ import annotations

from datetime import date

from tests.coded import actors_on

DAY = date(2016, 3, 1)
actors = actors_on(DAY)

BRANDT = "Austrian Chancellor Daniel Brandt spoke in Vienna on Monday. "


def test_an_uncoded_nearer_person_blocks_he(nlp):
    # Velikov is the nearest person that fits "he"; without a code, "he" is not Brandt's either.
    assert actors(nlp, BRANDT + "Tomas Velikov said he would resign.", "he")[0].code is None


def test_a_coded_nearer_person_still_resolves(nlp):
    text = "Kenyan Prime Minister Daniel Oduya spoke in Vienna on Monday. Austrian Chancellor Tomas Brandt said he would resign."
    assert actors(nlp, text, "he")[0].code == "AUT"


def test_an_uncoded_person_of_the_other_sex_does_not_block(nlp):
    # Counter-example: "Margaret" says Welkin is a woman, no candidate for "he", which keeps Brandt.
    assert actors(nlp, BRANDT + "Margaret Welkin said he would resign.", "he")[0].code == "AUT"


def test_an_uncoded_nearer_organisation_blocks_it(nlp):
    text = "Russia criticized the Kenyan government on Monday. The Veltrona Corporation said it would leave Kenya."
    assert actors(nlp, text, "it")[0].code is None


def test_an_uncoded_organisation_does_not_block_he(nlp):
    # Counter-example: an organisation is no candidate for a personal pronoun.
    text = BRANDT + "The Veltrona Corporation was not there, and he left Vienna."
    assert actors(nlp, text, "he")[0].code == "AUT"


def test_an_uncoded_subject_before_the_chosen_antecedent_does_not_block(nlp):
    # Counter-example: the uncoded Velikov is named before Brandt, not between Brandt and "he".
    text = "The moderator Tomas Velikov asked Austrian Chancellor Daniel Brandt why he criticized Russia."
    assert actors(nlp, text, "he")[0].code == "AUT"
