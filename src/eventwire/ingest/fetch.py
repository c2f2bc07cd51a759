"""Fetching a URL given as input: politely, within bounds, and on the record.

``Fetcher.get(url)`` asks the site's robots.txt first (once per host), waits its
turn (one request per host every ``interval`` seconds), sends eventwire's user
agent, gives up after ``timeout`` seconds, and retries what is worth retrying
(429 and 5xx answers, dropped connections) with exponential backoff, honouring a
``Retry-After`` header. Redirects are followed; the page's final URL and the time
it was fetched come back with its bytes, and the pipeline stores both. A refusal
(robots.txt, a 404, too many failures) is a ``RejectedInput`` with its reason,
never an exception that stops the batch.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ..errors import Reason, RejectedInput
from ._limits import is_url as _is_url

__all__ = ["Fetched", "Fetcher", "USER_AGENT", "is_url"]

USER_AGENT = "eventwire/0.1 (event coding of news and forum posts; fetches only the pages it is given)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 120.0  # seconds: a site asking for longer than this is treated as failing, not waited for


def is_url(spec: str) -> bool:
    return _is_url(spec)


@dataclass
class Fetched:
    url: str  # the final URL, after redirects
    content: bytes
    fetched: str  # ISO-8601 UTC time of the answer
    status: int
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _Answer:
    status: int
    url: str
    headers: dict[str, str]
    content: bytes


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class Fetcher:
    """One per run: it remembers each host's robots.txt and when it last asked that host."""

    def __init__(self, *, user_agent: str = USER_AGENT, timeout: float = 20.0, retries: int = 3, backoff: float = 1.0,
                 interval: float = 1.0, max_bytes: int = 20 * 1024 * 1024, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.user_agent, self.retries, self.backoff, self.interval, self.max_bytes = user_agent, retries, backoff, interval, max_bytes
        self._sleep = sleep
        self._client = httpx.Client(headers={"User-Agent": user_agent}, timeout=timeout, follow_redirects=True,
                                    max_redirects=10, transport=transport)
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last: dict[str, float] = {}

    def close(self) -> None:
        self._client.close()

    # -- politeness ------------------------------------------------------------------------
    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + self.interval - time.monotonic()
            if wait > 0:
                self._sleep(wait)
        self._last[host] = time.monotonic()

    def _robots_for(self, url: str) -> RobotFileParser | None:
        """The host's robots.txt rules; None means everything is allowed (no robots.txt)."""
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            rules: RobotFileParser | None = None
            try:
                answer = self._request(root + "/robots.txt", parts.netloc)
            except httpx.HTTPError:
                answer = None
            if answer is not None and answer.status == 200:
                rules = RobotFileParser()
                rules.parse(answer.content.decode("utf-8", "replace").splitlines())
            elif answer is None or answer.status >= 500:
                # RFC 9309: a robots.txt that cannot be reached means "disallow all" until it can.
                rules = RobotFileParser()
                rules.parse(["User-agent: *", "Disallow: /"])
            self._robots[root] = rules
        return self._robots[root]

    # -- requests ----------------------------------------------------------------------------
    def _request(self, url: str, host: str, headers: dict[str, str] | None = None) -> _Answer:
        """GET with retries: 429 and 5xx answers and dropped connections are tried again, after a pause."""
        attempt = 0
        while True:
            self._wait_turn(host)
            try:
                with self._client.stream("GET", url, headers=headers) as streamed:
                    body = bytearray()
                    for chunk in streamed.iter_bytes():
                        body += chunk
                        if len(body) > self.max_bytes:  # read no more than the limit allows
                            break
                    response = _Answer(streamed.status_code, str(streamed.url), dict(streamed.headers), bytes(body))
            except (httpx.TransportError, httpx.TooManyRedirects):
                if attempt >= self.retries:
                    raise
                self._sleep(self.backoff * 2**attempt)
                attempt += 1
                continue
            if response.status in RETRY_STATUS and attempt < self.retries:
                pause = _retry_after(response.headers.get("retry-after"))
                if pause is None or pause > MAX_RETRY_AFTER:
                    pause = self.backoff * 2**attempt
                self._sleep(pause)
                attempt += 1
                continue
            return response

    def get(self, url: str, headers: dict[str, str] | None = None) -> Fetched | RejectedInput:
        """The page at ``url``, or a RejectedInput saying why not. ``headers`` are sent along
        (``If-None-Match``, ``If-Modified-Since`` for a conditional GET; a 304 comes back as a Fetched)."""
        rules = self._robots_for(url)
        if rules is not None and not rules.can_fetch(self.user_agent, url):
            return RejectedInput(Reason.ROBOTS_DISALLOWED, f"{url}: the site's robots.txt disallows it", input_name=url)
        try:
            response = self._request(url, urlsplit(url).netloc, headers)
        except httpx.HTTPError as exc:
            return RejectedInput(Reason.FETCH_FAILED, f"{url}: {type(exc).__name__}: {exc}", input_name=url)
        final = response.url
        if final != url:  # a redirect to another page: that page's robots.txt rules count too
            rules = self._robots_for(final)
            if rules is not None and not rules.can_fetch(self.user_agent, final):
                return RejectedInput(Reason.ROBOTS_DISALLOWED, f"{url} → {final}: the site's robots.txt disallows it",
                                     input_name=url)
        if response.status in (404, 410):
            return RejectedInput(Reason.NOT_FOUND, f"{url}: HTTP {response.status}", input_name=url)
        if response.status >= 400:
            return RejectedInput(Reason.FETCH_FAILED, f"{url}: HTTP {response.status}", input_name=url)
        if len(response.content) > self.max_bytes:
            return RejectedInput(Reason.TOO_LARGE, f"{url} is over the {self.max_bytes:,}-byte limit", input_name=url)
        fetched = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        return Fetched(final, response.content, fetched, response.status, response.headers)
