"""Doc extensions hold values that serialise, so that spaCy's own nlp.pipe(n_process=N) works (issue 13).

The texts are the team's own, with invented people.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventwire.claims import build_claims
from eventwire.model import Document, Post, finalize
from eventwire.nlp import load, to_events
from eventwire.nlp._pipeline import make_doc

TEXTS = [
    # a title teaches a role, a bare surname uses it; a pronoun; a date; a place
    "Norwegian Foreign Minister Ingrid Halvorsen met Swedish officials in Stockholm on Monday. "
    "Halvorsen later criticized the Danish government, and she said Oslo would send aid to Gaza.",
    # claims: a direct quote, an according-to, a chain
    '"We will not accept this," Halvorsen said. According to the ministry, talks will resume next week. '
    "Citing two diplomats, the newspaper reported that Sweden had recalled its ambassador.",
    # an event with an unnamed group, defaulted to the place's country
    "Police arrested protesters in Cairo after clashes near Tahrir Square last Friday.",
    "Rebels shelled Donetsk overnight, and Ukraine accused Russia of backing them.",
]
DAY = date(2024, 3, 11)


def _records(parsed: Doc, n: int) -> tuple:
    """What eventwire takes from a parsed Doc: its events, claims and the roles it taught, as records."""
    doc = finalize(Document(url=f"https://news.example.com/{n}", published=DAY.isoformat(), posts=[Post(text=parsed.text)]))
    return (to_events(parsed, doc, 0), build_claims(parsed, doc, doc.posts[0]),
            [tuple(r) for r in parsed._.learned_roles or []])


def test_a_coded_doc_goes_through_bytes_and_back_whole(nlp):
    for n, text in enumerate(TEXTS):
        parsed = nlp(make_doc(nlp, text, DAY))
        back = Doc(nlp.vocab).from_bytes(parsed.to_bytes())
        assert back._.doc_date == DAY
        assert back._.actors == parsed._.actors and back._.events == parsed._.events
        assert back._.claims == parsed._.claims and back._.actor_at == parsed._.actor_at
        assert _records(back, n) == _records(parsed, n)
    coded = [nlp(make_doc(nlp, t, DAY)) for t in TEXTS]
    assert any(d._.events for d in coded) and any(d._.claims for d in coded) and any(d._.learned_roles for d in coded)
    assert any(e.place is not None for d in coded for e in d._.events)  # a Place struct went through too
    assert any(e.date is not None for d in coded for e in d._.events)


@pytest.mark.slow
def test_spacy_n_process_gives_what_one_process_gives(nlp):
    docs = [make_doc(nlp, t, DAY) for t in TEXTS]
    one = [_records(d, n) for n, d in enumerate(nlp.pipe(docs, n_process=1))]
    docs = [make_doc(nlp, t, DAY) for t in TEXTS]
    two = [_records(d, n) for n, d in enumerate(nlp.pipe(docs, n_process=2, batch_size=1))]
    assert two == one
    assert sum(len(events) for events, _, _ in one) >= 4
