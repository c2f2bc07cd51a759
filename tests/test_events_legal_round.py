"""Rules of the legal and investigative acts round (docs/coding.md, "Legal and investigative acts"): every sentence
here is the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that stays no event (or keeps
its other sense)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


# -- a case, a lawsuit or proceedings brought against an actor ----------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("The Ukrainian parliament began impeachment proceedings against President Yanukovych.",
     ("ACCUSE", ["UKR"], ["UKR"])),
    ("Germany launched proceedings against Poland at the European Court of Justice.", ("ACCUSE", ["DEU"], ["POL"])),
    ("Texas joined 16 other states in a lawsuit against President Obama.", ("ACCUSE", ["USA"], ["USA"])),
    ("Kenya joined Uganda in a case against Tanzania.", ("ACCUSE", ["KEN"], ["TZA"])),
])
def test_a_case_brought_against_an_actor_accuses_it(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "In the case of Libya, the United States intervened too late.",  # a case as an instance
    "The Kenyan minister has a case of flu.",  # an illness
    "The governor opened the proceedings of the convention.",  # a meeting's business
    "The Kenyan government has a strong case against opposition leader Raila Odinga.",  # no verb brings it
    "Kenya joined Uganda in a case study of the drought.",  # a study, aimed at no one
    "The plan is to let the newspaper make the case against Bernie Sanders.",  # argues, brings no case
])
def test_a_case_not_brought_against_anyone_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


# -- investigating verbs: who asks decides ------------------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("The FBI has interviewed Secretary of State John Kerry.", ("ACCUSE", ["USA"], ["USA"])),
    ("The Kenyan police interviewed opposition leader Raila Odinga.", ("ACCUSE", ["KEN"], ["KEN"])),
    ("Kenyan police questioned opposition leader Raila Odinga.", ("ACCUSE", ["KEN"], ["KEN"])),
    ("Opposition leader Raila Odinga was interviewed by the FBI.", ("ACCUSE", ["USA"], ["KEN"])),
])
def test_an_investigating_body_questioning_someone_investigates(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Journalist Andrea Mitchell interviewed Senator Bernie Sanders.",  # a press interview
    "Reporters questioned Secretary of State John Kerry about the talks.",  # questions of the press
    "The poll questioned voters in Iowa.",  # a survey
    "Senator Bernie Sanders was interviewed by journalist Andrea Mitchell.",  # a press interview, passive
    "The new battery keeps its charges for a week.",  # charges of a battery
    "The European probe landed on a comet in 2014.",  # a spacecraft
])
def test_questions_of_the_press_or_a_poll_and_other_senses_are_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_questioning_a_thing_of_someone_stays_disapproval(nlp):
    # the thing questioned is judged (CAMEO 110), whoever questions it
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Donald Trump questioned Ted Cruz's temperament.")


def test_the_investigating_code_goes_to_an_investigator_only(nlp):
    police = coded(nlp, "Kenyan police questioned opposition leader Raila Odinga.", DAY)
    critic = coded(nlp, "Donald Trump questioned Ted Cruz's temperament.", DAY)
    assert [e.cameo for e in police] == ["091"]
    assert [e.cameo for e in critic] == ["110"]
