"""A verb whose lexicon entry names its object (docs/coding.md, "International wire copy", the phrase rule). Every
sentence here is the team's own.

"Call" alone asks (a request word) and "set" alone passes its act through, but "call off protest" (082) and "set fire"
(145) name their noun: the phrase is the act. Before the round the noun under them was taken for the content of a
request ("called off their weekly street protests" came out REQUEST)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on

DAY = date(2023, 7, 14)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text, expected", [
    ("Opposition groups in Kenya called off their weekly street protests on Thursday.", ("082", "CONCEDE")),
    ("Iran called off its talks with the United States.", ("164", "SANCTION")),
])
def test_a_phrase_entry_is_the_act_not_a_request(nlp, text, expected):
    found = [(e.cameo, e.plover_type) for e in coded(nlp, text, DAY)]
    assert expected in found and not any(t == "REQUEST" for _, t in found)


def test_a_call_for_an_act_still_asks(nlp):
    assert [d[0] for d in dyads(nlp, "Kenya's opposition leader called for protests against the government.")] == ["REQUEST"]


def test_embassies_reopened_by_two_are_mutual(nlp):
    found = dyads(nlp, "Saudi Arabia and Iran reopened their embassies.")
    assert ("SUPPORT", ["SAU"], ["IRN"]) in found and ("SUPPORT", ["IRN"], ["SAU"]) in found
