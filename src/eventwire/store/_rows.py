"""Rows: model records to and from the store's columns, and multi-row inserts (shared by the store and aggregation)."""

from __future__ import annotations

from typing import NamedTuple

import msgspec

from ..events.canonical import DATE_SLACK
from ..model import ActorRef, Author, Claim, Event, Place, Post, Quote, RemovedPassage, Source
from ._safe import safe_values

__all__ = ["CLAIM_FIELDS", "DAY_SQL", "EVENT_FIELDS", "KEY_SQL", "PERSON_DAY_SQL", "RESOLVABLE", "SLACK_SQL", "StoredAnalysis", "claim_from_row", "claim_row", "claim_value",
           "event_from_row", "event_value", "insert", "post_from_row", "post_row"]

CLAIM_FIELDS = [f for f in Claim.__struct_fields__]
EVENT_FIELDS = [f for f in Event.__struct_fields__]


class StoredAnalysis(NamedTuple):
    doc_id: str
    day: str | None
    events: list
    claims: list
    sentences: list
    learned_roles: list


# The key a mention is merged under (canonical._key): first source code, first target code, CAMEO root.
KEY_SQL = "coalesce(m.source[1].code, ''), coalesce(m.target[1].code, ''), coalesce(m.cameo_root, '')"


def _iso_day(x: str) -> str:
    return (f"CASE WHEN regexp_full_match(substr({x}, 1, 10), '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}') AND substr({x}, 1, 4) <> '0000' "
            f"THEN TRY_CAST(substr({x}, 1, 10) AS DATE) END")


def _odd_day(x: str) -> str:
    return f"(coalesce({x}, '') <> '' AND NOT regexp_full_match(substr({x}, 1, 10), '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}'))"


# The day canonical.cluster_mentions places mention ``m`` of document ``d`` on: the mention's
# own date, else the document's. NULL when the mention has no day or when its date string is
# not a plain YYYY-MM-DD one, which Python might still read differently: aggregation then
# re-clusters the mention's whole key rather than trusting a day SQL may have got wrong.
DAY_SQL = (f"CASE WHEN {_odd_day('m.date')} THEN NULL WHEN {_iso_day('m.date')} IS NOT NULL THEN {_iso_day('m.date')} "
           f"WHEN {_odd_day('d.published')} THEN NULL ELSE {_iso_day('d.published')} END")
# The days a mention's date may be off by (canonical.DATE_SLACK: "last month" is a month wide).
SLACK_SQL = ("CASE WHEN coalesce(m.date, '') = '' THEN 0 ELSE CASE m.date_precision "
             + " ".join(f"WHEN '{k}' THEN {v}" for k, v in DATE_SLACK.items()) + " ELSE 0 END END")


# Actors the coder left for late resolution, and those late resolution filled:
# both are re-resolved whenever the roles their name could match change.
RESOLVABLE = "('unresolved', 'late')"
# The day a person in mention ``m`` of document ``d`` is resolved for: roles learned on or before it apply.
PERSON_DAY_SQL = "substr(coalesce(nullif(d.published, ''), m.date), 1, 10)"


def insert(con, into: str, rows: list[list], *, verb: str = "INSERT INTO") -> None:
    """Insert rows column by column: one statement whose parameters are one list per column.

    ``into`` is a table with an optional column list, as in SQL. A list per
    column is converted in one go, where a multi-row VALUES binds every value on
    its own (several times slower) and executemany runs a statement per row.
    """
    if not rows:
        return
    rows = safe_values(rows)  # what a reader let through (a lone surrogate, a 30-digit count) never fails the write
    table, _, cols = into.partition("(")
    table = table.strip()
    types = _column_types(con, table)
    names = [c.strip().strip('"') for c in cols.rstrip(") ").split(",")] if cols else list(types)
    nested = [_is_nested(types[n]) for n in names]
    select = ", ".join(f"unnest(?::VARCHAR[])::JSON::{types[n]}" if deep else f"unnest(?::{types[n]}[])"
                       for n, deep in zip(names, nested))
    quoted = ", ".join(f'"{n}"' for n in names)
    columns = [[_json(v) for v in column] if deep else list(column) for column, deep in zip(zip(*rows), nested)]
    con.execute(f"{verb} {table} ({quoted}) SELECT {select}", columns)


def _is_nested(kind: str) -> bool:
    """A list or struct column: its values go in as JSON text, cast by DuckDB. Binding the Python lists and
    dicts themselves converts every field on its own (the claims of 60 news articles, with their chains of
    sources: 0.17 CPU s, against 0.06 s as JSON)."""
    return kind.endswith("]") or kind.startswith(("STRUCT", "MAP"))


_ENCODE = msgspec.json.Encoder()


def _json(value) -> str | None:
    return None if value is None else _ENCODE.encode(value).decode()


# Column types per table, looked up once per process: every store is migrated to
# this eventwire's schema when opened, so a table's columns are the same in all.
_TYPES: dict[str, dict[str, str]] = {}


def _column_types(con, table: str) -> dict[str, str]:
    if table not in _TYPES:  # every table's at once: one catalogue query rather than one per table
        for name, column, kind in con.execute("SELECT table_name, column_name, data_type FROM duckdb_columns() "
                                              "WHERE NOT internal ORDER BY table_name, column_index").fetchall():
            _TYPES.setdefault(name, {})[column] = kind
    if table not in _TYPES:
        _TYPES[table] = dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                                         "ORDER BY column_index", [table]).fetchall())
    return _TYPES[table]


def post_row(doc_id: str, p: Post) -> list:
    a = p.author
    notes: list[dict] = []
    counts = [_in_range(f"author_{k}", getattr(a, k), notes) for k in ("messages", "reaction_score", "points")]
    return [
        p.id, doc_id, p.position, a.name, a.rank, a.joined, *counts,
        a.country, a.location, a.profile_url, p.published, p.permalink, p.text,
        [msgspec.to_builtins(q) for q in p.quotes], p.links,
        [msgspec.to_builtins(r) for r in p.removed_passages] + notes,
    ]


def _in_range(field: str, value: int | None, notes: list[dict]) -> int | None:
    """A count as stored: one too big for a BIGINT column (a 30-digit reaction score) is stored as null,
    with a note among the post's removed passages saying what it was."""
    if value is None or -(2**63) <= value < 2**63:
        return value
    shown = str(value) if len(str(value)) <= 40 else f"{str(value)[:20]}… ({len(str(value))} digits)"
    notes.append({"start": 0, "end": 0, "text": f"{field}: {shown}", "reason": "out_of_range", "duplicate_of": None})
    return None


def post_from_row(row: dict) -> Post:
    author = Author(**{k[len("author_"):]: row.pop(k) for k in list(row) if k.startswith("author_")})
    row.pop("document_id")
    quotes = [Quote(**q) for q in row.pop("quotes") or []]
    removed = [RemovedPassage(**r) for r in row.pop("removed_passages") or []]
    return Post(author=author, quotes=quotes, removed_passages=removed, links=list(row.pop("links") or []), **row)


def event_value(event: Event, name: str):
    value = getattr(event, name)
    if name in ("source", "target"):
        return [msgspec.to_builtins(a) for a in value]
    if name == "place":
        return msgspec.to_builtins(value) if value is not None else None
    return value


def event_from_row(row: dict) -> Event:
    row["source"] = [ActorRef(**a) for a in row["source"] or []]
    row["target"] = [ActorRef(**a) for a in row["target"] or []]
    row["place"] = Place(**row["place"]) if row["place"] else None
    return Event(**row)


def claim_value(claim: Claim, name: str):
    value = getattr(claim, name)
    if name == "chain":
        return [msgspec.to_builtins(s) for s in value]
    return value


_CHAIN = CLAIM_FIELDS.index("chain")


def claim_row(claim: Claim) -> list:
    """``[claim_value(claim, f) for f in CLAIM_FIELDS]``, the fields read at once (a batch of 60 news articles
    holds some 3,000 claims: 0.017 CPU s field by field, 0.005 s so)."""
    row = list(msgspec.structs.astuple(claim))
    row[_CHAIN] = [msgspec.to_builtins(s) for s in row[_CHAIN]]
    return row


def claim_from_row(row: dict) -> Claim:
    row["chain"] = [Source(**s) for s in row["chain"] or []]
    row["segments"] = [list(s) for s in row["segments"] or []]
    row["hedges"] = list(row["hedges"] or [])
    return Claim(**row)
