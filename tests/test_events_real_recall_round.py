"""Rules of the recall round on real news (docs/coding.md, "Recall round on real news"): every sentence here is
the team's own.

Each rule test fails on the coder before the round; each rule has counter-examples that stay no event (or keep
their old reading)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


def _kinds(nlp, text: str) -> list[str]:
    return [kind for kind, _s, _t in dyads(nlp, text)]


# -- the "for X to V" clause of a request word: X is asked, V is only what is asked ------------------------
@pytest.mark.parametrize("text, source, target", [
    ("The French foreign minister called for Russia to withdraw its troops from Syria.", ["FRA"], ["RUS"]),
    ("Chancellor Merkel renewed her appeal for Russia to pull its forces out of Crimea.", ["DEU"], ["RUS"]),
    ("The Kenyan president issued a plea for Uganda to reopen the border.", ["KEN"], ["UGA"]),
])
def test_the_subject_of_a_for_clause_is_asked_and_its_act_only_asked(nlp, text, source, target):
    assert dyads(nlp, text) == [("REQUEST", source, target)]


@pytest.mark.parametrize("text", [
    "The protests grew amid calls for the Egyptian prime minister to resign.",  # a reference back: no news
    "Chancellor Merkel has not called for Putin to resign.",  # a request not made
])
def test_an_act_asked_for_is_no_fact_even_when_the_request_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_a_for_clause_under_no_request_word_asks_nothing(nlp):
    assert "REQUEST" not in _kinds(nlp, "Senator Warren waited for Governor Baker to speak.")
    assert "REQUEST" not in _kinds(nlp, "Germany announced a plan for its troops to leave Mali.")


def test_called_on_keeps_its_reading(nlp):
    assert dyads(nlp, "Chancellor Merkel called on Russia to withdraw its troops.") == [("REQUEST", ["DEU"], ["RUS"])]


# -- an object pronoun is a counterpart: cooperation with "her" or "him" is kept with an empty target --------
@pytest.mark.parametrize("text, kind, source", [
    ("President Obama endorsed her on Thursday.", "SUPPORT", ["USA"]),
    ("Chancellor Merkel met with him in Berlin.", "CONSULT", ["DEU"]),
])
def test_cooperation_with_a_pronoun_object_is_kept(nlp, text, kind, source):
    assert dyads(nlp, text) == [(kind, source, [])]


@pytest.mark.parametrize("text", [
    "Governor Christie hosted a town hall in Iowa.",  # a thing: no one cooperated with
    "President Obama endorsed her campaign's plan.",  # "her" owns a thing, it is no object
    "Senator Warren praised it.",  # "it" is as often a thing as an actor
])
def test_no_pronoun_object_no_counterpart(nlp, text):
    assert dyads(nlp, text) == []
