"""Dev analysis for the event coder on unannotated real text: every PLOVER event the coder
emits on sentences drawn from PolNeAR train articles that the real-sentence gold set
does NOT use (neither its dev, test nor dev2 articles), for judging precision by hand.

    .venv/bin/python scripts/event_pool.py [--n 400] [--seed 7] [--root ../shared/dev-data]

The gold set's dev split is small (59 events); this pool shows which kinds of emitted
events are wrong on text nobody tuned on, without opening the test split. The draw
reuses the gold set's sentence splitter and prose filter.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_real_sentences import DEFAULT_ROOT, DEFAULT_OUT, polnear_candidates, source_text  # noqa: E402

from eventwire.model import Document, Post, finalize  # noqa: E402
from eventwire.nlp import load  # noqa: E402
from eventwire.pipeline import analyze  # noqa: E402


@click.command()
@click.option("--n", default=400, show_default=True)
@click.option("--seed", default=7, show_default=True)
@click.option("--root", default=DEFAULT_ROOT, show_default=True)
def main(n: int, seed: int, root: str) -> None:
    # dev2 is a check split read only in aggregate: its articles are left out like those of dev and test.
    manifests = [Path(DEFAULT_OUT) / "manifest.json", Path(DEFAULT_OUT) / "dev2" / "manifest.json"]
    used = {r["source_file"] for m in manifests if m.exists() for r in json.loads(m.read_text("utf-8"))}
    cands = [c for c in polnear_candidates(root) if c["source_file"] not in used]
    pool = random.Random(seed).sample(cands, n)
    texts = [source_text(root, c["source_file"])[c["start"]:c["end"]] for c in pool]
    docs = [finalize(Document(url=f"pool:{i}", published=c.get("date"), kind="article", posts=[Post(text=t)]))
            for i, (c, t) in enumerate(zip(pool, texts))]
    total = 0
    for i, (text, result) in enumerate(zip(texts, analyze(docs, nlp=load()))):
        found = [(e.plover_type, e.cameo, e.trigger, [a.code for a in e.source], [a.code for a in e.target])
                 for e in result.events if e.plover_type]
        if found:
            total += len(found)
            click.echo(f"pool-{i} | {text}\n   coded {found}")
    click.echo(f"{total} events on {n} sentences")


if __name__ == "__main__":
    sys.exit(main())
