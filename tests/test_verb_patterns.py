"""Phrase patterns of the CAMEO verb dictionary (nlp/verb_patterns.py, data/phoenix_patterns.tsv; docs/coding.md,
"Phrase patterns of the CAMEO verb dictionary"). The sentences are the team's own."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from eventwire.nlp import codes, verb_patterns
from eventwire.resources import table
from tests.coded import coded, dyads

DAY = date(2015, 6, 1)
REPO = Path(__file__).resolve().parents[1]
PHOENIX = REPO.parent / "shared" / "dev-data" / "phoenix-dictionaries"


def _converter():
    spec = importlib.util.spec_from_file_location("convert_phoenix", REPO / "scripts" / "convert_phoenix.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_phrase_gives_a_verb_the_lexicon_leaves_out_its_code(nlp):
    # "cut" alone is no event; CAMEO.2.0's "- * DEAL [030]" (written for CUT) makes "cut a deal with" AGREE
    assert dyads(coded(nlp, "Kenya cut a deal with Somalia on the maritime border.", DAY)) == [("AGREE", ["KEN"], ["SOM"])]


def test_a_pattern_hit_goes_through_the_conventions(nlp):
    assert dyads(coded(nlp, "Kenya will cut a deal with Somalia next week, the minister said.", DAY)) == \
        [("AGREE", ["KEN"], ["SOM"])]
    # a wish, a negated act and an act aimed at no one are no event, as for any trigger
    assert coded(nlp, "Kenya wants to cut a deal with Somalia.", DAY) == []
    assert coded(nlp, "Kenya did not cut a deal with Somalia.", DAY) == []
    assert coded(nlp, "The senator cut a deal.", DAY) == []


def test_the_matcher_needs_the_patterns_words_in_the_verbs_phrase(nlp):
    doc = nlp("Kenya cut a deal with Somalia. Kenya cut taxes.")
    hit, miss = (t for t in doc if t.lemma_ == "cut")
    found = verb_patterns.match(hit, "cut")
    assert found is not None and found.cameo == "030" and found.needs_target
    assert verb_patterns.match(miss, "cut") is None
    assert verb_patterns.match(hit, "walk") is None  # a verb with no pattern: one look-up


def test_a_verb_the_lexicon_codes_keeps_its_type():
    team = verb_patterns._team_types()
    for verb, (patterns, _, _) in verb_patterns._index().items():
        for p in patterns:
            kind = codes.event_type(p.trigger.cameo)
            assert kind in codes.PLOVER_TYPES
            assert team.get(verb, {kind}) == {kind}, (verb, p.trigger)
            assert p.trigger.needs_target == (verb not in team)


def test_the_converter_reads_the_dictionary_format(tmp_path):
    (tmp_path / "CAMEO.2.0.txt").write_text(
        "# header\n&TRUCE\n+ARMISTICE\n+CEASE_FIRE\n\n&PEOPLE\n+FOLK\n\n####### VERB PATTERNS #######\n\n"
        "---  ARRIVE   [040]  ---\nARRIVE\nCOME {CAME}\n"
        "- * (UNDER FIRE)  [:111]  # COME\n"          # only the reverse act: left out
        "- * (FOR TALKS)   [046]   # ARRIVE\n"        # tied to ARRIVE only
        "- * (FROM $)      [040]   # COME\n"          # a source after the verb: left out
        "- * &PEOPLE       [073]   # ARRIVE\n"        # a broad synonym set: left out
        "- * BACK          [042]   # COME\n"          # no content word: left out
        "- * &TRUCE        [0356]  # ARRIVE\n"        # a set: its one-word members
        "- * CAMPAIGN      [020]   # ARRIVE\n"        # an everyday word of political news: left out
        "- * SUMMIT        [046]   # ARRIVE\n- * SUMMIT  [036]   # ARRIVE\n"  # two codes: not specific
        "---  SEVER   [161]  ---\nSEVER\n- * TIES (WITH +)  [---]\n"  # the block's one verb and default code
        "######## TRANSFORMATIONS ##########\n", encoding="utf-8")
    rows = _converter().convert_patterns(tmp_path)
    assert [(r["verb"], r["words"], r["cameo"]) for r in rows] == [
        ("arrive", "armistice", "0356"), ("arrive", "for/talks|talk", "046"), ("sever", "ties|tie with/+", "161")]


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="the Phoenix dictionaries (../shared/dev-data) are not here")
def test_the_pattern_file_is_what_the_converter_derives():
    rows = _converter().convert_patterns(PHOENIX)
    assert rows == [dict(r) for r in table("nlp/data/phoenix_patterns.tsv")]
    notice = (REPO / "src" / "eventwire" / "nlp" / "data" / "PHOENIX-LICENSE.txt").read_text("utf-8")
    assert "phoenix_patterns.tsv" in notice and "MIT License" in notice
