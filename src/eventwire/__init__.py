"""eventwire: who did what to whom, when and where — and who says so.

Public API::

    import eventwire
    docs = eventwire.read("thread.html")          # -> list[Document]
    with eventwire.Store("eventwire.duckdb") as store:
        store.add(docs[0])
"""

from .errors import (
    EventwireError,
    InputError,
    NotFoundError,
    Reason,
    RejectedInput,
    SchemaVersionError,
    StoreError,
    UsageError,
)
from .model import Author, Document, Post, Quote, RemovedPassage
from .readers import iter_read, read

__version__ = "0.1.0"


def __getattr__(name: str):
    # The store pulls in DuckDB; import it only when asked for.
    if name == "Store":
        from .store import Store

        return Store
    if name in ("ingest", "IngestReport"):
        from . import ingest as _ingest

        return getattr(_ingest, name)
    raise AttributeError(name)


__all__ = [
    "Author", "Document", "Post", "Quote", "RemovedPassage",
    "read", "iter_read", "Store", "ingest", "IngestReport",
    "EventwireError", "InputError", "RejectedInput", "Reason", "StoreError", "SchemaVersionError",
    "UsageError", "NotFoundError",
]
