"""The real-news gold splits (gold/events/real): their records match the shared data, and dev2, train, train2 and train3 stay apart.

The sentence texts live only in ../shared/dev-data; the checks that read them are skipped where it is absent.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from eventwire.evaluation.events import read_gold

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "gold" / "events" / "real"
DEV_DATA = REPO.parent / "shared" / "dev-data"
SPLITS = ("dev", "test", "dev2", "train", "train2", "train3")
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


# Each ranked tuning split and the splits drawn before it, which it must stay apart from.
RANKED = {"train": ("dev", "test", "dev2"), "train2": ("dev", "test", "dev2", "train"),
          "train3": ("dev", "test", "dev2", "train", "train2")}


@pytest.mark.parametrize("split", sorted(RANKED))
def test_a_ranked_split_is_a_fresh_draw_apart_from_every_earlier_split(split):
    records = _records(split)
    manifest = json.loads((GOLD / split / "manifest.json").read_text("utf-8"))
    earlier = [r for name in RANKED[split] for r in _records(name)]
    for name in RANKED[split]:  # an earlier ranked split's unannotated sentences were drawn too, and are left out as well
        if name in RANKED:
            earlier += json.loads((GOLD / name / "manifest.json").read_text("utf-8"))
    assert Counter(_polnear(m) for m in manifest) == {True: 302, False: 98}
    assert len({m["id"] for m in manifest}) == 400 and all(m["id"].startswith(f"{split}-") for m in manifest)
    assert not {_span(r) for r in earlier} & {_span(m) for m in manifest}
    # its PolNeAR sentences come from articles that no earlier split used
    assert not {r["source_file"] for r in earlier if _polnear(r)} & {m["source_file"] for m in manifest if _polnear(m)}
    # every drawn sentence has its place in the annotation order fixed at draw time
    assert sorted(m["rank"] for m in manifest) == list(range(1, 401))
    # the annotated records are the first len(records) sentences of that order, in manifest (id) order
    by_rank = [m for m in manifest if m["rank"] <= len(records)]
    keys = ("id", "source_file", "start", "end", "sha1", "date", "date_source")
    assert [{k: m[k] for k in keys} for m in by_rank] == [{k: r[k] for k in keys} for r in records]


@pytest.mark.parametrize("split", sorted(RANKED))
def test_ranked_split_actors_and_triggers_have_the_fields_of_the_other_splits(split):
    for rec in _records(split):
        for ev in rec["events"]:
            assert ev["trigger"]["start"] is not None and ev["negated"] is False and ev["factual"] is True
            for actor in [*ev["source"], *ev["target"]]:
                assert set(actor) == {"start", "end", "code", "sector"}, (rec["id"], actor)


def test_train2_is_annotated_in_full():
    # the README's train2 figures are for all 400 sentences (N = 400)
    assert len(_records("train2")) == 400


def test_train3_is_annotated_to_n():
    # the README's train3 section gives N = 400: every drawn sentence was annotated, in rank order
    assert len(_records("train3")) == 400


def _agreement_module():
    spec = importlib.util.spec_from_file_location("gold_agreement", REPO / "scripts" / "gold_agreement.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


_SECOND_KEYS = ("id", "source_file", "start", "end", "sha1", "date", "date_source")


def _second_annotation(split: str, ranks: int) -> list[dict]:
    """The blind second annotation of ``split``, checked to be the first ``ranks`` of its rank order, in id order,
    each CAMEO code with its PLOVER type and mode."""
    second = json.loads((GOLD / split / "second_annotator.json").read_text("utf-8"))
    manifest = json.loads((GOLD / split / "manifest.json").read_text("utf-8"))
    first = sorted((m for m in manifest if m["rank"] <= ranks), key=lambda m: m["id"])
    assert [{k: m[k] for k in _SECOND_KEYS} for m in first] == [{k: r[k] for k in _SECOND_KEYS} for r in second]
    with CAMEO_PLOVER.open(encoding="utf-8") as f:
        table = {row["cameo"]: (row["plover_type"], row["plover_mode"]) for row in csv.DictReader(f, delimiter="\t")}
    for rec in second:
        for ev in rec["events"]:
            assert table[ev["cameo"]] == (ev["event"], ev["mode"]), (rec["id"], ev["cameo"])
    return second


def test_the_second_annotation_covers_exactly_ranks_1_to_120_of_train():
    _second_annotation("train", 120)


def test_the_second_annotation_of_train3_covers_exactly_ranks_1_to_80():
    # as for train: the blind second annotation is the first 80 of train3's rank order, in id order
    second = _second_annotation("train3", 80)
    by_id = {r["id"]: r for r in _records("train3")}
    assert all({k: by_id[r["id"]][k] for k in _SECOND_KEYS} == {k: r[k] for k in _SECOND_KEYS} for r in second)


@pytest.mark.skipif(not DEV_DATA.is_dir(), reason="the shared dev data (../shared/dev-data) is not here")
@pytest.mark.parametrize("split", ("train", "train3"))
def test_every_second_annotation_record_matches_its_sha1_and_its_spans_stay_in_the_sentence(split):
    path = GOLD / split / "second_annotator.json"
    second = json.loads(path.read_text("utf-8"))
    notes: list[str] = []
    sentences = read_gold(path, texts_root=DEV_DATA, notes=notes)
    assert notes == [] and len(sentences) == len(second)
    for sent, rec in zip(sentences, second):
        for ev in rec["events"]:
            for span in [ev["trigger"], *ev["source"], *ev["target"]]:
                if span["start"] is not None:  # implicit actors have no offsets
                    assert 0 <= span["start"] < span["end"] <= len(sent.text), (rec["id"], span)
                    text = sent.text[span["start"]:span["end"]]
                    assert text == text.strip() and text, (rec["id"], span)


def _rec(rid: str, *events: tuple[str, list[str], list[str]]) -> dict:
    return {"id": rid, "source_file": "f.txt", "start": 0, "end": 10, "events": [
        {"cameo": cameo, "source": [{"code": c} for c in src], "target": [{"code": c} for c in tgt]}
        for cameo, src, tgt in events]}


def test_agreement_scores_b_against_a_with_the_evaluators_matching():
    agreement = _agreement_module().agreement
    a = [_rec("s1", ("111", ["USA"], ["RUS"]), ("020", ["FRA"], ["DEU"])), _rec("s2"), _rec("s3"),
         _rec("s4", ("190", ["ISR"], ["PSE"])), _rec("only-in-a", ("111", ["USA"], ["RUS"]))]
    # s1: one event agrees fully, one is of another type; s2: B alone has an event; s4: same type, wrong target
    b = [_rec("s1", ("112", ["USA"], ["RUS"]), ("051", ["FRA"], ["DEU"])), _rec("s2", ("036", ["USA"], ["GBR"])),
         _rec("s3"), _rec("s4", ("180", ["ISR"], ["LBN"]))]
    agr = agreement(a, b)
    assert agr.sentences == 4 and (agr.events_a, agr.events_b) == (3, 4)
    s = agr.scores
    assert (s["event_type"].tp, s["event_type"].fp, s["event_type"].fn) == (2, 2, 1)
    assert (s["event"].tp, s["event"].fp, s["event"].fn) == (1, 3, 2)
    assert (s["target"].tp, s["target"].fp, s["target"].fn) == (1, 3, 2)
    # has-event: both 2 (s1, s4), B only 1 (s2), neither 1 (s3): po = 3/4, pe = 1/2 * 3/4 + 1/2 * 1/4
    assert agr.kappa() == pytest.approx((0.75 - 0.5) / 0.5)
    assert agr.differ == ["s1", "s2", "s4"]
    swapped = agreement(b, a)
    assert swapped.scores["event_type"].precision == s["event_type"].recall
    assert swapped.kappa() == pytest.approx(agr.kappa())
    assert agreement(a, a).scores["event"].f1 == 1.0 and agreement(a, a).kappa() == 1.0


@pytest.mark.skipif(not DEV_DATA.is_dir(), reason="the shared dev data (../shared/dev-data) is not here")
def test_a_split_folder_is_read_without_the_second_annotation():
    # `eventwire evaluate gold/events/real/train` must score train's 400 records once, not ranks 1-120 twice
    assert [s.id for s in read_gold(GOLD / "train", texts_root=DEV_DATA)] == [r["id"] for r in _records("train")]
