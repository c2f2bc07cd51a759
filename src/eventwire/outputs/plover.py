"""PLOVER records: one record per mention of the selected events, in the PLOVER manual's record shape.

Fields (docs/formats.md lists them with their sources): ``id``, ``date``,
``source``, ``recipient`` (actors as ``actor_text``, ``code``, ``sector``),
``event`` (a list of PLOVER types), ``mode``, ``context`` (a list), ``quad_code``,
``event_loc`` (GeoNames fields), ``event_text``, ``text``, ``link``,
``cite_info``, ``coder``, ``coded_date``; and eventwire's own ``cameo``,
``modality`` and ``negated``, which its gold files also carry. Sectors are
PLOVER agent codes (``outputs/data/plover_agents.tsv``: CAMEO's MED, the media,
is PLOVER's JRN). JSON Lines by default, or one JSON array.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..nlp.places import city_details
from ..resources import table

__all__ = ["PLOVER_FIELDS", "agent_code", "records", "write"]

PLOVER_FIELDS = ("id", "date", "source", "recipient", "event", "mode", "context", "quad_code", "event_loc",
                 "event_text", "text", "link", "cite_info", "coder", "coded_date")
# CAMEO root 01 (make a public statement) has no PLOVER type; eventwire calls it STATEMENT everywhere.
_STATEMENT_ROOT = "01"


@cache
def _agents() -> dict[str, str]:
    return {r["cameo_sector"]: r["plover_agent"] for r in table("outputs/data/plover_agents.tsv")}


@cache
def _contexts() -> dict[str, str]:
    return {r["sector"]: r["context"] for r in table("outputs/data/plover_contexts.tsv")}


@cache
def _countries() -> dict[str, dict[str, str]]:
    return {r["iso3"]: r for r in table("outputs/data/fips_countries.tsv")}


@cache
def _coder() -> str:
    try:
        return f"eventwire {version('eventwire')}"
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "eventwire"


def agent_code(sector: str | None) -> str:
    """A CAMEO sector as a PLOVER agent code."""
    return _agents().get(sector or "", sector or "")


def _actors(items: list[dict]) -> list[dict]:
    return [{"actor_text": a["text"], "code": a["code"], "sector": agent_code(a["sector"])} for a in items]


def _event_types(m: dict) -> list[str]:
    if m["plover_type"]:
        return [m["plover_type"]]
    return ["STATEMENT"] if (m["cameo_root"] or (m["cameo"] or "")[:2]) == _STATEMENT_ROOT else []


def _context(m: dict) -> list[str]:
    """Contexts that follow from who took part (an armed force → military); see plover_contexts.tsv."""
    found = {_contexts().get(a["sector"] or "") for a in m["source"] + m["target"]}
    return sorted(c for c in found if c)


def _location(place: dict | None) -> dict | None:
    """The event's place in GeoNames' own field names."""
    if not place:
        return None
    country = _countries().get(place.get("country") or "")
    if place.get("kind") == "country":
        return {"name": place.get("name"), "geonameid": int(country["geonameid"]) if country else None,
                "feature_class": "A", "country_code": country["iso2"] if country else None, "admin1_code": None,
                "latitude": None, "longitude": None}
    details = city_details(place.get("name") or "", place.get("country"))
    return {"name": place.get("name"), "geonameid": details["geonameid"] if details else None, "feature_class": "P",
            "country_code": details["country_code"] if details else (country["iso2"] if country else None),
            "admin1_code": (details["admin1"] or None) if details else None,
            "latitude": place.get("lat"), "longitude": place.get("lon")}


def _cite(m: dict) -> str:
    """Where the text was published, as a reader would cite it: site, title, date."""
    parts = [m["site_name"] or m["source_domain"] or m["link_domain"] or "", m["title"] or "", (m["published"] or "")[:10]]
    return ", ".join(p for p in parts if p)


def _day(value) -> str | None:
    return str(value)[:10] if value else None


def records(details: list[dict]) -> list[dict]:
    """PLOVER records from ``Store.mention_details``, in its (stable) order."""
    return [{
        "id": m["external_id"] or m["id"],
        "date": _day(m["published"] or m["mention_date"]),  # the story's date, as in PLOVER's gold records
        "source": _actors(m["source"]),
        "recipient": _actors(m["target"]),
        "event": _event_types(m),
        "mode": m["plover_mode"] or "",
        "context": _context(m),
        "quad_code": m["quad_class"],
        "event_loc": _location(m["place"]),
        "event_text": m["trigger"],
        "text": " ".join((m["sentence"] or "").split()),
        "link": m["url"] or m["post_link"],
        "cite_info": _cite(m),
        "coder": _coder() + (f" ({m['model']})" if m["model"] else ""),
        "coded_date": _day(m["coded_at"]),
        "cameo": m["cameo"], "modality": m["modality"], "negated": m["negated"],
    } for m in details]


def write(out: Path, details: list[dict], *, array: bool = False) -> dict:
    """JSON Lines (one record a line), or one JSON array with ``array``."""
    found = records(details)
    if array:
        text = json.dumps(found, indent=1, ensure_ascii=False) + "\n"
    else:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
    out.write_text(text, encoding="utf-8")
    return {"records": len(found), "files": [str(out)]}
