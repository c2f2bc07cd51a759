"""Built-in evaluation of attribution against brat standoff annotation (PARC / PolNeAR style).

A corpus is a folder of ``.txt``/``.ann`` pairs. Text-bound annotations of type
``Source``, ``Cue`` and ``Content`` (discontinuous spans ``s e;s e`` allowed) are
linked by ``Attribution`` events (``E1 Attribution:T2 Source:T1 Content:T3``).
Each gold attribution is compared with the attributions eventwire finds: a claim
with a chain of n sources gives n attributions, one per link, each with its cue,
its source and the claim's content (for the outer link of "X reported Y as
saying that Z", the content runs from Y). Spans are scored exactly (same
offsets, ignoring surrounding punctuation) and by overlap (any shared character),
matching one gold span to at most one found span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..nlp import load
from .events import Score

KINDS = ("cue", "source", "content")
_EDGE = " \t\n,.;:—–-\"'“”‘’"


@dataclass
class Attr:
    cue: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    content: tuple[tuple[int, int], ...]


def _spans(field_: str) -> tuple[tuple[int, int], ...]:
    out = []
    for part in field_.split(";"):
        s, e = part.split()
        out.append((int(s), int(e)))
    return tuple(out)


def read_ann(path: Path) -> list[Attr]:
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("T"):
            tid, middle, _ = line.split("\t", 2)
            kind, offsets = middle.split(" ", 1)
            spans[tid] = (kind, _spans(offsets))
        elif line.startswith("E"):
            events.append(line.split("\t", 1)[1])
    attrs = []
    for ev in events:
        roles = dict(part.split(":", 1) for part in ev.split())
        cue = spans.get(roles.get("Attribution", ""), ("", ()))[1]
        src = spans.get(roles.get("Source", ""), ("", ()))[1]
        content = spans.get(roles.get("Content", ""), ("", ()))[1]
        attrs.append(Attr(cue, src, content))
    return attrs


def read_corpus(folder: str | Path) -> list[tuple[str, str, list[Attr]]]:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder", hint="Give a folder of brat .txt/.ann pairs.")
    docs = []
    for ann in sorted(folder.rglob("*.ann")):
        txt = ann.with_suffix(".txt")
        if txt.exists():
            docs.append((ann.stem, txt.read_text("utf-8"), read_ann(ann)))
    if not docs:
        raise InputError(f"no .txt/.ann pairs in {folder}", hint="Give a folder of brat .txt/.ann pairs.")
    return docs


def _norm(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    out = []
    for s, e in spans:
        while s < e and text[s] in _EDGE:
            s += 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def _overlap(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _match(gold: list, found: list, same) -> Score:
    score, taken = Score(), set()
    for g in gold:
        hit = next((i for i, f in enumerate(found) if i not in taken and same(g, f)), None)
        if hit is None:
            score.fn += 1
        else:
            taken.add(hit)
            score.tp += 1
    score.fp += len(found) - len(taken)
    return score


def _add(total: Score, part: Score) -> None:
    total.tp += part.tp
    total.fp += part.fp
    total.fn += part.fn


@dataclass
class AttributionReport:
    passages: int = 0
    gold: int = 0
    found: int = 0
    exact: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    overlap: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})

    def to_dict(self) -> dict:
        return {"passages": self.passages, "gold_attributions": self.gold, "found_attributions": self.found,
                "exact": {k: v.to_dict() for k, v in self.exact.items()},
                "overlap": {k: v.to_dict() for k, v in self.overlap.items()}}


def found_attributions(text: str, nlp) -> list[Attr]:
    doc = nlp(text)
    out = []
    for claim in doc._.claims or []:
        content = tuple(claim.segments)
        for n, src in enumerate(claim.chain):
            span = ((src.start, src.end),) if src.start >= 0 else ()
            link_content = content
            if n == 0 and claim.outer_start is not None:
                link_content = ((claim.outer_start, claim.end),)
            out.append(Attr(((src.cue_start, src.cue_end),), span, link_content))
    return out


def evaluate_corpus(folder: str | Path, *, nlp=None) -> AttributionReport:
    nlp = nlp or load()
    report = AttributionReport()
    for _, text, gold in read_corpus(folder):
        found = found_attributions(text, nlp)
        report.passages += 1
        report.gold += len(gold)
        report.found += len(found)
        for kind in KINDS:
            g = [_norm(text, getattr(a, kind)) for a in gold if getattr(a, kind)]
            f = [_norm(text, getattr(a, kind)) for a in found if getattr(a, kind)]
            _add(report.exact[kind], _match(g, f, lambda x, y: x == y))
            _add(report.overlap[kind], _match(g, f, _overlap))
    return report


def render(report: AttributionReport) -> str:
    lines = [f"{report.passages} passages, {report.gold} gold attributions, {report.found} found", "",
             f"{'':10} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}"]
    for kind in KINDS:
        e, o = report.exact[kind], report.overlap[kind]
        lines.append(f"{kind:10} {e.precision:8.3f} {e.recall:6.3f} {e.f1:6.3f}   {o.precision:9.3f} {o.recall:6.3f} {o.f1:6.3f}")
    return "\n".join(lines)


__all__ = ["evaluate_corpus", "read_corpus", "read_ann", "render", "AttributionReport"]
