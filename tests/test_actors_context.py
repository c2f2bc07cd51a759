"""Document-level actor memory (docs/coding.md section 4, "The document's memory"): within one document, what the text
coded once codes the later short mentions of the same actor. Every text here is the team's own; the names are
invented."""

from __future__ import annotations

from datetime import date

from tests.coded import actors_on, code_and_sector

DAY = date(2016, 3, 1)
actors = actors_on(DAY)
coded = code_and_sector


# -- pronoun subjects: the person the text last made its subject -------------------------------------------------

QUENNELL = ("Sen. Marla Quennell, R-Ohio, said she would vote against the budget. The bill passed the Senate on a "
            "narrow vote. Analysts expected a long debate. ")


def test_a_subject_pronoun_far_from_its_person_takes_the_last_person_subject(nlp):
    text = QUENNELL + "She said the vote was a mistake."
    assert coded(actors(nlp, text, "She")[0]) == ("USA", "LEG")


def test_a_subject_pronoun_of_the_other_gender_is_not_the_last_person_subject(nlp):
    text = QUENNELL + "He said the vote was a mistake."
    assert actors(nlp, text, "He")[0].code is None


def test_a_subject_pronoun_inside_a_quotation_is_not_the_last_person_subject(nlp):
    # Quoted, "she" is someone the speaker talks about, not the person the article follows.
    text = QUENNELL + "\u201cShe has never read the bill,\u201d a voter said."
    assert actors(nlp, text, "She")[0].code is None


def test_a_subject_pronoun_with_no_person_before_it_stays_unresolved(nlp):
    text = "The bill passed the Senate on a narrow vote. Analysts expected a long debate. He denounced the governor."
    assert actors(nlp, text, "He")[0].code is None


def test_an_uncoded_last_subject_leaves_the_pronoun_uncoded(nlp):
    # Pell, whom no file and no title codes, is the last person made a subject: "He" is Pell, not Quennell.
    text = ("Sen. Marla Quennell, R-Ohio, criticized the budget on Monday. Dorian Pell wrote a long letter to the "
            "paper on Tuesday. The bill passed the Senate on a narrow vote. Analysts expected a long debate. "
            "He said the vote was a mistake.")
    assert actors(nlp, text, "He")[0].code is None


# -- definite descriptions ------------------------------------------------------------------------------------------

def test_a_definite_description_is_the_actor_coded_earlier_with_its_words(nlp):
    text = ("Norwegian Prime Minister Arvo Kessel met the envoy on Monday. The talks lasted three hours. "
            "Later the prime minister criticized the plan.")
    assert coded(actors(nlp, text, "prime minister")[0]) == ("NOR", "GOV")


def test_a_ministry_named_with_its_country_codes_the_ministry(nlp):
    text = ("Kenya's foreign ministry summoned the ambassador on Monday. The meeting lasted an hour. "
            "The ministry said the talks were useful.")
    assert coded(actors(nlp, text, "ministry")[-1]) == ("KEN", "GOV")


def test_a_description_that_fits_two_actors_stays_uncoded(nlp):
    text = ("Norwegian President Arvo Kessel met Kenyan President Dana Whitlock on Monday. The talks lasted three "
            "hours. Later the president criticized the plan.")
    assert actors(nlp, text, "president")[-1].code is None


def test_a_description_with_no_earlier_actor_stays_uncoded(nlp):
    text = "The talks lasted three hours. Later the prime minister criticized the plan."
    assert actors(nlp, text, "prime minister")[0].code is None


# -- acronyms -------------------------------------------------------------------------------------------------------

def test_an_acronym_given_in_brackets_codes_its_later_mentions(nlp):
    text = ("The Kenyan Electoral Review Commission (KERC) announced the results on Monday. "
            "Critics said the KERC had ignored their complaints.")
    assert coded(actors(nlp, text, "KERC")[-1]) == coded(actors(nlp, text, "Kenyan Electoral Review Commission (KERC)")[0])
    assert actors(nlp, text, "KERC")[-1].code == "KEN"


# -- surnames -------------------------------------------------------------------------------------------------------

def test_a_second_person_with_the_same_surname_does_not_take_the_first_ones_code(nlp):
    text = ("Sen. Marla Quennell, R-Ohio, spoke on Monday. Tom Quennell runs a bakery in Toledo. "
            "Tom Quennell criticized the new tax.")
    assert actors(nlp, text, "Tom Quennell")[-1].code is None


def test_a_bare_surname_two_persons_share_is_not_coded_from_either(nlp):
    text = ("Sen. Marla Quennell, R-Ohio, spoke on Monday. Tom Quennell runs a bakery in Toledo. "
            "Quennell criticized the new tax.")
    assert actors(nlp, text, "Quennell")[-1].code is None


def test_a_bare_surname_of_one_titled_person_keeps_the_title(nlp):
    text = "Sen. Marla Quennell, R-Ohio, spoke on Monday. The vote was close. Quennell criticized the new tax."
    assert coded(actors(nlp, text, "Quennell")[-1]) == ("USA", "LEG")
