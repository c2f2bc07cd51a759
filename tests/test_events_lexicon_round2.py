"""Entries of the second lexicon round (docs/coding.md, "The second lexicon round"): verbs the CAMEO 2.0 verb
dictionary codes that the team's lexicon and the converted verb blocks lacked ("inflict", a member of the
dictionary's block IMPOSE [170]). Every sentence here is the team's own; each entry has a counter-example in another
sense that stays without an event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


# -- "inflict" harm on an actor is CAMEO 170 (coerce), the dictionary's code for the block IMPOSE -------------------
@pytest.mark.parametrize("text, dyad", [
    ("The Ugandan army inflicted heavy losses on Kenyan troops.", ("COERCE", ["UGA"], ["KEN"])),
    ("Heavy losses were inflicted on Kenyan troops by the Ugandan army.", ("COERCE", ["UGA"], ["KEN"])),
    ("Russia inflicted punishing sanctions on Ukraine.", ("COERCE", ["RUS"], ["UKR"])),
])
def test_inflicting_harm_on_an_actor_is_coercion(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The storm inflicted heavy damage on the coast.",  # a storm is no actor: nobody coerces anybody
    "The drought inflicted lasting harm on the region's farms.",  # harm done by no one to things
])
def test_harm_inflicted_by_no_actor_is_no_event(nlp, text):
    assert dyads(nlp, text) == []
