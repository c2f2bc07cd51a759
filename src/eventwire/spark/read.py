"""Reading on the cluster: the driver lists the input files, the executors read them.

The driver expands paths, folders and globs (``ingest.expand_inputs``, as the
local engine does) and sends only the file names; each executor reads its files
with the same readers (JSON Lines, WARC/ARC, HTML and text pages, feeds), so the
files must be on a file system every executor sees. Reading is cheap next to
coding, so one task per file is enough: the documents are spread evenly over
the coding partitions afterwards.

A document read twice (the same URL and text in two inputs) is kept once, the
first in input order, as the store keeps the first it is given.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import RejectedInput, UsageError
from ..ingest import expand_inputs, read_path
from ..model import Document, stable_id

__all__ = ["Read", "list_inputs", "read_file", "reject_row"]

# ("doc", (input index, position), Document) or ("reject", None, (id, input, reason, message))
Read = tuple[str, tuple[int, int] | None, object]


def list_inputs(specs: list[str]) -> tuple[list[tuple[int, str, str]], list[RejectedInput]]:
    """(number in input order, absolute path, name as given) of every file to read, and the specs that name nothing."""
    if "-" in specs:
        raise UsageError("the Spark engine reads files, not standard input",
                         hint="Save the input to a file (on a file system every executor sees) and name the file.")
    files, missing = [], []
    for item in expand_inputs(specs):
        if isinstance(item, RejectedInput):
            missing.append(item)
        else:
            files.append((len(files), str(Path(item).resolve()), item))
    return files, missing


def reject_row(rejected: RejectedInput) -> tuple[str, str, str, str]:
    """A reject as the store keys it: one row per input and reason."""
    return (stable_id(f"{rejected.input_name}\n{rejected.reason.value}"), rejected.input_name, rejected.reason.value,
            rejected.message)


def read_file(item: tuple[int, str, str], *, url: str | None, max_bytes: int, date_override: date | None) -> Iterator[Read]:
    """Every document and reject of one input file, with its place in the input order."""
    index, path, name = item
    for n, result in enumerate(read_path(Path(path), url=url, max_bytes=max_bytes, name=name)):
        if isinstance(result, Document):
            if date_override is not None and not result.published:
                result.published = date_override.isoformat()  # --date: the date of inputs that carry none
            result.input = result.input or name
            yield ("doc", (index, n), result)
        else:
            yield ("reject", None, reject_row(result))
