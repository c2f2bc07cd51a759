"""WARC and ARC web archives: each HTML (or text, or feed) response is read as a page.

Requests, metadata and warcinfo records are not documents and are passed over;
responses of other media types (images, scripts, styles) are rejected with
``unsupported_media`` so that the count of what was kept aside is complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import EventwireError, Reason, RejectedInput
from ..model import Document

_TEXTUAL = ("text/html", "application/xhtml", "text/plain", "application/rss", "application/atom", "application/xml", "text/xml")


def read_warc(stream: BinaryIO, *, name: str = "", max_bytes: int,
              read_record: Callable[..., Iterator[Document | RejectedInput]]) -> Iterator[Document | RejectedInput]:
    """Each textual response's body is read by ``read_record`` (the dispatcher's ``read_bytes``)."""
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name} record {url}"
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if not ctype.lower().startswith(_TEXTUAL):
                yield RejectedInput(Reason.UNSUPPORTED_MEDIA, f"{where}: {ctype or 'no content type'}", input_name=where)
                continue
            data = record.content_stream().read(max_bytes + 1)
            fetched = record.rec_headers.get_header("WARC-Date")
            for item in read_record(data, name=where, url=url, max_bytes=max_bytes):
                if isinstance(item, Document):
                    item.fetched = fetched
                yield item
    except (ArchiveLoadFailed, EventwireError, ValueError, OSError) as exc:
        yield RejectedInput(Reason.PARSE_ERROR, f"{name}: damaged archive ({exc})", input_name=name)
