"""Rules of the eighth wire battery round (docs/coding.md, "The eighth wire battery round"): wire copy on East and South
Asia and articles on American politics and its foreign policy. Every sentence here is the team's own. Each rule test
fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp import make_doc, places
from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # a date phrase after whom a call is on no longer hides who is asked
    ("Republican senators called on Nixon on Wednesday to resign.", date(1974, 8, 7), [("0241", ["USA"], ["USA"])]),
    # new entries: negotiating again, rocks and bottles thrown by a crowd, a gerund after "from"
    ("Tehran will not renegotiate the nuclear deal with Washington, the foreign minister said.", date(2018, 5, 10),
     [("125", ["IRN"], ["USA"])]),
    ("Pakistan's Supreme Court barred Nawaz Sharif from contesting elections.", date(2017, 7, 28),
     [("1722", ["PAK"], ["PAK"])]),
    ("Seoul said a North Korean submarine sank the South Korean warship.", date(2010, 5, 21),
     [("190", ["PRK"], ["KOR"])]),
    # a crowd is where its clause says "in", not the embassy it aims at
    ("Hundreds of protesters hurled rocks at the Japanese consulate in Shanghai on Sunday.", date(2012, 9, 16),
     [("145", ["CHN"], ["JPN"])]),
    # a state's envoy to a body is the state's
    ("The U.S. ambassador to the United Nations accused Iraq of hiding weapons.", date(2003, 2, 20),
     [("112", ["USA"], ["IRQ"])]),
    # a handover refused is refused to whoever was to receive the person
    ("The Taliban refused to hand over the Saudi militant to the United States.", date(2001, 9, 21),
     [("1213", ["AFG"], ["USA"])]),
    # two air forces striking one city: one act of both
    ("Syrian and Russian jets pounded rebel-held districts of Aleppo on Sunday.", date(2016, 2, 14),
     [("194", ["RUS", "SYR"], ["SYR"])]),
    # the killed were killed by whom they clashed with
    ("Three Indian soldiers were killed in a clash with Chinese troops on the border.", date(2020, 6, 17),
     [("190", ["CHN"], ["IND"])]),
    # what is struck is the name a free relative gives it
    ("Indian jets struck what New Delhi described as a militant camp at Balakot in Pakistan.", date(2019, 2, 27),
     [("190", ["IND"], ["PAK"])]),
    # whose act a march protests
    ("Thousands of students marched in Seoul to protest the North Korean shelling.", date(2010, 11, 24),
     [("141", ["KOR"], ["PRK"])]),
])
def test_wire_rules(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # a harm told again in a relative clause, a thing named after someone, nature, a purpose ascribed, a quoted name
    ("North Korea denied any role in the sinking of the South Korean warship, which killed 46 sailors.",
     date(2010, 5, 21), []),
    ("China condemned the ceremony at the Yasukuni shrine, which honours Japan's war dead.", date(2013, 12, 26),
     [("111", ["CHN"], [])]),
    ("Pakistan appealed for help for thousands of villagers hit by the earthquake.", date(2005, 10, 9), []),
    ("Cyclone Nargis struck Myanmar on Saturday, killing thousands.", date(2008, 5, 5), []),
    ("India released the pilot on Friday in a gesture Pakistan said was meant to ease tensions.", date(2019, 3, 1), []),
    ("Putin called Trump 'a very talented person.'", date(2015, 12, 17), []),
])
def test_no_act(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # counter-examples: a phone call, a fight of two states with no object, a handover done, a relative clause on an
    # actor, an envoy of a body, a pejorative name
    ("Putin called Trump on Thursday to congratulate him.", date(2016, 2, 14), [("041", ["RUS"], ["USA"])]),
    ("Iran and Iraq clashed near Basra.", date(1985, 1, 1), [("190", ["IRN"], ["IRQ"]), ("190", ["IRQ"], ["IRN"])]),
    ("Mexico extradited the cartel boss to the United States.", date(1999, 11, 10), [("063", ["MEX"], ["USA"])]),
    ("Hamas, which rules Gaza, fired rockets at Israel.", date(2012, 1, 1), [("194", ["PSE"], ["ISR"])]),
    ("The UN envoy to Syria accused Russia of lying.", date(2016, 10, 9), [("112", ["UNO"], ["RUS"])]),
    ("Putin called Trump a psychopath.", date(2015, 12, 17), [("111", ["RUS"], ["USA"])]),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, cameos", [
    # statements are no PLOVER type, so the coder's own codes: a standing claim to ground is none, a claim of
    # responsibility stays; a name given by a free relative is none
    ("The islands are claimed by both China and Japan.", date(2012, 1, 1), []),
    ("Kashmir is claimed in full by both India and Pakistan.", date(2012, 1, 1), []),
    ("Al-Shabaab claimed responsibility for the bombing.", date(2012, 1, 1), ["015"]),
    ("Indian jets struck what New Delhi described as a militant camp at Balakot in Pakistan.", date(2019, 2, 27),
     ["190"]),
])
def test_claims_and_names(nlp, text, day, cameos):
    doc = nlp(make_doc(nlp, text, day))
    assert [e.cameo for e in doc._.events] == cameos


@pytest.mark.parametrize("name, country", [
    ("Islamabad", "PAK"),  # an old name of Chattogram, Bangladesh, which is larger
    ("Montgomery", "USA"),  # an old name of Sahiwal, Pakistan
    ("Zaragoza", "ESP"),
    ("St. Petersburg", "RUS"),  # Florida's is its own name, but Russia's is twenty times larger
])
def test_own_name_beats_alternate(name, country):
    assert places.lookup(name).country == country
