"""The loss round (docs/coding.md, "The loss round"): the loss tracer `scripts/event_losses.py`, run on a tiny
gold split of the team's own sentences, and the rules the round keeps. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that keeps or refuses its event."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.coded import dyads_on, script

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)



# -- the tracer ------------------------------------------------------------------------------------------------
# (sentence, gold type, trigger word, the loss point the tracer must name: its start)
_GOLD = [
    ("Russia did not attack Ukraine.", "ASSAULT", "attack", "_factual: negation"),
    ("Russia could attack Ukraine next year.", "ASSAULT", "attack", "_factual: a mere possibility"),
    ("The minister frobnicated the Polish envoy.", "CONSULT", "frobnicated", "trigger not in the lexicon"),
    # (not "The lawsuit ...": a document speaks with an empty source since the doer-less round)
    ("The decision condemned Germany.", "ACCUSE", "condemned", "_code: no source: its subject or agent names no actor"),
    ("France condemned Germany.", "ACCUSE", "condemned", None),  # coded: no loss
]


def _gold_split(root: Path) -> Path:
    """A real-gold split of the sentences above: one source file and records that point into it by offsets."""
    text = " ".join(s for s, *_ in _GOLD)
    (root / "texts").mkdir()
    (root / "texts" / "own.txt").write_text(text, "utf-8")
    records, at = [], 0
    for n, (sentence, kind, word, _) in enumerate(_GOLD):
        start = text.index(sentence, at)
        at = start + len(sentence)
        w = sentence.index(word)
        records.append({"id": f"own-{n}", "source_file": "texts/own.txt", "start": start, "end": at,
                        "sha1": hashlib.sha1(sentence.encode("utf-8")).hexdigest(), "date": "2016-05-01",
                        "events": [{"event": kind, "source": [], "target": [], "factual": True,
                                    "trigger": {"start": w, "end": w + len(word)}}]})
    split = root / "gold" / "own"
    split.mkdir(parents=True)
    (split / "records.json").write_text(json.dumps(records), "utf-8")
    return split


@pytest.mark.parametrize("both", [False, True])
def test_the_tracer_names_where_each_missed_event_is_lost(nlp, tmp_path, both):
    split = _gold_split(tmp_path)
    args = [str(split), "--texts-root", str(tmp_path), "--json"] + (["--both"] if both else [])
    try:
        result = CliRunner().invoke(script("event_losses").main, args)
    finally:
        script("event_losses").Tracer.uninstall()
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    points = {m["id"]: m["point"] for m in report["missed"] if m["mode"] == "alone"}
    for n, (_, _, _, point) in enumerate(_GOLD):
        if point is None:
            assert f"own-{n}" not in points  # the coded event is no miss
        else:
            assert points[f"own-{n}"].startswith(point), points
    assert report["columns"] == (["own", "own ctx"] if both else ["own"])
    assert sum(report["counts"]["trigger not in the lexicon"].values()) == (2 if both else 1)


def test_the_tracer_leaves_the_coder_as_it_was(nlp):
    """Tracing replaces the component's ``__call__`` in the script's process only; the coder codes the same."""
    before = dyads(nlp, "France condemned Germany.")
    import eventwire.nlp.events as events
    original = events.EventCoder.__call__
    try:
        script("event_losses").Tracer().install()
        assert dyads(nlp, "France condemned Germany.") == before == [("ACCUSE", ["FRA"], ["DEU"])]
    finally:
        script("event_losses").Tracer.uninstall()
    assert events.EventCoder.__call__ is original


# -- rules ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Erdogan ordered a crackdown.", ("COERCE", ["TUR"], [])),
    ("The Turkish government launched a crackdown.", ("COERCE", ["TUR"], [])),
])
def test_coercion_carried_by_a_light_verb_is_done_by_its_subject(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Erdogan's crackdown was criticized by the opposition.",  # a noun alone names a topic
    "The crackdown began on Monday.",  # no one carries it
    "The Florida senator made a similar charge in Virginia.",  # "make" only makes a noun: not a verb that orders
])
def test_a_nominal_harm_no_one_carries_stays_none(nlp, text):
    assert "COERCE" not in [d[0] for d in dyads(nlp, text)]


@pytest.mark.parametrize("text, dyad", [
    ("The Syrian army will halt the shelling of the city.", ("AGREE", ["SYR"], [])),
    ("Sudan will stop bombing rebel villages and cooperate with Kenyan officials.", ("AGREE", ["SDN"], [])),
    ("The Syrian army halted the shelling of the city.", ("RETREAT", ["SYR"], [])),
])
def test_violence_ended_is_de_escalation_not_violence(nlp, text, dyad):
    found = dyads(nlp, text)
    assert dyad in found
    assert not any(d[0] in ("ASSAULT", "THREATEN") for d in found), found


@pytest.mark.parametrize("text, kind", [
    ("The Syrian army continued the shelling of the city.", "ASSAULT"),  # kept up, not ended
    ("The Syrian army will expand the shelling of the city.", "THREATEN"),  # harm promised stays a threat
])
def test_violence_kept_up_stays_violence(nlp, text, kind):
    assert kind in [d[0] for d in dyads(nlp, text)]


def test_violence_to_be_ended_is_no_de_escalation_done(nlp):
    """Ending violence as the aim of talks is neither violence nor a de-escalation done."""
    found = dyads(nlp, "Russian and Turkish diplomats held talks in Ankara to halt the shelling of Idlib.")
    assert not any(d[0] in ("RETREAT", "ASSAULT") for d in found), found


@pytest.mark.parametrize("text, dyad", [
    # (the people warned are the target since the dyad round: docs/coding.md §3, "The dyad round")
    ("The British health agency warned people to stay away from the pills.", ("REQUEST", ["GBR"], ["GBR"])),
    ("Germany warned Russia to withdraw its troops.", ("REQUEST", ["DEU"], ["RUS"])),
    ("The Kenyan government warned Uganda not to close the border.", ("REQUEST", ["KEN"], ["UGA"])),
])
def test_warned_to_act_asks(nlp, text, dyad):
    found = dyads(nlp, text)
    assert dyad in found
    assert "THREATEN" not in [d[0] for d in found], found


@pytest.mark.parametrize("text", [
    "Germany warned Russia to withdraw its troops or face sanctions.",  # a consequence named
    "Germany warned Russia to expect strikes.",  # harm in the clause
    "Germany warned Russia that it would retaliate.",  # no "to" clause
])
def test_a_warning_of_harm_stays_a_threat(nlp, text):
    found = dyads(nlp, text)
    assert "THREATEN" in [d[0] for d in found] and "REQUEST" not in [d[0] for d in found], found
