"""Rules of the third wire battery round (docs/coding.md, "The third wire battery round"). Every sentence here is the
team's own. Each rule test fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2024, 6, 1))


def test_a_swap_is_done_with_each_other(nlp):
    # conjoined parties of a swap each return persons to the other, as for "exchanged prisoners"
    assert sorted(dyads(nlp, "Russia and Ukraine swapped 200 prisoners of war.")) == [
        ("CONCEDE", ["RUS"], ["UKR"]), ("CONCEDE", ["UKR"], ["RUS"])]


@pytest.mark.parametrize("text, dyad", [
    ("Police arrested protesters in Cairo.", ("COERCE", ["EGY"], ["EGY"])),
    ("Russia and Ukraine exchanged prisoners.", ("CONCEDE", ["RUS"], ["UKR"])),
])
def test_domestic_targets_and_exchanges_stay(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
