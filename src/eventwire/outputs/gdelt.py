"""GDELT 2.0 event (61 columns) and mention (16 columns) tables, tab-separated, no header.

What eventwire does not know (tone, ethnic and religion codes, ADM codes) is
left empty rather than invented.
"""

from __future__ import annotations

import csv
from datetime import datetime, timezone
from pathlib import Path

__all__ = ["GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "event_row", "mention_rows", "write"]

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


def event_row(ev: dict, added: str) -> list:
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


def mention_rows(details: list[dict]) -> list[list]:
    """GDELT mention rows from ``Store.mention_details``."""
    out = []
    for m in details:
        mention_type = 1 if m["url"] and m["kind"] in ("article", "feed_item") else 6
        src, tgt = m["source"], m["target"]
        out.append([_int_id(m["event_id"]), _stamp(m["event_date"] or m["first_seen"]), _stamp(m["published"] or m["first_seen"]),
                    mention_type, m["source_domain"] or "", m["url"] or f"eventwire:{m['document_id']}", m["sentence_index"] + 1,
                    src[0]["start"] if src else -1, tgt[0]["start"] if tgt else -1, m["trigger_start"], 1,
                    round((m["confidence"] or 0) * 100), m["doc_length"] or 0, "", "", ""])
    return out


def _stamp(value: str | None) -> str:
    digits = "".join(ch for ch in (value or "") if ch.isdigit())[:14]
    return digits.ljust(14, "0") if digits else ""


def _write_tsv(path: Path, rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        for row in rows:
            writer.writerow(["" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in row])




def write(out: Path, events: list[dict], details: list[dict]) -> dict:
    """A folder with events.tsv and mentions.tsv."""
    out.mkdir(parents=True, exist_ok=True)
    added = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    _write_tsv(out / "events.tsv", [event_row(e, added) for e in events])
    mentions = mention_rows(details)
    _write_tsv(out / "mentions.tsv", mentions)
    return {"events": len(events), "mentions": len(mentions), "files": [str(out / "events.tsv"), str(out / "mentions.tsv")]}
