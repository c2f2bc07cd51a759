"""Dev analysis for the event coder: the sentences of a real-sentence gold split whose
event types the coder gets wrong, with the gold triggers' words next to what it emits.

    .venv/bin/python scripts/event_misses.py gold/events/real/dev [--texts-root ../shared/dev-data]

`eventwire evaluate --errors N` lists wrong sentences too; this adds the gold trigger
words, which is what one needs to sort misses into lexicon, convention, sense and
argument errors. Use it on dev splits only: the test splits are for measuring.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from eventwire.evaluation.events import read_gold
from eventwire.model import Document, Post, finalize
from eventwire.nlp import load
from eventwire.pipeline import analyze


@click.command()
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--texts-root", type=click.Path(path_type=Path), default=None)
def main(gold: Path, texts_root: Path | None) -> None:
    by_id = {s.id: s.text for s in read_gold(gold, texts_root=texts_root)}
    records = [r for r in json.loads((gold / "records.json").read_text("utf-8")) if r["id"] in by_id]
    texts = [by_id[r["id"]] for r in records]
    docs = [finalize(Document(url=f"gold:{r['id']}", published=r.get("date"), kind="article", posts=[Post(text=t)]))
            for r, t in zip(records, texts)]
    for rec, text, result in zip(records, texts, analyze(docs, nlp=load())):
        gold_events = [(e["event"], text[e["trigger"]["start"]:e["trigger"]["end"]] if e.get("trigger") else "?",
                        [a["code"] for a in e["source"]], [a["code"] for a in e["target"]])
                       for e in rec["events"] if e.get("factual", True)]
        found = [(e.plover_type, e.trigger, [a.code for a in e.source], [a.code for a in e.target])
                 for e in result.events if e.plover_type]
        if sorted(g[0] for g in gold_events) != sorted(f[0] for f in found):
            click.echo(f"{rec['id']} | {text}\n   gold {gold_events}\n   coded {found}")


if __name__ == "__main__":
    sys.exit(main())
