"""The SQL side of "one event, many reports": stories, canonical events, actors and sources.

The grouping itself is pure Python in ``eventwire.events``; this module reads
what it needs from the store and writes the results back in one transaction.
"""

from __future__ import annotations

import numpy as np

from ..events import canonical, stories
from ..values import day_of, domain_of

def rebuild(store) -> dict:
    """Recompute signatures (new documents only), stories, canonical events, actors and sources."""
    con = store._con
    _new_signatures(store)
    sigs = [stories.Signature(d, n, np.array(h, dtype=np.uint64)) for d, n, h in
            con.execute("SELECT document_id, shingles, hashvalues FROM signatures").fetchall()]
    docs = con.execute("""SELECT d.id, d.url, d.published, CAST(d.ingested_at AS VARCHAR), d.source_domain,
                          (SELECT p.author_name FROM posts p WHERE p.document_id = d.id ORDER BY position LIMIT 1),
                          (SELECT p.links[1] FROM posts p WHERE p.document_id = d.id ORDER BY position LIMIT 1)
                          FROM documents d ORDER BY d.id""").fetchall()
    story = stories.stories([d[0] for d in docs], stories.copy_pairs(sigs))
    mentions = store.mentions()
    claims = {c.id: c for c in store.claims()}
    ctx = {
        "story": story, "claims": claims,
        "url": {d[0]: d[1] for d in docs},
        "seen": {d[0]: (d[2] or d[3] or "")[:19] for d in docs},
        "domain": {d[0]: d[4] or _link_domain(d[6]) for d in docs},
        "poster": {d[0]: d[5] for d in docs},
        "sentence": {(p, i): t for p, i, t in con.execute("SELECT post_id, sentence_index, text FROM sentences").fetchall()},
    }
    doc_dates = {d[0]: day_of(d[2]) for d in docs}
    rows, assign = canonical.canonical_rows(canonical.cluster_mentions(mentions, doc_dates), ctx)
    _write(store, docs, story, rows, assign)
    return {"documents": len(docs), "stories": len(set(story.values())), "mentions": len(mentions), "events": len(rows)}


def _link_domain(url: str | None) -> str | None:
    return domain_of(url)


def _new_signatures(store) -> None:
    rows = store._con.execute("""SELECT d.id, string_agg(p.text, '\n' ORDER BY p.position) FROM documents d
                                JOIN posts p ON p.document_id = d.id
                                WHERE d.id NOT IN (SELECT document_id FROM signatures) GROUP BY d.id""").fetchall()
    sigs = [stories.signature(doc_id, text or "") for doc_id, text in rows]
    if sigs:
        store._con.executemany("INSERT INTO signatures VALUES (?, ?, ?)",
                              [[s.document_id, s.shingles, [int(v) for v in s.hashvalues]] for s in sigs])


def _write(store, docs, story: dict[str, str], rows: list[list], assign: dict[str, tuple[str, int]]) -> None:
    con = store._con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM stories")
        firsts: dict[str, str] = {}
        for d in sorted(docs, key=lambda d: (d[2] or d[3] or "", d[0])):
            firsts.setdefault(story[d[0]], d[0])
        con.executemany("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?)",
                        [[story[d[0]], d[0], d[1] or d[6], d[5], d[2], firsts[story[d[0]]] == d[0]] for d in docs])
        con.execute("DELETE FROM events")
        if rows:
            con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(rows[0]))})", rows)
        con.execute("UPDATE mentions SET event_id = NULL, corroboration = NULL")
        if assign:
            con.executemany("UPDATE mentions SET event_id = ?, corroboration = ? WHERE id = ?",
                            [[e, c, m] for m, (e, c) in assign.items()])
        actors_and_sources(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def actors_and_sources(con) -> None:
    """The actors and sources summaries, from the stored mentions, claims and learned roles."""
    con.execute("DELETE FROM actors")
    con.execute("""
        INSERT INTO actors
        WITH a AS (
            SELECT unnest(m.source || m.target) AS x, coalesce(m.date, d.published) AS d
            FROM mentions m LEFT JOIN documents d ON d.id = m.document_id
        )
        SELECT x.code, x.sector, coalesce(max(x.name), min(x.text)), max(x.kind) FILTER (WHERE x.kind <> 'pronoun'),
               count(*), min(d), max(d),
               (SELECT list_sort(list(DISTINCT r.role || coalesce(' (since ' || r.date || ')', '')))
                  FROM learned_roles r WHERE r.code = x.code AND r.sector = x.sector AND r.name = max(x.name))
        FROM a WHERE x.code IS NOT NULL GROUP BY x.code, x.sector, coalesce(x.name, '')
    """)
    con.execute("DELETE FROM sources")
    con.execute("""
        INSERT INTO sources
        WITH s AS (SELECT unnest(chain) AS x, id, document_id FROM claims)
        SELECT x.name, x.kind, max(x.code), max(x.sector), max(x.domain), max(x.rating),
               count(DISTINCT id), count(DISTINCT document_id)
        FROM s GROUP BY x.name, x.kind
    """)
