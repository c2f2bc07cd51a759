"""Ingest: bytes in, Documents (or typed rejections with a reason) out.

The first stage of the pipeline. The reader is chosen from the content, not the
file name: a saved page called ``post.txt`` is still HTML, and a feed saved as
``.html`` is still a feed. Nothing here writes anywhere; the pipeline stores
what comes out.

    read(path)                 → list[Document]
    iter_read(path)            → Documents and RejectedInputs, one by one
    read_html(html, url=)       → one Document from one HTML page (article or forum thread)
    read_inputs(specs)         → (input name, Document | RejectedInput) for paths, folders, globs, URLs, "-"
    Fetcher().get(url)         → a page fetched politely (robots.txt, rate limit, retries), or a reject
"""

from __future__ import annotations

from ._read import DEFAULT_MAX_BYTES, iter_read, read, read_bytes, read_path, sniff_text
from ._run import IngestReport, expand_inputs, fetch_and_read, read_inputs
from .fetch import USER_AGENT, Fetched, Fetcher, is_url
from .html import read_html

__all__ = [
    "DEFAULT_MAX_BYTES", "Fetched", "Fetcher", "IngestReport", "USER_AGENT", "expand_inputs", "fetch_and_read", "is_url",
    "iter_read", "read", "read_bytes", "read_html", "read_inputs", "read_path", "sniff_text",
]
