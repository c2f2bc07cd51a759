"""Blame reported, pledges to a purpose, and two parties agreeing (docs/coding.md, "Blame reported" and "Pledges to a
purpose"). Every sentence here is the team's own.

"Israel said Hezbollah was responsible for the strike" was an attribution with no event: the clause holds no act
word. "Saudi Arabia pledged $2 billion to help rebuild Syria" was a pledge to no one, its purpose clause unread. And
"India and China agreed to disengage troops" was an intention toward no one, though each party is the other's
counterpart."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2024, 3, 5))


@pytest.mark.parametrize("text, expected", [
    ("Israel said Hezbollah was responsible for the strike.", ("ACCUSE", ["ISR"], ["LBN"])),
    ("Washington said Iran was behind the attack on the tanker.", ("ACCUSE", ["USA"], ["IRN"])),
    ("Kyiv said Russian forces were responsible for the destruction of the dam.", ("ACCUSE", ["UKR"], ["RUS"])),
])
def test_saying_someone_is_to_blame_accuses_them(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    # cleared, not blamed; one's own side is no one blamed
    "US officials said Iran was not behind the attack.",
    "Trump said he was responsible for the victory.",
])
def test_no_blame_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_a_pledge_names_whom_in_its_purpose(nlp):
    assert dyads(nlp, "Saudi Arabia pledged $2 billion to help rebuild Syria.") == [("AGREE", ["SAU"], ["SYR"])]


def test_two_parties_agreeing_are_each_others_counterpart(nlp):
    assert sorted(dyads(nlp, "India and China agreed to disengage troops along their disputed border.")) == [
        ("AGREE", ["CHN"], ["IND"]), ("AGREE", ["IND"], ["CHN"])]
    # one party's intention toward no one is still no promise
    assert dyads(nlp, "Obama vowed to defend the Affordable Care Act.") == []
