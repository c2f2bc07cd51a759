"""CPU time of eventwire's ``analyze`` over a bare spaCy parse of the same sentences, in rounds.

    python benchmarks/cpu_ratio.py [--gold gold/events] [--n 1000] [--rounds 2]

For comparing two versions of the code on a loaded machine, where wall-clock ``make bench`` is
meaningless: run this alternately for each version, the older one from an exported copy
(``git archive OLD | tar -x -C /tmp/old`` then ``PYTHONPATH=/tmp/old/src python
benchmarks/cpu_ratio.py``), so both face the same load. CPU time (``time.process_time``)
counts only this process's work; each round parses the sentences bare, then with eventwire.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from itertools import cycle, islice
from pathlib import Path

import click
import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import eventwire  # noqa: E402
from benchmarks.bench import _texts  # noqa: E402
from eventwire.model import Document, Post, finalize  # noqa: E402
from eventwire.nlp import load, model_name  # noqa: E402
from eventwire.pipeline import analyze  # noqa: E402


@click.command()
@click.option("--gold", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("gold/events"))
@click.option("--n", default=1000, show_default=True)
@click.option("--rounds", default=2, show_default=True)
def main(gold: Path, n: int, rounds: int) -> None:
    texts = list(islice(cycle(_texts(gold)), n))
    bare, nlp = spacy.load(model_name(None)), load(None)
    list(bare.pipe(texts[:200], batch_size=64))  # warm both
    list(analyze((finalize(Document(posts=[Post(text=t)])) for t in texts[:200]), nlp=nlp))
    bare_s = ours_s = 0.0
    for _ in range(rounds):
        gc.collect()
        start = time.process_time()
        list(bare.pipe(texts, batch_size=64))
        bare_s += time.process_time() - start
        gc.collect()
        start = time.process_time()
        list(analyze((finalize(Document(url=f"cpu:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts)), nlp=nlp))
        ours_s += time.process_time() - start
    click.echo(json.dumps({"code": eventwire.__file__, "bare_cpu_s": round(bare_s, 2), "eventwire_cpu_s": round(ours_s, 2),
                           "ratio": round(ours_s / bare_s, 3)}))


if __name__ == "__main__":
    main()
