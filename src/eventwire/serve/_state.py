"""What one running workbench holds: the store, a reader per thread, the write lock, the token, the rate limit.

DuckDB lets one process hold a database file for writing; inside that process
any number of cursors read a consistent snapshot while one writes. So the
server opens the store once (read-only unless ingest is allowed), gives every
worker thread its own cursor, and lets one ingest write at a time. A second
write that arrives meanwhile is answered "busy, retry" (E022, HTTP 503) rather
than queued, and never reaches the user as a 500.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field

from ..errors import StoreBusyError, UsageError
from ..store import Browser, Store

__all__ = ["Forbidden", "RateLimited", "Workbench"]


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

    def open(self) -> Workbench:
        if self.store is None:
            self.store = Store(self.db, read_only=not self.allow_ingest, keep_open=True)
        if self.allow_ingest and not self.token:
            self.token = secrets.token_urlsafe(24)
        return self

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def reader(self) -> Browser:
        """This thread's own cursor on the store (made once per thread)."""
        browser = getattr(self._local, "browser", None)
        if browser is None:
            with self._cursor_lock:
                browser = Browser(self.store).reader()
            self._local.browser = browser
        return browser

    # -- the response cache: while the store is open read-only no one can change it, so an answer stays true;
    #    with ingest on, each write bumps the generation that is part of the key.
    def cached(self, key: str):
        if not self.cache_size:
            return None
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
