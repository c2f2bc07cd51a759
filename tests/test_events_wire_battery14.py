"""Rules of the fourteenth wire battery round (docs/coding.md, "The fourteenth wire battery round"): wire copy on the
former Soviet Union of 1991-2010 and American articles on foreign and trade policy of 2020-2025. Every sentence here is
the team's own. Each rule test fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import all_cameo_codes, cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # envoys expelled are individuals expelled; an entry ban on a foreign state's officials is a sanction
    ("Latvia expelled the Russian ambassador on Tuesday.", date(2007, 5, 8), [("174", ["LVA"], ["RUS"])]),
    ("The European Union banned 40 Belarussian officials from entering its territory on Monday.", date(2011, 1, 31),
     [("163", ["EUR"], ["BLR"])]),
    # tariffs lowered are measures eased
    ("Treasury Secretary Scott Bessent said on Monday that the United States and China had agreed to lower their tariffs "
     "on each other's goods.", date(2025, 5, 12), [("030", ["USA"], ["CHN"]), ("030", ["CHN"], ["USA"])]),
    # state forces firing on a crowd of protest repress it
    ("Kazakh troops opened fire on hundreds of protesters in Almaty on Thursday.", date(2022, 1, 6),
     [("175", ["KAZ"], ["KAZ"])]),
    # emergency rule is imposed on the place named
    ("President Kocharyan declared a state of emergency in Yerevan on Saturday.", date(2008, 3, 1),
     [("1724", ["ARM"], ["ARM"])]),
    # calls for something are appeals, no telephone calls (the appeal turned down is coded too, as the real gold codes
    # a rebutted act with its doer)
    ("Minsk rejected calls from the European Union for new elections.", date(2020, 8, 20),
     [("120", ["BLR"], ["EUR"]), ("020", ["EUR"], ["BLR"])]),
    # a craft carrying aid delivers it
    ("A Turkish cargo plane carrying tents and medicine landed in Kabul on Sunday.", date(2021, 9, 5),
     [("073", ["TUR"], ["AFG"])]),
    # "the House" alone is the US House of Representatives
    ("The House voted on Saturday to approve $61 billion in aid for Ukraine.", date(2024, 4, 20), [("070", ["USA"], ["UKR"])]),
    # a resolution adopted speaks for who adopted it; a mediation between two named parties
    ("The Security Council adopted a resolution on Monday urging Azerbaijan to reopen the Lachin corridor.",
     date(2023, 8, 14), [("020", ["UNO"], ["AZE"])]),
    ("EU foreign policy chief Javier Solana mediated talks in Kiev on Sunday between President Leonid Kuchma and "
     "opposition leader Viktor Yushchenko.", date(2004, 11, 28), [("045", ["EUR"], ["UKR"])]),
    # arms aimed at a state on a condition threaten force
    ("Putin said Russia could aim its missiles at Poland if Warsaw hosted the American shield.", date(2008, 8, 20),
     [("138", ["RUS"], ["POL"])]),
    # a visit to one's own site abroad is a visit to where it is
    ("Defense Secretary Lloyd Austin visited the American air base at Incirlik in southern Turkey on Monday.",
     date(2021, 10, 4), [("042", ["USA"], ["TUR"])]),
    # a crowd protesting night after night is one more protest, aimed at whom it is against
    ("Thousands of opposition supporters braved the rain in central Tbilisi on Sunday for a third night of protests "
     "against the ruling party's leader Bidzina Ivanishvili.", date(2024, 12, 1), [("141", ["GEO"], ["GEO"])]),
    # who claimed the attack did it
    ("A car bomb in central Mogadishu killed 20 Somali soldiers on Friday, in an attack claimed by al-Shabaab.",
     date(2019, 7, 12), [("190", ["SOM"], ["SOM"])]),
    # a stop coded by its own entry is the act, and a threat on a condition
    ("President Biden said he would stop supplying artillery shells to Israel if its forces entered Rafah.",
     date(2024, 5, 8), [("131", ["USA"], ["ISR"])]),
    # air-defense systems sent are military aid
    ("Germany will send Ukraine two more air-defense systems, Chancellor Olaf Scholz said.", date(2024, 6, 11),
     [("033", ["DEU"], ["UKR"])]),
])
def test_wire_rules(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # an inquiry's subject; a poll released; background at a date after "since"
    ("The House Armed Services Committee opened an investigation into the withdrawal of American troops from Syria.",
     date(2019, 10, 20), [("090", ["USA"], ["SYR"])]),
    ("A national poll by CNN and SSRS released on Monday found the president at 41 percent.", date(2024, 3, 4), []),
    ("Hong Kong has been part of China since 1997, when Britain handed the territory over under a treaty it signed "
     "in 1984.", date(2019, 7, 1), []),
    # a plane landing carries nothing named
    ("A Russian air force plane landed in Caracas on Saturday.", date(2019, 3, 23), []),
])
def test_no_second_act(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


def test_a_compound_adjective_is_no_statement(nlp):
    # "Russian-speaking" describes the minorities; no one speaks (statements included)
    text = ("Officials in the Baltic states fear that Moscow could use the large Russian-speaking minorities in Estonia "
            "and Latvia as a pretext to meddle.")
    assert all_cameo_codes(nlp, text, date(2007, 4, 28)) == []


@pytest.mark.parametrize("text, day, expected", [
    ("President Bush arrived in Tbilisi on Tuesday.", date(2005, 5, 10), [("042", ["USA"], ["GEO"])]),
    ("Rebels fired on protesters in Donetsk.", date(2014, 5, 2), [("175", ["UKR"], ["UKR"])]),
    ("Obama received a call from Putin on Friday.", date(2014, 3, 1), [("041", ["RUS"], ["USA"])]),
    ("He spoke in the House of Commons on Tuesday.", date(2019, 3, 12), []),
    ("After six years of war, Ethiopia and Eritrea signed an accord.", date(2000, 12, 12),
     [("057", ["ETH"], ["ERI"]), ("057", ["ERI"], ["ETH"])]),
    ("The army stopped shelling the city.", date(2024, 5, 8), []),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected
