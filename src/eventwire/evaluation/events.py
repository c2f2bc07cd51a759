"""Built-in evaluation of the event coder against gold standards in the field's formats.

Two formats are read:

* PLOVER gold-standard JSON records: an array of ``{id, text, date, source, target,
  event, mode, context}`` with actors as ``{actorText, code, sector}`` (eventwire's
  own gold adds ``cameo``, ``modality`` and ``negated``);
* PETRARCH validation XML: ``<Sentence id= date=>`` with ``<Text>`` and
  ``<EventCoding sourcecode= targetcode= eventcode=/>`` or ``noevents="true"``.

Each record is one sentence with (at most) one gold event, so the coder's
*primary* event for the text — the most central one — is compared with it.
Scores: precision, recall and F1 for the event type (PLOVER type; CAMEO root 01,
which PLOVER does not code, counts as STATEMENT), the source, the target (country
or organisation codes) and the whole event (type, source and target all right).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import msgspec

from ..errors import InputError
from ..model import Document, Event, Post, finalize
from ..nlp import codes, load
from ..pipeline import analyze


@dataclass
class GoldRecord:
    id: str
    text: str
    date: str | None
    event: str | None  # PLOVER type, STATEMENT, or None for "no event"
    source: frozenset[str]
    target: frozenset[str]
    source_sectors: frozenset[tuple[str, str]] = frozenset()
    target_sectors: frozenset[tuple[str, str]] = frozenset()
    cameo: str = ""
    modality: str = ""
    negated: bool = False


def _actors(items: list[dict]) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    codes_ = frozenset(a.get("code", "") for a in items if a.get("code"))
    sectors = frozenset((a.get("code", ""), a.get("sector", "") or "") for a in items if a.get("code"))
    return codes_, sectors


def _plover_json(path: Path) -> list:
    """A JSON array of records, or JSON Lines (one record a line, as ``eventwire export --format plover`` writes)."""
    text = path.read_text("utf-8")
    try:
        if text.lstrip().startswith("["):
            return json.loads(text)
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except ValueError as exc:
        raise InputError(f"{path} is not valid JSON: {exc}",
                         hint="A PLOVER gold file is a JSON array of records, or JSON Lines.") from exc


def _plover_event(rec: dict):
    """``event`` is a string in older gold files and a list of PLOVER types in the manual's record shape."""
    event = rec.get("event")
    return (event[0] if event else "") if isinstance(event, list) else event


def _plover_records(path: Path) -> list[GoldRecord]:
    data = _plover_json(path)
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InputError(f"{path} is not a list of records", hint="A PLOVER gold file is a JSON array of records, or JSON Lines.")
    out = []
    for rec in data:
        event = _plover_event(rec)
        cameo = str(rec.get("cameo") or "")
        if event == "" and cameo:
            event = codes.event_type(cameo) or None
        src, src_s = _actors(rec.get("source") or [])
        tgt, tgt_s = _actors(rec.get("recipient") or rec.get("target") or [])
        out.append(GoldRecord(str(rec.get("id")), rec["text"], rec.get("date"), event or None, src, tgt, src_s, tgt_s,
                              cameo, rec.get("modality") or "", bool(rec.get("negated"))))
    return out


def _split_code(code: str) -> tuple[str, str]:
    """PETRARCH actor codes: 'USAGOV' → ('USA', 'GOV'); 'IGOUNO' → ('UNO', 'IGO')."""
    code = (code or "").strip().upper()
    if code.startswith("IGO") and len(code) >= 6:
        return code[3:6], "IGO"
    return code[:3], code[3:6]


def _petrarch_records(path: Path) -> list[GoldRecord]:
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        raise InputError(f"{path} is not valid XML: {exc}", hint="Check the PETRARCH validation file.") from exc
    out = []
    for sent in root.iter("Sentence"):
        text = (sent.findtext("Text") or "").strip()
        raw_date = sent.get("date") or ""
        day = f"{raw_date[:4]}-{raw_date[4:6]}-{raw_date[6:8]}" if len(raw_date) == 8 and raw_date.isdigit() else raw_date or None
        codings = sent.findall("EventCoding")
        if not codings or sent.get("noevents") == "true":
            out.append(GoldRecord(sent.get("id", ""), text, day, None, frozenset(), frozenset()))
            continue
        c = codings[0]
        src, tgt = _split_code(c.get("sourcecode", "")), _split_code(c.get("targetcode", ""))
        cameo = c.get("eventcode", "")
        out.append(GoldRecord(sent.get("id", ""), text, day, codes.event_type(cameo) or None,
                              frozenset([src[0]]) if src[0] else frozenset(), frozenset([tgt[0]]) if tgt[0] else frozenset(),
                              frozenset([src]) if src[0] else frozenset(), frozenset([tgt]) if tgt[0] else frozenset(), cameo))
    return out


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Records from a PLOVER .json file, a PETRARCH .xml file, or a folder of them."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".json", ".jsonl", ".xml"))
    elif path.exists():
        files = [path]
    else:
        raise InputError(f"{path} does not exist", hint="Give a gold file (.json or .xml) or a folder of them.")
    records: list[GoldRecord] = []
    for f in files:
        records += _petrarch_records(f) if f.suffix.lower() == ".xml" else _plover_records(f)
    if not records:
        raise InputError(f"no gold records in {path}", hint="Give PLOVER JSON arrays or PETRARCH XML files.")
    return records


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    records: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in ("event_type", "source", "target", "event")})
    confusion: Counter = field(default_factory=Counter)
    negation: Counter = field(default_factory=Counter)
    modality: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "records": self.records,
            "scores": {k: v.to_dict() for k, v in self.scores.items()},
            "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(self.confusion.items())},
            "negation_accuracy": _ratio(self.negation), "modality_accuracy": _ratio(self.modality),
        }


def _ratio(counter: Counter) -> float | None:
    total = counter[True] + counter[False]
    return round(counter[True] / total, 4) if total else None


def _score_set(score: Score, gold: frozenset[str], pred: frozenset[str]) -> None:
    score.tp += len(gold & pred)
    score.fp += len(pred - gold)
    score.fn += len(gold - pred)


def _predicted_type(event: Event | None) -> str | None:
    if event is None:
        return None
    return event.plover_type or ("STATEMENT" if event.cameo_root == "01" else None)


def score_record(report: Report, gold: GoldRecord, primary: Event | None) -> None:
    report.records += 1
    ptype = _predicted_type(primary)
    report.confusion[(gold.event or "NONE", ptype or "NONE")] += 1
    s = report.scores
    if ptype and ptype == gold.event:
        s["event_type"].tp += 1
    else:
        s["event_type"].fp += bool(ptype)
        s["event_type"].fn += bool(gold.event)
    psrc = frozenset(a.code for a in primary.source if a.code) if primary else frozenset()
    ptgt = frozenset(a.code for a in primary.target if a.code) if primary else frozenset()
    _score_set(s["source"], gold.source if gold.event else frozenset(), psrc)
    _score_set(s["target"], gold.target if gold.event else frozenset(), ptgt)
    whole = bool(ptype) and ptype == gold.event and psrc == gold.source and ptgt == gold.target
    if whole:
        s["event"].tp += 1
    else:
        s["event"].fp += bool(ptype)
        s["event"].fn += bool(gold.event)
    if ptype and ptype == gold.event:
        report.negation[primary.negated == gold.negated] += 1
        if gold.modality:
            report.modality[primary.modality == gold.modality] += 1
    if not whole and (ptype or gold.event):
        report.errors.append({"id": gold.id, "text": gold.text, "gold": [gold.event, sorted(gold.source), sorted(gold.target)],
                              "predicted": [ptype, sorted(psrc), sorted(ptgt)], "trigger": primary.trigger if primary else None})


def _agrees(gold: GoldRecord, event: Event) -> tuple[bool, bool]:
    codes_ = (frozenset(a.code for a in event.source if a.code), frozenset(a.code for a in event.target if a.code))
    same_type = _predicted_type(event) == gold.event
    return same_type and codes_ == (gold.source, gold.target), same_type


def _pair(golds: list[GoldRecord], events: list[Event]) -> list[Event | None]:
    """Several gold records on one text (a sentence with several events): give each its best-fitting event.

    With one record per text this is the coder's primary (first-ranked) event.
    """
    if len(golds) == 1:
        return [events[0] if events else None]
    pool = list(events[: max(len(golds), 1) + 2])
    chosen: list[Event | None] = [None] * len(golds)
    for level in (0, 1):  # exact agreement first, then type only
        for n, gold in enumerate(golds):
            if chosen[n] is None and gold.event:
                hit = next((e for e in pool if _agrees(gold, e)[level]), None)
                if hit is not None:
                    chosen[n] = hit
                    pool.remove(hit)
    for n, gold in enumerate(golds):
        if chosen[n] is None and gold.event and pool:
            chosen[n] = pool.pop(0)
    return chosen


def evaluate(records: list[GoldRecord], *, nlp=None, batch_size: int = 64) -> Report:
    """Code every text once and score each gold record against the event that fits it."""
    nlp = nlp or load()
    groups: dict[tuple[str, str | None], list[GoldRecord]] = {}
    for rec in records:
        groups.setdefault((rec.text, rec.date), []).append(rec)
    docs = [finalize(Document(url=f"gold:{golds[0].id}", published=day, kind="article", posts=[Post(text=text)]))
            for (text, day), golds in groups.items()]
    report = Report()
    for result, golds in zip(analyze(docs, nlp=nlp, batch_size=batch_size), groups.values()):
        for gold, event in zip(golds, _pair(golds, result.events)):
            score_record(report, gold, event)
    return report


def render(report: Report) -> str:
    lines = [f"{report.records} records", "", f"{'':12} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for name, score in report.scores.items():
        lines.append(f"{name:12} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}   {score.tp}/{score.fp}/{score.fn}")
    neg, mod = _ratio(report.negation), _ratio(report.modality)
    lines.append("")
    lines.append(f"negation accuracy on matched types: {neg if neg is not None else 'n/a'}; modality accuracy: {mod if mod is not None else 'n/a'}")
    lines.append("")
    lines.append("confusion (gold -> predicted), largest off-diagonal cells:")
    off = [(k, n) for k, n in report.confusion.items() if k[0] != k[1]]
    for (g, p), n in sorted(off, key=lambda x: -x[1])[:15]:
        lines.append(f"  {g:>10} -> {p:<10} {n}")
    return "\n".join(lines)


def to_json(report: Report) -> str:
    return msgspec.json.encode(report.to_dict()).decode()


__all__ = ["read_gold", "evaluate", "render", "Report", "GoldRecord"]
