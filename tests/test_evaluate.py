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
    def view(sentences):
        return [[(e.event, {c for c, _ in e.source}, {c for c, _ in e.target}) for e in s.events] for s in sentences]
    assert view(a) == view(b)


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


# A PETRARCH file as such files are found: a self-closing <Sentence .../> followed by its content,
# a comment with "<!--" inside it, and two codings (one with a compound actor) on one sentence.
MESSY_PETRARCH = """<Sentences>
<!-- reviewed <!-- twice -->
<Sentence date="20220503" id="m1" sentence="true"/>
<Text>Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.</Text>
<EventCoding sourcecode="RUSMIL" targetcode="UKR" eventcode="194"/>
<Sentence date="20220503" id="m2"><Text>France and Germany signed a defence pact.</Text>
<EventCoding sourcecode="FRAGOV;DEUGOV" targetcode="IGOEUR" eventcode="057"/>
<EventCoding sourcecode="IGOUNO" targetcode="FRA" eventcode="042"/>
</Sentence>
</Sentences>"""


def test_petrarch_files_are_read_leniently(tmp_path):
    (tmp_path / "m.xml").write_text(MESSY_PETRARCH, encoding="utf-8")
    first, second = read_gold(tmp_path / "m.xml")
    assert first.text.startswith("Russian forces") and [e.event for e in first.events] == ["ASSAULT"]
    assert [e.event for e in second.events] == ["AGREE", "CONSULT"]
    assert {c for c, _ in second.events[0].source} == {"FRA", "DEU"}
    assert second.events[1].source == frozenset({("UNO", "IGO")})


def _event(kind, src, tgt, trigger="x"):
    from eventwire.model import ActorRef, Event
    return Event(id=trigger, document_id="d", post_id="p", sentence_index=0, sentence_start=0, sentence_end=1,
                 trigger=trigger, trigger_start=0, trigger_end=1, cameo="", cameo_root="01" if kind == "STATEMENT" else "19",
                 cameo_name="", plover_type="" if kind == "STATEMENT" else kind, plover_mode="", goldstein=0.0, quad_class=0,
                 source=[ActorRef(text=c, code=c, sector=None) for c in src],
                 target=[ActorRef(text=c, code=c, sector=None) for c in tgt])


def test_all_events_of_a_sentence_are_matched_one_to_one():
    from eventwire.evaluation.events import GoldEvent, GoldSentence, Report, score_sentence
    gold = GoldSentence("s", "text", None, [GoldEvent("ASSAULT", frozenset({("RUS", "")}), frozenset({("UKR", "")})),
                                           GoldEvent("ACCUSE", frozenset({("UKR", "")}), frozenset({("RUS", "")}))])
    report = Report()
    predicted = [_event("ACCUSE", ["UKR"], ["RUS"]), _event("ASSAULT", ["RUS"], []), _event("ASSAULT", ["RUS"], ["UKR"]),
                 _event("STATEMENT", ["UKR"], [])]
    score_sentence(report, gold, predicted, score_statements=False)
    s = report.scores
    assert (s["event"].tp, s["event"].fp, s["event"].fn) == (2, 1, 0)  # one gold event is matched once
    assert (s["event_type"].tp, s["event_type"].fp) == (2, 1)
    assert report.emitted == 3 and round(report.share_right, 3) == 0.667  # the STATEMENT is not scored
    assert report.per_type["ASSAULT"].fp == 1 and report.confusion[("NONE", "ASSAULT")] == 1


def test_generic_orgs_compare_organisations_as_igo():
    from eventwire.evaluation.events import GoldEvent, GoldSentence, Report, score_sentence
    gold = GoldSentence("s", "t", None, [GoldEvent("CONSULT", frozenset({("IGO", "IGO")}), frozenset({("FRA", "")}))])
    strict, generic = Report(), Report()
    score_sentence(strict, gold, [_event("CONSULT", ["UNO"], ["FRA"])])
    score_sentence(generic, gold, [_event("CONSULT", ["UNO"], ["FRA"])], generic_orgs=True)
    assert strict.scores["event"].tp == 0 and generic.scores["event"].tp == 1


def test_generic_orgs_compare_a_shared_code_by_its_first_body():
    # EUR is the European Union (IGO) and the European Parliament (LEG): a gold EUR with no sector is the IGO, as the
    # coder's European Union is, whichever body the tables list last
    from eventwire.evaluation.events import GoldEvent, GoldSentence, Report, score_sentence
    gold = GoldSentence("s", "t", None, [GoldEvent("SANCTION", frozenset({("EUR", "")}), frozenset({("RUS", "")}))])
    predicted = _event("SANCTION", ["EUR"], ["RUS"])
    predicted.source[0].sector = "IGO"  # the coder's European Union
    report = Report()
    score_sentence(report, gold, [predicted], generic_orgs=True)
    assert report.scores["event"].tp == 1


def test_generic_orgs_compare_an_international_court_as_igo():
    # the coder codes the International Criminal Court ICC (JUD); the wire gold writes it IGO. A court of no home
    # country is an intergovernmental body; IMG (militants, REB) stays IMG
    from eventwire.evaluation.events import GoldEvent, GoldSentence, Report, score_sentence
    gold = GoldSentence("s", "t", None, [GoldEvent("COERCE", frozenset({("IGO", "")}), frozenset({("SDN", "")})),
                                         GoldEvent("ASSAULT", frozenset({("IMG", "")}), frozenset({("IRQ", "")}))])
    predicted = [_event("COERCE", ["ICC"], ["SDN"]), _event("ASSAULT", ["IMG"], ["IRQ"])]
    predicted[0].source[0].sector = "JUD"
    predicted[1].source[0].sector = "REB"
    report = Report()
    score_sentence(report, gold, predicted, generic_orgs=True)
    assert report.scores["event"].tp == 2


def test_real_sentence_records_read_their_text_from_the_source(tmp_path):
    import hashlib
    root = tmp_path / "texts"
    (root / "pages" / "a").mkdir(parents=True)
    (root / "news.txt").write_text("Intro line.\nRussian forces shelled Kharkiv on Tuesday.\n", encoding="utf-8")
    (root / "pages" / "a" / "expected.html").write_text(
        "<html><body><h1>Title</h1><p>The  museum opened a new &amp; wing.</p><script>x()</script></body></html>", encoding="utf-8")
    sentence = "Russian forces shelled Kharkiv on Tuesday."
    start = 12
    page = "The museum opened a new & wing."
    records = [
        {"id": "r1", "source_file": "news.txt", "start": start, "end": start + len(sentence),
         "sha1": hashlib.sha1(sentence.encode()).hexdigest(), "date": "2022-05-03",
         "events": [{"event": "ASSAULT", "cameo": "194", "mode": "", "source": [{"start": 0, "end": 14, "code": "RUS", "sector": "MIL"}],
                     "target": [{"start": 23, "end": 30, "code": "UKR", "sector": ""}], "trigger": {"start": 15, "end": 22},
                     "negated": False, "factual": True}]},
        {"id": "r2", "source_file": "pages/a/expected.html", "start": 6, "end": 6 + len(page),
         "sha1": hashlib.sha1(page.encode()).hexdigest(), "date": "2022-05-03", "events": []},
        {"id": "r3", "source_file": "missing.txt", "start": 0, "end": 5, "sha1": "0", "date": None, "events": []},
        {"id": "r4", "source_file": "news.txt", "start": 0, "end": 5, "sha1": "0", "date": None, "events": []},
    ]
    gold = tmp_path / "real" / "dev"
    gold.mkdir(parents=True)
    (gold / "records.json").write_text(json.dumps(records), encoding="utf-8")
    notes: list[str] = []
    sentences = read_gold(gold, texts_root=root, notes=notes)
    assert [s.text for s in sentences] == [sentence, page]
    assert [e.event for e in sentences[0].events] == ["ASSAULT"] and sentences[1].events == []
    assert len(notes) == 2 and "r3" in notes[0] and "sha1" in notes[1]
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--texts-root", str(root), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["records"] == 2 and report["scores"]["event_type"]["tp"] == 1 and len(report["notes"]) >= 2
