"""Where a whole `eventwire analyze` run spends its time, with one worker and with two, and what that predicts
for the wall time on an idle machine.

    python benchmarks/cli_phases.py ../shared/dev-data/attribution-polnear/train/text [--articles 60] [--rounds 2]
        [--src DIR ...] [--json]

Each round runs ``eventwire analyze ARTICLES --db NEW --workers 1`` and ``--workers 2`` (interleaved), in a
fresh process each, through a wrapper that times the phases by CPU (``process_time``) in the main process
and in the workers: Python's start and the imports, the model load, the parse (per worker task), the store
writes and aggregation, and what is left at exit. ``--src`` runs the same for another checkout's ``src``
folder (put first on ``PYTHONPATH``), so that two versions are timed in the same rounds.

On a machine shared with other work the wall times say little, so the report also gives the critical path by
CPU, which is what the wall time of an idle machine with a core per process would be: with one worker, the
run's whole CPU; with two, the main process's CPU until it starts the workers (imports, and in checkouts
where it loads the model before forking, that load) + the workers' own model loads (side by side, where
they load one) + the busier worker's CPU + half the main process's CPU while the workers load and code (it
shares the two cores with them) + its CPU after the last result (the store's last batch) + the exit; the
busier worker's CPU is that of the tasks dealt out again as an idle machine would (in the order they were
taken, each to the worker free first). Their
ratio is the estimate of the idle wall ratio (``est_wall_2_over_1``); ``est_wall_2_over_1_same_parse`` gives
both sides the mean CPU of the parse, which varies by several per cent between runs on a loaded machine.

With two workers it also gives the serial wall segments as they happened: from the launch of the command to
the first task a worker began (``wall_to_first_task``), and from the end of the last task to the end of the
command (``wall_after_last_task``); on a loaded machine they are longer than on an idle one.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

_T0 = time.perf_counter()
_C0 = time.process_time()


def _tree_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _instrumented(log: str, argv: list[str]) -> None:
    """In the timed process: wrap the phases, then run the command line."""
    import eventwire.cli as cli

    marks = {"imports": time.process_time() - _C0}
    from eventwire import pipeline
    from eventwire.store import Store

    def add(name: str, cpu: float) -> None:
        marks[name] = marks.get(name, 0.0) + cpu

    def timed(owner, attr: str, name: str) -> None:
        fn = getattr(owner, attr)

        def wrapper(*args, **kwargs):
            c = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                add(name, time.process_time() - c)

        setattr(owner, attr, wrapper)

    timed(pipeline, "load", "model_load")
    batch = pipeline._analyze_batch

    def _analyze_batch(*args, **kwargs):  # the parse and coding in this process (with one worker)
        inner = batch(*args, **kwargs)
        while True:
            c = time.process_time()
            try:
                item = next(inner)
            except StopIteration:
                add("parse", time.process_time() - c)
                return
            add("parse", time.process_time() - c)
            yield item

    pipeline._analyze_batch = _analyze_batch
    timed(Store, "write_batch", "store_write")
    timed(Store, "aggregate", "aggregate")
    parallel, work, start_method = pipeline._parallel, pipeline._work, pipeline._start_method
    warm = getattr(pipeline, "_warm", None)

    def _parallel(*args, **kwargs):
        marks["parallel_start"] = time.process_time()
        for item in parallel(*args, **kwargs):
            # when the last result came in: what this process does after it (the last batch, stored by the caller
            # as soon as it has the block's last result, or after the generator ends) is what the run waits for
            marks["parallel_end"] = time.process_time()
            yield item

    def _start_method():  # called just before the workers are started
        marks["fork"] = time.process_time()
        return start_method()

    def _warm(*args):  # in a worker, as it starts: its own model load (checkouts where the workers load one)
        c = time.process_time()
        warm(*args)
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"warm": os.getpid(), "load_cpu": time.process_time() - c}) + "\n")

    def _work(*args):  # in a worker: the task's CPU and when it started, and the worker's whole CPU since the fork
        start, c = time.perf_counter(), time.process_time()
        out = work(*args)
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"worker": os.getpid(), "cpu": time.process_time(), "task_cpu": time.process_time() - c,
                                "start": start, "end": time.perf_counter(), "docs": len(args[1])}) + "\n")
        return out

    _work.__qualname__ = _work.__name__ = "_work"
    _work.__module__ = pipeline.__name__  # sent to the workers by name
    pipeline._parallel, pipeline._work, pipeline._start_method = _parallel, _work, _start_method
    if warm is not None:
        _warm.__qualname__ = _warm.__name__ = "_warm"
        _warm.__module__ = pipeline.__name__
        pipeline._warm = _warm
    try:
        cli.main(argv, prog_name="eventwire")
    except SystemExit:
        pass
    marks["total"] = time.process_time()
    marks["wall"] = time.perf_counter() - _T0
    with open(log, "a", encoding="utf-8") as f:
        f.write(json.dumps({"main": marks}) + "\n")
    # End as the command line does when it is the process's command (checkouts that end it without the
    # interpreter's teardown have ``_exit``); called here with arguments, it returns instead.
    from eventwire.cli import _app

    if hasattr(_app, "_exit"):
        _app._exit(0)


def _run(src: str | None, paths: list[Path], workers: int, work: Path) -> dict:
    db, log = work / f"w{workers}.duckdb", work / f"w{workers}.jsonl"
    db.unlink(missing_ok=True)
    log.unlink(missing_ok=True)
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = os.pathsep.join([str(Path(src).resolve()), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    cmd = [sys.executable, __file__, "--child", str(log), "analyze", *map(str, paths), "--db", str(db),
           "--workers", str(workers), "--no-progress"]
    cpu, launched = _tree_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    ended = time.perf_counter()  # perf_counter is the machine's monotonic clock: the workers' stamps compare with it
    cpu, wall = _tree_cpu() - cpu, ended - launched
    rows = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    main = next(r["main"] for r in rows if "main" in r)
    per_worker: dict[int, float] = {}
    tasks = sorted((r for r in rows if "worker" in r), key=lambda r: r["start"])
    for r in tasks:
        per_worker[r["worker"]] = max(per_worker.get(r["worker"], 0.0), r["cpu"])
    loads = [r["load_cpu"] for r in rows if "warm" in r]  # the workers' own model loads, if they load one
    out = {"wall_s": wall, "cpu_s": cpu, "imports": main["imports"], "model_load": main.get("model_load", 0.0),
           "store_write": main.get("store_write", 0.0), "aggregate": main.get("aggregate", 0.0),
           "main_cpu": main["total"], "workers_cpu": sorted(per_worker.values(), reverse=True)}
    # What no phase accounts for: the interpreter's exit here and the workers' (and, in the workers, what came
    # before their first task other than a model load: the fork itself).
    out["start_and_exit"] = cpu - main["total"] - sum(per_worker.values())
    if per_worker:
        fork, end = main.get("fork", main["parallel_start"]), main["parallel_end"]
        # A checkout whose main process loads the model loads it in _parallel, before the fork.
        before = fork + main.get("model_load", 0.0)
        during = end - fork - main.get("model_load", 0.0)
        after = main["total"] - end
        out.update(before_first_task=before, main_while_workers_code=during, after_last_result=after,
                   worker_load=sum(loads) / len(loads) if loads else 0.0)
        # On a shared machine a worker that gets less of the CPU takes fewer tasks, so the busier worker's CPU
        # says little about an idle machine: the tasks are dealt out again, in the order they were taken, each to
        # the worker free first (after its own model load, where workers load one), with the CPU each took.
        free = sorted(loads)[:len(per_worker)] + [0.0] * max(0, len(per_worker) - len(loads))
        for r in tasks:
            free[free.index(min(free))] += r["task_cpu"]
        out["parse"] = sum(r["task_cpu"] for r in tasks)
        # The serial wall segments as they happened (inflated on a loaded machine): from the launch to the first
        # task a worker began, and from the end of the last task (checkouts that stamp it) to the process's end.
        out["wall_to_first_task"] = tasks[0]["start"] - launched
        if all("end" in r for r in tasks):
            out["wall_after_last_task"] = ended - max(r["end"] for r in tasks)
        # The workers' loads run side by side before their first tasks: serial time, like a load in this process.
        out["parse_makespan"] = max(free) - out["worker_load"]
        out["serial"] = before + out["worker_load"] + during / 2 + after + out["start_and_exit"]
        out["critical_path_s"] = out["serial"] + out["parse_makespan"]
    else:
        out["parse"] = main.get("parse", 0.0)
        out["serial"] = cpu - out["parse"]
        out["critical_path_s"] = cpu
    return out


def _mean(runs: list[dict]) -> dict:
    keys = [k for k in runs[0] if k != "workers_cpu" and all(k in r for r in runs)]
    out = {k: round(sum(r[k] for r in runs) / len(runs), 2) for k in keys}
    if runs[0]["workers_cpu"]:
        out["workers_cpu"] = [round(sum(r["workers_cpu"][i] for r in runs) / len(runs), 2)
                              for i in range(len(runs[0]["workers_cpu"]))]
    return out


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--articles", type=click.IntRange(min=2), default=60, show_default=True)
@click.option("--rounds", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--src", "sources", multiple=True, help="Another checkout's src folder to time in the same rounds.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON only.")
def main(folder: Path, articles: int, rounds: int, sources: tuple[str, ...], as_json: bool) -> None:
    paths = sorted(folder.glob("*.txt"))[:articles]
    if len(paths) < 48:
        raise click.ClickException("at least 48 articles: fewer are coded without workers")
    versions = ["this checkout", *sources]
    runs: dict[str, dict[int, list[dict]]] = {v: {1: [], 2: []} for v in versions}
    load = [round(os.getloadavg()[0], 1)]
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(rounds):
            for version in versions:
                for workers in (1, 2):
                    runs[version][workers].append(_run(None if version == "this checkout" else version, paths,
                                                       workers, Path(tmp)))
    load.append(round(os.getloadavg()[0], 1))
    print(json.dumps(runs), file=sys.stderr)  # every run's figures, before they are averaged
    result = {"articles": len(paths), "rounds": rounds, "cores": os.cpu_count(), "load_average": load}
    for version in versions:
        one, two = _mean(runs[version][1]), _mean(runs[version][2])
        # The parse is the same code with one worker or two, but on a loaded machine its CPU varies by several per
        # cent from run to run; the second estimate gives both sides the mean of the two.
        parse = (one["parse"] + two["parse"]) / 2
        share = two["parse_makespan"] / two["parse"]
        result[version] = {"workers_1": one, "workers_2": two,
                           "est_wall_2_over_1": round(two["critical_path_s"] / one["critical_path_s"], 3),
                           "est_wall_2_over_1_same_parse": round((two["serial"] + share * parse)
                                                                 / (one["serial"] + parse), 3),
                           "measured_wall_2_over_1": round(two["wall_s"] / one["wall_s"], 3),
                           # what two workers cost over one: the whole run's CPU, and the coding's alone
                           "cpu_2_over_1": round(two["cpu_s"] / one["cpu_s"], 3),
                           "parse_cpu_2_over_1": round(two["parse"] / one["parse"], 3)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _instrumented(sys.argv[2], sys.argv[3:])
    else:
        main()
