"""The ``eventwire`` command. Each command is a thin wrapper over a library function.

Exit codes: 0 everything went through; 3 some inputs were rejected (they are in
the ``rejects`` table, with a reason); 1 an error stopped the command; 2 a usage
error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps

import click
import msgspec

from . import __version__
from .errors import EventwireError
from .ingest import ingest as ingest_inputs
from .model import Document
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
        click.echo(render_document(doc))


def render_document(doc: Document) -> str:
    """A readable view of a document for the terminal."""
    lines = [f"document {doc.id}  ({doc.kind}{', ' + doc.engine if doc.engine else ''})"]
    for label, value in [("title", doc.title), ("url", doc.url), ("site", doc.site_name or doc.source_domain),
                         ("published", doc.published), ("your id", doc.external_id), ("input", doc.input)]:
        if value:
            lines.append(f"  {label:<10} {value}")
    for post in doc.posts:
        lines.append("")
        a = post.author
        who = ", ".join(str(x) for x in [a.name, a.rank] if x) or "unknown author"
        facts = [f"joined {a.joined}" if a.joined else "", f"{a.messages:,} messages" if a.messages is not None else "",
                 f"reaction score {a.reaction_score}" if a.reaction_score is not None else "", a.country or "", a.location or ""]
        lines.append(f"— post {post.position + 1}: {who}" + (f" ({'; '.join(f for f in facts if f)})" if any(facts) else ""))
        if post.published:
            lines.append(f"  published {post.published}")
        lines.append(post.text)
        for q in post.quotes:
            lines.append(f"  [quote from {q.author or 'unknown'}] {q.text[:200]}")
        for link in post.links:
            lines.append(f"  link: {link}")
        dropped = [r for r in post.removed_passages if r.reason == "duplicate"]
        if dropped:
            chars = sum(r.end - r.start for r in dropped)
            lines.append(f"  removed {len(dropped)} repeated passage(s), {chars:,} characters")
    return "\n".join(lines)


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


if __name__ == "__main__":
    main()
