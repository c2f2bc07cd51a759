"""Rules of the cross-split recall round (docs/coding.md, "The cross-split recall round"): every sentence here is
the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that stays as it was."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


# -- "is not going to" + a cooperative act refuses it, as "will not" does -------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("The German chancellor is not going to meet the Russian president.", ("REJECT", ["DEU"], ["RUS"])),
    ("The French president is not going to sign the agreement with Germany.", ("REJECT", ["FRA"], ["DEU"])),
])
def test_not_going_to_cooperate_is_a_refusal(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The German chancellor is going to meet the Russian president.",  # no refusal: the meeting stays
    "The German chancellor is not going to attack the Russian president.",  # harm not done is no refusal
])
def test_going_to_without_a_refused_cooperation_is_no_rejection(nlp, text):
    assert [d for d in dyads(nlp, text) if d[0] == "REJECT"] == []


def test_going_to_meet_keeps_the_meeting(nlp):
    assert ("CONSULT", ["DEU"], ["RUS"]) in dyads(nlp, "The German chancellor is going to meet the Russian president.")


# -- a judge or a prosecutor attacked by someone unarmed is attacked in words -----------------------------------
@pytest.mark.parametrize("text", [
    "Donald Trump attacked a federal judge on Tuesday.",
    "Senator Cruz attacked the prosecutor on Tuesday.",
])
def test_an_unarmed_attack_on_a_judge_is_disapproval(nlp, text):
    found = dyads(nlp, text)
    assert [d[0] for d in found] == ["ACCUSE"]
    assert found[0][1] == ["USA"]


def test_soldiers_attacking_a_judge_still_assault(nlp):
    assert ("ASSAULT", ["RUS"], ["UKR"]) in dyads(nlp, "Russian soldiers attacked a Ukrainian judge.")


# -- "tasked X to do Y" directs X --------------------------------------------------------------------------------
def test_tasking_someone_to_act_is_a_request(nlp):
    assert ("REQUEST", ["KEN"], ["UGA"]) in dyads(nlp, "The Kenyan president tasked the Ugandan envoy to follow up on the request.")


@pytest.mark.parametrize("text", [
    "The Kenyan president tasked the Ugandan envoy with the review.",  # no act asked: a job given
    "The task of the Kenyan president is to negotiate with Uganda.",  # the noun "task" asks no one
])
def test_a_task_with_no_act_asked_is_no_request(nlp, text):
    assert [d for d in dyads(nlp, text) if d[0] == "REQUEST"] == []


# -- lexicon: "oust", "work with" -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("The army ousted the Egyptian president.", ("COERCE", ["EGY"], ["EGY"])),
    ("The French president said he will work with Germany.", ("AGREE", ["FRA"], ["DEU"])),
    ("The Kenyan president refused to work with Uganda.", ("REJECT", ["KEN"], ["UGA"])),  # whom the refusal is aimed at
])
def test_new_lexicon_entries_code_their_act(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The Egyptian president was not ousted.",
    "The French president worked with the data.",  # working with a thing cooperates with no one
    "The French president worked with Germany on the treaty.",  # a plain "worked with" is a working relation
    "Executives who have worked with the German chancellor say she is careful.",
])
def test_new_lexicon_entries_need_an_actor_or_an_act(nlp, text):
    assert dyads(nlp, text) == []


# -- being (not) sure one can act is a belief ---------------------------------------------------------------------
def test_not_being_sure_one_can_cooperate_is_no_refusal(nlp):
    assert dyads(nlp, "The German chancellor is not sure she can meet the Russian president.") == []


def test_saying_one_cannot_cooperate_stays_a_refusal(nlp):
    assert ("REJECT", ["DEU"], ["RUS"]) in dyads(nlp, "The German chancellor said she can not meet the Russian president.")


# -- a nominal act "fielded" is received by the subject ------------------------------------------------------------
def test_fielded_criticism_is_aimed_at_the_subject(nlp):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Senator Cruz fielded criticism from President Obama on Tuesday.")


def test_fielded_questions_are_no_event(nlp):
    assert dyads(nlp, "Senator Cruz fielded questions from reporters on Tuesday.") == []
