"""PLOVER records: one gold-standard-shaped JSON record per mention of the selected events."""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["records", "write"]


def records(details: list[dict]) -> list[dict]:
    """PLOVER records from ``Store.mention_details``, in input order."""

    def actors(items):
        return [{"actorText": a["text"], "code": a["code"], "sector": a["sector"] or ""} for a in items]

    return [{"id": m["external_id"] or m["id"], "text": (m["sentence"] or "").strip(),
             "date": (m["published"] or m["mention_date"] or "")[:10] or None, "source": actors(m["source"]),
             "target": actors(m["target"]), "event": m["plover_type"], "mode": m["plover_mode"] or "", "context": "",
             "cameo": m["cameo"], "modality": m["modality"], "negated": m["negated"]}
            for m in details]


def write(out: Path, details: list[dict]) -> dict:
    found = records(details)
    out.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    return {"records": len(found), "files": [str(out)]}
