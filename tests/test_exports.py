"""Exports a GDELT or PLOVER user can load without surprises: GDELT 2.0 types and rules, PLOVER's record shape,
typed tabular files with the same columns, formula cells neutralised."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.outputs import gdelt, tabular
from eventwire.outputs.plover import PLOVER_FIELDS

from .conftest import FIXTURES

# Written by the team: a forum post with its URL (two paragraphs), a pasted post linking its article, a media target.
RECORDS = [
    {"id": "forum-1", "url": "https://forum.example.com/threads/kharkiv.12/", "published": "2022-05-03",
     "text": "Russian forces shelled Ukrainian troops near Kharkiv on Tuesday.\n"
             "In a later statement, the United Nations condemned Russia over the shelling of the city."},
    {"id": "pasted-1", "published": "2024-02-10",
     "text": "Iranian forces seized an oil tanker bound for the United States on Friday, officials said.\n"
             "https://news.example.org/2024/02/tanker-seized"},
    {"id": "media-1", "published": "2023-03-06", "text": "Belarusian police arrested three journalists in Minsk on Monday."},
]


def run(*args) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("exports")
    src = folder / "posts.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = str(folder / "x.duckdb")
    run("analyze", str(src), "--db", db)
    return db


@pytest.fixture(scope="module")
def exported(store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gdelt") / "g"
    run("export", str(out), "--format", "gdelt", "--db", store)
    return out


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(path.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))


def _named(path: Path, which: str) -> list[dict[str, str]]:
    names = [c["name"] for c in gdelt.columns(which)]
    return [dict(zip(names, row)) for row in _rows(path)]


def _read_typed(path: Path, which: str) -> list[tuple]:
    """duckdb read_csv under GDELT 2.0's names and types: a value of the wrong type is an error."""
    types = {c["name"]: c["duckdb_type"] for c in gdelt.columns(which)}
    spec = "{" + ", ".join(f"'{k}': '{v}'" for k, v in types.items()) + "}"
    return duckdb.connect().execute(
        f"SELECT * FROM read_csv('{path}', delim='\t', header=false, quote='', escape='', columns={spec})").fetchall()


# -- GDELT ----------------------------------------------------------------------------------
def test_gdelt_files_load_under_gdelt_types(exported):
    events = _read_typed(exported / "events.tsv", "events")
    mentions = _read_typed(exported / "mentions.tsv", "mentions")
    assert len(events) == len(_rows(exported / "events.tsv")) >= 3
    assert len(mentions) == len(_rows(exported / "mentions.tsv")) >= 3
    assert len(events[0]) == 61 and len(mentions[0]) == 16


def _shape(value: str) -> str:
    return re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "9", value))


# Columns whose values have a fixed form in GDELT (codes, YYYYMMDD…): eventwire's must have the same form.
_SHAPED = ["Day", "MonthYear", "Year", "FractionDate", "Actor1CountryCode", "Actor2CountryCode", "Actor1Type1Code",
           "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "Actor1Geo_Type",
           "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "ActionGeo_Type", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
           "DATEADDED", "EventTimeDate", "MentionTimeDate", "MentionType", "SentenceID", "InRawText", "Confidence"]


def test_rows_match_a_real_shaped_gdelt_row(exported):
    for which, ref_file in (("events", "reference_event.tsv"), ("mentions", "reference_mention.tsv")):
        ref_path = FIXTURES / "gdelt" / ref_file
        _read_typed(ref_path, which)  # the reference row itself fits the spec
        ref = _named(ref_path, which)[0]
        ours = _named(exported / f"{which}.tsv", which)
        for name in [n for n in _SHAPED if n in ref]:
            values = [r[name] for r in ours if r[name]]
            if name == "ActionGeo_ADM1Code":
                values = [v for v in values if len(v) > 2]  # the reference is a city; a country-level ADM1 is the bare country code
            assert values, name
            assert all(_shape(v) == _shape(ref[name]) for v in values), (name, values, ref[name])


def test_gdelt_dates(exported):
    events = _named(exported / "events.tsv", "events")
    for row in events:
        y, m, d = int(row["Day"][:4]), int(row["Day"][4:6]), int(row["Day"][6:])
        assert row["FractionDate"] == f"{y + (m * 30 + d) / 365:.4f}"
        assert row["MonthYear"] == row["Day"][:6] and row["Year"] == row["Day"][:4]
        assert row["DATEADDED"][10:12] in ("00", "15", "30", "45") and row["DATEADDED"].endswith("00")
    added = {r["GlobalEventID"]: r["DATEADDED"] for r in events}
    for m in _named(exported / "mentions.tsv", "mentions"):
        assert m["EventTimeDate"] == added[m["GlobalEventID"]]
        assert m["MentionTimeDate"] >= m["EventTimeDate"]


def test_gdelt_copy_writes_the_reference_rows_byte_for_byte(store, tmp_path):
    # The export is one COPY per file from SQL; gdelt.write builds the rows in Python from the same store, as the
    # export did before: both must give the same bytes, on analysed posts and on a store of synthetic events with
    # cities, organisations, hostile text and links, whole or filtered, with and without header and formula guard.
    from eventwire import Store
    from eventwire.store import Filters

    from .workbench_data import build_store

    synthetic = build_store(tmp_path / "w.duckdb", docs=30)
    with Store(synthetic) as s:  # names Python and SQL put in upper case differently, and a formula
        s.sql("UPDATE events SET source_name = 'Straße ǆ Group' WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 3)")
        s.sql("UPDATE events SET target_name = '=cmd|x' WHERE id IN (SELECT id FROM events ORDER BY id DESC LIMIT 2)")
    cases = [(store, None, False, True), (synthetic, None, True, False), (synthetic, None, False, True),
             (synthetic, Filters(plover="ASSAULT"), False, True)]
    for n, (db, filters, header, guard) in enumerate(cases):
        with Store(db, read_only=True) as s:
            by_sql, by_python = tmp_path / f"sql{n}", tmp_path / f"py{n}"
            counts = gdelt.write_store(s, by_sql, filters, header=header, guard=guard)
            events = s.events(filters)
            gdelt.write(by_python, events, s.mention_details([e["id"] for e in events]), header=header, guard=guard)
        assert counts["events"] == len(events) > 0
        for name in ("events.tsv", "mentions.tsv"):
            assert (by_sql / name).read_bytes() == (by_python / name).read_bytes(), (n, name)


def test_gdelt_fraction_date_formula():
    assert gdelt.fraction_date("20240612") == "2024.5260"  # 2024 + (6 × 30 + 12) / 365
    assert gdelt.quarter_hour("2024-06-12 14:44:59.9") == "20240612143000"


def _by_code(exported) -> dict[str, dict]:
    return {r["EventRootCode"]: r for r in _named(exported / "events.tsv", "events")}


def test_root_events_organisations_and_geography(exported):
    rows = _by_code(exported)
    shelling, condemned = rows["19"], rows["11"]
    assert shelling["IsRootEvent"] == "1" and condemned["IsRootEvent"] == "0"  # first paragraph or not
    assert (condemned["Actor1Code"], condemned["Actor1CountryCode"], condemned["Actor1KnownGroupCode"],
            condemned["Actor1Type1Code"]) == ("IGOUNO", "", "UNO", "IGO")
    assert condemned["Actor1Geo_Type"] == ""  # where the UN is, the text does not say
    assert (shelling["ActionGeo_Type"], shelling["ActionGeo_FullName"], shelling["ActionGeo_CountryCode"],
            shelling["ActionGeo_ADM1Code"], shelling["ActionGeo_FeatureID"]) == ("4", "Kharkiv, Ukraine", "UP", "UP07", "706483")
    assert shelling["Actor1Geo_CountryCode"] == "RS" and shelling["Actor2Geo_CountryCode"] == "UP"
    assert shelling["Actor1CountryCode"] == "RUS"  # actor countries stay CAMEO codes, places are FIPS


def test_mentions_of_posts(exported):
    events = {r["GlobalEventID"]: r for r in _named(exported / "events.tsv", "events")}
    mentions = _named(exported / "mentions.tsv", "mentions")
    assert {m["MentionType"] for m in mentions} == {"1"}
    forum = [m for m in mentions if "forum.example.com" in m["MentionIdentifier"]]
    assert forum and all(m["MentionSourceName"] == "forum.example.com" for m in forum)
    pasted = [m for m in mentions if "news.example.org" in m["MentionIdentifier"]]
    assert pasted and all(m["MentionSourceName"] == "news.example.org" for m in pasted)
    assert events[pasted[0]["GlobalEventID"]]["SOURCEURL"] == "https://news.example.org/2024/02/tanker-seized"
    second = next(m for m in forum if m["SentenceID"] == "2")
    assert int(second["ActionCharOffset"]) > len("Russian forces shelled Ukrainian troops near Kharkiv on Tuesday.")


def test_same_store_exported_twice_is_byte_identical(store, exported, tmp_path):
    again = tmp_path / "again"
    run("export", str(again), "--format", "gdelt", "--db", store)
    for name in ("events.tsv", "mentions.tsv"):
        assert (again / name).read_bytes() == (exported / name).read_bytes()


def test_header_option(store, tmp_path):
    out = tmp_path / "h"
    run("export", str(out), "--format", "gdelt", "--db", store, "--header")
    assert _rows(out / "events.tsv")[0] == gdelt.GDELT_EVENT_COLUMNS
    assert _rows(out / "mentions.tsv")[0] == gdelt.GDELT_MENTION_COLUMNS
    assert len(gdelt.GDELT_EVENT_COLUMNS) == 61 and len(gdelt.GDELT_MENTION_COLUMNS) == 16


# -- PLOVER ---------------------------------------------------------------------------------
def test_plover_records_in_the_manuals_shape(store, tmp_path):
    out = tmp_path / "p.jsonl"
    run("export", str(out), "--format", "plover", "--db", store)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert records and all(set(PLOVER_FIELDS) <= set(r) for r in records)
    assert all("target" not in r and isinstance(r["event"], list) and isinstance(r["context"], list) for r in records)
    assert all("actor_text" in a for r in records for a in r["source"] + r["recipient"])
    arrest = next(r for r in records if r["id"] == "media-1")
    assert [a["sector"] for a in arrest["recipient"]] == ["JRN"]  # CAMEO's MED is PLOVER's JRN
    assert arrest["event_loc"]["name"] == "Minsk" and arrest["event_loc"]["geonameid"] and arrest["event_loc"]["country_code"] == "BY"
    shelling = next(r for r in records if r["id"] == "forum-1" and r["event"] == ["ASSAULT"])
    assert shelling["quad_code"] == 4 and shelling["context"] == ["military"] and shelling["event_text"] == "shelled"
    assert shelling["link"] == RECORDS[0]["url"] and "forum.example.com" in shelling["cite_info"]
    assert shelling["coder"].startswith("eventwire") and re.match(r"^\d{4}-\d{2}-\d{2}$", shelling["coded_date"])
    array = tmp_path / "p.json"
    run("export", str(array), "--format", "plover", "--db", store, "--json-array")
    assert json.loads(array.read_text("utf-8")) == records


def test_statements_are_typed(seed_path, tmp_path):
    db = str(tmp_path / "s.duckdb")
    run("analyze", str(seed_path), "--db", db, "--date", "2020-01-09")
    out = tmp_path / "p.jsonl"
    run("export", str(out), "--format", "plover", "--db", db)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    statements = [r for r in records if r["cameo"].startswith("01")]
    assert statements and all(r["event"] == ["STATEMENT"] for r in statements)
    assert all(r["event"] for r in records)


# -- tabular --------------------------------------------------------------------------------
def test_tabular_exports_typed_and_alike(store, tmp_path):
    for fmt in ("csv", "jsonl", "parquet"):
        run("export", str(tmp_path / f"e.{fmt}"), "--format", fmt, "--db", store)
    con = duckdb.connect()
    types = dict(con.execute(f"DESCRIBE SELECT * FROM '{tmp_path / 'e.parquet'}'").fetchall()[i][:2] for i in range(31))
    assert types["date"] == "DATE" and types["first_seen"] == "TIMESTAMP" and types["sourcing"] == "VARCHAR[]"
    assert types["place"].startswith("STRUCT(")
    text = (tmp_path / "e.csv").read_text("utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == list(types)  # the same columns, in the same order
    n = con.execute(f"SELECT count(*) FROM '{tmp_path / 'e.parquet'}'").fetchone()[0]
    assert len(text.splitlines()) == n + 1  # one line per row: no stray newlines
    assert all(not cell.endswith(("\n", " ")) for row in rows for cell in row)
    jsonl = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text("utf-8").splitlines()]
    assert len(jsonl) == n and list(jsonl[0]) == rows[0]
    kharkiv = next(r for r in jsonl if r["place"] and r["place"]["name"] == "Kharkiv")
    assert kharkiv["place"]["country"] == "UKR" and re.match(r"^\d{4}-\d{2}-\d{2}$", kharkiv["date"])
    assert json.loads(next(r for r in rows[1:] if "Kharkiv" in r[17])[17])["country"] == "UKR"


def test_formula_cells_are_neutralised(tmp_path):
    columns = ["id", "source_name", "goldstein", "sourcing"]
    rows = [("a1", "=HYPERLINK(\"http://x.example\")", -2.5, ["anonymous"]), ("a2", "@SUM(A1)", 1.0, []),
            ("a3", "+1 555", 0.0, []), ("a4", "-cmd", 0.0, [])]
    tabular.write_csv(tmp_path / "g.csv", columns, rows)
    got = list(csv.reader((tmp_path / "g.csv").open(encoding="utf-8")))[1:]
    assert [r[1] for r in got] == ["'=HYPERLINK(\"http://x.example\")", "'@SUM(A1)", "'+1 555", "'-cmd"]
    assert got[0][2] == "-2.5"  # a number is data, not a formula
    tabular.write_csv(tmp_path / "raw.csv", columns, rows, guard=False)
    assert list(csv.reader((tmp_path / "raw.csv").open(encoding="utf-8")))[1][1] == rows[0][1]


def test_gdelt_text_cells_guarded_numbers_not(tmp_path):
    specs = gdelt.columns("mentions")
    row = [1, 20240612143000, 20240612143000, 1, "=cmd|' /C calc'!A0", "https://x.example/", 1, -1, -1, 3, 1, 50, 10, "", "", ""]
    gdelt._write_tsv(tmp_path / "m.tsv", specs, [row], header=False, guard=True)
    cells = _rows(tmp_path / "m.tsv")[0]
    assert cells[4].startswith("'=") and cells[7] == "-1"
    gdelt._write_tsv(tmp_path / "raw.tsv", specs, [row], header=False, guard=False)
    assert _rows(tmp_path / "raw.tsv")[0][4] == row[4]


def test_formats_doc_lists_every_gdelt_column():
    text = (Path(__file__).resolve().parents[1] / "docs" / "formats.md").read_text("utf-8")
    for which in ("events", "mentions"):
        for spec in gdelt.columns(which):
            assert f"`{spec['name']}` | {spec['gdelt_type']} |" in text, spec["name"]


def test_exports_write_only_where_asked(store, tmp_path):
    for fmt, name in (("csv", "e.csv"), ("jsonl", "e.jsonl"), ("parquet", "e.parquet"), ("plover", "p.jsonl")):
        folder = tmp_path / fmt
        folder.mkdir()
        run("export", str(folder / name), "--format", fmt, "--db", store)
        assert sorted(p.name for p in folder.iterdir()) == [name]  # no temporary or extra files left
    run("export", str(tmp_path / "g"), "--format", "gdelt", "--db", store)
    assert sorted(p.name for p in (tmp_path / "g").iterdir()) == ["events.tsv", "mentions.tsv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv", "g", "jsonl", "parquet", "plover"]


def test_gdelt_cells_are_not_quoted_or_escaped(tmp_path):
    specs = gdelt.columns("mentions")
    row = [1, 20240612143000, 20240612143000, 1, 'the "Wagner" desk\\x', "https://x.example/a\tb", 1, -1, -1, 3, 1, 50, 10, "", "", ""]
    gdelt._write_tsv(tmp_path / "m.tsv", specs, [row], header=False, guard=True)
    line = (tmp_path / "m.tsv").read_text("utf-8")
    assert line.count("\t") == 15 and line.endswith("\n") and line.count("\n") == 1
    assert '\tthe "Wagner" desk\\x\thttps://x.example/a b\t' in line
