"""Joint intentions (docs/coding.md, "Joint intentions"). Every sentence here is the team's own.

Conjoined sources that agree, pledge or refuse to do a mutual act with no one else named ("India and Pakistan agreed
to resume peace talks") intend or refuse it toward each other: both directions, as for the mutual act itself (§4,
"Conjoined subjects of reciprocal acts"). Before the round an intention needed a counterpart named in its clause, so
these gave no event at all."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2021, 2, 25))


@pytest.mark.parametrize("text, kind, a, b", [
    ("India and Pakistan agreed to resume peace talks.", "AGREE", "IND", "PAK"),
    ("Serbia and Kosovo agreed to meet in Brussels next month.", "AGREE", "SRB", "XKX"),
    ("Russia and Ukraine agreed to exchange prisoners.", "AGREE", "RUS", "UKR"),
    ("Ethiopia and Eritrea pledged to restore diplomatic ties.", "AGREE", "ETH", "ERI"),
    ("India and Pakistan refused to hold talks.", "REJECT", "IND", "PAK"),
])
def test_conjoined_sides_intend_a_mutual_act_toward_each_other(nlp, text, kind, a, b):
    found = dyads(nlp, text)
    assert (kind, [a], [b]) in found and (kind, [b], [a]) in found


@pytest.mark.parametrize("text, expected", [
    # a counterpart named keeps the one direction
    ("India agreed to resume peace talks with Pakistan.", [("AGREE", ["IND"], ["PAK"])]),
    # an act aimed at a third party is no joint act: both are sources
    ("France and Germany agreed to send aid to Mali.", [("AGREE", ["DEU", "FRA"], ["MLI"])]),
])
def test_named_counterparts_and_third_parties_keep_their_direction(nlp, text, expected):
    assert dyads(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a street rally against someone demonstrates (CAMEO 141, "RALLIED * AGAINST" in the verb dictionary)
    ("Thousands of protesters rallied in Caracas against President Maduro.", ("141", "PROTEST")),
    # rallying others against someone mobilises opposition (113)
    ("Prime Minister Renzi is rallying a coalition against the Northern League.", ("113", "ACCUSE")),
])
def test_rallies_by_the_verb_dictionary(nlp, text, expected):
    from tests.coded import coded

    assert expected in [(e.cameo, e.plover_type) for e in coded(nlp, text, date(2021, 2, 25))]


@pytest.mark.parametrize("text", [
    "Egypt and Qatar mediated between Israel and Hamas.",
    "Egypt and Qatar offered to mediate between Israel and Hamas.",
])
def test_conjoined_mediators_are_not_each_others_counterpart(nlp, text):
    # mediation (CAMEO 045, 039) is between the two others: both mediators act toward Israel and Hamas
    found = dyads(nlp, text)
    assert found and all(d[2] == ["ISR", "PSE"] for d in found)
