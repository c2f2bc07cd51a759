"""Commands that read the store: ``show``, ``documents``, ``stats``, ``events``, ``claims``, ``actors``, ``dyad``."""

from __future__ import annotations

import json

import click
import msgspec

from ..model import actor_label
from ..outputs import terminal
from ..outputs.views import QUADS
from ..store import Store
from ._app import db_option, filter_options, filters_from, friendly, json_option, main


@main.command()
@click.argument("doc_id", required=False, metavar="DOC_ID")
@db_option
@click.option("--last", is_flag=True, help="Show the most recently ingested document.")
@json_option
@friendly
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
        click.echo(terminal.document(doc))


@main.command()
@db_option
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many documents.")
@json_option
@friendly
def documents(db: str, limit: int | None, as_json: bool) -> None:
    """List stored documents, newest first, with their ids (for `show`, `claims`, `--doc`)."""
    with Store(db, read_only=True) as store:
        rows = store.documents(limit=limit)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    for r in rows:
        title = (r["title"] or r["input"] or "")[:70]
        click.echo(f"{r['id']}  {r['kind']:<12} {(r['published'] or '')[:10]:<10}  {title}"
                   + (f"  [your id {r['external_id']}]" if r["external_id"] else ""))
    click.echo(f"{len(rows)} document(s)")


@main.command()
@db_option
@json_option
@friendly
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
@db_option
@filter_options
@click.option("--mentions", "show_mentions", is_flag=True, help="List every mention instead of the merged events.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many events.")
@json_option
@friendly
def events(db, show_mentions, limit, as_json, **filters) -> None:
    """List events (merged across reports, with their corroboration), filtered."""
    selection = filters_from(**filters)
    with Store(db, read_only=True) as store:
        if show_mentions:
            found = store.mentions(selection, limit=limit)
            rows = [msgspec.to_builtins(ev) for ev in found]
        else:
            rows = store.events(selection, limit=limit)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if show_mentions:
        for ev in found:
            click.echo(terminal.event(ev))
    else:
        for row in rows:
            click.echo(terminal.canonical(row))
    click.echo(f"{len(rows)} {'mention' if show_mentions else 'event'}(s)")


@main.command()
@click.argument("doc_id", required=False, metavar="[DOC]")
@db_option
@json_option
@friendly
def claims(doc_id, db, as_json) -> None:
    """List claims with their chains of sources (for one document, or all)."""
    with Store(db, read_only=True) as store:
        found = store.claims(document_id=doc_id)
    if as_json:
        for claim in found:
            click.echo(json.dumps(msgspec.to_builtins(claim), ensure_ascii=False))
        return
    click.echo(terminal.claims_report(found))
    click.echo(f"{len(found)} claim(s)")


@main.command()
@db_option
@click.option("--code", default=None, metavar="CODE", help="Only actors with this country or organisation code.")
@json_option
@friendly
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
        click.echo(f"{actor_label(r['code'], r['sector']):<9} {r['name'] or '':<32} {r['mentions']:>4} mention(s) "
                   f"{(r['first_seen'] or '')[:10]} – {(r['last_seen'] or '')[:10]}" + (f"  roles: {roles}" if roles else ""))


@main.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@db_option
@click.option("--by", type=click.Choice(["week", "month", "year"]), default="month", show_default=True, help="Period length.")
@json_option
@friendly
def dyad(a, b, db, by, as_json) -> None:
    """The cooperation–conflict trajectory of two actors: Goldstein sum and counts per quad class per period."""
    with Store(db, read_only=True) as store:
        rows = store.dyad_trajectory(a.upper(), b.upper(), by)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    click.echo(f"{'period':<12} {'Goldstein':>9} {'events':>6}  " + "  ".join(f"{q:>17}" for q in QUADS.values()))
    for r in rows:
        click.echo(f"{r['period'][:10]:<12} {r['goldstein']:>+9.1f} {r['events']:>6}  " + "  ".join(f"{r[f'q{i}']:>17}" for i in range(1, 5)))
