"""The store's schema: numbered migrations, each taking version i to i+1 (append, never edit)."""

from __future__ import annotations

from ._rows import DAY_SQL, KEY_SQL, PERSON_DAY_SQL, RESOLVABLE, SLACK_SQL

SCHEMA_VERSION = 7

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

# Version 5 (scale): what incremental aggregation keeps between runs. ``bands``
# holds each document's MinHash band hashes (candidates for copies are found by a
# join on them), ``copies`` the verified copy pairs (stories are their connected
# groups), and ``pending`` the documents written but not yet aggregated: a run
# killed between the two steps leaves them there, and the next run picks them up.
# ``pending_keys`` and ``pending_names`` keep what a replaced analysis touched.
_V5_SCALE = """
CREATE TABLE IF NOT EXISTS bands (document_id VARCHAR, band SMALLINT, h BIGINT);
CREATE TABLE IF NOT EXISTS copies (a VARCHAR, b VARCHAR, PRIMARY KEY (a, b));
CREATE TABLE IF NOT EXISTS pending (document_id VARCHAR PRIMARY KEY);
CREATE TABLE IF NOT EXISTS pending_keys (source VARCHAR, target VARCHAR, root VARCHAR);
CREATE TABLE IF NOT EXISTS pending_names (name VARCHAR);
INSERT OR IGNORE INTO pending SELECT id FROM documents;
"""

# Version 6 (local re-clustering): a mention a replaced analysis removes leaves in
# ``pending_keys`` the day it sat on (NULL: unknown, so its whole key is re-clustered),
# how many days its date may be off, and the canonical event it belonged to, so that
# aggregation re-clusters only the stretch of the key's timeline it could have changed.
# Every document is queued: events were chained under the old rule (any date within a
# week, not every date), and the next aggregation re-clusters them all under the new one.
_V6_SPANS = """
ALTER TABLE pending_keys ADD COLUMN IF NOT EXISTS day DATE;
ALTER TABLE pending_keys ADD COLUMN IF NOT EXISTS slack INTEGER;
ALTER TABLE pending_keys ADD COLUMN IF NOT EXISTS event_id VARCHAR;
INSERT OR IGNORE INTO pending SELECT id FROM documents;
"""

# Version 7 (flat aggregation): narrow side tables of ``mentions`` that incremental
# aggregation reads instead of scanning every mention's actor lists: ``points`` holds each
# mention's place on its key's timeline (key, day, slack), ``persons`` the names of the
# actors late resolution may fill, with the day they are resolved for. Aggregation keeps
# both in step with ``mentions`` (and ``rebuild`` rewrites them).
_V7_POINTS = f"""
CREATE TABLE IF NOT EXISTS points (id VARCHAR, document_id VARCHAR, s VARCHAR, t VARCHAR, r VARCHAR,
                                   day DATE, slack INTEGER);
CREATE TABLE IF NOT EXISTS persons (id VARCHAR, document_id VARCHAR, name VARCHAR, day VARCHAR);
INSERT INTO points SELECT m.id, m.document_id, {KEY_SQL}, {DAY_SQL}, {SLACK_SQL}
    FROM mentions m LEFT JOIN documents d ON d.id = m.document_id;
INSERT INTO persons SELECT id, document_id, x.name, day FROM (
    SELECT m.id, m.document_id, unnest(m.source || m.target) AS x, {PERSON_DAY_SQL} AS day
    FROM mentions m LEFT JOIN documents d ON d.id = m.document_id) WHERE x.resolved_from IN {RESOLVABLE};
"""

# Each entry takes the schema from version i to i+1; append, never edit.
MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5_SCALE, _V6_SPANS, _V7_POINTS]
