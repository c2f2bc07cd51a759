"""Tabular exports of canonical events: CSV, JSON Lines and Parquet, with the same columns in each.

The rows come typed from ``Store.events_table`` (the query Parquet is written
from): dates are dates, lists are lists and the place is a struct. JSON Lines
keeps them as JSON; CSV writes a list or a struct as JSON text in its one
column, so a CSV has exactly the Parquet file's columns, and every row is one
line (the store's query puts trigger and sentence on one line).
"""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

from ._cells import neutralize

__all__ = ["write_csv", "write_jsonl"]


def _plain(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def write_jsonl(out: Path, columns: list[str], rows: list[tuple]) -> dict:
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=_plain) + "\n")
    return {"events": len(rows), "files": [str(out)]}


def _cell(value, guard: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_plain)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, str):
        text = " ".join(value.splitlines()) if ("\n" in value or "\r" in value) else value
        return neutralize(text) if guard else text
    return str(value)


def write_csv(out: Path, columns: list[str], rows: list[tuple], *, guard: bool = True) -> dict:
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(v, guard) for v in row])
    return {"events": len(rows), "files": [str(out)]}
