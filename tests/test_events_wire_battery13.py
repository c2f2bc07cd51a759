"""Rules of the thirteenth wire battery round (docs/coding.md, "The thirteenth wire battery round"): wire copy on Africa
of 1995-2015 and American articles on the Obama administration's foreign policy. Every sentence here is the team's own.
Each rule test fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp._pipeline import make_doc
from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # the Phoenix dictionary's codes: rebels of the country they fight in
    ("Kenyan jets bombed al-Shabaab camps near Kismayo on Tuesday.", date(2012, 9, 25), [("195", ["KEN"], ["SOM"])]),
    # unnamed aid agencies are the generic NGO; peacekeepers and envoys told to leave are expelled
    ("Sudan ordered 10 foreign aid agencies out of Darfur on Wednesday.", date(2009, 3, 4), [("166", ["SDN"], ["NGO"])]),
    ("Eritrea ordered U.N. peacekeeping troops to leave the country on Monday.", date(2005, 12, 5),
     [("1661", ["ERI"], ["UNO"])]),
    ("Rwanda gave the French ambassador 24 hours to leave Kigali on Friday.", date(2006, 11, 24), [("174", ["RWA"], ["FRA"])]),
    # not allowing an actor to act is a refusal aimed at it
    ("Israel will not allow Iran to acquire nuclear weapons, Netanyahu said.", date(2012, 9, 27), [("1245", ["ISR"], ["IRN"])]),
    # "the bank" of a body named before; lending frozen
    ("World Bank President Robert Zoellick said the bank had frozen its lending to Ivory Coast.", date(2010, 12, 21),
     [("1621", ["WBK"], ["CIV"])]),
    ("World Bank President Robert Zoellick met President Obama, and the president praised the bank.", date(2010, 12, 21),
     [("040", ["WBK"], ["USA"]), ("051", ["USA"], ["WBK"])]),
    # arms fired from a craft are fired by its owner
    ("A Pakistani Taliban commander was killed by missiles fired from an American drone on Monday.",
     date(2009, 8, 7), [("190", ["USA"], ["PAK"])]),
    # a demand told to someone is made of them
    ("President Obama told President Hosni Mubarak in a telephone call that a transition must begin now.",
     date(2011, 2, 1), [("020", ["USA"], ["EGY"])]),
    # an offer joined to a visit goes to whom the visit reached
    ("Kerry flew to Kiev on Tuesday and offered $1 billion in loan guarantees to help steady its economy.",
     date(2014, 3, 4), [("042", ["USA"], ["UKR"]), ("033", ["USA"], ["UKR"])]),
    # sanctions widened to include someone; a blow struck back told by its means; "American officials and lawmakers"
    ("Washington widened sanctions on Thursday to include members of Mr. Putin's inner circle.", date(2014, 3, 20),
     [("163", ["USA"], ["RUS"])]),
    ("Moscow struck back by barring nine American officials and lawmakers from entering Russia.", date(2014, 3, 20),
     [("163", ["RUS"], ["USA"])]),
    # "Sgt." keeps its period; a person the tables do not know is of the description beside the name
    ("The Taliban freed Sgt. Bowe Bergdahl, the only American soldier held captive in the Afghan war, on Saturday.",
     date(2014, 5, 31), [("0841", ["AFG"], ["USA"])]),
    # targets near the city of Homs are in Syria
    ("Russian warplanes struck targets near the city of Homs on Wednesday.", date(2015, 9, 30), [("190", ["RUS"], ["SYR"])]),
    # a second act the parser joins to a naming clause is the main verb's
    ("The Obama administration expelled 35 Russian officials it described as intelligence operatives and imposed sanctions on "
     "Russia's intelligence agencies.", date(2016, 12, 29), [("174", ["USA"], ["RUS"]), ("163", ["USA"], ["RUS"])]),
])
def test_wire_rules(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # a town named by its country's adjective is where, no party to the deal
    ("Sierra Leone's government signed a peace agreement in the Togolese capital Lome on Wednesday.", date(1999, 7, 7), []),
    # a place described by an act; a power to act
    ("Nigeria declared a state of emergency in Borno, the heartland of the Boko Haram insurgency.", date(2013, 5, 14),
     [("1724", ["NGA"], [])]),
    ("The lawsuit challenges the administration's claimed authority to kill American citizens abroad.", date(2010, 8, 30),
     []),
])
def test_no_second_act(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


def test_a_subject_is_no_town_by_another_of_its_names(nlp):
    # "Ban" (Ban Ki-moon) is an alternate name of Bani in the Dominican Republic; no place label, no town
    doc = nlp(make_doc(nlp, "Ban rejected the demand on Sunday.", date(2010, 12, 19)))
    assert [a.code for a in doc._.actors if doc[a.start].text == "Ban"] == []


def test_a_rank_keeps_its_period(nlp):
    doc = nlp.make_doc("Lt. Col. Steve Warren said the strikes hit targets near Mosul.")
    assert [t.text for t in doc][:3] == ["Lt.", "Col.", "Steve"]


@pytest.mark.parametrize("text, day, expected", [
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", date(2016, 9, 29),
     [("193", ["PAK"], ["IND"]), ("193", ["IND"], ["PAK"])]),
    ("Russian soldiers and police arrested protesters in Moscow.", date(2012, 5, 6), [("173", ["RUS"], ["RUS"])]),
    ("President Bush gave Saddam Hussein 48 hours to leave Iraq.", date(2003, 3, 17), [("139", ["USA"], ["IRQ"])]),
    ("The rules do not allow candidates to spend more than $1 million.", date(2008, 6, 14), []),
    ("Syrian forces shelled the Lebanese town of Arsal.", date(2014, 8, 3), [("194", ["SYR"], ["LBN"])]),
    ("Israeli jets bombed Rafah on Monday.", date(2014, 8, 4), [("195", ["ISR"], ["PSE"])]),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected
