"""A word of a PERSON entity that the tagger gives a wrong part of speech is still a name (docs/coding.md, "Names
the tagger misreads"). Every sentence here is the team's own."""

from __future__ import annotations

from spacy.strings import get_string_id

from eventwire.nlp import actors as actors_module


TEXT = ("President Yoon Suk Yeol of South Korea spoke on Friday. "
        "Many voters are adamant that Yoon be removed from office.")


def test_a_person_tagged_as_an_adverb_is_the_person(nlp):
    doc = nlp(TEXT)
    yoon = [t for t in doc if t.text == "Yoon"][-1]
    assert yoon.ent_type_ == "PERSON" and yoon.pos_ != "PROPN"  # the misreading this rule is for
    found = [a for a in doc._.actors if a.start <= yoon.i < a.end]
    assert found and (found[0].code, found[0].resolved_from) == ("KOR", "learned")


def test_the_request_gets_its_target(nlp):
    doc = nlp(TEXT)
    assert any(e.cameo[:2] in ("02", "10") and "KOR" in [a.code for a in e.target] for e in doc._.events)


def test_only_capitalised_person_words_count(nlp):
    # the counter-examples: an adverb outside any entity, or written in lower case, is no name
    doc = nlp("Together, the voters of Ohio marched on Friday.")
    assert not any(doc[a.start].text == "Together" for a in doc._.actors)
    person, adverb = (get_string_id(x) for x in ("PERSON", "ADV"))
    low = next(t for t in nlp("They marched together on Friday.") if t.text == "together")
    assert not actors_module._mistagged_name(low.doc, low.i, adverb, person)
