"""The embedded store: one DuckDB file, the only module that speaks SQL to it.

The schema carries a version in ``meta``; it is created on first use and migrated
forward by the numbered steps in ``_MIGRATIONS``. Each document is written in one
transaction (document row and its posts together), so a run killed half-way
leaves whole documents or none. Writing a document whose id is already stored
adds nothing, which makes every ingest re-runnable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

import duckdb
import msgspec

from .errors import NotFoundError, RejectedInput, SchemaVersionError, StoreError
from .model import ActorRef, Author, Claim, Document, Event, Place, Post, Quote, RemovedPassage, Source

SCHEMA_VERSION = 4
DEFAULT_PATH = "eventwire.duckdb"

_V1 = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,
    external_id VARCHAR,
    url VARCHAR,
    source_domain VARCHAR,
    site_name VARCHAR,
    title VARCHAR,
    published VARCHAR,
    fetched VARCHAR,
    kind VARCHAR NOT NULL,
    language VARCHAR,
    engine VARCHAR,
    input VARCHAR,
    n_posts INTEGER,
    ingested_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS posts (
    id VARCHAR PRIMARY KEY,
    document_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    author_name VARCHAR,
    author_rank VARCHAR,
    author_joined VARCHAR,
    author_messages BIGINT,
    author_reaction_score BIGINT,
    author_points BIGINT,
    author_country VARCHAR,
    author_location VARCHAR,
    author_profile_url VARCHAR,
    published VARCHAR,
    permalink VARCHAR,
    text VARCHAR,
    quotes STRUCT(author VARCHAR, text VARCHAR, source VARCHAR)[],
    links VARCHAR[],
    removed_passages STRUCT(start INTEGER, "end" INTEGER, text VARCHAR, reason VARCHAR, duplicate_of INTEGER)[]
);
CREATE TABLE IF NOT EXISTS rejects (
    id VARCHAR PRIMARY KEY,
    input VARCHAR,
    reason VARCHAR NOT NULL,
    message VARCHAR,
    rejected_at TIMESTAMP
);
"""

_ACTOR = 'STRUCT(text VARCHAR, code VARCHAR, sector VARCHAR, name VARCHAR, kind VARCHAR, start INTEGER, "end" INTEGER, based_in VARCHAR, resolved_from VARCHAR)'
_V2 = f"""
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    document_id VARCHAR NOT NULL,
    post_id VARCHAR NOT NULL,
    sentence_index INTEGER, sentence_start INTEGER, sentence_end INTEGER,
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR,
    plover_type VARCHAR, plover_mode VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    source {_ACTOR}[],
    target {_ACTOR}[],
    negated BOOLEAN, modality VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_text VARCHAR,
    place STRUCT(name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, kind VARCHAR),
    confidence DOUBLE, claim_id VARCHAR,
    model VARCHAR, coded_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS learned_roles (
    name VARCHAR, code VARCHAR, sector VARCHAR, role VARCHAR, document_id VARCHAR, date VARCHAR,
    PRIMARY KEY (name, code, sector, document_id)
);
"""

_SOURCE = ('STRUCT(name VARCHAR, kind VARCHAR, code VARCHAR, sector VARCHAR, role VARCHAR, anonymous BOOLEAN, start INTEGER, '
           '"end" INTEGER, cue VARCHAR, cue_start INTEGER, cue_end INTEGER, domain VARCHAR, rating DOUBLE)')
_V3 = f"""
CREATE TABLE IF NOT EXISTS claims (
    id VARCHAR PRIMARY KEY,
    document_id VARCHAR NOT NULL,
    post_id VARCHAR NOT NULL,
    kind VARCHAR,
    start INTEGER, "end" INTEGER,
    segments INTEGER[][],
    text VARCHAR,
    chain {_SOURCE}[],
    medium VARCHAR,
    hedges VARCHAR[],
    confidence DOUBLE,
    posted_by VARCHAR
);
ALTER TABLE events ADD COLUMN IF NOT EXISTS sourcing VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS chain VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS hedged BOOLEAN;
ALTER TABLE events ADD COLUMN IF NOT EXISTS poster_rank VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS poster_messages BIGINT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS poster_reaction_score BIGINT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS corroboration INTEGER;
"""

# Version 4: what was stored per trigger becomes `mentions` (as in GDELT), and
# `events` holds the canonical events that mentions are merged into.
_V4 = """
ALTER TABLE events RENAME TO mentions;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS event_id VARCHAR;
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, plover_type VARCHAR, plover_mode VARCHAR,
    goldstein DOUBLE, quad_class INTEGER,
    source_code VARCHAR, source_sector VARCHAR, source_name VARCHAR,
    target_code VARCHAR, target_sector VARCHAR, target_name VARCHAR,
    date VARCHAR, first_seen VARCHAR, last_seen VARCHAR,
    place STRUCT(name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, kind VARCHAR),
    negated BOOLEAN, modality VARCHAR,
    num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, corroboration INTEGER,
    sourcing VARCHAR[], chains VARCHAR[], claim_kinds VARCHAR[], hedged BOOLEAN,
    source_url VARCHAR, trigger VARCHAR, sentence VARCHAR
);
CREATE TABLE IF NOT EXISTS sentences (
    document_id VARCHAR, post_id VARCHAR, sentence_index INTEGER, start INTEGER, "end" INTEGER, text VARCHAR,
    PRIMARY KEY (post_id, sentence_index)
);
CREATE TABLE IF NOT EXISTS signatures (
    document_id VARCHAR PRIMARY KEY, shingles INTEGER, hashvalues UBIGINT[]
);
CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR, document_id VARCHAR PRIMARY KEY, url VARCHAR, poster VARCHAR, published VARCHAR, canonical BOOLEAN
);
CREATE TABLE IF NOT EXISTS actors (
    code VARCHAR, sector VARCHAR, name VARCHAR, kind VARCHAR, mentions INTEGER,
    first_seen VARCHAR, last_seen VARCHAR, roles VARCHAR[]
);
CREATE TABLE IF NOT EXISTS sources (
    name VARCHAR, kind VARCHAR, code VARCHAR, sector VARCHAR, domain VARCHAR, rating DOUBLE,
    claims INTEGER, documents INTEGER
);
ALTER TABLE claims ADD COLUMN IF NOT EXISTS cue VARCHAR;
"""

# Each entry takes the schema from version i to i+1; append, never edit.
_MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4]
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
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}",
                             hint="Check the path, or close the other program that has the file open.") from exc
        if read_only:
            self._check_version()
            if self.schema_version() < SCHEMA_VERSION:  # an older store: bring it up to date once, then read
                self.con.close()
                with Store(self.path):
                    pass
                self.con = duckdb.connect(self.path, read_only=True)
        else:
            self._migrate()

    # -- schema -----------------------------------------------------------------
    def schema_version(self) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
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
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(_MIGRATIONS[version])
                self.con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version + 1)]
                )
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migrating {self.path} to schema {version + 1} failed: {exc}") from exc

    # -- context manager ----------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def add(self, doc: Document, *, input_name: str | None = None) -> bool:
        """Store one document with its posts in one transaction; False if it was already stored."""
        if self.has_document(doc.id):
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                f"INSERT INTO documents ({_DOC_COLUMNS}, ingested_at) VALUES ({', '.join('?' * 13)}, ?)",
                [doc.id, doc.external_id, doc.url, doc.source_domain, doc.site_name, doc.title, doc.published,
                 doc.fetched, doc.kind, doc.language, doc.engine, input_name or doc.input, len(doc.posts), _now()],
            )
            if doc.posts:
                self.con.executemany(
                    f"INSERT INTO posts ({_POST_COLUMNS}) VALUES ({', '.join('?' * 18)})",
                    [_post_row(doc.id, p) for p in doc.posts],
                )
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"writing document {doc.id} failed: {exc}") from exc
        return True

    def add_reject(self, reject: RejectedInput) -> bool:
        """Record a rejected input once (same input, same reason → one row)."""
        key = hashlib.sha256(f"{reject.input_name}\n{reject.reason.value}".encode()).hexdigest()[:16]
        exists = self.con.execute("SELECT 1 FROM rejects WHERE id = ?", [key]).fetchone()
        if exists:
            return False
        self.con.execute(
            "INSERT INTO rejects VALUES (?, ?, ?, ?, ?)",
            [key, reject.input_name, reject.reason.value, reject.message, _now()],
        )
        return True

    def replace_analysis(self, doc_id: str, events: list[Event], claims: list[Claim], *, model: str = "",
                         sentences: list[tuple] = ()) -> None:
        """Store a document's events and claims, replacing any earlier analysis of it (one transaction)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM mentions WHERE document_id = ?", [doc_id])
            self.con.execute("DELETE FROM sentences WHERE document_id = ?", [doc_id])
            if sentences:
                self.con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)", sentences)
            self.con.execute("DELETE FROM claims WHERE document_id = ?", [doc_id])
            if claims:
                cols = ", ".join(f'"{f}"' for f in _CLAIM_FIELDS)
                self.con.executemany(
                    f"INSERT INTO claims ({cols}) VALUES ({', '.join('?' * len(_CLAIM_FIELDS))})",
                    [[_claim_value(c, f) for f in _CLAIM_FIELDS] for c in claims],
                )
            if events:
                cols = ", ".join(f'"{f}"' for f in _EVENT_FIELDS)
                marks = ", ".join("?" * (len(_EVENT_FIELDS) + 2))
                self.con.executemany(
                    f"INSERT INTO mentions ({cols}, model, coded_at) VALUES ({marks})",
                    [[_event_value(e, f) for f in _EVENT_FIELDS] + [model, _now()] for e in events],
                )
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"writing the analysis of {doc_id} failed: {exc}") from exc

    def actors(self, *, code: str | None = None) -> list[dict]:
        where, params = ("WHERE code = ?", [code.upper()]) if code else ("", [])
        cur = self.con.execute(f"SELECT * FROM actors {where} ORDER BY mentions DESC, code, sector", params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def claims(self, *, document_id: str | None = None) -> list[Claim]:
        where, params = "", []
        if document_id:
            where, params = " WHERE document_id = ?", [self.resolve_id(document_id)]
        cols = ", ".join(f'"{f}"' for f in _CLAIM_FIELDS)
        cur = self.con.execute(f"SELECT {cols} FROM claims{where} ORDER BY document_id, post_id, start", params)
        return [_claim_from_row(dict(zip(_CLAIM_FIELDS, row))) for row in cur.fetchall()]

    def add_learned_roles(self, doc_id: str, day: str | None, roles: dict[str, tuple[str, str, str]]) -> None:
        """Roles learned from a document's text ("US Secretary of State X"), kept with its date."""
        rows = [[name, code, sector, role, doc_id, day] for name, (code, sector, role) in roles.items()]
        if rows:
            self.con.executemany("INSERT OR IGNORE INTO learned_roles VALUES (?, ?, ?, ?, ?, ?)", rows)

    def learned_roles(self) -> dict[str, tuple[str, str, str]]:
        rows = self.con.execute("SELECT name, code, sector, role FROM learned_roles ORDER BY date NULLS FIRST").fetchall()
        return {name: (code, sector, role) for name, code, sector, role in rows}

    def mentions(self, *, document_id: str | None = None, actor: str | None = None, code: str | None = None,
                 plover: str | None = None, limit: int | None = None) -> list[Event]:
        """Stored event mentions, filtered: ``actor`` matches a source or target code or 'CODE SECTOR' label prefix."""
        where, params = [], []
        if document_id:
            where.append("document_id = ?")
            params.append(self.resolve_id(document_id))
        if actor:
            where.append("(len(list_filter(source || target, lambda a: (a.code || coalesce(' ' || a.sector, '')) LIKE ? || '%')) > 0)")
            params.append(actor.strip().upper())
        if code:
            where.append("cameo LIKE ? || '%'")
            params.append(code)
        if plover:
            where.append("plover_type = ?")
            params.append(plover.upper())
        sql = f"SELECT {', '.join(chr(34) + f + chr(34) for f in _EVENT_FIELDS)} FROM mentions"
        sql += (" WHERE " + " AND ".join(where)) if where else ""
        sql += " ORDER BY document_id, post_id, trigger_start" + (f" LIMIT {int(limit)}" if limit else "")
        cur = self.con.execute(sql, params)
        return [_event_from_row(dict(zip(_EVENT_FIELDS, row))) for row in cur.fetchall()]

    # -- reading --------------------------------------------------------------------
    def resolve_id(self, prefix: str) -> str:
        """A full document id from an id, an unambiguous id prefix, or an external id."""
        rows = self.con.execute(
            "SELECT id FROM documents WHERE id LIKE ? || '%' OR external_id = ? LIMIT 2", [prefix, prefix]
        ).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if not rows:
            raise NotFoundError(f"no document {prefix!r} in {self.path}", hint="List ids with `eventwire stats --json`.")
        raise NotFoundError(f"{prefix!r} matches several documents", hint="Give more characters of the id.")

    def last_document_id(self) -> str | None:
        row = self.con.execute("SELECT id FROM documents ORDER BY ingested_at DESC, id LIMIT 1").fetchone()
        return row[0] if row else None

    def get(self, doc_id: str) -> Document:
        doc_id = self.resolve_id(doc_id)
        cur = self.con.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", [doc_id])
        row = dict(zip([d[0] for d in cur.description], cur.fetchone()))
        row.pop("n_posts")
        doc = Document(**row)
        doc.posts = list(self._posts(doc_id))
        return doc

    def _posts(self, doc_id: str) -> Iterator[Post]:
        cur = self.con.execute(f"SELECT {_POST_COLUMNS} FROM posts WHERE document_id = ? ORDER BY position", [doc_id])
        names = [d[0] for d in cur.description]
        for values in cur.fetchall():
            yield _post_from_row(dict(zip(names, values)))

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT id FROM documents ORDER BY ingested_at, id").fetchall()]

    def stats(self) -> dict:
        one = lambda sql: self.con.execute(sql).fetchone()[0]  # noqa: E731
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
            "documents_by_kind": dict(self.con.execute("SELECT kind, count(*) FROM documents GROUP BY kind ORDER BY kind").fetchall()),
            "documents_by_engine": dict(
                self.con.execute("SELECT engine, count(*) FROM documents WHERE engine IS NOT NULL GROUP BY engine ORDER BY engine").fetchall()
            ),
            "rejects_by_reason": dict(self.con.execute("SELECT reason, count(*) FROM rejects GROUP BY reason ORDER BY reason").fetchall()),
        }

    def sql(self, query: str, params: list | None = None) -> list[tuple]:
        """Run a read query against the store (the tables are documented in docs/schema.md)."""
        return self.con.execute(query, params or []).fetchall()


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
