"""Rules of the fourth pool round (docs/coding.md, "The fourth pool round"): classes of false events read on
unannotated news, each taken by a general rule. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each counter-example keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on, types_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)

_types = types_on(DAY)


# -- a question put is no request ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the wh-word is itself what is asked
    "Angela Merkel was once asked which of her ministers she was most proud to call her friends.",
    # a question noun as what is asked
    "The German chancellor spoke with Erdogan after the vote, asking him a series of questions about the refugees.",
    # "if" right after the person asked, the clause hung by the parser on the next verb
    "Last week, when I asked Angela Merkel if she would ever visit Ankara, she looked straight at the cameras.",
    # a demand to know
    "A Kenyan lawmaker demanded to know whether Uganda would close the border.",
])
def test_a_question_put_is_no_request(nlp, text):
    assert "REQUEST" not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("Angela Merkel asked Erdogan to release the journalists.", ("REQUEST", ["DEU"], ["TUR"])),
    ("Kenya demanded that Uganda close the border.", ("REQUEST", ["KEN"], ["UGA"])),
    ("Kenya asked Uganda for help with the refugees.", ("REQUEST", ["KEN"], ["UGA"])),
])
def test_a_request_for_an_act_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- a threat naming no one threatened, harm done only by a generic word on the noun: a topic -------------------

@pytest.mark.parametrize("text, kind", [
    ("Officials in Nairobi say they are worried about the threats from al-Shabab.", "THREATEN"),
    ("Republicans tied the new visa rules to terrorist threats.", "THREATEN"),
    ("The Brussels terrorist attacks reframed the Belgian election.", "ASSAULT"),
    ("These were the jihadist bombings of the last two months, the report said.", "ASSAULT"),
])
def test_a_threat_or_generic_attack_naming_no_victim_is_a_topic(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    # a threat noun that names whom it threatens
    ("North Korea's threats against Japan grew louder.", ("THREATEN", ["PRK"], ["JPN"])),
    ("Hamas renewed its threats against Israel on Monday.", ("THREATEN", ["PSE"], ["ISR"])),
    # a named side's attack
    ("The Russian offensive on Aleppo resumed on Monday.", ("ASSAULT", ["RUS"], ["SYR"])),
])
def test_threats_and_attacks_with_a_side_stay(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- a policy proposed is a plan, not an offer --------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Erdogan has proposed temporarily banning Kurds from entering Turkey.", "THREATEN"),
    ("Le Pen has proposed deporting all Muslims from France.", "THREATEN"),
    ("Merkel has since revised her proposal on a ban on Turkish imports.", "AGREE"),
])
def test_a_policy_proposed_is_no_offer(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("Kenya proposed a trade deal to Uganda.", ("AGREE", ["KEN"], ["UGA"])),
    ("Germany made a proposal to France on the budget.", ("AGREE", ["DEU"], ["FRA"])),
    ("Iran proposed talks with the European Union.", ("AGREE", ["IRN"], ["EUR"])),
])
def test_a_proposal_made_to_someone_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- a post left in a company, an outlet or a campaign: a personnel act ------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Ms. Okafor resigned from Breitbart on Friday after the site ran the story.", "CONCEDE"),
    ("Mr. Halvorsen, who stepped down last month as Politico's chief executive, has been raising money.", "CONCEDE"),
    ("Okafor was dismissed on Monday as Trump's campaign manager.", "REJECT"),
])
def test_a_post_left_in_a_company_an_outlet_or_a_campaign_is_no_event(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, kind", [
    ("Wasserman Schultz stepped down as DNC chair on July 24.", "CONCEDE"),
    ("Emmerson Mnangagwa was ousted as vice-president this month.", "COERCE"),
    ("The Greek finance minister resigned from the cabinet on Monday.", "CONCEDE"),
    ("Hong Kong's chief executive resigned after the protests.", "CONCEDE"),
    ("Manafort dismissed the criticism from Rubio as absurd.", "REJECT"),
])
def test_a_post_in_a_state_or_party_and_other_senses_stay(nlp, text, kind):
    assert kind in _types(nlp, text)
