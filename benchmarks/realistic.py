"""Realistic speed: real-length news articles, stored analysis, workers, and stores that grow.

    python benchmarks/realistic.py ../shared/dev-data/attribution-polnear/train/text [--articles 60[,240...]]
        [--rounds 2] [--sizes 1000,10000,50000] [--add 500] [--per-day 200] [--pool 200] [--cli] [--json]

The texts are news articles read at run time from the folder given (nothing is
copied into the repository). Every figure is a ratio to a bare spaCy parse of the
same texts, timed by CPU (this process and its worker children), the runs
interleaved round by round so that a busy machine slows every side alike:

- ``no_store``: ``analyze`` without a store;
- ``stored_1``: ``analyze_inputs`` into a fresh store, one worker;
- ``stored_2``: the same with two worker processes (CPU and wall time).

Each is given as the ratio of the rounds' sums and as the median of the rounds' own ratios.

Store growth: stores of each size in ``--sizes`` hold a feed of ``--per-day``
documents a day, whose analyses are the analyses of ``--pool`` real articles
(analysed once) under new ids (mentions dated by their document; claims,
sentences and learned roles kept), and whose texts are mixes of the articles'
sentences. A store is built fast (``_store_of``): one week of feed is written and
aggregated as ``analyze`` does it, then copied week after week in SQL with new
ids and later dates, and its last week aggregated again; it is kept under the
temp folder. Adding the next ``--add`` documents of the feed is then timed as
``analyze`` stores them (batches of 64, each written and aggregated), each batch
the first ``--bare-docs`` of them each just after a bare spaCy parse of its texts:
store CPU per document, as a ratio to the bare parse per document, and with eventwire's NLP (timed once without a store on
``--nlp-docs`` of the added texts: it does not depend on the store) the whole
cost of adding them. A table gives each as a ratio to the smallest store.

``--cli`` also times whole ``eventwire analyze --workers 1`` and ``--workers 2``
runs (process start and model load included), interleaved, and gives their CPU
and wall ratios.

``--articles 60,240`` times the speed sides and the CLI runs at each corpus size
in turn (the first N articles of the folder each): a run's fixed parts (the start,
the model load, the last batch) weigh less in a longer one, so the two-worker wall
ratio falls with the size. The first size's figures are at the top of the output
(as with one size), every size's under ``by_articles``, with a table of the ratios.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import click
import msgspec
import numpy as np
import spacy

from eventwire import Store
from eventwire.events import canonical
from eventwire.model import Document, Post, finalize, stable_id
from eventwire.nlp import load, model_name
from eventwire.pipeline import Analysis, analyze, analyze_inputs
from eventwire.events import stories
from eventwire.store import _store, aggregate

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
    per_round: dict[str, list[float]] = {k: [] for k in sides}
    for _ in range(rounds):
        for name, fn in sides.items():
            c, w = _timed(fn)
            cpu[name] += c
            wall[name] += w
            per_round[name].append(c)
    out = {"articles": len(texts), "words": sum(len(t.split()) for t in texts), "rounds": rounds,
           "bare_cpu_s": round(cpu["bare"], 2)}
    for name in ("no_store", "stored_1", "stored_2"):
        out[f"{name}_cpu_ratio"] = round(cpu[name] / cpu["bare"], 3)
        # Each round's ratio to that round's bare parse, and their median: on a shared machine one disturbed round
        # moves the sums' ratio above, not the median.
        out[f"{name}_cpu_ratio_median"] = round(statistics.median(c / b for c, b in zip(per_round[name], per_round["bare"])), 3)
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
            "cli_2_wall_over_1_wall": round(wall[2] / wall[1], 3),
            "cli_2_cpu_over_1_cpu": round(cpu[2] / cpu[1], 3)}


# -- growing stores --------------------------------------------------------------------------
# A store of N documents holds a feed: ``per_day`` documents a day, day after day from
# 2024-01-01, each the analysis of one of the real articles under a new id (its mentions
# dated by the document, as most are; its claims, sentences and learned roles kept), with a
# text mixed from the articles' sentences. The added documents are the next days' feed.
START = date(2024, 1, 1)
WEEK = 7


def _clone(base: Analysis, n: int, sentences: list[str], rng: random.Random, per_day: int) -> Analysis:
    """Article ``base``'s analysis as document ``n`` of the feed."""
    text = " ".join(rng.sample(sentences, 25))
    day = (START + timedelta(days=n // per_day)).isoformat()
    doc = finalize(Document(url=f"https://news.example.com/{n}", published=day, posts=[Post(text=text)]))
    post = doc.posts[0].id
    claim_ids = {c.id: stable_id(f"{n}:{c.id}") for c in base.claims}
    events = [msgspec.structs.replace(e, id=stable_id(f"{n}:{e.id}"), document_id=doc.id, post_id=post,
                                      claim_id=claim_ids.get(e.claim_id or ""), date=None, date_precision=None)
              for e in base.events]
    claims = [msgspec.structs.replace(c, id=claim_ids[c.id], document_id=doc.id, post_id=post) for c in base.claims]
    sentences_ = [(doc.id, post, *s[2:]) for s in base.sentences]
    return Analysis(doc, events, claims, sentences_, list(base.learned_roles))


# Replicating a week of feed, week after week: every id is replaced by one derived from it and the copy's number, every date
# moves on by the copy's weeks. ``{k}`` is the copy's number, ``{shift}`` its days.
def _shift(col: str) -> str:
    return (f"CASE WHEN {col} IS NULL OR {col} = '' THEN {col} "
            f"ELSE CAST(CAST(substr({col}, 1, 10) AS DATE) + {{shift}} AS VARCHAR) || substr({col}, 11) END")


def _new(col: str) -> str:
    # A new id of the same length and alphabet (hex), so that the copies export to GDELT like the originals.
    return f"CASE WHEN {col} IS NULL THEN NULL ELSE substr(md5('r{{k}}-' || {col}), 1, length({col})) END"


# Only the documents of the week kept in the copy (the last copy may be cut short), by their feed number.
_KEEP = "CAST(split_part({url}, '/', 4) AS INTEGER) < {keep}"
_REPLICATE = [
    f"""INSERT INTO documents SELECT * REPLACE ({_new('id')} AS id, {_shift('published')} AS published,
            'https://news.example.com/' || (CAST(split_part(url, '/', 4) AS INTEGER) + {{offset}}) AS url)
        FROM documents WHERE {_KEEP.format(url='url', keep='{keep}')}""",
    f"""INSERT INTO posts SELECT p.* REPLACE ({_new('p.id')} AS id, {_new('p.document_id')} AS document_id)
        FROM posts p JOIN documents d ON d.id = p.document_id WHERE {_KEEP.format(url='d.url', keep='{keep}')}""",
    f"""INSERT INTO sentences SELECT s.* REPLACE ({_new('s.document_id')} AS document_id, {_new('s.post_id')} AS post_id)
        FROM sentences s JOIN documents d ON d.id = s.document_id WHERE {_KEEP.format(url='d.url', keep='{keep}')}""",
    f"""INSERT INTO claims SELECT c.* REPLACE ({_new('c.id')} AS id, {_new('c.document_id')} AS document_id, {_new('c.post_id')} AS post_id)
        FROM claims c JOIN documents d ON d.id = c.document_id WHERE {_KEEP.format(url='d.url', keep='{keep}')}""",
    f"""INSERT INTO mentions SELECT m.* REPLACE ({_new('m.id')} AS id, {_new('m.document_id')} AS document_id,
            {_new('m.post_id')} AS post_id, {_new('m.claim_id')} AS claim_id, {_new('m.event_id')} AS event_id)
        FROM mentions m JOIN documents d ON d.id = m.document_id WHERE {_KEEP.format(url='d.url', keep='{keep}')}""",
    f"""INSERT INTO learned_roles SELECT r.* REPLACE ({_new('r.document_id')} AS document_id, {_shift('r.date')} AS date)
        FROM learned_roles r JOIN documents d ON d.id = r.document_id WHERE {_KEEP.format(url='d.url', keep='{keep}')}""",
    f"""INSERT INTO stories SELECT s.* REPLACE ({_new('s.story_id')} AS story_id, {_new('s.document_id')} AS document_id,
            {_shift('s.published')} AS published)
        FROM stories s JOIN documents d ON d.id = s.document_id WHERE {_KEEP.format(url='d.url', keep='{keep}')}""",
    f"""INSERT INTO events SELECT e.* REPLACE ({_new('e.id')} AS id, {_shift('e.date')} AS date,
            {_shift('e.first_seen')} AS first_seen, {_shift('e.last_seen')} AS last_seen)
        FROM events e WHERE e.id IN (SELECT DISTINCT m.event_id FROM mentions m JOIN documents d ON d.id = m.document_id
                                     WHERE {_KEEP.format(url='d.url', keep='{keep}')})""",
]
# Distinct articles share no word 5-grams, so their MinHash values are unrelated: the base
# documents get random ones (a text mixed from a pool of a few thousand sentences shares
# sentences with many others, which real articles do not, and would make every document a
# copy candidate of hundreds of others). The added documents are signed from their text.
_RANDOM_SIGNATURES = """INSERT INTO signatures SELECT id, 400, list_transform(range(128), lambda i: hash(id, i) % 4294967296)
                        FROM documents WHERE id NOT IN (SELECT document_id FROM signatures)"""


def _store_of(size: int, pool: list[Analysis], sentences: list[str], per_day: int) -> tuple[Path, float]:
    """A store of ``size`` feed documents, and the CPU seconds building it took.

    Built fast and with the shape a feed gives it: the first week of feed is written as
    ``analyze`` writes it and aggregated; the rest are copies of that week, written in SQL
    week after week (new ids, dates moved on, the aggregated rows — stories, canonical
    events, mention assignments — copied with them, so no week is re-clustered); then the
    last week is queued and aggregated again, so that the end of the store, where documents
    are added, holds exactly what aggregation makes of it (the events open across its start
    included). What a full ``rebuild`` would do differently: merge the few events that span
    two copied weeks (a mention early in a week joining an event late in the one before) and
    resolve a bare name from a role taught in the week before; neither touches the end of the
    store that the timing adds to.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    # Kept while the code that writes, clusters and aggregates is unchanged, and the pool of analyses the same.
    code = hashlib.sha1((inspect.getsource(canonical) + inspect.getsource(aggregate) + inspect.getsource(_store)
                         + inspect.getsource(sys.modules[__name__])).encode()).hexdigest()[:8]
    pool_id = stable_id("".join(a.document.id for a in pool), 8)
    path = CACHE / f"feed-{size}-{pool_id}-{per_day}-{code}.duckdb"
    if path.exists():
        return path, 0.0
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    cpu = _cpu()
    rng = random.Random(0)
    week = min(size, WEEK * per_day)
    with Store(tmp) as store:
        for start in range(0, week, 1000):
            batch = [_clone(pool[n % len(pool)], n, sentences, rng, per_day) for n in range(start, min(week, start + 1000))]
            store.write_batch([a.document for a in batch], analyses=batch)
        store.sql(_RANDOM_SIGNATURES)
        store.aggregate(summaries=False)
        for k in range(1, -(-size // week)):
            keep = min(week, size - k * week)
            for sql in _REPLICATE:
                store.sql(sql.format(k=k, shift=WEEK * k, offset=k * week, keep=keep))
            store.sql(_RANDOM_SIGNATURES)
        sigs = store.sql("SELECT s.document_id, s.hashvalues FROM signatures s ANTI JOIN bands b USING (document_id)")
        rows = [(d, band, h) for d, values in sigs
                for band, h in enumerate(stories.band_hashes(np.array(values, dtype=np.uint64)))]
        if rows:
            store.sql("INSERT INTO bands SELECT unnest(?::VARCHAR[]), unnest(?::SMALLINT[]), unnest(?::BIGINT[])",
                      [list(c) for c in zip(*rows)])
        store.sql(f"INSERT OR IGNORE INTO pending SELECT id FROM documents ORDER BY published DESC, id LIMIT {week}")
        store.aggregate()
    tmp.rename(path)
    return path, _cpu() - cpu


def _pool(paths: list[Path], model: str | None) -> list[Analysis]:
    """The articles' analyses, kept under the temp folder while eventwire's code, the model and the articles are the same."""
    import eventwire
    import pickle

    src = Path(eventwire.__file__).parent
    key = hashlib.sha1(model_name(model).encode())
    after = ("store", "outputs", "serve", "spark", "cli", "evaluation")  # layers the analysis does not use
    for f in sorted(src.rglob("*")):
        if f.is_file() and f.suffix in (".py", ".tsv", ".json", ".txt") and f.relative_to(src).parts[0] not in after:
            key.update(f.read_bytes())
    for p in paths:
        key.update(p.read_bytes())
    cached = CACHE / f"pool-{len(paths)}-{key.hexdigest()[:12]}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    pool = list(analyze((finalize(Document(url=f"bench:{i}", posts=[Post(text=p.read_text("utf-8"))]))
                         for i, p in enumerate(paths)), model=model))
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(pool))
    return pool


def _growth(paths: list[Path], sizes: list[int], add: int, model: str | None, work: Path, per_day: int,
            nlp_docs: int, bare_docs: int) -> dict:
    pool = _pool(paths, model)
    sentences = [s.strip() + "." for a in pool for s in a.document.posts[0].text.split(". ") if len(s.split()) > 6]
    bare = spacy.load(model_name(model))
    rows = []
    nlp = {}
    for size in sizes:
        base, built = _store_of(size, pool, sentences, per_day)
        copy = work / f"grow-{size}.duckdb"
        shutil.copy(base, copy)
        rng = random.Random(10**9 + size)
        extra = [_clone(pool[n % len(pool)], n, sentences, rng, per_day) for n in range(size, size + add)]
        texts = [a.document.posts[0].text for a in extra]
        with Store(copy) as store:
            mentions = store.sql("SELECT count(*) FROM mentions")[0][0]
            counts = {"written": 0.0, "aggregated": 0.0, "re_clustered": 0, "bare": 0.0, "parsed": 0}

            def run():
                for start in range(0, add, 64):  # as analyze writes: a batch of 64, aggregated at once
                    batch = extra[start : start + 64]
                    c0 = _cpu()
                    if start < bare_docs:  # the bare parse of (the first ``bare_docs`` of) the same texts, interleaved
                        sum(1 for _ in bare.pipe([a.document.posts[0].text for a in batch], batch_size=64))
                        counts["parsed"] += len(batch)
                    c1 = _cpu()
                    store.write_batch([a.document for a in batch], analyses=batch)
                    c2 = _cpu()
                    counts["re_clustered"] += store.aggregate(summaries=start + 64 >= add)["mentions"]
                    counts["bare"] += c1 - c0
                    counts["written"] += c2 - c1
                    counts["aggregated"] += _cpu() - c2
            run()
        if not nlp:  # eventwire's NLP without the store, on some of the same texts (pure per document: one store size tells)
            docs = [finalize(Document(url=f"bench:add:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts[:nlp_docs])]
            c_bare, _ = _timed(lambda: sum(1 for _ in bare.pipe(texts[:nlp_docs], batch_size=64)))
            c_nlp, _ = _timed(lambda: sum(1 for _ in analyze(docs, model=model)))
            nlp = {"documents": len(docs), "nlp_cpu_over_bare_parse": round(c_nlp / c_bare, 3)}
        store_cpu = counts["written"] + counts["aggregated"]
        rows.append({"store_documents": size, "store_mentions": mentions, "added": add,
                     "built_cpu_s": round(built, 1),
                     "bare_parse_cpu_ms_per_document": round(1000 * counts["bare"] / counts["parsed"], 1),
                     "store_cpu_ms_per_document": round(1000 * store_cpu / add, 2),
                     "write_cpu_ms_per_document": round(1000 * counts["written"] / add, 2),
                     "aggregate_cpu_ms_per_document": round(1000 * counts["aggregated"] / add, 2),
                     "mentions_re_clustered_per_document": round(counts["re_clustered"] / add, 1),
                     "store_cpu_over_bare_parse": round(store_cpu / add / (counts["bare"] / counts["parsed"]), 3)})
        rows[-1]["whole_cpu_over_bare_parse"] = round(nlp["nlp_cpu_over_bare_parse"] + rows[-1]["store_cpu_over_bare_parse"], 3)
    first = rows[0]
    for row in rows:
        row["store_over_smallest_store"] = round(row["store_cpu_over_bare_parse"] / first["store_cpu_over_bare_parse"], 3)
        row["whole_over_smallest_store"] = round(row["whole_cpu_over_bare_parse"] / first["whole_cpu_over_bare_parse"], 3)
    return {"growth": rows, "feed_documents_per_day": per_day, "nlp_without_store": nlp}


def _counts(articles: str) -> list[int]:
    try:
        counts = [int(n) for n in articles.split(",") if n.strip()]
    except ValueError:
        raise click.BadParameter(f"{articles!r} is not a comma-separated list of counts", param_hint="--articles") from None
    if not counts or min(counts) < 2:
        raise click.BadParameter("at least 2 articles per count", param_hint="--articles")
    return counts


def _curve(rows: list[dict]) -> str:
    """The wall and CPU ratios of two workers to one at each corpus size (a fixed start and last batch weigh less
    in a longer run)."""
    head = ("| articles | in-process wall 2/1 | CLI wall 2/1 | CLI CPU 2/1 | CLI wall s, 1 worker |\n"
            "|---|---|---|---|---|")
    lines = [head]
    for r in rows:
        lines.append(f"| {r['articles']} | {r.get('stored_2_wall_over_stored_1_wall', '–')} "
                     f"| {r.get('cli_2_wall_over_1_wall', '–')} | {r.get('cli_2_cpu_over_1_cpu', '–')} "
                     f"| {r.get('cli_wall_s', {}).get('workers_1', '–')} |")
    return "\n".join(lines)


def _table(rows: list[dict]) -> str:
    head = ("| store documents | store mentions | store CPU ms/doc | × bare parse | whole analyze × bare parse "
            "| store cost over the smallest store | whole cost over the smallest store |\n|---|---|---|---|---|---|---|")
    return "\n".join([head] + [
        f"| {r['store_documents']:,} | {r['store_mentions']:,} | {r['store_cpu_ms_per_document']} | {r['store_cpu_over_bare_parse']} "
        f"| {r['whole_cpu_over_bare_parse']} | {r['store_over_smallest_store']}× | {r['whole_over_smallest_store']}× |" for r in rows])


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--articles", default="60", show_default=True,
              help="Real articles to time; several comma-separated counts (60,240) time each (the first is reported at the top).")
@click.option("--rounds", type=click.IntRange(min=1), default=2, show_default=True, help="Interleaved rounds.")
@click.option("--sizes", default="1000,10000,50000", show_default=True, help="Store sizes (documents) to add to, comma-separated.")
@click.option("--add", type=click.IntRange(min=1), default=500, show_default=True, help="Documents added to each store.")
@click.option("--per-day", type=click.IntRange(min=1), default=200, show_default=True,
              help="Feed documents a day in the growth stores.")
@click.option("--pool", type=click.IntRange(min=2), default=200, show_default=True,
              help="Real articles analysed once whose analyses fill the growth stores and the added documents.")
@click.option("--nlp-docs", type=click.IntRange(min=1), default=100, show_default=True,
              help="Added documents also analysed without a store, for the NLP's share of the whole cost.")
@click.option("--bare-docs", type=click.IntRange(min=1), default=128, show_default=True,
              help="Added documents also parsed by bare spaCy (the first batches, each just before it is stored).")
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--skip-speed", is_flag=True, help="Only the store growth.")
@click.option("--cli", "with_cli", is_flag=True, help="Also time whole `eventwire analyze` runs with 1 and 2 workers.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def main(folder: Path, articles: str, rounds: int, sizes: str, add: int, per_day: int, pool: int, nlp_docs: int,
         bare_docs: int, model: str | None, skip_speed: bool, with_cli: bool, as_json: bool) -> None:
    """Stored analysis, workers and store growth on real articles, as ratios to a bare spaCy parse (CPU)."""
    counts = _counts(articles)
    result: dict = {"model": model_name(model), "cores": os.cpu_count(), "load_average": round(os.getloadavg()[0], 1)}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        curve = []
        for n in counts:  # the first count's figures at the top, as with one count; every count's in "by_articles"
            paths = _articles(folder, n)
            figures: dict = {"articles": len(paths)}
            if not skip_speed:
                figures.update(_speed(paths, rounds, model, work))
            if with_cli:
                figures.update(_cli(paths, rounds, model, work))
            curve.append(figures)
        result.update(curve[0])
        if len(counts) > 1:
            result["by_articles"] = curve
        if sizes:
            result.update(_growth(_articles(folder, pool), [int(s) for s in sizes.split(",")], add, model, work, per_day,
                                  nlp_docs, bare_docs))
    result["load_average_after"] = round(os.getloadavg()[0], 1)
    print(json.dumps(result, indent=2))
    if not as_json and len(counts) > 1:
        print(_curve(result["by_articles"]))
    if not as_json and "growth" in result:
        print(_table(result["growth"]))


if __name__ == "__main__":
    main()
