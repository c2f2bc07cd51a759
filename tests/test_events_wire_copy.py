"""International wire copy (docs/coding.md, "International wire copy"). Every sentence here is the team's own, written
in the style of the field's gold sets (short lead sentences of international news).

Each case failed before the round: a sea's name coded as its country, an amount's "in" noun not read as what is given,
an extradition aimed at the person handed over, "set fire to" lost under "set" as a pass-through word, and an attack
driven back coded against the place attacked."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on

DAY = date(2023, 9, 12)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, expected", [
    # a sea is where, not who: the exercises are the two navies' together
    ("Russia and China held joint naval exercises in the East China Sea.", [("COOPERATE", ["CHN"], ["RUS"]),
                                                                            ("COOPERATE", ["RUS"], ["CHN"])]),
    ("Mexican authorities extradited the drug lord to the United States.", [("COOPERATE", ["MEX"], ["USA"])]),
    ("The Chadian army repelled an attack by Boko Haram on an army base.", [("ASSAULT", ["TCD"], ["NGA"])]),
])
def test_wire_copy_dyads(nlp, text, expected):
    assert sorted(dyads(nlp, text)) == sorted(expected)


def test_an_amount_in_aid_is_aid_given(nlp):
    assert ("AID", ["USA"], ["UKR"]) in dyads(nlp, "The United States provided $2 billion in military aid to Ukraine.")
    # the noun under the amount is the verb's content, not a second event
    assert len(dyads(nlp, "The World Bank approved $1 billion in loans to Egypt.")) == 1


def test_set_fire_is_the_verb_phrase_where_its_object_is(nlp):
    found = [(e.cameo, e.plover_type, sorted(a.code for a in e.source), sorted(a.code for a in e.target))
             for e in coded(nlp, "Protesters set fire to the Swedish embassy in Baghdad.", DAY)]
    # rioters' arson (CAMEO 145), by protesters coded where they are (the embassy is in Baghdad)
    assert found == [("145", "PROTEST", ["IRQ"], ["SWE"])]


def test_a_sea_of_a_country_is_no_target(nlp):
    found = dyads(nlp, "North Korea fired two ballistic missiles into the Sea of Japan.")
    assert found and all("JPN" not in d[2] for d in found)


@pytest.mark.parametrize("text, expected", [
    ("Following the Iranian missile attack, Israel vowed to retaliate.", ("THREATEN", ["ISR"], ["IRN"])),
    ("In response to the Russian strikes, Ukraine vowed to retaliate.", ("THREATEN", ["UKR"], ["RUS"])),
])
def test_retaliation_answers_the_attack_the_sentence_anchors_it_to(nlp, text, expected):
    assert dyads(nlp, text) == [expected]
