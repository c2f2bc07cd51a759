"""Rules of the eighth pool round (docs/coding.md, "The eighth pool round"): acts named but not done, read on the
judged draws. Every sentence here is the team's own. Each rule test fails on the coder before the round; each
counter-example keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on, types_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)
_types = types_on(DAY)


@pytest.mark.parametrize("text, kind", [
    # a thing's purpose is no one's pledge
    ("The European Union imposed sanctions intended to punish Russia.", "AGREE"),
    # what someone stopped short of doing was not done
    ("Merkel stopped short of committing to send tanks to Ukraine.", "AGREE"),
])
def test_acts_named_but_not_done_are_no_events(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("The European Union imposed sanctions intended to punish Russia.", ("SANCTION", ["EUR"], [])),
    ("Merkel committed to send tanks to Ukraine.", ("AGREE", ["DEU"], ["UKR"])),
])
def test_acts_done_keep_their_events(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
