"""Dev analysis for the event coder: where in the coder each gold event it misses is lost.

    .venv/bin/python scripts/event_losses.py gold/events/real/train [gold/events/real/dev ...]
        [--texts-root ../shared/dev-data] [--in-context | --both] [--json] [--list]

For every gold event of a real-sentence split whose type the coder does not emit in the sentence (a
miss by type, counted as ``eventwire evaluate`` counts them), the script follows the gold trigger's
tokens through ``EventCoder`` and names the point where the event is lost: the method that returned
nothing for it and why, read off the line it returned at ("_code: no source (an actor unresolved:
'the board of elections')", "_factual: negation", "_acted: ...", "_convention: the content of
'ordered', lost at ..."), or "trigger not in the lexicon", or "coded as another type". It prints one
line per missed event (``--list``) and a table of counts per loss point, one column per split and mode.

How: nothing in the library changes. While the event component codes a document, the script traces
(``sys.settrace``, this process only) the calls of ``EventCoder._code``, ``_governor``, ``_derive``,
``_convention``, ``_factual``, ``_acted`` and ``_without_nested`` in ``eventwire.nlp.events``, and
records what each returned for each trigger token and the line it returned at. A reason is the
comment on (or just above) that line, so a new filter is named by its own comment, with no table here
to keep up; a few common points get a short name below (``_NAMES``). Tracing makes coding slower
(about twice as slow); it is for reading, never for measuring speed.

Use it on the readable splits only (train, train2, train3, dev): dev2 is read in its totals, and the test
split is never read.
"""

from __future__ import annotations

import json
import linecache
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import click

from eventwire.evaluation.events import read_gold
from eventwire.model import Document, Post, finalize
from eventwire.nlp import codes, load
from eventwire.nlp import events as ev
from eventwire.pipeline import analyze

# The traced methods of the coder, by the name the report gives them.
_WATCHED = {
    "_code": ev.EventCoder._code, "_governor": ev._governor, "_derive": ev._derive, "_convention": ev._convention,
    "_factual": ev._factual, "_acted": ev._acted, "_without_nested": ev._without_nested,
}

# Short names for loss points whose comment is long, matched on the source of the returning line or the
# lines of its condition (a helper's name or a distinctive word). Anything not here is named by its comment.
_NAMES = (
    ("if not senses:", "no sense of the entry fits the form (its particle or its words around)"),
    ('e.cameo[:3] == "084"', "a release of documents, not of persons"),
    ("_light_with_trigger", "a light verb: its noun is the event"),
    ("_figurative(", "figurative-harm filter (harm said of candidates or the press)"),
    ('_governor_words()["things"]', "thing-object filter (aimed at no one)"),
    ("_NEEDS_TARGET", "an entry that needs an actor as target has none"),
    ("_intended_counterpart", "an intention toward no one"),
    ("_recipients(", "an intention with no counterpart"),
    ("if not source:\n", "the governing word has no actor as subject"),
    ("_thing_object(", "thing-object filter (a sense done to no one)"),
    ("_stated_obligation", "an obligation to know or to say"),
    ("_thing_asked_of_no_one", "a thing asked of no one"),
    ("_standing_or_figure", "a habit, a poll, a figure, a denial or an assertion"),
    ("_COUNTERPART_VERB_TYPES", "no target: a pledge or an act on no one"),
    ("_COUNTERPART_TYPES", "no target: an act on no one"),
    ("_NOMINAL_ALONE", "no target: a noun names an act of no one"),
    ("not e.source and not e.target", "no actor on either side"),
    ("_yes_no_question", "a yes/no question"),
    ("condition_marks", "a condition or a question"),
    ("did not attack", "negation"),
    ("_POSSIBLE_AUX", "a mere possibility (may, could)"),
    ("speculation", "a mere possibility (could, might)"),
    ("_progressive", "a forecast (future progressive)"),
    ("obligation_aux", "an obligation with no speaker"),
    ("obligation_verbs", "an obligation with no speaker"),
    ("_ANCHOR_PREPS", "a known event as an anchor (after, despite)"),
    ("_received_in_clause", "a noun as the object of another trigger verb"),
    ("_REPORTING_ROOT", "a report with a clause (an attribution)"),
    ("opinion_clause_words", "an opinion clause (agreed that ...)"),
    ("_INVESTIGATE_ROOT", "an inquiry into a thing"),
    ("_COMPARING_VERBS", "a comparison"),
    ("_GATHERING_VERBS", "gathering supporters"),
    ("_QUESTION_VERBS", "a question, not a request"),
    ("_naming_complement", "naming, not a call"),
)


@dataclass
class _Log:
    """What the traced methods returned for one coded Doc, by trigger token index."""

    doc: object
    code: dict[int, tuple] = field(default_factory=dict)  # i -> ("event", cameo) | ("none", reason, detail)
    governor: dict[int, tuple] = field(default_factory=dict)  # i -> (gov i, cls) | None
    derive: dict[int, tuple] = field(default_factory=dict)  # act i -> ("event", gov i, cameo) | ("none", reason)
    factual: dict[int, list] = field(default_factory=lambda: defaultdict(list))  # i -> [(cameo in, cameo out | None, reason)]
    acted: dict[int, list] = field(default_factory=lambda: defaultdict(list))  # i -> [(cameo, reason)] (only refusals)
    nested: set[int] = field(default_factory=set)  # triggers dropped as nested in another event
    convention: dict[int, str] = field(default_factory=dict)  # i -> cameo after the convention (kept events)
    nonfactual: set[int] = field(default_factory=set)  # triggers dropped as a state of mind
    dropped: set[int] = field(default_factory=set)  # triggers the convention dropped (a governed act, a state of mind)
    final: dict[int, str] = field(default_factory=dict)  # i -> cameo of what the component left in doc._.events


def _short(comment: str) -> str:
    """A comment as a loss point's name: its claim, not its example ("\\"opened an inquiry\\": the noun ..." -> "the noun ...")."""
    c = comment.strip()
    if c.startswith(("\"", "(", "'")) and ": " in c:
        c = c.split(": ", 1)[1]
    elif ": " in c:
        c = c.split(": ", 1)[0]
    return c.split("; ")[0].rstrip(".")[:80]


def _reason(code, lineno: int) -> str:
    """The reason a traced method gives at the line it returned at: a short name from ``_NAMES`` matched on the
    line and the conditions of the ``if`` statements that enclose it (innermost first), else the line's comment,
    else the comments inside those ``if`` statements, else the innermost condition."""
    lines = [linecache.getline(code.co_filename, n) for n in range(code.co_firstlineno, lineno + 1)]
    ret = lines[-1]
    indent = len(ret) - len(ret.lstrip())
    blocks, block = [], [ret]  # the enclosing "if" statements, innermost first, each from its "if" to the return
    for text in reversed(lines[:-1]):
        stripped = text.lstrip()
        if not stripped:
            continue
        block.insert(0, text)
        depth = len(text) - len(stripped)
        if depth < indent:
            if not stripped.startswith(("if ", "elif ")):
                break  # a loop, an "else", the definition: no condition to read further up
            blocks.append("".join(block))
            block, indent = [], depth
            if len(blocks) == 2:
                break
    blocks = blocks or ["".join(block)]
    for source in blocks:
        for needle, name in _NAMES:
            if needle in source:
                return name
    if "#" in ret:
        return _short(ret.split("#", 1)[1])
    for source in blocks:
        comments = [t.strip()[1:].strip() for t in source.splitlines() if t.strip().startswith("#")]
        comments += [t.split("#", 1)[1].strip() for t in source.splitlines() if "#" in t and not t.strip().startswith("#")]
        if comments:
            return _short(" ".join(comments))
    return f"line {lineno}: {blocks[0].strip().splitlines()[0][:70]}"


class Tracer:
    """Records, for each Doc the event component codes, what the watched methods return (see the module's doc)."""

    def __init__(self) -> None:
        self.names = {f.__code__: name for name, f in _WATCHED.items()}
        self.call_code = ev.EventCoder.__call__.__code__
        self.logs: list[_Log] = []
        self.log: _Log | None = None

    def install(self) -> None:
        """Trace the event component of this process (a second install replaces the first tracer)."""
        original = getattr(ev.EventCoder.__call__, "untraced", ev.EventCoder.__call__)
        tracer = self

        def traced(coder, doc):
            tracer.log = _Log(doc)
            tracer.logs.append(tracer.log)
            previous = sys.gettrace()
            sys.settrace(tracer._on_call)
            try:
                out = original(coder, doc)
            finally:
                sys.settrace(previous)
            tracer.log.final = {e.trigger_start: e.cameo for e in ev.extension(doc, "events") or []}
            return out

        traced.untraced = original
        ev.EventCoder.__call__ = traced

    @staticmethod
    def uninstall() -> None:
        ev.EventCoder.__call__ = getattr(ev.EventCoder.__call__, "untraced", ev.EventCoder.__call__)

    def _on_call(self, frame, event, arg):
        name = self.names.get(frame.f_code)
        if name is None:
            return None
        frame.f_trace_lines = False  # only the return matters
        before = self._before(name, frame.f_locals, frame)

        def on_return(frame, event, arg):
            if event == "return":
                try:
                    self._after(name, frame, arg, before)
                except Exception as exc:  # a dev tool: say so, never break the coding it watches
                    click.echo(f"event_losses: {name}: {exc!r}", err=True)
            return on_return

        return on_return

    def _before(self, name: str, loc: dict, frame):
        if name in ("_factual", "_acted", "_derive"):
            e = loc["e"]
            return e.trigger.i, e.cameo, frame.f_back.f_code.co_name != "_reciprocal"  # (there only a test of a fight)
        if name in ("_convention", "_without_nested"):
            return {e.trigger.i: e.cameo for e in loc["events"]}
        if name == "_code":
            return loc["tok"].i
        if name == "_governor":
            return loc["tok"].i
        return None

    def _after(self, name: str, frame, value, before) -> None:
        log, loc = self.log, frame.f_locals
        if name == "_code":
            if value is not None:
                log.code[before] = ("event", value.cameo)
            else:
                reason = _reason(frame.f_code, frame.f_lineno)
                detail = ""
                if reason.startswith("no one acts"):
                    reason, detail = _no_source(loc["doc"], loc["tok"])
                elif reason.startswith("a light verb"):
                    detail = " ".join(c.text for c in loc["tok"].children if c.dep_ == "dobj")
                log.code[before] = ("none", reason, detail, [c.i for c in loc["tok"].children if c.dep_ == "dobj"])
        elif name == "_governor":
            log.governor[before] = None if value is None else (value[0].i, value[1])
        elif name == "_derive":
            i, cameo, _ = before
            gov = loc["gov"]
            log.derive[i] = ("event", gov.i, value.cameo) if value is not None else \
                ("none", gov.i, _reason(frame.f_code, frame.f_lineno))
        elif name == "_factual":
            i, cameo, _ = before
            log.factual[i].append((cameo, None if value is None else value.cameo,
                                   "" if value is not None else _reason(frame.f_code, frame.f_lineno)))
        elif name == "_acted":
            i, cameo, from_call = before
            if from_call and value is False:
                log.acted[i].append((cameo, _reason(frame.f_code, frame.f_lineno)))
        elif name == "_without_nested":
            kept = {e.trigger.i for e in value}
            log.nested |= {i for i in before if i not in kept}
        elif name == "_convention":
            for e in value:
                log.convention[e.trigger.i] = e.cameo
            at = loc.get("at", {})
            drop = loc.get("drop", set())
            log.dropped |= {i for i in drop if i in before}
            for i in drop:
                if i in before and ev._word_class(at[i].trigger) == "nonfactual" and log.governor.get(i, "unset") == "unset":
                    log.nonfactual.add(i)


def _no_source(doc, tok) -> tuple[str, str]:
    """Why a trigger found no source: its arguments name an actor the tables do not code or a pronoun not
    resolved, or no actor at all (a thing as subject, no subject, a noun with no doer named)."""
    trig = ev.Lexicon.cached().senses(tok)
    verbal = (trig[0].pos if trig else tok.pos_) in ("VERB", "ADJ")
    source, _ = (ev._verb_args if verbal else ev._noun_args)(doc, tok)
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children), None)
    subject = agent or next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "poss")), None)
    said = " ".join(t.text for t in subject.subtree) if subject is not None else ""
    named = " / ".join(" ".join(t.text for t in doc[a.start:a.end]) for a in source)
    if any(a.kind == "pronoun" for a in source) or (not source and subject is not None and subject.pos_ == "PRON"):
        return "no source: a pronoun unresolved", named or said
    if source:
        return "no source: an actor the tables do not code", named
    if subject is not None:
        return "no source: its subject or agent names no actor", said
    if not verbal:
        return "no source: a noun with no doer named", " ".join(t.text for t in tok.subtree)[:80]
    return "no source: a verb with no subject", ""


# -- following a gold trigger through the log -------------------------------------------------------
def _fate(log: _Log, i: int, emitted: dict[int, str], kind: str, seen: frozenset[int] = frozenset()) -> tuple[str, str]:
    """Where the event of trigger token ``i`` is lost (or what it became), as (loss point, detail)."""
    doc = log.doc
    word = doc[i].text
    if i in emitted:
        if emitted[i] == kind:  # (a mutual act coded one way, "sparred": the gold has both directions)
            return "coded fewer times than the gold has it (one side of a mutual act)", word
        return f"coded as another type ({emitted[i]})", word
    got = log.code.get(i)
    if got is None:
        return "_code: not reached (no candidate)", word
    if got[0] == "none":
        _, reason, detail, objects = got
        if reason.startswith("a light verb"):
            for o in objects:
                if o in log.code and o not in seen:
                    point, more = _fate(log, o, emitted, kind, seen | {i})
                    return f"_code: a light verb, its noun lost at: {point}", f"{word} {detail}; {more}"
        return f"_code: {reason}", detail or word
    if i in log.final:
        entry = codes.lookup(log.final[i])
        if entry is None or not entry.plover_type:
            # STATEMENT (CAMEO 01) is the coder's name for root 01 (``codes.event_type``), but the records carry the
            # cameo table's PLOVER type, which is empty for it: such an event is emitted and counted as no event.
            if entry is not None and entry.root == "01":
                return f"coded as STATEMENT ({log.final[i]}: CAMEO 01, no PLOVER type, counted as no event)", word
            return f"coded with a code of no PLOVER type ({log.final[i]})", word
        return "coded, then dropped after the event component", word
    if i in log.nonfactual:
        return "_convention: a word of belief or feeling (a state of mind)", word
    if i in log.dropped and log.governor.get(i) is not None:
        gov, cls = log.governor[i]
        gword = doc[gov].text
        if gov in emitted:
            return f"_convention: carried to '{cls}' governor, coded as another type ({emitted[gov]})", f"{word} under {gword}"
        if cls == "content":
            if gov in seen:
                return "_convention: the content of another trigger (a loop)", f"{word} under {gword}"
            point, more = _fate(log, gov, emitted, kind, seen | {i})
            return f"_convention: the content of another trigger, lost at: {point}", f"{word} under {gword}; {more}"
        if cls == "nonfactual":
            return "_convention: under a word of belief (nonfactual)", f"{word} under {gword}"
        derived = log.derive.get(i)
        if derived is not None and derived[0] == "none":
            return f"_derive: {derived[2]}", f"{word} under {gword} ({cls})"
        if gov not in seen:
            point, more = _fate(log, gov, emitted, kind, seen | {i})
            return f"_convention: governed by '{cls}', lost at: {point}", f"{word} under {gword}; {more}"
    for cameo_in, cameo_out, reason in log.factual.get(i, []):
        if cameo_out is None:
            return f"_factual: {reason}", word
    for cameo, reason in log.acted.get(i, []):
        return f"_acted: {reason}", f"{word} ({codes.event_type(cameo)})"
    if i in log.nested:
        return "_without_nested: taken as part of another event", word
    return "kept by the coder but not emitted", word


@dataclass
class Loss:
    id: str
    split: str
    mode: str
    type: str
    trigger: str
    point: str
    detail: str
    coded: list[str]
    text: str = ""

    def to_dict(self) -> dict:
        return self.__dict__.copy()


def losses(gold: Path, texts_root: Path | None, in_context: bool, nlp, tracer: Tracer) -> tuple[list[Loss], int]:
    """The gold events of ``gold`` missed by type, each with its loss point; and the number of gold events."""
    sentences = read_gold(gold, texts_root=texts_root)
    by_id = {s.id: s for s in sentences}
    records = [r for r in json.loads((gold / "records.json").read_text("utf-8")) if r["id"] in by_id]
    texts: dict[tuple[str, str | None], int] = {}
    keys = []
    for r in records:
        s = by_id[r["id"]]
        key = (s.context, s.date) if in_context and s.context is not None else (s.text, s.date)
        keys.append(texts.setdefault(key, len(texts)))
    docs = [finalize(Document(url=f"gold:{n}", published=day, kind="article", posts=[Post(text=t)]))
            for (t, day), n in texts.items()]
    tracer.logs = []
    results = [r.events for r in analyze(docs, nlp=nlp)]
    logs_by_text: dict[str, _Log] = {}
    for log in tracer.logs:
        logs_by_text.setdefault(log.doc.text, log)
    out, total = [], 0
    mode = "in context" if in_context else "alone"
    for r, n in zip(records, keys):
        s = by_id[r["id"]]
        offset = s.offset if in_context and s.context is not None else 0
        whole = s.context if in_context and s.context is not None else s.text
        events = [e for e in results[n] if offset <= e.trigger_start < offset + len(s.text) and e.plover_type]
        golds = [g for g in r["events"] if g.get("factual", True) and g.get("event")]
        total += len(golds)
        log = logs_by_text.get(whole)
        for g in _missed(golds, events, offset):
            trig = g.get("trigger")
            if not trig:
                out.append(Loss(r["id"], gold.name, mode, g["event"], "?", "no trigger marked in the gold", "", []))
                continue
            start, end = offset + trig["start"], offset + trig["end"]
            words = whole[start:end]
            coded = [f"{e.plover_type}:{e.trigger}" for e in events]
            if log is None:
                out.append(Loss(r["id"], gold.name, mode, g["event"], words, "document not traced", "", coded))
                continue
            point, detail = _locate(log, start, end, events, g["event"])
            out.append(Loss(r["id"], gold.name, mode, g["event"], words, point, detail, coded, s.text))
    return out, total


def _missed(golds: list[dict], events, offset: int) -> list[dict]:
    """The gold events whose type is emitted fewer times than the gold has it, those whose trigger hosts no
    emitted event of the type first."""
    missed = []
    for kind in sorted({g["event"] for g in golds}):
        mine = [g for g in golds if g["event"] == kind]
        hits = [e for e in events if e.plover_type == kind]
        if len(hits) >= len(mine):
            continue
        at = {e.trigger_start for e in hits}
        mine.sort(key=lambda g: not (g.get("trigger") and any(offset + g["trigger"]["start"] <= a < offset + g["trigger"]["end"] for a in at)))
        missed += mine[len(hits):]
    return missed


def _locate(log: _Log, start: int, end: int, events, kind: str) -> tuple[str, str]:
    doc = log.doc
    toks = [t for t in doc if start <= t.idx < end]
    at = {t.idx: t.i for t in doc}
    emitted = {at[e.trigger_start]: e.plover_type for e in events if e.trigger_start in at}
    lex = ev.Lexicon.cached()
    known = [t for t in toks if lex.senses(t)]
    if not known:
        return "trigger not in the lexicon", " ".join(t.text for t in toks)
    fates = [_fate(log, t.i, emitted, kind) for t in known]
    # Of several trigger words ("ordered the arrest"), the one the coder took furthest tells the loss.
    order = ("coded",  "_convention: carried", "kept by", "_without_nested", "_acted", "_factual",
             "_derive", "_convention", "_code: a light verb, its noun", "_code")
    return min(fates, key=lambda f: next((n for n, p in enumerate(order) if f[0].startswith(p)), len(order)))


def _column(loss: Loss) -> str:
    return f"{loss.split}{' ctx' if loss.mode == 'in context' else ''}"


@click.command()
@click.argument("golds", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--texts-root", type=click.Path(path_type=Path), default=None, help="Where the source files are (default ../shared/dev-data).")
@click.option("--in-context", is_flag=True, help="Code each sentence inside its whole article (as `eventwire evaluate --in-context`).")
@click.option("--both", is_flag=True, help="Both modes: each split alone and in context, a column each.")
@click.option("--list", "listing", is_flag=True, help="Also list every missed gold event with its loss point.")
@click.option("--text", is_flag=True, help="With --list, print each sentence too (readable splits only).")
@click.option("--json", "as_json", is_flag=True, help="Print the missed events and the counts as JSON.")
def main(golds: tuple[Path, ...], texts_root: Path | None, in_context: bool, both: bool, listing: bool, text: bool, as_json: bool) -> None:
    nlp = load()
    tracer = Tracer()
    tracer.install()
    modes = (False, True) if both else (in_context,)
    found: list[Loss] = []
    totals: dict[str, int] = {}
    columns: list[str] = []
    for gold in golds:
        for mode in modes:
            got, total = losses(gold, texts_root, mode, nlp, tracer)
            col = f"{gold.name}{' ctx' if mode else ''}"
            columns.append(col)
            totals[col] = total
            found += got
    counts: dict[str, Counter] = defaultdict(Counter)
    for loss in found:
        counts[loss.point][_column(loss)] += 1
    ordered = sorted(counts, key=lambda p: (-sum(counts[p].values()), p))
    if as_json:
        click.echo(json.dumps({"columns": columns, "gold_events": totals,
                               "counts": {p: dict(counts[p]) for p in ordered},
                               "missed": [{k: v for k, v in x.to_dict().items() if text or k != "text"} for x in found]}, indent=1, ensure_ascii=False))
        return
    if listing:
        for x in found:
            click.echo(f"{x.id} [{x.mode}] {x.type} '{x.trigger}' -> {x.point} | {x.detail} | coded {x.coded}")
            if text:
                click.echo(f"    {x.text}")
        click.echo("")
    click.echo("| loss point | " + " | ".join(columns) + " |")
    click.echo("|---|" + "---|" * len(columns))
    for p in ordered:
        click.echo(f"| {p} | " + " | ".join(str(counts[p][c]) for c in columns) + " |")
    click.echo("| **missed by type** | " + " | ".join(str(sum(1 for x in found if _column(x) == c)) for c in columns) + " |")
    click.echo("| gold events | " + " | ".join(str(totals[c]) for c in columns) + " |")


if __name__ == "__main__":
    sys.exit(main())
