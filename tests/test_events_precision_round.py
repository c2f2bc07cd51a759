"""Rules of the precision round (docs/coding.md, "The precision round"): every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


# -- verbs done to persons: a thing as their object is another sense ------------------------------------
@pytest.mark.parametrize("text", [
    "Senator Warren received emails from the Sanders campaign.",
    "Senator Cruz begged the question of whether Trump was managed.",
    "The detentions are widely recognized now as among the largest civil liberties violations in modern U.S. history.",
])
def test_a_person_aimed_verb_with_a_thing_as_object_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


@pytest.mark.parametrize("text, dyad", [
    ("Senator Clinton received the Mexican president in Washington.", ("CONSULT", ["USA"], ["MEX"])),
    ("Obama urged Putin to withdraw his troops.", ("REQUEST", ["USA"], ["RUS"])),
    ("Obama met the widow of the soldier.", ("CONSULT", ["USA"], ["USA"])),
])
def test_a_person_aimed_verb_with_an_actor_as_object_keeps_its_event(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- "call" with a name as its second complement names, it does not call for anything --------------------
@pytest.mark.parametrize("text", [
    "What the New York Times called a rough week for Trump ended.",
    "Duterte has been called the Trump of the East for his statements.",
])
def test_calling_something_a_name_is_no_request(nlp, text):
    assert dyads(nlp, text) == []


@pytest.mark.parametrize("text, kind", [
    ("Senator Cruz called on Clinton to resign.", "REQUEST"),
    ("Senator Cruz called Trump a liar.", "ACCUSE"),
])
def test_calling_on_someone_and_pejorative_naming_keep_their_events(nlp, text, kind):
    assert (kind, ["USA"], ["USA"]) in dyads(nlp, text)


# -- an aim described is no act ----------------------------------------------------------------------------
def test_an_act_in_the_clause_of_a_strategy_is_no_event(nlp):
    assert dyads(nlp, "Senator Clinton's strategy is to disqualify Trump.") == []


def test_an_act_after_a_copula_with_no_aim_noun_stays(nlp):
    assert ("COERCE", ["USA"], ["USA"]) in dyads(nlp, "Senator Clinton disqualified Trump.")


# -- an inquiry into no one named ----------------------------------------------------------------------------
def test_an_investigation_with_no_one_investigated_is_no_event(nlp):
    assert dyads(nlp, "The FBI found the emails during its investigation.") == []


def test_an_investigation_into_an_actor_stays(nlp):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "The FBI opened an investigation into the Clinton Foundation.")


# -- hurrying is no mobilisation -----------------------------------------------------------------------------
def test_scrambling_to_do_something_is_no_mobilization(nlp):
    assert dyads(nlp, "Ethiopian soldiers scrambled to repair the bridge near the Eritrean border.") == []


def test_scrambling_jets_is_a_mobilization(nlp):
    assert ("MOBILIZE", ["ETH"], []) in dyads(nlp, "The Ethiopian army scrambled jets over Eritrea.", )


# -- a caution with no one warned and no harm is advice, not a threat ----------------------------------------
def test_cautioning_against_a_course_is_no_threat(nlp):
    assert dyads(nlp, "Several Democrats cautioned against drawing lessons from the Brexit vote.") == []


def test_cautioning_an_actor_stays_a_warning(nlp):
    assert ("THREATEN", ["USA"], ["RUS"]) in dyads(nlp, "Obama cautioned Russia against an attack on Ukraine.")


# -- a standing stance in a relative clause describes who someone is ------------------------------------------
def test_a_present_stance_in_a_relative_clause_is_no_event(nlp):
    assert dyads(nlp, "Senator Cruz, who supports Governor Abbott, lost his seat.") == []


def test_a_past_stance_in_a_relative_clause_is_an_event(nlp):
    assert ("SUPPORT", ["USA"], ["USA"]) in dyads(nlp, "Senator Cruz, who supported Governor Abbott in March, lost his seat.")


# -- resentment with a clause is a feeling ---------------------------------------------------------------------
def test_resenting_that_something_happened_is_no_event(nlp):
    assert ("ACCUSE", ["DEU"], []) not in dyads(nlp, "Germans resent that Turkey has used the crisis to extort money.")


def test_resenting_an_actor_is_disapproval(nlp):
    assert ("ACCUSE", ["DEU"], ["TUR"]) in dyads(nlp, "Angela Merkel resented President Erdogan.")
