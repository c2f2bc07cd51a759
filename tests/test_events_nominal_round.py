"""Rules of the nominal round (docs/coding.md, "The nominal round"): criticism received with its source after
"from" or "by", and meetings and calls coded in both directions. Every sentence here is the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


# -- criticism received ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a receiving participle set off by a comma says what befell the clause's subject (or its owner)
    "Governor Chris Christie signed the bill, drawing scorn from Senator Ted Cruz.",
    "Governor Chris Christie's new tax plan defies almost everything his party has stood for, drawing scorn from "
    "Senator Ted Cruz.",
    # verbs of causing: the subject's owner is whom the words answer
    "Governor Chris Christie's remarks sparked a backlash from Senator Ted Cruz.",
    "Governor Chris Christie's remarks prompted criticism from Senator Ted Cruz.",
])
def test_received_criticism_is_accuse_from_the_from_phrase_to_the_receiver(nlp, text):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, text)


def test_a_subject_pronoun_that_comes_under_fire_is_the_target(nlp):
    # "she" is acted upon: it is no doer named after "from", though both are American
    found = dyads(nlp, "Senator Marco Rubio spoke in Iowa on Monday. She came under fire from Senator Ted Cruz over the vote.")
    assert found == [("ACCUSE", ["USA"], ["USA"])]


def test_a_subject_pronoun_criticised_by_someone_is_the_target(nlp):
    # of one country with the critics, yet another side: the passive subject is acted upon
    found = dyads(nlp, "Hillary Clinton spoke in Iowa on Monday. She was criticized by Republicans for the emails.")
    assert found == [("ACCUSE", ["USA"], ["USA"])]


def test_fire_aimed_by_a_possessive_pronoun_is_the_light_verbs_subjects(nlp):
    text = ("Senator Ted Cruz had begun to treat Senator Marco Rubio as a minor threat, concentrating his fire on "
            "Governor John Kasich.")
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, text)


def test_the_doer_of_an_infinitive_relative_is_the_noun_it_describes(nlp):
    # through "one of" and the copula to the relative clause's own antecedent
    text = ("The Club for Growth, a group that was one of the first outside organizations to take on Governor Chris "
            "Christie, spent heavily in Iowa.")
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # ("Governor Chris Christie came under fire." is ACCUSE with an empty source since the doer-less round, as the
    # gold codes received criticism with no one named: tests/test_events_doerless_round.py)
    "The convoy came under fire.",                         # no one named fires, and a thing receives
    "There has been criticism of the policy.",             # generic criticism of a thing
    "The new tax plan drew scorn.",                        # a thing receives, and no one is named who scorns
    "The storm prompted criticism of the flood defences.",  # a cause with no actor, aimed at a thing
])
def test_criticism_with_no_actor_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_harm_caused_is_not_received_by_the_cause(nlp):
    # "the killings" prompted the crackdown; the crackdown is aimed at whom its own phrase names
    found = dyads(nlp, "The killings prompted a crackdown by the Egyptian police on protesters in Cairo.")
    assert all(kind != "ACCUSE" for kind, _s, _t in found)


# -- meetings and calls ------------------------------------------------------------------
@pytest.mark.parametrize("text, cameo_type", [
    ("President Barack Obama had a talk this week with President Francois Hollande.", "CONSULT"),
    ("President Barack Obama had a phone call with President Francois Hollande on Tuesday.", "CONSULT"),
    ("President Barack Obama had a long conversation with President Francois Hollande about Syria.", "CONSULT"),
    ("President Barack Obama held talks with President Francois Hollande in Paris.", "CONSULT"),
    ("President Barack Obama talked with President Francois Hollande about Syria.", "CONSULT"),
])
def test_a_meeting_with_someone_is_consult_both_ways(nlp, text, cameo_type):
    found = dyads(nlp, text)
    assert (cameo_type, ["USA"], ["FRA"]) in found and (cameo_type, ["FRA"], ["USA"]) in found


def test_a_meeting_with_several_is_met_by_all_of_them(nlp):
    found = dyads(nlp, "President Barack Obama held meetings with President Francois Hollande and Chancellor Angela Merkel.")
    assert ("CONSULT", ["USA"], ["DEU", "FRA"]) in found and ("CONSULT", ["DEU", "FRA"], ["USA"]) in found


@pytest.mark.parametrize("text", [
    "During their phone call on Tuesday, President Barack Obama and President Francois Hollande reaffirmed their "
    "commitment to the alliance.",
    "In a phone call with President Francois Hollande on Tuesday, President Barack Obama condemned the attack.",
])
def test_a_call_beside_the_act_of_those_who_met(nlp, text):
    found = dyads(nlp, text)
    assert ("CONSULT", ["USA"], ["FRA"]) in found and ("CONSULT", ["FRA"], ["USA"]) in found


def test_a_meeting_noun_beside_a_verb_of_meeting_is_one_meeting(nlp):
    # "met on the sidelines of the summit": the summit is where they met, not a third party
    found = dyads(nlp, "The presidents of Kenya and Somalia met on the sidelines of the African Union summit in Addis Ababa.")
    assert sorted(found) == [("CONSULT", ["KEN"], ["SOM"]), ("CONSULT", ["SOM"], ["KEN"])]


@pytest.mark.parametrize("text", [
    "Senator Bernie Sanders had a meeting in Iowa.",          # no one met
    "Senator Bernie Sanders spoke at a meeting in Iowa.",     # a meeting attended, with no counterpart
    "The conversation about race continued in Iowa.",         # a topic
    "Senator Bernie Sanders spoke with reporters in Iowa.",   # an interview, not coded either way
])
def test_a_meeting_with_no_counterpart_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_a_meeting_to_come_is_one_sides_intention(nlp):
    found = dyads(nlp, "President Barack Obama will have talks with President Francois Hollande next week.")
    assert found == [("AGREE", ["USA"], ["FRA"])]


def test_correcting_a_person_is_disapproval(nlp):
    assert dyads(nlp, "Senator Ted Cruz corrected Governor Chris Christie during the debate in Iowa.") == [("ACCUSE", ["USA"], ["USA"])]


def test_correcting_a_thing_is_no_event(nlp):
    assert dyads(nlp, "The Des Moines Register corrected the record on Monday.") == []
