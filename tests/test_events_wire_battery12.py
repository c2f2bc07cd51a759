"""Rules of the twelfth wire battery round (docs/coding.md, "The twelfth wire battery round"): wire copy of the late
Cold War and American articles on the United States and the Middle East of 2017-2024. Every sentence here is the team's
own. Each rule test fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp._pipeline import make_doc
from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # the finite verb the parser hangs on "backed by tanks" is the sentence's act, done by the noun described
    ("Iraqi troops backed by tanks invaded Kuwait before dawn on Thursday, diplomats said.", date(1990, 8, 2),
     [("192", ["IRQ"], ["KWT"])]),
    # a town abroad that a visit reaches stands for its country
    ("Chancellor Angela Merkel visited Tel Aviv on Monday.", date(2008, 3, 17), [("042", ["DEU"], ["ISR"])]),
    # a thing judged is aimed at whom the judge's "saying" clause makes its doer
    ("President Erdogan denounced the decision on Friday, saying Washington had betrayed an ally.", date(2019, 10, 11),
     [("111", ["TUR"], ["USA"])]),
    # a thing turned down, named by "the" alone, is the one an earlier verb made
    ("Baghdad offered on Friday to withdraw from Kuwait, but President Bush dismissed the offer.", date(1991, 2, 15),
     [("030", ["IRQ"], ["KWT"]), ("120", ["USA"], ["IRQ"])]),
    # "became the first X to call on ...": the call is an act, no purpose of becoming
    ("Representative Jim Himes of Connecticut on Thursday became the first Democrat in Congress to call publicly on "
     "President Biden to withdraw from the race.", date(2024, 7, 11), [("020", ["USA"], ["USA"])]),
    # sanctions imposed again; a credit approved is a loan
    ("Washington reimposed sanctions on Iran's oil sector on Monday.", date(2018, 11, 5), [("163", ["USA"], ["IRN"])]),
    ("The International Monetary Fund approved a $400 million standby credit for Hungary on Tuesday.", date(1990, 3, 6),
     [("071", ["IMF"], ["HUN"])]),
    # "press" read as a verb is no press (MED) of Israel: the demand is aimed at the president
    ("Thousands of protesters marched in Washington to demand that President Biden press Israel for a truce.",
     date(2023, 11, 4), [("141", ["USA"], ["USA"])]),
    # a party said not to have done enough is blamed by the speaker
    ("Secretary of State Antony Blinken said Israel had not done enough to protect civilians in Gaza.", date(2024, 4, 2),
     [("111", ["USA"], ["ISR"])]),
    # the attack's own "by" names who killed
    ("Two American soldiers were killed on Sunday in a drone attack by an Iraqi militia.", date(2024, 1, 28),
     [("190", ["IRQ"], ["USA"])]),
    # "$200 million in aid" is "give aid", not "give in"
    ("Japan gave $200 million in aid to Jordan on Monday.", date(1991, 3, 4), [("070", ["JPN"], ["JOR"])]),
    # what a message says is said to whom it went
    ("King Hussein sent a message to President Bush expressing regret over the incident.", date(1990, 9, 1),
     [("055", ["JOR"], ["USA"])]),
    # where an accord was signed is no party to it: premises of a body, a building named like a person
    ("Israel and Jordan signed a water accord at U.N. headquarters on Monday.", date(1994, 10, 24),
     [("057", ["ISR"], ["JOR"]), ("057", ["JOR"], ["ISR"])]),
    ("President Cristiani and the FMLN guerrillas signed a peace accord at Chapultepec Castle on Thursday.",
     date(1992, 1, 16), [("057", ["SLV"], ["SLV"])]),
])
def test_wire_rules(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # a past act remembered or had a part in is news told before
    ("South Africa imposed a state of emergency on Thursday, days before the 10th anniversary of the Soweto uprising.",
     date(1986, 6, 12), [("1724", ["ZAF"], [])]),
    ("Iran denied on Tuesday that it had played any role in the Hamas assault on Israel.", date(2023, 10, 10), []),
    # the release told again by a ranked passive
    ("Islamic Jihad kidnappers freed American journalist Terry Anderson on Wednesday, making him the last American "
     "hostage to be released.", date(1991, 12, 4), [("0841", ["PSE"], ["USA"])]),
    # a facility housed is no guest
    ("Qatar hosts a large American air base.", date(2023, 11, 4), []),
])
def test_no_second_act(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


def test_an_economy_battered_is_a_figure(nlp):
    # (read on the coder's own events: the figure had no doer, which the typed events of ``analyze`` leave out)
    text = ("The IMF approved an $8 billion loan for Egypt, whose economy has been battered by the war in Gaza and by "
            "Houthi attacks that have slashed Suez Canal revenue.")
    doc = nlp(make_doc(nlp, text, date(2024, 3, 29)))
    assert [e.cameo for e in doc._.events if doc[e.trigger_start].lower_ == "battered"] == []
    assert [e.cameo for e in doc._.events if doc[e.trigger_start].lower_ == "approved"] == ["071"]


@pytest.mark.parametrize("text, day, expected", [
    ("President Obama visited Cleveland on Thursday.", date(2012, 6, 14), []),
    ("Mitt Romney became the first Republican senator to call on President Trump to resign.", date(2020, 2, 5),
     [("0241", ["USA"], ["USA"])]),
    ("The IMF approved a loan for Egypt, whose economy has been battered by the war.", date(2024, 3, 29),
     [("071", ["IMF"], ["EGY"])]),
    ("President Erdogan denounced the decision on Friday, saying it was a disgrace.", date(2019, 10, 11), []),
    ("President Bush dismissed the offer on Friday.", date(1991, 2, 15), [("120", ["USA"], [])]),
    ("Israel has not done enough to protect civilians.", date(2024, 4, 2), []),
    ("Syrian rebels took part in the attack on the Iraqi army.", date(2015, 3, 10),
     [("044", ["SYR"], ["IRQ"]), ("180", ["SYR"], ["IRQ"])]),
    ("Qatar hosted Hamas leaders in Doha on Monday.", date(2023, 11, 6), [("043", ["QAT"], ["PSE"])]),
    ("The Israeli press reported the raid.", date(2023, 11, 6), []),
    ("The government gave in to the demands of the strikers.", date(1986, 6, 25), []),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected
