"""'Have got to' is 'have to' (docs/coding.md, "Have got to"): a reported obligation, the speaker's demand. Every
sentence here is the team's own. The rule tests fail on the coder before the rule; the counter-examples keep theirs."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, dyad", [
    ('"Israel has got to stop the settlements," Kerry said.', ("REQUEST", ["USA"], ["ISR"])),
    ("Obama has got to answer for that, Cruz said.", ("REQUEST", ["USA"], ["USA"])),
])
def test_have_got_to_is_a_demand(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    # "has to" as before
    ('"Israel has to stop the settlements," Kerry said.', ("REQUEST", ["USA"], ["ISR"])),
    # "got to" alone had the chance: the act itself
    ("Sanders said he got to meet Obama last year.", ("CONSULT", ["USA"], ["USA"])),
])
def test_other_forms_keep_their_events(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
