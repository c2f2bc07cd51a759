"""Rules of the second wire battery round (docs/coding.md, "The second wire battery round"): troops withdrawn and
forces put on alert. Every sentence here is the team's own. Each rule test fails on the coder before the round; each
counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on

DAY = date(2024, 6, 1)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, dyad", [
    # what is acted on beats where from: a retreat, not leaving a treaty or a body (160)
    ("France withdrew its troops from Mali.", ("RETREAT", ["FRA"], ["MLI"])),
    ("The United States withdrew its forces from Afghanistan.", ("RETREAT", ["USA"], ["AFG"])),
])
def test_troops_withdrawn_are_a_retreat(nlp, text, dyad):
    assert dyads(nlp, text) == [dyad]


def test_ones_own_forces_are_no_target(nlp):
    # the troops withdrawn are France's own: no self-dyad
    assert dyads(nlp, "France withdrew troops.") == [("RETREAT", ["FRA"], [])]


@pytest.mark.parametrize("text, dyad", [
    ("France withdrew from the treaty.", ("SANCTION", ["FRA"], [])),
    ("Japan withdrew its ambassador from China.", ("SANCTION", ["JPN"], ["CHN"])),
    ("Police arrested protesters in Cairo.", ("COERCE", ["EGY"], ["EGY"])),
])
def test_other_withdrawals_and_domestic_targets_stay(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


def test_the_withdrawal_code(nlp):
    assert [e.cameo for e in coded(nlp, "France withdrew its troops from Mali.", DAY)] == ["0874"]
