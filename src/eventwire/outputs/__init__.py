"""Outputs: the field's formats, the situation report and the terminal views.

The sixth stage. Everything here reads the store through its public methods
(never SQL) and writes files or text:

    export(store, "gdelt" | "plover" | "csv" | "jsonl" | "parquet", out, filters)
    report.write(store, "markdown" | "html", out, filters)

An output that is already there is not overwritten unless ``force=True``
(``--force``); a file is written under a temporary name and moved into place,
so a failed export never leaves half a file behind.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError, from_os_error
from ..store import Filters, Store
from . import gdelt, plover, tabular
from ._files import atomic_write, prepare_output

__all__ = ["FORMATS", "export", "prepare_output"]

FORMATS = ("gdelt", "plover", "csv", "jsonl", "parquet")


def export(store: Store, fmt: str, out: str | Path, filters: Filters | None = None, *, force: bool = False,
           header: bool = False, formula_guard: bool = True, json_array: bool = False) -> dict:
    """Write the selected events in ``fmt`` to ``out`` (a folder for gdelt, a file otherwise).

    ``header`` writes GDELT's header row (gdelt only); ``formula_guard`` neutralises text cells a spreadsheet
    would run as formulas (gdelt and csv); ``json_array`` writes PLOVER records as one JSON array instead of
    JSON Lines.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}", hint=f"Use one of: {', '.join(FORMATS)}.")
    if fmt == "gdelt":
        folder = prepare_output(out, force=force, folder=True, members=("events.tsv", "mentions.tsv"))
        try:
            return gdelt.write_store(store, folder, filters, header=header, guard=formula_guard)
        except OSError as exc:
            raise from_os_error(exc, action="write", path=str(folder)) from exc
    target = prepare_output(out, force=force)
    if fmt == "parquet":
        return atomic_write(target, lambda tmp: {"events": store.write_events_parquet(tmp, filters), "files": [str(tmp)]})
    if fmt == "plover":
        details = store.mention_details([e["id"] for e in store.events(filters)])
        return atomic_write(target, lambda tmp: plover.write(tmp, details, array=json_array))
    columns, rows = store.events_table(filters)
    if fmt == "jsonl":
        return atomic_write(target, lambda tmp: tabular.write_jsonl(tmp, columns, rows))
    return atomic_write(target, lambda tmp: tabular.write_csv(tmp, columns, rows, guard=formula_guard))
