"""JSON Lines: one object per line with ``id``, ``url``, ``text`` or ``html``, ``published``.

The ``id`` a user gives is carried through to every output as ``external_id``.
A malformed line is rejected on its own with its line number; the rest are read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from ..errors import EventwireError, Reason, RejectedInput
from ..model import Document
from ._values import shown_timestamp_iso


def looks_like_jsonl(text: str) -> bool:
    for line in text.splitlines():
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except ValueError:
                return False
    return False


def read_jsonl(text: str, *, name: str = "", max_chars: int,
               read_body: Callable[..., Document]) -> Iterator[Document | RejectedInput]:
    """Each record's ``text`` or ``html`` is read by ``read_body`` (the dispatcher's text-or-HTML reader)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name or 'input'} line {number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield RejectedInput(Reason.BAD_RECORD, f"{where}: not valid JSON ({exc.msg})", input_name=where)
            continue
        body = record.get("html") or record.get("text") if isinstance(record, dict) else None
        if not isinstance(body, str) or not body.strip():
            yield RejectedInput(Reason.BAD_RECORD, f"{where}: needs a non-empty 'text' or 'html' field", input_name=where)
            continue
        if len(body) > max_chars:
            yield RejectedInput(Reason.TOO_LARGE, f"{where}: {len(body):,} characters", input_name=where)
            continue
        try:
            doc = read_body(body, url=record.get("url"), name=where, html="html" in record)
        except EventwireError as exc:
            yield exc if isinstance(exc, RejectedInput) else RejectedInput(Reason.PARSE_ERROR, f"{where}: {exc.message}", input_name=where)
            continue
        doc.external_id = str(record["id"]) if record.get("id") is not None else None
        published = shown_timestamp_iso(str(record.get("published") or "")) or doc.published
        doc.published = published
        for post in doc.posts:
            post.published = post.published or published
        if record.get("title"):
            doc.title = str(record["title"])
        yield doc
