"""Readers: bytes in, Documents (or typed rejections with a reason) out.

The reader is chosen from the content, not the file name: a saved page called
``post.txt`` is still HTML, and a feed saved as ``.html`` is still a feed.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import EventwireError, Reason, RejectedInput
from ..model import Document, finalize
from .encoding import decode
from ._limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, MAX_EXPANSION, READER_FAULTS, bounded_html, timed
from .jsonl import looks_like_jsonl, read_jsonl
from .text import read_plain_text
from .warc import read_warc

_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<meta|<div|<article|<p[\s>]|<table)", re.I | re.S)
_FEED = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<rss[\s>]|<feed[\s>]|<rdf:RDF)", re.I | re.S)
_TAGS = re.compile(r"</?(?:p|div|span|a|br|li|table|td|html|body)\b[^>]*>", re.I)

Item = Document | RejectedInput


def sniff_text(text: str) -> str:
    """'feed', 'html', 'jsonl' or 'text', from the decoded content."""
    head = text[:4096]
    if _FEED.match(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    # Before counting tags: a JSON Lines record may carry a whole page as "html".
    if head.lstrip().startswith("{") and looks_like_jsonl(text[:1_000_000]):
        return "jsonl"
    if len(_TAGS.findall(head)) >= 5:
        return "html"
    return "text"


def read_text_or_html(text: str, *, url: str | None, name: str, html: bool = False) -> Document:
    kind = "html" if html else sniff_text(text)
    if kind == "html":
        from .html import read_html  # the HTML readers' libraries load for the first page, not for text files

        return read_html(bounded_html(text, name=name), url=url, name=name)
    return read_plain_text(text, url=url, name=name)


def _is_archive(head: bytes) -> bool:
    return head.startswith((b"WARC/", b"filedesc://"))


def _gunzip_head(head: bytes) -> bytes:
    try:
        return gzip.GzipFile(fileobj=io.BytesIO(head)).read(64)
    except (OSError, EOFError, zlib.error):
        return b""


def read_bytes(data: bytes, *, name: str = "", url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every Document in ``data``, and a RejectedInput for every part that is not one."""
    if not data.strip():
        yield RejectedInput(Reason.EMPTY, f"{name or 'input'} is empty", input_name=name)
        return
    if data[:2] == b"\x1f\x8b":
        yield from _read_gzip(data, name=name, url=url, max_bytes=max_bytes)
        return
    if _is_archive(data[:16]):
        yield from read_warc(io.BytesIO(data), name=name, max_bytes=max_bytes, read_record=read_bytes)
        return
    try:
        if _jsonl_bytes(data):
            # JSON Lines is UTF-8 by definition; a NUL or a bad byte on one line is
            # that line's fault (rejected alone), not a reason to call the file binary.
            text, kind = data.decode("utf-8", "replace"), "jsonl"
        else:
            text, _ = decode(data, name=name)
            kind = sniff_text(text)
        if kind == "feed":
            from .feed import read_feed

            yield from _finalized(read_feed(text, name=name))
        elif kind == "jsonl":
            yield from _finalized(read_jsonl(text, name=name, max_chars=max_bytes, read_body=read_text_or_html))
        elif len(data) > max_bytes:
            yield RejectedInput(Reason.TOO_LARGE, f"{name or 'input'} is {len(data):,} bytes, over the {max_bytes:,}-byte limit", input_name=name)
        else:
            yield finalize(read_text_or_html(text, url=url, name=name, html=kind == "html"))
    except RejectedInput as exc:
        yield exc
    except EventwireError as exc:
        yield RejectedInput(Reason.PARSE_ERROR, f"{name or 'input'}: {exc.message}", input_name=name)
    except READER_FAULTS as exc:
        # A reader bug on odd input must cost one item, not the batch.
        yield RejectedInput(Reason.PARSE_ERROR, f"{name or 'input'}: {type(exc).__name__}: {exc}", input_name=name)


def _jsonl_bytes(data: bytes) -> bool:
    head = data[:1_000_000].lstrip()
    if not head.startswith(b"{") or data.startswith(codecs.BOM_UTF8):
        return False
    return looks_like_jsonl(head[:200_000].decode("utf-8", "replace").rsplit("\n", 1)[0])


def _finalized(items: Iterator[Item]) -> Iterator[Item]:
    for item in items:
        yield finalize(item) if isinstance(item, Document) else item


def _read_gzip(data: bytes, *, name: str, url: str | None, max_bytes: int) -> Iterator[Item]:
    if _is_archive(_gunzip_head(data[:65536])):
        yield from read_warc(io.BytesIO(data), name=name, max_bytes=max_bytes, read_record=read_bytes)
        return
    limit = max_bytes * MAX_EXPANSION
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            inner = fh.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield RejectedInput(Reason.PARSE_ERROR, f"{name}: damaged gzip data ({exc})", input_name=name)
        return
    if len(inner) > limit:
        yield RejectedInput(Reason.DECOMPRESSION_BOMB, f"{name}: {len(data):,} bytes of gzip expand to over {limit:,} bytes",
                            input_name=name)
        return
    yield from read_bytes(inner, name=name, url=url, max_bytes=max_bytes)


def read_path(path: Path, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> Iterator[Item]:
    """Read one file; archives are streamed from disk, other files read whole up to the limit.

    ``name`` is what messages and documents call the input (default: the path);
    the Spark engine reads an absolute path under the name the user gave.
    """
    name = name or str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
            if _is_archive(head[:16]) or (head[:2] == b"\x1f\x8b" and _is_archive(_gunzip_head(head))):
                fh.seek(0)
                yield from read_warc(fh, name=name, max_bytes=max_bytes, read_record=read_bytes)
                return
            size = path.stat().st_size
            if size > max_bytes and not _streamable(head):
                yield RejectedInput(Reason.TOO_LARGE, f"{name} is {size:,} bytes, over the {max_bytes:,}-byte limit", input_name=name)
                return
            data = head + fh.read()
    except FileNotFoundError:
        yield RejectedInput(Reason.NOT_FOUND, f"{name} does not exist", input_name=name)
        return
    except (PermissionError, IsADirectoryError, OSError) as exc:
        yield RejectedInput(Reason.UNREADABLE, f"{name}: {exc.strerror or exc}", input_name=name)
        return
    yield from read_bytes(data, name=name, url=url, max_bytes=max_bytes)


def _streamable(head: bytes) -> bool:
    """Feeds and JSON Lines may be large: they hold many documents, each checked on its own."""
    try:
        text = head.decode("utf-8", "ignore")
    except UnicodeDecodeError:
        return False
    return bool(_FEED.match(text)) or (text.lstrip().startswith("{") and looks_like_jsonl(text.rsplit("\n", 1)[0] or text))


def read(source: str | Path | bytes | BinaryIO, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Read one input into Documents.

    ``source`` is a path, ``"-"`` for standard input, raw bytes or a binary file
    object. Raises :class:`RejectedInput` when the input yields no document at
    all; records rejected inside a container are skipped here (use
    :func:`iter_read` to see them).
    """
    items = list(iter_read(source, url=url, max_bytes=max_bytes))
    docs = [i for i in items if isinstance(i, Document)]
    rejects = [i for i in items if isinstance(i, RejectedInput)]
    if not docs and rejects:
        raise rejects[0]
    return docs


def iter_read(source: str | Path | bytes | BinaryIO, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[Item]:
    """Documents and rejects of one input; each is read within ``timeout`` seconds (else a ``timeout`` reject)."""
    name = "<bytes>" if isinstance(source, bytes) else str(source) if isinstance(source, (str, Path)) else getattr(source, "name", "<stream>")
    yield from timed(_iter_read(source, url=url, max_bytes=max_bytes), timeout, name=str(name))


def _iter_read(source: str | Path | bytes | BinaryIO, *, url: str | None, max_bytes: int) -> Iterator[Item]:
    if isinstance(source, bytes):
        yield from read_bytes(source, name="<bytes>", url=url, max_bytes=max_bytes)
    elif isinstance(source, (str, Path)) and str(source) == "-":
        yield from read_bytes(sys.stdin.buffer.read(), name="<stdin>", url=url, max_bytes=max_bytes)
    elif isinstance(source, (str, Path)):
        yield from read_path(Path(source), url=url, max_bytes=max_bytes)
    else:
        yield from read_bytes(source.read(), name=getattr(source, "name", "<stream>"), url=url, max_bytes=max_bytes)


