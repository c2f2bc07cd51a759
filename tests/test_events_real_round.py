"""Rules of the real-news round (docs/coding.md, "The real-news round"): every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that stays no event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


def _kinds(nlp, text: str) -> list[str]:
    return [kind for kind, _s, _t in dyads(nlp, text)]


# -- governing words whose act is in no lexicon -------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Germany insisted that Poland withdraw the new media law.", ["DEU"], ["POL"]),
    ("Pakistan is adamant that India be removed from the talks.", ["PAK"], ["IND"]),
    ("Brazil challenged Argentina to explain the new tariffs.", ["BRA"], ["ARG"]),
])
def test_a_demand_is_request_whatever_it_asks_for(nlp, text, source, target):
    assert ("REQUEST", source, target) in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Germany insisted that Poland was wrong about the law.",  # an indicative clause: a statement
    "Brazil challenged the new tariffs.",  # no one asked to do anything
])
def test_no_request_without_a_demanded_act(nlp, text):
    assert "REQUEST" not in _kinds(nlp, text)


def test_readiness_toward_a_counterpart_is_agree(nlp):
    assert ("AGREE", ["NOR"], ["SWE"]) in dyads(nlp, "Norway is ready to work with Sweden on the pipeline.")


@pytest.mark.parametrize("text", [
    "Norway is ready to raise taxes.",  # toward no one: a stance
    "Norway is not ready to work with Sweden.",  # negated
])
def test_readiness_without_counterpart_or_negated_is_no_agree(nlp, text):
    assert "AGREE" not in _kinds(nlp, text)


# -- obligations said by a named speaker -------------------------------------------------------------
def test_a_speakers_obligation_on_an_unknown_party_is_request(nlp):
    assert ("REQUEST", ["USA"], []) in dyads(nlp, "Senator Elizabeth Warren said working families need to organize.")


@pytest.mark.parametrize("text", [
    '"You need to build an organization," Senator Elizabeth Warren said.',  # generic "you"
    "Senator Elizabeth Warren said the system needs to be reformed.",  # a thing, a passive act
])
def test_generic_or_passive_obligation_is_no_request(nlp, text):
    assert "REQUEST" not in _kinds(nlp, text)


# -- false positives ----------------------------------------------------------------------------------
def test_an_inquiry_into_an_event_accuses_no_one(nlp):
    text = "Congressional Republicans are investigating the 2012 attack on the American consulate in Libya."
    assert "ACCUSE" not in _kinds(nlp, text)


def test_an_inquiry_into_acts_of_a_named_doer_accuses_the_doer(nlp):
    text = "Prosecutors in The Hague are investigating war crimes by the Sudanese army."
    assert any(kind == "ACCUSE" and target == ["SDN"] for kind, _s, target in dyads(nlp, text))


def test_a_future_progressive_is_a_forecast_not_a_threat(nlp):
    assert dyads(nlp, "American troops will be conducting raids in Syria.") == []


def test_a_future_harm_stays_a_threat(nlp):
    assert "THREATEN" in _kinds(nlp, "American troops will conduct raids in Syria.")


def test_a_generic_passive_relative_clause_reports_no_act(nlp):
    assert "ASSAULT" not in _kinds(nlp, "She speaks for families of Mexicans who have been killed by drug cartels.")


def test_a_relative_clause_on_a_definite_group_still_reports_the_act(nlp):
    assert "ASSAULT" in _kinds(nlp, "Two Mexicans who were killed by the army were buried in Juarez on Monday.")


def test_a_named_agreement_takes_no_default_target(nlp):
    text = "After the failure of efforts to defeat the Iran deal, Senator Mitch McConnell spoke in Kentucky."
    assert "AGREE" not in _kinds(nlp, text)


def test_a_commitment_governs_its_act_like_a_promise(nlp):
    assert ("AGREE", ["FRA"], ["MLI"]) in dyads(nlp, "France renewed its commitment to help Mali.")


def test_a_commitment_with_no_act_is_no_event(nlp):
    assert dyads(nlp, "The Senate ratified the commitment.") == []
