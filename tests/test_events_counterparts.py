"""Precision rules of the counterpart round (docs/coding.md §1 and §2): a noun with no one it is done to,
a pledge to no one, and harm said of people who command no forces.

Every sentence here is the team's own; the persons in them are invented, or real office holders and
candidates (facts from the knowledge files).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


def types(nlp, text: str) -> list[str]:
    return [d[0] for d in dyads(nlp, text)]


# -- a noun names an event only with someone it is done to -------------------------------------------
@pytest.mark.parametrize("text", [
    "The Lisbon agreement was a frequent topic of the Portuguese campaign.",
    "Senator Ted Cruz's appeal among evangelical voters has grown.",
    "Officials in Ohio spoke about Islamic terrorism on Tuesday.",
    "Governor Kasich's request was read out at the hearing.",
])
def test_a_noun_with_no_one_it_is_done_to_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


@pytest.mark.parametrize("text, dyad", [
    ("Chile's criticism of Bolivia grew louder on Monday.", ("ACCUSE", ["CHL"], ["BOL"])),
    ("The Kenyan army's offensive began at dawn.", ("ASSAULT", ["KEN"], [])),
])
def test_a_noun_keeps_its_event_with_a_target_or_an_armed_source(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- a pledge to no one --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Senator Bernie Sanders promised lower taxes on Sunday.",
    "Governor Kasich signed the budget into law on Friday.",
])
def test_a_pledge_to_no_one_is_no_event(nlp, text):
    assert "AGREE" not in types(nlp, text)


def test_a_pledge_to_someone_is_agree(nlp):
    assert ("AGREE", ["JPN"], ["LAO"]) in dyads(nlp, "Japan promised aid to Laos.")


# -- harm said of people who command no forces ---------------------------------------------------------
def test_an_attack_verb_of_a_candidate_on_a_person_is_disapproval(nlp):
    assert dyads(nlp, "Trump hit Hillary Clinton for enabling her husband.") == [("ACCUSE", ["USA"], ["USA"])]


@pytest.mark.parametrize("text", [
    "Hillary Clinton beat the senator from Vermont by 18 points.",
    "Senator Ted Cruz battled back to finish second in Iowa.",
    "Senator Bernie Sanders fought his way back into the race.",
])
def test_a_contest_or_harm_with_no_one_harmed_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_harm_by_a_state_keeps_its_sense(nlp):
    assert ("ASSAULT", ["RUS"], ["UKR"]) in dyads(nlp, "Russia hit Ukrainian positions near Donetsk.")


# -- senses and frames read off the unannotated pool -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Senator Warren would like to see Governor Kasich apologize to the voters.",  # a wish, through "see"
    "Senator Rubio asked, looking pleased.",  # asking a quoted question
    "Senator Rubio and Governor Kasich were pressed about the debate rules.",  # questioned
    "Governor Kasich took 6 percent in a Quinnipiac poll released Sunday.",  # a document released
    "Senator Rubio sat down with MSNBC on Thursday.",  # a media interview
    "Most Republicans say they will vote for Senator Rubio.",  # voting is not coded
    "Governor Kasich will not vote for Trump.",
])
def test_wishes_questions_documents_interviews_and_votes_are_no_event(nlp, text):
    assert dyads(nlp, text) == []


@pytest.mark.parametrize("text, dyad", [
    # seeing reports the act (state forces attacking protesters repress them: CAMEO 175, COERCE; the fourteenth wire
    # battery round)
    ("Witnesses saw Syrian soldiers attack the protesters in Homs.", "COERCE"),
    ("Senator Rubio asked Governor Kasich to withdraw.", "REQUEST"),
    ("Iran released ten American sailors on Wednesday.", "CONCEDE"),
    ("Senator Rubio met Chancellor Angela Merkel in Berlin.", "CONSULT"),
])
def test_the_same_words_keep_their_events_with_an_act_a_person_or_a_state(nlp, text, dyad):
    assert dyad in types(nlp, text)


# -- purposes and trips at home --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The committee limited the debates to protect Hillary Clinton.",  # the aim of an act
    "Senator Rubio traveled to South Carolina on Monday.",  # a trip at home meets no one
])
def test_a_purpose_or_a_trip_at_home_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_a_trip_abroad_is_a_visit(nlp):
    assert dyads(nlp, "Senator Rubio traveled to Mexico on Monday.") == [("CONSULT", ["USA"], ["MEX"])]


# -- polls and known events named by their place ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Trump was supported by 42 percent of the Republicans surveyed in the CBS poll.",
    "Former Maryland Gov. Martin O'Malley gets 1 percent support.",
    "Hispanics back the former secretary of state by 9 points.",
    "The terrorist attack in Munich is now one of many.",
    "Analysts still argue about the invasion of Iraq.",
])
def test_polls_and_known_events_named_by_their_place_are_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_a_nominal_harm_to_people_is_still_asserted(nlp):
    found = dyads(nlp, "The killing of two opposition politicians in Tunisia prompted a crisis.")
    assert ("ASSAULT", [], ["TUN"]) in found, found
