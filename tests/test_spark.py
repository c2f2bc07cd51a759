"""The Spark engine gives the same store as the local engine, and its output loads into DuckDB.

Marked ``spark``: they need pyspark and a Java runtime (``.ci/run`` installs
both) and run in CI; deselect them with ``-m "not spark"``. One local[2]
session serves the whole module.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.pipeline import analyze_inputs
from eventwire.store import Store

from . import corpus

pytestmark = pytest.mark.spark
pyspark = pytest.importorskip("pyspark", reason="the Spark engine needs pyspark (pip install 'eventwire[spark]')")


@pytest.fixture(scope="module")
def spark():
    from eventwire.spark import session

    spark = session.start("local[2]", partitions=4)
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def engines(spark, tmp_path_factory):
    """The same 300-document corpus through both engines: the local store, and the Spark output loaded into a store."""
    from eventwire.spark import analyze

    root = tmp_path_factory.mktemp("engines")
    inputs = corpus.write(root / "corpus", n=300)
    with Store(root / "local.duckdb") as store:
        for _ in analyze_inputs(inputs, store=store):
            pass
    summary = analyze(inputs, root / "parquet", spark=spark, partitions=4)
    with Store(root / "spark.duckdb") as store:
        loaded = store.load_parquet(root / "parquet")
    return root / "local.duckdb", root / "spark.duckdb", summary, loaded, root


def _rows(db: Path, sql: str) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return sorted(store.sql(sql), key=repr)


# What each engine must agree on: ids and the fields that carry the analysis and the aggregation.
_SAME = {
    "documents": "SELECT id, external_id, url, published, kind, input, n_posts FROM documents",
    "mentions": "SELECT id, document_id, post_id, sentence_index, trigger_start, trigger_end, cameo, plover_type, goldstein, "
                "source, target, negated, modality, date, place, claim_id, sourcing, chain, hedged, event_id, corroboration, model "
                "FROM mentions",
    "claims": "SELECT id, document_id, post_id, kind, cue, start, \"end\", segments, text, chain, medium, hedges, confidence, "
              "posted_by FROM claims",
    "sentences": "SELECT post_id, sentence_index, start, \"end\", text FROM sentences",
    "learned_roles": "SELECT name, code, sector, role, document_id, date FROM learned_roles",
    "stories": "SELECT story_id, document_id, url, poster, published, canonical FROM stories",
    "events": "SELECT * FROM events",
    "signatures": "SELECT document_id, shingles, hashvalues FROM signatures",
    "rejects": "SELECT id, input, reason, message FROM rejects",
    "actors": "SELECT * FROM actors",
    "sources": "SELECT * FROM sources",
}


@pytest.mark.parametrize("table", sorted(_SAME))
def test_spark_gives_the_same_store_as_the_local_engine(engines, table):
    local, spark_db, *_ = engines
    want, got = _rows(local, _SAME[table]), _rows(spark_db, _SAME[table])
    assert len(got) == len(want), f"{table}: {len(got)} rows from Spark, {len(want)} from the local engine"
    diff = [(w, g) for w, g in zip(want, got) if w != g]
    assert not diff, f"{table}: {len(diff)} rows differ, first: {diff[0]}"


def test_the_corpus_exercises_what_is_compared(engines):
    """Not a trivial equality: the corpus has copies, multi-mention events, learned roles and rejects."""
    local, _, summary, loaded, _ = engines
    assert summary["new"] == 300 and summary["rejected"] == 2
    with Store(local, read_only=True) as store:
        stories = store.sql("SELECT count(DISTINCT story_id), count(*) FROM stories")[0]
        merged = store.sql("SELECT count(*) FROM events WHERE num_mentions > 1")[0][0]
        articles = store.sql("SELECT count(*) FROM events WHERE num_articles > 1")[0][0]
        roles = store.sql("SELECT count(*) FROM learned_roles")[0][0]
    assert stories[0] < stories[1] - 50, "reposts should join their originals' stories"
    assert merged > 20 and articles > 10 and roles > 0
    assert summary["copy_pairs"] > 50
    assert loaded["added"]["documents"] == 300


def test_output_is_partitioned_by_day(engines):
    root = engines[4] / "parquet"
    days = sorted(p.name for p in (root / "mentions").iterdir() if p.is_dir())
    assert "day=2025-03-01" in days and len(days) > 10
    assert all((root / t).is_dir() for t in ("documents", "posts", "sentences", "claims", "learned_roles", "stories", "events"))


def test_load_cli_into_a_store_that_has_documents(engines, tmp_path):
    """Loading into a non-empty store adds only new documents and recomputes stories and events over everything."""
    local, _, _, _, root = engines
    db = tmp_path / "both.duckdb"
    first = [str(root / "corpus" / "pages")]  # 3 of the corpus' documents, analysed locally first
    with Store(db) as store:
        for _ in analyze_inputs(first, store=store):
            pass
    result = CliRunner().invoke(main, ["load", str(root / "parquet"), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["added"]["documents"] == 297
    assert report["rebuilt"]["documents"] == 300
    assert _rows(db, _SAME["events"]) == _rows(local, _SAME["events"])
    assert _rows(db, _SAME["stories"]) == _rows(local, _SAME["stories"])


def test_load_refuses_a_folder_that_is_not_spark_output(tmp_path):
    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert "E030" in result.output and "manifest" in result.output


def test_spark_analyze_refuses_an_existing_output_without_force(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine", "utf-8")
    (tmp_path / "in.txt").write_text("Ruritania urged Valdonia to withdraw its troops.", "utf-8")
    result = CliRunner().invoke(main, ["spark", "analyze", str(tmp_path / "in.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "E051" in result.output and "--force" in result.output
    result = CliRunner().invoke(main, ["spark", "analyze", str(tmp_path / "in.txt"), "--out", str(tmp_path / "out"), "--force"])
    assert result.exit_code == 1 and "not an earlier output" in result.output  # --force never deletes a folder it did not write
    assert (tmp_path / "out" / "notes.txt").exists()
