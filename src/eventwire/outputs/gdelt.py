"""GDELT 2.0 event (61 columns) and mention (16 columns) tables, tab-separated.

``write_store`` is what ``export --format gdelt`` runs: the store writes each file
with one DuckDB ``COPY`` from a query (``store/_gdelt.py``), given the column
table and the lookups below. ``write`` builds the same rows in Python from
``Store.events`` and ``Store.mention_details``: the reference the tests hold the
SQL to, byte for byte.

The columns, their GDELT types and how eventwire fills each one are data:
``outputs/data/gdelt_columns.tsv`` (documented field by field in docs/formats.md).
What eventwire does not know (tone, ethnic and religion codes, ADM2) is left
empty rather than invented. Every value comes from the store, never from the
clock, so exporting the same store twice gives byte-identical files.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from functools import cache
from pathlib import Path

from ..nlp.knowledge import region_codes
from ..nlp.places import city_details
from ..resources import table
from ..store import Filters, Store
from ._cells import neutralize

__all__ = ["GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "columns", "event_row", "fraction_date", "mention_rows",
           "quarter_hour", "write", "write_store"]


@cache
def columns(which: str) -> tuple[dict[str, str], ...]:
    """The GDELT 2.0 column specification of ``events`` or ``mentions``, in order."""
    return tuple(r for r in table("outputs/data/gdelt_columns.tsv") if r["table"] == which)


GDELT_EVENT_COLUMNS = [c["name"] for c in columns("events")]
GDELT_MENTION_COLUMNS = [c["name"] for c in columns("mentions")]
# Organisation types written in front of the organisation's code, as CAMEO does (IGOUNO, NGOHRW).
_TYPE_FIRST = frozenset({"IGO", "NGO"})
_WEB = 1  # GDELT MentionType 1: a web page (pages, feed items and forum posts are all web text)


@cache
def _countries() -> dict[str, dict[str, str]]:
    return {r["iso3"]: r for r in table("outputs/data/fips_countries.tsv")}


def _int_id(hex_id: str) -> int:
    return int(hex_id[:15], 16)


def _day(value: str | None) -> str:
    digits = (value or "")[:10].replace("-", "")
    return digits if len(digits) == 8 and digits.isdigit() else ""


def fraction_date(day: str) -> str:
    """GDELT's FractionDate: YEAR + (MONTH × 30 + DAY) / 365, to four decimals."""
    if len(day) != 8:
        return ""
    year, month, dom = int(day[:4]), int(day[4:6]), int(day[6:8])
    return f"{year + (month * 30 + dom) / 365:.4f}"


def quarter_hour(value) -> str:
    """YYYYMMDDHHMMSS rounded down to GDELT's 15-minute update grid."""
    if value is None:
        return ""
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value)[:19])
        except ValueError:
            return ""
    return value.replace(minute=value.minute - value.minute % 15, second=0, microsecond=0).strftime("%Y%m%d%H%M%S")


def _is_country(code: str | None) -> bool:
    return bool(code) and code in _countries()


def _actor(code: str | None, sector: str | None, name: str | None) -> list:
    """Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1, Type2, Type3."""
    code, sector = code or "", sector or ""
    if not code:
        return ["", (name or "").upper(), "", "", "", "", "", sector, "", ""]
    if _is_country(code) or (code in region_codes() and sector != "IGO"):  # CAMEO regions: CountryCode
        # (a region's people or governments, "European leaders"; the European Union, also EUR, is an IGO and
        # stays a known group below)
        return [code + sector, (name or "").upper(), code, "", "", "", "", sector, "", ""]
    # An organisation (UNO, NAT, HRW, a rebel group): GDELT's known group, with no country.
    full = sector + code if sector in _TYPE_FIRST else code + sector
    return [full, (name or "").upper(), "", code, "", "", "", sector, "", ""]


def _country_geo(iso3: str | None) -> list:
    """A country-level place: Type 1, FIPS code as country, ADM1 and feature id, as GDELT writes them."""
    country = _countries().get(iso3 or "")
    if country is None:
        return [""] * 8
    return [1, country["name"], country["fips"], country["fips"], "", "", "", country["fips"]]


def _place_geo(place: dict | None) -> list:
    if not place:
        return [""] * 8
    country = _countries().get(place.get("country") or "")
    if place.get("kind") == "country":
        return _country_geo(place.get("country")) if country else [1, place.get("name") or "", "", "", "", "", "", ""]
    fips = country["fips"] if country else ""
    details = city_details(place.get("name") or "", place.get("country"))
    adm1 = fips + details["admin1"] if details and details["admin1"] and fips else fips
    full = ", ".join(x for x in (place.get("name"), country["name"] if country else "") if x)
    lat, lon = place.get("lat"), place.get("lon")
    return [3 if fips == "US" else 4, full, fips, adm1, "", "" if lat is None else lat, "" if lon is None else lon,
            str(details["geonameid"]) if details else ""]


def _actor_geo(actors: list[dict]) -> list:
    """Where the actor is known to be: the country it is based in, else its own country (organisations: unknown)."""
    if not actors:
        return [""] * 8
    first = actors[0]
    return _country_geo(first.get("based_in") or (first.get("code") if _is_country(first.get("code")) else None))


def _source_url(m: dict) -> str:
    return m["url"] or m["post_link"] or ""


def event_row(ev: dict, mentions: list[dict]) -> list:
    """One GDELT event row from a canonical event and its mentions (in stored order)."""
    day = _day(ev["date"]) or _day(ev["first_seen"])
    row = [_int_id(ev["id"]), day, day[:6], day[:4], fraction_date(day)]
    row += _actor(ev["source_code"], ev["source_sector"], ev["source_name"])
    row += _actor(ev["target_code"], ev["target_sector"], ev["target_name"])
    cameo = ev["cameo"] or ""
    root = int(any(m["in_first_paragraph"] for m in mentions))
    row += [root, cameo, cameo[:3], cameo[:2], ev["quad_class"], round(ev["goldstein"], 1),
            ev["num_mentions"], ev["num_sources"], ev["num_articles"], ""]
    first = mentions[0] if mentions else None
    row += _actor_geo(first["source"] if first else []) + _actor_geo(first["target"] if first else []) + _place_geo(ev["place"])
    row += [event_added(mentions), _source_url(first) if first else (ev["source_url"] or "")]
    return row


def event_added(mentions: list[dict]) -> str:
    """DATEADDED: when the event's first mention was stored, on the 15-minute grid."""
    stamps = [quarter_hour(m["ingested_at"]) for m in mentions]
    return min((s for s in stamps if s), default="")


def mention_rows(details: list[dict], added: dict[str, str]) -> list[list]:
    """GDELT mention rows from ``Store.mention_details``; ``added`` maps event ids to their DATEADDED."""
    out = []
    for m in details:
        src, tgt = m["source"], m["target"]
        shift = m["post_offset"] or 0
        link = m["post_link"]
        out.append([
            _int_id(m["event_id"]), added.get(m["event_id"], ""), quarter_hour(m["ingested_at"]), _WEB,
            m["source_domain"] or m["site_name"] or (m["link_domain"] if not m["url"] else "") or "",
            m["url"] or link or f"eventwire:{m['document_id']}", m["sentence_index"] + 1,
            src[0]["start"] + shift if src else -1, tgt[0]["start"] + shift if tgt else -1, m["trigger_start"] + shift, 1,
            round((m["confidence"] or 0) * 100), m["doc_length"] or 0, "", "", "",
        ])
    return out


def _cell(value, kind: str, guard: bool) -> str:
    if value is None:
        return ""
    text = str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return neutralize(text) if guard and kind == "STRING" else text


def _write_tsv(path: Path, specs: tuple[dict[str, str], ...], rows: list[list], *, header: bool, guard: bool) -> None:
    """GDELT's own layout: cells joined by tabs, no quoting or escaping (tabs and line breaks in text become spaces)."""
    kinds = [c["gdelt_type"] for c in specs]
    with path.open("w", newline="", encoding="utf-8") as fh:
        if header:
            fh.write("\t".join(c["name"] for c in specs) + "\n")
        for row in rows:
            fh.write("\t".join(_cell(v, k, guard) for v, k in zip(row, kinds)) + "\n")


def write(out: Path, events: list[dict], details: list[dict], *, header: bool = False, guard: bool = True) -> dict:
    """A folder with events.tsv and mentions.tsv (written under temporary names, then moved into place)."""
    out.mkdir(parents=True, exist_ok=True)
    by_event: dict[str, list[dict]] = defaultdict(list)
    for m in details:
        by_event[m["event_id"]].append(m)
    event_rows = [event_row(e, by_event.get(e["id"], [])) for e in events]
    added = {e["id"]: row[59] for e, row in zip(events, event_rows)}
    mentions = mention_rows(details, added)
    files = []
    for name, specs, rows in (("events.tsv", columns("events"), event_rows), ("mentions.tsv", columns("mentions"), mentions)):
        tmp = out / f".{name}.partial"
        try:
            _write_tsv(tmp, specs, rows, header=header, guard=guard)
            tmp.replace(out / name)
        finally:
            tmp.unlink(missing_ok=True)
        files.append(str(out / name))
    return {"events": len(events), "mentions": len(mentions), "files": files}


def write_store(store: Store, out: Path, filters: Filters | None = None, *, header: bool = False, guard: bool = True) -> dict:
    """A folder with events.tsv and mentions.tsv, each written by the store in one statement (under a temporary name, then moved)."""
    out.mkdir(parents=True, exist_ok=True)
    places, names = store.event_places_and_names(filters)
    cities = []
    for name, country in places:
        details = city_details(name, country or None)
        if details:
            cities.append([name, country, details["admin1"], int(details["geonameid"])])
    specs = {"events": columns("events"), "mentions": columns("mentions")}
    tmp = {k: out / f".{k}.tsv.partial" for k in specs}
    try:
        n_events, n_mentions = store.write_gdelt(
            tmp["events"], tmp["mentions"], filters, kinds={k: [c["gdelt_type"] for c in v] for k, v in specs.items()},
            names={k: [c["name"] for c in v] for k, v in specs.items()},
            countries=[[r["iso3"], r["name"], r["fips"]] for r in _countries().values()], cities=cities,
            upper=[[n, n.upper()] for n in names], header=header, guard=guard)
        for k in specs:
            tmp[k].replace(out / f"{k}.tsv")
    finally:
        for path in tmp.values():
            path.unlink(missing_ok=True)
    return {"events": n_events, "mentions": n_mentions, "files": [str(out / "events.tsv"), str(out / "mentions.tsv")]}
