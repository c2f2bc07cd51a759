"""Rules of the third pool round (docs/coding.md, "The third pool round"): classes of false events read on
unannotated news, each taken by a general rule. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each counter-example keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on, types_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)

_types = types_on(DAY)


# -- a side that is only voters: a vote or a campaign ------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("German voters, who backed Merkel in 2013, are split this year.", "SUPPORT"),
    ("Merkel is targeting Turkish voters in Berlin.", "ASSAULT"),
    ("Putin is battling against the Russian electorate.", "ASSAULT"),
    ("British voters were revolting against the European Union.", "PROTEST"),
])
def test_a_side_that_is_only_voters_makes_a_vote_or_a_campaign(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    # violence by forces or police against voters is an act
    ("Police beat voters outside a polling station in Harare.", ("ASSAULT", ["ZWE"], ["ZWE"])),
    ("Soldiers attacked voters in Kabul.", ("ASSAULT", ["AFG"], ["AFG"])),
    # a request or criticism aimed at voters is an act on them (types the rule leaves alone)
    ("Obama urged voters to reject the measure.", ("REQUEST", ["USA"], ["USA"])),
    ("Erdogan lashed out at Dutch voters.", ("ACCUSE", ["TUR"], ["NLD"])),
    # no voters: backing stays
    ("Turkey backed the Syrian rebels.", ("SUPPORT", ["TUR"], ["SYR"])),
])
def test_acts_on_voters_of_other_kinds_stay(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- a sense marked by the verb's own arguments ------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("The Kenyan minister pleaded guilty to corruption charges.", "REQUEST"),
    ("The Kenyan minister pleaded not guilty to corruption charges.", "REQUEST"),
    ("The Iranian foreign minister returned to Moscow on Sunday.", "CONCEDE"),
    ("The Iranian foreign minister returned home from Moscow.", "CONCEDE"),
])
def test_a_plea_in_court_and_going_back_are_no_event(nlp, text, kind):
    assert kind not in _types(nlp, text)


def test_a_name_in_quotes_parsed_as_a_second_object_is_naming(nlp):
    # 'calling Macron "a danger to Europe"': no call is made to Macron
    assert "CONSULT" not in _types(nlp, 'Erdogan spoke in Ankara, calling Macron "a danger to Europe."')


def test_a_call_by_phone_stays(nlp):
    assert ("CONSULT", ["RUS"], ["TUR"]) in dyads(nlp, "Putin called Erdogan by phone.")


@pytest.mark.parametrize("text, dyad", [
    ("Zelensky pleaded with Germany to send more tanks.", ("REQUEST", [], ["DEU"])),
    ("Iran returned the seized British ship to the United Kingdom.", ("CONCEDE", ["IRN"], ["GBR"])),
    ("The hostages were returned to Israel on Monday.", ("CONCEDE", [], ["ISR"])),
])
def test_an_appeal_and_a_handover_stay(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- a lawsuit against no one named is a case -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Texas lawsuit, which challenges the new voting rules, goes to trial in May.",
    "In a letter filed as part of a Freedom of Information lawsuit, the State Department said the review is ongoing.",
    "Germany hopes France will end its lawsuits.",
])
def test_a_lawsuit_against_no_one_is_a_case(nlp, text):
    assert "ACCUSE" not in _types(nlp, text)


@pytest.mark.parametrize("text", [
    "Mexico filed a lawsuit against the United States.",
    # the suit as the subject of an accusing verb speaks for whoever filed it
    "The Mexican lawsuit accuses the United States of breaking the treaty.",
])
def test_a_lawsuit_against_someone_stays(nlp, text):
    assert ("ACCUSE", ["MEX"], ["USA"]) in dyads(nlp, text)

