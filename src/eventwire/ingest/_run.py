"""The user's inputs: expand paths, folders and globs, read each into Documents or rejects.

Every input ends as documents or as rejects with a reason; one bad input never
stops the batch. ``IngestReport`` counts both, by reason, so nothing is dropped
without a trace (storing them is the pipeline's job).
"""

from __future__ import annotations

import glob
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Reason, RejectedInput
from ..model import Document
from ._read import DEFAULT_MAX_BYTES, iter_read, read_bytes
from ._limits import is_url

if TYPE_CHECKING:
    from .fetch import Fetcher

_GLOB_CHARS = set("*?[")


def expand_inputs(specs: Iterable[str], *, exclude: Iterable[str] = ()) -> Iterator[str | RejectedInput]:
    """Paths, directories (recursively, hidden files skipped), globs and "-" → input names.

    Files in ``exclude`` (the store itself and its write-ahead log, when a user
    ingests the folder the store lives in) are left out of directories and globs.
    """
    skip = {Path(p).resolve() for p in exclude}
    for spec in specs:
        if spec == "-" or is_url(spec):  # standard input, or a page to fetch
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
    fetcher: Fetcher | None = None
    try:
        for item in items:
            if isinstance(item, RejectedInput):
                yield item.input_name, item
            elif is_url(item):
                from .fetch import Fetcher  # the HTTP client loads for the first URL, not for files

                fetcher = fetcher or Fetcher(max_bytes=max_bytes)
                for result in fetch_and_read(fetcher, item, max_bytes=max_bytes):
                    yield item, result
            else:
                for result in iter_read(item, url=url, max_bytes=max_bytes):
                    yield item, result
            if on_input:
                on_input(item)
    finally:
        if fetcher is not None:
            fetcher.close()


def fetch_and_read(fetcher: Fetcher, url: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                   headers: dict[str, str] | None = None) -> Iterator[Document | RejectedInput]:
    """Fetch a page (or feed) and read it; each document keeps the final URL and when it was fetched."""
    got = fetcher.get(url, headers)
    if isinstance(got, RejectedInput):
        yield got
        return
    for result in read_bytes(got.content, name=url, url=got.url, max_bytes=max_bytes):
        if isinstance(result, Document):
            result.fetched = got.fetched
            result.url = result.url or got.url
        yield result
