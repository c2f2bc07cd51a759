from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.evaluation.events import read_gold

PLOVER = [
    {"id": "1", "text": "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.", "date": "2022-05-03",
     "source": [{"actorText": "Russian forces", "code": "RUS", "sector": "MIL"}],
     "target": [{"actorText": "Ukrainian city of Kharkiv", "code": "UKR", "sector": ""}], "event": "ASSAULT", "mode": "", "context": ""},
    {"id": "2", "text": "The museum opened a new wing on Tuesday.", "date": "2022-05-03", "source": [], "target": [],
     "event": None, "mode": "", "context": ""},
]
PETRARCH = """<Sentences>
<Sentence date="20220503" id="p1" sentence="true"><Text>Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.</Text>
<EventCoding sourcecode="RUSMIL" targetcode="UKR" eventcode="194"/></Sentence>
<Sentence date="20220503" id="p2" noevents="true"><Text>The museum opened a new wing on Tuesday.</Text></Sentence>
</Sentences>"""


def test_both_formats_read_alike(tmp_path):
    (tmp_path / "g.json").write_text(json.dumps(PLOVER), encoding="utf-8")
    (tmp_path / "g.xml").write_text(PETRARCH, encoding="utf-8")
    a, b = read_gold(tmp_path / "g.json"), read_gold(tmp_path / "g.xml")
    assert [(r.event, r.source, r.target) for r in a] == [(r.event, r.source, r.target) for r in b]


def test_evaluate_scores_a_small_gold(tmp_path):
    (tmp_path / "g.json").write_text(json.dumps(PLOVER), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "g.json"), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert scores["event_type"]["f1"] == 1.0 and scores["event"]["tp"] == 1 and scores["event"]["fp"] == 0


def test_wrong_gold_gives_a_typed_error(tmp_path):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "bad.json")])
    assert result.exit_code == 1 and "[E010]" in result.output
