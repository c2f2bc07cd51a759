"""Rules of the fifth wire battery round (docs/coding.md, "The fifth wire battery round"): wire copy on international
bodies, diplomacy and internal conflict. Every sentence here is the team's own. Each rule test fails on the coder before
the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # a body's name is no thing acting; a loan is for whom its "for" or "to" names, also in the passive and past an amount
    ("The International Monetary Fund approved a two-year, $17 billion loan for Ukraine on Wednesday.", date(2014, 4, 30),
     [("071", ["IMF"], ["UKR"])]),
    ("A record $21 billion loan for South Korea was approved by the International Monetary Fund on Thursday.",
     date(1997, 12, 4), [("071", ["IMF"], ["KOR"])]),
    ("The World Bank on Thursday approved loans totalling $360 million to Poland.", date(1990, 2, 15),
     [("071", ["WBK"], ["POL"])]),
    # forces sent to protect or help are an intention to protect, not a threat
    ("The African Union will send about 300 troops to Sudan's Darfur region to protect its ceasefire monitors.",
     date(2004, 7, 9), [("0334", ["AFU"], ["SDN"])]),
    ("Kenya will send police officers to Haiti to help restore order.", date(2024, 6, 1), [("0334", ["KEN"], ["HTI"])]),
    # entries: bowing, observers pulled out, a ceasefire ordered, a group declared terrorist
    ("Ahmadinejad said on Tuesday that Iran would not bow to a U.N. Security Council demand to halt uranium enrichment.",
     date(2006, 8, 29), [("124", ["IRN"], ["UNO"])]),
    ("The European Union pulled its election observers out of Zimbabwe.", date(2002, 2, 18), [("1662", ["EUR"], ["ZWE"])]),
    ("Ukrainian President Petro Poroshenko ordered government forces to cease fire at 1500 GMT on Friday.",
     date(2014, 9, 5), [("0871", ["UKR"], [])]),
    ("Egypt's army-backed government declared the Muslim Brotherhood a terrorist organisation on Wednesday.",
     date(2013, 12, 25), [("1722", ["EGY"], ["EGY"])]),
    # bodies: the euro zone's ministers, the African Union's council
    ("Euro zone finance ministers refused on Saturday to extend Greece's bailout beyond its June 30 expiry.",
     date(2015, 6, 27), [("1221", ["EUR"], ["GRC"])]),
    ("The African Union's Peace and Security Council on Friday condemned the overthrow of Malian President Amadou "
     "Toumani Toure by mutinous soldiers.", date(2012, 3, 23), [("111", ["AFU"], ["MLI"])]),
    # a later word of a place name is no town: the Nile Delta is not Delta, Canada
    ("A suicide car bomb killed 16 people at a police headquarters in the Nile Delta city of Mansoura.",
     date(2013, 12, 25), [("190", [], ["EGY"])]),
])
def test_bodies_entries_and_purposes(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # an attack named again as the offensive it was, a war it was part of
    ("Salvadorean leftist guerrillas attacked army posts across San Salvador on Saturday night in their biggest "
     "offensive of the nine-year civil war.", date(1989, 11, 12), [("180", ["SLV"], ["SLV"])]),
    ("Maoist rebels ambushed a convoy of paramilitary police in central India on Tuesday, killing at least 73 officers "
     "in the deadliest attack of their decades-old insurgency.", date(2010, 4, 6),
     [("180", ["IND"], ["IND"]), ("190", ["IND"], ["IND"])]),
    # a second measure conjoined to a coded verb's object is its content
    ("The European Union imposed a visa ban and an asset freeze on Zimbabwean President Robert Mugabe on Monday.",
     date(2002, 2, 18), [("163", ["EUR"], ["ZWE"])]),
    # an order with no one ordered to act
    ("Hundreds of political prisoners were freed from jails across Myanmar on Friday under an amnesty ordered by "
     "President Thein Sein.", date(2012, 1, 13), [("0841", [], ["MMR"])]),
])
def test_one_event_where_one_happened(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # the pronoun of a participle clause is the main verb's object
    ("Turkey expelled two German diplomats, accusing them of spying.", date(2016, 6, 1),
     [("174", ["TUR"], ["DEU"]), ("112", ["TUR"], ["DEU"])]),
    # a second subject the parser hung on the verb
    ("U.S. Trade Representative Charlene Barshefsky and Chinese Trade Minister Shi Guangsheng signed a market-opening "
     "agreement in Beijing on Monday.", date(1999, 11, 15), [("057", ["USA"], ["CHN"]), ("057", ["CHN"], ["USA"])]),
    # representatives of two sides are those sides
    ("Negotiators for the Colombian government and the Revolutionary Armed Forces of Colombia (FARC) formally opened "
     "peace talks near Oslo on Thursday.", date(2012, 10, 18), [("046", ["COL"], ["COL"])]),
])
def test_whom_and_who(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    ("Russia will send troops to the border with Finland.", date(2024, 6, 1), [("138", ["RUS"], [])]),
    ("Putin ordered the army to withdraw from Syria.", date(2016, 6, 1), [("100", ["RUS"], [])]),
    ("Officials said that Russia attacked the convoy.", date(2016, 6, 1), [("190", ["RUS"], [])]),
    ("Delegations from Israel and the Palestinians met in Cairo.", date(2016, 6, 1),
     [("040", ["ISR"], ["PSE"]), ("040", ["PSE"], ["ISR"])]),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected
