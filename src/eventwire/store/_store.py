"""The embedded store: one DuckDB file. The ``store`` package is the only code that speaks SQL.

The schema carries a version in ``meta``; it is created on first use and migrated
forward by the numbered steps in ``_schema.MIGRATIONS``. Each document is written in one
transaction (document row and its posts together), so a run killed half-way
leaves whole documents or none. Writing a document whose id is already stored
adds nothing, which makes every ingest re-runnable.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

import duckdb
import msgspec

from ..errors import NotFoundError, RejectedInput, SchemaVersionError, StoreBusyError, StoreError, UsageError
from ..model import ActorRef, Author, Claim, Document, Event, Place, Post, Quote, RemovedPassage, Source, stable_id
from . import aggregate, load
from ._schema import MIGRATIONS, SCHEMA_VERSION
from .queries import Filters

DEFAULT_PATH = "eventwire.duckdb"

_CLAIM_FIELDS = [f for f in Claim.__struct_fields__]
_EVENT_FIELDS = [f for f in Event.__struct_fields__]

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

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"there is no store at {self.path}", hint="Run `eventwire ingest` first, or name the store with --db.")
        self._con = _connect(self.path, read_only)
        if read_only:
            self._check_version()
            if self.schema_version() < SCHEMA_VERSION:  # an older store: bring it up to date once, then read
                self._con.close()
                with Store(self.path):
                    pass
                self._con = _connect(self.path, True)
        else:
            self._migrate()

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
        for version in range(found, SCHEMA_VERSION):
            self._con.execute("BEGIN TRANSACTION")
            try:
                self._con.execute(MIGRATIONS[version])
                self._con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version + 1)]
                )
                self._con.execute("COMMIT")
            except duckdb.Error as exc:
                self._con.execute("ROLLBACK")
                raise StoreError(f"migrating {self.path} to schema {version + 1} failed: {exc}") from exc

    # -- context manager ----------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self._con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def add(self, doc: Document, *, input_name: str | None = None) -> bool:
        """Store one document with its posts in one transaction; False if it was already stored."""
        if self.has_document(doc.id):
            return False
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._con.execute(
                f"INSERT INTO documents ({_DOC_COLUMNS}, ingested_at) VALUES ({', '.join('?' * 13)}, ?)",
                [doc.id, doc.external_id, doc.url, doc.source_domain, doc.site_name, doc.title, doc.published,
                 doc.fetched, doc.kind, doc.language, doc.engine, input_name or doc.input, len(doc.posts), _now()],
            )
            if doc.posts:
                self._con.executemany(
                    f"INSERT INTO posts ({_POST_COLUMNS}) VALUES ({', '.join('?' * 18)})",
                    [_post_row(doc.id, p) for p in doc.posts],
                )
            self._con.execute("COMMIT")
        except duckdb.Error as exc:
            self._con.execute("ROLLBACK")
            raise StoreError(f"writing document {doc.id} failed: {exc}") from exc
        return True

    def add_reject(self, reject: RejectedInput) -> bool:
        """Record a rejected input once (same input, same reason → one row)."""
        key = stable_id(f"{reject.input_name}\n{reject.reason.value}")
        exists = self._con.execute("SELECT 1 FROM rejects WHERE id = ?", [key]).fetchone()
        if exists:
            return False
        self._con.execute(
            "INSERT INTO rejects VALUES (?, ?, ?, ?, ?)",
            [key, reject.input_name, reject.reason.value, reject.message, _now()],
        )
        return True

    def replace_analysis(self, doc_id: str, events: list[Event], claims: list[Claim], *, model: str = "",
                         sentences: list[tuple] = (), learned_roles: list[tuple] = (), day: str | None = None) -> None:
        """Store a document's events, claims, sentences and the roles its text taught, replacing any earlier
        analysis of it (one transaction). Only what this document taught is written."""
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._con.execute("DELETE FROM learned_roles WHERE document_id = ?", [doc_id])
            if learned_roles:
                self._con.executemany("INSERT OR IGNORE INTO learned_roles VALUES (?, ?, ?, ?, ?, ?)",
                                      [[name, code, sector, role, doc_id, day] for name, code, sector, role in learned_roles])
            self._con.execute("DELETE FROM mentions WHERE document_id = ?", [doc_id])
            self._con.execute("DELETE FROM sentences WHERE document_id = ?", [doc_id])
            if sentences:
                self._con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)", sentences)
            self._con.execute("DELETE FROM claims WHERE document_id = ?", [doc_id])
            if claims:
                cols = ", ".join(f'"{f}"' for f in _CLAIM_FIELDS)
                self._con.executemany(
                    f"INSERT INTO claims ({cols}) VALUES ({', '.join('?' * len(_CLAIM_FIELDS))})",
                    [[_claim_value(c, f) for f in _CLAIM_FIELDS] for c in claims],
                )
            if events:
                cols = ", ".join(f'"{f}"' for f in _EVENT_FIELDS)
                marks = ", ".join("?" * (len(_EVENT_FIELDS) + 2))
                self._con.executemany(
                    f"INSERT INTO mentions ({cols}, model, coded_at) VALUES ({marks})",
                    [[_event_value(e, f) for f in _EVENT_FIELDS] + [model, _now()] for e in events],
                )
            self._con.execute("COMMIT")
        except duckdb.Error as exc:
            self._con.execute("ROLLBACK")
            raise StoreError(f"writing the analysis of {doc_id} failed: {exc}") from exc

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
        return [_claim_from_row(dict(zip(_CLAIM_FIELDS, row))) for row in cur.fetchall()]

    def rebuild(self) -> dict:
        """Recompute stories, canonical events, actors and sources from the stored mentions."""
        return aggregate.rebuild(self)

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
            yield _post_from_row(dict(zip(names, values)))

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
        return [_event_from_row(dict(zip(_EVENT_FIELDS, row))) for row in self._con.execute(sql, params).fetchall()]

    def mention_details(self, event_ids: list[str]) -> list[dict]:
        """Each mention of these events with its document, post length and sentence: what GDELT and PLOVER rows need."""
        if not event_ids:
            return []
        return self._dicts("""
            SELECT m.id, m.event_id, m.sentence_index, m.source, m.target, m.trigger_start, m.confidence,
                   m.plover_type, m.plover_mode, m.cameo, m.modality, m.negated, m.date AS mention_date,
                   e.date AS event_date, e.first_seen,
                   d.id AS document_id, d.published, d.url, d.source_domain, d.kind, d.external_id, d.ingested_at,
                   length(p.text) AS doc_length, s.text AS sentence
            FROM mentions m JOIN documents d ON d.id = m.document_id JOIN posts p ON p.id = m.post_id
            JOIN events e ON e.id = m.event_id
            LEFT JOIN sentences s ON s.post_id = m.post_id AND s.sentence_index = m.sentence_index
            WHERE m.event_id IN (SELECT unnest(?))
            ORDER BY d.ingested_at, d.id, m.post_id, m.trigger_start""", [event_ids])

    def write_events_parquet(self, path: str | Path, filters: Filters | None = None) -> int:
        """Write the selected canonical events to a Parquet file; returns how many."""
        where, params = self._resolved(filters).events_where()
        target = str(path).replace("'", "''")  # COPY takes a literal path, not a parameter
        self._con.execute(f"COPY (SELECT * FROM events{where} ORDER BY id) TO '{target}' (FORMAT PARQUET)", params)
        return self.count_events(filters)

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


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreBusyError(f"the store {path} is in use by another eventwire process",
                                 hint="Wait for the other run to finish, or use another --db file.") from exc
        raise StoreError(f"cannot open the store {path}: {exc}", hint="Check the path and its permissions.") from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the store {path}: {exc}",
                         hint="Check that the file is an eventwire store, or use another --db file.") from exc


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _post_row(doc_id: str, p: Post) -> list:
    a = p.author
    return [
        p.id, doc_id, p.position, a.name, a.rank, a.joined, a.messages, a.reaction_score, a.points,
        a.country, a.location, a.profile_url, p.published, p.permalink, p.text,
        [msgspec.to_builtins(q) for q in p.quotes], p.links,
        [msgspec.to_builtins(r) for r in p.removed_passages],
    ]


def _post_from_row(row: dict) -> Post:
    author = Author(**{k[len("author_"):]: row.pop(k) for k in list(row) if k.startswith("author_")})
    row.pop("document_id")
    quotes = [Quote(**q) for q in row.pop("quotes") or []]
    removed = [RemovedPassage(**r) for r in row.pop("removed_passages") or []]
    return Post(author=author, quotes=quotes, removed_passages=removed, links=list(row.pop("links") or []), **row)


def _event_value(event: Event, name: str):
    value = getattr(event, name)
    if name in ("source", "target"):
        return [msgspec.to_builtins(a) for a in value]
    if name == "place":
        return msgspec.to_builtins(value) if value is not None else None
    return value


def _event_from_row(row: dict) -> Event:
    row["source"] = [ActorRef(**a) for a in row["source"] or []]
    row["target"] = [ActorRef(**a) for a in row["target"] or []]
    row["place"] = Place(**row["place"]) if row["place"] else None
    return Event(**row)


def _claim_value(claim: Claim, name: str):
    value = getattr(claim, name)
    if name == "chain":
        return [msgspec.to_builtins(s) for s in value]
    return value


def _claim_from_row(row: dict) -> Claim:
    row["chain"] = [Source(**s) for s in row["chain"] or []]
    row["segments"] = [list(s) for s in row["segments"] or []]
    row["hedges"] = list(row["hedges"] or [])
    return Claim(**row)
