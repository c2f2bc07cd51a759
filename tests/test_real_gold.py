"""The real-news gold splits (gold/events/real): their records match the shared data, and dev2 and train stay apart.

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
SPLITS = ("dev", "test", "dev2", "train")
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


def _span(rec: dict) -> tuple[str, int, int]:
    return rec["source_file"], rec["start"], rec["end"]


def test_train_is_a_fresh_draw_apart_from_every_other_split():
    train = _records("train")
    manifest = json.loads((GOLD / "train" / "manifest.json").read_text("utf-8"))
    earlier = _records("dev") + _records("test") + _records("dev2")
    assert Counter(_polnear(m) for m in manifest) == {True: 302, False: 98}
    assert len({m["id"] for m in manifest}) == 400 and all(m["id"].startswith("train-") for m in manifest)
    assert not {_span(r) for r in earlier} & {_span(m) for m in manifest}
    # its PolNeAR sentences come from articles that dev, test and dev2 never used
    assert not {r["source_file"] for r in earlier if _polnear(r)} & {m["source_file"] for m in manifest if _polnear(m)}
    # every drawn sentence has its place in the annotation order fixed at draw time
    assert sorted(m["rank"] for m in manifest) == list(range(1, 401))
    # the annotated records are the first len(train) sentences of that order, in manifest (id) order
    by_rank = [m for m in manifest if m["rank"] <= len(train)]
    keys = ("id", "source_file", "start", "end", "sha1", "date", "date_source")
    assert [{k: m[k] for k in keys} for m in by_rank] == [{k: r[k] for k in keys} for r in train]


def test_train_actors_and_triggers_have_the_fields_of_the_other_splits():
    for rec in _records("train"):
        for ev in rec["events"]:
            assert ev["trigger"]["start"] is not None and ev["negated"] is False and ev["factual"] is True
            for actor in [*ev["source"], *ev["target"]]:
                assert set(actor) == {"start", "end", "code", "sector"}, (rec["id"], actor)
