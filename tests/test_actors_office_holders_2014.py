"""Office holders of 2014–2018 (docs/coding.md §4, "Office holders of 2014–2018"). Facts from public records, rows
in `roles.tsv`; every sentence here is the team's own.

The Phoenix dictionaries end early in 2014 and leave most offices open; the bare-surname guard trusts only the
team's dated rows, so "Rajoy" or "Kenyatta" alone in 2015–2016 news was no actor before these rows."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import actors_on, code_and_sector, dyads_on


@pytest.mark.parametrize("day, name, expected", [
    (date(2016, 3, 1), "Rajoy", ("ESP", "GOV")),
    (date(2016, 3, 1), "Tsipras", ("GRC", "GOV")),
    (date(2016, 10, 1), "Duterte", ("PHL", "GOV")),
    (date(2015, 7, 25), "Kenyatta", ("KEN", "GOV")),
    (date(2016, 3, 1), "Mugabe", ("ZWE", "GOV")),
    (date(1985, 3, 1), "Mugabe", ("ZWE", "GOV")),                # prime minister before the presidency
    (date(2015, 3, 19), "Essid", ("TUN", "GOV")),
    (date(2017, 4, 1), "Essebsi", ("TUN", "GOV")),
    (date(2016, 3, 1), "Bouteflika", ("DZA", "GOV")),
    (date(2016, 3, 1), "Magufuli", ("TZA", "GOV")),
    (date(2016, 3, 1), "Solberg", ("NOR", "GOV")),
    (date(2016, 3, 1), "Michelle Bachelet", ("CHL", "GOV")),
    (date(2015, 9, 1), "Najib Razak", ("MYS", "GOV")),
    (date(2016, 3, 1), "Juan Manuel Santos", ("COL", "GOV")),
])
def test_an_office_holder_of_2014_to_2018_is_known_on_the_date(nlp, day, name, expected):
    (person,) = actors_on(day)(nlp, f"{name} criticized the plan on Monday.", name)
    assert code_and_sector(person) == expected


def test_a_bare_surname_holder_codes_the_event(nlp):
    assert ("CONSULT", ["KEN"], ["USA"]) in dyads_on(date(2015, 7, 25))(nlp, "Kenyatta met President Obama in Nairobi.")
