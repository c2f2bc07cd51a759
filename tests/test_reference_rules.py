"""References the sentence resolves through its context (issue 9, docs/coding.md §4 "First person",
"Object pronouns", and §1 "Stopping harm"): the speaker of a quotation, an object pronoun that is not its
clause's subject, a pronoun for another person kept as target, an agreement to stop harm.

Every sentence here is the team's own; the persons in them are real 2016 candidates or invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2016, 3, 1))


@pytest.mark.parametrize("text", [
    '"I strongly condemn Donald Trump," Senator Bernie Sanders said.',
    'Senator Bernie Sanders said: "I condemn Donald Trump."',
    '"We condemn Donald Trump," Senator Bernie Sanders told supporters on Monday.',
])
def test_a_first_person_pronoun_in_a_quotation_is_its_speaker(nlp, text):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, text)


def test_a_first_person_pronoun_without_a_speaker_stays_unresolved(nlp):
    # no verb of saying: "I" names no one the sentence knows, so the act keeps an empty source
    assert ("ACCUSE", [], ["USA"]) in dyads(nlp, "I criticized Donald Trump.")


def test_a_belief_is_no_quotation(nlp):
    # "believes" reports no words: "we" is not resolved to the believer, and a wish is no event anyway
    assert dyads(nlp, "Senator Ted Cruz believes we should condemn Donald Trump.") == []


def test_a_possessive_first_person_is_not_resolved(nlp):
    # "our fight" in a quote is no act of the speaker (see actor_words.json)
    found = dyads(nlp, '"It is our fight, and we will win it," Senator Ted Cruz said.')
    assert not any(t == "ASSAULT" for t, _, _ in found)


def test_an_object_pronoun_is_not_its_clause_subject(nlp):
    # "her" is Clinton, named before, not Trump, the subject of "criticized"
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Hillary Clinton spoke in Iowa. Donald Trump criticized her.")


def test_a_pronoun_for_the_source_itself_is_still_no_target(nlp):
    assert ("ACCUSE", ["USA"], []) in dyads(nlp, "Donald Trump criticized his own campaign.")
    assert ("RETREAT", ["RUS"], ["UKR"]) in dyads(nlp, "Russia eased its blockade of Ukraine.")


@pytest.mark.parametrize("text", [
    "Thailand agreed to stop firing at Cambodian forces.",
    "Hamas pledged to halt the rocket attacks on Israel.",
])
def test_an_intention_to_stop_harm_is_agree_not_threaten(nlp, text):
    types = [t for t, _, _ in dyads(nlp, text)]
    assert "AGREE" in types and "THREATEN" not in types


def test_an_intention_to_harm_is_still_a_threat(nlp):
    assert [t for t, _, _ in dyads(nlp, "Thailand vowed to attack Cambodian forces.")] == ["THREATEN"]


# -- implied authorities -------------------------------------------------------------------
@pytest.mark.parametrize("text, code, victim", [
    ("Eight Syrian refugees were detained in Texas on Monday.", "USA", "SYR"),
    ("Two British journalists were arrested in Egypt on Sunday.", "EGY", "GBR"),
])
def test_an_agentless_arrest_in_a_named_country_is_by_its_police(nlp, text, code, victim):
    assert ("COERCE", [code], [victim]) in dyads(nlp, text)


def test_the_implied_police_are_coded_cop(nlp):
    from tests.coded import coded
    (e,) = [e for e in coded(nlp, "Two British journalists were arrested in Egypt on Sunday.", date(2016, 3, 1))
            if e.plover_type == "COERCE"]
    assert [(a.code, a.sector, a.resolved_from) for a in e.source] == [("EGY", "COP", "implied")]


@pytest.mark.parametrize("text", [
    "Two British journalists were arrested on Sunday.",  # no place: no one implied
    "Two reporters were killed in Syria on Sunday.",  # a killing implies no authority
])
def test_no_authority_is_implied_without_a_place_or_for_other_acts(nlp, text):
    assert all(not src for _, src, _ in dyads(nlp, text))


# -- subject pronouns ----------------------------------------------------------------------
def test_a_subject_pronoun_continues_the_previous_subject(nlp):
    # the nearer "advocates" are a plural group named inside a phrase: "He" is Trump
    text = ("At the conference, Donald Trump focused on positions acceptable to most pro-Israel advocates. "
            "He denounced the United Nations.")
    assert ("ACCUSE", ["USA"], ["UNO"]) in dyads(nlp, text)


def test_an_object_pronoun_with_two_possible_persons_is_left_unresolved(nlp):
    # no gender is known (bare surnames): "her" may be Clinton or Bush, and an empty target beats a guess
    assert ("ACCUSE", ["USA"], []) in dyads(nlp, "Clinton and Bush spoke in Iowa. Donald Trump criticized her.")


def test_an_object_pronoun_takes_the_one_person_of_its_sex(nlp):
    # the given names say which of the two "her" is (docs/coding.md, "Pronoun round in context")
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Hillary Clinton and Jeb Bush spoke in Iowa. Donald Trump criticized her.")
