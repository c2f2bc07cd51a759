"""Headline pairs (docs/coding.md, "Headline pairs"). Every sentence here is the team's own.

A headline joins two subjects with a comma ("Turkey, Syria hold first talks in a decade"); the parser hangs the first
on the verb as an adverbial noun, so before the round it was no subject and the mutual act had one side or none."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2022, 8, 30))


@pytest.mark.parametrize("text, kind, a, b", [
    ("Turkey, Syria hold first talks in a decade.", "CONSULT", "TUR", "SYR"),
    ("Israel, Hamas agree to four-day truce.", "AGREE", "ISR", "PSE"),
    ("Russia, China sign energy deal.", "AGREE", "RUS", "CHN"),  # CAMEO 057, a signed agreement
])
def test_a_headline_pair_is_two_subjects(nlp, text, kind, a, b):
    found = dyads(nlp, text)
    assert (kind, [a], [b]) in found and (kind, [b], [a]) in found


def test_a_fronted_word_that_is_no_actor_is_no_subject(nlp):
    assert dyads(nlp, "Yesterday, Russia attacked Ukraine.") == [("ASSAULT", ["RUS"], ["UKR"])]
