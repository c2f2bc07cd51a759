"""The leaders round (docs/coding.md, "The leaders round"): a head of state or government in office commands forces
whatever the sector letters of the actor tables, and the loss tracer names STATEMENT events for what they are.
Every sentence here is the team's own. The rule tests fail on the coder before the round; each has counter-examples
that keep the figure of speech (a legislator, a commentator, a person attacked in words, a date before the office)."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest
from click.testing import CliRunner

from tests.coded import dyads_on, script

# An undated text: Phoenix's undated entry codes Putin and Erdogan ELI, the sector of candidates and public figures.
undated = dyads_on(None)
dyads_1995 = dyads_on(date(1995, 6, 1))  # before Putin held any office: no head of state then


@pytest.mark.parametrize("text, dyad", [
    ("Erdogan ordered an attack on the rebel camps.", ("ASSAULT", ["TUR"], ["TUR"])),
    # a figure before the round; Navalny is now in roles.tsv (RUS OPP, docs/coding.md "Office holders of recent years")
    ("Putin arrested Navalny.", ("COERCE", ["RUS"], ["RUS"])),
    ("The rebels came under assault by Putin.", ("ASSAULT", ["RUS"], ["RUS"])),
])
def test_a_head_of_state_in_office_commands_forces(nlp, text, dyad):
    assert dyad in undated(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    ("Senator Ted Cruz launched an attack on the rebels.", {"ASSAULT", "FIGHT"}),  # a legislator: a figure
    ("The columnist attacked the rebels in her weekly piece.", {"ASSAULT", "FIGHT"}),  # no actor coded: no violence
])
def test_who_holds_no_such_office_stays_a_figure(nlp, text, unwanted):
    assert not unwanted & {d[0] for d in undated(nlp, text)}


def test_a_person_attacked_by_a_head_of_state_is_attacked_in_words(nlp):
    assert undated(nlp, "Putin attacked Clinton.") == [("ACCUSE", ["RUS"], ["USA"])]


def test_the_office_is_read_at_the_documents_date(nlp):
    # In 1995 Putin held no head's office (roles.tsv dates his from 2000): the figure stays.
    assert "ASSAULT" not in {d[0] for d in dyads_1995(nlp, "Putin ordered an attack on the rebel camps.")}


# -- the tracer: an event coded with CAMEO root 01 -----------------------------------------------------------------



def test_the_tracer_names_a_statement_as_counted_as_no_event(nlp, tmp_path):
    # "stressed" is coded 010 (make a statement, CAMEO root 01): emitted, but with no PLOVER type, so a gold ACCUSE
    # on it is missed as a STATEMENT, not "dropped after the event component".
    sentence = "The French minister stressed the dangers of the plan."
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "own.txt").write_text(sentence, "utf-8")
    w = sentence.index("stressed")
    records = [{"id": "own-0", "source_file": "texts/own.txt", "start": 0, "end": len(sentence),
                "sha1": hashlib.sha1(sentence.encode("utf-8")).hexdigest(), "date": "2016-05-01",
                "events": [{"event": "ACCUSE", "source": [], "target": [], "factual": True,
                            "trigger": {"start": w, "end": w + len("stressed")}}]}]
    split = tmp_path / "gold" / "own"
    split.mkdir(parents=True)
    (split / "records.json").write_text(json.dumps(records), "utf-8")
    try:
        result = CliRunner().invoke(script("event_losses").main, [str(split), "--texts-root", str(tmp_path), "--json"])
    finally:
        script("event_losses").Tracer.uninstall()
    assert result.exit_code == 0, result.output
    (missed,) = json.loads(result.output)["missed"]
    assert missed["point"].startswith("coded as STATEMENT (010")
