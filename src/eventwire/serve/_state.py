"""What one running workbench holds: the store, a reader per thread, the write lock, the token, the rate limit.

DuckDB lets one process hold a database file for writing; inside that process
any number of cursors read a consistent snapshot while one writes. So the
server opens the store (read-only unless ingest is allowed), gives every
worker thread its own cursor, and lets one ingest write at a time. A second
write that arrives meanwhile is answered "busy, retry" (E022, HTTP 503) rather
than queued, and never reaches the user as a 500.

The file is held only while requests are in flight. Every request takes a
lease (``enter``/``leave``); when the last one ends and the workbench stays idle
for ``linger`` seconds the file is closed, so ``analyze`` or ``watch`` in
another process can write between requests instead of failing with E020/E022.
A workbench that is never idle still lets writers in: when a writer signals
that it waits (``Store.writer_waiting``), or at the latest after ``hold_limit``
seconds, it stops taking new leases, closes the file for ``writer_window``
seconds once the running requests end, and opens it again (waiting while the
writer stores its batch).
Because another process may have written while the file was closed, the
response cache is keyed to the file's state (size and modification time of the
database and its WAL) as well as to the workbench's own writes.
"""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field

from ..errors import StoreBusyError, UsageError
from ..store import Browser, Store

__all__ = ["Forbidden", "RateLimited", "Workbench"]

# Why these numbers: one reopen costs tens of ms (DuckDB reads the catalog again), so a burst of requests
# from one page shares an open file; a second of idleness is long for a program and short for a person.
LINGER = 1.0
# A writer that waits for the file says so (store.writer_waiting); the workbench then lets the file go as
# soon as the requests in flight end. Failing that signal (a read-only folder), it lets go every HOLD_LIMIT s.
# A waiting writer retries at least every 0.25 s (store._connect): a window longer than that lets it in.
HOLD_LIMIT = 10.0
WRITER_WINDOW = 0.4
# A read that waits longer than this for a writer's batch answers "busy, retry" (E022) instead of hanging.
READ_WAIT = 30.0


class RateLimited(UsageError):
    """Too many writes from one client in the window; the hint says when to retry."""

    code = "E032"

    def __init__(self, retry_after: int) -> None:
        super().__init__("too many ingest requests", hint=f"Wait {retry_after} s and try again.")
        self.retry_after = retry_after


class Forbidden(UsageError):
    """A write without the start-up token (or with a stale form)."""

    code = "E033"


@dataclass
class Workbench:
    db: str
    allow_ingest: bool = False
    token: str | None = None
    writes_per_minute: int = 10
    cache_size: int = 256  # rendered GET responses kept; 0 turns the cache off
    store: Store | None = None
    generation: int = 0  # bumped by every write, so a cached answer never outlives the data it shows
    _cache: OrderedDict = field(default_factory=OrderedDict)
    _cache_lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)
    _cursor_lock: threading.Lock = field(default_factory=threading.Lock)
    _write_lock: threading.Lock = field(default_factory=threading.Lock)
    _writes: dict[str, deque] = field(default_factory=dict)
    linger: float = LINGER
    hold_limit: float = HOLD_LIMIT
    writer_window: float = WRITER_WINDOW
    read_wait: float = READ_WAIT
    _lease: threading.Condition = field(default_factory=threading.Condition)
    _in_flight: int = 0
    _draining: bool = False
    _opened_at: float | None = None  # monotonic time the file was opened; None while it is closed
    _idle_since: float = 0.0
    _epoch: int = 0  # bumped at every open, so a thread's cursor from an earlier open is never reused
    _file_state: tuple | None = None  # the file as we left it: (size, mtime) of the database and its WAL

    def open(self) -> Workbench:
        """Check the store once (exists, schema version, migration), then leave the file free until a request."""
        if self.store is None:
            self.store = Store(self.db, read_only=not self.allow_ingest, keep_open=True)
            self.store.suspend()
            self._file_state = self._stat()
        if self.allow_ingest and not self.token:
            self.token = secrets.token_urlsafe(24)
        return self

    def close(self) -> None:
        if self.store is not None:
            with self._lease:
                self.store.suspend()
                self._opened_at = None
            self.store = None

    # -- leases: the file is open while requests are in flight --------------------------------
    def enter(self) -> None:
        """Take a lease for one request: open the file if it is closed (waiting for a writer's batch)."""
        with self._lease:
            while self._draining:
                self._lease.wait()
            if self._opened_at is not None and (self.store.writer_waiting()
                                                or time.monotonic() - self._opened_at > self.hold_limit):
                self._let_writers_in()
            if self._opened_at is None:
                self._open_file()
            self._in_flight += 1

    def leave(self) -> None:
        with self._lease:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle_since = time.monotonic()
                self._lease.notify_all()
                timer = threading.Timer(self.linger, self._close_if_idle)
                timer.daemon = True
                timer.start()

    def _let_writers_in(self) -> None:
        # Called with the lease lock held: new requests wait, running ones finish, the file closes for a moment.
        self._draining = True
        try:
            while self._in_flight:
                self._lease.wait()
            self._close_file()
            self._lease.wait(self.writer_window)
        finally:
            self._draining = False
            self._lease.notify_all()

    def _close_if_idle(self) -> None:
        with self._lease:
            if self._in_flight == 0 and self._opened_at is not None \
                    and time.monotonic() - self._idle_since >= self.linger * 0.99:
                self._close_file()

    def _open_file(self) -> None:
        self.store.resume(wait=self.read_wait)
        self._opened_at = time.monotonic()
        self._epoch += 1
        if self._stat() != self._file_state:  # another process wrote while the file was closed
            self.wrote()

    def _close_file(self) -> None:
        if self.store is not None:
            self.store.suspend()
        self._opened_at = None
        self._file_state = self._stat()

    def _stat(self) -> tuple:
        state = []
        for path in (self.db, f"{self.db}.wal"):
            try:
                st = os.stat(path)
                state.append((st.st_size, st.st_mtime_ns))
            except OSError:
                state.append(None)
        return tuple(state)

    def _fresh(self) -> None:
        """While the file is closed another process may write it: a changed file clears the cache."""
        if self._opened_at is None and self.store is not None:
            with self._lease:
                state = self._stat()
                if self._opened_at is None and state != self._file_state:
                    self._file_state = state
                    self.wrote()

    def reader(self) -> Browser:
        """This thread's own cursor on the open store (made once per thread and per open of the file)."""
        browser = getattr(self._local, "browser", None)
        if browser is None or self._local.epoch != self._epoch:
            with self._cursor_lock:
                browser = Browser(self.store).reader()
            self._local.browser, self._local.epoch = browser, self._epoch
        return browser

    # -- the response cache: while the store is open read-only no one can change it, so an answer stays true;
    #    with ingest on, each write bumps the generation that is part of the key.
    def cached(self, key: str):
        if not self.cache_size:
            return None
        self._fresh()
        with self._cache_lock:
            hit = self._cache.get((self.generation, key))
            if hit is not None:
                self._cache.move_to_end((self.generation, key))
            return hit

    def remember(self, key: str, value) -> None:
        if not self.cache_size:
            return
        with self._cache_lock:
            self._cache[(self.generation, key)] = value
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)

    def wrote(self) -> None:
        with self._cache_lock:
            self.generation += 1
            self._cache.clear()

    def check_token(self, given: str | None) -> bool:
        return bool(self.token and given and hmac.compare_digest(self.token.encode(), given.encode()))

    def allow_write(self, client: str) -> None:
        """A sliding one-minute window per client: past the limit, a RateLimited error with its wait."""
        now = time.monotonic()
        window = self._writes.setdefault(client, deque())
        while window and now - window[0] > 60:
            window.popleft()
        if len(window) >= self.writes_per_minute:
            raise RateLimited(int(60 - (now - window[0])) + 1)
        window.append(now)

    def writing(self):
        """The one write at a time: a context manager, or StoreBusyError at once if another write runs."""
        lock, bench = self._write_lock, self

        class _Held:
            def __enter__(self_inner):
                if not lock.acquire(timeout=0.5):
                    raise StoreBusyError("another ingest is writing the store", hint="Try again in a few seconds.")

            def __exit__(self_inner, *exc):
                bench.wrote()
                lock.release()

        return _Held()
