"""Bounds on the work one input may cost: nesting depth, tags, records, expansion, time.

Hostile or broken inputs (200,000 nested ``<div>``, a gzip bomb, a feed that
never ends) must end as a reject with a reason, never as a hang or a crash. The
limits are generous for real pages: the deepest real pages nest about 60 tags.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from ..errors import Reason, RejectedInput

__all__ = [
    "DEFAULT_TIMEOUT", "MAX_DEPTH", "MAX_EXPANSION", "MAX_RECORDS", "MAX_TAGS", "READER_FAULTS", "bounded_html",
    "deadline", "timed",
]

# Nested elements kept; deeper tags are dropped, their text kept. The article
# extractor's parser (libxml2) gives up at 256 levels and list items, paragraphs and
# cells (not counted, see _FLAT) can double the real depth, hence 100; the deepest
# real pages nest about 60.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one page or post; containers are streamed
MAX_DEPTH = 100


def is_url(spec: str) -> bool:
    """A page to fetch rather than a path (here, not in ``fetch``: telling them apart needs no HTTP client)."""
    return spec.lower().startswith(("http://", "https://"))

MAX_TAGS = 200_000  # tags in one page; the largest real forum pages hold about 60,000
MAX_RECORDS = 100_000  # records read from one JSON Lines file, feed or archive; split bigger files
MAX_EXPANSION = 4  # a gzip input may expand to this many times --max-bytes (the size limit of one page)
DEFAULT_TIMEOUT = 60.0  # seconds to read one document or record

# What a reader may raise on input it was not written for. Each costs one record
# (a reject with its reason), never the batch: a bug on odd input is still a bug
# to fix, but not a reason to lose the other records of a file.
READER_FAULTS = (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError, OverflowError,
                 UnicodeError, LookupError, EOFError, MemoryError)

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>|<!--.*?-->", re.S)
# Elements that never hold others, and those whose end tag may be left out: neither
# deepens the tree for certain, so neither counts towards the depth.
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option tbody thead tfoot colgroup rp rt".split()
)
# ... but the containers they live in count for them: a list for its item, a
# table for its body, row and cell.
_WEIGHT = {"ul": 2, "ol": 2, "dl": 2, "menu": 2, "select": 2, "table": 4}


def bounded_html(text: str, *, name: str = "", max_depth: int = MAX_DEPTH, max_tags: int = MAX_TAGS) -> str:
    """The page with tags nested deeper than ``max_depth`` dropped (their text kept).

    One linear pass over the tags, done before any parser sees the page: the
    parsers and extractors after it recurse or scan the open elements, which on
    200,000 nested ``<div>`` takes hours. A page with more than ``max_tags`` tags
    left after the cut is rejected with ``too_large``.
    """
    if text.count("<") <= max_depth:
        return text
    out: list[str] = []
    depth = tags = last = 0
    cut = False
    for m in _TAG.finditer(text):
        closing, tag, selfclose = m.group(1), (m.group(2) or "").lower(), m.group(3)
        flat = not tag or tag in _FLAT or bool(selfclose)
        if flat:
            keep = depth <= max_depth  # a list item deep inside a cut list goes with it
        else:
            weight = _WEIGHT.get(tag, 1)
            if closing:
                depth = max(0, depth - weight)
                keep = depth < max_depth
            else:
                depth += weight
                keep = depth <= max_depth
        if keep:
            tags += 1
            if tags > max_tags:  # tags dropped for depth cost nothing after this pass; these would
                raise RejectedInput(Reason.TOO_LARGE, f"{name or 'page'} has over {max_tags:,} tags", input_name=name)
        else:
            out.append(text[last:m.start()])
            out.append(" ")
            last = m.end()
            cut = True
    if not cut:
        return text
    out.append(text[last:])
    return "".join(out)


class _Timeout(BaseException):
    """A BaseException, so that no reader's ``except Exception`` swallows it."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ``_Timeout`` in this block after ``seconds`` (main thread only: it uses SIGALRM).

    In other threads (the web server's workers) the block runs unbounded; the
    structural limits above still hold there.
    """
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0]:  # no nesting: the outer deadline rules
        yield
        return

    def _alarm(signum, frame):  # noqa: ARG001
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


T = TypeVar("T")


def timed(items: Iterator[T], seconds: float | None, *, name: str,
          on_timeout: Callable[[str], T] | None = None) -> Iterator[T]:
    """Each item of ``items`` computed within ``seconds``; a timeout ends the input with a ``timeout`` reject.

    Only the reader's work is timed: the consumer of each item (the NLP, the
    store) runs between the ``next`` calls, outside the deadline.
    """
    it = iter(items)
    while True:
        try:
            with deadline(seconds):
                item = next(it)
        except StopIteration:
            return
        except _Timeout:
            yield RejectedInput(Reason.TIMEOUT, f"{name or 'input'}: reading took over {seconds:g} s", input_name=name)  # type: ignore[misc]
            return
        yield item
