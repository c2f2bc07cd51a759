"""Verbal events of political news (docs/coding.md §2 "Verbal acts by idiom", §3, §4 "Unknown
organisations"): criticism and backing expressed by idioms and light verbs, domestic targets
named after "at", yes/no questions, and organisations the knowledge files do not list.

Every sentence here is the team's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp import load
from tests.coded import coded
from tests.coded import dyads as coded_dyads

DAY = date(2016, 3, 1)


@pytest.fixture(scope="module")
def nlp():
    return load()


def dyads(nlp, text: str):
    return coded_dyads(coded(nlp, text, DAY))


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


def test_an_organisation_the_files_do_not_list_is_of_the_documents_country(nlp):
    # CAMEO codes a domestic organisation by its country; the article names the United States
    text = ("The Harwell Policy Institute, a research group in Washington, criticized the United States "
            "government on Monday. Senator Ted Cruz praised the Harwell Policy Institute for its report.")
    found = dyads(nlp, text)
    assert ("SUPPORT", ["USA"], ["USA"]) in found


def test_an_unknown_organisation_without_a_home_country_stays_uncoded(nlp):
    # no country named in the text: nothing to code it by, so no event with it as the only party
    assert dyads(nlp, "The Harwell Policy Institute praised the Linden Arts Foundation for its work.") == []
