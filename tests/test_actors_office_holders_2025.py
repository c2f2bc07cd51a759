"""Office holders of 2019–2025 (docs/coding.md §4, "Office holders of recent years"). Facts from public records,
rows in `roles.tsv`; every sentence here is the team's own.

The Phoenix dictionaries end around 2015 and the team's table had gaps after 2019: these names were unresolved
before the round, and the date still decides between two offices of one person."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import actors_on, code_and_sector, dyads_on


@pytest.mark.parametrize("day, name, expected", [
    (date(2025, 3, 1), "Keir Starmer", ("GBR", "GOV")),
    (date(2022, 3, 1), "Keir Starmer", ("GBR", "OPP")),          # Leader of the Opposition before July 2024
    (date(2024, 6, 1), "Donald Tusk", ("POL", "GOV")),           # Polish prime minister again since December 2023
    (date(2017, 6, 1), "Donald Tusk", ("EUR", "IGO")),           # President of the European Council then
    (date(2024, 9, 1), "Masoud Pezeshkian", ("IRN", "GOV")),
    (date(2023, 5, 1), "William Ruto", ("KEN", "GOV")),
    (date(2024, 12, 20), "Claudia Sheinbaum", ("MEX", "GOV")),
    (date(2024, 1, 10), "Tsai Ing-wen", ("TWN", "GOV")),
    (date(2023, 9, 1), "Abdourahamane Tiani", ("NER", "GOV")),
    (date(2024, 10, 1), "Rafael Grossi", ("IAE", "IGO")),
])
def test_a_recent_office_holder_is_known_on_the_date(nlp, day, name, expected):
    (person,) = actors_on(day)(nlp, f"{name} criticized the plan on Monday.", name)
    assert code_and_sector(person) == expected


def test_a_direction_word_is_no_town_of_its_own(nlp):
    # "North" is an alternate name of North Salt Lake, Utah, in the gazetteer: "North Waziristan" was read as the US
    found = dyads_on(date(2024, 3, 1))(nlp, "The Pakistani army said it had killed 12 militants in North Waziristan.")
    assert found and all("USA" not in d[2] for d in found)
