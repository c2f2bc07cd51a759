"""Actors named in another sentence (docs/coding.md, "Actors named in another sentence"; nlp/coref.py): a pronoun or a
definite description is coded as the actor it refers to, named up to three sentences before it, and left empty when
the text names none with a code or two that it may stand for. Every text here is the team's own; the names are
invented."""

from __future__ import annotations

from datetime import date

from tests.coded import actors_on, code_and_sector, dyads_on

DAY = date(2016, 3, 1)
actors = actors_on(DAY)
dyads = dyads_on(DAY)
coded = code_and_sector

# Two sentences that name no actor, between a named person and the pronoun: the sentence rules (the pronoun's own
# sentence and the one before it) cannot see the person.
FILLER = "The hall was half empty. The speech lasted an hour. "
ADEYEMI = "Sen. Tomas Adeyemi, R-Ohio, spoke in Columbus on Monday. "


def _antecedent(nlp, text: str, words: str) -> str | None:
    from eventwire.nlp._pipeline import make_doc

    doc = nlp(make_doc(nlp, text, DAY))
    (actor,) = [a for a in doc._.actors if doc[a.start:a.end].text == words][-1:]
    return doc[actor.antecedent[0]:actor.antecedent[1]].text if actor.antecedent else None


# -- personal pronouns --------------------------------------------------------------------------------------------

def test_a_subject_pronoun_three_sentences_on_is_the_person_named_before(nlp):
    text = ADEYEMI + FILLER + "He denounced the United Nations."
    assert coded(actors(nlp, text, "He")[0]) == ("USA", "LEG")


def test_the_event_of_a_far_pronoun_has_the_person_as_its_source(nlp):
    text = ADEYEMI + FILLER + "He denounced the United Nations."
    assert ("ACCUSE", ["USA"], ["UNO"]) in dyads(nlp, text)


def test_the_resolved_pronoun_keeps_its_words_and_records_its_antecedent(nlp):
    text = ADEYEMI + FILLER + "He denounced the United Nations."
    (he,) = actors(nlp, text, "He")
    assert he.resolved_from == "pronoun"
    assert "Adeyemi" in _antecedent(nlp, text, "He")


def test_a_pronoun_four_sentences_on_is_not_resolved(nlp):
    text = ADEYEMI + FILLER + "Many had come by bus. He denounced the United Nations."
    assert actors(nlp, text, "He")[0].code is None


def test_a_given_name_tells_which_person_she_is(nlp):
    # Two persons of two countries named in one sentence; "she" can only be the woman, though the man is the subject.
    text = ("Austrian Chancellor Tomas Brandt met Kenyan Prime Minister Margaret Oduya in Vienna. "
            + FILLER + "She criticized Russia.")
    assert actors(nlp, text, "She")[0].code == "KEN"


def test_two_persons_of_unknown_sex_leave_the_pronoun_empty(nlp):
    # "Kwame" and "Ilan" are in no list of given names: either may be "he", and they are of two countries.
    text = ("Ghanaian Foreign Minister Kwame Asante and Peruvian Foreign Minister Ilan Vasquez met in Lima. "
            + FILLER + "He criticized Chile.")
    assert actors(nlp, text, "He")[0].code is None


def test_a_person_the_files_do_not_know_in_between_leaves_the_pronoun_empty(nlp):
    # The nearest person is an unknown one: "he" is most likely that person, whom nothing codes.
    text = ADEYEMI + "A local pastor, Jim Orrin, opened the meeting. " + FILLER + "He denounced the United Nations."
    assert actors(nlp, text, "He")[0].code is None


def test_a_pronoun_before_the_person_of_its_own_sentence_is_not_resolved_backwards(nlp):
    text = ADEYEMI + FILLER + "Before he left the hall, the pastor Jim Orrin denounced the governor."
    assert actors(nlp, text, "he")[0].code is None


# -- they ----------------------------------------------------------------------------------------------------------

def test_they_is_the_group_named_by_a_plural_before(nlp):
    text = ("Kenyan opposition lawmakers marched in Nairobi on Monday. The march lasted three hours. "
            "The weather was hot. They denounced the election commission.")
    assert actors(nlp, text, "They")[0].code == "KEN"


# -- definite descriptions -----------------------------------------------------------------------------------------

def test_the_senator_is_the_senator_named_by_his_abbreviated_title(nlp):
    text = ADEYEMI + FILLER + "Later the senator criticized China."
    assert coded(actors(nlp, text, "senator")[0]) == ("USA", "LEG")
    assert "Adeyemi" in _antecedent(nlp, text, "senator")


def test_the_firm_is_the_company_named_before(nlp):
    text = ("A Kenyan mining company announced layoffs on Monday. The mine employs 300 people. "
            "Unions said the firm had broken its promises.")
    assert actors(nlp, text, "firm")[0].code == "KEN"


def test_a_description_that_may_name_two_actors_stays_empty(nlp):
    text = ("Ghanaian Foreign Minister Kwame Asante and Peruvian Foreign Minister Ilan Vasquez met in Lima. "
            + FILLER + "Later the minister criticized Chile.")
    assert actors(nlp, text, "minister")[-1].code is None


def test_a_description_of_another_office_is_not_the_person_named_before(nlp):
    # "the senator" is not a governor named before it, though both are US officials.
    text = "Gov. Peter Lindqvist of Ohio spoke on Monday. " + FILLER + "Later the senator criticized China."
    assert actors(nlp, text, "senator")[0].code is None


def test_they_far_from_a_party_is_not_the_party(nlp):
    # A party is no group of people a far "they" continues: read on real articles, it was mostly other people.
    text = "Democrats won the vote in the Senate on Monday. " + FILLER + "They denounced the election commission."
    assert actors(nlp, text, "They")[0].code is None


def test_its_is_the_body_that_was_the_subject_before(nlp):
    text = ("The Kenyan foreign ministry issued a statement on Monday. There was no reply at first. There were no "
            "questions. Its spokesman criticized Russia.")
    assert actors(nlp, text, "Its")[0].code == "KEN"


def test_its_after_a_sentence_about_a_thing_is_not_resolved(nlp):
    # "The speech lasted an hour. Its ...": the thing that was the subject in between is the likelier antecedent.
    text = "The Kenyan foreign ministry issued a statement on Monday. " + FILLER + "Its spokesman criticized Russia."
    assert actors(nlp, text, "Its")[0].code is None
