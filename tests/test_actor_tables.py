"""The actor hash tables find the same spans as spaCy's PhraseMatcher did (which they replaced: it cost about
0.9 CPU s at every pipeline load), on the team's own sentences and the seed post."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.attrs import LOWER, ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from eventwire.nlp.actors import _HashTable
from eventwire.nlp.knowledge import knowledge

ROOT = Path(__file__).resolve().parents[1]


def _phrase_matcher(nlp, index: dict, attr: str) -> tuple[PhraseMatcher, dict]:
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    keys = {}
    for phrase, pattern in zip(index, nlp.tokenizer.pipe(list(index))):
        keys[nlp.vocab.strings.add(phrase)] = index[phrase]
        patterns = [pattern]
        if phrase.endswith(".") and len(pattern) > len(phrase.split()):
            patterns.append(Doc(nlp.vocab, words=phrase.split()))
        matcher.add(phrase, patterns)
    return matcher, keys


def _texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "gold" / "events").rglob("*.json")):
        texts += [r["text"] for r in json.loads(path.read_text("utf-8")) if isinstance(r, dict) and r.get("text")]
    texts.append((ROOT / "examples" / "forum_post.txt").read_text("utf-8"))
    # Abbreviations and lower case: what the hash tables handle apart from plain words.
    texts += ["Sen. Bernie Sanders and Rep. Nancy Pelosi met the U.A.E. minister.", "The MINISTER of the D.P.R.K. spoke.",
              "sen. smith, gov. Jones and the Prime Minister of the United States"]
    return texts


def test_tables_find_what_the_phrase_matcher_found():
    nlp = spacy.blank("en")
    kb = knowledge()
    texts = _texts()
    assert len(texts) > 300
    for index, lower in ((kb.names, False), (kb.agents, True)):
        matcher, keys = _phrase_matcher(nlp, index, "LOWER" if lower else "ORTH")
        table = _HashTable(nlp, index, lower=lower, every_length=True, abbreviations=True)
        found = 0
        for doc in nlp.tokenizer.pipe(texts):
            hashes = doc.to_array([LOWER if lower else ORTH]).reshape(-1).tolist()
            old = sorted((s, e, tuple(map(id, keys[k]))) for k, s, e in matcher(doc))
            new = sorted((span.start, span.end, tuple(map(id, entries))) for span, entries in table.find(doc, hashes))
            assert new == old, doc.text
            found += len(new)
        assert found > 100  # the texts do name actors: the comparison is not of two empty lists
