"""Blasts with no doer named (docs/coding.md, "Blasts with no doer"). Every sentence here is the team's own.

"A roadside bomb killed three soldiers in Kandahar" names a weapon, not an attacker. An act with no source was no act
unless unnamed attackers were named by their role ("Gunmen killed ..."), so the commonest lead of a bombing story gave
no event, although the PLOVER gold codes such an attack with an empty source."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2024, 3, 5))


@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb killed three soldiers in Kandahar.", ("ASSAULT", [], ["AFG"])),
    ("A car bomb killed eight people in Mogadishu.", ("ASSAULT", [], ["SOM"])),
    ("An explosion killed five people in Kabul.", ("ASSAULT", [], ["AFG"])),
    # the participle continues the blast: its victims are where it went off
    ("A car bomb exploded in Mogadishu, killing eight people.", ("ASSAULT", [], ["SOM"])),
])
def test_a_blast_that_harms_is_an_attack_with_an_empty_source(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # no one harmed that the text places, or a blast that is no subject of harm
    "The bomb killed nobody.",
    "The report described the blast in detail.",
])
def test_a_blast_with_no_coded_victim_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_hostages_swapped_for_prisoners_are_returned_both_ways(nlp):
    # the lexicon had prisoners exchanged (0841), not hostages
    assert sorted(dyads(nlp, "Israel and Hamas exchanged hostages for prisoners.")) == [
        ("CONCEDE", ["ISR"], ["PSE"]), ("CONCEDE", ["PSE"], ["ISR"])]


def test_trading_fire_is_fighting_not_trade(nlp):
    # the team's "trade" (061) kept the CAMEO block's "* FIRE" pattern from it
    assert sorted(dyads(nlp, "India and Pakistan traded fire across the border.")) == [
        ("ASSAULT", ["IND"], ["PAK"]), ("ASSAULT", ["PAK"], ["IND"])]


def test_a_blast_put_down_to_someone_in_its_own_phrase_is_theirs(nlp):
    assert ("ASSAULT", ["PAK"], ["PAK"]) in dyads(
        nlp, "A suicide bombing claimed by the Pakistani Taliban killed twelve soldiers at a checkpoint in Pakistan.")
