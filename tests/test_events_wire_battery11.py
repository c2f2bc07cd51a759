"""Rules of the eleventh wire battery round (docs/coding.md, "The eleventh wire battery round"): American articles on the
war in Ukraine and wire copy on Africa and the Middle East of 2010-2025. Every sentence here is the team's own. Each
rule test fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # two sides of one country sign with each other, not with whoever reports it
    ("Sudan's army and the Rapid Support Forces signed a humanitarian accord in Jeddah, Saudi officials said.", date(2023, 5, 21),
     [("057", ["SDN"], ["SDN"])]),
    # a state's mission to a body is the state's
    ("Israel's mission to the United Nations condemned Iran on Monday.", date(2024, 4, 15), [("111", ["ISR"], ["IRN"])]),
    # the town of a passive "the city of"; a pledge joined by "and" goes to whom the act reached
    ("The city of Odesa was shelled by Russian warships overnight.", date(2022, 4, 3), [("194", ["RUS"], ["UKR"])]),
    ("Scholz flew to Kyiv on Tuesday and pledged more air defence systems.", date(2022, 6, 14),
     [("042", ["DEU"], ["UKR"]), ("030", ["DEU"], ["UKR"])]),
    # protesters who gather demonstrate; tanks and missiles sent to a state are military aid
    ("Thousands of protesters gathered outside parliament in Tbilisi on Sunday.", date(2024, 5, 12),
     [("141", ["GEO"], ["GEO"])]),
    ("Poland sent tanks to Ukraine in April.", date(2022, 6, 1), [("072", ["POL"], ["UKR"])]),
])
def test_wire_rules(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # why the act reported was done, or its rank, is not a second act; a war that could come is no war
    ("American and British warships launched strikes on Houthi radar sites across Yemen on Thursday in retaliation for "
     "the group's attacks on shipping.", date(2024, 2, 1), [("190", ["GBR", "USA"], ["YEM"])]),
    ("Russian forces launched an invasion of Ukraine on Thursday, in the largest attack on a European state since 1945.",
     date(2022, 2, 24), [("192", ["RUS"], ["UKR"])]),
    ("Iran fired missiles at Israel, and the Revolutionary Guards said the barrage was retaliation for the killing of "
     "Hezbollah leader Hassan Nasrallah.", date(2024, 10, 1), [("195", ["IRN"], ["ISR"])]),
    ("Diplomats said a war between Ethiopia and Eritrea could destabilise the whole region.", date(2024, 2, 1), []),
    ("The two hosts discussed a scenario in which the assassination of Putin might have to be carried out.",
     date(2016, 8, 1), []),
])
def test_no_second_act(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    ("Israel vowed retaliation against Hezbollah.", date(2023, 4, 9), [("138", ["ISR"], ["LBN"])]),
    ("Russian missiles struck Kyiv on Friday in the heaviest attack on the capital in months.", date(2023, 12, 29),
     [("190", ["RUS"], ["UKR"])]),
    ("The war between Ethiopia and Eritrea killed tens of thousands.", date(2000, 6, 1),
     [("190", ["ETH"], ["ERI"]), ("190", ["ERI"], ["ETH"])]),
    ("Russia sent tanks into Ukraine.", date(2022, 2, 24), []),
    # a refusal made, with what it may cost
    ("Critics said Erdogan's refusal to meet Assad could prolong the crisis.", date(2016, 2, 29), [("120", ["TUR"], [])]),
    ("Leaders gathered in Brussels for a summit.", date(2024, 6, 27), []),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected
