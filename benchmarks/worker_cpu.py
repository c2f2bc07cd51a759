"""Where the CPU of a two-worker `eventwire analyze` goes, by process, and what one task's size costs.

    python benchmarks/worker_cpu.py tasks ../shared/dev-data/attribution-polnear/train/text [--articles 20]
        [--rounds 6] [--sizes 1,2,4,16]
    python benchmarks/worker_cpu.py cli ../shared/dev-data/attribution-polnear/train/text [--articles 60]
        [--rounds 4] [--workers 2] --src OLD/src
    python benchmarks/worker_cpu.py pinned ../shared/dev-data/attribution-polnear/train/text [--articles 60]
        [--rounds 4] [--core 0]

``tasks`` codes the articles in this process (the pipeline loaded once), sorted longest first, in calls of k
documents for each k of ``--sizes`` (as a worker codes its tasks), against one call for all of them in input
order (as one worker codes a batch of 64), interleaved round by round; it prints each size's CPU as the median of
the rounds' ratios to the single call. A run of one coder at a time: no two coders share the cores.

``cli`` runs whole ``eventwire analyze ARTICLES --db NEW --workers N`` commands, this checkout's ``src`` and
``--src`` alternately, and samples their process trees from /proc every 0.1 s: the CPU (user + system) of the
main process and of each worker, the minor page faults of the whole tree, and the tail (how long one worker still
coded after the other had stopped). It prints every run and the median of the pairs' ratios of tree CPU.
Linux only (/proc).

``pinned`` tells whether the extra CPU of two workers is in the software (the fork, the copies of written
pages, the tasks, the results' way back, the main process's work) or comes from two coders running at once: it
runs whole ``eventwire analyze ARTICLES --db NEW --workers 1`` and ``--workers 2`` commands alternately with
every process of the run bound to one core (``sched_setaffinity``, inherited by the workers), so the two workers
never code at the same time but do everything else a two-worker run does; it prints the median of the rounds'
ratios of tree CPU. Meaningful on a loaded machine too: both sides share their one core with the same other work.

``pair`` tells whether two coders cost more CPU side by side than one after the other (the cores' shared caches
and memory, or hyperthreads of one physical core behind a virtual machine's two cores): the pipeline is loaded
once, then two forked children code half the articles each (in tasks as the workers make them), one after the
other and then at once, alternately; it prints the median of the rounds' ratios of their summed CPU. Meaningful
on an idle machine only.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import click

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _paths(folder: Path, n: int) -> list[Path]:
    paths = sorted(folder.glob("*.txt"))[:n]
    if not paths:
        raise click.ClickException(f"no .txt articles under {folder}")
    return paths


@click.group()
def main() -> None:
    """Worker CPU benchmarks."""


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--articles", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--rounds", type=click.IntRange(min=1), default=6, show_default=True)
@click.option("--sizes", default="1,2,4,16", show_default=True, help="Documents per call.")
def tasks(folder: Path, articles: int, rounds: int, sizes: str) -> None:
    from eventwire.model import Document, Post, finalize
    from eventwire.nlp import load
    from eventwire.pipeline import analyze

    texts = [p.read_text("utf-8") for p in _paths(folder, articles)]
    nlp = load(None)
    gc.freeze()  # as before the fork of the workers

    def code(k: int) -> float:
        docs = [finalize(Document(url=f"bench:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts)]
        if k:
            docs.sort(key=lambda d: -len(d.posts[0].text))
        c = time.process_time()
        for i in range(0, len(docs), k or len(docs)):
            list(analyze(docs[i : i + (k or len(docs))], nlp=nlp))
        return time.process_time() - c

    code(0)  # warm up
    variants = [0] + [int(k) for k in sizes.split(",")]
    cpu: dict[int, list[float]] = {k: [] for k in variants}
    for r in range(rounds):
        for k in variants if r % 2 == 0 else variants[::-1]:
            cpu[k].append(code(k))
    out = {"articles": len(texts), "rounds": rounds, "one_call_cpu_s": round(statistics.median(cpu[0]), 2)}
    for k in variants[1:]:
        out[f"calls_of_{k}_over_one_call"] = round(statistics.median(c / b for c, b in zip(cpu[k], cpu[0])), 3)
    print(json.dumps(out, indent=2))
    sys.stdout.flush()
    os._exit(0)  # skip the interpreter's last collections of the pipeline


def _stat(path: str) -> tuple[str, list[str]]:
    with open(path, encoding="utf-8") as f:
        s = f.read()
    r = s.rfind(")")
    return s[s.find("(") + 1 : r], s[r + 2 :].split()


def _tree(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        try:
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children", encoding="utf-8") as f:
                    todo += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return seen


def _sample(root: int) -> dict[int, float]:
    out = {}
    for p in _tree(root):
        try:
            _, f = _stat(f"/proc/{p}/stat")
        except OSError:
            continue
        out[p] = (int(f[11]) + int(f[12])) / _TICK  # utime + stime
    return out


def _monitored(cmd: list[str], env: dict[str, str]) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    last: dict[int, float] = {}
    moved: dict[int, float] = {}  # when each process's CPU last grew
    while proc.poll() is None:
        now = time.perf_counter() - t0
        for p, c in _sample(proc.pid).items():
            if c > last.get(p, -1.0):
                if p in last:
                    moved[p] = now
                last[p] = c
        time.sleep(0.1)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise click.ClickException(f"{' '.join(cmd[:4])}... failed ({proc.returncode})")
    ends = sorted(t for p, t in moved.items() if p != proc.pid)
    return {"cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
            "sys_s": round(after.ru_stime - before.ru_stime, 2),
            "wall_s": round(time.perf_counter() - t0, 1),
            "main_cpu_s": last.get(proc.pid, 0.0),
            "workers_cpu_s": sorted((c for p, c in last.items() if p != proc.pid), reverse=True),
            "minflt": after.ru_minflt - before.ru_minflt,
            "tail_s": round(ends[-1] - ends[0], 2) if len(ends) > 1 else 0.0}


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--articles", type=click.IntRange(min=48), default=60, show_default=True)
@click.option("--rounds", type=click.IntRange(min=1), default=4, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--src", "other", required=True, help="Another checkout's src folder, run alternately with this one.")
def cli(folder: Path, articles: int, rounds: int, workers: int, other: str) -> None:
    import tempfile

    paths = [str(p) for p in _paths(folder, articles)]
    here = str(Path(__file__).resolve().parent.parent / "src")
    versions = {"this": here, "other": str(Path(other).resolve())}
    runs: dict[str, list[dict]] = {v: [] for v in versions}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(rounds):
            for name in list(versions) if r % 2 == 0 else list(versions)[::-1]:
                db = Path(tmp) / f"{name}{r}.duckdb"
                env = dict(os.environ, PYTHONPATH=versions[name])
                run = _monitored([sys.executable, "-m", "eventwire", "analyze", *paths, "--db", str(db),
                                  "--workers", str(workers), "--no-progress"], env)
                runs[name].append(run)
                print(name, r, json.dumps(run), file=sys.stderr, flush=True)
    ratios = [t["cpu_s"] / o["cpu_s"] for t, o in zip(runs["this"], runs["other"])]
    out = {"articles": len(paths), "workers": workers, "rounds": rounds, "load_average": os.getloadavg()[0],
           "cpu_this_over_other_median": round(statistics.median(ratios), 3),
           "cpu_this_over_other_sums": round(sum(r["cpu_s"] for r in runs["this"])
                                             / sum(r["cpu_s"] for r in runs["other"]), 3)}
    for name in versions:
        out[name] = {k: round(statistics.median(r[k] for r in runs[name]), 2)
                     for k in ("cpu_s", "sys_s", "main_cpu_s", "minflt", "tail_s")}
        out[name]["workers_cpu_sum_s"] = round(statistics.median(sum(r["workers_cpu_s"]) for r in runs[name]), 2)
    print(json.dumps(out, indent=2))


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--articles", type=click.IntRange(min=48), default=60, show_default=True)
@click.option("--rounds", type=click.IntRange(min=1), default=4, show_default=True)
@click.option("--core", type=click.IntRange(min=0), default=0, show_default=True, help="The core every process runs on.")
def pinned(folder: Path, articles: int, rounds: int, core: int) -> None:
    import tempfile

    if not hasattr(os, "sched_setaffinity"):
        raise click.ClickException("needs os.sched_setaffinity (Linux)")
    paths = [str(p) for p in _paths(folder, articles)]
    runs: dict[int, list[dict]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(rounds):
            for workers in (1, 2) if r % 2 == 0 else (2, 1):
                cmd = [sys.executable, "-m", "eventwire", "analyze", *paths, "--db", str(Path(tmp) / f"w{workers}-{r}.duckdb"),
                       "--workers", str(workers), "--no-progress"]
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, preexec_fn=lambda: os.sched_setaffinity(0, {core}))
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                runs[workers].append({"cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
                                      "minflt": after.ru_minflt - before.ru_minflt})
                print(workers, r, json.dumps(runs[workers][-1]), file=sys.stderr, flush=True)
    print(json.dumps({"articles": len(paths), "rounds": rounds, "load_average": os.getloadavg()[0],
                      "cpu_s": {f"workers_{w}": [x["cpu_s"] for x in runs[w]] for w in runs},
                      "pinned_cpu_2_over_1": round(statistics.median(
                          t["cpu_s"] / o["cpu_s"] for t, o in zip(runs[2], runs[1])), 3)}, indent=2))


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--articles", type=click.IntRange(min=2), default=40, show_default=True)
@click.option("--rounds", type=click.IntRange(min=1), default=4, show_default=True)
def pair(folder: Path, articles: int, rounds: int) -> None:
    from eventwire import pipeline
    from eventwire.model import Document, Post, finalize
    from eventwire.nlp import load

    texts = [p.read_text("utf-8") for p in _paths(folder, articles)]
    docs = [finalize(Document(url=f"bench:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts)]
    halves = [docs[0::2], docs[1::2]]
    nlp = load(None)
    list(pipeline.analyze(docs[:2], nlp=nlp))  # warm up
    gc.freeze()  # as before the fork of the workers

    def child(half: list) -> int:
        pid = os.fork()
        if pid == 0:
            for task in pipeline._tasks(half, 2):
                list(pipeline.analyze([half[i] for i in task], nlp=nlp))
            os._exit(0)
        return pid

    def children_cpu(together: bool) -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        if together:
            for pid in [child(h) for h in halves]:
                os.waitpid(pid, 0)
        else:
            for h in halves:
                os.waitpid(child(h), 0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

    cpu: dict[bool, list[float]] = {False: [], True: []}
    for r in range(rounds):
        for together in (False, True) if r % 2 == 0 else (True, False):
            cpu[together].append(children_cpu(together))
    print(json.dumps({"articles": len(docs), "rounds": rounds, "load_average": os.getloadavg()[0],
                      "one_after_the_other_cpu_s": [round(c, 2) for c in cpu[False]],
                      "at_once_cpu_s": [round(c, 2) for c in cpu[True]],
                      "at_once_over_one_after_the_other": round(statistics.median(
                          t / s for t, s in zip(cpu[True], cpu[False])), 3)}, indent=2))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
