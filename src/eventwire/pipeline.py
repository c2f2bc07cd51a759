"""The pipeline: ingest → nlp → claims → events → store, in one pass.

``analyze(docs)`` codes documents (events, claims, sentences, the roles each
text teaches) without touching a store, in this process or in worker processes.
``ingest(specs, store)`` reads inputs into the store; ``analyze_inputs(specs,
store=...)`` does both, a batch per transaction, and merges each batch's mentions
into stories and canonical events (incrementally: ``Store.aggregate``). Every input ends as documents
or as reject rows with a reason; one bad input never stops the batch.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from datetime import date
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from spacy.language import Language

from .claims import build_claims, link_events
from .errors import RejectedInput, WorkerError
from .ingest import DEFAULT_MAX_BYTES, IngestReport, is_url, read_bytes, read_inputs
from .model import Claim, Document, Event
from .nlp import load, make_doc, model_name, sentence_bounds, to_events
from .store import Store, signature_of
from .values import day_of

if TYPE_CHECKING:
    from .events.stories import Signature
    from .ingest import Fetcher

__all__ = ["Analysis", "analyze", "analyze_inputs", "ingest", "poll", "watch"]


class Analysis(NamedTuple):
    document: Document
    events: list[Event]
    claims: list[Claim]
    sentences: list[tuple[str, str, int, int, int, str]]  # document, post, index, start, end, text
    learned_roles: list[tuple[str, str, str, str]]  # (name, code, sector, role) this document's text taught


class Coded(NamedTuple):
    """An analysis, and its document's signature where a worker process computed it (``store.signature_of``)."""

    analysis: Analysis
    signature: Signature | None


def analyze(docs: Iterable[Document], *, nlp: Language | None = None, date_override: date | None = None,
            batch_size: int = 64, ratings: dict[str, float] | None = None, workers: int = 1,
            model: str | None = None, on_stage: Callable[[str], None] | None = None,
            on_ready: Callable[[], None] | None = None) -> Iterator[Analysis]:
    """Code the events and claims of every post of every document; yields one Analysis per document, in input order.

    Documents are taken ``batch_size`` at a time, so memory stays flat however
    many there are; within a batch spaCy's ``nlp.pipe`` does the work. A post is
    dated by its own date, else its document's, else ``date_override`` (the
    ``--date`` of inputs that carry none). With ``workers`` > 1 and enough
    documents to pay for starting them, worker processes code tasks of
    documents (forked with this process's pipeline, or where fork is not
    used, each loading its own); the results are plain records and come back
    in input order, so they are the same as with one worker. ``on_stage``
    hears "reading" and "coding" as the work moves between them. ``on_ready``
    is called once, when the coding is about to start: after the worker
    processes have started (they code the first block meanwhile), or before
    this process loads its pipeline; a caller opens its store there.
    """
    return (analysis for analysis, _ in _coded(docs, nlp=nlp, date_override=date_override, batch_size=batch_size,
                                               ratings=ratings, workers=workers, model=model, on_stage=on_stage,
                                               on_ready=on_ready, many=None))


def _coded(docs: Iterable[Document], *, nlp: Language | None, date_override: date | None, batch_size: int,
           ratings: dict[str, float] | None, workers: int, model: str | None, on_stage: Callable[[str], None] | None,
           on_ready: Callable[[], None] | None, many: Callable[[], bool] | None,
           later: list[Callable[[], None]] | None = None, sign: bool = False) -> Iterator[Coded]:
    """``analyze``, each analysis with its document's signature for the store (None where it was not computed),
    where ``many`` tells whether the reader has announced enough inputs for workers: the parallel path is then
    taken after the first document rather than after PARALLEL_MIN_DOCS. With ``later``, the wait for the
    workers' exit is put there for the caller to run when its own last work is done. With ``sign``, worker
    processes sign their documents (this process then need not when it stores them); coded here, they are
    signed when aggregated, as before."""
    stage = on_stage or (lambda _name: None)
    ready = _once(on_ready)
    docs = iter(docs)
    if workers > 1:
        enough = many or (lambda: False)
        head: list[Document] = []
        for doc in docs:
            head.append(doc)
            if len(head) >= PARALLEL_MIN_DOCS or enough():
                break
        if len(head) < PARALLEL_MIN_DOCS and not enough():  # a small input: done before workers would have loaded
            docs = iter(head)
        else:
            stage("coding")
            yield from _parallel(chain(head, docs), workers, model, date_override, ratings, ready, later=later, sign=sign)
            return
    ready()
    nlp = nlp or load(model)
    batch: list[Document] = []
    stage("reading")
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            stage("coding")
            yield from _unsigned(_analyze_batch(nlp, batch, date_override, batch_size, ratings or {}))
            stage("reading")
            batch = []
    if batch:
        stage("coding")
        yield from _unsigned(_analyze_batch(nlp, batch, date_override, batch_size, ratings or {}))


def _unsigned(analyses: Iterable[Analysis]) -> Iterator[Coded]:
    return (Coded(a, None) for a in analyses)


def _once(fn: Callable[[], None] | None) -> Callable[[], None]:
    """``fn`` to be called at most once (by whichever path starts the coding first); a no-op for None."""
    done = [fn is None]

    def call() -> None:
        if not done[0]:
            done[0] = True
            fn()

    return call


# How documents are handed to the workers. The run ends when the last worker finishes, so the work is
# dealt out to make them finish together: the input is taken a block at a time, each block's documents
# longest first (a long article handed out last would keep one worker busy seconds after the other has
# run out). With tasks of 4 documents in input order, about a second of the 60-article benchmark was one
# worker coding alone.
PARALLEL_BLOCK = 32  # documents sorted together; two blocks are queued, so the workers never wait on this process
# ... and at least this many characters: a block of 32 short posts is a fraction of a second of coding, less than
# this process may spend storing a batch while the workers have only the next block to go on.
BLOCK_CHARS = 64_000
# A task is coded with one nlp.pipe call, and spaCy's parser and entity recogniser advance all of a call's
# documents together, a transition at a time (in sorted sub-batches of 16 when given 64): a task of one article
# pays alone for every step that 16 articles of one call share. Coding news articles one per call cost 1.145x
# the CPU of one call for all (about 1.01x where a few very long articles dominate the cost; docs/scale.md, Both
# cores). So a task holds up to TASK_DOCS documents of similar length (neighbours in the sorted block), but at most a
# 1/(2 x workers) share of the characters the block has left, so that its last tasks are single short documents
# and the workers still finish together (guided self-scheduling)...
TASK_DOCS = 16
# ... and short documents are packed up to at least this many characters, so that a feed of short posts does not
# pay a round trip to a worker per post.
TASK_CHARS = 2000
PARALLEL_MIN_DOCS = 48  # fewer documents are coded in this process: starting workers costs a fork and a block's wait


# A worker's garbage collector runs a young collection every WORKER_GC[0] new containers (Python's default is 700).
# Coding allocates and drops containers by the million, so with the default a forked worker spent 1.6% of its
# coding CPU in collections (timed with gc.callbacks, 30 PolNeAR articles), and 0.5% with these; a worker's
# containers live no longer than a task, so the cycles they may leave wait a little longer, not for ever.
WORKER_GC = (10_000, 20, 100)


def _forked() -> None:
    """In a forked worker process, as it starts: the collector's thresholds for coding (the pipeline is there)."""
    gc.set_threshold(*WORKER_GC)


def _warm(model: str | None) -> None:
    """In a spawned worker process: load the pipeline at once, while the main process reads and opens the store."""
    gc.set_threshold(*WORKER_GC)
    try:
        load(model)
    except Exception:  # noqa: BLE001 -- a failed initializer would break the whole pool; the first task loads
        pass  # again and reports the error (a missing model: ModelNotFoundError) with its result


def _work(model: str | None, docs: list[Document], override: date | None, ratings: dict[str, float] | None,
          sign: bool = False) -> list[Coded]:
    """In a worker process: code one task's documents with this process's pipeline (a forked worker's is the
    main process's, shared); with ``sign``, sign each document for the store too. A signature (1.5-2 ms of CPU
    an article) needs nothing but the document: computed here, it leaves the single writer, whose last batch
    the run waits for."""
    analyses = analyze(docs, nlp=load(model), date_override=override, ratings=ratings)
    return [Coded(a, signature_of(a.document) if sign else None) for a in analyses]


def _length(doc: Document) -> int:
    return sum(len(post.text) for post in doc.posts)


def _tasks(block: list[Document], workers: int = 2) -> list[list[int]]:
    """The block's documents (by index) in tasks, longest first: each task up to TASK_DOCS neighbours, filled to a
    1/(2 x workers) share of the characters left (at least TASK_CHARS), so tasks shrink towards the block's end."""
    order = sorted(range(len(block)), key=lambda i: -_length(block[i]))  # stable: equal lengths keep input order
    left = sum(_length(block[i]) for i in order)
    tasks: list[list[int]] = []
    size = goal = 0
    for i in order:
        if not tasks or size >= goal or len(tasks[-1]) >= TASK_DOCS:
            goal = max(TASK_CHARS, left // (2 * max(workers, 1)))
            tasks.append([])
            size = 0
        tasks[-1].append(i)
        size += _length(block[i])
        left -= _length(block[i])
    return tasks


def _blocks(docs: Iterator[Document]) -> Iterator[list[Document]]:
    block: list[Document] = []
    size = 0
    for doc in docs:
        block.append(doc)
        size += _length(doc)
        if len(block) >= PARALLEL_BLOCK and size >= BLOCK_CHARS:
            yield block
            block, size = [], 0
    if block:
        yield block


def _parallel(docs: Iterator[Document], workers: int, model: str | None, override: date | None,
              ratings: dict[str, float] | None, ready: Callable[[], None],
              later: list[Callable[[], None]] | None = None, sign: bool = False) -> Iterator[Coded]:
    # Two blocks at most are in flight (the one whose results are being yielded, and the next, queued behind it),
    # so reading stays lazy and memory flat; results come back in input order.
    blocks = _blocks(docs)
    context = _start_method()
    forked = context.get_start_method() == "fork"
    if forked:
        # Loaded once, here, before the fork: the workers start with it and share its pages (copy-on-write).
        # While each worker loaded its own after the fork (from 067a4b1), a whole two-worker run on an idle
        # machine cost 1.27x the CPU of a one-worker run (1.06x before: a second load, two copies of the model)
        # and took 0.705 of its wall time (0.661 before): the loads ran side by side, but the run still waited for
        # one of them, three processes shared two cores meanwhile, and the second copy bought nothing.
        load(model)
    # Objects that exist now (the modules, and with fork the pipeline and its tables) move out of the collector's
    # reach: a collection in a worker would otherwise walk every one of them and copy their pages into the worker.
    gc.freeze()
    # Spawned workers (no fork) load their own pipelines as they start, side by side.
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_forked if forked else _warm,
                               initargs=() if forked else (model,))
    try:
        inflight: deque = deque([_submit(pool, next(blocks), workers, model, override, ratings, sign)])  # starts the workers
        ready()  # the caller opens its store while the workers code the first block
        while inflight:
            block = next(blocks, None)
            if block:
                inflight.append(_submit(pool, block, workers, model, override, ratings, sign))
            if not block or len(inflight) >= 2:
                slots = inflight.popleft()
                last = not inflight and not block
                for future, n in slots:
                    result = future.result()[n]
                    if last and all(f.done() for f, _ in slots):
                        # Every task is coded: the workers are told to go now, and end (the kernel freeing each
                        # one's copy of the memory it wrote: 0.1-0.25 s a run on a loaded machine) while this
                        # process stores the last batch, instead of before it.
                        pool.shutdown(wait=False)
                        last = False
                    yield result
    except BrokenProcessPool as exc:
        _stop(pool)
        raise WorkerError("a worker process stopped before it returned its documents",
                          hint="It was killed or ran out of memory; the batches stored before are whole. Run again "
                               "(the stored documents are analysed again), with fewer --workers if memory is short.") from exc
    except BaseException:
        _stop(pool)
        raise
    else:
        if later is None:
            pool.shutdown()
        else:
            later.append(pool.shutdown)  # joined by the caller once its last batch is stored
    finally:
        gc.unfreeze()


def _submit(pool: ProcessPoolExecutor, block: list[Document], workers: int, model: str | None, override: date | None,
            ratings: dict[str, float] | None, sign: bool = False) -> list[tuple[Future, int]]:
    """Queue the block's tasks; returns, per document in input order, its task's future and its place in the task."""
    slot: list = [None] * len(block)
    for task in _tasks(block, workers):
        future = pool.submit(_work, model, [block[i] for i in task], override, ratings, sign)
        for n, i in enumerate(task):
            slot[i] = (future, n)
    return slot


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (an error, Ctrl-C, or a reader that went away), not after their current tasks."""
    pool.shutdown(wait=False, cancel_futures=True)
    # The executor has no public way to end tasks already running (Python 3.14 adds terminate_workers).
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()


def _start_method():
    """Fork where it is safe, else a fresh interpreter (spawn).

    Forked workers start with this process's modules imported and its pipeline
    loaded, instead of importing eventwire and loading a model each (seconds of
    CPU, and wall time the run waits before the first task is coded). That is
    safe because the components keep nothing between documents. Fork copies
    only the calling thread, so with other threads running (a lock one of them
    holds would stay held in the child), or where fork does not exist, workers
    are spawned fresh.
    """
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _analyze_batch(nlp: Language, docs: list[Document], override: date | None, batch_size: int,
                   ratings: dict[str, float]) -> Iterator[Analysis]:
    # One document met twice in a batch (a WARC with a repeated record, a URL and its redirect) is coded once:
    # its analysis must not hold every sentence, claim and mention twice.
    unique: dict[str, Document] = {}
    for doc in docs:
        unique.setdefault(doc.id, doc)
    items = [(doc, n, make_doc(nlp, post.text, day_of(post.published) or day_of(doc.published) or override))
             for doc in unique.values() for n, post in enumerate(doc.posts)]
    results: dict[str, Analysis] = {d.id: Analysis(d, [], [], [], []) for d in unique.values()}
    for (doc, n, _), parsed in zip(items, nlp.pipe((p for _, _, p in items), batch_size=batch_size)):
        post = doc.posts[n]
        sentences = sentence_bounds(parsed)  # read once for the events, the claims and the sentence rows
        events = to_events(parsed, doc, n, sentences)
        claims = build_claims(parsed, doc, post, ratings, sentences)
        link_events(events, claims, post, post.text)
        result = results[doc.id]
        result.events.extend(events)
        result.claims.extend(claims)
        # A sentence's text cut from the post's (the Doc's text, which Span.text joins again token by token).
        text = post.text
        result.sentences.extend((doc.id, post.id, i, start, end, text[start:end])
                                for i, (_, start, end) in enumerate(sentences))
        for role in map(tuple, parsed._.learned_roles or []):  # tuples (a Doc that went through bytes has lists)
            if role not in result.learned_roles:
                result.learned_roles.append(role)
    for doc in docs:
        yield results[doc.id]


# -- storing ------------------------------------------------------------------------------
# Documents per store transaction; between two batches readers can open the store.
STORE_BATCH = int(os.environ.get("EVENTWIRE_BATCH", "64"))


def _count(report: IngestReport, doc: Document, input_name: str) -> None:
    report.documents += 1
    report.posts += len(doc.posts)
    report.document_ids.append(doc.id)
    doc.input = doc.input or input_name


def _rejected(report: IngestReport, rejected: RejectedInput) -> None:
    report.rejected[rejected.reason.value] += 1
    report.reject_messages.append(f"{rejected.reason.value}: {rejected.message}")


def _write(store: Store, report: IngestReport, docs: list[Document], rejects: list[RejectedInput], *,
           analyses: list[Analysis] | None = None, model: str = "", last: bool = False,
           stage: Callable[[str], None] = lambda _name: None, signatures: list | None = None) -> None:
    """One transaction for the batch, then let readers in until the next one (the last batch also sums up actors)."""
    stage("storing")
    new = store.write_batch(docs, analyses=analyses, model=model, rejects=rejects, signatures=signatures)
    report.new += sum(new)
    report.already_stored += len(new) - sum(new)
    rejects.clear()
    if analyses is not None:
        stage("linking stories")
        store.aggregate(summaries=last)
    store.release()


def _counting(report: IngestReport, then: Callable | None) -> Callable:
    def step(item) -> None:
        report.inputs += 1
        if then:
            then(item)

    return step


def ingest(specs: Iterable[str], store: Store, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
           on_start: Callable[[int], None] | None = None, on_input: Callable | None = None) -> IngestReport:
    """Read every input named by ``specs`` into ``store``, a batch per transaction; return what happened."""
    report = IngestReport()
    store.release()
    rejects: list[RejectedInput] = []
    batch: list[Document] = []
    exclude = [store.path, store.path + ".wal"]
    for name, result in read_inputs(specs, url=url, max_bytes=max_bytes, exclude=exclude, on_start=on_start,
                                    on_input=_counting(report, on_input)):
        if isinstance(result, Document):
            _count(report, result, name)
            batch.append(result)
        else:
            _rejected(report, result)
            rejects.append(result)
        if len(batch) >= STORE_BATCH:
            _write(store, report, batch, rejects)
            batch = []
    _write(store, report, batch, rejects)
    return report


def _documents(specs, exclude, report, rejects, *, url, max_bytes, on_start, on_input, day: date | None) -> Iterator[Document]:
    for name, result in read_inputs(specs, url=url, max_bytes=max_bytes, exclude=exclude, on_start=on_start, on_input=on_input):
        if isinstance(result, Document):
            if day is not None and not result.published:
                result.published = day.isoformat()  # --date: the date of inputs that carry none (a pasted post)
            _count(report, result, name)
            yield result
        else:
            _rejected(report, result)
            rejects.append(result)


def _opener(store: Store) -> Callable[[], None]:
    def open_and_release() -> None:
        store.open()
        store.release()  # readers may open it until the first batch is written

    return open_and_release


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
    workers: int = 1,
    on_stage: Callable[[str], None] | None = None,
) -> Iterator[Analysis]:
    """Yield every document of the inputs with its events and claims, storing them when a store is given.

    With a store, documents are written a batch at a time (document, posts and
    analysis in one transaction), each batch is aggregated at once, and the store
    file is released between batches so that readers can open it. A batch's
    results are yielded once it is stored. ``on_stage`` hears each stage as the
    run enters it: reading, coding, storing, linking stories.
    """
    stage = on_stage or (lambda _name: None)
    report = report if report is not None else IngestReport()
    if workers <= 1:
        if store is not None:
            store.open()  # a store made with defer=True: a store that cannot be opened is reported at once
        load(model)  # a missing model is reported before any input is read
    if store is not None:
        store.release()  # readers may open the store while the model loads and the first batch is coded
    rejects: list[RejectedInput] = []
    exclude = [store.path, store.path + ".wal"] if store else []
    announced = [0]  # how many inputs the reader listed: with many, the workers start before their documents are read

    def started(total: int) -> None:
        announced[0] = total
        if on_start:
            on_start(total)

    docs = _documents(specs, exclude, report, rejects, url=url, max_bytes=max_bytes, on_start=started,
                      on_input=_counting(report, on_input), day=date_override)
    batch: list[Coded] = []
    # With workers, a deferred store is opened once they have started: its tables are created while they load.
    ready = _opener(store) if store is not None else None
    later: list[Callable[[], None]] = []  # the wait for the workers' exit, once the last batch is stored
    try:
        with closing(_coded(docs, nlp=None, date_override=date_override, batch_size=64, ratings=ratings,
                            workers=workers, model=model, on_stage=stage, on_ready=ready,
                            many=lambda: announced[0] >= PARALLEL_MIN_DOCS,
                            later=later, sign=store is not None)) as results:  # closed on an error: workers stop
            for result in results:
                if store is None:
                    report.new += 1
                    yield result.analysis
                    continue
                batch.append(result)
                if len(batch) >= STORE_BATCH:
                    _store_batch(store, report, batch, rejects, model, stage)
                    yield from (c.analysis for c in batch)
                    batch = []
        if store is not None:
            _store_batch(store, report, batch, rejects, model, stage, last=True)
    finally:
        for join in later:
            join()
    if store is not None:
        yield from (c.analysis for c in batch)


def _store_batch(store: Store, report: IngestReport, batch: list[Coded], rejects: list[RejectedInput],
                 model: str | None, stage: Callable[[str], None], *, last: bool = False) -> None:
    analyses = [c.analysis for c in batch]
    _write(store, report, [a.document for a in analyses], rejects, analyses=analyses, model=model_name(model),
           last=last, stage=stage, signatures=[c.signature for c in batch])


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
    rejects: list[RejectedInput] = []
    for feed in feeds:
        report.inputs += 1
        for item in _feed_items(feed, fetcher, state, max_bytes):
            if isinstance(item, RejectedInput):
                _rejected(report, item)
                rejects.append(item)
                continue
            _count(report, item, feed)
            if store.has_document(item.id) or any(d.id == item.id for d in new):
                report.already_stored += 1
            else:
                new.append(item)
    analyses = list(analyze(new, nlp=nlp, ratings=ratings))
    _write(store, report, [a.document for a in analyses], rejects, analyses=analyses, model=model_name(model), last=True)
    return report, sum(len(a.events) for a in analyses)


def watch(feeds: list[str], store_path: str, *, interval: float = 900.0, once: bool = False, model: str | None = None,
          max_bytes: int = DEFAULT_MAX_BYTES, ratings: dict[str, float] | None = None,
          on_poll: Callable[[IngestReport, int], None] | None = None, sleep: Callable[[float], None] | None = None) -> None:
    """Poll ``feeds`` every ``interval`` seconds (once with ``once``): conditional GETs, only new items coded.

    The store is opened for each poll and closed between polls, so other commands can read it meanwhile.
    """
    nlp = load(model)
    from .ingest import Fetcher  # the HTTP client loads for watching feeds, not for every analysis

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
