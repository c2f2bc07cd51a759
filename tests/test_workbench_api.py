"""The workbench's JSON API and pages through FastAPI's test client: filters, cursors, errors, safety, ingest."""

from __future__ import annotations

import json
import re
import threading
import time
from html import escape
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from eventwire import Store  # noqa: E402
from eventwire.cli import main  # noqa: E402
from eventwire.serve import Workbench, create_app  # noqa: E402
from eventwire.store import Filters  # noqa: E402

from .workbench_data import HOSTILE_LINKS, build_store  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("wb") / "wb.duckdb", docs=12)


@pytest.fixture(scope="module")
def client(db):
    bench = Workbench(db).open()
    with TestClient(create_app(bench)) as c:
        yield c
    bench.close()


def all_pages(client, url: str, limit: int = 7) -> list[dict]:
    items, cursor, seen = [], None, 0
    while True:
        sep = "&" if "?" in url else "?"
        page = client.get(f"{url}{sep}limit={limit}" + (f"&cursor={cursor}" if cursor else "")).json()
        items += page["items"]
        cursor, seen = page["next_cursor"], seen + 1
        if not cursor:
            return items
        assert seen < 500


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.attrs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "action") and value is not None:
                self.attrs.append((tag, name, value))


def links_of(html: str) -> list[tuple[str, str, str]]:
    parser = Links()
    parser.feed(html)
    return parser.attrs


# -- the API ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sort", ["date", "corroboration", "goldstein", "mentions"])
def test_cursor_pages_cover_every_event_once(client, db, sort):
    items = all_pages(client, f"/api/events?sort={sort}")
    ids = [e["id"] for e in items]
    with Store(db, read_only=True) as store:
        assert len(ids) == len(set(ids)) == store.count_events()
    keys = {"date": lambda e: e["date"] or "", "corroboration": lambda e: e["corroboration"] or 0,
            "goldstein": lambda e: e["goldstein"], "mentions": lambda e: e["num_mentions"] or 0}[sort]
    values = [keys(e) for e in items]
    assert values == sorted(values, reverse=True)


def test_filters_and_field_names_are_the_clis(client, db):
    with Store(db, read_only=True) as store:
        dyad = next(e for e in store.events() if e["source_code"] != e["target_code"])
        a, b = dyad["source_code"], dyad["target_code"]
        expected = {e["id"] for e in store.events(Filters(dyad=(a, b), since="2019-03-01"))}
    got = {e["id"] for e in all_pages(client, f"/api/events?dyad={a}+{b}&since=2019-03-01")}
    assert got == expected and got
    cli = CliRunner().invoke(main, ["events", "--db", db, "--dyad", a, b, "--json"])
    cli_rows = [json.loads(line) for line in cli.stdout.splitlines()]
    api_rows = client.get(f"/api/events?dyad={a},{b}").json()["items"]
    assert set(cli_rows[0]) == set(api_rows[0]) and {r["id"] for r in cli_rows} == {r["id"] for r in api_rows}
    mentions = all_pages(client, "/api/mentions?plover=ASSAULT")
    assert mentions and all(m["plover_type"] == "ASSAULT" for m in mentions)
    cli_m = CliRunner().invoke(main, ["events", "--db", db, "--mentions", "--plover", "ASSAULT", "--json"]).stdout.splitlines()
    assert {m["id"] for m in mentions} == {json.loads(line)["id"] for line in cli_m}
    assert set(json.loads(cli_m[0])) == set(mentions[0])


def test_search_and_confidence_narrow_the_selection(client):
    everything = all_pages(client, "/api/events")
    quetta = all_pages(client, "/api/events?q=quetta")
    assert quetta and len(quetta) < len(everything)
    assert all("Quetta" in ((e["place"] or {}).get("name") or "") + (e["sentence"] or "") for e in quetta)
    sure = all_pages(client, "/api/events?min_confidence=0.9")
    assert 0 < len(sure) < len(everything)


def test_one_event_document_claims_actors_dyad_stats(client):
    first = client.get("/api/events?limit=1").json()["items"][0]
    one = client.get(f"/api/events/{first['id']}").json()
    assert one["id"] == first["id"] and one["mentions"] and one["claims"]
    doc_id = one["mentions"][0]["document_id"]
    doc = client.get(f"/api/documents/{doc_id[:10]}").json()
    assert doc["id"] == doc_id and doc["posts"] and doc["sentences"]
    claims = all_pages(client, f"/api/claims?doc={doc_id}")
    assert claims and all(c["document_id"] == doc_id for c in claims) and claims[0]["chain"]
    actors = all_pages(client, "/api/actors", limit=3)
    assert len({(a["code"], a["sector"], a["name"]) for a in actors}) == len(actors)
    traj = client.get(f"/api/dyads/{first['source_code']}/{first['target_code']}").json()
    assert traj["events"] >= 1 and sum(t["events"] for t in traj["trajectory"]) >= 1
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", traj["trajectory"][0]["period"])
    stats = client.get("/api/stats?plover=ASSAULT").json()
    assert stats["events"] > stats["selection"]["events"] > 0 and set(stats["selection"]["by_plover"]) == {"ASSAULT"}


@pytest.mark.parametrize("url, status, code", [
    ("/api/events?since=yesterday", 400, "E030"),
    ("/api/events?plover=DANCE", 400, "E030"),
    ("/api/events?limit=0", 400, "E030"),
    ("/api/events?cursor=bm90LWEtY3Vyc29y", 400, "E030"),
    ("/api/events?sort=colour", 400, "E030"),
    ("/api/events/0000000000000000", 404, "E031"),
    ("/api/documents/zzzz", 404, "E031"),
    ("/api/dyads/PAK/1", 400, "E030"),
    ("/api/nothing-here", 404, "E031"),
])
def test_errors_are_json_with_eventwire_codes(client, url, status, code):
    r = client.get(url)
    assert r.status_code == status and r.headers["content-type"].startswith("application/json")
    error = r.json()["error"]
    assert error["code"] == code and error["message"] and "Traceback" not in r.text


# -- safety -------------------------------------------------------------------------------------
def test_security_headers_forbid_inline_and_remote_scripts(client):
    for url in ("/", "/events", "/api/stats"):
        csp = client.get(url).headers["content-security-policy"]
        script = re.search(r"script-src ([^;]*)", csp).group(1)
        assert script.strip() == "'self'" and "default-src 'none'" in csp


def test_scraped_script_and_unsafe_links_are_text(client):
    doc_id = next(d for d in client.get("/api/claims?limit=500").json()["items"] if "<script>" in d["text"])["document_id"]
    page = client.get(f"/documents/{doc_id}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;x1&#34;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "onerror=alert" in page  # shown as text, inside escaped markup
    hrefs = [v for _, _, v in links_of(page)]
    assert "https://safe.example.com/page" in hrefs
    assert not [v for v in hrefs if v.strip().lower().startswith(("javascript:", "data:"))]
    for link in HOSTILE_LINKS[:3]:
        assert escape(link.strip()).replace("&#x27;", "&#39;") in page  # still shown, as text
    for url in ("/", "/events", f"/documents/{doc_id}", "/sources"):
        html = client.get(url).text
        assert "<script>" not in html.replace('<script src="/static/app.js" defer></script>', "")
        for tag, attr, value in links_of(html):
            if tag in ("script", "link", "img"):
                assert value.startswith("/"), f"{url}: {tag} loads {value}"


def test_every_page_and_three_clicks_to_the_sentence(client):
    home = client.get("/").text
    events_link = next(v for tag, _, v in links_of(home) if tag == "a" and v.startswith("/events?") or v == "/events")
    listing = client.get(events_link).text  # click 1
    event_link = next(v for tag, _, v in links_of(listing) if tag == "a" and re.match(r"^/events/[0-9a-f]+$", v))
    event_page = client.get(event_link).text  # click 2: the sentence, highlighted
    assert '<mark class="hl trigger">' in event_page and "blockquote" in event_page and "Who says so" in event_page
    doc_link = next(v for tag, _, v in links_of(event_page) if tag == "a" and v.startswith("/documents/"))
    doc_page = client.get(doc_link)  # click 3: the document
    assert doc_page.status_code == 200 and 'class="hl trigger"' in doc_page.text
    actor = next(v for tag, _, v in links_of(event_page) if v.startswith("/actors/"))
    assert "As source" in client.get(actor).text
    dyad = next(v for tag, _, v in links_of(home) if v.startswith("/dyads/"))
    assert "<svg" in client.get(dyad).text
    assert "anonymous" in client.get("/sources").text
    assert "SwaggerUIBundle" not in client.get("/docs").text and "/swagger/swagger-ui-bundle.js" in client.get("/docs").text
    assert client.get("/swagger/swagger-ui-bundle.js").status_code == 200


def test_overview_has_real_time_axis_and_map(client):
    home = client.get("/").text
    xs = [float(x) for x in re.findall(r'<rect class="bar" x="([\d.]+)"', home)]
    days = re.findall(r'data-day="(\d{4}-\d{2}-\d{2})"', home)
    assert len(xs) == len(days) > 5
    # a real time axis: the gap between two bars is proportional to the days between them
    from datetime import date

    d = [date.fromisoformat(x) for x in days]
    per_day = (xs[-1] - xs[0]) / (d[-1] - d[0]).days
    for i in range(1, len(d)):
        assert abs((xs[i] - xs[0]) - per_day * (d[i] - d[0]).days) < 1.0
    assert '<path class="land" d="M' in home and '<circle class="place"' in home


@pytest.mark.parametrize("fmt", ["gdelt", "plover", "csv", "jsonl", "parquet"])
def test_downloads_every_format_of_the_selection(client, fmt):
    r = client.get(f"/download?format={fmt}&plover=ASSAULT")
    assert r.status_code == 200 and len(r.content) > 20
    assert re.match(r'attachment; filename="events[\w.-]*"', r.headers["content-disposition"])
    if fmt == "jsonl":
        rows = [json.loads(line) for line in r.text.splitlines()]
        assert rows and all(row["plover_type"] == "ASSAULT" for row in rows)


def test_downloads_cannot_escape_their_folder(client):
    for bad in ("../../etc/passwd", "/tmp/x", "csv/../../x"):
        assert client.get("/download", params={"format": bad}).json()["error"]["code"] == "E030"


def test_store_is_opened_read_only(db, client):
    assert client.get("/api/stats").status_code == 200
    with Store(db, read_only=True) as other:  # another reader may open it: the server holds no write lock
        assert other.count_events() > 0
    assert client.post("/api/ingest", data={"text": "x"}).json()["error"]["code"] == "E031"


# -- ingest -------------------------------------------------------------------------------------
@pytest.fixture
def ingest_client(tmp_path):
    db = build_store(tmp_path / "ingest.duckdb", docs=2, hostile=False)
    bench = Workbench(db, allow_ingest=True, writes_per_minute=2).open()
    with TestClient(create_app(bench)) as c:
        yield c, bench
    bench.close()


def test_ingest_needs_the_token_and_is_rate_limited(ingest_client):
    client, bench = ingest_client
    assert client.post("/api/ingest", data={"text": "x"}).json()["error"]["code"] == "E033"
    assert client.post("/api/ingest", data={"text": "x"}, headers={"Authorization": "Bearer nope"}).status_code == 403
    auth = {"Authorization": f"Bearer {bench.token}"}
    assert client.post("/api/ingest", data={}, headers=auth).json()["error"]["code"] == "E030"  # nothing given
    bench._write_lock.acquire()  # another write is running: busy, not a 500
    try:
        busy = client.post("/api/ingest", data={"text": "Ruritania shelled Valdonia."}, headers=auth)
        assert busy.status_code == 503 and busy.json()["error"]["code"] == "E022" and busy.headers["retry-after"]
    finally:
        bench._write_lock.release()
    limited = client.post("/api/ingest", data={"text": "x"}, headers=auth)
    assert limited.status_code == 429 and limited.json()["error"]["code"] == "E032"


def test_ingest_form_is_csrf_protected_and_shows_events(ingest_client):
    client, bench = ingest_client
    form = client.get("/ingest")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    text = "Ruritania's army shelled the Valdonian town of Ostrava on Tuesday, the defence ministry said."
    stale = client.post("/ingest", data={"csrf": "forged", "token": bench.token, "text": text}, headers={"accept": "text/html"})
    assert stale.status_code == 403 and "E033" in stale.text
    readers = []
    stop = threading.Event()

    def read():  # readers keep answering while the write runs
        while not stop.is_set():
            readers.append(client.get("/api/stats").status_code)

    thread = threading.Thread(target=read)
    thread.start()
    try:
        done = client.post("/ingest", data={"csrf": csrf, "token": bench.token, "text": text, "date": "2024-03-05"},
                           headers={"accept": "text/html"})
    finally:
        stop.set()
        thread.join()
    assert done.status_code == 200 and "Ingested" in done.text and "/documents/" in done.text
    assert readers and set(readers) == {200}


# -- the workbench shares the file with writers in other processes --------------------------------
def _writer(db, data, lock_wait: int = 60):
    import os
    import subprocess
    import sys

    env = {**os.environ, "EVENTWIRE_BATCH": "4", "EVENTWIRE_LOCK_WAIT": str(lock_wait)}
    return subprocess.Popen([sys.executable, "-m", "eventwire", "analyze", str(data), "--db", str(db), "--workers", "1",
                             "--json"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


def test_a_running_workbench_lets_another_process_write_and_shows_what_it_wrote(tmp_path):
    from .test_scale import corpus, write_jsonl

    db = build_store(tmp_path / "shared.duckdb", docs=4)
    bench = Workbench(db, linger=0.1).open()
    with TestClient(create_app(bench)) as c:
        before = c.get("/api/stats").json()["documents"]
        assert c.get("/api/stats").headers.get("X-Eventwire-Cache") == "hit"
        time.sleep(0.3)  # idle: the workbench has let the file go
        writer = _writer(db, write_jsonl(tmp_path / "in.jsonl", corpus(6)), lock_wait=10)
        assert writer.wait(timeout=300) == 0, writer.stderr.read().decode()
        after = c.get("/api/stats")
        # the cached answer was dropped: the file changed while the workbench did not hold it
        assert after.headers.get("X-Eventwire-Cache") is None
        assert after.json()["documents"] == before + 6
    bench.close()


@pytest.mark.slow
def test_a_busy_workbench_still_lets_a_writer_in(tmp_path):
    from .test_scale import corpus, write_jsonl

    db = build_store(tmp_path / "busy.duckdb", docs=4)
    bench = Workbench(db, cache_size=0, hold_limit=600).open()  # only the writer's signal lets it in
    statuses, stop = [], threading.Event()

    def hammer(client):
        n = 0
        while not stop.is_set():  # overlapping requests from two threads: never idle
            n += 1
            statuses.append(client.get(f"/api/events?limit={1 + n % 5}").status_code)

    with TestClient(create_app(bench)) as c:
        threads = [threading.Thread(target=hammer, args=(c,)) for _ in range(2)]
        for t in threads:
            t.start()
        try:
            writer = _writer(db, write_jsonl(tmp_path / "in.jsonl", corpus(8)), lock_wait=20)
            code = writer.wait(timeout=300)
        finally:
            stop.set()
            for t in threads:
                t.join()
        assert code == 0, writer.stderr.read().decode()
        assert statuses and set(statuses) == {200}
        assert c.get("/api/stats").json()["documents"] == 4 + 1 + 8
    bench.close()
