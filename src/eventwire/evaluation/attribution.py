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

import re
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


def _span_of(spans: dict, roles: dict, *names: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for name in names:
        out += spans.get(roles.get(name, ""), ("", ()))[1]
    return tuple(sorted(out))


def read_ann(path: Path) -> list[Attr]:
    """Attributions of a brat file. The event's trigger (``Attribution`` or, in PolNeAR,
    ``Attribution-no-source``) stands in for the cue when no ``Cue`` span is linked;
    ``Content2`` (the second piece of a content split by the cue) joins the content."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2 and " " in parts[1]:
            kind, offsets = parts[1].split(" ", 1)
            try:
                spans[parts[0]] = (kind, _spans(offsets))
            except ValueError:
                continue  # a malformed span line: skipped, as brat itself does
        elif line.startswith("E") and len(parts) >= 2:
            events.append(parts[1])
    attrs = []
    for ev in events:
        roles = {}
        for part in ev.split():
            if ":" in part:
                role, ref = part.split(":", 1)
                roles[role] = ref
        trigger = next((roles[r] for r in roles if r.startswith("Attribution")), "")
        cue = _span_of(spans, roles, "Cue") or spans.get(trigger, ("", ()))[1]
        attrs.append(Attr(cue, _span_of(spans, roles, "Source"), _span_of(spans, roles, "Content", "Content2")))
    return attrs


def read_polnear(folder: Path) -> list[tuple[str, str, list[Attr]]]:
    """PolNeAR's layout: ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``. An article
    annotated by several annotators is scored against the first annotator file by name."""
    docs = []
    for txt in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{txt.stem}_*.ann"))
        if anns:
            docs.append((txt.stem, txt.read_text("utf-8"), read_ann(anns[0])))
    return docs


def read_corpus(folder: str | Path) -> list[tuple[str, str, list[Attr]]]:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder", hint="Give a folder of brat .txt/.ann pairs.")
    if (folder / "text").is_dir() and (folder / "attributions").is_dir():
        docs = read_polnear(folder)
        if docs:
            return docs
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
    convention: str = "eventwire"
    passages: int = 0
    gold: int = 0
    found: int = 0
    exact: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    overlap: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})

    def to_dict(self) -> dict:
        return {"convention": self.convention, "passages": self.passages, "gold_attributions": self.gold, "found_attributions": self.found,
                "exact": {k: v.to_dict() for k, v in self.exact.items()},
                "overlap": {k: v.to_dict() for k, v in self.overlap.items()}}


CONVENTIONS = ("eventwire", "polnear")
# PolNeAR keeps a leading "that" inside the content; eventwire's content starts after it.
# Both sides lose it before comparison, so the complementizer never decides a match.
_COMPLEMENTIZER = re.compile(r"(?:that)\s+", re.I)


def found_attributions(text: str, nlp, convention: str = "eventwire") -> list[Attr]:
    """eventwire's attributions, one per link of each chain; in the PolNeAR convention,
    only top-level ones: one per claim (its outer link) and none whose cue sits inside
    another claim's content, since PolNeAR gives each token at most one attribution."""
    doc = nlp(text)
    claims = list(doc._.claims or [])
    out = []
    for claim in claims:
        content = tuple(claim.segments)
        links = claim.chain[:1] if convention == "polnear" else claim.chain
        if convention == "polnear" and claim.chain and _nested(claim, claims):
            continue
        for n, src in enumerate(links):
            span = ((src.start, src.end),) if src.start >= 0 else ()
            link_content = content
            if n == 0 and claim.outer_start is not None:
                link_content = ((claim.outer_start, claim.end),)
            attr = Attr(((src.cue_start, src.cue_end),), span, link_content)
            if attr not in out:
                out.append(attr)
    return out


def _nested(claim, claims) -> bool:
    cue = claim.chain[0].cue_start
    return any(other is not claim and other.covers(cue) and (other.end - other.start) > (claim.end - claim.start)
               for other in claims)


def _norm_polnear(text: str, spans: tuple[tuple[int, int], ...], kind: str) -> tuple[tuple[int, int], ...]:
    spans = _norm(text, spans)
    if kind == "content" and spans:
        s, e = spans[0]
        m = _COMPLEMENTIZER.match(text, s, e)
        if m and m.end() < e:
            spans = ((m.end(), e),) + spans[1:]
    return spans


def _pair(gold: list[Attr], found: list[Attr]) -> list[tuple[int, int]]:
    """Gold and found attributions paired one to one, the best-agreeing pairs first
    (a shared cue counts most, then shared content, then a shared source)."""
    candidates = []
    for i, g in enumerate(gold):
        for j, f in enumerate(found):
            weight = 4 * _overlap(g.cue, f.cue) + 2 * _overlap(g.content, f.content) + _overlap(g.source, f.source)
            if weight:
                candidates.append((-weight, i, j))
    pairs, used_g, used_f = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_g and j not in used_f:
            used_g.add(i)
            used_f.add(j)
            pairs.append((i, j))
    return pairs


def _score_role(g, f, same) -> Score:
    if g and f:
        return Score(tp=1) if same(g, f) else Score(fp=1, fn=1)
    return Score(fn=int(bool(g)), fp=int(bool(f)))


def _score_polnear(report: "AttributionReport", text: str, gold: list[Attr], found: list[Attr]) -> None:
    norm = {kind: ([_norm_polnear(text, getattr(a, kind), kind) for a in gold],
                   [_norm_polnear(text, getattr(a, kind), kind) for a in found]) for kind in KINDS}
    pairs = _pair(gold, found)
    paired_g, paired_f = {i for i, _ in pairs}, {j for _, j in pairs}
    for kind in KINDS:
        g_spans, f_spans = norm[kind]
        for i, j in pairs:
            _add(report.exact[kind], _score_role(g_spans[i], f_spans[j], lambda x, y: x == y))
            _add(report.overlap[kind], _score_role(g_spans[i], f_spans[j], _overlap))
        lone = Score(fn=sum(1 for i, g in enumerate(g_spans) if g and i not in paired_g),
                     fp=sum(1 for j, f in enumerate(f_spans) if f and j not in paired_f))
        _add(report.exact[kind], lone)
        _add(report.overlap[kind], lone)


def evaluate_corpus(folder: str | Path, *, nlp=None, convention: str = "eventwire") -> AttributionReport:
    """Scores per role. ``eventwire``: every link of every chain, each role matched on its own.
    ``polnear``: top-level attributions only, gold and found paired one to one, then each
    role of a pair compared (micro-averaged over the corpus)."""
    if convention not in CONVENTIONS:
        raise InputError(f"unknown convention {convention!r}", hint=f"Use one of: {', '.join(CONVENTIONS)}.")
    nlp = nlp or load()
    report = AttributionReport(convention=convention)
    for _, text, gold in read_corpus(folder):
        found = found_attributions(text, nlp, convention)
        report.passages += 1
        report.gold += len(gold)
        report.found += len(found)
        if convention == "polnear":
            _score_polnear(report, text, gold, found)
            continue
        for kind in KINDS:
            g = [_norm(text, getattr(a, kind)) for a in gold if getattr(a, kind)]
            f = [_norm(text, getattr(a, kind)) for a in found if getattr(a, kind)]
            _add(report.exact[kind], _match(g, f, lambda x, y: x == y))
            _add(report.overlap[kind], _match(g, f, _overlap))
    return report


def render(report: AttributionReport) -> str:
    lines = [f"{report.passages} passages, {report.gold} gold attributions, {report.found} found"
             f" ({report.convention} convention)", "",
             f"{'':10} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}"]
    for kind in KINDS:
        e, o = report.exact[kind], report.overlap[kind]
        lines.append(f"{kind:10} {e.precision:8.3f} {e.recall:6.3f} {e.f1:6.3f}   {o.precision:9.3f} {o.recall:6.3f} {o.f1:6.3f}")
    return "\n".join(lines)


__all__ = ["CONVENTIONS", "evaluate_corpus", "found_attributions", "read_corpus", "read_ann", "read_polnear", "render",
           "AttributionReport"]
