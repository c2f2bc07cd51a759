"""Rules of the source round (docs/coding.md, "The second loss round"): who acts when the tokenizer or the
agent nouns lost them, protesters' demands, praise in words, and a question declined. Every sentence here is the
team's own. Each rule test fails on the coder before the round; each counter-example keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on, types_on

DAY = date(2016, 5, 1)
DAY_2024 = date(2024, 12, 20)
dyads = dyads_on(DAY)
_types = types_on(DAY)


def test_a_hyphenated_name_is_one_person(nlp):
    # The tokenizer splits "Mark-Viverito" at the hyphen; split, neither half was an actor and the accusation was lost.
    (event,) = [e for e in coded(nlp, "Melissa Mark-Viverito accused Donald Trump of lying about immigrants.", DAY)
                if e.plover_type == "ACCUSE"]
    assert [a.name for a in event.source] == ["Melissa Mark-Viverito"]
    assert [a.code for a in event.target] == ["USA"]


@pytest.mark.parametrize("text, dyad", [
    ("Aides to Putin criticized the European Union.", ("ACCUSE", ["RUS"], ["EUR"])),
    ("Two aides to Chancellor Merkel met the Chinese ambassador in Berlin.", ("CONSULT", ["DEU"], ["CHN"])),
])
def test_aides_are_of_whom_they_serve(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text, cameo", [
    ("Protesters called for the resignation of President Yoon Suk Yeol.", "1411"),
    ("Demonstrators in Tehran demanded the release of political prisoners.", "141"),
])
def test_protesters_demands_are_demonstrations(nlp, text, cameo):
    events = coded(nlp, text, DAY_2024)
    assert [(e.plover_type, e.cameo) for e in events] == [("PROTEST", cameo)]


@pytest.mark.parametrize("text", [
    "The opposition called for the resignation of President Yoon Suk Yeol.",
    "Protesters and opposition lawmakers called for the resignation of President Yoon Suk Yeol.",
])
def test_a_demand_by_others_stays_a_request(nlp, text):
    assert [e.plover_type for e in coded(nlp, text, DAY_2024)] == ["REQUEST"]


def test_speaking_highly_of_someone_is_praise(nlp):
    assert ("SUPPORT", ["DEU"], ["USA"]) in dyads(nlp, "Chancellor Merkel spoke highly of President Obama.")


def test_speaking_well_is_no_praise(nlp):
    assert "SUPPORT" not in _types(nlp, "President Obama speaks well and often.")


def test_a_question_declined_is_no_rejection(nlp):
    assert "REJECT" not in _types(nlp, "Senator Clinton declined a question about whether she would visit Mexico.")


def test_a_request_declined_is_still_one(nlp):
    assert "REJECT" in _types(nlp, "Senator Clinton declined the committee's request to testify about Libya.")
