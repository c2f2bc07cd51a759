"""Spark engine against the local engine, on the same input: CPU time and wall time, as ratios.

    python benchmarks/spark_bench.py [INPUT...] [--docs 300] [--rounds 1] [--json]

Without inputs, the corpus of ``tests/corpus.py`` (the team's own texts: the
dedup gold set's articles with reposts, posts built from the events gold
sentences, a few HTML pages and a WARC archive) is written with ``--docs``
documents. Each round runs, interleaved, ``eventwire analyze`` into a fresh
store (the local engine, stored path, aggregation included) and ``eventwire
spark analyze`` with ``--master local[1]`` and ``local[2]`` into a fresh folder,
each as its own process.

CPU time is that of the whole process tree (the driver, the JVM and the Python
workers), read from /proc every 0.2 s; a process's last 0.2 s before it exits
may be missed, which favours no side by much. The Spark figures include
starting the JVM (some seconds), which a long run pays once. Ratios are Spark
over local: below 1 is Spark cheaper or faster.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

_TICK = os.sysconf("SC_CLK_TCK")
ROOT = Path(__file__).resolve().parents[1]


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parent = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(parent, []).append(int(entry))
    return tree


def _cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime of the process itself
    except (OSError, IndexError, ValueError):
        return None


def run_measured(cmd: list[str]) -> dict:
    """Run ``cmd``; its wall time and the CPU time of its whole process tree."""
    seen: dict[int, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    while proc.poll() is None:
        tree, todo = _children(), [proc.pid]
        while todo:
            pid = todo.pop()
            cpu = _cpu(pid)
            if cpu is not None:
                seen[pid] = max(seen.get(pid, 0.0), cpu)
            todo += tree.get(pid, [])
        time.sleep(0.2)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 3):
        raise click.ClickException(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-2000:]}")
    return {"wall_s": round(wall, 2), "cpu_s": round(sum(seen.values()), 2), "processes": len(seen)}


def _eventwire() -> str:
    return str(Path(sys.executable).with_name("eventwire"))


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("--docs", type=int, default=300, show_default=True, help="Documents in the generated corpus (without INPUT).")
@click.option("--rounds", type=int, default=1, show_default=True, help="Interleaved rounds of the three runs.")
@click.option("--json", "as_json", is_flag=True)
def main(inputs: tuple[str, ...], docs: int, rounds: int, as_json: bool) -> None:
    work = Path(tempfile.mkdtemp(prefix="eventwire-spark-bench-"))
    try:
        generated = not inputs
        if generated:
            sys.path.insert(0, str(ROOT))
            from tests import corpus

            inputs = tuple(corpus.write(work / "corpus", n=docs))
        runs: dict[str, list[dict]] = {"local": [], "local[1]": [], "local[2]": []}
        for n in range(rounds):
            runs["local"].append(run_measured([_eventwire(), "analyze", *inputs, "--db", str(work / f"local-{n}.duckdb"), "--json"]))
            for master in ("local[1]", "local[2]"):
                out = work / f"spark-{master[6]}-{n}"
                runs[master].append(run_measured([_eventwire(), "spark", "analyze", *inputs, "--out", str(out), "--master", master,
                                                  "--json"]))
        best = {k: {m: min(r[m] for r in v) for m in ("wall_s", "cpu_s")} for k, v in runs.items()}
        result = {
            "inputs": list(inputs) if len(inputs) < 10 else f"{len(inputs)} inputs", "docs": docs if generated else None,
            "rounds": rounds, "runs": runs, "best": best,
            "ratios": {m: {"cpu": round(best[m]["cpu_s"] / best["local"]["cpu_s"], 3),
                           "wall": round(best[m]["wall_s"] / best["local"]["wall_s"], 3)} for m in ("local[1]", "local[2]")},
            "load_average": os.getloadavg(),
        }
        if as_json:
            click.echo(json.dumps(result, indent=2))
        else:
            for name, b in best.items():
                click.echo(f"{name:9} wall {b['wall_s']:8.1f} s   cpu {b['cpu_s']:8.1f} s")
            for m, r in result["ratios"].items():
                click.echo(f"{m} / local: cpu ×{r['cpu']}, wall ×{r['wall']}")
            click.echo(f"load average at the end: {result['load_average']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
