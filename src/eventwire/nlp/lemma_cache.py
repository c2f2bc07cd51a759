"""spaCy's rule lemmatizer with every answer kept: the same lemmas, a fraction of the CPU.

Why: spaCy's rule lemmatizer keeps the lemma it worked out for a word (its form, part of speech and
morphology) only when the word is not a base form; for a base form (a singular noun, an infinitive, a
positive adjective: most words of news) it asks the morphology again at every occurrence, through a
Token, a string and a dict of features. On the bench's sentences the lemmatizer was about 8 % of the
whole parse. Its answer depends on the word's form, part of speech and morphology alone (the rules and
tables do not change while it runs), so this component asks spaCy's own lemmatizer once per such triple
and keeps the answer, reading and writing the words' columns as arrays instead of a Token per word.
Words that already have a lemma (set by the attribute ruler) keep it, as with spaCy's lemmatizer
(unless that one is set to overwrite). Only spaCy's English and base rule lemmatizers are wrapped, whose
base-form tests read the part of speech and morphology alone; anything else is left as it is.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["CachedLemmatizer", "cache_lemmas"]

# The lemmatizers whose answer is a function of (form, part of speech, morphology): their base-form tests.
_PURE = (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)
# Entries kept before the cache is emptied (a long run over many words; each entry is a few ints).
_LIMIT = 500_000


class CachedLemmatizer:
    """A pipeline component: ``lemmatizer`` (spaCy's, in rule mode) asked once per (form, part of speech,
    morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.overwrite = lemmatizer.overwrite
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        cache, changed = self._cache, False
        if len(cache) > _LIMIT:
            cache.clear()
        lemmas = rows[:, 3].tolist()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = cache[key] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            if found != lemma:
                lemmas[i] = found
                changed = True
        if changed:
            rows[:, 3] = lemmas
            doc.from_array([LEMMA], rows[:, 3:4])
        return doc


def _wrappable(pipe) -> bool:
    return (isinstance(pipe, Lemmatizer) and pipe.mode == "rule" and type(pipe).is_base_form in _PURE
            and getattr(pipe.lemmatize, "__func__", None) is Lemmatizer.rule_lemmatize)


@Language.factory("eventwire_lemmatizer")
def _make(nlp: Language, name: str) -> CachedLemmatizer:
    pipe = nlp.get_pipe("lemmatizer")
    if not _wrappable(pipe):  # cache_lemmas checks first; a direct add_pipe on an unusual model gets a clear error
        raise ValueError("the lemmatizer is not spaCy's rule lemmatizer; keep it as it is")
    return CachedLemmatizer(pipe)


def cache_lemmas(nlp: Language) -> bool:
    """Put a CachedLemmatizer in the place of ``nlp``'s lemmatizer where it is spaCy's rule lemmatizer; True if done."""
    if "lemmatizer" not in nlp.pipe_names or not _wrappable(nlp.get_pipe("lemmatizer")):
        return False
    nlp.add_pipe("eventwire_lemmatizer", before="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return True
