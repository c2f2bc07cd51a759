"""Rules of the tenth wire battery round (docs/coding.md, "The tenth wire battery round"): American articles on the wars
in Afghanistan and Iraq, and wire copy on Europe, Russia and China of 2018-2025. Every sentence here is the team's own.
Each rule test fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

import eventwire
from eventwire.pipeline import analyze
from tests.coded import all_cameo_codes as all_codes
from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # firms put on a blacklist are sanctioned; a package of sanctions adopted or unveiled is imposed
    ("The Commerce Department added two Chinese chipmakers to its trade blacklist.", date(2020, 12, 18),
     [("163", ["USA"], ["CHN"])]),
    ("The European Union adopted a new package of sanctions against Belarus on Monday.", date(2021, 6, 21),
     [("163", ["EUR"], ["BLR"])]),
    ("Britain unveiled fresh sanctions on Iran.", date(2023, 7, 6), [("163", ["GBR"], ["IRN"])]),
    # a boat stopped at sea is blockaded; special forces named alone are their country's
    ("Chinese coast guard ships blocked a Philippine supply boat near the shoal.", date(2023, 8, 5),
     [("191", ["CHN"], ["PHL"])]),
    ("Navy SEALs raided a pirate skiff off Somalia.", date(2009, 4, 12), [("190", ["USA"], ["SOM"])]),
    # a town written without its final "h"
    ("American marines stormed Falluja at dawn.", date(2004, 11, 8), [("190", ["USA"], ["IRQ"])]),
    # a pledge in a participle goes to the one the act it hangs on reached
    ("Macron visited Kyiv on Tuesday, pledging more air defence systems.", date(2024, 5, 14),
     [("042", ["FRA"], ["UKR"]), ("030", ["FRA"], ["UKR"])]),
    ("Erdogan met Putin in Sochi, promising closer trade ties.", date(2021, 9, 29),
     [("040", ["TUR"], ["RUS"]), ("030", ["TUR"], ["RUS"])]),
    # a retaliation told by its means is the means
    ("Ankara retaliated by suspending flights to Moscow.", date(2015, 11, 30), [("160", ["TUR"], ["RUS"])]),
    # an inquiry opened "into" someone, the parser hanging "into" on the light verb
    ("The Justice Department opened a criminal investigation into the FBI.", date(2019, 5, 14),
     [("091", ["USA"], ["USA"])]),
    # a crowd demanding that someone step down protests against them
    ("Tens of thousands of protesters marched through Tbilisi on Sunday demanding that President Mikheil Saakashvili "
     "resign after an election they call rigged.", date(2007, 11, 4), [("141", ["GEO"], ["GEO"])]),
])
def test_wire_rules(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # the aim of the act reported
    ("Egypt's president mediated talks between Hamas and Fatah leaders in Cairo on Sunday, seeking to ease tensions "
     "between the factions.", date(2007, 6, 1), [("045", ["EGY"], ["PSE"])]),
])
def test_aims_are_no_acts(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


def test_a_date_in_a_relative_clause_dates_only_its_clause(nlp):
    # the prisoners were freed at the time of the news, not in 2019; the attacks told in the clause stay, dated there
    doc = eventwire.read(b"Houthi rebels, who have attacked Saudi oil sites since 2019, freed 40 Saudi prisoners.")[0]
    (result,) = list(analyze([doc], nlp=nlp, date_override=date(2022, 4, 2)))
    modality = {e.cameo: e.modality for e in result.events if e.plover_type}
    assert modality == {"0841": "asserted", "180": "historical"}


@pytest.mark.parametrize("text, day, expected", [
    # with an object, "add" puts a thing in; with a clause it says something
    ("Moscow added 20,000 troops to its forces on the border.", date(2021, 4, 9), []),
    ("Kyiv added a new condition to the prisoner exchange.", date(2022, 9, 22), []),
    ("The Kremlin added Latvia to its list of unfriendly countries.", date(2022, 3, 7), []),
])
def test_added_things_are_no_statements(nlp, text, day, expected):
    assert all_codes(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    ("The Foreign Ministry added that the talks would resume next week.", date(2022, 9, 22), []),
    ("Israel retaliated against Hezbollah.", date(2006, 7, 13), [("190", ["ISR"], ["LBN"])]),
    ("On Monday, Sanders urged the party to unite in November against Trump, whom he blasted as a bully.",
     date(2016, 7, 26), [("020", ["USA"], []), ("111", ["USA"], ["USA"])]),
    ("Iraqi artillery shelled the city of Falluja on Sunday.", date(2014, 1, 5), [("194", ["IRQ"], ["IRQ"])]),
    ("The Houthis, who shelled Marib on Friday, agreed to a truce on Saturday.", date(2022, 4, 2),
     [("0356", ["YEM"], []), ("194", ["YEM"], ["YEM"])]),
])
def test_counter_examples(nlp, text, day, expected):
    got = all_codes(nlp, text, day) if "added" in text else codes_on(nlp, text, day)
    assert got == expected
