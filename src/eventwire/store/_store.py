"""The embedded store: one DuckDB file. The ``store`` package is the only code that speaks SQL.

The schema carries a version in ``meta``; it is created on first use and migrated
forward by the numbered steps in ``_schema.MIGRATIONS``. Documents are written a
batch at a time, each batch in one transaction (documents, posts and their
analysis together, with multi-row inserts), so a run killed half-way leaves whole
documents or none. Writing a document whose id is already stored adds nothing,
which makes every ingest re-runnable.

DuckDB lets one process open a file for writing and then nobody else, not even a
reader. So a writer opens the file only while it writes a batch (``release``
closes it between batches), and every opening waits and retries for up to
``LOCK_WAIT`` seconds when another process holds the file (docs/scale.md).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

import duckdb
import msgspec

from ..errors import NotFoundError, RejectedInput, SchemaVersionError, StoreBusyError, StoreError, UsageError
from ..model import ActorRef, Author, Claim, Document, Event, Place, Post, Quote, RemovedPassage, Source, stable_id
from ._safe import safe_text
from . import _gdelt, aggregate, load
from ._rows import (CLAIM_FIELDS, DAY_SQL, EVENT_FIELDS, KEY_SQL, SLACK_SQL, StoredAnalysis, claim_from_row, claim_row, event_from_row,
                    event_value, post_from_row, post_row)
from ._rows import _column_types
from ._rows import insert as _insert
from ._schema import MIGRATIONS, SCHEMA_VERSION
from .queries import Filters

DEFAULT_PATH = "eventwire.duckdb"
# How long opening the store waits while another process holds it (a writer
# between two batches, or a reader): longer than any one batch write takes.
LOCK_WAIT = float(os.environ.get("EVENTWIRE_LOCK_WAIT", "60"))

_CLAIM_FIELDS, _EVENT_FIELDS = CLAIM_FIELDS, EVENT_FIELDS

_POST_COLUMNS = (
    "id, document_id, position, author_name, author_rank, author_joined, author_messages, "
    "author_reaction_score, author_points, author_country, author_location, author_profile_url, "
    "published, permalink, text, quotes, links, removed_passages"
)
_DOC_COLUMNS = (
    "id, external_id, url, source_domain, site_name, title, published, fetched, kind, language, engine, input, n_posts"
)


class Store:
    """A DuckDB file holding documents, posts and rejects (and, later, events)."""

    _deferred = False  # opened at the first use, not when made (see __init__); views made without __init__ are open

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False, keep_open: bool = False,
                 defer: bool = False) -> None:
        """Open (creating or migrating) the store at ``path``; with ``defer`` (a writer), only at ``open`` or first use.

        ``analyze`` defers it so that opening the file and creating its tables overlap the workers' model loads.
        """
        self.path = str(path)
        self.read_only = read_only
        # A long-lived owner (the workbench) hands cursors of this connection to its threads: it is never released.
        self.keep_open = keep_open
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._deferred = defer and not read_only
        if read_only and not Path(self.path).exists():
            raise StoreError(f"there is no store at {self.path}", hint="Run `eventwire ingest` first, or name the store with --db.")
        if not self._deferred:
            self._open()

    def open(self) -> None:
        """Open a deferred store now (connect, create or migrate its tables); nothing if it is open already."""
        if self._deferred:
            self._deferred = False
            self._open()

    def _open(self) -> None:
        read_only = self.read_only
        self._conn = _connect(self.path, read_only)
        if read_only:
            self._check_version()
            if self.schema_version() < SCHEMA_VERSION:  # an older store: bring it up to date once, then read
                self._conn.close()
                with Store(self.path):
                    pass
                self._conn = _connect(self.path, True)
        else:
            self._migrate()
            # The column types every insert reads, looked up once per process: now, rather than in the first batch
            # (with workers, the store is opened while they code, and the run waits for its last batch).
            _column_types(self._conn, "documents")

    @property
    def _con(self) -> duckdb.DuckDBPyConnection:
        """The open connection; a released store opens the file again (waiting while another process holds it)."""
        if self._deferred:
            self.open()
        if self._conn is None:
            self._conn = _connect(self.path, self.read_only)
        return self._conn

    @_con.setter
    def _con(self, value) -> None:
        self._conn = value

    def release(self) -> None:
        """Close the file until the next use, so that readers can open it (a writer calls this between batches)."""
        if self._conn is not None and not getattr(self, "keep_open", False):
            self._conn.close()
            self._conn = None

    def suspend(self) -> None:
        """Close the file now, even for a ``keep_open`` owner; the next use opens it again.

        The workbench calls this when no request is in flight, so that a writer in
        another process (``analyze``, ``watch``) can take the file between requests.
        """
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def resume(self, wait: float | None = None) -> None:
        """Open the file again after ``suspend`` (waiting up to ``wait`` s, default ``LOCK_WAIT``, for a writer)."""
        if self._conn is None:
            self._conn = _connect(self.path, self.read_only, wait)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def writer_waiting(self) -> bool:
        """Whether another process is waiting right now to open this file (see ``_connect``)."""
        return _writer_waiting(self.path)

    # -- schema -----------------------------------------------------------------
    def schema_version(self) -> int:
        try:
            row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    def _check_version(self) -> None:
        found = self.schema_version()
        if found > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"{self.path} has schema version {found}; this eventwire knows up to {SCHEMA_VERSION}",
                hint="Upgrade eventwire, or use another --db file.",
            )
        if found == 0:
            raise StoreError(f"{self.path} is not an eventwire store yet", hint="Run `eventwire ingest` first.")

    def _migrate(self) -> None:
        found = self.schema_version()
        if found > SCHEMA_VERSION:
            self._check_version()
        if found == SCHEMA_VERSION:
            return
        # Every step in one transaction: a store is migrated all the way or not at all, and a new store's tables
        # cost one commit, not one per schema version (a fifth of the CPU of creating a store).
        self._con.execute("BEGIN TRANSACTION")
        version = found
        try:
            for version in range(found, SCHEMA_VERSION):
                self._con.execute(MIGRATIONS[version])
            self._con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            self._con.execute("COMMIT")
        except duckdb.Error as exc:
            self._con.execute("ROLLBACK")
            raise StoreError(f"migrating {self.path} to schema {version + 1} failed: {exc}") from exc

    # -- context manager ----------------------------------------------------------
    def close(self) -> None:
        self.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self._con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def add(self, doc: Document, *, input_name: str | None = None) -> bool:
        """Store one document with its posts in one transaction; False if it was already stored."""
        if input_name:
            doc.input = doc.input or input_name
        return self.write_batch([doc])[0]

    def add_reject(self, reject: RejectedInput) -> bool:
        """Record a rejected input once (same input, same reason → one row)."""
        rows = self._reject_rows([reject])
        _insert(self._con, "rejects", rows)
        return bool(rows)

    def replace_analysis(self, doc_id: str, events: list[Event], claims: list[Claim], *, model: str = "",
                         sentences: list[tuple] = (), learned_roles: list[tuple] = (), day: str | None = None) -> None:
        """Store one stored document's events, claims, sentences and the roles its text taught, replacing any
        earlier analysis of it (one transaction). Only what this document taught is written."""
        self._write_analyses([StoredAnalysis(doc_id, day, events, claims, list(sentences), list(learned_roles))], model)

    def write_batch(self, documents: Sequence[Document], *, analyses: Sequence | None = None, model: str = "",
                    rejects: Sequence[RejectedInput] = (), signatures: Sequence | None = None) -> list[bool]:
        """Store a batch of documents, their analyses and the batch's rejects in one transaction.

        ``analyses[i]`` (anything with ``events``, ``claims``, ``sentences`` and
        ``learned_roles``) is the analysis of ``documents[i]``; it replaces any
        earlier analysis of that document. ``signatures[i]``, when given and not
        None, is ``aggregate.signature_of(documents[i])``, computed elsewhere (in a
        worker process); it is stored with a new document, which aggregation then
        does not sign again. Returns, per document, whether it was new.
        Every analysed document is queued for ``aggregate``.
        """
        con = self._con
        ids = [d.id for d in documents]
        stored = {r[0] for r in con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()} if ids else set()
        new, seen = [], set()
        for doc in documents:
            fresh = doc.id not in stored and doc.id not in seen
            new.append(fresh)
            seen.add(doc.id)
        now = _now()
        doc_rows = [[d.id, d.external_id, d.url, d.source_domain, d.site_name, d.title, d.published, d.fetched, d.kind,
                     d.language, d.engine, d.input, len(d.posts), now] for d, fresh in zip(documents, new) if fresh]
        post_rows = [post_row(d.id, p) for d, fresh in zip(documents, new) if fresh for p in d.posts]
        # A new document's signature, from the posts written here (a stored one keeps the signature of its stored posts).
        signature_rows = [[s.document_id, s.shingles, [int(v) for v in s.hashvalues]]
                          for d, s, fresh in zip(documents, signatures or (), new) if fresh and s is not None and s.document_id == d.id]
        # One document read twice in a batch (a URL and its redirect, a file given twice) is analysed once.
        analysed = {} if analyses is None else {d.id: (d, a) for d, a in reversed(list(zip(documents, analyses)))}
        batch = [StoredAnalysis(d.id, d.published, a.events, a.claims, a.sentences, a.learned_roles)
                 for d, a in analysed.values()]
        reject_rows = self._reject_rows(rejects)
        con.execute("BEGIN TRANSACTION")
        try:
            _insert(con, f"documents ({_DOC_COLUMNS}, ingested_at)", doc_rows)
            _insert(con, f"posts ({_POST_COLUMNS})", post_rows)
            _insert(con, "signatures", signature_rows, verb="INSERT OR IGNORE INTO")
            if analyses is None:  # analysed documents are queued with their analyses
                _insert(con, "pending", [[row[0]] for row in doc_rows], verb="INSERT OR IGNORE INTO")
            if batch:
                self._replace(batch, model)
            _insert(con, "rejects", reject_rows)
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"writing a batch of {len(documents)} document(s) failed: {exc}") from exc
        return new

    def _reject_rows(self, rejects: Sequence[RejectedInput]) -> list[list]:
        if not rejects:
            return []
        rows: dict[str, list] = {}
        for r in rejects:
            name = safe_text(r.input_name)  # a file name that is not UTF-8 is stored with \x escapes
            key = stable_id(f"{name}\n{r.reason.value}")
            rows.setdefault(key, [key, name, r.reason.value, r.message, _now()])
        stored = {x[0] for x in self._con.execute("SELECT id FROM rejects WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                                  [list(rows)]).fetchall()}
        return [row for key, row in rows.items() if key not in stored]

    def _write_analyses(self, batch: list[StoredAnalysis], model: str) -> None:
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            self._replace(batch, model)
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"writing the analysis of {len(batch)} document(s) failed: {exc}") from exc

    def _replace(self, batch: list[StoredAnalysis], model: str) -> None:
        """Inside a transaction: replace these documents' analyses and queue them for aggregation."""
        con = self._con
        ids = [a.doc_id for a in batch]
        # What the replaced analyses touched must be re-aggregated even though it is deleted now.
        con.execute(f"""INSERT INTO pending_keys (source, target, root, day, slack, event_id)
                         SELECT DISTINCT {KEY_SQL}, {DAY_SQL}, {SLACK_SQL}, m.event_id
                         FROM mentions m LEFT JOIN documents d ON d.id = m.document_id
                         WHERE m.document_id IN (SELECT unnest(?::VARCHAR[]))""", [ids])
        con.execute("INSERT INTO pending_names SELECT DISTINCT name FROM learned_roles WHERE document_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        for table in ("learned_roles", "mentions", "sentences", "claims"):
            con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        now = _now()
        roles = {}
        for a in batch:
            for name, code, sector, role in a.learned_roles:
                roles.setdefault((name, code, sector, a.doc_id), [name, code, sector, role, a.doc_id, a.day])
        _insert(con, "learned_roles", list(roles.values()))
        _insert(con, "sentences", [list(s) for a in batch for s in a.sentences])
        cols = ", ".join(f'"{f}"' for f in _CLAIM_FIELDS)
        _insert(con, f"claims ({cols})", [claim_row(c) for a in batch for c in a.claims])
        cols = ", ".join(f'"{f}"' for f in _EVENT_FIELDS)
        _insert(con, f"mentions ({cols}, model, coded_at)",
                [[event_value(e, f) for f in _EVENT_FIELDS] + [model, now] for a in batch for e in a.events])
        _insert(con, "pending", [[i] for i in dict.fromkeys(ids)], verb="INSERT OR IGNORE INTO")

    def actors(self, *, code: str | None = None) -> list[dict]:
        where, params = ("WHERE code = ?", [code.upper()]) if code else ("", [])
        cur = self._con.execute(f"SELECT * FROM actors {where} ORDER BY mentions DESC, code, sector", params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def claims(self, *, document_id: str | None = None) -> list[Claim]:
        where, params = "", []
        if document_id:
            where, params = " WHERE document_id = ?", [self.resolve_id(document_id)]
        cols = ", ".join(f'"{f}"' for f in _CLAIM_FIELDS)
        cur = self._con.execute(f"SELECT {cols} FROM claims{where} ORDER BY document_id, post_id, start", params)
        return [claim_from_row(dict(zip(_CLAIM_FIELDS, row))) for row in cur.fetchall()]

    def aggregate(self, *, summaries: bool = True) -> dict:
        """Merge what was written since the last aggregation into stories, canonical events, actors and sources.

        Incremental: only the new documents' copy candidates, the stretches of the
        keys' timelines their mentions touch, and the mentions a newly learned role
        resolves are recomputed. The result equals ``rebuild``'s. ``summaries=False``
        leaves the actors and sources tables for a later call (they read the whole store).
        """
        return aggregate.update(self, summaries=summaries)

    def rebuild(self) -> dict:
        """Recompute stories, canonical events, actors and sources from everything stored."""
        return aggregate.update(self, full=True)

    def load_parquet(self, folder: str | Path) -> dict:
        """Add the tables a Spark run wrote (``eventwire spark analyze --out folder``); see ``store.load``."""
        return load.load_parquet(self, folder)

    # -- reading --------------------------------------------------------------------
    def resolve_id(self, prefix: str) -> str:
        """A full document id from an id, an unambiguous id prefix, or an external id."""
        rows = self._con.execute(
            "SELECT id FROM documents WHERE id LIKE ? || '%' OR external_id = ? LIMIT 2", [prefix, prefix]
        ).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if not rows:
            raise NotFoundError(f"no document {prefix!r} in {self.path}",
                                hint="List documents with `eventwire documents` (or `eventwire show --last`).")
        raise NotFoundError(f"{prefix!r} matches several documents", hint="Give more characters of the id.")

    def last_document_id(self) -> str | None:
        row = self._con.execute("SELECT id FROM documents ORDER BY ingested_at DESC, id LIMIT 1").fetchone()
        return row[0] if row else None

    def get(self, doc_id: str) -> Document:
        doc_id = self.resolve_id(doc_id)
        cur = self._con.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", [doc_id])
        row = dict(zip([d[0] for d in cur.description], cur.fetchone()))
        row.pop("n_posts")
        doc = Document(**row)
        doc.posts = list(self._posts(doc_id))
        return doc

    def _posts(self, doc_id: str) -> Iterator[Post]:
        cur = self._con.execute(f"SELECT {_POST_COLUMNS} FROM posts WHERE document_id = ? ORDER BY position", [doc_id])
        names = [d[0] for d in cur.description]
        for values in cur.fetchall():
            yield post_from_row(dict(zip(names, values)))

    def documents(self, *, limit: int | None = None) -> list[dict]:
        """Stored documents, newest ingested first: id, your id, kind, title, date, URL, posts."""
        return self._dicts("SELECT id, external_id, kind, engine, title, published, url, n_posts, input, "
                           "CAST(ingested_at AS VARCHAR) AS ingested_at FROM documents "
                           "ORDER BY ingested_at DESC, id" + _limit(limit), [])

    def document_ids(self) -> list[str]:
        return [r[0] for r in self._con.execute("SELECT id FROM documents ORDER BY ingested_at, id").fetchall()]

    def stats(self) -> dict:
        one = lambda sql: self._con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "path": self.path,
            "schema_version": self.schema_version(),
            "documents": one("SELECT count(*) FROM documents"),
            "posts": one("SELECT count(*) FROM posts"),
            "rejects": one("SELECT count(*) FROM rejects"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "events": one("SELECT count(*) FROM events"),
            "stories": one("SELECT count(DISTINCT story_id) FROM stories"),
            "claims": one("SELECT count(*) FROM claims"),
            "documents_by_kind": dict(self._con.execute("SELECT kind, count(*) FROM documents GROUP BY kind ORDER BY kind").fetchall()),
            "documents_by_engine": dict(
                self._con.execute("SELECT engine, count(*) FROM documents WHERE engine IS NOT NULL GROUP BY engine ORDER BY engine").fetchall()
            ),
            "rejects_by_reason": dict(self._con.execute("SELECT reason, count(*) FROM rejects GROUP BY reason ORDER BY reason").fetchall()),
        }

    def sql(self, query: str, params: list | None = None) -> list[tuple]:
        """Run your own query against the store (the tables are documented in docs/schema.md)."""
        return self._con.execute(query, params or []).fetchall()

    # -- selections (the same Filters everywhere) ---------------------------------------
    def _resolved(self, filters: Filters | None) -> Filters:
        filters = filters or Filters()
        if filters.document_id:
            return filters.with_document(self.resolve_id(filters.document_id))
        return filters

    def events(self, filters: Filters | None = None, *, limit: int | None = None, offset: int = 0) -> list[dict]:
        """Canonical events, newest first (by event date, else first report)."""
        where, params = self._resolved(filters).events_where()
        sql = f"SELECT * FROM events{where} ORDER BY coalesce(date, first_seen) DESC NULLS LAST, id" + _limit(limit, offset)
        return self._dicts(sql, params)

    def count_events(self, filters: Filters | None = None) -> int:
        where, params = self._resolved(filters).events_where()
        return self._con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]

    def mentions(self, filters: Filters | None = None, *, limit: int | None = None, offset: int = 0) -> list[Event]:
        """Event mentions (one per trigger in a text), in text order, with the same filters as ``events``."""
        where, params = self._resolved(filters).mentions_where()
        cols = ", ".join(f'm."{f}"' for f in _EVENT_FIELDS)
        sql = f"SELECT {cols} FROM mentions m{where} ORDER BY m.document_id, m.post_id, m.trigger_start" + _limit(limit, offset)
        return [event_from_row(dict(zip(_EVENT_FIELDS, row))) for row in self._con.execute(sql, params).fetchall()]

    def mention_details(self, event_ids: list[str]) -> list[dict]:
        """Each mention of these events with its document, post and sentence: what GDELT and PLOVER rows need.

        Besides the mention's own fields: ``post_offset`` (where its post starts in the document's text, posts
        joined by a blank line), ``doc_length``, ``in_first_paragraph`` (the sentence starts in the first
        paragraph of the document's first post), ``post_link`` (the first link of the post) and its
        ``link_domain``. Ordered by when the documents were stored, then by position: a stable order.
        """
        if not event_ids:
            return []
        return self._dicts("""
            WITH p AS (
                SELECT id, document_id, position, links,
                       coalesce(sum(CASE WHEN coalesce(text, '') <> '' THEN length(text) + 2 ELSE 0 END) OVER (
                           PARTITION BY document_id ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                           AS post_offset,
                       sum(CASE WHEN coalesce(text, '') <> '' THEN length(text) + 2 ELSE 0 END) OVER (PARTITION BY document_id) - 2
                           AS doc_length,
                       position = min(CASE WHEN coalesce(text, '') <> '' THEN position END) OVER (PARTITION BY document_id)
                           AS first_post,
                       -- the first paragraph ends at the first line break after some text
                       CASE WHEN strpos(ltrim(text, chr(10)), chr(10)) > 0
                            THEN length(text) - length(ltrim(text, chr(10))) + strpos(ltrim(text, chr(10)), chr(10))
                            ELSE length(text) END AS first_paragraph_end
                FROM posts WHERE document_id IN (SELECT document_id FROM mentions WHERE event_id IN (SELECT unnest(?)))
            )
            SELECT m.id, m.event_id, m.sentence_index, m.sentence_start, m.source, m.target, m.trigger, m.trigger_start,
                   m.confidence, m.plover_type, m.plover_mode, m.cameo, m.cameo_root, m.quad_class, m.goldstein, m.modality,
                   m.negated, m.date AS mention_date, m.place, m.model, m.coded_at,
                   e.date AS event_date, e.first_seen,
                   d.id AS document_id, d.published, d.url, d.source_domain, d.site_name, d.title, d.kind, d.external_id,
                   d.ingested_at,
                   p.doc_length, p.post_offset, p.first_post AND m.sentence_start < p.first_paragraph_end AS in_first_paragraph,
                   p.links[1] AS post_link,
                   nullif(regexp_extract(p.links[1], '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:www[.])?([^/:?#]+)', 1), '') AS link_domain,
                   s.text AS sentence
            FROM mentions m JOIN documents d ON d.id = m.document_id JOIN p ON p.id = m.post_id
            JOIN events e ON e.id = m.event_id
            LEFT JOIN sentences s ON s.post_id = m.post_id AND s.sentence_index = m.sentence_index
            WHERE m.event_id IN (SELECT unnest(?))
            ORDER BY d.ingested_at, d.id, m.post_id, m.trigger_start, m.id""", [event_ids, event_ids])

    # Canonical events with typed columns, for files: dates as DATE and TIMESTAMP (stored as text), lists and
    # the place struct kept as they are, the trigger and sentence on one line (a CSV row must be one line).
    _TYPED_EVENTS = ("SELECT * REPLACE (TRY_CAST(date AS DATE) AS date, TRY_CAST(first_seen AS TIMESTAMP) AS first_seen, "
                     "TRY_CAST(last_seen AS TIMESTAMP) AS last_seen, "
                     "trim(regexp_replace(trigger, '\\s+', ' ', 'g')) AS trigger, "
                     "trim(regexp_replace(sentence, '\\s+', ' ', 'g')) AS sentence) FROM events")

    def events_table(self, filters: Filters | None = None) -> tuple[list[str], list[tuple]]:
        """The selected canonical events as typed rows (column names, rows), in the order ``events`` gives."""
        where, params = self._resolved(filters).events_where()
        cur = self._con.execute(f"{self._TYPED_EVENTS}{where} ORDER BY coalesce(date, first_seen) DESC NULLS LAST, id", params)
        return [d[0] for d in cur.description], cur.fetchall()

    def write_events_parquet(self, path: str | Path, filters: Filters | None = None) -> int:
        """Write the selected canonical events to a Parquet file, typed as ``events_table``; returns how many."""
        where, params = self._resolved(filters).events_where()
        target = str(path).replace("'", "''")  # COPY takes a literal path, not a parameter
        self._con.execute(f"COPY ({self._TYPED_EVENTS}{where} ORDER BY coalesce(date, first_seen) DESC NULLS LAST, id) "
                          f"TO '{target}' (FORMAT PARQUET)", params)
        return self.count_events(filters)

    def event_places_and_names(self, filters: Filters | None = None) -> tuple[list[tuple], list[str]]:
        """The distinct (place name, country) of the selected events' places and their actors' names."""
        where, params = self._resolved(filters).events_where()
        placed = (where + " AND " if where else " WHERE ") + "place IS NOT NULL"
        places = self._con.execute(f"SELECT DISTINCT coalesce(place.name, ''), coalesce(place.country, '') FROM events{placed}",
                                   params).fetchall()
        names = self._con.execute(f"SELECT DISTINCT n FROM (SELECT unnest([source_name, target_name]) AS n FROM events{where}) "
                                  "WHERE n IS NOT NULL", params).fetchall()
        return places, [n for (n,) in names]

    def write_gdelt(self, events_path: str | Path, mentions_path: str | Path, filters: Filters | None = None, *,
                    kinds: dict[str, list[str]], names: dict[str, list[str]], countries: list[list], cities: list[list],
                    upper: list[list], header: bool = False, guard: bool = True) -> tuple[int, int]:
        """Write the selected events and their mentions as GDELT 2.0 files, each with one COPY from a query
        (``outputs.gdelt`` gives the columns and the lookup tables); returns how many events and mentions."""
        where, params = self._resolved(filters).events_where()
        return _gdelt.copy_gdelt(self._con, where, params, str(events_path), str(mentions_path), kinds=kinds, names=names,
                                 countries=countries, cities=cities, upper=upper, header=header, guard=guard)

    def dyad_trajectory(self, a: str, b: str, by: str = "month") -> list[dict]:
        """Goldstein sum and counts per quad class, per period, for events between two actors (both directions)."""
        unit = {"week": "week", "month": "month", "year": "year"}.get(by)
        if unit is None:
            raise UsageError(f"--by {by!r} is not a period", hint="Use week, month or year.")
        rows = self._con.execute(f"""
            SELECT CAST(date_trunc('{unit}', CAST(substr(coalesce(date, first_seen), 1, 10) AS DATE)) AS VARCHAR) AS period,
                   round(sum(goldstein), 2), count(*),
                   count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                   count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                   count(*) FILTER (WHERE source_code = ?), count(*) FILTER (WHERE source_code = ?)
            FROM events
            WHERE ((source_code = ? AND target_code = ?) OR (source_code = ? AND target_code = ?))
              AND coalesce(date, first_seen) IS NOT NULL AND NOT negated
            GROUP BY 1 ORDER BY 1""", [a, b, a, b, b, a]).fetchall()
        keys = ["period", "goldstein", "events", "q1", "q2", "q3", "q4", f"from_{a}", f"from_{b}"]
        return [dict(zip(keys, r)) for r in rows]

    def _dicts(self, sql: str, params: list) -> list[dict]:
        cur = self._con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


def _limit(limit: int | None, offset: int = 0) -> str:
    # Whole numbers only, so they can stand in the SQL text.
    return (f" LIMIT {int(limit)}" if limit is not None else "") + (f" OFFSET {int(offset)}" if offset else "")


def _connect(path: str, read_only: bool, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the file; while another process holds it, wait and retry (a writer holds it one batch at a time).

    While it waits it keeps a ``<store>.waiting`` file fresh: a long-lived holder (the workbench)
    sees it and lets the file go between requests instead of making the waiter time out.
    """
    deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
    pause = 0.02
    marker = Path(f"{path}.waiting")
    waited = False
    try:
        while True:
            try:
                return duckdb.connect(path, read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise StoreError(f"cannot open the store {path}: {exc}", hint="Check the path and its permissions.") from exc
                if time.monotonic() + pause > deadline:
                    raise StoreBusyError(f"the store {path} stayed in use by another eventwire process",
                                         hint="Wait for the other run to finish, raise EVENTWIRE_LOCK_WAIT (seconds), "
                                              "or use another --db file.") from exc
                waited = _signal_waiting(marker) or waited
                time.sleep(pause)
                pause = min(pause * 1.5, 0.25)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open the store {path}: {exc}",
                                 hint="Check that the file is an eventwire store, or use another --db file.") from exc
    finally:
        if waited:
            marker.unlink(missing_ok=True)


def _signal_waiting(marker: Path) -> bool:
    try:
        marker.touch()
        return True
    except OSError:  # a read-only folder: the holder falls back on its own time limit
        return False


def _writer_waiting(path: str | Path, fresh: float = 2.0) -> bool:
    """Whether another process is waiting for the store file right now (its marker touched in the last ``fresh`` s)."""
    try:
        return time.time() - os.stat(f"{path}.waiting").st_mtime < fresh
    except OSError:
        return False


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


