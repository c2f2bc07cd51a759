"""Acts finished and clauses of their own (docs/coding.md, "Finished acts and joined clauses"). Every sentence here is
the team's own.

"Finish" and "complete" pass their act through as "begin" and "stop" do, so a wish above them still decides ("hopes it
can finish negotiating"); and a clause joined by "and"/"but" with a subject of its own is another story, where no
default target of the first clause's act is looked for. Before the round the wish was coded as the talks it hopes for,
and "He vowed to keep trying, but the BBC's editor said ..." as a promise to Britain."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2015, 3, 20))


@pytest.mark.parametrize("text", [
    "Washington hopes that it can finish negotiating an agreement with Iran this month.",
    "The Mexican president vowed to keep trying, but the BBC's correspondent said he did not sound confident.",
])
def test_no_event_from_a_wish_above_finish_or_from_a_joined_clause(nlp, text):
    assert dyads(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # the finished act is the event ("completed", "finished" carry it)
    ("Russia completed the withdrawal of its troops from Syria.", ("RETREAT", ["RUS"], ["SYR"])),
    # a target named in the act's own phrase is still found
    ("Merkel pledged to keep working with France, and the talks went on.", ("AGREE", ["DEU"], ["FRA"])),
])
def test_finished_acts_and_own_phrases_keep_their_events(nlp, text, expected):
    assert expected in dyads(nlp, text)
