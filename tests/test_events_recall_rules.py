"""Recall rules of the real-news round (docs/coding.md §2 "Campaign material", §3 "Stances" and
"Obligations"): every sentence here is the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, expected", [
    ("Senator Ted Cruz aired anti-Trump ads in Iowa on Monday.", ("ACCUSE", ["USA"], ["USA"])),
    ("Governor John Kasich paid for a pro-Clinton mailer in Ohio.", ("SUPPORT", ["USA"], ["USA"])),
    ("Russia ran anti-NATO videos on state television.", ("ACCUSE", ["RUS"], ["NAT"])),
])
def test_campaign_material_for_or_against_a_named_actor_is_an_act_of_its_maker(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Anti-Trump protesters marched in Chicago on Saturday.",   # a side described, no material made
    "A pro-Kremlin newspaper in Moscow closed on Friday.",      # an outlet described
    "Senator Ted Cruz would not air anti-Trump ads in Iowa.",   # negated: not done
])
def test_a_prefix_that_only_describes_a_side_is_no_event(nlp, text):
    assert not any(kind in ("ACCUSE", "SUPPORT") for kind, _s, _t in dyads(nlp, text))


def test_being_open_to_a_named_actor_is_agree(nlp):
    assert ("AGREE", ["USA"], ["SYR"]) in dyads(nlp, "Senator Marco Rubio said he was open to some refugees from Syria.")


def test_being_open_to_an_idea_is_no_event(nlp):
    assert dyads(nlp, "Senator Marco Rubio said he was open to the idea.") == []


def test_a_reported_need_is_a_request_even_when_the_parser_reads_needs_as_a_noun(nlp):
    # the small model tags this "needs" as a plural noun heading the that-clause
    found = dyads(nlp, "Several prominent GOP donors agreed that Trump needs to deliver a speech on immigration.")
    assert ("REQUEST", ["USA"], ["USA"]) in found


@pytest.mark.parametrize("text", [
    "Senator Bernie Sanders vowed to remain in the race until the convention.",
    "Governor John Kasich pledged to spend two million dollars on advertising in Ohio.",
    "Hillary Clinton promised to defend the health law against Republican efforts to repeal it.",
])
def test_an_intention_toward_no_one_is_no_agree(nlp, text):
    # a pledge with no actor as counterpart is a policy or a plan, not a promise to anyone
    assert [d for d in dyads(nlp, text) if d[0] == "AGREE"] == []


def test_an_intention_names_its_counterpart_inside_its_clause(nlp):
    # "courting Latinos": the counterpart of the vow, coded by the sentence's one country
    found = dyads(nlp, "Last year Republicans vowed to do a better job courting Latinos in Texas.")
    assert ("AGREE", ["USA"], ["USA"]) in found


def test_an_acronym_is_no_town(nlp):
    # "ACA" is also the name of a small town in the gazetteer; an acronym in prose is no place
    from eventwire.nlp._pipeline import make_doc
    doc = nlp(make_doc(nlp, "She vowed to defend the Affordable Care Act (ACA) in Congress.", DAY))
    assert not any(doc[a.start:a.end].text == "ACA" and a.code for a in doc._.actors)


def test_an_agentless_passive_in_a_where_clause_on_a_country_is_that_states_act(nlp):
    found = dyads(nlp, "The whistleblower Edward Snowden lives in Russia, where he was granted asylum in 2013.")
    assert ("AID", ["RUS"], ["USA"]) in found


def test_a_where_clause_on_a_country_gives_no_source_to_a_verbal_act(nlp):
    # only acts of a state's authorities on its soil (aid, yielding, detention) are the state's
    found = dyads(nlp, "Senator Ted Cruz travelled to Mexico, where he was criticized by reporters.")
    assert not any(source == ["MEX"] for _k, source, _t in found)


@pytest.mark.parametrize("text", [
    "Senator Ted Cruz helped reshape American politics for a generation.",
    "Industry lobbyists donated to a super PAC supporting Hillary Clinton.",
])
def test_aid_to_no_one_named_is_no_event(nlp, text):
    assert [d for d in dyads(nlp, text) if d[0] == "AID"] == []


def test_aid_to_a_named_recipient_is_still_aid(nlp):
    assert ("AID", ["JPN"], ["LAO"]) in dyads(nlp, "Japan sent food aid to Laos on Monday.")
