"""Rules of the fourth wire battery round (docs/coding.md, "The fourth wire battery round"): wire copy of the 1980s
to the 2010s, in the style of the field's held-out sets. Every sentence here is the team's own. Each rule test fails on
the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import cameo_dyads as codes_on


D90, D00, D16 = date(1990, 6, 1), date(2000, 6, 1), date(2016, 6, 1)


# -- what is left, taken or used decides the sense -------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Israel withdrew from southern Lebanon on Wednesday.", [("0874", ["ISR"], ["LBN"])]),
    ("Syrian troops withdrew from Palmyra.", [("0874", ["SYR"], [])]),
    ("Hezbollah guerrillas captured three Israeli soldiers on Saturday.", [("181", ["LBN"], ["ISR"])]),
    ("Abu Sayyaf guerrillas seized three Americans from a resort.", [("181", ["PHL"], ["USA"])]),
    ("Iraqi troops seized the emirate of Kuwait on Thursday.", [("192", ["IRQ"], ["KWT"])]),
    ("China warned that it would use force against Taiwan.", [("138", ["CHN"], ["TWN"])]),
    ("Uganda sent a peacekeeping force to Somalia.", [("074", ["UGA"], ["SOM"])]),
])
def test_the_object_decides_the_sense(nlp, text, expected):
    assert codes_on(nlp, text, D00) == expected


@pytest.mark.parametrize("text, expected", [
    ("The United States withdrew from the World Health Organization.", ("160", ["USA"], ["WHO"])),
    ("The United States withdrew from the Iran nuclear deal.", ("160", ["USA"], ["IRN"])),  # a deal is no ground
    ("Iranian forces seized a British tanker in the Gulf.", ("171", ["IRN"], ["GBR"])),
    ("Police captured the suspect in Brussels.", ("173", ["BEL"], ["BEL"])),
    ("Kerry arrived in Cairo on Monday.", ("042", ["USA"], ["EGY"])),                      # a capital visited
])
def test_bodies_things_and_visits_keep_their_sense(nlp, text, expected):
    assert expected in codes_on(nlp, text, D16)


# -- what is not an act of the day -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, day", [
    ("Jeb Bush withdrew from the race on Saturday.", D16),
    ("Villagers fear that fighting could flare again once Ugandan troops complete their withdrawal.", D00),
    ("Lebanon's civil war, which began in April 1975, has killed an estimated 150,000 people.", D90),
])
def test_no_event(nlp, text, day):
    assert codes_on(nlp, text, day) == []


@pytest.mark.parametrize("text, day, expected", [
    # the requested act of a second conjunct is the request's content
    ("President Bush urged Israel to halt its incursions and to begin pulling its troops back.", date(2002, 4, 4),
     [("020", ["USA"], ["ISR"])]),
    # an act named as the reason of another, or by its day, is news reported before
    ("The United States imposed sanctions on Russian banks over Moscow's support for separatists.", date(2014, 7, 16),
     [("163", ["USA"], ["RUS"])]),
    ("Iraq recalled its ambassador to Syria and demanded that Damascus hand over two men wanted in connection with "
     "last week's truck bombings of two ministries in Baghdad.", date(2009, 8, 25),
     [("161", ["IRQ"], ["SYR"]), ("1013", ["IRQ"], ["SYR"])]),
    # what an agreement provides is its content
    ("Iran and Syria signed a trade agreement under which Tehran will supply Syria with crude oil.", date(1982, 3, 16),
     [("057", ["IRN"], ["SYR"]), ("057", ["SYR"], ["IRN"])]),
    # a group described by the war it fights
    ("Lavrov denied again on Monday that Moscow had sent troops or weapons to the separatists fighting Kiev's forces in "
     "eastern Ukraine.", date(2014, 8, 25), []),  # (the denial itself is a statement, CAMEO 016, of no PLOVER type)
    # how long a war lasted; a noun that only says what kind of fund
    ("Nicaragua's Sandinista government and the Contra rebels agreed on Wednesday to a 60-day ceasefire, their first "
     "accord in six years of war.", date(1988, 3, 23), [("0356", ["NIC"], ["NIC"])]),  # (one each way, one dyad)
    # an act averted did not happen
    ("Secretary of State Alexander Haig flew to Buenos Aires on Thursday in a fresh attempt to avert war between "
     "Britain and Argentina.", date(1982, 4, 15), [("042", ["USA"], ["ARG"])]),
    # arms that go with forces; the arms that did a harm
    ("Chinese troops backed by tanks and artillery attacked Vietnam along its northern border.", date(1979, 2, 17),
     [("190", ["CHN"], ["VNM"])]),
    ("Sarajevo was pounded by Bosnian Serb artillery overnight.", date(1993, 7, 25), [("194", ["BIH"], ["BIH"])]),
    ("The U.S. frigate Stark was struck by two Exocet missiles fired by an Iraqi warplane.", date(1987, 5, 17),
     [("190", ["IRQ"], ["USA"])]),
    # a condolence call is a visit; a state of description
    ("King Hussein paid a condolence visit to Israel, calling on bereaved families in Beit Shemesh.", date(1997, 3, 16),
     [("042", ["JOR"], ["ISR"])]),
    ("De Klerk announced that Nelson Mandela, jailed since 1962, would be freed on Sunday.", date(1990, 2, 10),
     [("035", [], ["ZAF"])]),
])
def test_one_event_where_one_happened(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


# -- whom -------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, day, dyad", [
    ("President Bill Clinton signed an order on Saturday imposing a total U.S. trade and investment embargo on Iran.",
     date(1995, 5, 6), ("163", ["USA"], ["IRN"])),
    ("Trump recognised Juan Guaido as interim president, prompting President Nicolas Maduro to break off relations "
     "with Washington.", date(2019, 1, 23), ("161", ["VEN"], ["USA"])),
    ("Thousands of Palestinians marched through Nablus to protest against Israeli occupation.", date(1988, 3, 4),
     ("141", ["PSE"], ["ISR"])),
    ("A commander of Iran's Revolutionary Guards threatened to block oil shipments through the Strait of Hormuz if the "
     "United States tried to halt Iranian exports.", date(2018, 7, 4), ("130", ["IRN"], ["USA"])),
    ("Forces loyal to eastern Libyan commander Khalifa Haftar launched an offensive on Thursday to seize Tripoli.",
     date(2019, 4, 4), ("190", ["LBY"], ["LBY"])),
    ("The Salvadoran government and the FMLN signed a peace accord on Thursday.", date(1992, 1, 16), ("057", ["SLV"], ["SLV"])),
])
def test_whom(nlp, text, day, dyad):
    assert dyad in codes_on(nlp, text, day)


def test_a_capital_where_a_deal_was_signed_is_no_party(nlp):
    found = codes_on(nlp, "South Sudan's President Salva Kiir and rebel leader Riek Machar signed a power-sharing "
                     "agreement in Addis Ababa on Wednesday.",
                     date(2018, 9, 12))
    assert found == [("057", ["SSD"], ["SSD"])]  # the two signatories, each way: one dyad, no Ethiopian party


@pytest.mark.parametrize("text, day, expected", [
    # a noun that only says what kind of fund is no investment
    ("Venezuela and China agreed on Tuesday to set up a joint investment fund.", date(2007, 11, 6),
     [("030", ["VEN"], ["CHN"]), ("030", ["CHN"], ["VEN"])]),
    # entries: a state of siege declared is martial law's kind (1724)
    ("President Alfredo Cristiani declared a state of siege on Sunday.", date(1989, 11, 12), [("1724", ["SLV"], [])]),
    # taking part in talks is negotiating, and the talks the entry names are that event; refusing to is 125
    ("Iran took part in talks with the United States in Geneva.", D16, [("046", ["IRN"], ["USA"]), ("046", ["USA"], ["IRN"])]),
    ("Iran will not take part in talks with the United States.", D16, [("125", ["IRN"], ["USA"])]),
])
def test_kinds_and_entries(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected
