"""JSON Lines: one object per line with ``id``, ``url``, ``text`` or ``html``, ``published``.

The ``id`` a user gives is carried through to every output as ``external_id``.
Every line stands on its own: a malformed line (invalid JSON, nesting too deep
to read, a field of the wrong type where a text is needed) is rejected alone with
its line number, and the rest are read. Optional fields of the wrong type (a
``url`` given as a number) are ignored rather than costing the record.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from ..errors import EventwireError, Reason, RejectedInput
from ..model import Document
from ._limits import MAX_RECORDS, READER_FAULTS
from ._values import shown_timestamp_iso

# A surrogate code point left alone in a Python string is a "\ud800" escape in the
# JSON with no partner: no encoder can write it, so it becomes U+FFFD.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def looks_like_jsonl(text: str, *, lines: int = 5) -> bool:
    """The text starts with "{" and one of its first ``lines`` non-empty lines is a JSON object.

    Not just the first line: a file whose first record is broken is still JSON
    Lines, and its other records must be read.
    """
    if not text.lstrip().startswith("{"):
        return False
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        try:
            if isinstance(json.loads(line), dict):
                return True
        except (ValueError, RecursionError):
            pass
        seen += 1
        if seen >= lines:
            break
    return False


def _clean(value: object) -> str | None:
    """A string field as text, or None when it is not a string."""
    if not isinstance(value, str):
        return None
    return _LONE_SURROGATE.sub("\ufffd", value)


def read_jsonl(text: str, *, name: str = "", max_chars: int, read_body: Callable[..., Document],
               max_records: int = MAX_RECORDS) -> Iterator[Document | RejectedInput]:
    """Each record's ``text`` or ``html`` is read by ``read_body`` (the dispatcher's text-or-HTML reader)."""
    records = 0
    # Split on "\n" only: str.splitlines would also cut at U+2028 and other
    # separators that JSON allows inside a string, breaking a good record in two.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name or 'input'} line {number}"
        records += 1
        if records > max_records:
            yield RejectedInput(Reason.TOO_LARGE, f"{where}: over {max_records:,} records in one file; the rest were "
                                "not read", input_name=where)
            return
        yield from _record(line, where, max_chars, read_body)


def _record(line: str, where: str, max_chars: int, read_body: Callable[..., Document]) -> Iterator[Document | RejectedInput]:
    try:
        record = json.loads(line)
    except RecursionError:
        yield RejectedInput(Reason.TOO_DEEP, f"{where}: nested too deeply to read", input_name=where)
        return
    except ValueError as exc:
        yield RejectedInput(Reason.BAD_RECORD, f"{where}: not valid JSON ({getattr(exc, 'msg', exc)})", input_name=where)
        return
    if not isinstance(record, dict):
        yield RejectedInput(Reason.BAD_RECORD, f"{where}: a record must be a JSON object", input_name=where)
        return
    html, plain = _clean(record.get("html")), _clean(record.get("text"))
    body = html if html and html.strip() else plain
    if not body or not body.strip():
        yield RejectedInput(Reason.BAD_RECORD, f"{where}: needs a non-empty 'text' or 'html' field", input_name=where)
        return
    if len(body) > max_chars:
        yield RejectedInput(Reason.TOO_LARGE, f"{where}: {len(body):,} characters", input_name=where)
        return
    try:
        doc = read_body(body, url=_clean(record.get("url")), name=where, html=body is html)
    except RejectedInput as exc:
        yield exc
        return
    except EventwireError as exc:
        yield RejectedInput(Reason.PARSE_ERROR, f"{where}: {exc.message}", input_name=where)
        return
    except READER_FAULTS as exc:
        yield RejectedInput(Reason.PARSE_ERROR, f"{where}: {type(exc).__name__}: {exc}", input_name=where)
        return
    given_id = record.get("id")
    doc.external_id = _LONE_SURROGATE.sub("\ufffd", str(given_id)) if given_id is not None else None
    published = record.get("published")
    published = shown_timestamp_iso(published) if isinstance(published, str) else None
    doc.published = published or doc.published
    for post in doc.posts:
        post.published = post.published or doc.published
    title = _clean(record.get("title"))
    if title:
        doc.title = title
    yield doc
