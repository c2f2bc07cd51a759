"""The pipeline: ingest → nlp → claims → events → store, in one pass.

``analyze(docs)`` codes documents (events, claims, sentences, the roles each
text teaches) without touching a store. ``ingest(specs, store)`` reads inputs
into the store; ``analyze_inputs(specs, store=...)`` does both and then merges
the mentions into stories and canonical events. Every input ends as documents
or as reject rows with a reason; one bad input never stops the batch.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language

from .claims import build_claims, link_events
from .errors import RejectedInput
from .ingest import DEFAULT_MAX_BYTES, Fetcher, IngestReport, is_url, read_bytes, read_inputs
from .model import Claim, Document, Event
from .nlp import load, make_doc, model_name, to_events
from .store import Store
from .values import day_of

__all__ = ["Analysis", "analyze", "analyze_inputs", "feed_state_path", "ingest", "poll", "watch"]


class Analysis(NamedTuple):
    document: Document
    events: list[Event]
    claims: list[Claim]
    sentences: list[tuple[str, str, int, int, int, str]]  # document, post, index, start, end, text
    learned_roles: list[tuple[str, str, str, str]]  # (name, code, sector, role) this document's text taught


def analyze(docs: Iterable[Document], *, nlp: Language | None = None, date_override: date | None = None,
            batch_size: int = 64, ratings: dict[str, float] | None = None,
            on_stage: Callable[[str], None] | None = None) -> Iterator[Analysis]:
    """Code the events and claims of every post of every document; yields one Analysis per document.

    Documents are taken ``batch_size`` at a time, so memory stays flat however
    many there are; within a batch spaCy's ``nlp.pipe`` does the work. A post is
    dated by its own date, else its document's, else ``date_override`` (the
    ``--date`` of inputs that carry none). ``on_stage`` hears "reading" and
    "coding" as the work moves between them (the CLI labels its progress so).
    """
    nlp = nlp or load()
    stage = on_stage or (lambda _name: None)
    batch: list[Document] = []
    stage("reading")
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            stage("coding")
            yield from _analyze_batch(nlp, batch, date_override, batch_size, ratings or {})
            stage("reading")
            batch = []
    if batch:
        stage("coding")
        yield from _analyze_batch(nlp, batch, date_override, batch_size, ratings or {})


def _analyze_batch(nlp: Language, docs: list[Document], override: date | None, batch_size: int,
                   ratings: dict[str, float]) -> Iterator[Analysis]:
    items = [(doc, n, make_doc(nlp, post.text, day_of(post.published) or day_of(doc.published) or override))
             for doc in docs for n, post in enumerate(doc.posts)]
    results: dict[str, Analysis] = {d.id: Analysis(d, [], [], [], []) for d in docs}
    for (doc, n, _), parsed in zip(items, nlp.pipe((p for _, _, p in items), batch_size=batch_size)):
        post = doc.posts[n]
        events = to_events(parsed, doc, n)
        claims = build_claims(parsed, doc, post, ratings)
        link_events(events, claims, post, post.text)
        result = results[doc.id]
        result.events.extend(events)
        result.claims.extend(claims)
        result.sentences.extend((doc.id, post.id, i, s.start_char, s.end_char, s.text) for i, s in enumerate(parsed.sents))
        result.learned_roles.extend(r for r in parsed._.learned_roles or [] if r not in result.learned_roles)
    for doc in docs:
        yield results[doc.id]


# -- storing ------------------------------------------------------------------------------
def keep(store: Store | None, report: IngestReport, doc: Document, input_name: str) -> None:
    report.documents += 1
    report.posts += len(doc.posts)
    report.document_ids.append(doc.id)
    doc.input = doc.input or input_name
    if store is None or store.add(doc, input_name=input_name):
        report.new += 1
    else:
        report.already_stored += 1


def reject(store: Store | None, report: IngestReport, rejected: RejectedInput) -> None:
    report.rejected[rejected.reason.value] += 1
    report.reject_messages.append(f"{rejected.reason.value}: {rejected.message}")
    if store is not None:
        store.add_reject(rejected)


def _counting(report: IngestReport, then: Callable | None) -> Callable:
    def step(item) -> None:
        report.inputs += 1
        if then:
            then(item)

    return step


def ingest(specs: Iterable[str], store: Store, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
           on_start: Callable[[int], None] | None = None, on_input: Callable | None = None) -> IngestReport:
    """Read every input named by ``specs`` into ``store``; return what happened."""
    report = IngestReport()
    exclude = [store.path, store.path + ".wal"]
    for name, result in read_inputs(specs, url=url, max_bytes=max_bytes, exclude=exclude, on_start=on_start,
                                    on_input=_counting(report, on_input)):
        if isinstance(result, Document):
            keep(store, report, result, name)
        else:
            reject(store, report, result)
    return report


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
    on_stage: Callable[[str], None] | None = None,
) -> Iterator[Analysis]:
    """Yield every document of the inputs with its events and claims, storing them when a store is given.

    ``on_stage`` hears each stage as the run enters it: reading, coding, storing, linking stories.
    """
    stage = on_stage or (lambda _name: None)
    report = report if report is not None else IngestReport()
    nlp = load(model)

    docs = _documents(specs, store, report, url=url, max_bytes=max_bytes, on_start=on_start,
                      on_input=_counting(report, on_input), day=date_override)
    for result in analyze(docs, nlp=nlp, date_override=date_override, ratings=ratings, on_stage=stage):
        if store is not None:
            stage("storing")
            store.replace_analysis(result.document.id, result.events, result.claims, model=model_name(model),
                                   sentences=result.sentences, learned_roles=result.learned_roles,
                                   day=result.document.published)
        yield result
    if store is not None:
        stage("linking stories")
        store.rebuild()


# -- watching feeds -------------------------------------------------------------------------------
def feed_state_path(store_path: str) -> Path:
    """Where ``watch`` keeps each feed's ETag and Last-Modified between runs: beside the store."""
    return Path(store_path + ".feeds.json")


def _load_state(path: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # no state yet, or a damaged file: the next poll is unconditional, which is always safe
    return data if isinstance(data, dict) else {}


def _save_state(path: Path, state: dict[str, dict[str, str]]) -> None:
    tmp = path.with_name(path.name + ".partial")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def _conditional_headers(seen: dict[str, str]) -> dict[str, str]:
    headers = {}
    if seen.get("etag"):
        headers["If-None-Match"] = seen["etag"]
    if seen.get("last_modified"):
        headers["If-Modified-Since"] = seen["last_modified"]
    return headers


def _feed_items(feed: str, fetcher: Fetcher, state: dict, max_bytes: int) -> Iterator[Document | RejectedInput]:
    if not is_url(feed):  # a feed file on disk: read it again; stored items are skipped by id
        yield from (r for _, r in read_inputs([feed], max_bytes=max_bytes))
        return
    seen = state.get(feed, {})
    got = fetcher.get(feed, _conditional_headers(seen))
    if isinstance(got, RejectedInput):
        yield got
        return
    if got.status == 304:  # not modified since the last poll: nothing new
        return
    headers = {k.lower(): v for k, v in got.headers.items()}
    state[feed] = {k: v for k, v in (("etag", headers.get("etag")), ("last_modified", headers.get("last-modified"))) if v}
    yield from read_bytes(got.content, name=feed, url=got.url, max_bytes=max_bytes)


def poll(feeds: Iterable[str], store: Store, *, fetcher: Fetcher, state: dict, nlp: Language, model: str | None = None,
         max_bytes: int = DEFAULT_MAX_BYTES, ratings: dict[str, float] | None = None) -> tuple[IngestReport, int]:
    """One poll of every feed: store the items not stored before, code them, link stories. (report, events)."""
    report = IngestReport()
    new: list[Document] = []
    for feed in feeds:
        report.inputs += 1
        for item in _feed_items(feed, fetcher, state, max_bytes):
            if isinstance(item, RejectedInput):
                reject(store, report, item)
                continue
            fresh = not store.has_document(item.id)
            keep(store, report, item, feed)
            if fresh:
                new.append(item)
    events = 0
    for result in analyze(new, nlp=nlp, ratings=ratings):
        store.replace_analysis(result.document.id, result.events, result.claims, model=model_name(model),
                               sentences=result.sentences, learned_roles=result.learned_roles, day=result.document.published)
        events += len(result.events)
    if new:
        store.rebuild()
    return report, events


def watch(feeds: list[str], store_path: str, *, interval: float = 900.0, once: bool = False, model: str | None = None,
          max_bytes: int = DEFAULT_MAX_BYTES, ratings: dict[str, float] | None = None,
          on_poll: Callable[[IngestReport, int], None] | None = None, sleep: Callable[[float], None] | None = None) -> None:
    """Poll ``feeds`` every ``interval`` seconds (once with ``once``): conditional GETs, only new items coded.

    The store is opened for each poll and closed between polls, so other commands can read it meanwhile.
    """
    import time

    nlp = load(model)
    fetcher = Fetcher(max_bytes=max_bytes)
    state_path = feed_state_path(store_path)
    try:
        while True:
            state = _load_state(state_path)
            with Store(store_path) as store:
                report, events = poll(feeds, store, fetcher=fetcher, state=state, nlp=nlp, model=model,
                                      max_bytes=max_bytes, ratings=ratings)
            _save_state(state_path, state)
            if on_poll:
                on_poll(report, events)
            if once:
                return
            (sleep or time.sleep)(interval)
    finally:
        fetcher.close()
