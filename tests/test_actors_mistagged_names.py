"""A word of a PERSON entity that the tagger gives a wrong part of speech is still a name (docs/coding.md, "Names
the tagger misreads"). Every sentence here is the team's own."""

from __future__ import annotations

from datetime import date

from spacy.strings import get_string_id

from eventwire.nlp import actors as actors_module
from eventwire.nlp._pipeline import make_doc


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


KOREA = ("SEOUL — South Korean President Yoon Suk Yeol declared martial law in South Korea on Tuesday. "
         "South Korea's parliament voted to lift it within hours. ")


def _actor(doc, words):
    return next(a for a in doc._.actors if doc[a.start:a.end].text == words)


def test_a_person_in_the_sentence_leaves_the_group_at_home(nlp):
    doc = nlp(make_doc(nlp, KOREA + "Many voters are adamant that Yoon be removed from office.", date(2024, 12, 6)))
    voters = _actor(doc, "voters")
    assert (voters.code, voters.resolved_from) == ("KOR", "document")


def test_a_person_of_another_country_does_not_keep_the_group_at_home(nlp):
    # the refinement: only a person of the document's own country is no sign the group is elsewhere
    doc = nlp(make_doc(nlp, KOREA + "Many voters are adamant that Putin be removed from office.", date(2024, 12, 6)))
    assert _actor(doc, "voters").resolved_from != "document"


def test_a_place_in_the_sentence_still_decides(nlp):
    # the counter-example: a country named in the sentence is where its group is
    doc = nlp(make_doc(nlp, KOREA + "Opposition lawmakers in Japan criticized Yoon on Wednesday.", date(2024, 12, 6)))
    assert _actor(doc, "Opposition lawmakers").code == "JPN"


def test_an_object_pronoun_is_not_its_clause_subject(nlp):
    text = "The Ohio Democratic Party released a tax plan on Monday. Conservative leaders in Ohio are backing them up."
    doc = nlp(make_doc(nlp, text, date(2016, 6, 1)))
    them = _actor(doc, "them")
    assert doc[them.antecedent[0]:them.antecedent[1]].text == "Ohio Democratic Party"
    backing = [e for e in doc._.events if e.cameo[:2] == "05"]
    assert backing and [a.code for a in backing[0].target] == ["USA"]  # a side of its own, though of one country


def test_a_possessive_stays_the_sources_own(nlp):
    doc = nlp("Russian forces eased their blockade of the port.")
    assert all(not e.target for e in doc._.events)
