"""A state's body named like a UN organ is not the UN (docs/coding.md, "National bodies named like UN organs").

"Security Council" and "General Assembly" name UN organs and national bodies alike; a capitalised word before the
name that is not a name of the UN makes it the state's body. Every sentence here is the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2016, 5, 1))


@pytest.mark.parametrize("text, dyad", [
    ("The Russian Security Council accused Ukraine of shelling the town.", ("ACCUSE", ["RUS"], ["UKR"])),
    ("Iran's Supreme National Security Council rejected the proposal from France.", ("REJECT", ["IRN"], ["FRA"])),
    ("The U.S. National Security Council condemned Syria on Monday.", ("ACCUSE", ["USA"], ["SYR"])),
])
def test_a_states_body_is_the_state(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
    assert all("UNO" not in d[1] for d in dyads(nlp, text))


def test_a_national_body_of_no_named_state_is_not_the_un(nlp):
    # Uncoded rather than wrong: the sentence does not say whose council it is.
    assert all("UNO" not in d[1] for d in dyads(nlp, "The National Security Council condemned Syria on Monday."))


@pytest.mark.parametrize("text", [
    "The Security Council condemned Syria on Monday.",
    "Later the Security Council condemned Syria.",
    "The U.N. Security Council condemned Syria on Monday.",
    "The United Nations Security Council condemned Syria on Monday.",
    "The UN General Assembly condemned Syria on Monday.",
    "A Security Council resolution condemned Syria.",
])
def test_the_un_organ_stays_the_un(nlp, text):
    assert ("ACCUSE", ["UNO"], ["SYR"]) in dyads(nlp, text)
