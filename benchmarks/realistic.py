"""Realistic speed: real-length news articles, stored analysis, workers, and stores that grow.

    python benchmarks/realistic.py ../shared/dev-data/attribution-polnear/train/text [--articles 60]
        [--rounds 2] [--sizes 1000,5000] [--add 500] [--json]

The texts are news articles read at run time from the folder given (nothing is
copied into the repository). Every figure is a ratio to a bare spaCy parse of the
same texts, timed by CPU (this process and its worker children), the runs
interleaved round by round so that a busy machine slows every side alike:

- ``no_store``: ``analyze`` without a store;
- ``stored_1``: ``analyze_inputs`` into a fresh store, one worker;
- ``stored_2``: the same with two worker processes (CPU and wall time).

Store growth: stores of each size in ``--sizes`` are filled with documents whose
analyses are the real articles' analyses under new ids and dates, and whose texts
are mixes of the articles' sentences (so that they are not copies of one another).
They are built once and kept under the temp folder. Adding ``--add`` more such
documents is then timed (CPU of the store write and the incremental aggregation);
the figure is that cost per document, and its ratio to the smallest store's.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

import click
import msgspec
import spacy

from eventwire import Store
from eventwire.model import Document, Post, finalize, stable_id
from eventwire.nlp import load, model_name
from eventwire.pipeline import Analysis, analyze, analyze_inputs

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


# -- growing stores --------------------------------------------------------------------------
def _clone(base: Analysis, n: int, sentences: list[str], rng: random.Random) -> Analysis:
    """Article ``base``'s analysis as document ``n``: new ids, a date in 2020, a text mixed from many articles."""
    text = " ".join(rng.sample(sentences, 25))
    day = f"2020-{1 + n % 12:02d}-{1 + (n // 12) % 28:02d}"
    doc = finalize(Document(url=f"https://news.example.com/{n}", published=day, posts=[Post(text=text)]))
    post = doc.posts[0].id
    events = [msgspec.structs.replace(e, id=stable_id(f"{n}:{e.id}"), document_id=doc.id, post_id=post, claim_id=None)
              for e in base.events]
    return Analysis(doc, events, [], [], list(base.learned_roles))


def _store_of(size: int, pool: list[Analysis], sentences: list[str]) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"store-{size}-{len(pool)}.duckdb"
    if path.exists():
        return path
    rng = random.Random(size)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    with Store(tmp) as store:
        for start in range(0, size, 500):
            batch = [_clone(pool[n % len(pool)], n, sentences, rng) for n in range(start, min(size, start + 500))]
            store.write_batch([a.document for a in batch], analyses=batch)
            store.aggregate(summaries=False)
        store.aggregate()
    tmp.rename(path)
    return path


def _growth(paths: list[Path], sizes: list[int], add: int, model: str | None, work: Path, bare_per_doc: float) -> dict:
    pool = list(analyze((finalize(Document(url=f"bench:{i}", posts=[Post(text=p.read_text("utf-8"))]))
                         for i, p in enumerate(paths)), model=model))
    sentences = [s.strip() + "." for a in pool for s in a.document.posts[0].text.split(". ") if len(s.split()) > 6]
    rows = []
    for size in sizes:
        copy = work / f"grow-{size}.duckdb"
        shutil.copy(_store_of(size, pool, sentences), copy)
        rng = random.Random(10**9 + size)
        extra = [_clone(pool[n % len(pool)], 10**9 + n, sentences, rng) for n in range(add)]
        with Store(copy) as store:
            def run():
                for start in range(0, add, 64):  # as analyze writes: a batch of 64, aggregated at once
                    batch = extra[start : start + 64]
                    store.write_batch([a.document for a in batch], analyses=batch)
                    store.aggregate(summaries=start + 64 >= add)
            cpu, wall = _timed(run)
        rows.append({"store_documents": size, "added": add, "store_cpu_ms_per_document": round(1000 * cpu / add, 2),
                     "store_cpu_per_document_over_bare_parse": round(cpu / add / bare_per_doc, 3)})
    first = rows[0]["store_cpu_ms_per_document"]
    for row in rows:
        row["over_smallest_store"] = round(row["store_cpu_ms_per_document"] / first, 3)
    return {"growth": rows}


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--articles", type=click.IntRange(min=2), default=60, show_default=True, help="Real articles to time.")
@click.option("--rounds", type=click.IntRange(min=1), default=2, show_default=True, help="Interleaved rounds.")
@click.option("--sizes", default="1000,5000", show_default=True, help="Store sizes (documents) to add to, comma-separated.")
@click.option("--add", type=click.IntRange(min=1), default=500, show_default=True, help="Documents added to each store.")
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--skip-speed", is_flag=True, help="Only the store growth.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def main(folder: Path, articles: int, rounds: int, sizes: str, add: int, model: str | None, skip_speed: bool, as_json: bool) -> None:
    """Stored analysis, workers and store growth on real articles, as ratios to a bare spaCy parse (CPU)."""
    paths = _articles(folder, articles)
    result: dict = {"model": model_name(model), "cores": os.cpu_count(), "load_average": round(os.getloadavg()[0], 1)}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not skip_speed:
            result.update(_speed(paths, rounds, model, work))
        bare = spacy.load(model_name(model))
        texts = [p.read_text("utf-8") for p in paths]
        cpu, _ = _timed(lambda: sum(1 for _ in bare.pipe(texts, batch_size=64)))
        result["bare_cpu_ms_per_article"] = round(1000 * cpu / len(texts), 1)
        result.update(_growth(paths, [int(s) for s in sizes.split(",")], add, model, work, cpu / len(texts)))
    result["load_average_after"] = round(os.getloadavg()[0], 1)
    if as_json:
        print(json.dumps(result, indent=2))
        return
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
