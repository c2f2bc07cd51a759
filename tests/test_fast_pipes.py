"""The model's attribute ruler and lemmatizer, replaced by cheaper equivalents, annotate exactly as spaCy's own."""

from __future__ import annotations

import pytest
import spacy

from eventwire.nlp import model_name
from eventwire.nlp.attribute_rules import compile_rules, replace_ruler
from eventwire.nlp.lemma_cache import cache_lemmas

# Sentences that reach every kind of rule the English ruler has: the tag map, words with a tag ("a", "that",
# "something"), words with a label ("I" as subject and object, "but" as an adverb, auxiliaries, "do"/"have" as
# verbs, "there is"), rules of two words ("ain't", "gonna", "gotta", "let's", "c'mon", "y'all"), white space.
TEXTS = [
    "Y'all ain't gonna believe it, but I told you so.",
    "Let's go, c'mon!  Gotta   run.\n\n\tI saw you and it saw me; you saw it.",
    "There is a car outside. There's one more, and there were two.",
    "The minister said that Russia had warned Ukraine, which did not respond, while something happened.",
    "Nobody knew whether the talks would resume; everyone hoped so, though nothing was agreed.",
    "She does it. He has had enough. They have been arrested by the police in Cairo on Monday.",
    "This is that. These are those. Which one? An apple a day.",
    "But he did, and they have had it. It ain't so. Y all know. Gon na do it. Got ta go.",
    "   ",
    "",
    "Protesters surrounded the ministry; officials were meeting with the envoys of the E.U. and U.S.",
]


def _annotations(docs) -> list[list[tuple]]:
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]
            for doc in docs]


@pytest.fixture(scope="module")
def models():
    stock = spacy.load(model_name())
    fast = spacy.load(model_name())
    return stock, fast


def test_the_english_models_components_are_replaced(models):
    _, fast = models
    assert replace_ruler(fast) and cache_lemmas(fast)
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert fast.pipe_names.index("eventwire_attribute_ruler") < fast.pipe_names.index("eventwire_lemmatizer")


def test_same_annotations_as_spacy(models):
    stock, fast = models
    if "attribute_ruler" in fast.pipe_names:
        replace_ruler(fast)
        cache_lemmas(fast)
    texts = TEXTS * 2  # the second time from the caches
    assert _annotations(fast.pipe(texts, batch_size=4)) == _annotations(stock.pipe(texts, batch_size=4))
    assert _annotations(fast.pipe(texts, batch_size=64)) == _annotations(stock.pipe(texts))


def test_the_eventwire_pipeline_uses_them(nlp):
    assert "eventwire_attribute_ruler" in nlp.pipe_names and "eventwire_lemmatizer" in nlp.pipe_names


def test_rules_outside_the_plain_form_keep_spacys_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}]], {"POS": "DET"})
    assert compile_rules(ruler) is not None
    ruler.add([[{"LOWER": "b", "OP": "+"}]], {"POS": "NOUN"})  # a quantifier
    assert compile_rules(ruler) is None
    assert not replace_ruler(nlp) and "attribute_ruler" in nlp.pipe_names
    other = spacy.blank("en")
    other.add_pipe("attribute_ruler").add([[{"SHAPE": "Xxxx"}]], {"POS": "PROPN"})  # another attribute
    assert compile_rules(other.get_pipe("attribute_ruler")) is None


def test_later_rules_win_and_match_before_they_set():
    stock, fast = spacy.blank("en"), spacy.blank("en")
    for nlp in (stock, fast):
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "run"}]], {"TAG": "VB", "POS": "VERB"})
        ruler.add([[{"TAG": "VB"}]], {"POS": "NOUN"})  # tested on the tag before the first rule set it
        ruler.add([[{"LOWER": "run"}, {"LOWER": {"REGEX": "^fa"}}]], {"POS": "ADJ", "LEMMA": "run"})
        ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
        ruler.add([[{"LOWER": {"IN": ["run", "fast"]}}]], {"LEMMA": "x"}, index=0)
    assert replace_ruler(fast)
    texts = ["run fast", "run  run far", "fast run"]
    got = [[(t.tag_, t.pos_, t.lemma_) for t in doc] for doc in fast.pipe(texts)]
    assert got == [[(t.tag_, t.pos_, t.lemma_) for t in doc] for doc in stock.pipe(texts)]
    assert got[0][0] == ("VB", "ADJ", "x")


def test_a_lookup_lemmatizer_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not cache_lemmas(nlp) and "lemmatizer" in nlp.pipe_names


def test_the_replacements_pickle(nlp):
    """spaCy's nlp.pipe(n_process=N) pickles the components where processes are spawned, not forked."""
    import pickle

    for name in ("eventwire_attribute_ruler", "eventwire_lemmatizer"):
        copy = pickle.loads(pickle.dumps(nlp.get_pipe(name)))
        assert type(copy) is type(nlp.get_pipe(name))
