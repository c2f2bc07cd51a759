"""Exports in the field's formats: GDELT 2.0 event and mention tables, PLOVER JSON, CSV, JSON Lines, Parquet.

GDELT files are tab-separated without a header, 61 columns for events and 16 for
mentions, in GDELT 2.0's order; what eventwire does not know (tone, ethnic and
religion codes, ADM codes) is left empty rather than invented.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import UsageError
from .store import Store

FORMATS = ("gdelt", "plover", "csv", "jsonl", "parquet")

GDELT_EVENT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
GDELT_MENTION_COLUMNS = [
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]


@dataclass
class Filters:
    """What to select; shared by ``events``, ``export`` and ``report``."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    code: str | None = None
    plover: str | None = None
    since: str | None = None
    until: str | None = None
    min_sources: int | None = None
    hide_anonymous: bool = False
    claim_kind: str | None = None
    document_id: str | None = None

    def sql(self, store: Store) -> tuple[str, list]:
        where, params = [], []
        if self.actor:
            where.append("(source_code || coalesce(' ' || source_sector, '') LIKE ? || '%' OR "
                         "target_code || coalesce(' ' || target_sector, '') LIKE ? || '%')")
            params += [self.actor.upper()] * 2
        if self.dyad:
            a, b = (x.upper() for x in self.dyad)
            where.append("((source_code = ? AND target_code = ?) OR (source_code = ? AND target_code = ?))")
            params += [a, b, b, a]
        if self.code:
            where.append("cameo LIKE ? || '%'")
            params.append(self.code)
        if self.plover:
            where.append("plover_type = ?")
            params.append(self.plover.upper())
        if self.since:
            where.append("coalesce(date, first_seen) >= ?")
            params.append(self.since)
        if self.until:
            where.append("coalesce(date, first_seen) <= ? || 'z'")
            params.append(self.until)
        if self.min_sources:
            where.append("corroboration >= ?")
            params.append(self.min_sources)
        if self.hide_anonymous:
            where.append("NOT list_contains(sourcing, 'anonymous') OR len(sourcing) > 1")
        if self.claim_kind:
            where.append("list_contains(claim_kinds, ?)")
            params.append(self.claim_kind)
        if self.document_id:
            where.append("id IN (SELECT event_id FROM mentions WHERE document_id = ?)")
            params.append(store.resolve_id(self.document_id))
        return (" WHERE " + " AND ".join(f"({w})" for w in where)) if where else "", params


def event_rows(store: Store, filters: Filters | None = None) -> list[dict]:
    where, params = (filters or Filters()).sql(store)
    cur = store.con.execute(f"SELECT * FROM events{where} ORDER BY coalesce(date, first_seen) DESC NULLS LAST, id", params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _int_id(hex_id: str) -> int:
    return int(hex_id[:15], 16)


def _day(value: str | None) -> str:
    return (value or "")[:10].replace("-", "")


def _fraction(day: str) -> str:
    if len(day) != 8:
        return ""
    d = datetime.strptime(day, "%Y%m%d")
    return f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"


def _geo(place: dict | None) -> list:
    if not place:
        return [""] * 8
    geo_type = "1" if place.get("kind") == "country" else "4"
    return [geo_type, place.get("name") or "", place.get("country") or "", "", "",
            place.get("lat") if place.get("lat") is not None else "", place.get("lon") if place.get("lon") is not None else "", ""]


def _actor(code: str | None, sector: str | None, name: str | None) -> list:
    full = (code or "") + (sector or "")
    is_country = bool(code) and len(code) == 3 and code not in ("IGO", "IMG")
    return [full, (name or "").upper(), code if is_country else "", "" if is_country else (code or ""), "", "", "",
            sector or "", "", ""]


def gdelt_event_row(ev: dict, added: str) -> list:
    day = _day(ev["date"] or ev["first_seen"])
    row = [_int_id(ev["id"]), day, day[:6], day[:4], _fraction(day)]
    row += _actor(ev["source_code"], ev["source_sector"], ev["source_name"])
    row += _actor(ev["target_code"], ev["target_sector"], ev["target_name"])
    cameo = ev["cameo"] or ""
    row += [1, cameo, cameo[:3], ev["cameo_root"], ev["quad_class"], ev["goldstein"],
            ev["num_mentions"], ev["num_sources"], ev["num_articles"], ""]
    row += [""] * 8 + [""] * 8 + _geo(ev["place"])
    row += [added, ev["source_url"] or ""]
    return row


def gdelt_mention_rows(store: Store, event_ids: list[str]) -> list[list]:
    if not event_ids:
        return []
    rows = store.con.execute("""
        SELECT m.event_id, e.date, e.first_seen, d.published, d.url, d.source_domain, d.kind, m.sentence_index,
               m.source, m.target, m.trigger_start, m.confidence, length(p.text), d.id
        FROM mentions m JOIN documents d ON d.id = m.document_id JOIN posts p ON p.id = m.post_id
        JOIN events e ON e.id = m.event_id
        WHERE m.event_id IN (SELECT unnest(?)) ORDER BY m.event_id, d.id, m.trigger_start""", [event_ids]).fetchall()
    out = []
    for event_id, date, first_seen, published, url, domain, kind, sent, src, tgt, trig, conf, doclen, doc_id in rows:
        mention_type = 1 if url and kind in ("article", "feed_item") else 6
        out.append([_int_id(event_id), _stamp(date or first_seen), _stamp(published or first_seen), mention_type,
                    domain or "", url or f"eventwire:{doc_id}", sent + 1, src[0]["start"] if src else -1,
                    tgt[0]["start"] if tgt else -1, trig, 1, round((conf or 0) * 100), doclen or 0, "", "", ""])
    return out


def _stamp(value: str | None) -> str:
    digits = "".join(ch for ch in (value or "") if ch.isdigit())[:14]
    return digits.ljust(14, "0") if digits else ""


def _write_tsv(path: Path, rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        for row in rows:
            writer.writerow(["" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in row])


def plover_records(store: Store, filters: Filters | None = None) -> list[dict]:
    """One PLOVER gold-standard record per mention of the selected events, in input order."""
    ids = [e["id"] for e in event_rows(store, filters)]
    if not ids:
        return []
    rows = store.con.execute("""
        SELECT m.id, s.text, coalesce(d.published, m.date), m.source, m.target, m.plover_type, m.plover_mode,
               m.cameo, m.modality, m.negated, d.external_id
        FROM mentions m JOIN documents d ON d.id = m.document_id
        JOIN sentences s ON s.post_id = m.post_id AND s.sentence_index = m.sentence_index
        WHERE m.event_id IN (SELECT unnest(?)) ORDER BY d.ingested_at, d.id, m.post_id, m.trigger_start""", [ids]).fetchall()

    def actors(items):
        return [{"actorText": a["text"], "code": a["code"], "sector": a["sector"] or ""} for a in items]

    return [{"id": ext or mid, "text": text.strip(), "date": (day or "")[:10] or None, "source": actors(src),
             "target": actors(tgt), "event": ptype, "mode": mode or "", "context": "", "cameo": cameo,
             "modality": modality, "negated": negated}
            for mid, text, day, src, tgt, ptype, mode, cameo, modality, negated, ext in rows]


def export(store: Store, fmt: str, out: str | Path, filters: Filters | None = None) -> dict:
    """Write the selected events in ``fmt`` to ``out`` (a folder for gdelt, a file otherwise)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}", hint=f"Use one of: {', '.join(FORMATS)}.")
    out = Path(out)
    events = event_rows(store, filters)
    if fmt == "gdelt":
        out.mkdir(parents=True, exist_ok=True)
        added = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
        _write_tsv(out / "events.tsv", [gdelt_event_row(e, added) for e in events])
        mentions = gdelt_mention_rows(store, [e["id"] for e in events])
        _write_tsv(out / "mentions.tsv", mentions)
        return {"events": len(events), "mentions": len(mentions), "files": [str(out / "events.tsv"), str(out / "mentions.tsv")]}
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "plover":
        records = plover_records(store, filters)
        out.write_text(json.dumps(records, indent=1, ensure_ascii=False), encoding="utf-8")
        return {"records": len(records), "files": [str(out)]}
    if fmt == "parquet":
        where, params = (filters or Filters()).sql(store)
        store.con.execute(f"COPY (SELECT * FROM events{where} ORDER BY id) TO '{_sql_path(out)}' (FORMAT PARQUET)", params)
        return {"events": len(events), "files": [str(out)]}
    flat = [_flat(e) for e in events]
    if fmt == "jsonl":
        out.write_text("".join(json.dumps(e, ensure_ascii=False, default=str) + "\n" for e in events), encoding="utf-8")
    else:
        fields = list(dict.fromkeys(k for row in flat for k in row)) or ["id"]
        with out.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=fields)
            writer.writeheader()
            writer.writerows(flat)
    return {"events": len(events), "files": [str(out)]}


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _flat(ev: dict) -> dict:
    out = {}
    for key, value in ev.items():
        if isinstance(value, list):
            out[key] = " | ".join(str(v) for v in value)
        elif isinstance(value, dict):
            out[key] = value.get("name")
            if key == "place":
                out["place_country"], out["place_lat"], out["place_lon"] = value.get("country"), value.get("lat"), value.get("lon")
        else:
            out[key] = value
    return out
