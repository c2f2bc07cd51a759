"""eventwire: who did what to whom, when and where — and who says so.

The pipeline, in the order of its packages::

    ingest → nlp → claims → events → store → outputs

Public API::

    import eventwire
    docs = eventwire.read("thread.html")             # -> list[Document]
    for result in eventwire.analyze(docs):           # events, claims per document
        ...
    with eventwire.Store("eventwire.duckdb") as store:
        eventwire.export(store, "gdelt", "out/")
"""

from .errors import (
    EngineError,
    EventwireError,
    InputError,
    ModelNotFoundError,
    NotFoundError,
    OutputError,
    OutputExistsError,
    Reason,
    RejectedInput,
    SchemaVersionError,
    StoreBusyError,
    StoreError,
    UsageError,
)
from .model import ActorRef, Author, Claim, Document, Event, Place, Post, Quote, RemovedPassage, Source

__version__ = "0.1.0"

# Heavy parts (the readers, DuckDB, spaCy) load only when asked for.
_LAZY = {
    "read": ("ingest", "read"),
    "iter_read": ("ingest", "iter_read"),
    "Store": ("store", "Store"),
    "Filters": ("store", "Filters"),
    "analyze": ("pipeline", "analyze"),
    "analyze_inputs": ("pipeline", "analyze_inputs"),
    "IngestReport": ("ingest", "IngestReport"),
    "export": ("outputs", "export"),
    "report": ("outputs", "report"),
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        return getattr(import_module(f"{__name__}.{module}"), attr)
    raise AttributeError(name)


__all__ = [
    "ActorRef", "Author", "Claim", "Document", "Event", "Place", "Post", "Quote", "RemovedPassage", "Source",
    "read", "iter_read", "analyze", "analyze_inputs", "IngestReport", "Store", "Filters", "export", "report",
    "EventwireError", "InputError", "RejectedInput", "Reason", "StoreError", "StoreBusyError", "SchemaVersionError",
    "UsageError", "NotFoundError", "ModelNotFoundError", "OutputError", "OutputExistsError", "EngineError",
]
