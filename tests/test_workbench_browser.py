"""The workbench in a real headless Chromium (Debian's package, driven by Playwright): what an analyst clicks.

The server runs under uvicorn on 127.0.0.1 in this process. Screenshots go to
test-output/browser/ (gitignored). Skipped where Chromium or Playwright is missing;
`.ci/run` installs both.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

from .workbench_data import build_store  # noqa: E402

SHOTS = Path(__file__).resolve().parents[1] / "test-output" / "browser"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from eventwire.serve import Workbench, create_app

    db = build_store(tmp_path_factory.mktemp("browser") / "b.duckdb", docs=12)
    bench = Workbench(db).open()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(bench), host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the workbench did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    bench.close()


@pytest.fixture(scope="module")
def browser():
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    pg = context.new_page()
    pg.problems = []  # console errors (a CSP violation shows here), requests leaving the machine, dialogs opened
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("request", lambda r: pg.problems.append(f"remote {r.url}") if not r.url.startswith(server) else None)
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog {d.message}"), d.dismiss()))
    yield pg
    context.close()


def test_overview_dyad_event_sentence_chain_document(page):
    page.goto("/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator("svg.map path.land").count() == 1 and page.locator("svg.map circle.place").count() > 3
    assert page.locator("svg.timeline rect.bar").count() > 5
    page.screenshot(path=str(SHOTS / "1-overview.png"), full_page=True)

    dyad = page.locator("a.dyad-link").first
    a, b = dyad.inner_text().split(" – ")
    dyad.click()  # click 1: the events of the busiest dyad
    page.wait_for_url(re.compile(r"/events\?.*dyad="))
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        text = rows.nth(i).inner_text()
        assert a in text and b in text
    page.screenshot(path=str(SHOTS / "2-events-by-dyad.png"), full_page=True)

    page.locator("a.event-link").first.click()  # click 2: the event, with its sentence
    page.wait_for_url(re.compile(r"/events/[0-9a-f]+$"))
    trigger = page.locator("blockquote.sentence mark.hl.trigger").first
    assert trigger.is_visible() and trigger.inner_text()
    assert page.locator("blockquote.sentence mark.hl.source").count() >= 1
    assert page.locator("blockquote.sentence mark.hl.target").count() >= 1
    links = page.locator(".chain li.link")
    assert links.count() >= 2 and page.locator(".chain .arrow").count() >= 1
    assert page.locator(".chain li.anonymous, .chain li.document").count() >= 1 or "anonymous" not in page.content()
    page.screenshot(path=str(SHOTS / "3-event.png"), full_page=True)

    page.locator("a.doc-link").first.click()  # click 3: the document
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]+$"))
    assert page.locator(".post .text a.hl.trigger").count() >= 1
    assert page.locator(".post .text mark.hl.attribution, .post .text mark.hl.cue").count() >= 0
    page.screenshot(path=str(SHOTS / "4-document.png"), full_page=True)
    assert page.problems == []


def test_map_and_timeline_lead_to_their_events(page):
    page.goto("/")
    place = page.locator("svg.map a.place-link").first
    name = place.get_attribute("data-place")
    place.locator("circle").click(force=True)
    page.wait_for_url(re.compile(r"/events\?.*q="))
    assert page.locator("input[name=q]").input_value() == name
    assert page.locator("table.events tbody tr").count() >= 1 and name in page.locator("table.events").inner_text()

    page.goto("/")
    bar = page.locator("svg.timeline a.bar-link").nth(2)
    day, end = bar.get_attribute("data-day"), bar.get_attribute("data-end")
    bar.locator("rect").click(force=True)
    page.wait_for_url(re.compile(rf"since={day}&until={end}"))
    dates = page.locator("table.events tbody tr td:first-child").all_inner_texts()
    assert dates and all(day <= d <= end for d in dates)
    page.screenshot(path=str(SHOTS / "5-timeline-day.png"), full_page=True)

    page.select_option("select[name=plover]", "ASSAULT")  # the page's own script applies a menu at once
    page.wait_for_url(re.compile(r"plover=ASSAULT"))
    assert page.problems == []


def test_scraped_script_and_onerror_show_as_text(page):
    page.goto("/events?q=onerror")
    page.locator("a.event-link").first.click()
    page.wait_for_url(re.compile(r"/events/[0-9a-f]+$"))
    page.locator("a.doc-link").first.click()
    page.wait_for_url(re.compile(r"/documents/"))
    text = page.locator(".post .text").inner_text()
    assert '<script>alert("x1")</script>' in text and '<img src=x onerror=alert("x2")>' in text
    assert page.locator(".post .text script, .post .text img").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))]
    page.screenshot(path=str(SHOTS / "6-hostile-document.png"), full_page=True)
    time.sleep(0.3)  # any script that had slipped through would have opened its dialog by now
    assert page.problems == []
