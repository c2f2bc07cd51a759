"""Verbal events of political news (docs/coding.md §2 "Verbal acts by idiom", §3, §4): criticism
and backing expressed by idioms and light verbs, domestic targets named after "at" and yes/no
questions (unknown organisations: tests/test_actors_unknown_orgs.py).

Every sentence here is the team's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded
from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, kind", [
    ("Senator Marco Rubio took a swipe at Donald Trump on Tuesday.", "ACCUSE"),
    ("Jeb Bush levelled sharp criticism at Donald Trump over his remarks.", "ACCUSE"),
    ("Governor Chris Christie threw his support behind Donald Trump.", "SUPPORT"),
    ("Hillary Clinton heaped praise on President Obama at the rally.", "SUPPORT"),
    ("Senator Bernie Sanders fired back at Hillary Clinton on Sunday.", "ACCUSE"),
])
def test_a_verbal_act_by_idiom_or_light_verb_names_its_target(nlp, text, kind):
    # the target after "at", "on" or "behind" is a person of the source's own country: a domestic dyad
    assert (kind, ["USA"], ["USA"]) in dyads(nlp, text)


@pytest.mark.parametrize("aimed, other", [
    ("Donald Trump knocked Senator Ted Cruz in a late-night post.", "The candidates knocked on doors in Des Moines all weekend."),
    ("Senator Lindsey Graham turned on Donald Trump after the debate.", "Hillary Clinton turned on the microphone and began to speak."),
    ("Paul Ryan broke with Donald Trump over the ban.", "Jeb Bush broke with tradition and skipped the dinner."),
])
def test_an_idiom_of_disapproval_needs_a_named_target(nlp, aimed, other):
    assert [k for k, _, _ in dyads(nlp, aimed)] == ["ACCUSE"]
    assert dyads(nlp, other) == []


@pytest.mark.parametrize("text", [
    "Does Marco Rubio oppose the nuclear deal with Iran?",
    "Did Ted Cruz attack Donald Trump last night?",
    "Will Congress back the president's plan for Syria?",
])
def test_a_yes_no_question_reports_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_a_statement_ending_in_a_reported_question_still_counts(nlp):
    # the act is asserted; only the quoted question at the end is asked
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Senator Ted Cruz criticized Donald Trump and asked: what now?")


def test_a_light_verb_in_a_relative_clause_gives_the_nominal_its_actors(nlp):
    # "an attack X levelled at Y": the relative clause's subject attacks, its "at" names whom
    found = dyads(nlp, "But the apology overshadowed an attack Bernie Sanders leveled just seconds earlier at Hillary Clinton.")
    assert ("ACCUSE", ["USA"], ["USA"]) in found


def test_a_nominal_attack_by_a_personal_pronoun_on_a_person_is_in_words(nlp):
    # the source is left empty (no antecedent in the sentence), the sense is verbal, not armed
    evs = coded(nlp, "His attacks on Senator Marco Rubio grew sharper in New Hampshire.", DAY)
    assert [(e.plover_type, [a.code for a in e.target]) for e in evs] == [("ACCUSE", ["USA"])]


def test_an_opinion_about_an_act_does_not_make_it_unreal(nlp):
    # "thinks of" a nominal act that happened: the act is still reported
    found = dyads(nlp, "Radio host Glenn Beck said little about what he thinks of Sarah Palin's endorsement of Donald Trump.")
    assert ("SUPPORT", ["USA"], ["USA"]) in found


def test_a_feared_act_is_still_no_event(nlp):
    assert dyads(nlp, "Voters in Ohio fear an attack by Russia on the power grid.") == []


@pytest.mark.parametrize("text", [
    'Donald Trump, who campaigned in the state this week, tweeted, "Thank you Indiana!" on Friday.',
    '"Thank you, Ohio," Senator Ted Cruz told the crowd.',
])
def test_a_performative_thanks_is_support_from_the_speaker(nlp, text):
    # the place thanked stands for its people (a US state: USA)
    assert dyads(nlp, text) == [("SUPPORT", ["USA"], ["USA"])]


def test_thanks_to_no_one_named_is_no_event(nlp):
    assert dyads(nlp, '"Thank you very much," Senator Ted Cruz told the crowd in Ohio.') == []


@pytest.mark.parametrize("name", ["Sarah Palin", "Reince Priebus", "Huma Abedin", "Sean Hannity", "Judicial Watch"])
def test_us_political_actors_of_2016_are_coded(nlp, name):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, f"{name} criticized Senator Bernie Sanders on Tuesday.")


def test_an_intention_with_no_counterpart_is_no_agree(nlp):
    # a plan to do something to no one: no promise to anyone (a named recipient keeps it)
    assert dyads(nlp, "Chairman Trey Gowdy has always said he plans to release the transcripts with the final report.") == []
    assert dyads(nlp, "Japan plans to send aid to Laos.") == [("AGREE", ["JPN"], ["LAO"])]


def test_taking_over_from_someone_is_a_succession(nlp):
    text = "Rupert Murdoch is taking over from Roger Ailes on an interim basis."
    assert [k for k, _, _ in dyads(nlp, text) if k == "ASSAULT"] == []
