"""The CLI behaves like a Unix tool: the bugs of issue 12, each with a test, and progress kept off stdout."""

from __future__ import annotations

import io
import json
import sys

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.cli._app import Progress


def _post(tmp_path, name: str, record: dict):
    path = tmp_path / name
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_date_option_does_not_override_a_documents_own_date(tmp_path):
    dated = _post(tmp_path, "dated.jsonl", {"id": "d1", "published": "2022-05-03",
                                            "text": "Russian forces shelled Ukrainian troops near Kharkiv on Tuesday."})
    db = str(tmp_path / "x.duckdb")
    result = CliRunner().invoke(main, ["analyze", str(dated), "--db", db, "--date", "2020-01-09", "--json"])
    assert result.exit_code == 0, result.output
    event = json.loads(result.stdout.splitlines()[0])["events"][0]
    assert event["date"] == "2022-05-03"  # Tuesday of the document's own week, not of --date's
    shown = json.loads(CliRunner().invoke(main, ["show", "d1", "--db", db, "--json"]).stdout)
    assert shown["published"].startswith("2022-05-03")


def test_show_not_found_hint_points_at_documents(tmp_path):
    db = str(tmp_path / "x.duckdb")
    post = _post(tmp_path, "p.jsonl", {"id": "p1", "text": "Oman hosted talks between Iran and Belgium on Sunday."})
    assert CliRunner().invoke(main, ["ingest", str(post), "--db", db]).exit_code == 0
    result = CliRunner().invoke(main, ["show", "zzzz", "--db", db])
    assert result.exit_code == 1 and "[E031]" in result.output
    assert "eventwire documents" in result.output
    listed = CliRunner().invoke(main, ["documents", "--db", db, "--json"]).stdout
    assert json.loads(listed.splitlines()[0])["external_id"] == "p1"


def test_progress_is_labelled_by_stage_and_stays_off_stdout(tmp_path):
    inputs = [_post(tmp_path, f"p{i}.jsonl", {"id": f"p{i}", "published": "2023-03-06",
                                               "text": f"Belarusian police arrested {i + 2} journalists in Minsk on Monday."})
              for i in range(2)]
    result = CliRunner().invoke(main, ["analyze", *map(str, inputs), "--db", str(tmp_path / "x.duckdb"), "--progress", "--json"])
    assert result.exit_code == 0, result.output
    for stage in ("reading", "coding", "storing", "linking stories"):
        assert stage in result.stderr, stage
    assert all(json.loads(line) for line in result.stdout.splitlines())  # stdout holds only the results


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_is_wiped_before_each_result_on_a_terminal(monkeypatch):
    screen = _Terminal()  # stdout and stderr on one terminal, as in an interactive shell
    monkeypatch.setattr(sys, "stdout", screen)
    monkeypatch.setattr(sys, "stderr", screen)
    bar = Progress(None, "reading")
    bar.start(5)
    for n in range(5):
        bar.stage("coding")
        bar.step(n)
        bar.echo(f"RESULT {n}")
    bar.finish()
    text = screen.getvalue()
    for n in range(5):
        before, _ = text.split(f"RESULT {n}", 1)
        assert before.endswith("\r\x1b[K"), repr(before[-40:])  # the progress line was wiped first
    assert "coding" in text and text.rstrip().endswith("5/5 input(s)")
