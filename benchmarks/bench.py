"""Speed and memory benchmark: eventwire end to end against a bare spaCy parse.

    python benchmarks/bench.py gold/events [--docs 10000] [--json]

The texts are sentences from PLOVER gold files under the folder given (the
team's gold/events), cycled to the number of documents asked for. Both sides run the same model over the same texts with
``nlp.pipe`` and the same batch size: the bare side is the spaCy pipeline alone,
the eventwire side is ``eventwire.pipeline.analyze`` (our components, the
conversion to Event records). Memory is the process's resident set size,
sampled every 1,000 documents of the eventwire run. The two sides run in turn (``--rounds``)
and the ratio is of CPU time, so that other work on a shared machine does not decide it; to
compare two versions of the code, run it alternately for each, the older from an exported copy
(``git archive OLD src | tar -x -C /tmp/old``, then ``PYTHONPATH=/tmp/old/src python
benchmarks/bench.py ...``).
"""

from __future__ import annotations

import gc
import json
import os
import time
from itertools import cycle, islice
from pathlib import Path

import click
import spacy

from eventwire.model import Document, Post, finalize
from eventwire.nlp import load, model_name
from eventwire.pipeline import analyze


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


def run(gold: Path, n_docs: int = 10_000, batch_size: int = 64, model: str | None = None, rounds: int = 1) -> dict:
    """Bare parse and eventwire in turn, ``rounds`` times; CPU time (``process_time``) is what the ratio
    uses, since the machine may be shared: wall time is reported beside it."""
    texts = list(islice(cycle(_texts(gold)), n_docs))
    bare = spacy.load(model_name(model))
    nlp = load(model)
    warm = texts[:200]
    list(bare.pipe(warm, batch_size=batch_size))
    list(analyze((finalize(Document(posts=[Post(text=t)])) for t in warm), nlp=nlp))
    bare_s = ours_s = bare_cpu = ours_cpu = 0.0
    rss, events, sentences = [], 0, 0
    for _ in range(rounds):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        sentences = sum(len(list(d.sents)) for d in bare.pipe(texts, batch_size=batch_size))
        bare_s += time.perf_counter() - start
        bare_cpu += time.process_time() - cpu

        gc.collect()
        docs = (finalize(Document(url=f"bench:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts))
        rss, events = [], 0
        start, cpu = time.perf_counter(), time.process_time()
        for i, result in enumerate(analyze(docs, nlp=nlp, batch_size=batch_size), start=1):
            events += len(result.events)
            if i % 1000 == 0:
                rss.append(round(_rss_mb(), 1))
        ours_s += time.perf_counter() - start
        ours_cpu += time.process_time() - cpu
    return {
        "model": model_name(model),
        "documents": n_docs,
        "rounds": rounds,
        "load_average": round(os.getloadavg()[0], 1),
        "sentences": sentences,
        "events": events,
        "bare_spacy_seconds": round(bare_s / rounds, 2),
        "eventwire_seconds": round(ours_s / rounds, 2),
        "eventwire_sentences_per_second": round(sentences * rounds / ours_s, 1),
        "bare_spacy_sentences_per_second": round(sentences * rounds / bare_s, 1),
        "ratio_to_bare_spacy": round(ours_cpu / bare_cpu, 3),
        "wall_ratio_to_bare_spacy": round(ours_s / bare_s, 3),
        "rss_mb_every_1000_docs": rss,
        "rss_growth_mb_after_first_2000": round(rss[-1] - rss[1], 1) if len(rss) > 2 else None,
    }


@click.command()
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--docs", type=click.IntRange(min=1), default=10_000, show_default=True, help="Documents to code.")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True)
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True,
              help="Bare parse and eventwire in turn, this many times.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def main(gold: Path, docs: int, batch_size: int, model: str | None, rounds: int, as_json: bool) -> None:
    """Speed and memory: eventwire end to end against a bare spaCy parse of the same sentences."""
    result = run(gold, docs, batch_size, model, rounds)
    if as_json:
        print(json.dumps(result, indent=2))
        return
    print(f"model {result['model']}: {result['documents']:,} documents, {result['sentences']:,} sentences, {result['events']:,} events")
    print(f"  bare spaCy   {result['bare_spacy_seconds']:8.2f} s  {result['bare_spacy_sentences_per_second']:8.1f} sentences/s")
    print(f"  eventwire    {result['eventwire_seconds']:8.2f} s  {result['eventwire_sentences_per_second']:8.1f} sentences/s")
    print(f"  ratio to bare spaCy (CPU time): {result['ratio_to_bare_spacy']}"
          f"  (wall: {result['wall_ratio_to_bare_spacy']}, load average {result['load_average']})")
    print(f"  resident memory every 1,000 documents (MB): {result['rss_mb_every_1000_docs']}")
    print(f"  growth after the first 2,000 documents: {result['rss_growth_mb_after_first_2000']} MB")


if __name__ == "__main__":
    main()
