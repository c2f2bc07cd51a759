"""Claims and provenance: who says so, on whose authority, and how well sourced."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import eventwire
from eventwire.nlp.attribution import quote_spans
from eventwire.claims import read_ratings
from eventwire.cli import main
from eventwire.errors import InputError
from eventwire.model import Document, Post, finalize
from eventwire.nlp import load
from eventwire.pipeline import analyze


def claims_of(nlp, text: str):
    (result,) = list(analyze(eventwire.read(text.encode()), nlp=nlp))
    return result


def chain(claim):
    return [(s.name, s.kind) for s in claim.chain]


def test_nested_chains_and_anonymous_sources(nlp):
    result = claims_of(nlp, "Citing intelligence sources, the Meridian Post reported that Dalmerra had allowed foreign aircraft "
                            "to use its airfields. The Daily Ledger has reported a ministry spokeswoman as saying that the "
                            "talks would resume in May.")
    first, second = [c for c in result.claims if c.kind != "unattributed"]
    assert chain(first) == [("Meridian Post", "media"), ("intelligence sources", "anonymous")]
    assert first.text.startswith("Dalmerra had allowed") and first.chain[1].anonymous
    assert chain(second) == [("The Daily Ledger", "media"), ("ministry spokeswoman", "official")]
    assert second.text == "the talks would resume in May"


def test_direct_quotes_speaker_after_before_and_split(nlp):
    result = claims_of(nlp, '"We will not pay," the finance minister said, "and we will not be blackmailed." '
                            'The envoy told reporters: "The convoy leaves at dawn."')
    direct = [c for c in result.claims if c.kind == "direct"]
    assert len(direct) == 2
    assert len(direct[0].segments) == 2 and direct[0].chain[0].kind == "official"
    assert direct[1].text == "The convoy leaves at dawn."


def test_unbalanced_quote_marks_break_nothing(nlp):
    text = 'The minister said the "deal was close. Talks continue on Monday, officials said.'
    assert quote_spans(text) == []
    result = claims_of(nlp, text)
    assert result.claims and all(c.start < c.end for c in result.claims)


def test_according_to_and_hedges(nlp):
    result = claims_of(nlp, "According to people familiar with the matter, the militia reportedly seized the depot on Sunday.")
    (claim,) = [c for c in result.claims if c.kind == "according_to"]
    assert claim.chain[0].kind == "anonymous" and "reportedly" in claim.hedges
    assert claim.text.startswith("the militia reportedly seized")


def test_article_default_chain_is_the_publication(nlp):
    html = ("<html><head><title>Talks</title><meta property='og:site_name' content='Eastern Ledger'></head><body><article>"
            "<p>Armenia and Azerbaijan agreed on Sunday to set up working groups on the border in Tbilisi.</p>"
            "<p>Both sides praised the Georgian hosts for their role in the talks after five hours of meetings.</p>"
            "</article></body></html>")
    (doc,) = eventwire.read(html.encode(), url="https://ledger.example/talks")
    (result,) = list(analyze([doc], nlp=nlp))
    assert all(chain(c) == [("Eastern Ledger", "media")] for c in result.claims if c.kind == "unattributed")


def test_ratings_file(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("domain,score\nasianlite.com,0.3\nwww.ledger.example,0.9\n", encoding="utf-8")
    assert read_ratings(path) == {"asianlite.com": 0.3, "ledger.example": 0.9}
    path.write_text("domain,score\nx.com,7\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_ratings(path)


def test_seed_chains(seed_path, tmp_path):
    ratings = tmp_path / "ratings.csv"
    ratings.write_text("domain,score\nasianlite.com,0.35\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(seed_path), "--json", "--no-store", "--date", "2020-01-09",
                                       "--source-ratings", str(ratings)])
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    claims, events = doc["claims"], doc["events"]

    def chains(kind=None):
        return [[(s["name"], s["kind"]) for s in c["chain"]] for c in claims if kind is None or c["kind"] == kind]

    assert [("Asian Lite", "media"), ("Intelligence sources", "anonymous")] in chains()
    assert [("Asian Lite", "media"), ("leaked letter of Pakistan Foreign Ministry", "document")] in chains()
    assert [("The News International", "media"), ("State Department spokeswoman", "official")] in chains()
    assert [("Zapper", "poster"), ("asianlite.com", "media")] in chains("unattributed")
    letter = next(s for c in claims for s in c["chain"] if s["kind"] == "document")
    assert (letter["code"], letter["sector"]) == ("PAK", "GOV")
    pompeo = next(c for c in claims if c["kind"] == "direct")
    assert [(s["name"], s["kind"], s["code"], s["sector"]) for s in pompeo["chain"]] == [("Michael Pompeo", "official", "USA", "GOV")]
    assert pompeo["medium"] == "social_post"
    spokeswoman = next(c for c in claims if c["chain"] and c["chain"][-1]["name"] == "State Department spokeswoman")
    assert "We want to continue" in doc["posts"][0]["text"][spokeswoman["start"] : spokeswoman["end"]]
    citing = next(c for c in claims if c["chain"] and c["chain"][-1]["name"] == "Intelligence sources")
    assert citing["text"].startswith("Islamabad, which blamed")
    by_id = {c["id"]: c for c in claims}
    blamed = next(e for e in events if e["plover_type"] == "ACCUSE")
    assert by_id[blamed["claim_id"]] is citing and blamed["sourcing"] == "anonymous"
    kill = next(e for e in events if e["plover_type"] == "ASSAULT" and e["target"] and e["target"][0]["code"] == "IRN")
    assert by_id[kill["claim_id"]] is pompeo and kill["sourcing"] == "primary"
    assert all(e["claim_id"] in by_id for e in events)
    assert all(e["poster_rank"] == "SENIOR MEMBER" and e["poster_reaction_score"] == -28 for e in events)
    rated = [s for c in claims for s in c["chain"] if s["kind"] == "media" and s["rating"] is not None]
    assert rated and all(s["rating"] == 0.35 for s in rated)
    texts = [c["text"] for c in claims]
    assert len(texts) == len(set(texts)), "the pasted-twice copy must not give duplicate claims"


def test_evaluate_attribution_command(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said the border would reopen on Monday.\n", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 48\tthe border would reopen on Monday\n"
                                    "E1\tAttribution:T2 Source:T1 Content:T3\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate-attribution", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["exact"]["source"]["f1"] == 1.0 and report["exact"]["content"]["f1"] == 1.0


def test_words_outside_a_partial_attribution_keep_the_documents_chain():
    """"... a step that led the latter to approve X": the sentence's own act is not the approver's claim."""
    text = ("Norway has offered naval support to Chile after the storm, a step that led the latter to approve "
            "the return of Norwegian engineers to the port.")
    doc = finalize(Document(url="test:partial", published="2024-03-04", kind="article", site_name="Fjord Wire",
                            posts=[Post(text=text)]))
    (result,) = list(analyze([doc], nlp=load()))
    offered = [e for e in result.events if e.trigger == "offered"]
    assert offered and offered[0].chain == "Fjord Wire" and offered[0].sourcing == "unattributed"


def test_no_sentence_break_inside_a_line_without_punctuation(nlp):
    """The parser may end a sentence after "(COAS)" in mid-line; the rest of the line was then a claim of its
    own ("Tomas Reyval in the aftermath of the flood."). A line breaks only where punctuation ends it."""
    result = claims_of(nlp, "It may be noted that the announcement came hours after Secretary of State Alma Ruiz spoke to "
                            "Farland Chief of Army Staff (COAS) Tomas Reyval in the aftermath of the flood.")
    assert not [c for c in result.claims if c.text.startswith("Tomas Reyval")]
    # The parser hangs the line's last words from the cue, after its clause: they are still the content's end.
    result = claims_of(nlp, "The ministry said that the announcement came hours after Secretary of State Alma Ruiz spoke to "
                            "Farland Chief of Army Staff (COAS) Tomas Reyval in the aftermath of the flood.")
    (said,) = [c for c in result.claims if c.kind != "unattributed"]
    assert said.text.endswith("in the aftermath of the flood") and len(result.claims) == 1


def test_relative_pronoun_source_is_named_by_its_antecedent(nlp):
    """"Norway, which accused ...": the span stays the pronoun (as annotators mark it), the chain names Norway."""
    result = claims_of(nlp, "Norway, which accused the rebels of the bombing, closed the border on Sunday.")
    (accused,) = [c for c in result.claims if c.chain and c.chain[0].cue == "accused"]
    assert accused.chain[0].name == "Norway" and accused.chain[0].kind == "government" and accused.chain[0].role == "which"


def test_hedges_shortcut_agrees_with_the_pattern():
    # hedges_in skips the pattern for ASCII text holding no hedge; outside ASCII re.I also matches other
    # letters ("İ" for "i"), which the shortcut must not miss.
    from eventwire.nlp.attribution import hedges_in, lexicon

    pattern = lexicon()["hedges_re"]
    for text in ["Troops REPORTEDLY crossed, it is believed.", "No hedge here.", "the alleged, Alleged plot",
                 "İt İs believed", "reportedlyx is not one", "", "Ceasefire talks may have stalled."]:
        assert hedges_in(text) == sorted({m.group(1).lower() for m in pattern.finditer(text)})
    assert hedges_in("İt İs believed")  # found, though no hedge is a substring of its lower case
