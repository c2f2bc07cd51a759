"""Rules of the directive and intent round (docs/coding.md, "The directive and intent round"): the governing
predicates of requests, orders and intentions that the coder missed. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has counter-examples that keep no event, or only
the event they had."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)


# -- persuading someone to act is an appeal (CAMEO 020), only with a "to" clause ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The State Department has been trying to persuade Israel and the Palestinians to stand down.",
     ("REQUEST", ["USA"], ["ISR", "PSE"])),
    ("Kerry tried to convince Netanyahu to halt the settlements.", ("REQUEST", ["USA"], ["ISR"])),
    ("Obama persuaded Merkel to send troops to Mali.", ("REQUEST", ["USA"], ["DEU"])),
])
def test_persuading_someone_to_act_asks(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_persuading_to_act_is_not_the_act(nlp):
    # before the round the sending was coded as done (MOBILIZE by Germany), the persuasion not at all
    assert [d[0] for d in dyads(nlp, "Obama persuaded Merkel to send troops to Mali.")] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Kerry convinced Netanyahu that the deal was good.",     # a belief brought about, nothing asked
    "Kerry was convinced of the merits of the deal.",
    "The ad persuaded few voters.",
])
def test_convincing_of_a_fact_asks_nothing(nlp, text):
    assert [d for d in dyads(nlp, text) if d[0] == "REQUEST"] == []


# -- a "for X to do Y" complement is its governing word's content --------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("In December, the Saudi prince called for Trump to drop out of the race.", [("REQUEST", ["SAU"], ["USA"])]),
    ("A lawmaker in the Philippines is calling for Donald Trump to be banned from the country.",
     [("REQUEST", ["PHL"], ["USA"])]),
    ("Kenya pressed for Uganda to withdraw its troops.", [("REQUEST", ["KEN"], ["UGA"])]),
])
def test_called_for_someone_to_act_asks_them(nlp, text, expected):
    assert dyads(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Clinton has not called for Senator Sanders to resign.",       # the resignation is asked, and not even that
    "Clinton stopped short of calling for Lewandowski to be fired.",  # no dismissal and no shooting happened
])
def test_an_act_called_for_is_not_done(nlp, text):
    assert [d for d in dyads(nlp, text) if d[0] in ("CONCEDE", "ASSAULT", "COERCE")] == []


@pytest.mark.parametrize("text, kept", [
    ("Kenya waited for Uganda to withdraw its troops.", ["RETREAT"]),   # no governing word: the act keeps its code
    ("Clinton called off the protests.", ["CONCEDE"]),                 # no request
])
def test_for_to_under_no_governing_word_is_unchanged(nlp, text, kept):
    assert [d[0] for d in dyads(nlp, text)] == kept


# -- a pledge not to act is no pledge to act ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Senator Curbelo vowed not to support Donald Trump.", ("REJECT", ["USA"], ["USA"])),
    ("Senator Curbelo vowed not to vote for Donald Trump.", ("REJECT", ["USA"], ["USA"])),
    ("Kenya plans not to meet Uganda.", ("REJECT", ["KEN"], ["UGA"])),
    ("Kenya promised not to attack Uganda.", ("AGREE", ["KEN"], ["UGA"])),
])
def test_a_pledge_not_to_act_is_its_opposite(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Kenya pledged to send aid to Uganda.", [("AGREE", ["KEN"], ["UGA"])]),
    ("Kenya vowed to attack Uganda.", [("THREATEN", ["KEN"], ["UGA"])]),
    ("Kenya did not vow to attack Uganda.", []),      # the vow itself negated: nothing pledged
    ("Kenya and Uganda agreed not to attack each other.", [("AGREE", ["KEN"], ["UGA"]), ("AGREE", ["UGA"], ["KEN"])]),
    ("Kenya urged Uganda not to attack Somalia.", [("REQUEST", ["KEN"], ["UGA"])]),  # a request, not a pledge
])
def test_a_pledge_to_act_keeps_its_code(nlp, text, expected):
    assert dyads(nlp, text) == expected
