"""The ``eventwire`` command group and what its commands share: options, errors, progress.

Exit codes: 0 everything went through; 3 some inputs were rejected (they are in
the ``rejects`` table, with a reason); 1 an error stopped the command; 2 a usage
error; 141 the reader of the output went away (``eventwire claims | head``), as
for other Unix tools.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from functools import wraps

import click

from ..errors import EventwireError, from_os_error
from ..ingest import DEFAULT_MAX_BYTES
from ..store import CLAIM_KINDS, DEFAULT_PATH, Filters

EXIT_REJECTED = 3
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE
PROGRESS_MIN_INPUTS = 4  # fewer inputs finish before a bar would help

db_option = click.option("--db", "db", default=DEFAULT_PATH, show_default=True, metavar="FILE",
                         help="The DuckDB store to use.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
max_bytes_option = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                                help="Largest single page or post to read; larger inputs are rejected.")
progress_option = click.option("--progress/--no-progress", default=None,
                               help="Show progress on stderr (default: on a terminal, for more than a few inputs).")
force_option = click.option("--force", is_flag=True, help="Overwrite an output that is already there.")

def unload() -> None:
    """Drop a loaded pipeline (``nlp.unload``) where this process loaded one: at a normal exit, the interpreter's last
    garbage collections walked its tables, about 0.5 CPU s. Looked up, not imported: a command that codes nothing
    does not import spaCy."""
    pipeline = sys.modules.get("eventwire.nlp._pipeline")
    if pipeline is not None:
        pipeline.unload()


atexit.register(unload)


def _quiet_broken_pipe() -> None:
    """The reader went away: stop writing, say nothing, exit as Unix tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_BROKEN_PIPE)


def friendly(fn: Callable) -> Callable:
    """Turn eventwire's own errors (and the OS errors mapped into them) into a message and a hint."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            result = fn(*args, **kwargs)
            sys.stdout.flush()  # a closed pipe shows here, not at exit
            return result
        except BrokenPipeError:
            _quiet_broken_pipe()
        except EventwireError as exc:
            click.echo(f"eventwire: {exc}", err=True)
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, SystemExit, KeyboardInterrupt):
            raise
        except OSError as exc:  # the disk, permissions, a path: not a bug, say what and where
            click.echo(f"eventwire: {from_os_error(exc, action='use')}", err=True)
            sys.exit(1)
        except Exception as exc:  # a bug, not the user's input: say so, keep the traceback for a report
            if os.environ.get("EVENTWIRE_DEBUG"):
                raise
            click.echo(f"eventwire: [E999] internal error: {type(exc).__name__}: {exc}\n"
                       "  hint: this is a bug in eventwire; rerun with EVENTWIRE_DEBUG=1 to see the traceback, "
                       "and report it with the input that caused it.", err=True)
            sys.exit(1)

    return wrapper


class _Group(click.Group):
    """The command group; run as the process's command (no ``args`` given), it ends the process itself once the
    command is done (``_exit``)."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if args is not None or not standalone_mode:  # called from Python (tests, scripts): an ordinary return
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            super().main(None, prog_name, complete_var, True, **extra)
            code: object = 0
        except SystemExit as exc:
            code = exc.code
        _exit(code)


def _exit(code: object) -> None:
    """End the process with ``code`` (as ``sys.exit`` takes it), without the interpreter's teardown.

    Once a command is done, the interpreter would still free every module and object one by one and run its last
    garbage collections over them all: with spaCy and a pipeline loaded, about 0.5 CPU s that every ``analyze``
    waited for, even with the pipeline dropped first (``nlp.unload``). The output is flushed and the exit handlers
    (other than that drop, which only saves memory the end returns anyway) run first, as at a normal exit; with other
    threads still running, the normal exit waits for them instead.
    """
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        click.echo(str(code), err=True)
        status = 1
    if threading.active_count() > 1:
        sys.exit(status)
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        status = EXIT_BROKEN_PIPE if status == 0 else status
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    atexit.unregister(unload)
    atexit._run_exitfuncs()  # what was registered to run at exit (multiprocessing's clean-up, logging's flush)
    os._exit(status)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventwire", prog_name="eventwire")
def main() -> None:
    """eventwire: who did what to whom, when and where, and who says so."""


class Progress:
    """Progress on stderr, labelled by stage (reading, coding, storing, linking stories).

    Shown on a terminal when there are enough inputs, or when asked. Results go
    through ``echo``, which wipes the progress line first and draws it again after,
    so on a terminal a result line and the progress line never share a line.
    """

    WIDTH = 24

    def __init__(self, wanted: bool | None, label: str = "reading") -> None:
        self.wanted, self.label, self.total, self.done, self.shown = wanted, label, 0, 0, False
        self.documents, self.started = 0, time.monotonic()

    def start(self, total: int) -> None:
        self.total = total
        self.started = time.monotonic()
        self.shown = self.wanted if self.wanted is not None else (total >= PROGRESS_MIN_INPUTS and sys.stderr.isatty())
        self._draw()

    def document(self) -> None:
        """One more document coded (shown as documents/s)."""
        self.documents += 1
        self._draw()

    def step(self, _item: object) -> None:
        self.done += 1
        self._draw()

    def stage(self, label: str) -> None:
        if label != self.label:
            self.label = label
            self._draw()

    def echo(self, text: str) -> None:
        """Print a result on stdout without mixing it into the progress line."""
        self._wipe()
        click.echo(text)
        sys.stdout.flush()
        self._draw()

    def finish(self) -> None:
        self._wipe()
        if self.shown:
            sys.stderr.write(f"{self.label}: done, {self.done}/{self.total} input(s)\n")
            sys.stderr.flush()
        self.shown = False

    def _line(self) -> str:
        filled = self.WIDTH * self.done // self.total if self.total else 0
        line = f"{self.label:<16} [{'#' * filled}{'-' * (self.WIDTH - filled)}] {self.done}/{self.total} input(s)"
        if self.documents:
            rate = self.documents / max(time.monotonic() - self.started, 1e-6)
            line += f", {self.documents} document(s), {rate:.1f} documents/s"
        return line

    def _draw(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + self._line())
            sys.stderr.flush()

    def _wipe(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K" if sys.stderr.isatty() else "\n")
            sys.stderr.flush()


def print_report(report, db: str) -> None:
    click.echo(
        f"{report.inputs} input(s): {report.documents} document(s), {report.new} new, "
        f"{report.already_stored} already stored, {report.posts} post(s) → {db}"
    )
    if report.rejected_total:
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(report.rejected.items()))
        click.echo(f"{report.rejected_total} rejected ({reasons}); see the rejects table or `eventwire stats`", err=True)
        for message in report.reject_messages[:20]:
            click.echo(f"  - {message}", err=True)


def filter_options(fn: Callable) -> Callable:
    """The event filters shared by events, export and report (one ``Filters`` behind them all)."""
    options = [
        click.option("--doc", "doc_id", default=None, metavar="DOC_ID", help="Only events reported in this document."),
        click.option("--actor", default=None, metavar="CODE", help="Source or target code, optionally with sector: PAK, 'USA GOV'."),
        click.option("--dyad", nargs=2, default=None, metavar="A B", help="Events between two actors, either direction."),
        click.option("--code", default=None, metavar="CAMEO", help="CAMEO code prefix: 19, 042, 1951."),
        click.option("--plover", default=None, metavar="TYPE", help="PLOVER type: ASSAULT, CONSULT, ..."),
        click.option("--since", default=None, metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", default=None, metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--min-sources", type=click.IntRange(min=0), default=None, metavar="N", help="At least N independent stories."),
        click.option("--hide-anonymous", is_flag=True, help="Hide events whose only sourcing is anonymous."),
        click.option("--claim-kind", type=click.Choice(CLAIM_KINDS), default=None, help="Only events reported in a claim of this kind."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def filters_from(doc_id=None, actor=None, dyad=None, code=None, plover=None, since=None, until=None, min_sources=None,
                 hide_anonymous=False, claim_kind=None) -> Filters:
    return Filters(actor=actor, dyad=tuple(dyad) if dyad else None, code=code, plover=plover, since=since, until=until,
                   min_sources=min_sources, hide_anonymous=hide_anonymous, claim_kind=claim_kind, document_id=doc_id)
