"""A demonym on the object is the giver's own side (docs/coding.md, "Whom a pledge goes to"): "pledged Turkish
support for Azerbaijan" goes to Azerbaijan. Every sentence here is the team's own; the rule tests fail on the coder
before the rule, the counter-examples keep their targets."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2024, 6, 1)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, dyad", [
    ("Erdogan pledged Turkish support for Azerbaijan.", ("AGREE", ["TUR"], ["AZE"])),
    ("Biden promised American aid to Ukraine.", ("AGREE", ["USA"], ["UKR"])),
    ("Xi offered Chinese help to Pakistan.", ("AGREE", ["CHN"], ["PAK"])),
])
def test_whom_a_pledge_goes_to(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    # the demonym names someone else's act: whom the verb is aimed at
    ("Putin condemned Turkish support for the rebels.", ("ACCUSE", ["RUS"], ["TUR"])),
    ("Erdogan pledged support for Azerbaijan.", ("AGREE", ["TUR"], ["AZE"])),
])
def test_other_sides_stay(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
