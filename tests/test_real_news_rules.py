"""Rules for real news text (issue 9): affiliated persons, Phoenix agent nouns, received
attacks named on the receiving verb, a thing of one's own given to someone, nominal attacks
in words (docs/coding.md, sections 3 and 4).

Every sentence here is the team's own; the persons in them are invented, or real office
holders (facts from the knowledge files).
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from eventwire.nlp._pipeline import make_doc
from eventwire.nlp.knowledge import knowledge
from tests.coded import dyads_on

REPO = Path(__file__).resolve().parents[1]
PHOENIX = REPO.parent / "shared" / "dev-data" / "phoenix-dictionaries"
DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


def actor(nlp, text: str, words: str):
    doc = nlp(make_doc(nlp, text, DAY))
    start = text.index(words)
    found = [a for a in doc._.actors if doc[a.start].idx <= start < doc[a.end - 1].idx + len(doc[a.end - 1])]
    assert found, words
    return found[0]


# -- affiliated persons -------------------------------------------------------------------
@pytest.mark.parametrize("text, words", [
    ("Top Obama aide Dana Whitlock criticized Jeb Bush on Sunday.", "Dana Whitlock"),
    ("Trump campaign manager Marta Quill praised Chris Christie.", "Marta Quill"),
    ("Marta Quill, Trump's campaign manager, praised Chris Christie.", "Marta Quill"),
    ("Trump's campaign manager, Marta Quill, praised Chris Christie.", "Marta Quill"),
    ("Alabama Democratic Party chairwoman Nora Feld endorsed Clinton.", "Nora Feld"),
])
def test_a_person_with_a_role_for_a_known_actor_is_of_its_country(nlp, text, words):
    a = actor(nlp, text, words)
    assert (a.code, a.kind, a.resolved_from) == ("USA", "person", "affiliation")


def test_an_affiliated_person_is_the_source_of_the_event(nlp):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Top Obama aide Dana Whitlock criticized Jeb Bush on Sunday.")


@pytest.mark.parametrize("text, words", [
    ("Dana Whitlock criticized Jeb Bush on Sunday.", "Dana Whitlock"),  # no role: not coded
    ("Dana Whitlock, a retired teacher, criticized Jeb Bush.", "Dana Whitlock"),  # a role for no known actor
])
def test_a_person_without_a_role_for_a_known_actor_stays_unresolved(nlp, text, words):
    a = actor(nlp, text, words)
    assert a.code is None and a.resolved_from == "unresolved"


# -- Phoenix agent nouns ------------------------------------------------------------------
@pytest.mark.parametrize("phrase, sector", [
    ("immigrants", "CVL"), ("politician", "ELI"), ("businessmen", "BUS"), ("rabbi", "REL"), ("oncologist", "HLH"),
])
def test_phoenix_agent_nouns_are_known(phrase, sector):
    assert sector in {e.sector for e in knowledge().agents[phrase]}


def test_the_team_agent_file_wins_over_phoenix():
    # Phoenix has "spokesman" too (as part of longer phrases and alone); the team's GOV entry is the only one kept
    assert [e.sector for e in knowledge().agents["spokesman"]] == ["GOV"]


def test_a_phoenix_agent_noun_is_coded_by_where_it_is(nlp):
    a = actor(nlp, "Immigrants in Germany protested against the new law.", "Immigrants")
    assert (a.code, a.sector) == ("DEU", "CVL")


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="needs ../shared/dev-data/phoenix-dictionaries")
def test_the_agent_converter_reads_the_phoenix_file():
    spec = importlib.util.spec_from_file_location("convert_phoenix", REPO / "scripts" / "convert_phoenix.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = {r["phrase"]: r["sector"] for r in module.convert_agents(PHOENIX)}
    assert rows["gunman"] == "REB" and "gunmans" not in rows  # "{}": no regular plural
    assert rows["businessmen"] == "BUS"  # !PERSON! expanded
    assert rows["lawmakers"] == "LEG"  # the regular plural written out
    assert all(sector in {"GOV", "MIL", "REB", "CRM", "OPP", "BUS", "CVL", "JUD", "COP", "MED", "LEG", "HLH", "EDU",
                          "SPY", "LAB", "REF", "ELI", "NGO", "INS", "SEP", "REL"} for sector in rows.values())


# -- received acts, things of one's own, attacks in words -----------------------------------
def test_the_agent_of_a_received_attack_may_hang_on_the_receiving_verb(nlp):
    # a senator commands no forces: his "assault" on a group is in words (CAMEO 111)
    assert dyads(nlp, "Mexican immigrants came under repeated assault by Senator Ted Cruz.") == [("ACCUSE", ["USA"], ["MEX"])]


def test_a_thing_of_one_own_given_to_someone_has_the_recipient_as_target(nlp):
    found = dyads(nlp, "Alabama Democratic Party chairwoman Nora Feld pledged her vote to Hillary Clinton.")
    assert ("AGREE", ["USA"], ["USA"]) in found


def test_a_thing_of_another_actor_names_whom_it_is_asked_of(nlp):
    found = dyads(nlp, "Islamabad found an opportunity when Washington sought its support.")
    assert ("REQUEST", ["USA"], ["PAK"]) in found


def test_an_armed_force_nominal_assault_stays_physical(nlp):
    found = dyads(nlp, "The Syrian army's assault on Aleppo killed dozens of civilians.")
    assert all(t != "ACCUSE" for t, _s, _t in found)


# -- stances after a copula ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Senator Ted Cruz was critical of Obama's stance on Iran.", ("ACCUSE", ["USA"], ["USA"])),
    ("Chancellor Angela Merkel remained supportive of Greece.", ("SUPPORT", ["DEU"], ["GRC"])),
])
def test_a_stance_adjective_after_a_copula_is_the_act(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Senator Ted Cruz was critical.",  # no one it is aimed at: the entry needs its preposition
    "Critical of the plan, Senator Ted Cruz left the hall.",  # no copula: a description
])
def test_a_stance_adjective_without_its_frame_is_no_event(nlp, text):
    assert all(t != "ACCUSE" for t, _s, _t in dyads(nlp, text))


# -- nominal harm with its victim and no agent ----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The killing of two opposition politicians in Tunisia prompted a crisis.", ("ASSAULT", [], ["TUN"])),
    ("The arrest of Russian opposition leader Ivan Petrenko angered Washington.", ("COERCE", [], ["RUS"])),
])
def test_a_nominal_harm_with_a_named_victim_is_kept_without_an_agent(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_a_nominal_harm_in_a_question_or_hypothesis_is_no_event(nlp):
    text = "The host asked Senator Ted Cruz how he would handle the deportation of everyone in the United States."
    assert all(t not in ("COERCE", "THREATEN") for t, _s, _t in dyads(nlp, text))


# -- "each other" -------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Russia and Ukraine accused one another of violating the truce.", {("ACCUSE", ("RUS",), ("UKR",)), ("ACCUSE", ("UKR",), ("RUS",))}),
    ("Senator Ted Cruz and Senator Marco Rubio had gone after each other.", {("ACCUSE", ("USA",), ("USA",))}),
])
def test_an_act_on_each_other_is_coded_both_ways(nlp, text, expected):
    doc = nlp(make_doc(nlp, text, DAY))
    found = [(e.cameo, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in doc._.events]
    assert len(found) == 2 and all(s and t for _c, s, t in found)  # two persons of one country are two sides
    assert {("ACCUSE", s, t) for _c, s, t in found} == expected


def test_critics_of_a_third_party_are_not_each_other_s_targets(nlp):
    # (a decision whose author is named nowhere is aimed at no one: docs/coding.md, "The train2 round")
    assert dyads(nlp, "The US and Korea criticised China's decision.") == [("ACCUSE", ["KOR", "USA"], ["CHN"])]


# -- domestic dyads -----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a candidate urging her own country's government: a domestic dyad, not a self-dyad
    ("Hillary Clinton suggested the United States should send more special forces into Syria.", ("REQUEST", ["USA"], ["USA"])),
    ("Congress demanded that the White House release the memo.", ("REQUEST", ["USA"], ["USA"])),
])
def test_a_non_state_source_and_its_own_state_are_two_sides(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Russia warned that Moscow could strike.",
    "Foreign Minister Sergei Lavrov said Russia should respond.",
])
def test_a_state_and_who_speaks_for_it_are_one_side(nlp, text):
    for kind, source, target in dyads(nlp, text):
        assert not (source and source == target), (kind, source, target)


# -- groups the small model tags as persons; gathering supporters ---------------------------
def test_an_ethnic_group_tagged_as_a_person_is_a_group(nlp):
    a = actor(nlp, "Latinos in Texas voted in large numbers.", "Latinos")
    assert (a.kind, a.code, a.sector) == ("group", "USA", "CVL")


def test_rallying_supporters_is_no_protest(nlp):
    text = "Governor Jerry Brown, who is trying to rally Latinos in California, spoke on Monday."
    assert all(t != "PROTEST" for t, _s, _t in dyads(nlp, text))
    assert ("PROTEST", ["UKR"], []) in dyads(nlp, "Thousands of residents rallied in Kiev on Sunday.")


def test_a_nominal_received_in_a_relative_clause_has_the_receiver_as_target(nlp):
    found = dyads(nlp, "The criticism that Senator Ted Cruz received from Donald Trump was harsh.")
    assert found == [("ACCUSE", ["USA"], ["USA"])]  # the receiving verb is no event of its own (no CONSULT)
