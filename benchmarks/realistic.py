"""Realistic speed: real-length news articles, stored analysis, workers, and stores that grow.

    python benchmarks/realistic.py ../shared/dev-data/attribution-polnear/train/text [--articles 60]
        [--rounds 2] [--sizes 1000,10000,50000] [--add 500] [--per-day 200] [--cli] [--json]

The texts are news articles read at run time from the folder given (nothing is
copied into the repository). Every figure is a ratio to a bare spaCy parse of the
same texts, timed by CPU (this process and its worker children), the runs
interleaved round by round so that a busy machine slows every side alike:

- ``no_store``: ``analyze`` without a store;
- ``stored_1``: ``analyze_inputs`` into a fresh store, one worker;
- ``stored_2``: the same with two worker processes (CPU and wall time).

Store growth: stores of each size in ``--sizes`` hold a feed of ``--per-day``
documents a day, whose analyses are the real articles' analyses under new ids
(mentions dated by their document), and whose texts are mixes of the articles'
sentences (so that they are not copies of one another). A store is built by
writing its rows a thousand documents at a time and aggregating once
(``rebuild``; incremental aggregation gives the same tables, tested), and kept
under the temp folder. Adding the next ``--add`` documents of the feed is then
timed as ``analyze`` stores them (batches of 64, each aggregated): CPU of the
writes and of the incremental aggregation per document, and how many mentions
were re-clustered.

``--cli`` also times whole ``eventwire analyze --workers 1`` and ``--workers 2``
runs (process start and model load included), interleaved.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import click
import msgspec
import spacy

from eventwire import Store
from eventwire.events import canonical
from eventwire.model import Document, Post, finalize, stable_id
from eventwire.nlp import load, model_name
from eventwire.pipeline import Analysis, analyze, analyze_inputs
from eventwire.store import aggregate

CACHE = Path(tempfile.gettempdir()) / "eventwire-bench-stores"


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the worker processes)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _articles(folder: Path, n: int) -> list[Path]:
    paths = sorted(folder.glob("*.txt"))[:n]
    if not paths:
        raise click.ClickException(f"no .txt articles under {folder}")
    return paths


def _timed(fn) -> tuple[float, float]:
    cpu, wall = _cpu(), time.perf_counter()
    fn()
    return _cpu() - cpu, time.perf_counter() - wall


def _speed(paths: list[Path], rounds: int, model: str | None, work: Path) -> dict:
    texts = [p.read_text("utf-8") for p in paths]
    bare = spacy.load(model_name(model))
    load(model)
    docs = lambda: (finalize(Document(url=f"bench:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts))  # noqa: E731
    list(bare.pipe(texts[:5]))
    list(analyze(list(docs())[:5], model=model))

    def stored(workers: int):
        db = work / f"stored{workers}.duckdb"
        db.unlink(missing_ok=True)

        def run():
            with Store(db) as store:
                for _ in analyze_inputs([str(p) for p in paths], store=store, model=model, workers=workers):
                    pass
        return run

    sides = {
        "bare": lambda: sum(1 for _ in bare.pipe(texts, batch_size=64)),
        "no_store": lambda: sum(1 for _ in analyze(docs(), model=model)),
        "stored_1": stored(1),
        "stored_2": stored(2),
    }
    cpu = {k: 0.0 for k in sides}
    wall = {k: 0.0 for k in sides}
    for _ in range(rounds):
        for name, fn in sides.items():
            c, w = _timed(fn)
            cpu[name] += c
            wall[name] += w
    out = {"articles": len(texts), "words": sum(len(t.split()) for t in texts), "rounds": rounds,
           "bare_cpu_s": round(cpu["bare"], 2)}
    for name in ("no_store", "stored_1", "stored_2"):
        out[f"{name}_cpu_ratio"] = round(cpu[name] / cpu["bare"], 3)
    out["stored_2_wall_over_stored_1_wall"] = round(wall["stored_2"] / wall["stored_1"], 3)
    out["wall_s"] = {k: round(v, 2) for k, v in wall.items()}
    return out


def _cli(paths: list[Path], rounds: int, model: str | None, work: Path) -> dict:
    """Whole ``eventwire analyze --workers 1`` and ``--workers 2`` runs (start, model load, coding, store), interleaved:
    in the sides above both reuse this process's loaded pipeline (forked workers share it; spawned ones, where fork
    is not used, each load their own)."""
    exe = Path(sys.executable).with_name("eventwire")
    wall = {1: 0.0, 2: 0.0}
    cpu = {1: 0.0, 2: 0.0}
    for _ in range(rounds):
        for workers in (1, 2):
            db = work / f"cli{workers}.duckdb"
            db.unlink(missing_ok=True)
            cmd = [str(exe), "analyze", *map(str, paths), "--db", str(db), "--workers", str(workers), "--no-progress"]
            if model:
                cmd += ["--model", model]
            c, w = _timed(lambda: subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL))
            cpu[workers] += c
            wall[workers] += w
    return {"cli_wall_s": {f"workers_{k}": round(v, 2) for k, v in wall.items()},
            "cli_cpu_s": {f"workers_{k}": round(v, 2) for k, v in cpu.items()},
            "cli_2_wall_over_1_wall": round(wall[2] / wall[1], 3)}


# -- growing stores --------------------------------------------------------------------------
# A store of N documents is built as a feed fills one: ``per_day`` documents a day, day after
# day from 2024-01-01, each the analysis of one of the real articles under a new id (its
# mentions dated by the document, as most are), with a text mixed from the articles' sentences
# so that documents are not copies of one another. The added documents are the next days' feed.
START = date(2024, 1, 1)


def _clone(base: Analysis, n: int, sentences: list[str], rng: random.Random, per_day: int) -> Analysis:
    """Article ``base``'s analysis as document ``n`` of the feed."""
    text = " ".join(rng.sample(sentences, 25))
    day = (START + timedelta(days=n // per_day)).isoformat()
    doc = finalize(Document(url=f"https://news.example.com/{n}", published=day, posts=[Post(text=text)]))
    post = doc.posts[0].id
    events = [msgspec.structs.replace(e, id=stable_id(f"{n}:{e.id}"), document_id=doc.id, post_id=post, claim_id=None,
                                      date=None, date_precision=None)
              for e in base.events]
    return Analysis(doc, events, [], [], list(base.learned_roles))


def _store_of(size: int, pool: list[Analysis], sentences: list[str], per_day: int) -> Path:
    """Rows written a thousand documents at a time, then aggregated once (``rebuild``): the same
    tables as aggregating batch by batch (tested: incremental equals rebuild), much faster to build."""
    CACHE.mkdir(parents=True, exist_ok=True)
    # Kept while the code that clusters and aggregates is unchanged, and the pool of analyses the same.
    code = hashlib.sha1((inspect.getsource(canonical) + inspect.getsource(aggregate)).encode()).hexdigest()[:8]
    pool_id = stable_id("".join(a.document.id for a in pool), 8)
    path = CACHE / f"feed-{size}-{pool_id}-{per_day}-{code}.duckdb"
    if path.exists():
        return path
    rng = random.Random(size)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    with Store(tmp) as store:
        for start in range(0, size, 1000):
            batch = [_clone(pool[n % len(pool)], n, sentences, rng, per_day) for n in range(start, min(size, start + 1000))]
            store.write_batch([a.document for a in batch], analyses=batch)
        store.rebuild()
    tmp.rename(path)
    return path


def _growth(paths: list[Path], sizes: list[int], add: int, model: str | None, work: Path, bare_per_doc: float,
            per_day: int) -> dict:
    pool = list(analyze((finalize(Document(url=f"bench:{i}", posts=[Post(text=p.read_text("utf-8"))]))
                         for i, p in enumerate(paths)), model=model))
    sentences = [s.strip() + "." for a in pool for s in a.document.posts[0].text.split(". ") if len(s.split()) > 6]
    rows = []
    for size in sizes:
        copy = work / f"grow-{size}.duckdb"
        shutil.copy(_store_of(size, pool, sentences, per_day), copy)
        rng = random.Random(10**9 + size)
        extra = [_clone(pool[n % len(pool)], n, sentences, rng, per_day) for n in range(size, size + add)]
        with Store(copy) as store:
            mentions = store.sql("SELECT count(*) FROM mentions")[0][0]
            counts = {"written": 0.0, "aggregated": 0.0, "re_clustered": 0}

            def run():
                for start in range(0, add, 64):  # as analyze writes: a batch of 64, aggregated at once
                    batch = extra[start : start + 64]
                    c0 = _cpu()
                    store.write_batch([a.document for a in batch], analyses=batch)
                    c1 = _cpu()
                    counts["re_clustered"] += store.aggregate(summaries=start + 64 >= add)["mentions"]
                    counts["written"] += c1 - c0
                    counts["aggregated"] += _cpu() - c1
            cpu, wall = _timed(run)
        rows.append({"store_documents": size, "store_mentions": mentions, "added": add,
                     "store_cpu_ms_per_document": round(1000 * cpu / add, 2),
                     "write_cpu_ms_per_document": round(1000 * counts["written"] / add, 2),
                     "aggregate_cpu_ms_per_document": round(1000 * counts["aggregated"] / add, 2),
                     "mentions_re_clustered_per_document": round(counts["re_clustered"] / add, 1),
                     "store_cpu_per_document_over_bare_parse": round(cpu / add / bare_per_doc, 3)})
    first = rows[0]["store_cpu_ms_per_document"]
    for row in rows:
        row["over_smallest_store"] = round(row["store_cpu_ms_per_document"] / first, 3)
    return {"growth": rows, "feed_documents_per_day": per_day}


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--articles", type=click.IntRange(min=2), default=60, show_default=True, help="Real articles to time.")
@click.option("--rounds", type=click.IntRange(min=1), default=2, show_default=True, help="Interleaved rounds.")
@click.option("--sizes", default="1000,10000,50000", show_default=True, help="Store sizes (documents) to add to, comma-separated.")
@click.option("--add", type=click.IntRange(min=1), default=500, show_default=True, help="Documents added to each store.")
@click.option("--per-day", type=click.IntRange(min=1), default=200, show_default=True,
              help="Feed documents a day in the growth stores.")
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--skip-speed", is_flag=True, help="Only the store growth.")
@click.option("--cli", "with_cli", is_flag=True, help="Also time whole `eventwire analyze` runs with 1 and 2 workers.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def main(folder: Path, articles: int, rounds: int, sizes: str, add: int, per_day: int, model: str | None, skip_speed: bool,
         with_cli: bool, as_json: bool) -> None:
    """Stored analysis, workers and store growth on real articles, as ratios to a bare spaCy parse (CPU)."""
    paths = _articles(folder, articles)
    result: dict = {"model": model_name(model), "cores": os.cpu_count(), "load_average": round(os.getloadavg()[0], 1)}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not skip_speed:
            result.update(_speed(paths, rounds, model, work))
        if with_cli:
            result.update(_cli(paths, rounds, model, work))
        bare = spacy.load(model_name(model))
        texts = [p.read_text("utf-8") for p in paths]
        cpu, _ = _timed(lambda: sum(1 for _ in bare.pipe(texts, batch_size=64)))
        result["bare_cpu_ms_per_article"] = round(1000 * cpu / len(texts), 1)
        if sizes:
            result.update(_growth(paths, [int(s) for s in sizes.split(",")], add, model, work, cpu / len(texts), per_day))
    result["load_average_after"] = round(os.getloadavg()[0], 1)
    if as_json:
        print(json.dumps(result, indent=2))
        return
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
