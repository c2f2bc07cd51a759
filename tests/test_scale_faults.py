"""Faults at scale: a killed run resumes to a clean run's store; readers answer while a writer runs."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from eventwire import Store

from .test_scale import corpus, snapshot, write_jsonl

# Small batches, so that a run has many transactions to be killed in between and inside.
ENV = {**os.environ, "EVENTWIRE_BATCH": "8", "EVENTWIRE_LOCK_WAIT": "60"}


def _analyze(db, inputs, batch: int = 8) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "eventwire", "analyze", *map(str, inputs), "--db", str(db),
                             "--workers", "1", "--json"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**ENV, "EVENTWIRE_BATCH": str(batch)})


def _wait_limit() -> float:
    """5 s on an idle machine. A writer's batch holds the store for a fixed amount of CPU
    work, so on a machine loaded beyond its cores it holds it proportionally longer."""
    return 5.0 * max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))


@pytest.mark.slow
def test_a_run_killed_at_random_points_resumes_to_the_clean_result(tmp_path):
    data = write_jsonl(tmp_path / "in.jsonl", corpus(30))
    clean = _analyze(tmp_path / "clean.duckdb", [data])
    started = time.monotonic()
    assert clean.wait(timeout=300) == 0, clean.stderr.read()
    took = time.monotonic() - started
    rng = random.Random(13)
    db = tmp_path / "killed.duckdb"
    kills = attempts = 0
    while kills < 5 and attempts < 12:  # a kill after the run ended is no test: try another point
        attempts += 1
        run = _analyze(db, [data])
        time.sleep(rng.uniform(0.3, took * 0.8))
        if run.poll() is None:
            run.send_signal(signal.SIGKILL)
            kills += 1
        run.wait()
    assert kills == 5
    rerun = _analyze(db, [data])
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
    assert snapshot(db) == snapshot(tmp_path / "clean.duckdb")


@pytest.mark.slow
def test_readers_answer_while_a_writer_stores_200_documents(tmp_path):
    data = write_jsonl(tmp_path / "in.jsonl", corpus(200))
    db = tmp_path / "s.duckdb"
    Store(db).close()
    writer = _analyze(db, [data], batch=16)
    waits, counts, limits = [], [], []
    try:
        while writer.poll() is None:
            started = time.monotonic()
            with Store(db, read_only=True) as store:  # waits while the writer holds a batch, then reads
                counts.append(len(store.events(limit=5)) + store.stats()["documents"])
            waits.append(time.monotonic() - started)
            limits.append(_wait_limit())
            time.sleep(1)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.wait() == 0, writer.stderr.read()
    assert len(waits) >= 3, "the writer finished before readers could test it"
    assert all(w < limit for w, limit in zip(waits, limits)), " ".join(f"{w:.1f}/{x:.0f}" for w, x in zip(waits, limits))
    assert counts == sorted(counts)  # each reader saw a consistent, growing store
