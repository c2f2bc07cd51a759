"""Built-in evaluation of the event coder against gold standards in the field's formats.

Three formats are read:

* PLOVER gold-standard JSON records: an array of ``{id, text, date, source, target,
  event, mode, context}`` with actors as ``{actorText, code, sector}`` (eventwire's
  own gold adds ``cameo``, ``modality`` and ``negated``). Several records on one
  text are several events of one sentence;
* eventwire's real-sentence gold (``gold/events/real/*/records.json``): records
  *without text* — ``{id, source_file, start, end, sha1, date, events: [...]}`` —
  whose sentence is read from ``source_file`` under a texts root (by default
  ``../shared/dev-data``), checked against its SHA-1; each record lists every event
  of the sentence (or none);
* PETRARCH validation XML: ``<Sentence id= date=>`` with ``<Text>`` and
  ``<EventCoding sourcecode= targetcode= eventcode=/>`` or ``noevents="true"``,
  read leniently (such files are often not well-formed XML).

All the events the coder finds in a sentence are scored against all the gold
events of that sentence, matched one to one (exact agreement first, then the event
type). Scores: precision, recall and F1 for the event type (PLOVER type; CAMEO
root 01 counts as STATEMENT), the source and the target (country or organisation
codes, compound actors as sets) and the whole event (type, source and target all
right); per PLOVER type; and a confusion matrix. When a gold set has no STATEMENT
events, STATEMENT predictions are not scored (PLOVER has no such type). Gold events
marked ``factual: false`` are not scored either.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import msgspec

from ..errors import InputError
from ..model import Document, Event, Post, finalize
from ..nlp import codes, load
from ..nlp.knowledge import knowledge
from ..pipeline import analyze
from ._pagetext import html_text

STATEMENT = "STATEMENT"
GENERIC_SECTORS = ("IGO", "NGO")
# Files in a gold folder that are not its gold: the draw's manifest, and a second annotator's records of
# part of a split, kept for the agreement figure (scripts/gold_agreement.py); reading them would count
# those sentences twice.
NOT_GOLD = frozenset({"manifest.json", "second_annotator.json"})


@dataclass(frozen=True)
class GoldEvent:
    event: str  # PLOVER type or STATEMENT
    source: frozenset[tuple[str, str]]  # (code, sector)
    target: frozenset[tuple[str, str]]
    cameo: str = ""
    modality: str = ""
    negated: bool = False


@dataclass
class GoldSentence:
    id: str
    text: str
    date: str | None
    events: list[GoldEvent] = field(default_factory=list)
    # For records that point into a source file: the whole file's text and where the sentence starts in
    # it, so that the sentence can be coded inside its article (``evaluate(..., in_context=True)``).
    context: str | None = None
    offset: int = 0


# Kept for callers that still speak of records: one gold sentence.
GoldRecord = GoldSentence


def _actors(items: list[dict]) -> frozenset[tuple[str, str]]:
    return frozenset((str(a.get("code")), str(a.get("sector") or "")) for a in items or [] if a.get("code"))


def _gold_event(rec: dict) -> GoldEvent | None:
    event = rec.get("event")
    if isinstance(event, list):  # the PLOVER manual's record shape: a list of types
        event = event[0] if event else None
    cameo = str(rec.get("cameo") or "")
    if not event and cameo:
        event = codes.event_type(cameo) or None
    if not event or rec.get("factual") is False:
        return None
    return GoldEvent(str(event), _actors(rec.get("source")), _actors(rec.get("recipient") or rec.get("target")), cameo,
                     rec.get("modality") or "", bool(rec.get("negated")))


def _load_json(path: Path):
    """A JSON array of records, or JSON Lines (one record a line, as ``eventwire export --format plover`` writes)."""
    text = path.read_text("utf-8")
    try:
        if text.lstrip().startswith("["):
            return json.loads(text)
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except ValueError as exc:
        raise InputError(f"{path} is not valid JSON: {exc}",
                         hint="A gold file is a JSON array of records, or JSON Lines (.jsonl).") from exc


def _plover_sentences(data: list[dict]) -> list[GoldSentence]:
    """PLOVER records, one event each; records on the same text and date are one sentence."""
    by_text: dict[tuple[str, str | None], GoldSentence] = {}
    for rec in data:
        key = (rec["text"], rec.get("date"))
        sent = by_text.setdefault(key, GoldSentence(str(rec.get("id")), rec["text"], rec.get("date")))
        found = _gold_event(rec)
        if found is not None:
            sent.events.append(found)
    return list(by_text.values())


def default_texts_root(gold: Path) -> Path:
    """``../shared/dev-data`` from the working directory, else from the gold path's ancestors."""
    candidates = [Path.cwd()] + list(gold.resolve().parents)
    for base in candidates:
        root = base / ".." / "shared" / "dev-data"
        if root.is_dir():
            return root
    return Path.cwd() / ".." / "shared" / "dev-data"


@cache
def _source_text(path: Path) -> str:
    raw = path.read_text("utf-8") if path.suffix != ".txt" else path.open(encoding="utf-8", newline="").read()
    return html_text(raw) if path.suffix in (".html", ".htm") else raw


def _real_sentences(data: list[dict], root: Path, notes: list[str]) -> list[GoldSentence]:
    """Records that point into source files by offsets (the text is not in the gold)."""
    out = []
    for rec in data:
        path = root / rec["source_file"]
        if not path.is_file():
            notes.append(f"{rec['id']}: source {rec['source_file']} not found under {root}: skipped")
            continue
        text = _source_text(path)[rec["start"]:rec["end"]]
        if rec.get("sha1") and hashlib.sha1(text.encode("utf-8")).hexdigest() != rec["sha1"]:
            notes.append(f"{rec['id']}: the text at {rec['source_file']}:{rec['start']}-{rec['end']} does not match its sha1: skipped")
            continue
        events = [e for ev in rec.get("events") or [] if (e := _gold_event(ev)) is not None]
        out.append(GoldSentence(str(rec["id"]), text, rec.get("date"), events, _source_text(path), rec["start"]))
    return out


# -- PETRARCH validation files, read leniently ------------------------------------------
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>(.*?)(?=<Sentence\b|</Sentences\s*>|\Z)", re.S | re.I)
_TEXT = re.compile(r"<Text\s*>(.*?)</Text\s*>", re.S | re.I)
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>", re.S | re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(raw)}


def _split_code(code: str) -> tuple[str, str]:
    """PETRARCH actor codes: 'USAGOV' → ('USA', 'GOV'); 'IGOUNO' → ('UNO', 'IGO'); 'IGO' → ('IGO', 'IGO')."""
    code = (code or "").strip().upper()
    if code[:3] in GENERIC_SECTORS:
        return (code[3:6], code[:3]) if len(code) >= 6 else (code[:3], code[:3])
    return code[:3], code[3:6]


def _petrarch_actor(raw: str) -> frozenset[tuple[str, str]]:
    # Compound actors are written several ways: "USAGOV;GBRGOV", "USAGOV,GBRGOV", "USAGOV GBRGOV".
    return frozenset(_split_code(c) for c in re.split(r"[;,\s]+", raw or "") if c.strip() and c.strip() != "---")


def _petrarch_sentences(raw: str) -> list[GoldSentence]:
    # Comments go first, and the first "-->" ends one even with a "<!--" inside it.
    raw = _COMMENT.sub("", raw)
    out = []
    for m in _SENTENCE.finditer(raw):
        attrs, body = _attrs(m.group(1)), m.group(2)
        text_m = _TEXT.search(body)
        text = html.unescape(re.sub(r"\s+", " ", text_m.group(1)).strip()) if text_m else ""
        if not text:
            continue
        raw_date = attrs.get("date", "")
        day = f"{raw_date[:4]}-{raw_date[4:6]}-{raw_date[6:8]}" if len(raw_date) == 8 and raw_date.isdigit() else raw_date or None
        sent = GoldSentence(attrs.get("id", ""), text, day)
        if attrs.get("noevents", "").lower() != "true":
            for c in _CODING.finditer(body):
                a = _attrs(c.group(1))
                cameo = a.get("eventcode", "")
                kind = codes.event_type(cameo)
                if kind:
                    sent.events.append(GoldEvent(kind, _petrarch_actor(a.get("sourcecode", "")),
                                                 _petrarch_actor(a.get("targetcode", "")), cameo))
        out.append(sent)
    return out


def read_gold(path: str | Path, *, texts_root: str | Path | None = None, notes: list[str] | None = None) -> list[GoldSentence]:
    """Gold sentences from a PLOVER .json file, a real-sentence records.json, a PETRARCH .xml file, or a folder of them."""
    path = Path(path)
    notes = notes if notes is not None else []
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".json", ".jsonl", ".xml") and p.name not in NOT_GOLD)
    elif path.exists():
        files = [path]
    else:
        raise InputError(f"{path} does not exist", hint="Give a gold file (.json or .xml) or a folder of them.")
    root = Path(texts_root) if texts_root else None
    sentences: list[GoldSentence] = []
    for f in files:
        if f.suffix.lower() == ".xml":
            sentences += _petrarch_sentences(f.read_text("utf-8", errors="replace"))
            continue
        data = _load_json(f)
        if not isinstance(data, list):
            raise InputError(f"{f} is not a JSON array", hint="A gold file is a JSON array of records.")
        if data and isinstance(data[0], dict) and "source_file" in data[0]:
            sentences += _real_sentences(data, root or default_texts_root(f), notes)
        else:
            sentences += _plover_sentences(data)
    if not sentences:
        raise InputError(f"no gold records in {path}" + (f" ({notes[0]})" if notes else ""),
                         hint="Give PLOVER JSON arrays, real-sentence records.json (with --texts-root) or PETRARCH XML files.")
    return sentences


# -- scoring --------------------------------------------------------------------------------
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
    gold_events: int = 0
    emitted: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in ("event_type", "source", "target", "event")})
    per_type: dict[str, Score] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)
    negation: Counter = field(default_factory=Counter)
    modality: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def share_right(self) -> float:
        """Of the events the coder emitted (and that are scored), the share fully right."""
        return self.scores["event"].tp / self.emitted if self.emitted else 0.0

    def to_dict(self) -> dict:
        return {
            "records": self.records, "gold_events": self.gold_events, "emitted_events": self.emitted,
            "scores": {k: v.to_dict() for k, v in self.scores.items()},
            "share_of_emitted_right": round(self.share_right, 4),
            "per_type": {k: v.to_dict() for k, v in sorted(self.per_type.items())},
            "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(self.confusion.items())},
            "negation_accuracy": _ratio(self.negation), "modality_accuracy": _ratio(self.modality),
            "notes": self.notes,
        }


def _ratio(counter: Counter) -> float | None:
    total = counter[True] + counter[False]
    return round(counter[True] / total, 4) if total else None


@cache
def _org_sectors() -> dict[str, str]:
    """Organisation code → its sector (IGO, NGO ...), for comparing at the generic level."""
    kb = knowledge()
    # A code several bodies share keeps the generic sector of its first one: EUR is the European Union (IGO) though
    # the European Parliament (LEG) is coded EUR too, and a gold EUR compared as LEG never met the coder's IGO.
    sectors: dict[str, str] = {}
    for entries in kb.names.values():
        for e in entries:
            if e.kind == "org" and e.sector and (e.code not in sectors or
                                                 (sectors[e.code] not in GENERIC_SECTORS and e.sector in GENERIC_SECTORS)):
                sectors[e.code] = e.sector
    # An international court (no home country, only JUD: ICC, ICJ, the ECHR) is intergovernmental: the wire gold
    # writes the International Criminal Court IGO, and its JUD never met it (the twelfth wire battery round).
    homeless = {e.code for entries in kb.names.values() for e in entries if e.kind == "org" and not e.home}
    for code, sector in sectors.items():
        if sector == "JUD" and code in homeless and code not in kb.countries:
            sectors[code] = "IGO"
    return sectors


def _code(code: str, sector: str, generic_orgs: bool) -> str:
    """An actor code as compared: organisations as generic IGO/NGO with --generic-orgs."""
    if not generic_orgs or code in knowledge().countries:
        return code
    if code in GENERIC_SECTORS:
        return code
    kind = sector if sector in GENERIC_SECTORS else _org_sectors().get(code, "")
    return kind if kind in GENERIC_SECTORS else code


def _codes(actors: frozenset[tuple[str, str]], generic_orgs: bool) -> frozenset[str]:
    return frozenset(_code(c, s, generic_orgs) for c, s in actors if c)


def _predicted_type(event: Event) -> str | None:
    return event.plover_type or (STATEMENT if event.cameo_root == "01" else None)


@dataclass(frozen=True)
class _Side:
    """One event reduced to what is scored."""

    type: str
    source: frozenset[str]
    target: frozenset[str]


def _match(gold: list[_Side], pred: list[_Side]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """One-to-one pairs: fully agreeing first, then of the same type (best actor overlap first)."""
    exact, typed = [], []
    free_g, free_p = set(range(len(gold))), set(range(len(pred)))
    for gi in range(len(gold)):
        for pi in sorted(free_p):
            if gold[gi] == pred[pi]:
                exact.append((gi, pi))
                free_g.discard(gi)
                free_p.discard(pi)
                break
    candidates = sorted(((-(len(gold[g].source & pred[p].source) + len(gold[g].target & pred[p].target)), g, p)
                         for g in free_g for p in free_p if gold[g].type == pred[p].type))
    for _, g, p in candidates:
        if g in free_g and p in free_p:
            typed.append((g, p))
            free_g.discard(g)
            free_p.discard(p)
    return exact, typed


def score_sentence(report: Report, gold: GoldSentence, predicted: list[Event], *, score_statements: bool = True,
                   generic_orgs: bool = False) -> None:
    report.records += 1
    events = [e for e in predicted if _predicted_type(e) and (score_statements or _predicted_type(e) != STATEMENT)]
    golds = [g for g in gold.events if score_statements or g.event != STATEMENT]
    report.gold_events += len(golds)
    report.emitted += len(events)
    gs = [_Side(g.event, _codes(g.source, generic_orgs), _codes(g.target, generic_orgs)) for g in golds]
    ps = [_Side(_predicted_type(e) or "", frozenset(_code(a.code, a.sector or "", generic_orgs) for a in e.source if a.code),
                frozenset(_code(a.code, a.sector or "", generic_orgs) for a in e.target if a.code)) for e in events]
    exact, typed = _match(gs, ps)
    pairs = exact + typed
    s = report.scores
    s["event"].tp += len(exact)
    s["event"].fp += len(ps) - len(exact)
    s["event"].fn += len(gs) - len(exact)
    s["event_type"].tp += len(pairs)
    s["event_type"].fp += len(ps) - len(pairs)
    s["event_type"].fn += len(gs) - len(pairs)
    matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for g, p in pairs:
        for side in ("source", "target"):
            gold_set, pred_set = getattr(gs[g], side), getattr(ps[p], side)
            s[side].tp += len(gold_set & pred_set)
            s[side].fp += len(pred_set - gold_set)
            s[side].fn += len(gold_set - pred_set)
        report.confusion[(gs[g].type, ps[p].type)] += 1
        report.negation[events[p].negated == golds[g].negated] += 1
        if golds[g].modality:
            report.modality[events[p].modality == golds[g].modality] += 1
    for g in matched_g:
        report.per_type.setdefault(gs[g].type, Score()).tp += 1
    rest_g = [g for g in range(len(gs)) if g not in matched_g]
    rest_p = [p for p in range(len(ps)) if p not in matched_p]
    for g in rest_g:
        report.per_type.setdefault(gs[g].type, Score()).fn += 1
        s["source"].fn += len(gs[g].source)
        s["target"].fn += len(gs[g].target)
    for p in rest_p:
        report.per_type.setdefault(ps[p].type, Score()).fp += 1
        s["source"].fp += len(ps[p].source)
        s["target"].fp += len(ps[p].target)
    # The confusion matrix pairs what is left over in text order: gold X coded as Y, else missed / spurious.
    for g, p in zip(rest_g, rest_p):
        report.confusion[(gs[g].type, ps[p].type)] += 1
    for g in rest_g[len(rest_p):]:
        report.confusion[(gs[g].type, "NONE")] += 1
    for p in rest_p[len(rest_g):]:
        report.confusion[("NONE", ps[p].type)] += 1
    if len(exact) < max(len(gs), len(ps)):
        report.errors.append({"id": gold.id, "text": gold.text,
                              "gold": [[x.type, sorted(x.source), sorted(x.target)] for x in gs],
                              "predicted": [[x.type, sorted(x.source), sorted(x.target), e.trigger] for x, e in zip(ps, events)]})


def evaluate(sentences: list[GoldSentence], *, nlp=None, batch_size: int = 64, generic_orgs: bool = False,
             in_context: bool = False) -> Report:
    """Code every gold sentence once and score all its events against all its gold events.

    With ``in_context``, a sentence that points into a source file is coded inside its whole article, as
    the coder meets it in use (a pronoun or a surname then finds the person named before it, a title the
    country the article is about), and scored on the events whose trigger lies inside the sentence.
    """
    nlp = nlp or load()
    score_statements = any(g.event == STATEMENT for s in sentences for g in s.events)
    report = Report()
    for gold, events in zip(sentences, _coded(sentences, nlp, batch_size, in_context)):
        score_sentence(report, gold, events, score_statements=score_statements, generic_orgs=generic_orgs)
    if not score_statements:
        report.notes.append("the gold has no STATEMENT events: STATEMENT predictions are not scored")
    return report


def _coded(sentences: list[GoldSentence], nlp, batch_size: int, in_context: bool) -> list[list[Event]]:
    """Each sentence's events: the sentence coded alone, or (``in_context``) inside its article."""
    texts: dict[tuple[str, str | None], int] = {}  # one document per distinct article (and date)
    keys = []
    for s in sentences:
        key = (s.context, s.date) if in_context and s.context is not None else (s.text, s.date)
        keys.append(texts.setdefault(key, len(texts)))
    docs = [finalize(Document(url=f"gold:{n}", published=day, kind="article", posts=[Post(text=text)]))
            for (text, day), n in texts.items()]
    results = [r.events for r in analyze(docs, nlp=nlp, batch_size=batch_size)]
    out = []
    for s, n in zip(sentences, keys):
        if in_context and s.context is not None:
            end = s.offset + len(s.text)
            out.append([e for e in results[n] if s.offset <= e.trigger_start < end])
        else:
            out.append(results[n])
    return out


def render(report: Report) -> str:
    lines = [f"{report.records} sentences, {report.gold_events} gold events, {report.emitted} emitted events", "",
             f"{'':12} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for name, score in report.scores.items():
        lines.append(f"{name:12} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}   {score.tp}/{score.fp}/{score.fn}")
    lines.append("")
    lines.append(f"share of emitted events fully right (type, source and target): {report.share_right:.3f}")
    neg, mod = _ratio(report.negation), _ratio(report.modality)
    lines.append(f"negation accuracy on matched types: {neg if neg is not None else 'n/a'}; modality accuracy: {mod if mod is not None else 'n/a'}")
    lines.append("")
    lines.append("per PLOVER type:")
    lines.append(f"  {'':10} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for name, score in sorted(report.per_type.items()):
        lines.append(f"  {name:10} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}   {score.tp}/{score.fp}/{score.fn}")
    lines.append("")
    lines.extend(_matrix(report.confusion))
    for note in report.notes:
        lines.append(f"note: {note}")
    return "\n".join(lines)


def _matrix(confusion: Counter) -> list[str]:
    labels = sorted({k for pair in confusion for k in pair} - {"NONE"}) + ["NONE"]
    short = {k: k[:5] for k in labels}
    lines = ["confusion matrix (rows gold, columns predicted; NONE = no event):",
             "  " + " " * 10 + "".join(f"{short[c]:>6}" for c in labels)]
    for g in labels:
        if any(confusion[(g, p)] for p in labels):
            lines.append(f"  {g:10}" + "".join(f"{confusion[(g, p)] or '.':>6}" for p in labels))
    return lines


def to_json(report: Report) -> str:
    return msgspec.json.encode(report.to_dict()).decode()


__all__ = ["read_gold", "evaluate", "render", "Report", "GoldRecord", "GoldSentence", "GoldEvent", "score_sentence",
           "default_texts_root"]
