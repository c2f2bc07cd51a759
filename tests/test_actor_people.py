"""Office holders: the Phoenix people file, the document date, surnames and titles (docs/coding.md, section 4).

Sentences are our own; the persons in them are real office holders (facts from the knowledge files) or invented.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from eventwire.nlp._pipeline import make_doc
from eventwire.nlp.knowledge import SECTORS, Entry, at_date, knowledge
from eventwire.resources import table

REPO = Path(__file__).resolve().parents[1]
PHOENIX = REPO.parent / "shared" / "dev-data" / "phoenix-dictionaries"


@pytest.fixture(scope="module")
def converter():
    spec = importlib.util.spec_from_file_location("convert_phoenix", REPO / "scripts" / "convert_phoenix.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse(nlp, text: str, day: date):
    return nlp(make_doc(nlp, text, day))


def actor(doc, words: str):
    found = [a for a in doc._.actors if doc[a.start:a.end].text.endswith(words)]
    assert found, [doc[a.start:a.end].text for a in doc._.actors]
    return found[-1]


# -- the converter ------------------------------------------------------------------------------
INVENTED = """\
# an invented dictionary in the PETRARCH actor format
FREEDONIA_  [USA]
+FREEDONIAN_
RUFUS_T._FIREFLY_  # an invented office holder
+PRESIDENT_FIREFLY_
+FIREFLY_
\t[USAELI 650101-000101]
\t[USAGOVLEG 000101-090120]
\t[USAGOV >090120]
\t[USAELI]
ANNA_MCGILLICUDDY_
ANNA_B._MCGILLICUDDY_
\t[RUSGOVBUS <19991231]
\t[RUSELI]
AL_MANSUR_AL-RASHID_
\t[SYRGOV 20100101-20120630]
NATIONAL_DEFENCE_FORCE
\t[SYRMIL]
"""


def test_the_converter_reads_dates_codes_and_names(converter, tmp_path):
    (tmp_path / "Phoenix.Countries.actors.txt").write_text(INVENTED, encoding="utf-8")
    rows = {r["name"]: r for r in converter.convert_people(tmp_path)}
    # a country line (bare country code) and an institution (organisation word) are not persons
    assert set(rows) == {"Rufus T. Firefly", "Anna McGillicuddy", "Al Mansur Al-Rashid"}
    firefly = rows["Rufus T. Firefly"]
    assert firefly["codes"].split(";") == ["USA ELI 1965-01-01 2000-01-01", "USA LEG 2000-01-01 2009-01-20",
                                           "USA GOV 2009-01-20 -", "USA ELI - -"]
    assert firefly["aliases"].split("|") == ["President Firefly", "Firefly"]
    # stacked name lines share the code block; "<date" is "until"; GOVBUS (a trade minister) stays GOV
    assert rows["Anna McGillicuddy"]["aliases"] == "Anna B. McGillicuddy"
    assert rows["Anna McGillicuddy"]["codes"] == "RUS GOV - 1999-12-31;RUS ELI - -"
    # news writes the particle in lower case; both forms are kept
    assert rows["Al Mansur Al-Rashid"]["aliases"] == "Al Mansur al-Rashid"
    assert rows["Al Mansur Al-Rashid"]["codes"] == "SYR GOV 2010-01-01 2012-06-30"


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="the Phoenix dictionaries (../shared/dev-data) are not here")
def test_the_people_file_is_what_the_converter_derives(converter):
    rows = converter.convert_people(PHOENIX)
    assert [r["name"] for r in rows] == [r["name"] for r in table("nlp/data/phoenix_people.tsv")]
    assert [r["codes"] for r in rows] == [r["codes"] for r in table("nlp/data/phoenix_people.tsv")]


def test_the_people_file_is_well_formed_and_keeps_the_licence():
    kb = knowledge()
    assert len({e.name for entries in kb.people.values() for e in entries}) > 15_000
    for entries in kb.people.values():
        for e in entries:
            assert e.code in kb.countries and e.sector in SECTORS, e
            assert not (e.start and e.end) or e.start <= e.end, e
    notice = (REPO / "src" / "eventwire" / "nlp" / "data" / "PHOENIX-LICENSE.txt").read_text("utf-8")
    assert "phoenix_people.tsv" in notice and "MIT License" in notice


# -- resolving at the document date -------------------------------------------------------------
def test_a_dated_entry_beats_the_undated_default():
    default = Entry("person", "USA", "ELI", "X")
    office = Entry("person", "USA", "GOV", "X", start="2009-01-20", end="2013-02-01")
    assert at_date([default, office], date(2010, 1, 1)) == [office]
    assert at_date([default, office], date(2015, 1, 1)) == [default]
    assert at_date([default, office], None) == [default]


def test_phoenix_open_offices_end_where_the_teams_file_ends_them():
    team = Entry("person", "USA", "LEG", "X", "Senator", "2001-01-03", "2009-01-21")
    open_ = Entry("person", "USA", "GOV", "X", "Phoenix USAGOV", "2009-01-21", "")
    other = Entry("person", "CAN", "GOV", "Y", "Phoenix CANGOV", "2009-01-21", "")
    assert at_date([team, open_], date(2012, 1, 1)) == [open_]  # Phoenix knew this (before its file date)
    assert at_date([team, open_], date(2020, 1, 1)) == [team]  # not after it: the team's latest office
    assert at_date([other], date(2020, 1, 1)) == [other]  # with no team entry, Phoenix's open office holds


def test_a_persons_code_depends_on_the_document_date(nlp):
    text = "Robert Mugabe criticized the British government."
    # Phoenix: Mugabe was ZWE ELI (a nationalist leader) until April 1980, then head of government.
    assert (actor(parse(nlp, text, date(1975, 6, 1)), "Mugabe").sector) == "ELI"
    assert (actor(parse(nlp, text, date(1995, 6, 1)), "Mugabe").code,
            actor(parse(nlp, text, date(1995, 6, 1)), "Mugabe").sector) == ("ZWE", "GOV")
    # roles.tsv: Ted Cruz entered the Senate in January 2013; before that the files do not know him.
    assert actor(parse(nlp, "Ted Cruz criticized the plan.", date(2015, 6, 1)), "Cruz").code == "USA"
    assert actor(parse(nlp, "Ted Cruz criticized the plan.", date(2010, 6, 1)), "Cruz").code is None


def test_the_event_source_follows_the_date(nlp):
    text = "John Kerry criticized the Russian government."
    early = [e for e in parse(nlp, text, date(2005, 6, 1))._.events if e.source]
    late = [e for e in parse(nlp, text, date(2014, 6, 1))._.events if e.source]
    assert [(a.code, a.sector) for a in early[0].source] == [("USA", "LEG")]  # a senator then
    assert [(a.code, a.sector) for a in late[0].source] == [("USA", "GOV")]  # Secretary of State then


def test_a_bare_surname_after_a_full_mention_is_that_person(nlp):
    # 1978: before his first office (1980), a date no dated row of roles.tsv covers; Phoenix knows him as ELI
    doc = parse(nlp, "Robert Mugabe rejected the proposal. Later Mugabe left for Harare.", date(1978, 6, 1))
    later = actor(doc, "Mugabe")
    assert doc[later.start:later.end].text == "Mugabe"
    assert (later.code, later.sector, later.name, later.resolved_from) == ("ZWE", "ELI", "Robert Mugabe", "learned")
    # without the full mention, a surname no row dates on the day stays unresolved
    alone = actor(parse(nlp, "Later Mugabe left for the airport.", date(1978, 6, 1)), "Mugabe")
    assert alone.code is None


def test_titles_without_a_country_take_the_documents_country(nlp):
    doc = parse(nlp, "Sen. Jane Okonkwo criticized Gov. Peter Lindqvist over the budget.", date(2016, 3, 1))
    assert (actor(doc, "Okonkwo").code, actor(doc, "Okonkwo").sector) == ("USA", "LEG")
    assert (actor(doc, "Lindqvist").code, actor(doc, "Lindqvist").sector) == ("USA", "GOV")
    # the document's own country wins over the newswire default
    doc = parse(nlp, "In Nigeria, Gov. Tunde Adebayo accused the federal police of bias.", date(2016, 3, 1))
    assert actor(doc, "Adebayo").code == "NGA"
    # a later bare surname keeps what the title said
    doc = parse(nlp, "Sen. Jane Okonkwo spoke first. Okonkwo then criticized the plan.", date(2016, 3, 1))
    assert (actor(doc, "Okonkwo").code, actor(doc, "Okonkwo").resolved_from) == ("USA", "learned")


def test_a_named_office_finds_its_holder(nlp):
    doc = parse(nlp, "Secretary of State John Kerry met the delegation.", date(2014, 6, 1))
    assert (actor(doc, "Kerry").code, actor(doc, "Kerry").sector) == ("USA", "GOV")


def test_a_title_and_a_surname_name_the_sole_office_holder_of_the_date(nlp):
    # Phoenix: Robert Mugabe headed Zimbabwe's government from 1980; no other Mugabe holds an office in the files.
    doc = parse(nlp, "Mr Mugabe rejected the mediation offer.", date(1995, 6, 1))
    assert (actor(doc, "Mugabe").code, actor(doc, "Mugabe").name) == ("ZWE", "Robert Mugabe")
    # before any dated entry of his (ZWE ELI from 1942), the title and surname name no one
    assert actor(parse(nlp, "Mr Mugabe rejected the mediation offer.", date(1935, 6, 1)), "Mugabe").code is None
    # an invented surname names no one
    assert actor(parse(nlp, "Mr Lindqvist rejected the offer.", date(1995, 6, 1)), "Lindqvist").code is None
