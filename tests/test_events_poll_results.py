"""Poll results (docs/coding.md, "Poll results", and §2 "Polls are not coded"). Every sentence here is the team's own.

A share of respondents or of the vote that holds a stance measures opinion: no event. Before this round the share was
found only as the act's subject, agent or own modifier, so a share in apposition to the object, one that holds a
support noun and one whose holders the act describes were coded as acts of support."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2016, 3, 1))


@pytest.mark.parametrize("text", [
    "Older voters backed Senator Rubio, 48 percent to 30 percent, in the Marist poll.",
    "Governor Kasich drew the support of 12 percent of the Republican voters surveyed.",
    "In the new survey, 64 percent of Cruz supporters approved of Trump.",
    "The poll found rising support for Kasich, with 55 percent of independent voters backing him.",
    "An exit poll showed that Senator Sanders was backed by a majority of young voters.",
])
def test_a_share_of_respondents_holds_no_event(nlp, text):
    assert not [d for d in dyads(nlp, text) if d[0] in ("SUPPORT", "ACCUSE", "REJECT")]


@pytest.mark.parametrize("text, expected", [
    # a majority in a chamber votes: an act
    ("A majority of senators backed the bill sponsored by Senator Warren.", ("SUPPORT", ["USA"], ["USA"])),
    # a title with "majority" in it is no share
    ("The Senate majority leader praised President Obama.", ("SUPPORT", ["USA"], ["USA"])),
    # a percentage inside another story ("for cutting ...") leaves the act alone
    ("President Obama criticized Congress for cutting 10 percent of the budget.", ("ACCUSE", ["USA"], ["USA"])),
    ("Germany backed France's plan to cut emissions by 40 percent.", ("SUPPORT", ["DEU"], ["FRA"])),
])
def test_acts_beside_a_number_that_is_no_poll_stay(nlp, text, expected):
    assert expected in dyads(nlp, text)
