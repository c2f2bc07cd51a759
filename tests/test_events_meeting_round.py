"""Rules of the meetings round (docs/coding.md, "Meetings, visits and coordinated counterparts"): coordinated
counterparts, talks going on, arrivals and scheduled trips. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has counter-examples that keep their event, or no
event, as before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)


# -- coordinated counterparts: every country of a coordination on one role noun ----------------------------------------
@pytest.mark.parametrize("text, side", [
    ("Canadian officials held talks with Brazilian, Mexican and Argentine officials.", ["ARG", "BRA", "MEX"]),
    ("Trudeau met with French, German and Italian diplomats in Ottawa.", ["DEU", "FRA", "ITA"]),
    ("Trudeau met on Monday with the foreign ministers from Chile, Peru, and Colombia.", ["CHL", "COL", "PER"]),
])
def test_a_coordinated_counterpart_names_each_country(nlp, text, side):
    found = dyads(nlp, text)
    assert ("CONSULT", ["CAN"], side) in found
    assert ("CONSULT", side, ["CAN"]) in found  # a meeting "with" is met by both (as before, now with all of them)


def test_coordinated_origins_hold_for_any_act(nlp):
    found = dyads(nlp, "Trudeau criticized the ministers from Chile and Peru.")
    assert ("ACCUSE", ["CAN"], ["CHL", "PER"]) in found


def test_countries_chained_after_a_role_all_share_it(nlp):
    # the parser hangs "Colombia" on "Peru", not on "Chile": the whole chain shares the role
    found = dyads(nlp, "The foreign ministers of Chile, Peru and Colombia met.")
    assert ("CONSULT", ["COL"], ["CHL", "PER"]) in found


@pytest.mark.parametrize("text, expected", [
    # each noun keeps its own country: the diplomats are no officials from Chile
    ("Officials from Chile met diplomats from Peru.", [("CONSULT", ["CHL"], ["PER"])]),
    # no coordination before the chunk: one country
    ("Trudeau met with former Soviet Georgian officials.", [("CONSULT", ["CAN"], ["SUN"]), ("CONSULT", ["SUN"], ["CAN"])]),
])
def test_a_counterpart_keeps_only_its_own_countries(nlp, text, expected):
    assert dyads(nlp, text) == expected


# -- talks going on: the perfect progressive of a meeting is no habit --------------------------------------------------
def test_talks_going_on_are_coded(nlp):
    found = dyads(nlp, "Canadian officials have long been talking with Mexican officials about trade.")
    assert ("CONSULT", ["CAN"], ["MEX"]) in found and ("CONSULT", ["MEX"], ["CAN"]) in found


@pytest.mark.parametrize("text", [
    "Senator Warren has long been attacking the banks' lobbyists.",   # a stance kept up, not a meeting
    "Canadian officials have long talked with Mexican officials.",    # the perfect alone stays a habit
])
def test_other_long_perfects_stay_habits(nlp, text):
    assert dyads(nlp, text) == []


# -- arrivals and scheduled trips --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, host", [
    ("The Canadian prime minister arrived in Chile on Tuesday.", ["CHL"]),
    ("Trudeau landed in Peru for a two-day visit.", ["PER"]),
    ("Trudeau traveled on to Colombia after the summit.", ["COL"]),
])
def test_an_arrival_is_a_visit_to_the_country(nlp, text, host):
    assert ("CONSULT", ["CAN"], host) in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Trudeau arrived in Ottawa on Tuesday.",                      # a trip at home meets no one
    "Her husband landed in the Elysee Palace in 2012.",           # an office reached, no country visited
])
def test_an_arrival_at_home_or_in_office_is_no_visit(nlp, text):
    assert dyads(nlp, text) == []


@pytest.mark.parametrize("text, host", [
    ("Trudeau lands in Chile later on Friday for a two-day visit.", ["CHL"]),
    ("Trudeau travels on to Peru on Sunday to open a trade fair.", ["PER"]),
])
def test_a_scheduled_trip_is_an_intention(nlp, text, host):
    assert dyads(nlp, text) == [("AGREE", ["CAN"], host)]


def test_a_scheduled_meeting_is_one_sides_intention(nlp):
    # as "will meet with": not reversed
    assert dyads(nlp, "Trudeau meets with the Chilean president on Friday.") == [("AGREE", ["CAN"], ["CHL"])]


@pytest.mark.parametrize("text", [
    "Trudeau arrives in Chile.",                                   # no time named: told as done (a headline)
    "Trudeau visits Chile for the first time since 2010.",         # a time gone by is no schedule
    "Trudeau visits Chile, a country that elected a new president this year.",  # the time is the clause's
])
def test_a_present_with_no_schedule_is_a_visit(nlp, text):
    assert dyads(nlp, text) == [("CONSULT", ["CAN"], ["CHL"])]


def test_a_scheduled_speech_is_no_intention(nlp):
    # only trips and "meet" are read as schedules: a speech promises nothing to anyone
    assert "AGREE" not in [d[0] for d in dyads(nlp, "Trudeau speaks to supporters in Chile on Thursday night.")]
