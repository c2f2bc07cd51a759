"""The code tables and lexicons are data; check they hang together."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.nlp import codes
from eventwire.nlp.knowledge import SECTORS, knowledge
from eventwire.resources import table

GOLD = Path(__file__).resolve().parents[1] / "gold"


def test_cameo_table_covers_every_root_and_maps_to_plover():
    table_ = codes.cameo_table()
    assert {c.root for c in table_.values()} == {f"{i:02d}" for i in range(1, 21)}
    assert len(table_) > 280
    for entry in table_.values():
        assert -10 <= entry.goldstein <= 10
        assert entry.quad_class in (1, 2, 3, 4)
        assert entry.plover_type in codes.PLOVER_TYPES or (entry.root == "01" and entry.plover_type == "")
    assert codes.lookup("1951").plover_type == "ASSAULT"
    assert codes.lookup("0871").plover_type == "RETREAT"


def test_trigger_lexicon_codes_exist_and_cover_all_roots():
    rows = table("nlp/data/trigger_lexicon.tsv")
    assert all(codes.lookup(r["cameo"]) for r in rows)
    assert {codes.lookup(r["cameo"]).root for r in rows} == {f"{i:02d}" for i in range(1, 21)}


def test_knowledge_resolves_core_names():
    kb = knowledge()
    assert any(e.code == "PAK" for e in kb.names["Pakistan"])
    assert any(e.code == "IRN" for e in kb.names["Iranian"])
    assert any(e.code == "USA" and e.sector == "MIL" for e in kb.names["Pentagon"])
    assert any(e.sector == "MIL" for e in kb.agents["armed forces"])
    for entries in list(kb.names.values()) + list(kb.agents.values()):
        for e in entries:
            assert not e.sector or e.sector in SECTORS, e


def test_gold_sets_are_well_formed():
    records = [r for split in ("dev", "test") for f in sorted((GOLD / "events" / split).glob("*.json"))
               for r in json.loads(f.read_text("utf-8"))]
    assert len(records) >= 400
    for r in records:
        for actor in r["source"] + r["target"]:
            assert actor["actorText"] in r["text"], r["id"]
    types = {r["event"] for r in records}
    assert set(codes.PLOVER_TYPES) <= types
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
