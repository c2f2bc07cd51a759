"""Ingestion: expand the user's paths, read every input, store every document.

Every input ends as stored documents or as reject rows with a reason; one bad
input never stops the batch. The report counts both, by reason, so nothing is
dropped without a trace.
"""

from __future__ import annotations

import glob
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Reason, RejectedInput
from .model import Document
from .readers import DEFAULT_MAX_BYTES, iter_read
from .store import Store

_GLOB_CHARS = set("*?[")


def expand_inputs(specs: Iterable[str], *, exclude: Iterable[str] = ()) -> Iterator[str | RejectedInput]:
    """Paths, directories (recursively, hidden files skipped), globs and "-" → input names.

    Files in ``exclude`` (the store itself and its write-ahead log, when a user
    ingests the folder the store lives in) are left out of directories and globs.
    """
    skip = {Path(p).resolve() for p in exclude}
    for spec in specs:
        if spec == "-":
            yield spec
            continue
        path = Path(spec)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)) and p.resolve() not in skip)
            yield from (str(p) for p in found)
        elif path.exists():
            yield spec
        elif _GLOB_CHARS & set(spec):
            matches = sorted(m for m in glob.glob(spec, recursive=True) if Path(m).is_file() and Path(m).resolve() not in skip)
            if not matches:
                yield RejectedInput(Reason.NOT_FOUND, f"no file matches {spec}", input_name=spec)
            yield from matches
        else:
            yield RejectedInput(Reason.NOT_FOUND, f"{spec} does not exist", input_name=spec)


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


@dataclass
class IngestReport:
    inputs: int = 0
    documents: int = 0
    new: int = 0
    already_stored: int = 0
    posts: int = 0
    rejected: Counter = field(default_factory=Counter)
    document_ids: list[str] = field(default_factory=list)
    reject_messages: list[str] = field(default_factory=list)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def to_dict(self) -> dict:
        return {
            "inputs": self.inputs, "documents": self.documents, "new": self.new,
            "already_stored": self.already_stored, "posts": self.posts,
            "rejected": self.rejected_total, "rejected_by_reason": dict(sorted(self.rejected.items())),
            "document_ids": self.document_ids, "reject_messages": self.reject_messages,
        }


def read_inputs(
    specs: Iterable[str],
    *,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: Iterable[str] = (),
    on_start: Callable[[int], None] | None = None,
    on_input: Callable[[str | RejectedInput], None] | None = None,
) -> Iterator[tuple[str, Document | RejectedInput]]:
    """Every (input name, Document or RejectedInput) from the inputs ``specs`` names.

    ``on_start`` gets the number of inputs once they are listed, ``on_input`` each
    input when it is done: the CLI hangs its progress bar on them.
    """
    items = list(expand_inputs(specs, exclude=exclude))
    if on_start:
        on_start(len(items))
    for item in items:
        if isinstance(item, RejectedInput):
            yield item.input_name, item
        else:
            for result in iter_read(item, url=url, max_bytes=max_bytes):
                yield item, result
        if on_input:
            on_input(item)


def ingest(
    specs: Iterable[str],
    store: Store,
    *,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_start: Callable[[int], None] | None = None,
    on_input: Callable[[str | RejectedInput], None] | None = None,
) -> IngestReport:
    """Read every input named by ``specs`` into ``store``; return what happened."""
    report = IngestReport()
    exclude = [store.path, store.path + ".wal"]
    for name, result in read_inputs(specs, url=url, max_bytes=max_bytes, exclude=exclude, on_start=on_start,
                                    on_input=_counting(report, on_input)):
        if isinstance(result, Document):
            keep(store, report, result, name)
        else:
            reject(store, report, result)
    return report


def _counting(report: IngestReport, then: Callable | None) -> Callable:
    def step(item) -> None:
        report.inputs += 1
        if then:
            then(item)

    return step


def keep(store: Store | None, report: IngestReport, doc: Document, input_name: str) -> None:
    report.documents += 1
    report.posts += len(doc.posts)
    report.document_ids.append(doc.id)
    doc.input = doc.input or input_name
    if store is None or store.add(doc, input_name=input_name):
        report.new += 1
    else:
        report.already_stored += 1


def reject(store: Store | None, report: IngestReport, rejected: RejectedInput) -> None:
    report.rejected[rejected.reason.value] += 1
    report.reject_messages.append(f"{rejected.reason.value}: {rejected.message}")
    if store is not None:
        store.add_reject(rejected)
