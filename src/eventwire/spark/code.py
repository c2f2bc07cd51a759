"""Coding on the executors: one eventwire pipeline per Python worker, documents in, table rows out.

``code_partition`` runs inside ``mapPartitions``. It loads the spaCy pipeline
once per worker process (``nlp.load`` caches it, and Spark reuses its Python
workers across tasks), codes the partition's documents with the same
``pipeline.analyze`` the local engine runs, and turns each ``Analysis`` into the
rows of every table — plus what the later stages need: the document's MinHash
signature and LSH band keys (stories) and, for each mention, the document-level
context the canonical clustering reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import NamedTuple

import msgspec

from ..events import canonical, stories
from ..model import Claim, Document, Event
from ..nlp import load, model_name
from ..pipeline import Analysis, analyze
from ..values import day_of, domain_of
from .tables import partition_day, row

__all__ = ["Coded", "MentionContext", "Settings", "code_partition"]


class Settings(NamedTuple):
    """What every executor needs to code like the local engine; sent with the task."""

    model: str | None
    date_override: date | None
    ratings: dict[str, float]
    coded_at: datetime  # one timestamp for the run: the store's coded_at and ingested_at


class MentionContext(NamedTuple):
    """One mention with everything canonical clustering reads about it, except its story."""

    key: tuple[str, str, str]
    event: Event
    claim: Claim | None
    sentence: str | None
    url: str | None
    seen: str
    domain: str | None
    poster: str | None
    day: date | None


class Coded(NamedTuple):
    """One document, coded: rows per table, and the inputs of story linking and canonical events."""

    document_id: str
    rows: dict[str, list[tuple]]
    mentions: list[MentionContext]


def code_partition(docs: Iterable[Document], settings: Settings) -> Iterator[Coded]:
    nlp = load(settings.model)
    name = model_name(settings.model)
    for result in analyze(docs, nlp=nlp, date_override=settings.date_override, ratings=settings.ratings):
        yield coded(result, settings, name)


def _first_post_value(doc: Document, attr: str):
    if not doc.posts:
        return None
    first = min(doc.posts, key=lambda p: p.position)
    if attr == "link":
        return first.links[0] if first.links else None
    return first.author.name


def coded(result: Analysis, settings: Settings, model: str) -> Coded:
    """The rows a document's analysis adds to each table, as the local engine's store would hold them."""
    doc = result.document
    day = partition_day(doc.published)
    ingested = settings.coded_at
    data = msgspec.to_builtins(doc)
    posts = data.pop("posts")
    rows: dict[str, list[tuple]] = {}
    rows["documents"] = [row({**data, "n_posts": len(posts), "ingested_at": ingested, "day": day}, "documents")]
    rows["posts"] = [row({**p, **{f"author_{k}": v for k, v in p["author"].items()}, "document_id": doc.id, "day": day}, "posts")
                     for p in posts]
    rows["sentences"] = [row({"document_id": d, "post_id": p, "sentence_index": i, "start": s, "end": e, "text": t, "day": day},
                             "sentences") for d, p, i, s, e, t in result.sentences]
    rows["claims"] = [row({**msgspec.to_builtins(c), "day": day}, "claims") for c in result.claims]
    rows["mentions"] = [row({**msgspec.to_builtins(e), "model": model, "coded_at": ingested, "day": day}, "mentions")
                        for e in result.events]
    rows["learned_roles"] = [row({"name": n, "code": c, "sector": s, "role": r, "document_id": doc.id, "date": doc.published,
                                  "day": day}, "learned_roles") for n, c, s, r in _first_per_key(result.learned_roles)]
    # the text the store signs: its posts' texts joined in order (aggregate._new_signatures)
    text = "\n".join(p.text for p in sorted(doc.posts, key=lambda p: p.position))
    sig = stories.signature(doc.id, text) if doc.posts else stories.Signature(doc.id, 0, [])
    rows["signatures"] = [row({"document_id": doc.id, "shingles": sig.shingles, "hashvalues": [int(v) for v in sig.hashvalues],
                               "day": day}, "signatures")] if doc.posts else []
    rows["bands"] = [(doc.id, band, key) for band, key in stories.band_keys(sig)]
    link, poster = _first_post_value(doc, "link"), _first_post_value(doc, "poster")
    seen = (doc.published or str(ingested) or "")[:19]
    # stories order their copies by date, else by when they were read (aggregate._write)
    rows["story_documents"] = [(doc.id, doc.url or link, poster, doc.published, doc.published or str(ingested), day)]
    claims = {c.id: c for c in result.claims}
    sentences = {(p, i): t for _, p, i, _, _, t in result.sentences}
    context = [MentionContext(canonical.mention_key(e), e, claims.get(e.claim_id or ""), sentences.get((e.post_id, e.sentence_index)),
                              doc.url, seen, doc.source_domain or domain_of(link), poster, day_of(doc.published))
               for e in result.events]
    return Coded(doc.id, rows, context)


def _first_per_key(roles: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """One role per (name, code, sector), the first taught: the store's key keeps the first it is given."""
    seen: dict[tuple[str, str, str], tuple[str, str, str, str]] = {}
    for role in roles:
        seen.setdefault(role[:3], role)
    return list(seen.values())
