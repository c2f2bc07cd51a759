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

from ._limits import DEFAULT_MAX_BYTES

# The readers load when first asked for, not with the package: the HTML readers' libraries (trafilatura, lxml) and
# the fetcher's (httpx) cost about 0.4 CPU s to import, which a command that reads nothing should not pay.
_LAZY = {
    "iter_read": "_read", "read": "_read", "read_bytes": "_read", "read_path": "_read", "sniff_text": "_read",
    "IngestReport": "_run", "expand_inputs": "_run", "fetch_and_read": "_run", "read_inputs": "_run",
    "USER_AGENT": "fetch", "Fetched": "fetch", "Fetcher": "fetch", "is_url": "_limits",
    "read_html": "html",
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_MAX_BYTES", "Fetched", "Fetcher", "IngestReport", "USER_AGENT", "expand_inputs", "fetch_and_read", "is_url",
    "iter_read", "read", "read_bytes", "read_html", "read_inputs", "read_path", "sniff_text",
]
