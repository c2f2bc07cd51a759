"""Tabular exports of canonical events: CSV, JSON Lines and Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path

__all__ = ["write_csv", "write_jsonl"]


def write_jsonl(out: Path, events: list[dict]) -> dict:
    out.write_text("".join(json.dumps(e, ensure_ascii=False, default=str) + "\n" for e in events), encoding="utf-8")
    return {"events": len(events), "files": [str(out)]}


def write_csv(out: Path, events: list[dict]) -> dict:
    flat = [_flat(e) for e in events]
    fields = list(dict.fromkeys(k for row in flat for k in row)) or ["id"]
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(flat)
    return {"events": len(events), "files": [str(out)]}


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
