"""The question round (docs/coding.md, "The question round"): a reporter's question put to a source is no request, and
a comment declined after one is no refusal. Every sentence here is the team's own. Each rule test fails on the coder
before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    ("Asked by a reporter to respond to the senator's criticism, Carson said the charge was false.", date(2016, 3, 1), []),
    ("When asked to comment on the report, the Russian Foreign Ministry declined.", date(2016, 3, 1), []),
    ("Putin was asked by a reporter to comment on the sanctions.", date(2016, 3, 1), []),
    # the question goes; a refusal with an object of its own stays
    ("Asked to comment, the ministry declined the invitation from Israel.", date(2016, 3, 1), [("125", [], ["ISR"])]),
])
def test_press_questions(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # a body that asks for an account makes a request; a request to act is one
    ("Israel was asked by the Security Council to explain the raid.", date(2016, 3, 1), [("020", ["UNO"], ["ISR"])]),
    ("When asked to withdraw its troops, Russia refused.", date(2016, 3, 1),
     [("120", ["RUS"], []), ("020", [], ["RUS"])]),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected
