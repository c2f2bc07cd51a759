"""analyze --workers: a worker that dies is a typed error, and the store
then holds whole batches only, which a re-run completes to the clean result."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import Store
from eventwire.cli import main
from eventwire.errors import ModelNotFoundError, WorkerError
from eventwire.pipeline import analyze, analyze_inputs

from .test_scale import corpus, snapshot, write_jsonl

KILL = "The harbour master KILLWORKER said the ferry was late."


@pytest.fixture()
def small_blocks(monkeypatch):
    """Workers for a few documents, in several blocks and store batches."""
    import eventwire.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_DOCS", 4)
    monkeypatch.setattr(pipeline, "PARALLEL_BLOCK", 4)
    monkeypatch.setattr(pipeline, "BLOCK_CHARS", 0)
    monkeypatch.setattr(pipeline, "STORE_BATCH", 4)
    return pipeline


def _dying_worker(pipeline, monkeypatch) -> None:
    """A worker process that codes a document holding KILLWORKER dies at once, as one killed by the system would."""
    real = pipeline._work

    def _work(model, docs, *rest):
        if any("KILLWORKER" in post.text for doc in docs for post in doc.posts):
            os._exit(9)
        return real(model, docs, *rest)

    _work.__qualname__ = _work.__name__ = "_work"
    _work.__module__ = pipeline.__name__  # the executor sends it to the workers by name
    monkeypatch.setattr(pipeline, "_work", _work)


def _records() -> list[dict]:
    records = corpus(14)
    records[10] = dict(records[10], text=records[10]["text"] + " " + KILL)
    return records


def test_a_worker_that_dies_is_a_typed_error_and_leaves_whole_batches(tmp_path, small_blocks, monkeypatch):
    pipeline = small_blocks
    data = write_jsonl(tmp_path / "docs.jsonl", _records())
    with Store(tmp_path / "clean.duckdb") as store:
        list(analyze_inputs([str(data)], store=store, workers=1))
    clean = snapshot(tmp_path / "clean.duckdb")

    _dying_worker(pipeline, monkeypatch)
    with Store(tmp_path / "w2.duckdb") as store, pytest.raises(WorkerError) as info:
        list(analyze_inputs([str(data)], store=store, workers=2))
    assert info.value.code == "E070" and "Run again" in info.value.hint
    with Store(tmp_path / "w2.duckdb", read_only=True) as s:
        stored = s.sql("SELECT count(*) FROM documents")[0][0]
        assert 4 <= stored < 14 and stored % 4 == 0  # the batches before the dead worker's, each stored whole
        assert s.sql("SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM sentences)")[0][0] == 0
        assert s.sql("SELECT count(*) FROM pending")[0][0] == 0  # every stored batch was aggregated

    monkeypatch.undo()
    with Store(tmp_path / "w2.duckdb") as store:  # the re-run finishes it: the clean run's store
        list(analyze_inputs([str(data)], store=store, workers=1))
    assert snapshot(tmp_path / "w2.duckdb") == clean


def test_the_command_line_reports_a_dead_worker_not_a_traceback(tmp_path, small_blocks, monkeypatch):
    _dying_worker(small_blocks, monkeypatch)
    data = write_jsonl(tmp_path / "docs.jsonl", _records())
    result = CliRunner().invoke(main, ["analyze", str(data), "--db", str(tmp_path / "s.duckdb"), "--workers", "2", "--json"])
    assert result.exit_code == 1, result.output
    assert "[E070]" in result.output and "hint:" in result.output and "Traceback" not in result.output


def test_a_missing_model_is_reported_with_workers(tmp_path, small_blocks):
    docs = [Path(tmp_path / f"d{i}.txt") for i in range(6)]
    for i, path in enumerate(docs):
        path.write_text(f"Officials met on day {i} to discuss the border.", encoding="utf-8")
    with pytest.raises(ModelNotFoundError):
        list(analyze_inputs([str(p) for p in docs], workers=2, model="no_such_model_xx"))
    result = CliRunner().invoke(main, ["analyze", *map(str, docs), "--db", str(tmp_path / "s.duckdb"), "--workers", "2",
                                       "--model", "no_such_model_xx"])
    assert result.exit_code == 1 and "[E040]" in result.output and "Traceback" not in result.output


def test_a_deferred_store_is_opened_when_the_coding_starts(tmp_path):
    path = tmp_path / "later.duckdb"
    store = Store(path, defer=True)
    assert not path.exists()  # nothing opened or created yet
    calls = []
    out = list(analyze(_docs(3), workers=1, on_ready=lambda: calls.append(store.open())))
    assert len(out) == 3 and calls == [None] and path.exists() and store.schema_version() > 0
    store.close()


def test_a_store_that_cannot_be_opened_stops_the_workers_with_its_error(tmp_path, small_blocks):
    bad = tmp_path / "not-a-store.duckdb"
    bad.write_bytes(b"this is not a DuckDB file, and never was" * 100)
    data = write_jsonl(tmp_path / "docs.jsonl", corpus(6))
    result = CliRunner().invoke(main, ["analyze", str(data), "--db", str(bad), "--workers", "2"])
    assert result.exit_code == 1 and "[E020]" in result.output and "Traceback" not in result.output


def _docs(n: int):
    from eventwire.model import Document, Post, finalize

    return [finalize(Document(external_id=f"x{i}", published="2024-03-01",
                              posts=[Post(text=f"The foreign minister met his counterpart on day {i}.")])) for i in range(n)]


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_forked_workers_share_the_pipeline_the_main_process_loaded(tmp_path, small_blocks, monkeypatch):
    """With fork, the pipeline is loaded once, before the fork: a worker that loaded its own made a two-worker
    run cost a second load's CPU and slowed its parse (docs/scale.md, Both cores)."""
    import threading

    import spacy

    from eventwire.nlp import _pipeline

    for thread in threading.enumerate():  # an executor stopped by an earlier test may still be winding down
        if thread is not threading.main_thread():
            thread.join(timeout=10)
    assert small_blocks._start_method().get_start_method() == "fork"
    log = tmp_path / "loads.txt"
    real = spacy.load

    def counting(name, *args, **kwargs):
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(_pipeline.spacy, "load", counting)
    _pipeline.load.cache_clear()
    try:
        out = list(analyze(_docs(12), workers=2))
    finally:
        _pipeline.load.cache_clear()  # the next user loads the real thing again
    assert len(out) == 12 and all(a.sentences for a in out)
    assert log.read_text("utf-8").split() == [str(os.getpid())]


def test_tasks_hold_neighbours_longest_first_and_shrink_to_single_documents():
    """A worker codes a task in one nlp.pipe call (batched parsing), so long tasks; but the block's last tasks are
    single documents, so that the workers finish together."""
    import eventwire.pipeline as pipeline
    from eventwire.model import Document, Post, finalize

    lengths = [900, 5000, 3000, 12000, 2500, 800, 4000, 7000, 2600, 3100, 6000, 2700] * 3
    block = [finalize(Document(external_id=f"t{i}", posts=[Post(text="x" * n)])) for i, n in enumerate(lengths)]
    tasks = pipeline._tasks(block, 2)
    order = [i for t in tasks for i in t]
    assert sorted(order) == list(range(len(block)))  # every document once
    assert [lengths[i] for i in order] == sorted(lengths, reverse=True)  # longest first (stable)
    assert len(tasks[0]) > 1 and all(len(t) <= pipeline.TASK_DOCS for t in tasks)  # the longest together too
    sizes = [sum(lengths[i] for i in t) for t in tasks]
    assert sizes[0] < sum(lengths) // 4 + max(lengths)  # a quarter (two workers) of what is left, plus one document
    assert sizes[-1] <= pipeline.TASK_CHARS + 900 and sizes == sorted(sizes, reverse=True)  # shrinking to small ones


def test_the_workers_are_told_to_go_before_the_last_batch_and_joined_after_it(tmp_path, small_blocks, monkeypatch):
    """Their exit (the kernel freeing their memory) overlaps the store's last batch instead of preceding it, and
    the run still ends with every worker and the executor's thread gone (docs/scale.md, What one run waits for)."""
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    pipeline = small_blocks
    calls: list[str] = []
    real_shutdown, real_write = ProcessPoolExecutor.shutdown, pipeline._write

    def shutdown(self, wait=True, **kwargs):
        calls.append(f"shutdown wait={wait}")
        return real_shutdown(self, wait=wait, **kwargs)

    def write(*args, last=False, **kwargs):
        calls.append("last batch" if last else "batch")
        return real_write(*args, last=last, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "shutdown", shutdown)
    monkeypatch.setattr(pipeline, "_write", write)
    data = write_jsonl(tmp_path / "docs.jsonl", corpus(10))
    with Store(tmp_path / "w2.duckdb") as store:
        out = list(analyze_inputs([str(data)], store=store, workers=2))
    assert len(out) == 10
    assert calls[-3:] == ["shutdown wait=False", "last batch", "shutdown wait=True"]
    assert not multiprocessing.active_children() and threading.active_count() == 1
