"""Speed and memory benchmark: eventwire end to end against a bare spaCy parse.

    python benchmarks/bench.py gold/events [--docs 10000] [--processes 3] [--rounds 1] [--slice 500] [--json]

The texts are sentences from PLOVER gold files under the folder given (the team's gold/events),
cycled to the number of documents asked for. Both sides run the same model over the same texts
with ``nlp.pipe`` and the same batch size: the bare side is the spaCy pipeline alone, the
eventwire side is ``eventwire.pipeline.analyze`` (our components, the conversion to Event records
and claims). Each side gets its input built before its clock starts: the bare side a list of
strings, the eventwire side a list of Documents.

How the comparison is kept fair on a shared machine, where a single run's CPU time varies by
20 % or more (on 1,000 sentences, two rounds in one process gave ratios of 1.23 and 1.46):

* the ratio is of CPU time (``process_time``), not wall time, so that time spent waiting for
  the other processes' turn does not count (wall time is reported beside it);
* both sides run in the same process, so they have the same imports, allocator and loaded data;
  BLAS/OpenMP thread pools are set to one thread before numpy is imported (unless the environment
  already sets them), so that no worker thread's spinning is counted to either side;
* the sides alternate slice by slice (``--slice`` documents): bare then eventwire on one slice,
  eventwire then bare on the next, so that a burst of load from other processes, or a cache
  warmed by one side, falls on both sides alike rather than on the side that happened to run
  during it; a garbage collection runs before each timed slice, outside the clock;
* a round is one pass over all the texts and gives one ratio; ``--rounds`` rounds are run in each
  of ``--processes`` fresh processes, one after the other, and the median of all their ratios is
  the figure (``ratio_to_bare_spacy``), their spread beside it. Several processes, because the
  rounds of one process agree with each other much better than two processes do (same code,
  one after the other: rounds 1.341 and 1.351 in one process, 1.426 and 1.407 in the next, the
  load average rising from 8 to 13 meanwhile). Whether it is the process (its memory layout,
  what it imported first) or the load that changed is not settled; a fresh process per sample
  covers both. (Not threads: with SciPy imported first the process has two more threads, but
  they used no CPU time, and the bare parse was no slower.)

To compare two versions of the code, run this alternately for each, the older from an exported
copy (``git archive OLD src | tar -x -C /tmp/old``, then ``PYTHONPATH=/tmp/old/src python
benchmarks/bench.py ...``).
"""

from __future__ import annotations

import os

# Before numpy is imported (by spaCy below): one thread per pool, for both sides alike.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import gc  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from itertools import cycle, islice  # noqa: E402
from pathlib import Path  # noqa: E402

import click  # noqa: E402
import spacy  # noqa: E402

from eventwire.model import Document, Post, finalize  # noqa: E402
from eventwire.nlp import load, model_name  # noqa: E402
from eventwire.pipeline import analyze  # noqa: E402


def _texts(gold: Path) -> list[str]:
    texts = []
    for path in sorted(gold.rglob("*.json")):
        texts += [r["text"] for r in json.loads(path.read_text("utf-8")) if isinstance(r, dict) and r.get("text")]
    if not texts:
        raise click.ClickException(f"no gold sentences found under {gold}")
    return texts


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _timed(work) -> tuple[float, float, object]:
    """(CPU seconds, wall seconds, result) of ``work()``, after a garbage collection outside the clock."""
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.process_time() - cpu, time.perf_counter() - start, result


def run(gold: Path, n_docs: int = 10_000, batch_size: int = 64, model: str | None = None, rounds: int = 1,
        slice_docs: int = 500) -> dict:
    """``rounds`` passes over the texts, the two sides alternating slice by slice (see the module docstring)."""
    texts = list(islice(cycle(_texts(gold)), n_docs))
    docs = [finalize(Document(url=f"bench:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts)]
    bare = spacy.load(model_name(model))
    nlp = load(model)
    list(bare.pipe(texts[:200], batch_size=batch_size))
    list(analyze(docs[:200], nlp=nlp, batch_size=batch_size))

    def bare_side(part: slice):
        return sum(len(list(d.sents)) for d in bare.pipe(texts[part], batch_size=batch_size))

    def our_side(part: slice):
        return sum(len(a.events) for a in analyze(docs[part], nlp=nlp, batch_size=batch_size))

    ratios, walls, bare_cpu, ours_cpu, bare_wall, ours_wall = [], [], 0.0, 0.0, 0.0, 0.0
    rss: list[float] = []
    sentences = events = 0
    for r in range(rounds):
        cpu = {"bare": 0.0, "ours": 0.0}
        wall = {"bare": 0.0, "ours": 0.0}
        sentences = events = 0
        for k, first in enumerate(range(0, n_docs, slice_docs)):
            part = slice(first, first + slice_docs)
            order = ("bare", "ours") if (r + k) % 2 == 0 else ("ours", "bare")
            for side in order:
                c, w, n = _timed(lambda: bare_side(part) if side == "bare" else our_side(part))
                cpu[side] += c
                wall[side] += w
                if side == "bare":
                    sentences += n
                else:
                    events += n
            if r == 0 and (first + slice_docs) % 1000 == 0:
                rss.append(round(_rss_mb(), 1))
        ratios.append(cpu["ours"] / cpu["bare"])
        walls.append(wall["ours"] / wall["bare"])
        bare_cpu += cpu["bare"]
        ours_cpu += cpu["ours"]
        bare_wall += wall["bare"]
        ours_wall += wall["ours"]
    return {
        "model": model_name(model),
        "documents": n_docs,
        "processes": 1,
        "rounds": rounds,
        "slice_documents": slice_docs,
        "load_average": [round(x, 1) for x in os.getloadavg()],
        "sentences": sentences,
        "events": events,
        "bare_spacy_cpu_seconds": round(bare_cpu / rounds, 2),
        "eventwire_cpu_seconds": round(ours_cpu / rounds, 2),
        "bare_spacy_seconds": round(bare_wall / rounds, 2),
        "eventwire_seconds": round(ours_wall / rounds, 2),
        "eventwire_sentences_per_second": round(sentences * rounds / ours_wall, 1),
        "bare_spacy_sentences_per_second": round(sentences * rounds / bare_wall, 1),
        "ratio_to_bare_spacy": round(statistics.median(ratios), 3),
        "round_ratios": [round(x, 3) for x in ratios],
        "ratio_spread": round(max(ratios) - min(ratios), 3),
        "wall_ratio_to_bare_spacy": round(statistics.median(walls), 3),
        "rss_mb_every_1000_docs": rss,
        "rss_growth_mb_after_first_2000": round(rss[-1] - rss[1], 1) if len(rss) > 2 else None,
    }


def _combined(results: list[dict]) -> dict:
    """One result from several processes' results: the median of all their round ratios, mean times."""
    ratios = [r for result in results for r in result["round_ratios"]]
    walls = [result["wall_ratio_to_bare_spacy"] for result in results]
    out = dict(results[0])
    for key in ("bare_spacy_cpu_seconds", "eventwire_cpu_seconds", "bare_spacy_seconds", "eventwire_seconds",
                "eventwire_sentences_per_second", "bare_spacy_sentences_per_second"):
        out[key] = round(statistics.mean(result[key] for result in results), 2)
    out.update(processes=len(results), round_ratios=ratios, ratio_to_bare_spacy=round(statistics.median(ratios), 3),
               ratio_spread=round(max(ratios) - min(ratios), 3), wall_ratio_to_bare_spacy=round(statistics.median(walls), 3),
               process_ratios=[result["ratio_to_bare_spacy"] for result in results],
               load_average=[round(x, 1) for x in os.getloadavg()])
    return out


@click.command()
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--docs", type=click.IntRange(min=1), default=10_000, show_default=True, help="Documents to code.")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True)
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True,
              help="Passes over the texts in each process; the median of all ratios is the figure.")
@click.option("--processes", type=click.IntRange(min=1), default=3, show_default=True,
              help="Fresh processes, run one after the other, each doing --rounds rounds.")
@click.option("--slice", "slice_docs", type=click.IntRange(min=1), default=500, show_default=True,
              help="Documents each side codes before the other takes its turn.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def main(gold: Path, docs: int, batch_size: int, model: str | None, rounds: int, processes: int, slice_docs: int,
         as_json: bool) -> None:
    """Speed and memory: eventwire end to end against a bare spaCy parse of the same sentences."""
    if processes == 1:
        result = run(gold, docs, batch_size, model, rounds, slice_docs)
    else:
        args = [sys.executable, __file__, str(gold), "--docs", str(docs), "--batch-size", str(batch_size), "--rounds",
                str(rounds), "--slice", str(slice_docs), "--processes", "1", "--json"] + (["--model", model] if model else [])
        result = _combined([json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
                            for _ in range(processes)])
    if as_json:
        print(json.dumps(result, indent=2))
        return
    print(f"model {result['model']}: {result['documents']:,} documents, {result['sentences']:,} sentences, {result['events']:,} events")
    print(f"  bare spaCy   {result['bare_spacy_cpu_seconds']:8.2f} CPU s  {result['bare_spacy_seconds']:8.2f} s  "
          f"{result['bare_spacy_sentences_per_second']:8.1f} sentences/s")
    print(f"  eventwire    {result['eventwire_cpu_seconds']:8.2f} CPU s  {result['eventwire_seconds']:8.2f} s  "
          f"{result['eventwire_sentences_per_second']:8.1f} sentences/s")
    print(f"  ratio to bare spaCy (CPU time, median of {result['processes']} processes x {result['rounds']} rounds):"
          f" {result['ratio_to_bare_spacy']}"
          f"  rounds {result['round_ratios']}  (wall: {result['wall_ratio_to_bare_spacy']}, load average {result['load_average']})")
    print(f"  resident memory every 1,000 documents (MB): {result['rss_mb_every_1000_docs']}")
    print(f"  growth after the first 2,000 documents: {result['rss_growth_mb_after_first_2000']} MB")


if __name__ == "__main__":
    main()
