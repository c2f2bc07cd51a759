"""The post the project started from (skipped where ../shared is absent)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main

SIDEBAR_LINES = ["SENIOR MEMBER", "- Joined", "May 9, 2019", "- Messages", "2,284", "Reaction score", "- -28", "- Country", "- Location"]


def test_seed_ingest_and_show(seed_path, tmp_path):
    db = str(tmp_path / "seed.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(seed_path), "--db", db, "--json"])
    assert first.exit_code == 0, first.output
    report = json.loads(first.output)
    (doc_id,) = report["document_ids"]
    shown = runner.invoke(main, ["show", doc_id, "--db", db, "--json"])
    assert shown.exit_code == 0, shown.output
    doc = json.loads(shown.output)
    assert len(doc["posts"]) == 1
    post = doc["posts"][0]
    author = post["author"]
    assert (author["name"], author["rank"], author["joined"], author["messages"], author["reaction_score"]) == (
        "Zapper", "SENIOR MEMBER", "2019-05-09", 2284, -28)
    assert "https://asianlite.com/news/uk-news/rift-in-ummah-pakistan-ditches-iran-to-support-trump/" in post["links"]
    assert post["text"].count("The IMET programme was frozen for Pakistan") == 1
    for line in SIDEBAR_LINES:
        assert line not in post["text"]
    assert not post["text"].startswith("Zapper")
    raw = seed_path.read_text("utf-8")
    dups = [r for r in post["removed_passages"] if r["reason"] == "duplicate"]
    assert len(dups) == 1 and "The IMET programme was frozen" in dups[0]["text"]
    assert raw[dups[0]["start"] : dups[0]["end"]].strip() == dups[0]["text"]

    again = runner.invoke(main, ["ingest", str(seed_path), "--db", db, "--json"])
    assert json.loads(again.output)["new"] == 0
    stats = json.loads(runner.invoke(main, ["stats", "--db", db, "--json"]).output)
    assert (stats["documents"], stats["posts"], stats["rejects"]) == (1, 1, 0)
