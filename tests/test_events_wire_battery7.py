"""Rules of the seventh wire battery round (docs/coding.md, "The seventh wire battery round"): wire copy on the wars of
2010-2024 and on economic coercion, with the later paragraphs of a story. Every sentence here is the team's own. Each
rule test fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # an attribution set in between commas is no statement; a point in the past counted from is no act
    ("Israeli jets struck Hamas positions in Gaza on Sunday, the army said, the heaviest raids since Israeli troops "
     "withdrew from the strip in 2005.", date(2008, 12, 28), [("190", ["ISR"], ["PSE"])]),
    ("Cuba has been under a U.S. trade embargo since Washington broke off relations with Havana in 1961.",
     date(1995, 6, 1), []),
    # a first clause the parser hung below a later one's act of force is still an act
    ("Yemen's Houthi movement struck a Greek-owned tanker with a ballistic missile in the Red Sea on Friday, the U.S. "
     "military said, days after American and British warplanes pounded Houthi radar sites.", date(2024, 1, 12),
     [("194", ["GBR", "USA"], ["YEM"]), ("190", ["YEM"], ["GRC"])]),
    # a text described, a clause said hung on the listener
    ("Beijing will take firm countermeasures against the U.S. tariffs, the Commerce Ministry said in a statement "
     "posted on its website.", date(2019, 5, 14), [("130", ["CHN"], ["USA"])]),
    # a list of states the parser read as an apposition; "it" of a participle names the relation's counterpart
    ("Bahrain, the United Arab Emirates and Egypt cut diplomatic ties with Qatar on Monday, accusing it of "
     "supporting terrorism.", date(2017, 6, 5),
     [("161", ["ARE", "BHR", "EGY"], ["QAT"]), ("112", ["ARE", "BHR", "EGY"], ["QAT"])]),
    # a finite verb conjoined to a clause demanded is the demander's own act
    ("Turkey demanded that the militia pull back east of the river and accused Washington of breaking its promises.",
     date(2019, 1, 10), [("100", ["TUR"], []), ("112", ["TUR"], ["USA"])]),
    # people given time to leave are expelled; a sanction lifted, its old date and the absolute clause
    ("Britain gave 23 Russian diplomats a week to leave the country.", date(2018, 3, 14), [("174", ["GBR"], ["RUS"])]),
    ("The Security Council voted to lift sanctions imposed on Sudan 20 years ago, with Russia and China abstaining.",
     date(2016, 3, 1), [("085", ["UNO"], ["SDN"])]),
    # tariffs scrapped; energy cut off from a state; a ship owned by a country; things belonging to a group
    ("China scrapped the tariffs it imposed on Australian wine in 2021.", date(2024, 3, 28),
     [("085", ["CHN"], ["AUS"])]),
    ("Gazprom cut off gas supplies to Ukraine on Sunday.", date(2009, 1, 4), [("162", ["RUS"], ["UKR"])]),
    ("The Houthis hit a US-owned cargo ship with a missile on Monday.", date(2024, 1, 15), [("190", ["YEM"], ["USA"])]),
    ("Turkish jets hit positions belonging to the YPG militia in northern Syria.", date(2018, 1, 21),
     [("190", ["TUR"], ["SYR"])]),
    # the first of two countries whose name is written once; a commissioner of the EU; a label of worthlessness
    ("Russia urged North and South Korea to show restraint.", date(2010, 11, 24), [("0256", ["RUS"], ["KOR", "PRK"])]),
    ("EU Trade Commissioner Peter Mandelson criticised the Chinese export curbs on Monday.", date(2006, 3, 6),
     [("111", ["EUR"], ["CHN"])]),
    ("Kerry dismissed Syria's presidential election as a farce.", date(2014, 6, 4), [("111", ["USA"], ["SYR"])]),
])
def test_wire_rules(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # named by its year, a quarrel's cause, a war's toll, a trade described, a hope
    ("Western diplomats said a deal to revive Iran's 2015 nuclear accord with the United States was within reach.",
     date(2022, 3, 1), []),
    ("Beijing halted rare earth exports to Japan amid a diplomatic row over the arrest of a Chinese trawler captain.",
     date(2010, 9, 24), []),
    ("Syria's war has killed 300,000 people and driven millions of Syrians from their homes.", date(2020, 3, 1), []),
    ("Trump threatened to impose tariffs on goods imported from Mexico.", date(2019, 5, 30), [("1312", ["USA"], [])]),
    ("Biden arrived in Riyadh on Friday, hoping to persuade the kingdom to pump more oil.", date(2022, 7, 15),
     [("042", ["USA"], ["SAU"])]),
])
def test_mentions_and_wishes(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # counter-examples: "since" with an act of the day; a named leader given an ultimatum; an act of a demand's own
    # clause; the lone demonym of a coordination; an announced result with its announcer
    ("Protests have grown in Nairobi since Kenyan police shot a protester on Friday.", date(2016, 3, 1),
     [("175", ["KEN"], ["KEN"])]),
    ("Bush gave Saddam Hussein 48 hours to leave Iraq.", date(2003, 3, 17), [("139", ["USA"], ["IRQ"])]),
    ("Turkey urged Syria to withdraw its troops and release the prisoners.", date(2019, 1, 10),
     [("0256", ["TUR"], ["SYR"])]),
    ("Police in Nairobi clashed with protesters demanding lower taxes.", date(2024, 6, 1),
     [("145", ["KEN"], ["KEN"]), ("141", ["KEN"], [])]),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, cameos", [
    # statements are no PLOVER type, so the coder's own codes: a clause said hung on the listener, an announcement
    # described, an attribution set in
    ("Foreign Ministry spokeswoman Hua Chunying told a regular news briefing that China firmly opposed the new U.S. "
     "sanctions.", date(2019, 5, 14), ["120"]),
    ("Venezuela's president rejected the election result announced by the opposition.", date(2024, 8, 1),
     ["120", "010"]),
    ("U.S. jets bombed Islamic State positions near Erbil on Friday, the Pentagon said, the first such strikes.",
     date(2014, 8, 8), ["195"]),
])
def test_statements_set_in(nlp, text, day, cameos):
    from eventwire.nlp import make_doc
    doc = nlp(make_doc(nlp, text, day))
    assert [e.cameo for e in doc._.events] == cameos
