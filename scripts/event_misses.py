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
from collections import Counter
from pathlib import Path

import click

from eventwire.evaluation.events import read_gold
from eventwire.model import Document, Post, finalize
from eventwire.nlp import load
from eventwire.nlp.events import Lexicon
from eventwire.pipeline import analyze


@click.command()
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--texts-root", type=click.Path(path_type=Path), default=None)
@click.option("--whole", is_flag=True, help="Also list sentences whose types agree but whose actors do not, and count "
              "each missed gold event's cause.")
def main(gold: Path, texts_root: Path | None, whole: bool) -> None:
    by_id = {s.id: s.text for s in read_gold(gold, texts_root=texts_root)}
    records = [r for r in json.loads((gold / "records.json").read_text("utf-8")) if r["id"] in by_id]
    texts = [by_id[r["id"]] for r in records]
    docs = [finalize(Document(url=f"gold:{r['id']}", published=r.get("date"), kind="article", posts=[Post(text=t)]))
            for r, t in zip(records, texts)]
    nlp = load()
    causes: Counter[str] = Counter()
    for rec, text, result in zip(records, texts, analyze(docs, nlp=nlp)):
        gold_events = [(e["event"], text[e["trigger"]["start"]:e["trigger"]["end"]] if e.get("trigger") else "?",
                        [a["code"] for a in e["source"]], [a["code"] for a in e["target"]])
                       for e in rec["events"] if e.get("factual", True)]
        found = [(e.plover_type, e.trigger, [a.code for a in e.source], [a.code for a in e.target])
                 for e in result.events if e.plover_type]
        wrong = sorted(g[0] for g in gold_events) != sorted(f[0] for f in found)
        if whole:
            missed = [g for g in gold_events if (g[0], sorted(g[2]), sorted(g[3])) not in
                      [(f[0], sorted(c for c in f[2] if c), sorted(c for c in f[3] if c)) for f in found]]
            marks = [_cause(nlp, text, rec, g, found) for g in missed]
            causes.update(marks)
            wrong = wrong or bool(missed)
        if wrong:
            click.echo(f"{rec['id']} | {text}\n   gold {gold_events}\n   coded {found}")
            if whole:
                click.echo(f"   causes {marks}")
    if whole:
        click.echo("\nmissed gold events by cause:")
        for cause, n in causes.most_common():
            click.echo(f"  {n:3d}  {cause}")


def _cause(nlp, text: str, rec: dict, gold: tuple, found: list) -> str:
    """A first sorting of one missed gold event: the trigger unknown to the lexicon, known but not
    coded with that type, or coded with the type but with other actors."""
    typed = [f for f in found if f[0] == gold[0]]
    if typed:
        f = typed[0]
        side = [name for name, g, c in (("source", gold[2], f[2]), ("target", gold[3], f[3]))
                if sorted(g) != sorted(x for x in c if x)]
        return "actors: " + "+".join(side)
    if gold[1] == "?":
        return "implicit trigger"
    lex = Lexicon.cached()
    start = next(e["trigger"]["start"] for e in rec["events"] if e.get("trigger") and
                 text[e["trigger"]["start"]:e["trigger"]["end"]] == gold[1])
    doc = nlp(text)
    toks = [t for t in doc if start <= t.idx < start + len(gold[1])]
    if not any(lex.senses(t) for t in toks):
        return "trigger not in lexicon"
    return "trigger known, no event of the type" + (" (other type coded)" if found else "")


if __name__ == "__main__":
    sys.exit(main())
