"""A multiword entry's words are the verb's own, never words on its subject (docs/coding.md, "Words of a multiword
entry"). Every sentence here is the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import types_on

types = types_on(date(2016, 5, 1))


@pytest.mark.parametrize("text", [
    "Voters in Ohio were given the choice between Clinton and Trump.",
    "Residents in Gaza were given a choice of two routes.",
])
def test_a_preposition_on_the_subject_is_no_particle(nlp, text):
    assert "CONCEDE" not in types(nlp, text)  # not "give in"


def test_the_verbs_own_particle_still_counts(nlp):
    assert "CONCEDE" in types(nlp, "The rebels in Aleppo finally gave in to the army.")
