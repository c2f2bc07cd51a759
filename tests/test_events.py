"""Event coding: the pipeline components, the seed post's events, the CLI around them."""

from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner

import eventwire
from eventwire.cli import main
from eventwire.pipeline import analyze

DAY = date(2020, 1, 9)


def code(nlp, text: str, day: date = DAY):
    doc = eventwire.read(text.encode())[0]
    (result,) = list(analyze([doc], nlp=nlp, date_override=day))
    return doc, result.events


def _dyad(ev):
    return ([a.code for a in ev.source], [a.code for a in ev.target])


def test_components_are_registered_spacy_factories(nlp):
    assert nlp.pipe_names[-3:] == ["eventwire_actors", "eventwire_events", "eventwire_attribution"]
    meta = nlp.get_pipe_meta("eventwire_events")
    assert "doc._.actors" in meta.requires and "doc._.events" in meta.assigns


def test_active_passive_and_by_agent(nlp):
    _, active = code(nlp, "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.")
    _, passive = code(nlp, "Fourteen Pakistani soldiers were killed by Baloch militants based in Iran on Tuesday.")
    assert active[0].plover_type == "ASSAULT" and _dyad(active[0]) == (["RUS"], ["UKR"])
    assert passive[0].plover_type == "ASSAULT" and passive[0].target[0].code == "PAK"
    assert passive[0].source[0].based_in == "IRN"


def test_negation_modality_and_dates(nlp):
    # The convention (docs/coding.md): an act that did not happen is no event; a stated future
    # delivery is a promise (AGREE), not the delivery.
    _, negated = code(nlp, "Turkey did not send troops to Libya, the defence ministry said.")
    assert negated == []
    _, future = code(nlp, "Germany will deliver two air-defence batteries to Ukraine next month.")
    assert future[0].modality == "future" and future[0].plover_type == "AGREE"
    _, old = code(nlp, "The United States froze military aid to Pakistan two years ago.")
    assert old[0].modality == "historical" and old[0].date == "2018-01-01" and old[0].date_text == "two years ago"


def test_descriptive_sentences_give_no_event(nlp):
    for text in ("The programme offers places to foreign military officers at US colleges.",
                 "Trade between India and the United Arab Emirates reached $85 billion last year.",
                 "The Kremlin has remained silent on the reports."):
        assert code(nlp, text)[1] == [], text


def test_offsets_point_at_the_words(nlp):
    doc, events = code(nlp, "Washington imposed sanctions on Iran's oil ministry after the attack, officials said.")
    text = doc.posts[0].text
    for ev in events:
        assert text[ev.trigger_start : ev.trigger_end] == ev.trigger
        for actor in ev.source + ev.target:
            assert text[actor.start : actor.end] == actor.text


SEED_EVENTS = [
    # (source code, target code, PLOVER types accepted, CAMEO prefixes accepted)
    ("PAK", "USA", {"SUPPORT"}, ("05",)),
    ("USA", "IRN", {"ASSAULT"}, ("18", "19")),
    ("USA", "PAK", {"AID", "COOPERATE"}, ("06", "07")),
    ("PAK", "IRN", {"ACCUSE"}, ("11",)),
    ("PAK", "PAK", {"ASSAULT"}, ("18", "19")),  # Baloch militants (PAK REB) → Pakistan Armed Forces (PAK MIL)
    ("USA", "PAK", {"CONSULT"}, ("04",)),
    ("USA", "PAK", {"REQUEST"}, ("02",)),
    ("USA", "PAK", {"SANCTION"}, ("16",)),
]


def test_seed_events(seed_path, tmp_path):
    result = CliRunner().invoke(main, ["analyze", str(seed_path), "--json", "--no-store", "--date", "2020-01-09"])
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    events, text = doc["events"], doc["posts"][0]["text"]
    for src, tgt, types, prefixes in SEED_EVENTS:
        hits = [e for e in events if src in [a["code"] for a in e["source"]] and tgt in [a["code"] for a in e["target"]]
                and e["plover_type"] in types and e["cameo"].startswith(prefixes)]
        assert hits, (src, tgt, types)
    assault = [e for e in events if e["plover_type"] == "ASSAULT" and e["target"] and e["target"][0]["code"] == "IRN"]
    assert any(a["name"] and "Soleimani" in a["name"] and a["sector"] == "MIL" for e in assault for a in e["target"])
    assert any(e["place"] and e["place"]["name"] == "Baghdad" and e["place"]["country"] == "IRQ" for e in assault)
    rebels = [a for e in events for a in e["source"] if a["sector"] == "REB"]
    assert rebels and rebels[0]["based_in"] == "IRN"
    consult = [e for e in events if e["plover_type"] == "CONSULT"][0]
    assert consult["source"][0]["sector"] == "GOV" and consult["target"][0]["sector"] == "MIL"
    frozen = [e for e in events if e["plover_type"] == "SANCTION"][0]
    assert frozen["modality"] == "historical"
    silence = text.index("silence")
    sentence_of_silence = [e for e in events if e["sentence_start"] <= silence < e["sentence_end"]]
    assert all(e["plover_type"] not in ("SUPPORT", "ACCUSE") for e in sentence_of_silence)
    for e in events:
        assert text[e["trigger_start"] : e["trigger_end"]] == e["trigger"]
        for a in e["source"] + e["target"]:
            assert text[a["start"] : a["end"]] == a["text"]


def test_analyze_stores_and_events_query(tmp_path):
    db = str(tmp_path / "a.duckdb")
    post = tmp_path / "p.txt"
    post.write_text("Karakoram_Eagle\nSENIOR MEMBER\n- Joined\n- Aug 14, 2017\n"
                    "Iranian gunboats seized an Azerbaijani survey vessel near Astara on Monday, officials in Baku said.\n"
                    "Turkish Foreign Minister Hakan Fidan spoke to Azerbaijani President Ilham Aliyev by telephone.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["analyze", str(post), "--db", db, "--date", "2025-03-14"])
    assert result.exit_code == 0, result.output
    assert "CONSULT" in result.output
    listed = runner.invoke(main, ["events", "--db", db, "--actor", "TUR GOV", "--mentions", "--json"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert rows and all(any(a["code"] == "TUR" for a in r["source"] + r["target"]) for r in rows)
    merged = [json.loads(line) for line in runner.invoke(main, ["events", "--db", db, "--actor", "TUR", "--json"]).stdout.splitlines()]
    assert merged and all("TUR" in (r["source_code"], r["target_code"]) for r in merged)
    assert runner.invoke(main, ["events", "--db", db, "--plover", "CONSULT", "--json"]).stdout.strip()
    assert not runner.invoke(main, ["events", "--db", db, "--code", "20", "--json"]).stdout.strip()
    again = runner.invoke(main, ["analyze", str(post), "--db", db, "--date", "2025-03-14", "--json"])
    stats = json.loads(runner.invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats["documents"] == 1 and stats["mentions"] == len(json.loads(again.stdout)["events"])


def test_jsonl_ids_come_back(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": "s-1", "text": "Egypt and Sudan signed a water-sharing agreement in Cairo.", "published": "2021-04-02"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(path), "--json", "--no-store"])
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["id"] == "s-1" and row["events"][0]["plover_type"] == "AGREE"
