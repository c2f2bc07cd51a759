"""The SQL side of "one event, many reports": stories, canonical events, actors and sources.

``update`` is incremental. Documents written since the last aggregation wait in
the ``pending`` table; one transaction then

1. signs the new documents and stores their MinHash band hashes (``bands``);
2. finds their copy candidates with a join on the bands and checks containment on
   the stored arrays with numpy (``copies`` keeps the verified pairs);
3. re-derives the stories of the connected groups the new pairs touch;
4. resolves late the persons the coder could not code, from every stored
   learned role (set-based SQL; see ``_RESOLVE``);
5. re-clusters only the ends of the keys' (source, target, CAMEO root)
   timelines that the new, re-resolved, re-storied or removed mentions touch
   (see ``_TAIL``);
6. recomputes the actors and sources summaries, and empties ``pending``.

A run killed at any point leaves ``pending`` as it was, so the next run redoes
the step. ``update(full=True)`` (the ``rebuild`` command) queues everything and
runs the same steps over the whole store; the two give the same tables.
"""

from __future__ import annotations

import numpy as np

from ..events import canonical, stories
from ..model import Document, stable_id
from ..values import day_of, domain_of
from ._safe import safe_text
from ._rows import (CLAIM_FIELDS, DAY_SQL, EVENT_FIELDS, KEY_SQL, PERSON_DAY_SQL, RESOLVABLE, SLACK_SQL, claim_from_row,
                    event_from_row, insert)

__all__ = ["actors_and_sources", "index_copies", "signature_of", "update"]

_RESOLVABLE = RESOLVABLE
# A mention as a point on its key's timeline: key, day (NULL: unknown), slack in days.
_POINT_SQL = f"{KEY_SQL}, {DAY_SQL}, {SLACK_SQL}"


def update(store, *, full: bool = False, summaries: bool = True) -> dict:
    """Aggregate what is pending (everything with ``full``); returns counts of what was recomputed.

    The actors and sources summaries read the whole store, so a long run asks for
    them once, at its end (``summaries=False`` on the batches before); until then
    ``meta`` marks them stale, and the next aggregation that asks brings them up to date.
    """
    con = store._con
    con.execute("BEGIN TRANSACTION")
    try:
        if full:
            con.execute("DELETE FROM bands; DELETE FROM copies; DELETE FROM stories; DELETE FROM events; "
                        "DELETE FROM pending_keys; UPDATE mentions SET event_id = NULL, corroboration = NULL; "
                        "INSERT OR IGNORE INTO pending SELECT id FROM documents")
        pending = [r[0] for r in con.execute("SELECT document_id FROM pending ORDER BY 1").fetchall()]
        queued = con.execute("SELECT (SELECT count(*) FROM pending_keys) + (SELECT count(*) FROM pending_names)").fetchone()[0]
        if not pending and not queued:
            if summaries and con.execute("SELECT 1 FROM meta WHERE key = 'summaries_stale'").fetchone():
                actors_and_sources(con)
            con.execute("COMMIT")
            return {"documents": 0, "stories": 0, "mentions": 0, "events": 0}
        _sync_points(con, full)
        new_docs = _signatures_and_bands(con, pending)
        restoried = _stories(con, new_docs, full)
        # Points on the keys' timelines that changed: (key, day, slack, the canonical event it left).
        con.execute("CREATE OR REPLACE TEMP TABLE _dirty (s VARCHAR, t VARCHAR, r VARCHAR, day DATE, slack INTEGER, event_id VARCHAR)")
        _resolve_late(con, pending, full)
        # The points of the pending and re-storied documents' mentions, as ``points`` holds them (kept in step
        # above), rather than derived again from every mention's actor lists and dates.
        con.execute("""INSERT INTO _dirty SELECT p.s, p.t, p.r, p.day, p.slack, m.event_id FROM points p JOIN mentions m ON m.id = p.id
                       WHERE p.document_id IN (SELECT document_id FROM pending) OR p.document_id IN (SELECT unnest(?::VARCHAR[]))
                       UNION ALL SELECT source, target, root, day, slack, event_id FROM pending_keys""", [restoried])
        n_mentions, n_events = _recluster(con, full)
        if summaries:
            actors_and_sources(con)
        else:
            con.execute("INSERT OR REPLACE INTO meta VALUES ('summaries_stale', '1')")
        con.execute("DELETE FROM pending; DELETE FROM pending_keys; DELETE FROM pending_names")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return {"documents": len(pending), "stories": len(set(restoried)), "mentions": n_mentions, "events": n_events}


# -- the side tables of mentions ---------------------------------------------------------------
# ``points`` (each mention's key, day and slack) and ``persons`` (the names late resolution may
# fill) let a batch find the mentions of its keys and names without reading every mention's
# actor lists and dates: what it reads of them grows with the store only as narrow columns do.
_POINTS_OF = f"""INSERT INTO points SELECT m.id, m.document_id, {_POINT_SQL}
                 FROM mentions m LEFT JOIN documents d ON d.id = m.document_id WHERE @where"""
_PERSONS_OF = f"""INSERT INTO persons SELECT id, document_id, x.name, day FROM (
                      SELECT m.id, m.document_id, unnest(m.source || m.target) AS x, {PERSON_DAY_SQL} AS day
                      FROM mentions m LEFT JOIN documents d ON d.id = m.document_id WHERE @where)
                  WHERE x.resolved_from IN {RESOLVABLE}"""


def _sync_points(con, full: bool) -> None:
    """The side tables for the pending documents' mentions (for every mention with ``full``)."""
    if full:
        con.execute("DELETE FROM points; DELETE FROM persons")
        con.execute(_POINTS_OF.replace("@where", "true"))
        con.execute(_PERSONS_OF.replace("@where", "true"))
        return
    mine = "document_id IN (SELECT document_id FROM pending)"
    con.execute(f"DELETE FROM points WHERE {mine}; DELETE FROM persons WHERE {mine}")
    con.execute(_POINTS_OF.replace("@where", f"m.{mine}"))
    con.execute(_PERSONS_OF.replace("@where", f"m.{mine}"))


# -- stories ------------------------------------------------------------------------------
def index_copies(con, documents: list[str]) -> None:
    """Signatures, bands and copy pairs for documents whose stories and events come from elsewhere (a Spark run),
    so that later incremental runs find them as candidates."""
    insert(con, "pending", [[d] for d in documents], verb="INSERT OR IGNORE INTO")
    _signatures_and_bands(con, documents)
    con.execute("DELETE FROM pending WHERE document_id IN (SELECT unnest(?::VARCHAR[]))", [documents])


def signature_of(doc: Document) -> stories.Signature:
    """The document's signature as ``_signatures_and_bands`` computes it from the stored posts: their texts as
    stored (``safe_text``), in position order, one per line. ``analyze``'s worker processes sign their documents
    with it, so that the one process that writes the store does not (``Store.write_batch(signatures=...)``)."""
    return stories.signature(doc.id, "\n".join(safe_text(p.text) or "" for p in sorted(doc.posts, key=lambda p: p.position)))


def _signatures_and_bands(con, pending: list[str]) -> list[str]:
    """Sign the pending documents that have no signature, band those without bands; returns the newly banded."""
    rows = con.execute("""SELECT d.id, string_agg(p.text, '\n' ORDER BY p.position) FROM pending q
                          JOIN documents d ON d.id = q.document_id LEFT JOIN posts p ON p.document_id = d.id
                          WHERE d.id NOT IN (SELECT document_id FROM signatures) GROUP BY d.id ORDER BY d.id""").fetchall()
    sigs = [stories.signature(doc_id, text or "") for doc_id, text in rows]
    insert(con, "signatures", [[s.document_id, s.shingles, [int(v) for v in s.hashvalues]] for s in sigs])
    rows = con.execute("""SELECT s.document_id, s.shingles, s.hashvalues FROM pending q JOIN signatures s USING (document_id)
                          WHERE s.document_id NOT IN (SELECT document_id FROM bands) ORDER BY 1""").fetchall()
    banded = [(d, h) for d, n, h in rows if n]
    insert(con, "bands", [[d, band, h] for d, values in banded
                           for band, h in enumerate(stories.band_hashes(np.array(values, dtype=np.uint64)))])
    new = [d for d, _ in banded]
    if new:
        _copies(con, new)
    return [d for d, _, _ in rows]


def _copies(con, new: list[str]) -> None:
    """Candidates by a join on the band hashes; a candidate is a copy when containment is high."""
    candidates = con.execute("""SELECT DISTINCT least(n.document_id, o.document_id), greatest(n.document_id, o.document_id)
                                FROM bands n JOIN bands o ON o.band = n.band AND o.h = n.h AND o.document_id <> n.document_id
                                WHERE n.document_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY 1, 2""", [new]).fetchall()
    if not candidates:
        return
    ids = sorted({d for pair in candidates for d in pair})
    sig = {d: (n, np.array(h, dtype=np.uint64)) for d, n, h in con.execute(
        "SELECT document_id, shingles, hashvalues FROM signatures WHERE document_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
    pairs = [[a, b] for a, b in candidates
             if stories.containment_of(*sig[a], *sig[b]) >= stories.COPY_CONTAINMENT]
    insert(con, "copies", pairs, verb="INSERT OR IGNORE INTO")


def _stories(con, new: list[str], full: bool) -> list[str]:
    """Story rows for the new documents and for every member of a group they joined; returns those whose story changed."""
    if full:
        members = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
        pairs = con.execute("SELECT a, b FROM copies").fetchall()
    else:
        members, pairs, frontier = set(new), set(), list(new)
        while frontier:  # the connected groups the new documents belong to, a hop at a time
            found = con.execute("SELECT a, b FROM copies WHERE a IN (SELECT unnest(?::VARCHAR[])) OR b IN (SELECT unnest(?::VARCHAR[]))",
                                [frontier, frontier]).fetchall()
            pairs.update(found)
            frontier = [d for pair in found for d in pair if d not in members]
            members.update(frontier)
        members, pairs = sorted(members), sorted(pairs)
    story = stories.stories(members, pairs)
    stored = dict(con.execute("SELECT document_id, story_id FROM stories WHERE document_id IN (SELECT unnest(?::VARCHAR[]))",
                              [members]).fetchall())
    changed = [d for d in members if stored.get(d) != story[d]]
    if not changed:
        return []
    touched_stories = sorted({story[d] for d in changed} | {stored[d] for d in changed if d in stored})
    con.execute("CREATE OR REPLACE TEMP TABLE _story (document_id VARCHAR, story_id VARCHAR)")
    insert(con, "_story", [[d, story[d]] for d in changed])
    con.execute("""DELETE FROM stories WHERE document_id IN (SELECT document_id FROM _story);
        INSERT INTO stories
        SELECT s.story_id, d.id, coalesce(nullif(d.url, ''), p.links[1]), p.author_name, d.published, false
        FROM _story s JOIN documents d ON d.id = s.document_id
        LEFT JOIN (SELECT document_id, arg_min(author_name, position) AS author_name, arg_min(links, position) AS links
                   FROM posts WHERE document_id IN (SELECT document_id FROM _story) GROUP BY document_id) p
               ON p.document_id = d.id""")
    # The first report of a story (by date, else by when it was stored) is its canonical copy.
    con.execute("""UPDATE stories SET canonical = (stories.document_id = f.first) FROM (
            SELECT s.story_id, arg_min(s.document_id, coalesce(nullif(d.published, ''), CAST(d.ingested_at AS VARCHAR), '') || '|' || s.document_id) AS first
            FROM stories s JOIN documents d ON d.id = s.document_id
            WHERE s.story_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY s.story_id) f
        WHERE stories.story_id = f.story_id""", [touched_stories])
    return changed


# -- late resolution -------------------------------------------------------------------------
# A person the coder could not code in its own document ("Pompeo said ...") takes
# the role some stored document taught for that name or surname ("US Secretary
# of State Michael Pompeo"): the latest role learned on or before the date of the
# mention's document (else the event's date), ties broken by code. It depends
# only on the set of stored roles, never on the order documents were read.
_RESOLVE = f"""
CREATE OR REPLACE TEMP TABLE _ra AS
SELECT id, side, pos, x, day FROM (
    SELECT m.id, 'source' AS side, unnest(range(1, len(m.source) + 1)) AS pos, unnest(m.source) AS x,
           substr(coalesce(nullif(d.published, ''), m.date), 1, 10) AS day
    FROM mentions m JOIN _rm USING (id) LEFT JOIN documents d ON d.id = m.document_id
    UNION ALL
    SELECT m.id, 'target', unnest(range(1, len(m.target) + 1)), unnest(m.target),
           substr(coalesce(nullif(d.published, ''), m.date), 1, 10)
    FROM mentions m JOIN _rm USING (id) LEFT JOIN documents d ON d.id = m.document_id);
CREATE OR REPLACE TEMP TABLE _best AS
SELECT id, side, pos, code, sector FROM (
    SELECT a.id, a.side, a.pos, r.code, nullif(r.sector, '') AS sector,
           row_number() OVER (PARTITION BY a.id, a.side, a.pos
                              ORDER BY substr(r.date, 1, 10) DESC NULLS LAST, r.code, r.sector, r.name) AS rank
    FROM _ra a JOIN (  -- a name matches a role's full name or its surname: two equality joins, not one nested loop
        SELECT name AS k, * FROM learned_roles
        UNION ALL SELECT list_last(string_split(name, ' ')), * FROM learned_roles WHERE name LIKE '% %') r ON r.k = a.x.name
    WHERE a.x.resolved_from IN {_RESOLVABLE}
      AND (a.day IS NULL OR r.date IS NULL OR substr(r.date, 1, 10) <= a.day))
WHERE rank = 1;
CREATE OR REPLACE TEMP TABLE _lists AS
SELECT a.id, a.side, list(CASE WHEN a.x.resolved_from IN {_RESOLVABLE}
                               THEN struct_update(a.x, code := b.code, sector := b.sector,
                                                  resolved_from := CASE WHEN b.code IS NULL THEN 'unresolved' ELSE 'late' END)
                               ELSE a.x END ORDER BY a.pos) AS actors
FROM _ra a LEFT JOIN _best b USING (id, side, pos) GROUP BY a.id, a.side;
"""


def _resolve_late(con, pending: list[str], full: bool) -> None:
    """Fill (or refill) resolvable actors from the stored roles; the points they leave and enter are queued in _dirty."""
    resolvable = f"len(list_filter(m.source || m.target, lambda a: a.resolved_from IN {_RESOLVABLE})) > 0"
    if full:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _rm AS SELECT id FROM mentions m WHERE {resolvable}")
    else:
        # Names whose roles changed: what pending documents taught (from the earliest date they taught it: a
        # role applies only to mentions on or after its date), and what replaced analyses taught before (any date).
        con.execute("""CREATE OR REPLACE TEMP TABLE _taught AS
            WITH n AS (SELECT name, substr(date, 1, 10) AS since FROM learned_roles WHERE document_id IN (SELECT document_id FROM pending)
                       UNION ALL SELECT name, NULL FROM pending_names)
            SELECT k, min(since) AS since, bool_or(since IS NULL) AS always FROM (
                SELECT name AS k, since FROM n UNION ALL SELECT list_last(string_split(name, ' ')), since FROM n)
            GROUP BY k""")
        con.execute("""CREATE OR REPLACE TEMP TABLE _rm AS
            SELECT id FROM persons WHERE document_id IN (SELECT document_id FROM pending)
            UNION SELECT p.id FROM persons p JOIN _taught t ON t.k = p.name
            WHERE t.always OR p.day IS NULL OR p.day >= t.since""")
    if not con.execute("SELECT count(*) FROM _rm").fetchone()[0]:
        return
    con.execute(_RESOLVE)
    # Only the mentions whose actors change are points that changed; the others keep their events.
    con.execute("""CREATE OR REPLACE TEMP TABLE _changed AS SELECT DISTINCT l.id FROM _lists l JOIN mentions m ON m.id = l.id
                   WHERE (l.side = 'source' AND m.source IS DISTINCT FROM l.actors)
                      OR (l.side = 'target' AND m.target IS DISTINCT FROM l.actors)""")
    points = (f"INSERT INTO _dirty SELECT {_POINT_SQL}, m.event_id FROM mentions m JOIN _changed USING (id) "
              "LEFT JOIN documents d ON d.id = m.document_id")
    con.execute(points)  # the points they leave
    for side in ("source", "target"):
        con.execute(f"UPDATE mentions SET {side} = l.actors FROM _lists l WHERE l.id = mentions.id AND l.side = '{side}' "
                    f"AND mentions.{side} IS DISTINCT FROM l.actors")
    con.execute("DELETE FROM points WHERE id IN (SELECT id FROM _changed)")  # their keys change with their first actors
    con.execute(_POINTS_OF.replace("@where", "m.id IN (SELECT id FROM _changed)"))
    con.execute(points)  # the points they enter

# -- canonical events ------------------------------------------------------------------------
# cluster_mentions walks a key's mentions in date order and puts each in the first
# cluster all of whose dates are within DATE_WINDOW (+ slack) of its own. What it does
# with the mentions before a day depends on them alone, so when a key's first changed
# point (a new, re-resolved or re-storied mention, or where a removed one sat) is on
# day F, every mention before F keeps its event, and only two things are re-clustered:
# the mentions from F on, and the events still open at F — those a mention on F or later
# could still join: every date they have before F is within a week of F (plus the widest
# slack from F on). An event that began earlier can take nothing more, so it keeps its
# mentions, and re-walking the open events' mentions alone gives them the same clusters
# (a mention's first fitting event never was a closed one). So for a feed, whose new
# documents are the latest, what is re-clustered is the last week of each touched key,
# however long the key's history.
# A key with a mention of unknown day (undated mentions join the key's first cluster,
# wherever it is), or one not yet in any event, is re-clustered whole.
_TAIL = f"""
CREATE OR REPLACE TEMP TABLE _k AS SELECT DISTINCT s, t, r FROM _dirty;
CREATE OR REPLACE TEMP TABLE _pts AS
SELECT p.s, p.t, p.r, p.day, p.slack, p.id, m.event_id FROM points p JOIN mentions m ON m.id = p.id
WHERE (p.s, p.t, p.r) IN (SELECT (s, t, r) FROM _k);
CREATE OR REPLACE TEMP TABLE _from AS
WITH f AS (SELECT s, t, r, min(day) AS first FROM _dirty GROUP BY s, t, r),
     x AS (SELECT s, t, r, day, slack FROM _pts UNION ALL SELECT s, t, r, day, slack FROM _dirty)
SELECT f.s, f.t, f.r, f.first, max(x.slack) AS slack
FROM f JOIN x ON (x.s, x.t, x.r) = (f.s, f.t, f.r) AND x.day >= f.first GROUP BY f.s, f.t, f.r, f.first;
CREATE OR REPLACE TEMP TABLE _whole AS
SELECT s, t, r FROM _pts WHERE day IS NULL UNION SELECT s, t, r FROM _dirty WHERE day IS NULL
UNION SELECT p.s, p.t, p.r FROM _pts p JOIN _from f USING (s, t, r) WHERE p.day < f.first AND p.event_id IS NULL;
CREATE OR REPLACE TEMP TABLE _open AS
SELECT p.event_id FROM _pts p JOIN _from f USING (s, t, r) WHERE p.day < f.first GROUP BY p.event_id
HAVING bool_and(f.first - p.day <= {canonical.DATE_WINDOW} + greatest(f.slack, p.slack));
CREATE OR REPLACE TEMP TABLE _sel AS
SELECT p.id FROM _pts p JOIN _from f USING (s, t, r) WHERE p.day >= f.first
UNION SELECT id FROM _pts WHERE event_id IN (SELECT event_id FROM _open)
UNION SELECT id FROM _pts WHERE (s, t, r) IN (SELECT (s, t, r) FROM _whole);
"""


def _recluster(con, full: bool) -> tuple[int, int]:
    """Re-cluster what the points in _dirty can have changed (see ``_TAIL``), and replace those canonical events."""
    cols = ", ".join(f'm."{f}"' for f in EVENT_FIELDS)
    if full:
        rows = con.execute(f"SELECT {cols} FROM mentions m ORDER BY m.id").fetchall()
    else:
        con.execute(_TAIL)
        # The events the re-clustered mentions and the removed ones belonged to; a key re-clustered whole loses all its events.
        con.execute("""DELETE FROM events WHERE id IN (SELECT event_id FROM mentions WHERE id IN (SELECT id FROM _sel)
                                                       UNION SELECT event_id FROM _dirty)
                       OR (coalesce(source_code, ''), coalesce(target_code, ''), coalesce(cameo_root, ''))
                          IN (SELECT (s, t, r) FROM _whole)""")
        rows = con.execute(f"SELECT {cols} FROM mentions m SEMI JOIN _sel USING (id) ORDER BY m.id").fetchall()
    mentions = [event_from_row(dict(zip(EVENT_FIELDS, row))) for row in rows]
    if not mentions:
        return 0, 0
    doc_ids = sorted({m.document_id for m in mentions})
    docs = con.execute("""
        SELECT d.id, d.url, d.published, CAST(d.ingested_at AS VARCHAR), d.source_domain, p.author_name, p.links[1], s.story_id
        FROM documents d LEFT JOIN stories s ON s.document_id = d.id
        LEFT JOIN (SELECT document_id, arg_min(author_name, position) AS author_name, arg_min(links, position) AS links
                   FROM posts WHERE document_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY document_id) p ON p.document_id = d.id
        WHERE d.id IN (SELECT unnest(?::VARCHAR[]))""", [doc_ids, doc_ids]).fetchall()
    claim_ids = sorted({m.claim_id for m in mentions if m.claim_id})
    ccols = ", ".join(f'"{f}"' for f in CLAIM_FIELDS)
    claims = [claim_from_row(dict(zip(CLAIM_FIELDS, row))) for row in con.execute(
        f"SELECT {ccols} FROM claims WHERE id IN (SELECT unnest(?::VARCHAR[]))", [claim_ids]).fetchall()]
    ctx = {
        "story": {d[0]: d[7] or "s" + stable_id(d[0], 15) for d in docs},
        "claims": {c.id: c for c in claims},
        "url": {d[0]: d[1] for d in docs},
        "seen": {d[0]: (d[2] or d[3] or "")[:19] for d in docs},
        "domain": {d[0]: d[4] or domain_of(d[6]) for d in docs},
        "poster": {d[0]: d[5] for d in docs},
    }
    clusters = canonical.cluster_mentions(mentions, {d[0]: day_of(d[2]) for d in docs})
    # An event row quotes the sentence of its first mention only.
    firsts = sorted({c.mentions[0].post_id for c in clusters})
    ctx["sentence"] = {(p, i): t for p, i, t in con.execute(
        "SELECT post_id, sentence_index, text FROM sentences WHERE post_id IN (SELECT unnest(?::VARCHAR[]))", [firsts]).fetchall()}
    rows, assign = canonical.canonical_rows(clusters, ctx)
    insert(con, "events", rows)
    con.execute("CREATE OR REPLACE TEMP TABLE _assign (id VARCHAR, event_id VARCHAR, corroboration INTEGER)")
    insert(con, "_assign", [[m, e, c] for m, (e, c) in sorted(assign.items())])
    con.execute("UPDATE mentions SET event_id = a.event_id, corroboration = a.corroboration FROM _assign a WHERE mentions.id = a.id")
    return len(mentions), len(rows)


# -- summaries ---------------------------------------------------------------------------------
def actors_and_sources(con) -> None:
    """The actors and sources summaries, from the stored mentions, claims and learned roles."""
    con.execute("DELETE FROM meta WHERE key = 'summaries_stale'")
    con.execute("DELETE FROM actors")
    # A role is listed once per actor, with the first date any document taught it.
    con.execute("""
        INSERT INTO actors
        WITH a AS (
            SELECT unnest(m.source || m.target) AS x, coalesce(m.date, d.published) AS d
            FROM mentions m LEFT JOIN documents d ON d.id = m.document_id
        ), g AS (
            SELECT x.code, x.sector, coalesce(max(x.name), min(x.text)) AS name, max(x.kind) FILTER (WHERE x.kind <> 'pronoun') AS kind,
                   count(*) AS n, min(d) AS first_seen, max(d) AS last_seen, max(x.name) AS role_name
            FROM a WHERE x.code IS NOT NULL GROUP BY x.code, x.sector, coalesce(x.name, '')
        ), learned AS (
            SELECT name, list_last(string_split(name, ' ')) AS surname, code, coalesce(sector, '') AS sector, role,
                   min(substr(date, 1, 10)) AS since
            FROM learned_roles GROUP BY name, code, coalesce(sector, ''), role
        ), r AS (
            SELECT name, code, sector, list(role || coalesce(' (since ' || since || ')', '') ORDER BY since NULLS LAST, role) AS roles
            FROM learned GROUP BY name, code, sector
        ), by_surname AS (  -- a bare surname resolved late: the roles it was resolved from
            SELECT surname, code, sector, list(DISTINCT role || coalesce(' (since ' || since || ')', '')) AS roles
            FROM learned GROUP BY surname, code, sector
        )
        SELECT g.code, g.sector, g.name, g.kind, g.n, g.first_seen, g.last_seen, coalesce(r.roles, list_sort(s.roles))
        FROM g LEFT JOIN r ON r.name = g.role_name AND r.code = g.code AND r.sector = coalesce(g.sector, '')
        LEFT JOIN by_surname s ON s.surname = g.role_name AND s.code = g.code AND s.sector = coalesce(g.sector, '')
    """)
    con.execute("DELETE FROM sources")
    con.execute("""
        INSERT INTO sources
        WITH s AS (SELECT unnest(chain) AS x, id, document_id FROM claims)
        SELECT x.name, x.kind, max(x.code), max(x.sector), max(x.domain), max(x.rating),
               count(DISTINCT id), count(DISTINCT document_id)
        FROM s GROUP BY x.name, x.kind
    """)
