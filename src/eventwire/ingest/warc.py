"""WARC and ARC web archives: each HTML (or text, or feed) response is read as a page.

Requests, metadata and warcinfo records are not documents and are passed over;
responses of other media types (images, scripts, styles) are rejected with
``unsupported_media`` so that the count of what was kept aside is complete.

Records are independent: a damaged record (a missing header, a bogus length, a
truncated body, a corrupt gzip member) is rejected with its byte offset, and the
reader moves on to the next record it can find (the next gzip member in a
``.warc.gz``, the next ``WARC/1.x`` line in a plain archive).
"""

from __future__ import annotations

import zlib

from collections.abc import Callable, Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..errors import Reason, RejectedInput
from ..model import Document
from ._limits import MAX_RECORDS

_TEXTUAL = ("text/html", "application/xhtml", "text/plain", "application/rss", "application/atom", "application/xml", "text/xml")
_GZIP = b"\x1f\x8b\x08"
_CHUNK = 1 << 20

Item = Document | RejectedInput


def read_warc(stream: BinaryIO, *, name: str = "", max_bytes: int,
              read_record: Callable[..., Iterator[Item]], max_records: int = MAX_RECORDS) -> Iterator[Item]:
    """Each textual response's body is read by ``read_record`` (the dispatcher's ``read_bytes``)."""
    start = stream.tell()
    gz = stream.read(2) == _GZIP[:2]
    pos: int | None = start
    counts = {"items": 0, "responses": 0}
    while pos is not None:
        checked = _member_end(stream, pos, max_bytes) if gz else -1
        if checked is None:
            counts["items"] += 1
            yield _damaged_member(name, pos)
            pos = _next_start(stream, pos + 1, gz)
            continue
        stream.seek(pos)
        it = ArchiveIterator(stream, arc2warc=True)
        # warcio's offset can step back after an error; never resume before a record
        # already read, so that every pass moves forward and the loop ends.
        start, seen, pos, last_end = pos, pos, None, -1
        try:
            for record in it:
                at = seen = max(seen, it.offset)
                if gz:
                    # the member the pass starts at was checked above; inflate each one only once
                    last_end = checked if at == start else _member_end(stream, at, max_bytes)
                    if last_end is None:
                        counts["items"] += 1
                        yield _damaged_member(name, at)
                        pos = _next_start(stream, at + 1, gz)
                        break
                if record.rec_type != "response":
                    continue
                counts["responses"] += 1
                if counts["responses"] > max_records:
                    counts["items"] += 1
                    yield RejectedInput(Reason.TOO_LARGE, f"{name}: over {max_records:,} records in one archive; the "
                                        f"rest (from byte {at}) were not read", input_name=f"{name} record at byte {at}")
                    return
                skip_rest = False
                for item in _response(record, at, name=name, max_bytes=max_bytes, read_record=read_record):
                    counts["items"] += 1
                    skip_rest = skip_rest or (isinstance(item, RejectedInput) and item.reason in (Reason.TOO_LARGE, Reason.DECOMPRESSION_BOMB))
                    yield item
                if skip_rest and gz:
                    # Inflating the rest of a huge member only to skip it is the bomb's
                    # work: jump to the next member instead.
                    pos = _next_start(stream, at + 1, gz)
                    break
            else:
                # warcio ends quietly when a cut-short member runs on into the next one: bytes left after
                # the last whole member are read again from there (the check above rejects the damaged one).
                if gz and last_end is not None and last_end > 0 and _next_start(stream, last_end, gz) is not None:
                    pos = last_end
        except Exception as exc:  # noqa: BLE001 — warcio raises anything on damaged bytes; it costs this record only
            at = max(seen, it.offset)
            counts["items"] += 1
            yield RejectedInput(Reason.BAD_RECORD, f"{name}: damaged record at byte {at} ({type(exc).__name__}: "
                                f"{str(exc)[:200]})", input_name=f"{name} record at byte {at}")
            pos = _next_start(stream, at + 1, gz)
    if not counts["items"]:
        what = "responses with text" if counts["responses"] else "response records"
        yield RejectedInput(Reason.NO_TEXT, f"{name}: the archive holds no {what}", input_name=name)


def _response(record, at: int, *, name: str, max_bytes: int, read_record: Callable[..., Iterator[Item]]) -> Iterator[Item]:
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{name} record at byte {at}" + (f" ({url})" if url else "")
    http = record.http_headers
    ctype = (http.get_header("Content-Type") if http else "") or ""
    if not ctype.lower().startswith(_TEXTUAL):
        yield RejectedInput(Reason.UNSUPPORTED_MEDIA, f"{where}: {ctype or 'no content type'}", input_name=where)
        return
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        encoded = (http.get_header("Content-Encoding") if http else None) or ""
        if encoded.strip().lower() in ("gzip", "x-gzip", "deflate", "br"):
            yield RejectedInput(Reason.DECOMPRESSION_BOMB, f"{where}: its {encoded} body expands to over {max_bytes:,} bytes",
                                input_name=where)
        else:
            yield RejectedInput(Reason.TOO_LARGE, f"{where}: over {max_bytes:,} bytes", input_name=where)
        return
    fetched = record.rec_headers.get_header("WARC-Date")
    for item in read_record(data, name=where, url=url, max_bytes=max_bytes):
        if isinstance(item, Document):
            item.fetched = fetched
        yield item


def _member_end(stream: BinaryIO, at: int, max_bytes: int) -> int | None:
    """Where the gzip member at ``at`` ends, if it inflates to its end with a good checksum; None if not.

    warcio reads a cut-short member on into the next member's bytes, so the damaged record
    swallows the next one, silently or with an error past it. Inflating the member alone
    (CRC and length checked by zlib) tells a whole member from a damaged one before its
    record is read. Past ``4 × max_bytes`` of output the end is not looked for (-1): the
    record reader's own bounds deal with such a member. The stream is left where it was.
    """
    saved = stream.tell()
    inflater = zlib.decompressobj(wbits=31)
    budget, consumed = 4 * max_bytes, 0
    try:
        stream.seek(at)
        while not inflater.eof:
            chunk = inflater.unconsumed_tail
            if not chunk:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    return None
                consumed += len(chunk)
            budget -= len(inflater.decompress(chunk, _CHUNK))
            if budget < 0:
                return -1
        return at + consumed - len(inflater.unused_data)
    except zlib.error:
        return None
    finally:
        stream.seek(saved)


def _damaged_member(name: str, at: int) -> RejectedInput:
    return RejectedInput(Reason.BAD_RECORD, f"{name}: damaged record at byte {at} (its gzip member is cut short "
                         "or corrupt)", input_name=f"{name} record at byte {at}")


def _next_start(stream: BinaryIO, after: int, gz: bool) -> int | None:
    """The offset of the next record that may start after ``after``, or None at the end."""
    marker = _GZIP if gz else b"\nWARC/1."
    stream.seek(after)
    pos, tail = after, b""
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return None
        buf = tail + chunk
        i = buf.find(marker)
        if i >= 0:
            return pos - len(tail) + i + (0 if gz else 1)
        tail = buf[-(len(marker) - 1):]
        pos += len(chunk)
