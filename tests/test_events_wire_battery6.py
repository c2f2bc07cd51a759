"""Rules of the sixth wire battery round (docs/coding.md, "The sixth wire battery round"): wire copy on the Gulf, the
Levant and Asia, and the causes, resignations and contests of real campaign news. Every sentence here is the team's
own. Each rule test fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # a name hung inside the next one by the parser is still a conjunct
    ("Obama met with Japan Prime Minister Shinzo Abe and South Korea President Park Geun Hye on Thursday.",
     date(2016, 3, 31), [("040", ["USA"], ["JPN", "KOR"]), ("040", ["JPN", "KOR"], ["USA"])]),
    # a side named again in what an accord is about is no third party
    ("Jordan and Israel signed an accord on Jordanian water rights on Wednesday.", date(1994, 10, 26),
     [("057", ["JOR"], ["ISR"]), ("057", ["ISR"], ["JOR"])]),
    ("France and Germany signed a pact on French exports.", date(2016, 6, 1),
     [("057", ["FRA"], ["DEU"]), ("057", ["DEU"], ["FRA"])]),
    # two sides agreeing are no agreement with whoever announced it
    ("U.N. Secretary-General Kofi Annan announced on Friday that Ethiopia and Eritrea had agreed to a truce.", date(2000, 6, 16),
     [("0356", ["ETH"], ["ERI"]), ("0356", ["ERI"], ["ETH"])]),
    # an ultimatum by its time, and its deadline is not its date
    ("NATO gave Milosevic 96 hours to pull his forces out of Kosovo.", date(1998, 10, 5), [("139", ["NAT"], ["SCG"])]),
    ("The Sri Lankan government gave the Tamil Tigers 48 hours to lay down their weapons.", date(1995, 5, 1),
     [("139", ["LKA"], ["LKA"])]),
    ("The United States gave Iraq until January 15 to withdraw from Kuwait.", date(1990, 11, 29),
     [("139", ["USA"], ["IRQ"])]),
    # the talks a visit is made for are the visit
    ("Soviet envoy Yevgeny Primakov began a visit to Baghdad on Friday for talks with Saddam Hussein.",
     date(1990, 10, 5), [("042", ["SUN"], ["IRQ"])]),
    # an offer whose infinitive the parser hung as a purpose after a time phrase
    ("Malaysia offered on Monday to host peace talks between the Philippine government and the rebels.",
     date(2001, 3, 5), [("036", ["MYS"], ["PHL"])]),
    # uncoded arms coordinated with one's own troops are more of what is sent
    ("Bush ordered U.S. troops and warplanes to Saudi Arabia on Wednesday.", date(1990, 8, 8),
     [("154", ["USA"], ["SAU"])]),
    # a group the tables give to another country, named with its country
    ("Nepal's Maoist rebels announced a three-month ceasefire on Saturday.", date(2005, 9, 3), [("0871", ["NPL"], [])]),
    # the European Community is the European Union's forerunner
    ("The European Community pledged aid to the Palestinians on Friday.", date(1993, 10, 1),
     [("033", ["EUR"], ["PSE"])]),
    # entries: placed under (house) arrest, flags burnt
    ("Opposition leaders were placed under house arrest by soldiers in Kathmandu on Tuesday.", date(2005, 2, 1),
     [("173", ["NPL"], ["NPL"])]),
    ("Thousands of Jordanians marched through Amman on Friday, burning U.S. flags.", date(1991, 1, 18),
     [("141", ["JOR"], [])]),
])
def test_wire_rules(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # a war named only as what a ceasefire ends, an agreement's terms
    ("Iran accepted a U.N. resolution calling for a ceasefire in its war with Iraq.", date(1988, 7, 18), []),
    ("The two presidents signed accords in Geneva providing for the withdrawal of Soviet troops from Afghanistan.",
     date(1988, 4, 14), []),
    # a thing that makes someone act coerces no one; the act brought about is the event
    ("The DNC email leak scandal forced Debbie Wasserman Schultz to resign from her post on Sunday.", date(2016, 7, 24),
     [("0831", ["USA"], [])]),
    # a resignation announced or tendered is the act
    ("Debbie Wasserman Schultz announced her resignation on Sunday.", date(2016, 7, 24), [("0831", ["USA"], [])]),
    # a civil contest is no fight
    ("Clinton finally won her long nomination battle with Sanders.", date(2016, 7, 26), []),
    ("Trump's court fight with the judge dragged on for months.", date(2016, 7, 26), []),
])
def test_mentions_causes_and_contests(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # counter-examples: an act as cause still has its doer; demonyms before a role noun; time given for nothing;
    # a resignation only mentioned; violence named by an election; an armed group of its own country
    ("The Bosnian Serb army forced thousands of Muslims to flee Srebrenica.", date(1995, 7, 12),
     [("170", ["BIH"], ["BIH"])]),
    ("Thai and Cambodian troops exchanged fire near the temple on Friday.", date(2011, 2, 4),
     [("193", ["KHM"], ["THA"]), ("193", ["THA"], ["KHM"])]),
    ("Obama gave Merkel a few days of rest at Camp David.", date(2016, 5, 1), []),
    ("Since her resignation, Schultz has kept a low profile.", date(2016, 9, 1), []),
    ("Lebanese Hezbollah guerrillas attacked Israeli troops on Monday.", date(1999, 2, 22), [("180", ["LBN"], ["ISR"])]),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected
