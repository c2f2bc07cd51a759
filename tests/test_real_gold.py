"""The real-news gold splits (gold/events/real): their records match the shared data, and dev2 stays apart.

The sentence texts live only in ../shared/dev-data; the checks that read them are skipped where it is absent.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from eventwire.evaluation.events import read_gold

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "gold" / "events" / "real"
DEV_DATA = REPO.parent / "shared" / "dev-data"
SPLITS = ("dev", "test", "dev2")
CAMEO_PLOVER = REPO / "src" / "eventwire" / "nlp" / "data" / "cameo_plover.tsv"


def _records(split: str) -> list[dict]:
    return json.loads((GOLD / split / "records.json").read_text("utf-8"))


def _polnear(rec: dict) -> bool:
    return rec["source_file"].startswith("attribution-polnear/")


@pytest.mark.skipif(not DEV_DATA.is_dir(), reason="the shared dev data (../shared/dev-data) is not here")
@pytest.mark.parametrize("split", SPLITS)
def test_every_record_matches_its_sha1_in_the_shared_data(split):
    notes: list[str] = []
    sentences = read_gold(GOLD / split / "records.json", texts_root=DEV_DATA, notes=notes)
    assert notes == []  # a missing source or a sha1 mismatch would be skipped with a note
    assert len(sentences) == len(_records(split))
    for sent, rec in zip(sentences, _records(split)):
        for ev in rec["events"]:
            for span in [ev["trigger"], *ev["source"], *ev["target"]]:
                if span["start"] is not None:  # implicit actors have no offsets
                    assert 0 <= span["start"] < span["end"] <= len(sent.text), (rec["id"], span)


def test_dev2_is_a_fresh_draw_with_the_proportions_of_dev():
    dev2 = _records("dev2")
    first = _records("dev") + _records("test")
    assert Counter(_polnear(r) for r in dev2) == Counter(_polnear(r) for r in _records("dev")) == {True: 170, False: 55}
    assert len({r["id"] for r in dev2}) == 225 and all(r["id"].startswith("real2-") for r in dev2)
    spans = {(r["source_file"], r["start"], r["end"]) for r in first}
    assert not spans & {(r["source_file"], r["start"], r["end"]) for r in dev2}
    # dev2's PolNeAR sentences come from articles that dev and test never used
    assert not {r["source_file"] for r in first if _polnear(r)} & {r["source_file"] for r in dev2 if _polnear(r)}
    manifest = json.loads((GOLD / "dev2" / "manifest.json").read_text("utf-8"))
    keys = ("id", "source_file", "start", "end", "sha1", "date", "date_source")
    assert [{k: m[k] for k in keys} for m in manifest] == [{k: r[k] for k in keys} for r in dev2]


@pytest.mark.parametrize("split", SPLITS)
def test_event_type_and_mode_follow_the_cameo_code(split):
    with CAMEO_PLOVER.open(encoding="utf-8") as f:
        table = {row["cameo"]: (row["plover_type"], row["plover_mode"]) for row in csv.DictReader(f, delimiter="\t")}
    for rec in _records(split):
        for ev in rec["events"]:
            assert table[ev["cameo"]] == (ev["event"], ev["mode"]), (rec["id"], ev["cameo"])
