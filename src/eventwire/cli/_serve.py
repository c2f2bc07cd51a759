"""``eventwire serve``: the analyst's workbench (web pages and a JSON API over the store)."""

from __future__ import annotations

import click

from ._app import db_option, friendly, main


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default is this machine only; another address exposes the store to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--allow-ingest", is_flag=True,
              help="Open the store for writing and enable the Ingest page and POST /api/ingest, guarded by a token printed at start-up.")
@click.option("--writes-per-minute", type=click.IntRange(min=1), default=10, show_default=True,
              help="With --allow-ingest: most ingest requests one client may make per minute.")
@click.option("--cache", "cache_size", type=click.IntRange(min=0), default=256, show_default=True,
              help="Rendered answers to keep for repeated requests (0: none). Writes through ingest clear it.")
@friendly
def serve(db, host, port, allow_ingest, writes_per_minute, cache_size) -> None:
    """Run the workbench: overview, events, documents, actors, dyads, sources, and the JSON API at /api (docs at /docs)."""
    from ..serve import serve as run_server  # FastAPI and uvicorn load only for this command

    run_server(db, host=host, port=port, allow_ingest=allow_ingest, writes_per_minute=writes_per_minute, cache_size=cache_size,
               announce=lambda line: click.echo(line, err=True))
