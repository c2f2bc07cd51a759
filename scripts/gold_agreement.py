"""Agreement between two annotations of the same real-sentence gold records.

    python scripts/gold_agreement.py A.json B.json [--show] [--json]

A and B are record files in the format of ``gold/events/real/*/records.json``. Only the
sentences both files annotate (same id) are compared. A is treated as the gold and B as
the prediction, and each sentence's events are matched one to one exactly as
``eventwire evaluate`` matches the coder's events to gold (fully agreeing events first,
then events of the same PLOVER type with the best actor overlap; actors compared by code,
compound actors as sets). The output gives:

* event type, source, target and whole-event precision, recall and F1 (B against A);
* per PLOVER type, events in A, in B and matched by type;
* sentence-level Cohen's kappa on "the sentence has at least one event";
* with ``--show``, every sentence where the two differ (with the span texts when the
  shared data is found, see ``--texts-root``).

The figures need no article text: the records carry the codes. Swapping A and B swaps
precision and recall and leaves F1 and kappa unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# The evaluator's own matching is reused on purpose: the agreement figure must count a
# disagreement exactly where `eventwire evaluate` would count an error of the coder.
from eventwire.evaluation.events import Score, _codes, _gold_event, _match, _Side

SCORES = ("event_type", "source", "target", "event")


@dataclass
class Agreement:
    sentences: int = 0
    events_a: int = 0
    events_b: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in SCORES})
    per_type: dict[str, Counter] = field(default_factory=dict)  # type -> {"a", "b", "matched"}
    has_event: Counter = field(default_factory=Counter)  # (A has an event, B has one) -> sentences
    differ: list[str] = field(default_factory=list)  # ids of sentences whose events do not agree fully

    def kappa(self) -> float:
        """Cohen's kappa of the two annotators' has-event judgements (1.0 when both are constant and equal)."""
        n = sum(self.has_event.values())
        if not n:
            return 0.0
        observed = (self.has_event[(True, True)] + self.has_event[(False, False)]) / n
        a_yes = (self.has_event[(True, True)] + self.has_event[(True, False)]) / n
        b_yes = (self.has_event[(True, True)] + self.has_event[(False, True)]) / n
        expected = a_yes * b_yes + (1 - a_yes) * (1 - b_yes)
        return 1.0 if expected == 1 else (observed - expected) / (1 - expected)

    def to_dict(self) -> dict:
        return {"sentences": self.sentences, "events_a": self.events_a, "events_b": self.events_b,
                "scores": {k: v.to_dict() for k, v in self.scores.items()},
                "has_event": {"both": self.has_event[(True, True)], "a_only": self.has_event[(True, False)],
                              "b_only": self.has_event[(False, True)], "neither": self.has_event[(False, False)],
                              "kappa": round(self.kappa(), 4)},
                "per_type": {t: dict(c) for t, c in sorted(self.per_type.items())},
                "differ": self.differ}


def _sides(record: dict) -> list[_Side]:
    events = [e for ev in record.get("events") or [] if (e := _gold_event(ev)) is not None]
    return [_Side(e.event, _codes(e.source, False), _codes(e.target, False)) for e in events]


def _add_sides(score: Score, a: frozenset[str], b: frozenset[str]) -> None:
    score.tp += len(a & b)
    score.fp += len(b - a)
    score.fn += len(a - b)


def compare_sentence(agr: Agreement, rec_id: str, a: list[_Side], b: list[_Side]) -> None:
    """Score B's events against A's for one sentence, as the evaluator scores predictions against gold."""
    agr.sentences += 1
    agr.events_a += len(a)
    agr.events_b += len(b)
    agr.has_event[(bool(a), bool(b))] += 1
    exact, typed = _match(a, b)
    pairs = exact + typed
    s = agr.scores
    for key, matched in (("event", exact), ("event_type", pairs)):
        s[key].tp += len(matched)
        s[key].fp += len(b) - len(matched)
        s[key].fn += len(a) - len(matched)
    matched_a, matched_b = {g for g, _ in pairs}, {p for _, p in pairs}
    for g, p in pairs:
        _add_sides(s["source"], a[g].source, b[p].source)
        _add_sides(s["target"], a[g].target, b[p].target)
    # An unmatched event's actors are all missed (in A) or all spurious (in B), as in the evaluator.
    for g in set(range(len(a))) - matched_a:
        _add_sides(s["source"], a[g].source, frozenset())
        _add_sides(s["target"], a[g].target, frozenset())
    for p in set(range(len(b))) - matched_b:
        _add_sides(s["source"], frozenset(), b[p].source)
        _add_sides(s["target"], frozenset(), b[p].target)
    for side, key in ((a, "a"), (b, "b")):
        for ev in side:
            agr.per_type.setdefault(ev.type, Counter())[key] += 1
    for g, _ in pairs:
        agr.per_type[a[g].type]["matched"] += 1
    if len(exact) < max(len(a), len(b)):
        agr.differ.append(rec_id)


def agreement(records_a: list[dict], records_b: list[dict]) -> Agreement:
    """Agreement over the sentences both record lists annotate, in A's order."""
    by_id = {r["id"]: r for r in records_b}
    agr = Agreement()
    for rec in records_a:
        other = by_id.get(rec["id"])
        if other is None:
            continue
        if (other["source_file"], other["start"], other["end"]) != (rec["source_file"], rec["start"], rec["end"]):
            raise SystemExit(f"{rec['id']}: the two files point at different sentences")
        compare_sentence(agr, rec["id"], _sides(rec), _sides(other))
    return agr


def render(agr: Agreement, name_a: str, name_b: str) -> str:
    lines = [f"{agr.sentences} sentences in both; events: {agr.events_a} in A ({name_a}), {agr.events_b} in B ({name_b})",
             f"{'B against A as gold':<22}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn"]
    for key in SCORES:
        sc = agr.scores[key]
        label = "whole event" if key == "event" else key.replace("_", " ")
        lines.append(f"{label:<22}{sc.precision:7.3f}{sc.recall:7.3f}{sc.f1:7.3f}   {sc.tp}/{sc.fp}/{sc.fn}")
    h = agr.has_event
    lines.append(f"has-event: both {h[(True, True)]}, A only {h[(True, False)]}, B only {h[(False, True)]}, "
                 f"neither {h[(False, False)]}; Cohen's kappa {agr.kappa():.3f}")
    lines.append("per type (A / B / matched): " + ", ".join(
        f"{t} {c['a']}/{c['b']}/{c['matched']}" for t, c in sorted(agr.per_type.items())))
    return "\n".join(lines)


def _show(records_a: list[dict], records_b: list[dict], ids: list[str], texts_root: Path | None) -> str:
    """The sentences that differ, with both annotations (and the span texts when the data is there)."""
    text_of = None
    if texts_root is not None and texts_root.is_dir():
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from draw_real_sentences import source_text  # the draw's own text extraction

        def text_of(rec: dict) -> str:
            return source_text(str(texts_root), rec["source_file"])[rec["start"]:rec["end"]]
    a_by, b_by = {r["id"]: r for r in records_a}, {r["id"]: r for r in records_b}
    out = []
    for rid in ids:
        sent = text_of(a_by[rid]) if text_of else None
        out.append(f"## {rid}" + (f": {sent}" if sent else ""))
        for tag, rec in (("A", a_by[rid]), ("B", b_by[rid])):
            for ev in rec["events"] or [{}]:
                out.append(f"   {tag} " + (_event_line(ev, sent) if ev else "(no event)"))
    return "\n".join(out)


def _event_line(ev: dict, sent: str | None) -> str:
    def span(x: dict) -> str:
        if sent is None or x.get("start") is None:
            return "∅" if x.get("start") is None else ""
        return sent[x["start"]:x["end"]]

    def actors(xs: list[dict]) -> str:
        return "; ".join(f"{span(x)}={x.get('code')}/{x.get('sector') or ''}" for x in xs) or "-"

    return f"{ev['event']} {ev['cameo']} [{span(ev['trigger'])}] {actors(ev['source'])} -> {actors(ev['target'])}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path, help="annotation A (treated as gold), a records.json file")
    ap.add_argument("b", type=Path, help="annotation B, a records.json file of the same sentences (or a subset)")
    ap.add_argument("--show", action="store_true", help="list every sentence where A and B differ")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--texts-root", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "dev-data",
                    help="the shared dev-data folder, for the span texts of --show (default ../shared/dev-data)")
    args = ap.parse_args(argv)
    records_a = json.loads(args.a.read_text("utf-8"))
    records_b = json.loads(args.b.read_text("utf-8"))
    agr = agreement(records_a, records_b)
    if not agr.sentences:
        raise SystemExit("the two files share no sentence id")
    print(json.dumps(agr.to_dict(), indent=1) if args.json else render(agr, str(args.a), str(args.b)))
    if args.show:
        print(_show(records_a, records_b, agr.differ, args.texts_root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
