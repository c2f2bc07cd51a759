"""Loading the Spark engine's Parquet tables into the store.

The Spark engine writes each store table as Parquet (partitioned by ``day``;
the partition column lives in the folder names, not in the files, so it is not
read). Into an empty store everything is inserted as it is, Spark's stories
included; then the store's own aggregation runs over the loaded documents, as
after a local run: it resolves persons from roles other documents taught (late
resolution, which the Spark engine does not do yet) and re-clusters the
canonical events that touches, and sums up actors and sources. Into a store that
already holds documents, only the documents it does not hold yet are added, with
their rows, and stories and events are recomputed over the whole store, since
copies and mentions may now span both. The rows go in one transaction: a failed
load leaves the store as it was (the aggregation after it is resumable, as after
any run).
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from ..errors import StoreError, UsageError
from . import aggregate

__all__ = ["TABLES", "load_parquet"]

# Spark output table → its key in the store (rows of documents already stored are skipped).
TABLES = {
    "documents": "id", "posts": "document_id", "sentences": "document_id", "claims": "document_id",
    "mentions": "document_id", "learned_roles": "document_id", "signatures": "document_id",
    "rejects": None, "stories": None, "events": None,
}
FORMAT = 1  # the manifest's format this loader reads (spark._run.FORMAT_VERSION writes it)
_DERIVED = ("stories", "events")  # cross-document: recomputed by rebuild when the store was not empty


def _manifest(folder: Path) -> dict:
    files = sorted((folder / "manifest").glob("*.json"))
    if not files:
        raise UsageError(f"{folder} is not a finished output of `eventwire spark analyze` (it has no manifest)",
                         hint="Give the --out folder of a Spark run that completed; rerun it if it was interrupted.")
    manifest = json.loads(files[0].read_text("utf-8").splitlines()[0])
    if int(manifest.get("format", 0)) != FORMAT:
        raise UsageError(f"{folder} was written in format {manifest.get('format')}; this eventwire loads format {FORMAT}",
                         hint="Load it with the eventwire version that wrote it, or rerun `eventwire spark analyze`.")
    return manifest


def _glob(folder: Path, table: str) -> str | None:
    if not any((folder / table).rglob("*.parquet")):
        return None  # an empty table: Spark wrote no file
    return str(folder / table / "**" / "*.parquet").replace("'", "''")


def load_parquet(store, folder: str | Path) -> dict:
    """Insert a Spark run's tables into ``store``; returns what was added."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder", hint="Give the --out folder of `eventwire spark analyze`.")
    manifest = _manifest(folder)
    con = store._con
    fresh = con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    added: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE TEMP TABLE new_documents (id VARCHAR PRIMARY KEY)")
        for table, key in TABLES.items():
            source = _glob(folder, table)
            if source is None or (table in _DERIVED and not fresh):
                added[table] = 0
                continue
            rows = f"read_parquet('{source}', hive_partitioning = false, union_by_name = true)"
            if table == "documents":
                con.execute(f"INSERT INTO new_documents SELECT id FROM {rows} WHERE id NOT IN (SELECT id FROM documents)")
            where = f" WHERE {key} IN (SELECT id FROM new_documents)" if key else ""
            before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            con.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM {rows}{where}")
            added[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before
        new_ids = [r[0] for r in con.execute("SELECT id FROM new_documents ORDER BY id").fetchall()]
        con.execute("DROP TABLE new_documents")
        if fresh:
            aggregate.index_copies(con, new_ids)  # later incremental runs find the loaded documents' copies
            # Cross-document knowledge is applied in the store, as for a local run: the loaded documents are
            # queued, so the aggregation below resolves persons from roles other documents taught (late
            # resolution) and re-clusters the events whose mentions that changes. Spark's stories are kept.
            con.execute("INSERT OR IGNORE INTO pending SELECT unnest(?::VARCHAR[])", [new_ids])
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"loading {folder} failed: {exc}",
                         hint="Check that the folder is the output of `eventwire spark analyze` from this version of eventwire.") from exc
    summary = {"folder": str(folder), "model": manifest.get("model"), "coded_at": manifest.get("coded_at"), "added": added}
    if fresh:
        summary["aggregated"] = aggregate.update(store)
    elif added["documents"]:
        summary["rebuilt"] = aggregate.update(store, full=True)
    return summary
