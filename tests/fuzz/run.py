"""Run fuzz cases through the CLI in subprocesses and count what went wrong.

Inputs are written into batch folders and each batch is ingested by one
``eventwire ingest --json`` call into a fresh store (starting Python and DuckDB
once per batch, not once per input). A batch that crashes or runs out of time is
run again in halves until every failure is pinned to its input. Then, per
input, the store must hold documents or reject rows for it, as many documents as
it has known-good records, and the report's counts must equal the store's.
``analyze`` runs on a sample the same way.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .cases import Case

FAILURES = ["crashes", "hangs", "silent drops", "lost good records", "report/store disagreements"]


@dataclass
class Outcome:
    runs: int = 0
    inputs: int = 0
    failures: Counter = field(default_factory=Counter)
    by_category: dict[str, Counter] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def fail(self, kind: str, case: Case, detail: str) -> None:
        self.failures[kind] += 1
        self.by_category.setdefault(case.category, Counter())[kind] += 1
        if len(self.examples) < 40:
            self.examples.append(f"{kind}: {case.category} {case.name!r}: {detail[:300]}")

    def table(self) -> str:
        rows = ["| failure | count |", "|---|---|"] + [f"| {k} | {self.failures[k]} |" for k in FAILURES]
        return "\n".join(rows)


def _eventwire() -> list[str]:
    exe = Path(sys.executable).with_name("eventwire")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "eventwire"]


def _fs_name(path: Path) -> str:
    """The name eventwire gives an input path (undecodable bytes are escaped when stored)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _write(folder: Path, index: int, case: Case) -> Path:
    sub = folder / f"case-{index:05d}"
    sub.mkdir(parents=True)
    path = Path(os.fsdecode(os.fsencode(sub) + b"/" + case.name))
    path.write_bytes(case.data)
    return path


def _run(args: list[str], timeout: float) -> tuple[int | None, str, str]:
    try:
        proc = subprocess.run(_eventwire() + args, capture_output=True, timeout=timeout,
                              env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    except subprocess.TimeoutExpired:
        return None, "", ""
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def _crashed(rc: int | None, err: str) -> str | None:
    if rc is None:
        return None
    if rc not in (0, 3):
        return f"exit {rc}: {err.strip()[-300:]}"
    if "E999" in err or "Traceback" in err:
        return f"exit {rc} with {err.strip()[-300:]}"
    return None


def _store_counts(db: Path) -> tuple[list[str], list[str]]:
    from eventwire import Store

    with Store(db, read_only=True) as store:
        docs = [r[0] or "" for r in store.sql("SELECT input FROM documents")]
        rejects = [r[0] or "" for r in store.sql("SELECT input FROM rejects")]
    return docs, rejects


def _belongs(stored: str, name: str) -> bool:
    return stored == name or stored.startswith(name + " ")


def _check_store(out: Outcome, db: Path, cases: list[tuple[Case, Path]], report: dict | None, command: str) -> None:
    docs, rejects = _store_counts(db) if db.exists() else ([], [])
    if report is not None and (report["new"] != len(docs) or report["rejected"] != len(rejects)):
        out.fail("report/store disagreements", cases[0][0],
                 f"{command}: report {report['new']} new, {report['rejected']} rejected; store {len(docs)}, {len(rejects)}")
    for case, path in cases:
        # Each case has its own folder, so a stored name belongs to one case only.
        folder = _fs_name(path.parent) + "/"
        n_docs = sum(d.startswith(folder) for d in docs)
        n_rejects = sum(r.startswith(folder) for r in rejects)
        if n_docs + n_rejects == 0:
            out.fail("silent drops", case, f"{path.parent.name} {command}: neither a document nor a reject row")
        elif n_docs < case.good:
            out.fail("lost good records", case, f"{path.parent.name} {command}: {n_docs} document(s) of {case.good} good record(s)")


def _analyze_report(stdout: str, stderr: str) -> dict | None:
    m = re.search(r"(\d+) input\(s\): (\d+) document\(s\), (\d+) new", stdout)
    if not m:
        return None
    r = re.search(r"(\d+) rejected \(", stderr)
    return {"new": int(m.group(3)), "rejected": int(r.group(1)) if r else 0}


def _run_batch(out: Outcome, work: Path, batch: list[tuple[Case, Path]], command: str, limit: float) -> None:
    db = work / f"{batch[0][1].parent.name}-{command}.duckdb"
    args = [command, "--db", str(db), "--no-progress"] + (["--json"] if command == "ingest" else ["--date", "2024-06-03"])
    rc, stdout, stderr = _run(args + [str(p.parent) for _, p in batch], timeout=limit * len(batch) + 30)
    out.runs += 1
    if len(batch) > 1 and (rc is None or _crashed(rc, stderr)):
        db.unlink(missing_ok=True)
        half = len(batch) // 2  # pin the failure to its input by halving
        _run_batch(out, work, batch[:half], command, limit)
        _run_batch(out, work, batch[half:], command, limit)
        return
    if rc is None:
        out.fail("hangs", batch[0][0], f"{command}: over {limit + 30:.0f} s")
        return
    crash = _crashed(rc, stderr)
    if crash:
        out.fail("crashes", batch[0][0], f"{command}: {crash}")
        return
    if command == "ingest":
        try:
            report = json.loads(stdout)
        except ValueError:
            out.fail("report/store disagreements", batch[0][0], f"ingest printed no JSON report: {stdout[:200]}")
            report = None
    else:
        report = _analyze_report(stdout, stderr)
    _check_store(out, db, batch, report, command)
    db.unlink(missing_ok=True)


def run_cases(cases: list[Case], work: Path, *, batch_size: int = 40, limit: float = 60.0,
              analyze_every: int = 10, analyze_batch: int = 8) -> Outcome:
    """Ingest every case; analyze every ``analyze_every``-th case (the model is slow to load)."""
    started = time.monotonic()
    out = Outcome(inputs=len(cases))
    written = [(case, _write(work / "inputs", i, case)) for i, case in enumerate(cases)]
    for start in range(0, len(written), batch_size):
        _run_batch(out, work, written[start:start + batch_size], "ingest", limit)
    # One case of every category (the first ones, see cases.generate), then every n-th.
    firsts = {c.category: (c, p) for c, p in reversed(written)}
    sample = list(firsts.values()) + [w for w in written[::analyze_every] if w not in firsts.values()] if analyze_every else []
    # Big inputs make analyze slow on purpose-free text; the ingest run covers them.
    sample = [(c, p) for c, p in sample if len(c.data) < 2_000_000]
    for start in range(0, len(sample), analyze_batch):
        _run_batch(out, work, sample[start:start + analyze_batch], "analyze", limit)
    out.seconds = time.monotonic() - started
    return out
