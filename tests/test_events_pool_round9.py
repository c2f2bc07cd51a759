"""Rules of the ninth pool round (docs/coding.md, "The ninth pool round"): two more senses read on the judged draws.
Every sentence here is the team's own. Each rule test fails on the coder before the round; each counter-example keeps
its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on, types_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)
_types = types_on(DAY)


@pytest.mark.parametrize("text, kind", [
    # a look, no inquiry
    ('"I looked into the eyes of the families who lost their sons," Senator Rubio said.', "ACCUSE"),
    # attracting voters asks nothing of them
    ("Trump is a candidate who appeals to white working-class voters.", "REQUEST"),
])
def test_other_senses_are_no_events(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("The FBI looked into Clinton's use of a private server.", ("ACCUSE", ["USA"], ["USA"])),
    ("Obama appealed to Congress to pass the bill.", ("REQUEST", ["USA"], ["USA"])),
])
def test_inquiries_and_appeals_keep_their_events(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
