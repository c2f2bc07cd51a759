"""A URL as input is fetched politely; feeds are watched. Against a local HTTP server started by the test."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.ingest.fetch import Fetcher

# Pages written by the team.
PAGE = """<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{text}</p><p>The ministry gave no further details about the incident on Wednesday evening.</p>
<p>Officials in both capitals were expected to comment later in the week, a spokesman said.</p></article></body></html>"""
PAGES = {
    "/page.html": ("Navy escorts convoy", "Turkey deployed two frigates to escort a convoy of grain ships through the Black Sea on Tuesday, the ministry said."),
    "/article2.html": ("Border talks", "Chad and Niger agreed on joint patrols along their shared border on Monday, officials said."),
    "/busy.html": ("Aid delivered", "Jordan delivered medical aid to Lebanon on Thursday, the foreign ministry said."),
    "/private/secret.html": ("Private", "Iran seized a tanker in the Gulf on Friday."),
}
ROBOTS = "User-agent: *\nDisallow: /private/\n"
ITEM = ("<item><title>{t}</title><link>http://example.com/{n}</link><guid>{n}</guid>"
        "<pubDate>Tue, 0{n} Mar 2025 10:00:00 GMT</pubDate><description>{d}</description></item>")
FEED_ITEMS = [("Talks in Doha", "Qatar hosted talks between Hamas and Israeli negotiators in Doha on Sunday, a diplomat said."),
              ("Patrols agreed", "Chad and Niger agreed on joint patrols along their shared border on Monday, officials said.")]
ETAG = '"feed-v1"'


class _Site(BaseHTTPRequestHandler):
    hits: Counter = Counter()
    agents: list = []
    conditional: list = []

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        path = self.path
        _Site.hits[path] += 1
        _Site.agents.append(self.headers.get("User-Agent", ""))
        if path == "/robots.txt":
            return self._send(200, ROBOTS.encode(), {"Content-Type": "text/plain"})
        if path == "/moved":
            return self._send(301, headers={"Location": "/article2.html"})
        if path == "/busy.html" and _Site.hits[path] == 1:
            return self._send(429, b"slow down", {"Retry-After": "1"})
        if path == "/feed.xml":
            _Site.conditional.append(self.headers.get("If-None-Match"))
            if self.headers.get("If-None-Match") == ETAG:
                return self._send(304, headers={"ETag": ETAG})
            items = "".join(ITEM.format(t=t, d=d, n=n + 1) for n, (t, d) in enumerate(FEED_ITEMS))
            feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
            return self._send(200, feed.encode(), {"Content-Type": "application/rss+xml", "ETag": ETAG,
                                                   "Last-Modified": "Tue, 04 Mar 2025 10:00:00 GMT"})
        if path in PAGES:
            title, text = PAGES[path]
            return self._send(200, PAGE.format(title=title, text=text).encode(), {"Content-Type": "text/html; charset=utf-8"})
        return self._send(404, b"no such page")


@pytest.fixture
def site():
    _Site.hits, _Site.agents, _Site.conditional = Counter(), [], []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def _docs(db: str) -> list[tuple]:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute("SELECT url, fetched, input FROM documents ORDER BY url").fetchall()
    finally:
        con.close()


def test_analyze_a_url_stores_final_url_and_fetch_time(site, tmp_path):
    db = str(tmp_path / "x.duckdb")
    result = CliRunner().invoke(main, ["analyze", f"{site}/page.html", f"{site}/moved", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    events = [e for line in result.stdout.splitlines() for e in json.loads(line)["events"]]
    assert events  # coded, not "does not exist"
    stored = _docs(db)
    assert [u for u, _, _ in stored] == [f"{site}/article2.html", f"{site}/page.html"]  # the redirect's final URL
    assert all(fetched and fetched.endswith("+00:00") for _, fetched, _ in stored)
    assert _Site.hits["/robots.txt"] == 1  # asked once per host
    assert all(a.startswith("eventwire/") for a in _Site.agents)


def test_429_is_retried_after_its_retry_after(site, tmp_path):
    db = str(tmp_path / "x.duckdb")
    started = time.monotonic()
    result = CliRunner().invoke(main, ["ingest", f"{site}/busy.html", "--db", db])
    assert result.exit_code == 0, result.output
    assert _Site.hits["/busy.html"] == 2 and time.monotonic() - started >= 1.0
    assert len(_docs(db)) == 1


def test_robots_disallow_is_a_reject_with_its_reason(site, tmp_path):
    db = str(tmp_path / "x.duckdb")
    result = CliRunner().invoke(main, ["ingest", f"{site}/private/secret.html", f"{site}/nowhere.html", "--db", db, "--json"])
    assert result.exit_code == 3
    report = json.loads(result.stdout)
    assert report["rejected_by_reason"] == {"not_found": 1, "robots_disallowed": 1}
    assert _Site.hits["/private/secret.html"] == 0  # never asked for


def test_per_host_rate_limit(site):
    waits: list[float] = []
    fetcher = Fetcher(interval=0.5, sleep=lambda s: (waits.append(s), time.sleep(s)))
    try:
        for path in ("/page.html", "/article2.html"):
            assert fetcher.get(site + path).status == 200
    finally:
        fetcher.close()
    assert len(waits) == 2 and all(0 < w <= 0.5 for w in waits)  # before each page, after robots.txt and the page before


def test_watch_once_adds_only_new_items(site, tmp_path):
    db = str(tmp_path / "x.duckdb")
    first = CliRunner().invoke(main, ["watch", f"{site}/feed.xml", "--db", db, "--once", "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout.splitlines()[-1])["new"] == 2
    second = CliRunner().invoke(main, ["watch", f"{site}/feed.xml", "--db", db, "--once", "--json"])
    assert second.exit_code == 0, second.output
    assert json.loads(second.stdout.splitlines()[-1])["new"] == 0
    assert _Site.conditional == [None, ETAG]  # the second poll was a conditional GET, answered 304
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] >= 2
    con.close()
