"""One event, many reports: stories, merged events, exports and the situation report."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from benchmarks.dedup_eval import build, score
from eventwire.outputs.gdelt import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS

from .conftest import FIXTURES

GOLD_DEDUP = Path(__file__).resolve().parents[1] / "gold" / "dedup" / "articles"
OTHER_OUTLET = FIXTURES / "dedup" / "seed_other_outlet.txt"


def run(*args) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def reposts(seed: Path, folder: Path) -> list[Path]:
    """The seed's article reposted twice, as users do: under other chrome, and trimmed to half."""
    raw = seed.read_text("utf-8").splitlines()
    link = next(line for line in raw if line.startswith("http"))
    body = raw[raw.index("- Location") + 1 : raw.index(link)]
    chrome = folder / "repost_chrome.txt"
    chrome.write_text("Indus_Watcher\nSenior Member\n\nJoin Date: Mar 2016\nLocation: Lahore\nPosts: 4,117\n\n"
                      "Saw this doing the rounds today.\n" + "\n".join(body) + f"\n{link}\n", encoding="utf-8")
    trimmed = folder / "repost_trimmed.txt"
    trimmed.write_text("Margalla\nFULL MEMBER\n- Joined\n- Feb 2, 2021\n- Messages\n- 388\n"
                       + "\n".join(body[: len(body) // 2]) + f"\n{link}\n", encoding="utf-8")
    return [chrome, trimmed]


@pytest.fixture
def seed_store(seed_path, tmp_path):
    db = str(tmp_path / "s.duckdb")
    run("analyze", str(seed_path), *map(str, reposts(seed_path, tmp_path)), "--db", db, "--date", "2020-01-09")
    return db


def test_reposts_are_one_story_and_count_once(seed_store):
    con = duckdb.connect(seed_store, read_only=True)
    stories = con.execute("SELECT story_id, count(*) FROM stories GROUP BY 1").fetchall()
    assert [n for _, n in stories] == [3]
    assert con.execute("SELECT max(num_articles), min(num_articles) FROM events").fetchone() == (1, 1)
    assert con.execute("SELECT max(num_mentions) FROM events").fetchone()[0] >= 2


def test_another_article_is_a_separate_story_and_corroborates(seed_store):
    run("analyze", str(OTHER_OUTLET), "--db", seed_store, "--date", "2020-01-10")
    con = duckdb.connect(seed_store, read_only=True)
    sizes = sorted(n for _, n in con.execute("SELECT story_id, count(*) FROM stories GROUP BY 1").fetchall())
    assert sizes == [1, 3]
    both = con.execute("SELECT plover_type, source_code, target_code FROM events WHERE num_articles = 2").fetchall()
    assert ("CONSULT", "USA", "PAK") in both and ("ASSAULT", "USA", "IRN") in both
    assert con.execute("SELECT max(corroboration) FROM events").fetchone()[0] == 2


def test_gdelt_export_columns(seed_store, tmp_path):
    out = tmp_path / "gdelt"
    run("export", str(out), "--format", "gdelt", "--db", seed_store)
    events = list(csv.reader((out / "events.tsv").open(encoding="utf-8"), delimiter="\t"))
    mentions = list(csv.reader((out / "mentions.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert len(GDELT_EVENT_COLUMNS) == 61 and len(GDELT_MENTION_COLUMNS) == 16
    assert events and all(len(row) == 61 for row in events)
    assert mentions and all(len(row) == 16 for row in mentions)
    ids = {row[0] for row in events}
    assert all(row[0] in ids for row in mentions)
    assert any(row[26].startswith("19") and row[52] == "Baghdad, Iraq" and row[53] == "IZ" for row in events)


def test_report_markdown_and_html(seed_store, tmp_path):
    md = tmp_path / "brief.md"
    run("report", "--db", seed_store, "-o", str(md))
    text = md.read_text("utf-8")
    assert "## What happened" in text and "who says so: Asian Lite ← Intelligence sources (anonymous)" in text
    assert "corroboration:" in text and list(tmp_path.glob("brief-*.png"))
    page = tmp_path / "brief.html"
    run("report", "--db", seed_store, "--format", "html", "-o", str(page))
    html = page.read_text("utf-8")
    assert '<svg class="chart trajectory"' in html and "anonymous source" in html
    assert "data:" not in html and "javascript:" not in html and '<nav class="toc">' in html and "@media print" in html


def test_html_escapes_scraped_text(tmp_path):
    post = tmp_path / "x.txt"
    post.write_text("Troll_9\nMember\n- Joined\n- Jan 1, 2020\n"
                    "Russian forces shelled the Ukrainian town of <script>alert(1)</script> Izium on Tuesday.\n", encoding="utf-8")
    db = str(tmp_path / "x.duckdb")
    run("analyze", str(post), "--db", db, "--date", "2022-05-03")
    html = run("report", "--db", db, "--format", "html")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_plover_export_scores_itself_perfectly(tmp_path):
    records = []
    for path in sorted((Path(__file__).resolve().parents[1] / "gold" / "events" / "dev").glob("*.json")):
        records += json.loads(path.read_text("utf-8"))[:25]
    lines = [json.dumps({"id": r["id"], "text": r["text"], "published": r["date"]}) for r in records]
    src = tmp_path / "sentences.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "p.duckdb")
    run("analyze", str(src), "--db", db, "--json")
    out = tmp_path / "export.jsonl"
    run("export", str(out), "--format", "plover", "--db", db)
    exported = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(exported) >= 20
    scores = json.loads(run("evaluate", str(out), "--json"))["scores"]
    assert scores["event"]["f1"] == 1.0 and scores["event_type"]["f1"] == 1.0


def test_other_formats(seed_store, tmp_path):
    for fmt, name in (("csv", "e.csv"), ("jsonl", "e.jsonl"), ("parquet", "e.parquet")):
        run("export", str(tmp_path / name), "--format", fmt, "--db", seed_store, "--plover", "ASSAULT")
    n = duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path / 'e.parquet'}'").fetchone()[0]
    assert n == len((tmp_path / "e.jsonl").read_text().splitlines()) > 0
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert len(rows) == n and all(r["plover_type"] == "ASSAULT" for r in rows)


def test_queries(seed_store):
    rows = [json.loads(x) for x in run("events", "--db", seed_store, "--dyad", "USA", "PAK", "--json").splitlines()]
    assert rows and all({r["source_code"], r["target_code"]} == {"USA", "PAK"} for r in rows)
    anon = [json.loads(x) for x in run("events", "--db", seed_store, "--hide-anonymous", "--json").splitlines()]
    assert all(r["sourcing"] != ["anonymous"] for r in anon)
    direct = [json.loads(x) for x in run("events", "--db", seed_store, "--claim-kind", "direct", "--json").splitlines()]
    assert direct and all("direct" in r["claim_kinds"] for r in direct)
    traj = json.loads(run("dyad", "PAK", "USA", "--db", seed_store, "--by", "month", "--json"))
    assert traj and all({"period", "goldstein", "q1", "q2", "q3", "q4"} <= set(t) for t in traj)
    people = [json.loads(x) for x in run("actors", "--db", seed_store, "--json").splitlines()]
    pompeo = [p for p in people if p["name"] == "Michael Pompeo"]
    assert pompeo and pompeo[0]["roles"] == ["US Secretary of State Michael Pompeo (since 2020-01-09)"]


def test_dedup_gold_f1():
    texts, pairs = build(GOLD_DEDUP)
    result, _ = score(texts, pairs)
    assert sum(c for _, _, c in pairs) >= 100 and len(pairs) >= 400
    assert result.f1 >= 0.9


def test_bundled_example_reposts(tmp_path):
    examples = Path(__file__).resolve().parents[1] / "examples"
    db = str(tmp_path / "x.duckdb")
    run("analyze", *(str(examples / n) for n in ("forum_post.txt", "repost_vbulletin.txt", "repost_trimmed.txt")),
        "--db", db, "--date", "2025-03-14")
    run("analyze", str(examples / "other_outlet.txt"), "--db", db, "--date", "2025-03-15")
    con = duckdb.connect(db, read_only=True)
    assert sorted(n for _, n in con.execute("SELECT story_id, count(*) FROM stories GROUP BY 1").fetchall()) == [1, 3]
    assert con.execute("SELECT max(num_articles) FROM events").fetchone()[0] == 2


def test_stories_citing_one_original_source_corroborate_once():
    from eventwire.events.canonical import independent_stories

    assert independent_stories({"s1": {"intelligence sources"}, "s2": {"intelligence sources"}, "s3": {"story:s3"}}) == 2
    assert independent_stories({"s1": {"story:s1"}, "s2": {"story:s2"}}) == 2
    assert independent_stories({"s1": {"a", "b"}, "s2": {"b"}, "s3": {"c", "a"}}) == 1


def test_signatures_equal_datasketch_minhash():
    """eventwire signs documents itself (no datasketch import at start-up); stored signatures must stay what
    datasketch's MinHash gives, or old and new documents would never be found copies of one another."""
    import random

    import numpy as np
    from datasketch import MinHash

    from eventwire.events import stories

    rng = random.Random(5)
    words = [f"w{i}" for i in range(300)] + ["Élysée", "naïve", "東京", "don't"]
    texts = ["", "one", "too few words", " ".join(rng.choices(words, k=7))]
    texts += [" ".join(rng.choices(words, k=n)) for n in (50, 400, 9000)]  # 9,000 words: more than one step of shingles
    for text in texts:
        mh = MinHash(num_perm=stories.NUM_PERM, seed=1, scheme=stories.SCHEME)
        mh.update_batch(list(stories.shingles(text)))
        sig = stories.signature("d", text)
        assert sig.hashvalues.dtype == mh.hashvalues.dtype and np.array_equal(sig.hashvalues, mh.hashvalues), text[:40]
        assert sig.shingles == len(stories.shingles(text))
