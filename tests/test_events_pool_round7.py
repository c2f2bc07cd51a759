"""Rules of the seventh pool round (docs/coding.md, "The seventh pool round"): more classes of false events read on
the sixth round's two judged draws. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each counter-example keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on, types_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)
_types = types_on(DAY)


@pytest.mark.parametrize("text, kind", [
    # a candidate who fades breaks off no talks
    ("When Jeb Bush eventually collapses, Rubio will benefit.", "SANCTION"),
    # the press meeting whom it covers
    ("Fox host Megyn Kelly met with Donald Trump at Trump Tower.", "CONSULT"),
    # a standing endorsement described in a relative clause
    ("The former KKK leader David Duke, who enthusiastically endorses Trump, spoke to reporters.", "SUPPORT"),
    # a rebuttal with no one pushed back
    ("Mr. Obama decided to use his State of the Union address to push back.", "COERCE"),
    # heartened by a thing
    ('"We\'re encouraged by the results," said Senator Ted Cruz.', "REQUEST"),
    # a policy asked for by a gerund
    ("Senator Bernie Sanders calls for ending corporate taxes.", "REQUEST"),
])
def test_false_events_of_the_seventh_pool_round_are_gone(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("Obama met with Putin in Beijing.", ("CONSULT", ["USA"], ["RUS"])),
    ("Senator Warren, who endorsed Clinton on Thursday, spoke to reporters.", ("SUPPORT", ["USA"], ["USA"])),
    ("Israeli police pushed back the protesters at the gate.", ("COERCE", ["ISR"], ["ISR"])),
    ("Israel was encouraged by Washington to resume talks.", ("REQUEST", ["USA"], ["ISR"])),
    ("Senator Cruz called for sanctioning Iran.", ("REQUEST", ["USA"], ["IRN"])),
])
def test_acts_of_the_same_forms_keep_their_events(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
