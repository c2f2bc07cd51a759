"""Targets found inside a thing the act is aimed at (docs/coding.md section 3, "The author of a thing" and
"What a harmed thing is part of"). Every sentence here is the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2024, 5, 6)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, expected", [
    # the author of a plan or demand, named by "by" on the object, by a participle's agent, or as the "by" the
    # parser hangs on the verb
    ("The Hungarian government rejected demands by opposition groups for early elections.", ("REJECT", ["HUN"], ["HUN"])),
    ("The peace plan drafted by Germany was rejected by Poland.", ("REJECT", ["POL"], ["DEU"])),
    ("President Mugabe is resisting mediation by a Catholic bishop.", ("REJECT", ["ZWE"], ["ZWE"])),
])
def test_an_act_aimed_at_a_plan_or_demand_targets_its_author(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian forces destroyed the homes of Russian soldiers.", ("COERCE", ["UKR"], ["RUS"])),
    ("Syrian army artillery shelled districts of Aleppo on Sunday.", ("ASSAULT", ["SYR"], ["SYR"])),
])
def test_a_harmed_thing_stands_for_what_it_is_part_of(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


def test_a_by_phrase_of_means_on_the_verb_is_no_author(nlp):
    # "by tweeting" names how, not whose thing was attacked; the bill has no author named.
    assert all(not target for _, _, target in dyads(nlp, "Senator Okafor attacked the bill by tweeting about it."))


@pytest.mark.parametrize("text, expected", [
    ("The foreign ministers of India and Pakistan met in Geneva on Monday.",
     [("CONSULT", ["IND"], ["PAK"]), ("CONSULT", ["PAK"], ["IND"])]),
    ("The leaders of France and Germany signed a defence pact.", [("AGREE", ["DEU"], ["FRA"]), ("AGREE", ["FRA"], ["DEU"])]),
])
def test_countries_conjoined_after_a_role_share_the_role(nlp, text, expected):
    assert sorted(dyads(nlp, text)) == expected


def test_a_country_on_the_noun_beats_its_possessive_pronoun(nlp):
    # "his Australian counterpart" is Australian, whoever "his" is.
    assert dyads(nlp, "The Chinese plan was condemned by Japan's prime minister and his Australian counterpart.") \
        == [("ACCUSE", ["AUS", "JPN"], ["CHN"])]


def test_conjoined_subjects_of_a_mutual_act_take_no_third_party_as_target(nlp):
    # The summit is where they met, not whom: each is the other's counterpart.
    assert sorted(dyads(nlp, "Chile and Peru held talks on the sidelines of the Mercosur summit.")) \
        == [("CONSULT", ["CHL"], ["PER"]), ("CONSULT", ["PER"], ["CHL"])]


def test_a_named_partner_of_conjoined_subjects_stays_their_target(nlp):
    assert ("AGREE", ["ARG", "BRA"], ["EUR"]) in dyads(nlp, "Brazil and Argentina signed a trade pact with the European Union.")


@pytest.mark.parametrize("text, expected", [
    ("Egypt allowed UN inspectors to visit the prison on Monday.", ("CONCEDE", ["EGY"], ["UNO"])),
    ("Turkey allowed NATO observers to monitor the vote.", ("CONCEDE", ["TUR"], ["NAT"])),
])
def test_who_is_let_act_is_the_target_of_the_leave(nlp, text, expected):
    assert dyads(nlp, text) == [expected]
