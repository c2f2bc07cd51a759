"""GDELT 2.0 files written by DuckDB: one ``COPY`` from a query per table.

The rows are built in SQL from the stored events and mentions, as
``outputs/gdelt.py`` specifies them (its column table and docs/formats.md). The
few facts that live outside the store come in as small lookup tables: the FIPS
country table, the gazetteer details of the selected events' cities, and the
actor names in upper case (Python's full Unicode case mapping: "ß" becomes
"SS", which SQL's ``upper`` does not do). Each line is one text column, the
cells joined by tabs, so that the CSV writer neither quotes nor escapes:
GDELT's own layout.
"""

from __future__ import annotations

__all__ = ["copy_gdelt"]

# The mentions of the selected events with what their rows need (Store.mention_details' columns), in its order.
_MENTIONS = """
CREATE OR REPLACE TEMP TABLE _gm AS
WITH p AS (
    SELECT id, document_id, position, links,
           coalesce(sum(CASE WHEN coalesce(text, '') <> '' THEN length(text) + 2 ELSE 0 END) OVER (
               PARTITION BY document_id ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS post_offset,
           sum(CASE WHEN coalesce(text, '') <> '' THEN length(text) + 2 ELSE 0 END) OVER (PARTITION BY document_id) - 2
               AS doc_length,
           position = min(CASE WHEN coalesce(text, '') <> '' THEN position END) OVER (PARTITION BY document_id) AS first_post,
           CASE WHEN strpos(ltrim(text, chr(10)), chr(10)) > 0
                THEN length(text) - length(ltrim(text, chr(10))) + strpos(ltrim(text, chr(10)), chr(10))
                ELSE length(text) END AS first_paragraph_end
    FROM posts WHERE document_id IN (SELECT document_id FROM mentions WHERE event_id IN (SELECT id FROM _gev)))
SELECT m.event_id, m.source, m.target, m.sentence_index, m.trigger_start, m.confidence, d.id AS document_id, d.url,
       d.source_domain, d.site_name, d.ingested_at, p.doc_length, p.post_offset,
       p.first_post AND m.sentence_start < p.first_paragraph_end AS in_first_paragraph, p.links[1] AS post_link,
       nullif(regexp_extract(p.links[1], '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:www[.])?([^/:?#]+)', 1), '') AS link_domain,
       row_number() OVER (ORDER BY d.ingested_at, d.id, m.post_id, m.trigger_start, m.id) AS ord
FROM mentions m JOIN documents d ON d.id = m.document_id JOIN p ON p.id = m.post_id
WHERE m.event_id IN (SELECT id FROM _gev)
"""

# YYYYMMDDHHMMSS on GDELT's 15-minute grid.
_QUARTER = "strftime(time_bucket(INTERVAL 15 MINUTE, {0}), '%Y%m%d%H%M%S')"
# The first 15 hex digits of an id, read as a number.
_INT_ID = "CAST('0x' || substr({0}, 1, 15) AS BIGINT)"


def _yyyymmdd(x: str) -> str:
    digits = f"replace(substr(coalesce({x}, ''), 1, 10), '-', '')"
    return f"CASE WHEN regexp_full_match({digits}, '[0-9]{{8}}') THEN {digits} END"


def _actor(code: str, sector: str, upper: str, known: str) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1, Type2, Type3.

    ``upper`` is the name in upper case (from _gnames), ``known`` a _gcountries column that is NULL when the
    code is not a country: both joined in, not looked up per cell (a subquery per cell costs a join each)."""
    c, s = f"coalesce({code}, '')", f"coalesce({sector}, '')"
    country = f"({known} IS NOT NULL)"
    full = f"CASE WHEN {c} = '' THEN '' WHEN {country} THEN {c} || {s} WHEN {s} IN ('IGO', 'NGO') THEN {s} || {c} ELSE {c} || {s} END"
    return [full, f"coalesce({upper}, '')", f"CASE WHEN {c} <> '' AND {country} THEN {c} ELSE '' END",
            f"CASE WHEN {c} = '' OR {country} THEN '' ELSE {c} END", "''", "''", "''", s, "''", "''"]


def _country_geo(alias: str) -> list[str]:
    """A country-level place (Type 1, FIPS as country, ADM1 and feature id) from a join ``alias`` on the countries."""
    fips = f"{alias}.fips"
    return [f"CASE WHEN {fips} IS NOT NULL THEN '1' END", f"{alias}.name", fips, fips, "''", "''", "''", fips]


def _event_columns() -> list[str]:
    day = "x.day"
    cols = [_INT_ID.format("e.id"), day, f"substr({day}, 1, 6)", f"substr({day}, 1, 4)",
            f"CASE WHEN length({day}) = 8 THEN printf('%.4f', CAST(substr({day}, 1, 4) AS INTEGER) + "
            f"(CAST(substr({day}, 5, 2) AS INTEGER) * 30 + CAST(substr({day}, 7, 2) AS INTEGER)) / 365.0) END"]
    cols += _actor("e.source_code", "e.source_sector", "us.u", "cs.iso3") + _actor("e.target_code", "e.target_sector", "ut.u", "ct.iso3")
    cameo = "coalesce(e.cameo, '')"
    cols += ["CASE WHEN coalesce(a.root, false) THEN 1 ELSE 0 END", cameo, f"substr({cameo}, 1, 3)", f"substr({cameo}, 1, 2)",
             "e.quad_class", "printf('%.1f', e.goldstein)", "e.num_mentions", "e.num_sources", "e.num_articles", "''"]
    cols += _country_geo("g1") + _country_geo("g2")
    # Where the event took place: a country, or a city with its gazetteer details.
    city = "e.place IS NOT NULL AND coalesce(e.place.kind, '') <> 'country'"
    adm1 = "CASE WHEN pl.admin1 IS NOT NULL AND pl.admin1 <> '' AND coalesce(pc.fips, '') <> '' THEN pc.fips || pl.admin1 ELSE pc.fips END"
    cols += [f"CASE WHEN e.place IS NULL THEN NULL WHEN {city} THEN CASE WHEN coalesce(pc.fips, '') = 'US' THEN '3' ELSE '4' END "
             "WHEN pc.fips IS NOT NULL THEN '1' ELSE '1' END",
             f"CASE WHEN e.place IS NULL THEN NULL WHEN {city} THEN concat_ws(', ', nullif(e.place.name, ''), nullif(pc.name, '')) "
             "WHEN pc.fips IS NOT NULL THEN pc.name ELSE coalesce(e.place.name, '') END",
             "CASE WHEN e.place IS NULL THEN NULL ELSE pc.fips END",
             f"CASE WHEN e.place IS NULL THEN NULL WHEN {city} THEN {adm1} ELSE pc.fips END",
             "''",
             f"CASE WHEN {city} THEN CAST(e.place.lat AS VARCHAR) END", f"CASE WHEN {city} THEN CAST(e.place.lon AS VARCHAR) END",
             f"CASE WHEN e.place IS NULL THEN NULL WHEN {city} THEN CAST(pl.geonameid AS VARCHAR) ELSE pc.fips END"]
    cols += ["a.added", "CASE WHEN a.event_id IS NULL THEN coalesce(e.source_url, '') ELSE a.url END"]
    return cols


def _mention_columns() -> list[str]:
    shift = "coalesce(m.post_offset, 0)"
    return [_INT_ID.format("m.event_id"), "a.added", _QUARTER.format("m.ingested_at"), "1",
            "coalesce(nullif(m.source_domain, ''), nullif(m.site_name, ''), "
            "CASE WHEN coalesce(m.url, '') = '' THEN nullif(m.link_domain, '') END, '')",
            "coalesce(nullif(m.url, ''), nullif(m.post_link, ''), 'eventwire:' || m.document_id)", "m.sentence_index + 1",
            f"CASE WHEN len(m.source) > 0 THEN m.source[1].start + {shift} ELSE -1 END",
            f"CASE WHEN len(m.target) > 0 THEN m.target[1].start + {shift} ELSE -1 END",
            f"m.trigger_start + {shift}", "1", "CAST(round_even(coalesce(m.confidence, 0) * 100, 0) AS BIGINT)",
            "coalesce(m.doc_length, 0)", "''", "''", "''"]


def _line(cols: list[str], kinds: list[str], guard: bool) -> str:
    """The cells as one line: NULL as empty, tabs and line breaks as spaces, text a spreadsheet would run guarded."""
    cells = []
    for expr, kind in zip(cols, kinds):
        cell = f"translate(coalesce(CAST(({expr}) AS VARCHAR), ''), chr(9) || chr(13) || chr(10), '   ')"
        if guard and kind == "STRING":  # the expression repeated, not a subquery: a subquery per cell is a join each
            cell = f"CASE WHEN left({cell}, 1) IN ('=', '+', '-', '@') THEN '''' || {cell} ELSE {cell} END"
        cells.append(cell)
    return " || chr(9) || ".join(cells)


def _copy(con, select: str, path: str, header: list[str] | None) -> None:
    target = path.replace("'", "''")  # COPY takes a literal path, not a parameter
    if header:
        select = f"SELECT CAST(? AS VARCHAR) AS line, 0 AS _h, 0 AS ord UNION ALL ({select})"
    con.execute(f"COPY (SELECT line FROM ({select}) ORDER BY _h, ord) TO '{target}' "
                "(FORMAT CSV, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\x01')", ["\t".join(header)] if header else [])


def copy_gdelt(con, where: str, params: list, events_path: str, mentions_path: str, *, kinds: dict[str, list[str]],
               names: dict[str, list[str]], countries: list[list], cities: list[list], upper: list[list], header: bool,
               guard: bool) -> tuple[int, int]:
    """Write the selected events and their mentions as GDELT files; returns how many of each.

    ``kinds`` and ``names`` are the GDELT types and names of each table's columns; ``countries`` rows of (iso3,
    name, fips); ``cities`` rows of (name, country, admin1, geonameid) for the selected events' places;
    ``upper`` rows of (name, the name in upper case) for their actors' names.
    """
    con.execute("CREATE OR REPLACE TEMP TABLE _gcountries (iso3 VARCHAR, name VARCHAR, fips VARCHAR)")
    con.execute("CREATE OR REPLACE TEMP TABLE _gcities (name VARCHAR, country VARCHAR, admin1 VARCHAR, geonameid BIGINT)")
    con.execute("CREATE OR REPLACE TEMP TABLE _gnames (n VARCHAR, u VARCHAR)")
    for table, rows, types in (("_gcountries", countries, "VARCHAR, VARCHAR, VARCHAR"),
                               ("_gcities", cities, "VARCHAR, VARCHAR, VARCHAR, BIGINT"), ("_gnames", upper, "VARCHAR, VARCHAR")):
        if rows:
            unnest = ", ".join(f"unnest(?::{t}[])" for t in types.split(", "))
            con.execute(f"INSERT INTO {table} SELECT {unnest}", [list(c) for c in zip(*rows)])
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _gev AS
                    SELECT *, row_number() OVER (ORDER BY coalesce(date, first_seen) DESC NULLS LAST, id) AS ord
                    FROM events{where}""", params)
    con.execute(_MENTIONS)
    # Per event, from its first mention (in the mentions' order) and all of them.
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _gagg AS
        SELECT event_id, bool_or(coalesce(in_first_paragraph, false)) AS root,
               coalesce(min({_QUARTER.format('ingested_at')}), '') AS added,
               arg_min(source, ord) AS source, arg_min(target, ord) AS target,
               arg_min(coalesce(nullif(url, ''), nullif(post_link, ''), ''), ord) AS url
        FROM _gm GROUP BY event_id""")
    geo = "coalesce(nullif({0}[1].based_in, ''), CASE WHEN {0}[1].code IN (SELECT iso3 FROM _gcountries) THEN {0}[1].code END)"
    events_sql = f"""
        SELECT {_line(_event_columns(), kinds['events'], guard)} AS line, 1 AS _h, e.ord
        FROM _gev e
        CROSS JOIN LATERAL (SELECT coalesce({_yyyymmdd('e.date')}, {_yyyymmdd('e.first_seen')}, '') AS day) x
        LEFT JOIN _gagg a ON a.event_id = e.id
        LEFT JOIN _gcountries g1 ON g1.iso3 = {geo.format('a.source')}
        LEFT JOIN _gcountries g2 ON g2.iso3 = {geo.format('a.target')}
        LEFT JOIN _gcountries pc ON pc.iso3 = coalesce(e.place.country, '')
        LEFT JOIN _gcountries cs ON cs.iso3 = e.source_code LEFT JOIN _gcountries ct ON ct.iso3 = e.target_code
        LEFT JOIN _gnames us ON us.n = e.source_name LEFT JOIN _gnames ut ON ut.n = e.target_name
        LEFT JOIN _gcities pl ON pl.name = coalesce(e.place.name, '') AND pl.country = coalesce(e.place.country, '')"""
    mentions_sql = f"""
        SELECT {_line(_mention_columns(), kinds['mentions'], guard)} AS line, 1 AS _h, m.ord
        FROM _gm m JOIN _gagg a ON a.event_id = m.event_id"""
    _copy(con, events_sql, events_path, names["events"] if header else None)
    _copy(con, mentions_sql, mentions_path, names["mentions"] if header else None)
    counts = con.execute("SELECT (SELECT count(*) FROM _gev), (SELECT count(*) FROM _gm)").fetchone()
    con.execute("DROP TABLE _gev; DROP TABLE _gm; DROP TABLE _gagg; DROP TABLE _gcountries; DROP TABLE _gcities; DROP TABLE _gnames")
    return counts[0], counts[1]
