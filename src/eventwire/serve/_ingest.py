"""Ingest through the workbench: pasted text, an uploaded file or a URL, analyzed into the open store.

Only with ``serve --allow-ingest``. Each write is rate-limited per client and
runs alone (the workbench's one write lock); readers go on reading their
snapshot meanwhile. The upload is written to a private temporary folder under a
name the server chooses, never a name the client gives.
"""

from __future__ import annotations

import tempfile
from datetime import date as Date
from pathlib import Path

from ..errors import UsageError
from ..ingest import IngestReport
from ..pipeline import analyze_inputs
from ._state import Workbench

__all__ = ["MAX_UPLOAD", "run_ingest"]

MAX_UPLOAD = 5_000_000  # bytes: a long thread or a saved page, not an archive


def _day(value: str | None) -> Date | None:
    if not value:
        return None
    try:
        return Date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"date {value!r} is not a date", hint="Give the date as YYYY-MM-DD.") from None


def run_ingest(bench: Workbench, client: str, *, text: str | None = None, url: str | None = None, date: str | None = None,
               upload=None) -> dict:
    """Analyze one input into the store; return the new documents, their events and any rejects."""
    bench.allow_write(client)  # every attempt counts, good or bad, so a client cannot probe without limit
    given = [x for x in (text and text.strip(), url and url.strip(), upload and upload.filename) if x]
    if len(given) != 1:
        raise UsageError("give exactly one of: text, file, url", hint="Paste text, choose a file, or give one URL.")
    day = _day(date)
    with tempfile.TemporaryDirectory(prefix="eventwire-ingest-") as tmp:
        if text and text.strip():
            spec = str(Path(tmp) / "pasted.txt")
            Path(spec).write_text(text, encoding="utf-8")
        elif upload is not None and upload.filename:
            data = upload.file.read(MAX_UPLOAD + 1)
            if len(data) > MAX_UPLOAD:
                raise UsageError(f"the file is larger than {MAX_UPLOAD} bytes", hint="Split it, or use `eventwire analyze`.")
            suffix = "".join(c for c in Path(upload.filename).suffix[:8] if c.isalnum() or c == ".")  # keep the type hint only
            spec = str(Path(tmp) / f"upload{suffix}")
            Path(spec).write_bytes(data)
        else:
            spec = url.strip()
        report = IngestReport()
        with bench.writing():
            results = list(analyze_inputs([spec], store=bench.store, report=report, date_override=day))
    return {
        "documents": list(dict.fromkeys(report.document_ids + [r.document.id for r in results])),
        "events": sum(len(r.events) for r in results),
        "new": report.new, "already_stored": report.already_stored,
        "rejected": dict(report.rejected), "reject_messages": list(report.reject_messages[:20]),
    }
