"""Rules of the ninth wire battery round (docs/coding.md, "The ninth wire battery round"): wire copy of the Cold War and
American articles on foreign policy of 2017-2024. Every sentence here is the team's own. Each rule test fails on the
coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp import make_doc
from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # the seat of the Soviet government before 26 December 1991; "West German" is Germany, not the West
    ("The Kremlin accused Washington of state terrorism.", date(1986, 4, 15), [("112", ["SUN"], ["USA"])]),
    ("The West German parliament criticised the French plan.", date(1984, 6, 1), [("111", ["DEU"], ["FRA"])]),
    # a counterpart welcomed is a visit hosted (WELCOME * COUNTERPARTS, 043)
    ("Kim Dae-jung was welcomed at Pyongyang airport by his North Korean counterpart.", date(2000, 6, 13),
     [("043", ["PRK"], ["KOR"])]),
    # a blow dealt with tariffs is the tariffs; "slapped tariffs"; a joint statement signed
    ("Beijing struck back with tariffs on American farm goods.", date(2019, 5, 10), [("163", ["CHN"], ["USA"])]),
    ("The European Union slapped tariffs on American motorcycles.", date(2019, 5, 10), [("163", ["EUR"], ["USA"])]),
    ("India and Japan signed a joint statement on maritime security.", date(2018, 6, 12),
     [("057", ["IND"], ["JPN"]), ("057", ["JPN"], ["IND"])]),
    # one's own forces withdrawn from a country concern that country; forces leaving a country withdraw
    ("Obama withdrew the last American troops from Iraq.", date(2011, 12, 18), [("0874", ["USA"], ["IRQ"])]),
    ("The last American troops left Iraq on Sunday.", date(2011, 12, 18), [("0874", ["USA"], ["IRQ"])]),
    # aid approved is aid given
    ("The Senate approved 50 million dollars in emergency aid for El Salvador.", date(1983, 4, 5),
     [("070", [], ["SLV"])]),
    # diplomats ordered out are expelled, by the country they are told to leave
    ("Britain ordered three Soviet diplomats out of the country.", date(1988, 4, 11), [("174", ["GBR"], ["SUN"])]),
    ("Eleven Soviet diplomats were ordered to leave Britain.", date(1988, 4, 11), [("174", ["GBR"], ["SUN"])]),
    # one's own people "with" a meeting are no counterpart (the pronoun had taken the capital)
    ("Trump and Putin met for two hours in Helsinki with only their interpreters in the room.", date(2018, 7, 16),
     [("040", ["USA"], ["RUS"]), ("040", ["RUS"], ["USA"])]),
])
def test_wire_rules(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # a timetable is a plan; a standing deployment is no act
    ("The envoy shuttled between the Afghan and Pakistani delegations to settle the timetable for a Soviet troop "
     "withdrawal.", date(1988, 4, 11), [("045", [], ["AFG", "PAK"])]),
    ("About 50,000 American troops are stationed in Japan.", date(2017, 11, 8), []),
])
def test_no_act(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # counter-examples: the Kremlin after 1991; a person welcomed by name (the dictionary's plain WELCOME, 051); a
    # minister's trip; a meeting of two with their own people present
    ("The Kremlin accused Washington of meddling.", date(2016, 4, 15), [("112", ["RUS"], ["USA"])]),
    ("Putin welcomed Merkel at the Kremlin.", date(2013, 6, 1), [("051", ["RUS"], ["DEU"])]),
    ("The defence minister left Iraq on Sunday.", date(2011, 12, 18), []),
    ("Merkel and Macron met in Berlin with only their advisers present.", date(2018, 7, 16),
     [("040", ["DEU"], ["FRA"]), ("040", ["FRA"], ["DEU"])]),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


def test_a_rite_is_no_symbolic_act(nlp):
    doc = nlp(make_doc(nlp, "A gunman shot dead Archbishop Oscar Romero of San Salvador on Monday as he celebrated Mass "
                            "in a hospital chapel.", date(1980, 3, 24)))
    assert [e.cameo for e in doc._.events] == ["193"]
