"""The CLI: thin commands, machine output, and every command and option documented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
from click.testing import CliRunner

from eventwire.cli import main

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _commands():
    return sorted(main.commands.items())


def test_every_command_and_option_is_documented():
    text = DOCS.read_text("utf-8")
    for name, command in _commands():
        heading = re.search(rf"^## `eventwire {re.escape(name)}[ `]", text, re.M)
        assert heading, f"docs/cli.md lacks a section for {name}"
        section = text[heading.end() :].split("\n## ", 1)[0]
        for param in command.params:
            if isinstance(param, click.Option):
                for opt in param.opts + param.secondary_opts:
                    if opt not in ("-h", "--help"):
                        assert re.search(rf"`{re.escape(opt)}[` ]", section), f"{name}: option {opt} is not documented"


def test_show_unknown_id_gives_a_hint(tmp_path):
    db = str(tmp_path / "x.duckdb")
    post = tmp_path / "p.txt"
    post.write_text("Qatar hosted talks between Hamas and Israeli negotiators in Doha on Sunday, a diplomat said.", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(post), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["show", "zzzz", "--db", db])
    assert result.exit_code == 1
    assert "[E031]" in result.output and "hint:" in result.output


def test_progress_bar_on_request(tmp_path):
    for i in range(5):
        (tmp_path / f"p{i}.txt").write_text(f"Post {i}: Chad and Niger agreed to joint patrols on their border, officials said.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--progress"])
    assert result.exit_code == 0, result.output  # the store itself, inside the folder, is not an input
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--progress"])
    assert result.exit_code == 0, result.output
    assert "reading" in result.output and "5 input(s)" in result.output


def test_stdin(tmp_path):
    result = CliRunner().invoke(main, ["ingest", "-", "--db", str(tmp_path / "x.duckdb"), "--json"],
                                input="Oman mediated a prisoner exchange between Iran and Belgium, state media reported.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["new"] == 1
