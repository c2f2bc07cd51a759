"""Commands that write outputs: ``export`` and ``report``."""

from __future__ import annotations

import json

import click

from ..outputs import FORMATS
from ..outputs import export as run_export
from ..outputs import report as reports
from ..store import Store
from ._app import db_option, filter_options, filters_from, force_option, friendly, json_option, main


@main.command()
@click.argument("out", metavar="OUT")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="gdelt (a folder with events.tsv and mentions.tsv), plover (JSON Lines records), csv, jsonl or parquet.")
@filter_options
@click.option("--header", is_flag=True, help="gdelt: write GDELT 2.0's column names as a first row.")
@click.option("--formula-guard/--no-formula-guard", default=True, show_default=True,
              help="gdelt and csv: prefix text cells that begin with =, +, - or @ with ' so spreadsheets show them as text.")
@click.option("--json-array", is_flag=True, help="plover: write one JSON array instead of JSON Lines.")
@force_option
@json_option
@friendly
def export(out, db, fmt, header, formula_guard, json_array, force, as_json, **filters) -> None:
    """Export events in the field's formats."""
    with Store(db, read_only=True) as store:
        result = run_export(store, fmt, out, filters_from(**filters), force=force, header=header,
                            formula_guard=formula_guard, json_array=json_array)
    click.echo(json.dumps(result) if as_json else ", ".join(f"{k}: {v}" for k, v in result.items() if k != "files")
               + " → " + ", ".join(result["files"]))


@main.command()
@click.argument("doc", required=False, metavar="[DOC]")
@db_option
@click.option("--format", "fmt", type=click.Choice(["markdown", "html"]), default="markdown", show_default=True, help="Output format.")
@click.option("-o", "--output", "out", default=None, metavar="FILE", help="Write to FILE (Markdown plots go beside it as PNG).")
@filter_options
@force_option
@friendly
def report(doc, db, fmt, out, force, **filters) -> None:
    """A situation report: events by dyad, who says so, corroboration, denials and the dyad trajectory plot."""
    filters["doc_id"] = filters.get("doc_id") or doc
    with Store(db, read_only=True) as store:
        text = reports.write(store, fmt, out, filters_from(**filters), force=force)
    if out is None:
        click.echo(text)
    else:
        click.echo(f"report written to {out}")
