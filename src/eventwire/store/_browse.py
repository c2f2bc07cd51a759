"""Reads for browsing the store page by page: the workbench's and the report's queries.

Every list is a keyset page: rows come in a fixed order with the id as the last
tie-breaker, and a page ends with an opaque cursor that names the last row, so
the next page starts right after it however the store grows meanwhile (an
offset would skip or repeat rows). The selections are the one ``Filters``, plus
two that only browsing needs: a minimum mention confidence and a text search.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

import msgspec

from ..errors import NotFoundError, UsageError
from ..model import Claim
from ._rows import CLAIM_FIELDS as _CLAIM_FIELDS
from ._rows import EVENT_FIELDS as _EVENT_FIELDS
from ._rows import claim_from_row as _claim_from_row
from ._rows import event_from_row as _event_from_row
from ._store import Store
from .queries import Filters

__all__ = ["SIGNIFICANCE", "Browser", "Page", "SORTS"]

# What an events page can be sorted by, and the SQL expression behind each. Nulls
# sort as the lowest value so that the cursor can compare them.
SORTS = {
    "date": "coalesce(date, substr(first_seen, 1, 10), '')",
    "corroboration": "coalesce(corroboration, 0)",
    "mentions": "coalesce(num_mentions, 0)",
    "goldstein": "coalesce(goldstein, -99)",
}
MAX_PAGE = 500
# The report's ranking: corroborated, often-reported and strongly coded events first (what a brief must not
# leave out), then by id so that the order is total.
SIGNIFICANCE = ("coalesce(corroboration, 0) DESC, coalesce(num_mentions, 0) DESC, abs(coalesce(goldstein, 0)) DESC, id")


@dataclass(frozen=True)
class Page:
    rows: list[dict]
    next_cursor: str | None


def _encode(values: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode().rstrip("=")


def _decode(cursor: str, n: int) -> list:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except ValueError:
        values = None
    if not isinstance(values, list) or len(values) != n:
        raise UsageError(f"cursor {cursor[:40]!r} is not one this server gave",
                         hint="Start again without a cursor and follow the next_cursor of each page.")
    return values


def _page_size(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE:
        raise UsageError(f"limit {limit} is out of range", hint=f"Give a limit from 1 to {MAX_PAGE}.")
    return limit


class Browser:
    """Page-by-page reads over an open ``Store`` (its connection; no writes)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.path = store.path
        self._con = store._con

    def _resolved(self, filters: Filters | None) -> Filters:
        return self.store._resolved(filters)

    def _dicts(self, sql: str, params: list) -> list[dict]:
        return self.store._dicts(sql, params)

    def resolve_id(self, prefix: str) -> str:
        return self.store.resolve_id(prefix)

    # -- events ----------------------------------------------------------------------
    def _events_where(self, filters: Filters | None, q: str | None, min_confidence: float | None,
                      side: tuple[str, str] | None = None) -> tuple[str, list]:
        where, params = self._resolved(filters).events_where()
        extra, more = [], []
        if q:
            extra.append("(trigger ILIKE ? OR sentence ILIKE ? OR source_name ILIKE ? OR target_name ILIKE ? "
                         "OR array_to_string(chains, ' ') ILIKE ? OR coalesce(place.name, '') ILIKE ?)")
            more += [f"%{q}%"] * 6
        if min_confidence is not None:
            extra.append("id IN (SELECT event_id FROM mentions WHERE confidence >= ?)")
            more.append(float(min_confidence))
        if side is not None:
            role, code = side
            if role not in ("source", "target"):
                raise UsageError(f"side {role!r} is not source or target")
            extra.append(f"{role}_code = ?")
            more.append(code)
        if extra:
            where = (where + " AND " if where else " WHERE ") + " AND ".join(extra)
        return where, params + more

    def events_page(self, filters: Filters | None = None, *, q: str | None = None, min_confidence: float | None = None,
                    sort: str = "date", descending: bool = True, cursor: str | None = None, limit: int = 50,
                    side: tuple[str, str] | None = None) -> Page:
        """One page of canonical events, in ``sort`` order (then by id)."""
        if sort not in SORTS:
            raise UsageError(f"sort {sort!r} is not a sort key", hint="Sort by one of: " + ", ".join(SORTS) + ".")
        limit = _page_size(limit)
        where, params = self._events_where(filters, q, min_confidence, side)
        key = SORTS[sort]
        if cursor:
            last_key, last_id = _decode(cursor, 2)
            cmp = "<" if descending else ">"
            where = (where + " AND " if where else " WHERE ") + f"({key} {cmp} ? OR ({key} = ? AND id > ?))"
            params = params + [last_key, last_key, last_id]
        order = "DESC" if descending else "ASC"
        rows = self._dicts(f"SELECT *, {key} AS _key FROM events{where} ORDER BY _key {order}, id LIMIT {limit + 1}", params)
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = _encode([rows[-1]["_key"], rows[-1]["id"]]) if more and rows else None
        for row in rows:
            row.pop("_key")
        return Page(rows, next_cursor)

    def significant_events(self, filters: Filters | None = None, *, limit: int = 10, negated: bool | None = None,
                           except_dyads: tuple[tuple[str, str], ...] = ()) -> list[dict]:
        """The ``limit`` most significant selected events, ranked in SQL (the report's order, ``SIGNIFICANCE``).

        ``negated`` keeps only denied (True) or only affirmed (False) events; ``except_dyads`` leaves out the
        events between those pairs of codes (either direction; a missing code counts as '').
        """
        where, params = self._events_where(filters, None, None, None)
        extra, more = [], []
        if negated is not None:
            extra.append("coalesce(negated, false) = ?")
            more.append(negated)
        for a, b in except_dyads:
            extra.append("NOT (least(coalesce(source_code, ''), coalesce(target_code, '')) = ? "
                         "AND greatest(coalesce(source_code, ''), coalesce(target_code, '')) = ?)")
            more += sorted((a or "", b or ""))
        if extra:
            where = (where + " AND " if where else " WHERE ") + " AND ".join(extra)
        return self._dicts(f"SELECT * FROM events{where} ORDER BY {SIGNIFICANCE} LIMIT {int(limit)}", params + more)

    def count_events_where(self, filters: Filters | None = None, *, q: str | None = None,
                           min_confidence: float | None = None, side: tuple[str, str] | None = None) -> int:
        where, params = self._events_where(filters, q, min_confidence, side)
        return self._con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]

    def event(self, event_id: str) -> dict:
        rows = self._dicts("SELECT * FROM events WHERE id = ?", [event_id])
        if not rows:
            raise NotFoundError(f"no event {event_id!r} in {self.path}", hint="List events with `eventwire events --json`.")
        return rows[0]

    def event_mentions(self, event_id: str) -> list[dict]:
        """Each mention of one event with its sentence (and where it starts), document and claim id."""
        return self._dicts("""
            SELECT m.id, m.document_id, m.post_id, m.sentence_index, m.trigger, m.trigger_start, m.trigger_end,
                   m.source, m.target, m.cameo, m.plover_type, m.negated, m.modality, m.date, m.confidence,
                   m.claim_id, m.sourcing, m.chain, m.hedged, m.place,
                   s.text AS sentence, s.start AS sentence_start,
                   d.title, d.url, d.kind, d.site_name, d.source_domain, d.published, st.story_id
            FROM mentions m JOIN documents d ON d.id = m.document_id
            LEFT JOIN sentences s ON s.post_id = m.post_id AND s.sentence_index = m.sentence_index
            LEFT JOIN stories st ON st.document_id = m.document_id
            WHERE m.event_id = ? ORDER BY d.published NULLS LAST, d.id, m.post_id, m.trigger_start""", [event_id])

    def claims_by_id(self, claim_ids: list[str]) -> dict[str, Claim]:
        if not claim_ids:
            return {}
        cols = ", ".join(f'"{f}"' for f in _CLAIM_FIELDS)
        rows = self._con.execute(f"SELECT {cols} FROM claims WHERE id IN (SELECT unnest(?))", [claim_ids]).fetchall()
        claims = [_claim_from_row(dict(zip(_CLAIM_FIELDS, r))) for r in rows]
        return {c.id: c for c in claims}

    # -- mentions, claims, actors as pages ------------------------------------------------
    def mentions_page(self, filters: Filters | None = None, *, cursor: str | None = None, limit: int = 50) -> Page:
        """One page of mentions, by id, as the CLI's ``events --mentions --json`` prints them."""
        limit = _page_size(limit)
        where, params = self._resolved(filters).mentions_where()
        if cursor:
            (last,) = _decode(cursor, 1)
            where = (where + " AND " if where else " WHERE ") + "m.id > ?"
            params = params + [last]
        cols = ", ".join(f'm."{f}"' for f in _EVENT_FIELDS)
        rows = self._con.execute(f"SELECT {cols} FROM mentions m{where} ORDER BY m.id LIMIT {limit + 1}", params).fetchall()
        events = [msgspec.to_builtins(_event_from_row(dict(zip(_EVENT_FIELDS, r)))) for r in rows[:limit]]
        return Page(events, _encode([events[-1]["id"]]) if len(rows) > limit else None)

    def claims_page(self, *, document_id: str | None = None, cursor: str | None = None, limit: int = 50) -> Page:
        limit = _page_size(limit)
        where, params = [], []
        if document_id:
            where.append("document_id = ?")
            params.append(self.resolve_id(document_id))
        if cursor:
            where.append("id > ?")
            params += _decode(cursor, 1)
        sql_where = (" WHERE " + " AND ".join(where)) if where else ""
        cols = ", ".join(f'"{f}"' for f in _CLAIM_FIELDS)
        rows = self._con.execute(f"SELECT {cols} FROM claims{sql_where} ORDER BY id LIMIT {limit + 1}", params).fetchall()
        claims = [msgspec.to_builtins(_claim_from_row(dict(zip(_CLAIM_FIELDS, r)))) for r in rows[:limit]]
        return Page(claims, _encode([claims[-1]["id"]]) if len(rows) > limit else None)

    def actors_page(self, *, code: str | None = None, cursor: str | None = None, limit: int = 50) -> Page:
        """Actors by mentions (most first); the actors table is small, so the cursor is a position."""
        limit = _page_size(limit)
        start = int(_decode(cursor, 1)[0]) if cursor else 0
        where, params = ("WHERE code = ?", [code.upper()]) if code else ("", [])
        rows = self._dicts(f"SELECT * FROM actors {where} ORDER BY mentions DESC, code, sector, name "
                           f"LIMIT {limit + 1} OFFSET {max(start, 0)}", params)
        return Page(rows[:limit], _encode([start + limit]) if len(rows) > limit else None)

    # -- aggregates for the overview and the report --------------------------------------
    def date_range(self, filters: Filters | None = None) -> tuple[str | None, str | None]:
        where, params = self._resolved(filters).events_where()
        row = self._con.execute(f"SELECT min({SORTS['date']}) FILTER (WHERE {SORTS['date']} <> ''), "
                                f"max({SORTS['date']}) FROM events{where}", params).fetchone()
        return (row[0] or None, row[1] or None)

    def counts_by(self, column: str, filters: Filters | None = None) -> list[tuple]:
        """Event counts by PLOVER type or quad class (most first)."""
        expr = {"plover": "coalesce(nullif(plover_type, ''), CASE WHEN cameo_root = '01' THEN 'STATEMENT' END, '?')",
                "quad": "quad_class"}.get(column)
        if expr is None:
            raise UsageError(f"cannot count by {column!r}", hint="Count by plover or quad.")
        where, params = self._resolved(filters).events_where()
        return self._con.execute(f"SELECT {expr} AS k, count(*) AS n FROM events{where} GROUP BY k ORDER BY n DESC, k",
                                 params).fetchall()

    def day_counts(self, filters: Filters | None = None) -> list[tuple[str, int]]:
        """Events per day (by event date, else first report), oldest first; undated events are left out."""
        where, params = self._resolved(filters).events_where()
        day = f"substr({SORTS['date']}, 1, 10)"
        return self._con.execute(f"SELECT {day} AS d, count(*) FROM events{where} GROUP BY d HAVING d <> '' ORDER BY d",
                                 params).fetchall()

    def top_dyads(self, filters: Filters | None = None, *, limit: int = 10) -> list[dict]:
        """The most active pairs of two different actors (either direction), with their Goldstein sum."""
        where, params = self._resolved(filters).events_where()
        cond = "source_code IS NOT NULL AND target_code IS NOT NULL AND source_code <> '' AND target_code <> '' " \
               "AND source_code <> target_code"
        where = (where + " AND " if where else " WHERE ") + cond
        return self._dicts(f"""
            SELECT least(source_code, target_code) AS a, greatest(source_code, target_code) AS b, count(*) AS events,
                   round(sum(goldstein), 1) AS goldstein, max({SORTS['date']}) AS last
            FROM events{where} GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT {int(limit)}""", params)

    def place_counts(self, filters: Filters | None = None, *, limit: int = 200) -> list[dict]:
        where, params = self._resolved(filters).events_where()
        where = (where + " AND " if where else " WHERE ") + "place.lat IS NOT NULL AND place.lon IS NOT NULL"
        return self._dicts(f"""
            SELECT place.name AS name, place.country AS country, round(place.lat, 2) AS lat, round(place.lon, 2) AS lon,
                   count(*) AS events
            FROM events{where} GROUP BY 1, 2, 3, 4 ORDER BY events DESC, name LIMIT {int(limit)}""", params)

    def scoped_counts(self, filters: Filters | None = None) -> dict:
        """Events, mentions, documents and stories behind a selection (not the whole store)."""
        where, params = self._resolved(filters).events_where()
        row = self._con.execute(f"""
            WITH e AS (SELECT id FROM events{where}), m AS (SELECT document_id FROM mentions WHERE event_id IN (SELECT id FROM e))
            SELECT (SELECT count(*) FROM e), (SELECT count(*) FROM m), (SELECT count(DISTINCT document_id) FROM m),
                   (SELECT count(DISTINCT story_id) FROM stories WHERE document_id IN (SELECT document_id FROM m))""",
                                params).fetchone()
        return dict(zip(("events", "mentions", "documents", "stories"), row))

    def trajectory(self, a: str, b: str, filters: Filters | None = None, *, by: str = "month") -> list[dict]:
        """``dyad_trajectory`` within a selection."""
        unit = {"day": "day", "week": "week", "month": "month", "year": "year"}.get(by)
        if unit is None:
            raise UsageError(f"--by {by!r} is not a period", hint="Use day, week, month or year.")
        where, params = self._resolved(filters).events_where()
        where = (where + " AND " if where else " WHERE ") + \
            "((source_code = ? AND target_code = ?) OR (source_code = ? AND target_code = ?)) AND NOT coalesce(negated, false) " \
            f"AND {SORTS['date']} <> ''"
        return self._dicts(f"""
            SELECT CAST(CAST(date_trunc('{unit}', CAST(substr({SORTS['date']}, 1, 10) AS DATE)) AS DATE) AS VARCHAR) AS period,
                   round(sum(goldstein), 2) AS goldstein, count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4
            FROM events{where} GROUP BY 1 ORDER BY 1""", params + [a, b, b, a])

    # -- documents, actors, sources -------------------------------------------------------
    def story_copies(self, document_id: str) -> list[dict]:
        """The other documents in this document's story (reposts and copies of the same text)."""
        return self._dicts("""
            SELECT d.id, d.title, d.kind, d.url, d.published, s.canonical FROM stories s JOIN documents d ON d.id = s.document_id
            WHERE s.story_id = (SELECT story_id FROM stories WHERE document_id = ?) AND s.document_id <> ?
            ORDER BY d.published NULLS LAST, d.id""", [document_id, document_id])

    def document_mentions(self, document_id: str) -> list[dict]:
        """A document's mentions with the canonical event each was merged into, in text order."""
        return self._dicts("""
            SELECT id, event_id, post_id, trigger, trigger_start, trigger_end, source, target, plover_type, cameo
            FROM mentions WHERE document_id = ? ORDER BY post_id, trigger_start""", [document_id])

    def document_sentences(self, document_id: str) -> list[dict]:
        return self._dicts('SELECT post_id, sentence_index, start, "end", text FROM sentences WHERE document_id = ? '
                           "ORDER BY post_id, sentence_index", [document_id])

    def actor_dyads(self, code: str, *, limit: int = 20) -> list[dict]:
        return self._dicts(f"""
            SELECT CASE WHEN source_code = ? THEN target_code ELSE source_code END AS other, count(*) AS events,
                   round(sum(goldstein), 1) AS goldstein
            FROM events WHERE (source_code = ? OR target_code = ?) AND source_code <> target_code
              AND coalesce(source_code, '') <> '' AND coalesce(target_code, '') <> ''
            GROUP BY 1 ORDER BY events DESC, other LIMIT {int(limit)}""", [code, code, code])

    def sources_table(self, *, limit: int = 200) -> dict:
        """Who is cited and how often, with ratings, and the share of claims whose chain has an anonymous source."""
        rows = self._dicts(f"SELECT * FROM sources ORDER BY claims DESC, documents DESC, name LIMIT {int(limit)}", [])
        total, anonymous = self._con.execute(
            "SELECT count(*), count(*) FILTER (WHERE len(list_filter(chain, lambda s: s.anonymous)) > 0) FROM claims").fetchone()
        return {"sources": rows, "claims": total, "anonymous_claims": anonymous,
                "anonymous_share": round(anonymous / total, 3) if total else None}

    def reader(self) -> Browser:
        """Another handle on the same open database, for one thread: a DuckDB connection is not shared across threads."""
        view = object.__new__(Store)
        view.path = self.path
        view._con = self._con.cursor()
        return Browser(view)
