"""Reading PolNeAR-style brat files and the PolNeAR scoring convention (our own sentences)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.evaluation.attribution import Attr, AttributionReport, _score_polnear, read_ann, read_corpus

TEXT = "The council said that the bridge will close. It is widely believed to be unsafe, a view held for years."


def _write_polnear(root, ann_by_annotator: dict[str, str]):
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    (root / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
    for annotator, ann in ann_by_annotator.items():
        (root / "attributions" / f"doc1_{annotator}.ann").write_text(ann, encoding="utf-8")


ANN = ("T1\tSource 0 11\tThe council\nT2\tCue 12 16\tsaid\nT3\tContent 17 43\tthat the bridge will close\n"
       "T4\tAttribution 12 16\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
       "T5\tCue 48 66\tis widely believed\nT6\tContent 67 69\tto\nT7\tContent 70 79\tbe unsafe\n"
       "T8\tAttribution-no-source 48 66\tis widely believed\nE2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7\n")


def test_sourceless_attribution_keeps_its_cue_and_content2_joins_content(tmp_path):
    path = tmp_path / "a.ann"
    path.write_text(ANN, encoding="utf-8")
    first, second = read_ann(path)
    assert first.source == ((0, 11),) and first.cue == ((12, 16),)
    assert second.source == () and second.cue == ((48, 66),)
    assert second.content == ((67, 69), (70, 79))


def test_polnear_layout_picks_the_first_annotator_file(tmp_path):
    _write_polnear(tmp_path, {"bb22": "T1\tCue 12 16\tsaid\nE1\tAttribution:T1 Cue:T1\n", "aa11": ANN})
    ((name, text, gold),) = read_corpus(tmp_path)
    assert name == "doc1" and text == TEXT and len(gold) == 2


def test_polnear_pairs_one_to_one_and_ignores_the_complementizer():
    gold = [Attr(((12, 16),), ((0, 11),), ((17, 43),))]
    # The same attribution found twice: one pair, the copy is a false alarm on every role.
    found = [Attr(((12, 16),), ((0, 11),), ((22, 43),)), Attr(((12, 16),), ((0, 11),), ((22, 43),))]
    report = AttributionReport(convention="polnear")
    _score_polnear(report, TEXT, gold, found)
    assert (report.exact["content"].tp, report.exact["content"].fp) == (1, 1)  # "that" does not decide a match
    assert (report.overlap["source"].tp, report.overlap["source"].fp, report.overlap["source"].fn) == (1, 1, 0)


def test_polnear_counts_a_wrong_span_once_each_way():
    gold = [Attr(((12, 16),), ((0, 11),), ((17, 43),))]
    found = [Attr(((12, 16),), ((45, 50),), ((17, 43),))]
    report = AttributionReport(convention="polnear")
    _score_polnear(report, TEXT, gold, found)
    source = report.overlap["source"]
    assert (source.tp, source.fp, source.fn) == (0, 1, 1)
    assert report.exact["cue"].tp == 1


def test_evaluate_attribution_polnear_convention(tmp_path):
    _write_polnear(tmp_path, {"aa11": ANN})
    result = CliRunner().invoke(main, ["evaluate-attribution", str(tmp_path), "--convention", "polnear", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["convention"] == "polnear" and report["gold_attributions"] == 2
    assert report["overlap"]["source"]["tp"] == 1 and report["overlap"]["content"]["precision"] > 0
