"""Speed and memory benchmark: eventwire end to end against a bare spaCy parse.

    python -m eventwire.bench [--docs 10000] [--json]

The texts are the team's gold sentences (gold/events), cycled to the number of
documents asked for. Both sides run the same model over the same texts with
``nlp.pipe`` and the same batch size: the bare side is the spaCy pipeline alone,
the eventwire side is ``eventwire.pipeline.analyze`` (our components, the
conversion to Event records). Memory is the process's resident set size,
sampled every 1,000 documents of the eventwire run.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import time
from itertools import cycle, islice
from pathlib import Path

import spacy

from .model import Document, Post, finalize
from .pipeline import analyze, load, model_name

GOLD = Path(__file__).resolve().parents[2] / "gold" / "events"


def _texts() -> list[str]:
    texts = []
    for path in sorted(GOLD.rglob("*.json")):
        texts += [r["text"] for r in json.loads(path.read_text("utf-8"))]
    if not texts:
        raise SystemExit(f"no gold sentences found under {GOLD}")
    return texts


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def run(n_docs: int = 10_000, batch_size: int = 64, model: str | None = None) -> dict:
    texts = list(islice(cycle(_texts()), n_docs))
    bare = spacy.load(model_name(model))
    nlp = load(model)
    warm = texts[:200]
    list(bare.pipe(warm, batch_size=batch_size))
    list(analyze((finalize(Document(posts=[Post(text=t)])) for t in warm), nlp=nlp))
    gc.collect()

    start = time.perf_counter()
    sentences = sum(len(list(d.sents)) for d in bare.pipe(texts, batch_size=batch_size))
    bare_s = time.perf_counter() - start

    docs = (finalize(Document(url=f"bench:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts))
    rss, events = [], 0
    start = time.perf_counter()
    for i, result in enumerate(analyze(docs, nlp=nlp, batch_size=batch_size), start=1):
        events += len(result.events)
        if i % 1000 == 0:
            rss.append(round(_rss_mb(), 1))
    ours_s = time.perf_counter() - start
    return {
        "model": model_name(model),
        "documents": n_docs,
        "sentences": sentences,
        "events": events,
        "bare_spacy_seconds": round(bare_s, 2),
        "eventwire_seconds": round(ours_s, 2),
        "eventwire_sentences_per_second": round(sentences / ours_s, 1),
        "bare_spacy_sentences_per_second": round(sentences / bare_s, 1),
        "ratio_to_bare_spacy": round(ours_s / bare_s, 3),
        "rss_mb_every_1000_docs": rss,
        "rss_growth_mb_after_first_2000": round(rss[-1] - rss[1], 1) if len(rss) > 2 else None,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.docs, args.batch_size, args.model)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"model {result['model']}: {result['documents']:,} documents, {result['sentences']:,} sentences, {result['events']:,} events")
    print(f"  bare spaCy   {result['bare_spacy_seconds']:8.2f} s  {result['bare_spacy_sentences_per_second']:8.1f} sentences/s")
    print(f"  eventwire    {result['eventwire_seconds']:8.2f} s  {result['eventwire_sentences_per_second']:8.1f} sentences/s")
    print(f"  ratio to bare spaCy: {result['ratio_to_bare_spacy']}")
    print(f"  resident memory every 1,000 documents (MB): {result['rss_mb_every_1000_docs']}")
    print(f"  growth after the first 2,000 documents: {result['rss_growth_mb_after_first_2000']} MB")


if __name__ == "__main__":
    main()
