"""Ingest, code and store in one pass: what ``eventwire analyze`` does.

Inputs are read as by ``ingest``; every document is run through the NLP
pipeline; documents, events and the roles learned from the text go to the store
(unless there is none). Re-analysing a document replaces its events.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from .ingest import IngestReport, keep, read_inputs, reject
from .model import Document
from .pipeline import Analysis, analyze, load, model_name
from .readers import DEFAULT_MAX_BYTES
from .store import Store


def _documents(specs, store, report, *, url, max_bytes, on_start, on_input, day: date | None) -> Iterator[Document]:
    exclude = [store.path, store.path + ".wal"] if store else []
    for name, result in read_inputs(specs, url=url, max_bytes=max_bytes, exclude=exclude, on_start=on_start, on_input=on_input):
        if isinstance(result, Document):
            if day is not None and not result.published:
                result.published = day.isoformat()  # --date: the date of inputs that carry none (a pasted post)
            keep(store, report, result, name)
            yield result
        else:
            reject(store, report, result)


def analyze_inputs(
    specs: Iterable[str],
    *,
    store: Store | None = None,
    report: IngestReport | None = None,
    date_override: date | None = None,
    model: str | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_start: Callable[[int], None] | None = None,
    on_input: Callable | None = None,
    ratings: dict[str, float] | None = None,
) -> Iterator[Analysis]:
    """Yield every document of the inputs with its events and claims, storing them when a store is given."""
    report = report if report is not None else IngestReport()
    nlp = load(model)
    resolver = nlp.get_pipe("eventwire_actors")
    if store is not None:
        resolver.learned.update(store.learned_roles())

    def count(item) -> None:
        report.inputs += 1
        if on_input:
            on_input(item)

    docs = _documents(specs, store, report, url=url, max_bytes=max_bytes, on_start=on_start, on_input=count, day=date_override)
    for result in analyze(docs, nlp=nlp, date_override=date_override, ratings=ratings):
        if store is not None:
            store.replace_analysis(result.document.id, result.events, result.claims, model=model_name(model),
                                   sentences=result.sentences)
            store.add_learned_roles(result.document.id, result.document.published, dict(resolver.learned))
        yield result
    if store is not None:
        from .aggregate import rebuild

        rebuild(store)
