"""Office holders of 1979–2008 and the armed groups of those years (docs/coding.md §4, "Office holders of 1979–2008").
Facts from public records, rows in `roles.tsv` and `organizations.tsv`; every sentence here is the team's own.

Wire copy of the 1980s to the 2000s names foreign ministers, UN envoys and rebel leaders by their surname. Phoenix
dates heads of state and government only, and the bare-surname guard trusts only the team's dated rows, so "Primakov"
or "Albright" alone was no actor, and "Kofi Annan" or "Milosevic" an uncoded person, before these rows."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import actors_on, code_and_sector, dyads_on


@pytest.mark.parametrize("day, name, expected", [
    (date(1998, 5, 1), "Primakov", ("RUS", "GOV")),               # foreign minister, then prime minister
    (date(1998, 5, 1), "Albright", ("USA", "GOV")),
    (date(1999, 4, 2), "Slobodan Milosevic", ("SCG", "GOV")),     # Yugoslav president of 1997-2000 (Phoenix: SCG 1992-2006)
    (date(1995, 4, 2), "Slobodan Milosevic", ("SRB", "GOV")),     # president of Serbia before
    (date(1995, 5, 1), "Radovan Karadzic", ("BIH", "GOV")),       # the Bosnian Serb leader, coded where he ruled
    (date(1999, 5, 1), "Kofi Annan", ("UNO", "IGO")),
    (date(1995, 3, 1), "Amr Moussa", ("EGY", "GOV")),
    (date(1996, 5, 1), "Farouk al-Sharaa", ("SYR", "GOV")),
    (date(1988, 1, 12), "Shevardnadze", ("SUN", "GOV")),
    (date(1990, 6, 1), "Genscher", ("DEU", "GOV")),
    (date(1991, 3, 1), "Tariq Aziz", ("IRQ", "GOV")),
    (date(1998, 3, 1), "Foday Sankoh", ("SLE", "REB")),
    (date(1995, 5, 6), "Clinton", ("USA", "GOV")),                # the president, not the 2016 candidate
])
def test_an_office_holder_of_1979_to_2008_is_known_on_the_date(nlp, day, name, expected):
    (person,) = actors_on(day)(nlp, f"{name} criticized the plan on Monday.", name)
    assert code_and_sector(person) == expected


@pytest.mark.parametrize("name, expected", [
    ("UNITA", ("AGO", "REB")),
    ("The Contras", ("NIC", "REB")),
    ("The Revolutionary United Front", ("SLE", "REB")),
    ("Renamo", ("MOZ", "REB")),
    ("The Polisario Front", ("ESH", "REB")),
    ("The Interahamwe", ("RWA", "REB")),
])
def test_an_armed_group_of_those_years_is_of_where_it_fought(nlp, name, expected):
    words = name.removeprefix("The ")
    (group,) = actors_on(date(1990, 6, 1))(nlp, f"{name} attacked a village on Monday.", words)
    assert code_and_sector(group) == expected


def test_the_rows_code_the_events_of_wire_copy(nlp):
    assert ("REQUEST", ["UNO"], ["SRB"]) in dyads_on(date(1999, 5, 1))(nlp, "Kofi Annan urged Belgrade to accept the plan.")
    assert ("CONSULT", ["RUS"], ["IRQ"]) in dyads_on(date(1998, 5, 1))(nlp, "Primakov met Tariq Aziz in Moscow.")


def test_the_date_still_decides(nlp):
    # Hafez al-Assad to 2000, his son after: one alias, two offices
    (before,) = actors_on(date(1995, 1, 1))(nlp, "Assad criticized the plan on Monday.", "Assad")
    (after,) = actors_on(date(2010, 1, 1))(nlp, "Assad criticized the plan on Monday.", "Assad")
    assert code_and_sector(before) == code_and_sector(after) == ("SYR", "GOV")
    # Hillary Clinton's 2016 candidacy (ELI), not her husband's presidency (GOV), in 2016
    (candidate,) = actors_on(date(2016, 6, 1))(nlp, "Clinton criticized the plan on Monday.", "Clinton")
    assert code_and_sector(candidate) == ("USA", "ELI")
