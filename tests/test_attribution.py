"""Attribution on news-style prose: one test per cause of misses and false alarms (our own sentences)."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.evaluation.attribution import found_attributions
from eventwire.nlp import load
from eventwire.pipeline import analyze


@pytest.fixture(scope="module")
def nlp():
    return load()


def found(nlp, text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) texts of the PolNeAR-style top-level attributions."""
    out = []
    for a in found_attributions(text, nlp, "polnear"):
        def show(spans):
            return " | ".join(text[s:e] for s, e in spans)
        out.append((show(a.source), show(a.cue), show(a.content)))
    return out


def sources(nlp, text):
    return [s for s, _, _ in found(nlp, text)]


def test_speech_verbs_beyond_say(nlp):
    got = found(nlp, "The mayor urged residents to stay indoors during the storm.")
    assert any(s == "The mayor" and "urged" in c and "stay indoors" in x for s, c, x in got)
    got = found(nlp, "Ms. Varga asked whether the depot had been inspected.")
    assert any(s == "Ms. Varga" and "depot had been inspected" in x for s, _, x in got)


def test_stance_and_cognition_verbs(nlp):
    got = found(nlp, "The senator believes the tariff will hurt farmers in his state.")
    assert any(s == "The senator" and "tariff will hurt farmers" in x for s, _, x in got)
    got = found(nlp, "The governor declined to comment on the investigation.")
    assert any(s == "The governor" and "declined" in c and "comment on the investigation" in x for s, c, x in got)


def test_cue_with_a_noun_phrase_complement(nlp):
    got = found(nlp, "Councilman Ortiz criticized the new parking fees at the meeting on Tuesday.")
    assert any(s == "Councilman Ortiz" and "parking fees" in x for s, _, x in got)


def test_noun_cue_in_a_statement(nlp):
    got = found(nlp, "The agency said in a statement that the review would take six weeks.")
    assert any(s == "The agency" and "in a statement" in c and x.startswith("the review would take") for s, c, x in got)


def test_trailing_speaker_without_quote_marks(nlp):
    got = found(nlp, "The talks will resume next week in Vienna, the ministry said.")
    assert got == [("the ministry", "said", "The talks will resume next week in Vienna")]


def test_saying_participle_takes_the_subject(nlp):
    got = found(nlp, "The union rejected the offer on Friday, saying it did not cover pensions.")
    assert any(s == "The union" and c == "saying" and "did not cover pensions" in x for s, c, x in got)


def test_sourceless_passive_keeps_its_cue(nlp):
    got = found(nlp, "It was reported that the shipment had been delayed by customs.")
    assert any(s == "" and "reported" in c and "shipment had been delayed" in x for s, c, x in got)


def test_no_nested_attribution_inside_a_quote(nlp):
    text = '"The inspectors told us the plant was safe," the engineer said.'
    got = found(nlp, text)
    assert len(got) == 1 and got[0][0] == "the engineer"


def test_quote_is_not_credited_to_the_next_paragraph(nlp):
    text = ('"We have waited long enough for the new clinic."\n\n'
            'The county board said on Monday that it would vote in March.')
    got = found(nlp, text)
    assert all("waited long enough" not in x for _, _, x in got)


def test_no_duplicate_attributions(nlp):
    text = '"The road is closed. Nobody may pass until the bridge is repaired," the sheriff said.'
    got = found(nlp, text)
    assert len(got) == 1 and got[0][0] == "the sheriff"


def test_scare_quotes_and_titles_are_not_quotes(nlp):
    text = 'The mayor praised the "green corridor" plan. The show "Night Harbor Blues" aired on Friday, the station said.'
    got = found(nlp, text)
    assert all(x not in ("green corridor", "Night Harbor Blues") for _, _, x in got)


def test_according_to_a_formula_is_not_a_source(nlp):
    assert found(nlp, "The grant is split between the towns according to a formula set in 2010.") == []
    assert sources(nlp, "The bridge will reopen in May, according to the transport ministry.") == ["the transport ministry"]


def test_pronoun_source_names_the_last_speaker(nlp):
    text = ("Mayor Lena Hartwig said the budget was balanced. "
            "The city will hire forty teachers next year, she said.")
    (result,) = list(analyze(eventwire.read(text.encode()), nlp=nlp))
    teachers = next(c for c in result.claims if "forty teachers" in c.text and c.kind != "unattributed")
    link = teachers.chain[0]
    assert link.name == "Lena Hartwig" or link.name == "Mayor Lena Hartwig"
    assert link.role == "she" and text[link.start : link.end] == "she"


def test_why_a_source_is_anonymous_is_not_a_claim(nlp):
    got = found(nlp, "A port official, who asked not to be named, said the cranes had stopped on Sunday.")
    assert all("not to be named" not in x for _, _, x in got)
    assert any("cranes had stopped" in x for _, _, x in got)


def test_transcript_and_dash_speakers(nlp):
    got = found(nlp, "HOST: Tell us about the harbour plan.\n\n“The plan leaves the fishermen out.” ― Ilse Brandt\n")
    assert ("HOST", ":", "Tell us about the harbour plan") in got
    assert any(s == "Ilse Brandt" and x.startswith("The plan leaves") for s, _, x in got)


def test_settings_come_from_the_component_config(nlp):
    config = nlp.config["components"]["eventwire_attribution"]
    assert config["min_frame_count"] == 3 and config["min_frame_ratio"] == 0.3
    from eventwire.nlp.attribution import frames
    assert len(frames(3, 0.9)) < len(frames(3, 0.3))  # a stricter setting uses fewer derived frames
