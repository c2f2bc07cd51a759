"""What the learnt attribution scorers cost: CPU time of the attribution component with and
without them, beside the bare spaCy parse of the same texts, interleaved in one run.

    python benchmarks/attribution_cost.py ../shared/dev-data/attribution-polnear/dev/text [--rounds 3]

Each round parses every text once (bare spaCy), then runs eventwire's components on copies of
the parsed documents twice, once with the scorers on and once off (the order alternates from
round to round). Times are process CPU seconds, summed over rounds; a ratio above 1 is a cost.
"""

from __future__ import annotations

import time
from pathlib import Path

import click
import spacy

from eventwire.nlp import BEFORE_PARSER, COMPONENTS, model_name


def _pipeline(model: str, scorers: bool):
    nlp = spacy.load(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(BEFORE_PARSER, before="parser")  # paragraph breaks are sentence breaks, as in load()
    for name in ("eventwire_actors", "eventwire_events"):
        nlp.add_pipe(name)
    nlp.add_pipe("eventwire_attribution", config={"model": scorers})
    return nlp


def _components(nlp, docs) -> float:
    procs = [proc for name, proc in nlp.pipeline if name in COMPONENTS]
    start = time.process_time()
    for doc in docs:
        doc = doc.copy()
        for proc in procs:
            doc = proc(doc)
    return time.process_time() - start


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--rounds", default=3, show_default=True)
@click.option("--limit", default=84, show_default=True, help="texts read from FOLDER (*.txt)")
def main(folder: Path, rounds: int, limit: int) -> None:
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))[:limit]]
    on, off = _pipeline(model_name(), True), _pipeline(model_name(), False)
    parse = with_model = without = 0.0
    for r in range(rounds):
        start = time.process_time()
        docs = list(on.pipe(texts, disable=list(COMPONENTS)))
        parse += time.process_time() - start
        if r % 2:
            without += _components(off, docs)
            with_model += _components(on, docs)
        else:
            with_model += _components(on, docs)
            without += _components(off, docs)
    click.echo(f"{len(texts)} texts x {rounds} rounds, CPU seconds: bare parse {parse:.2f}, "
               f"components without scorers {without:.2f}, with scorers {with_model:.2f}")
    click.echo(f"scorers' cost: {with_model - without:.2f} s = {(with_model - without) / parse:.1%} of the bare parse; "
               f"whole pipeline / bare parse: without {(parse + without) / parse:.3f}, with {(parse + with_model) / parse:.3f}")


if __name__ == "__main__":
    main()
