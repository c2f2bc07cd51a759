"""The document model: what every reader produces and every later stage consumes.

Structs are msgspec Structs: typed, cheap to build, picklable (worker processes,
Spark) and serialisable to JSON without glue code. Dates are ISO-8601 strings
(``YYYY-MM-DD`` or a full timestamp) so that they survive every export as they are.
"""

from __future__ import annotations

import hashlib
import re
from typing import Literal

import msgspec

DocumentKind = Literal["article", "forum_thread", "post", "feed_item"]


class Author(msgspec.Struct, kw_only=True):
    name: str | None = None
    rank: str | None = None
    joined: str | None = None
    messages: int | None = None
    reaction_score: int | None = None
    points: int | None = None
    country: str | None = None
    location: str | None = None
    profile_url: str | None = None


class Quote(msgspec.Struct, kw_only=True):
    """A quoted block inside a post, kept out of the post's own text."""

    author: str | None = None
    text: str = ""
    source: str | None = None


class RemovedPassage(msgspec.Struct, kw_only=True):
    """A passage dropped while cleaning a post.

    ``start``/``end`` are character offsets into the post's raw text (the decoded
    input with newlines normalised, or the text extracted from the post's HTML);
    ``duplicate_of`` is the offset of the copy that was kept, for duplicates.
    """

    start: int
    end: int
    text: str
    reason: str
    duplicate_of: int | None = None


class Post(msgspec.Struct, kw_only=True):
    id: str = ""
    position: int = 0
    author: Author = msgspec.field(default_factory=Author)
    published: str | None = None
    permalink: str | None = None
    text: str = ""
    quotes: list[Quote] = msgspec.field(default_factory=list)
    links: list[str] = msgspec.field(default_factory=list)
    removed_passages: list[RemovedPassage] = msgspec.field(default_factory=list)


class Document(msgspec.Struct, kw_only=True):
    id: str = ""
    url: str | None = None
    source_domain: str | None = None
    site_name: str | None = None
    title: str | None = None
    published: str | None = None
    fetched: str | None = None
    kind: DocumentKind = "post"
    language: str | None = None
    engine: str | None = None
    external_id: str | None = None
    input: str | None = None
    posts: list[Post] = msgspec.field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.posts if p.text)


_WS = re.compile(r"\s+")


def normalize_for_id(text: str) -> str:
    """Case- and whitespace-folded text, so re-saved copies of one input hash alike."""
    return _WS.sub(" ", text).strip().lower()


def stable_id(key: str, length: int = 16) -> str:
    """The one id hash of eventwire: the same key always gives the same id, in every process."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def actor_label(code: str | None, sector: str | None, name: str | None = None) -> str:
    """"USA GOV", or "USA GOV (Michael Pompeo)" with a name that says more than the code."""
    label = " ".join(x for x in (code, sector) if x) or "?"
    return f"{label} ({name})" if name and name != code else label


def finalize(doc: Document) -> Document:
    """Give a document its stable id and its posts theirs.

    The id hashes the URL and the normalised text: the same input read twice gets
    the same id (so storing it again adds nothing), an edited one a new id.
    """
    doc.id = stable_id(f"{doc.url or ''}\n{normalize_for_id(doc.text)}")
    for i, post in enumerate(doc.posts):
        post.position = i
        post.id = f"{doc.id}-{i}"
    return doc


def to_builtins(obj: msgspec.Struct) -> dict:
    return msgspec.to_builtins(obj)


class ActorRef(msgspec.Struct, kw_only=True):
    """One participant of an event, as written and as resolved.

    ``code`` is an ISO-3166 alpha-3 country code or an organisation code (UNO,
    NAT, IMG …); ``sector`` a CAMEO-style sector (GOV, MIL, REB …) or None for a
    whole country. ``start``/``end`` index the post's text. ``based_in`` keeps the
    country a group operates from apart from its home country.
    """

    text: str
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    kind: str | None = None
    start: int = 0
    end: int = 0
    based_in: str | None = None
    resolved_from: str | None = None  # how it was resolved: knowledge, title, text, pronoun, learned, implied, surname, residence

    @property
    def label(self) -> str:
        return actor_label(self.code, self.sector)


class Place(msgspec.Struct, kw_only=True):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"


class Event(msgspec.Struct, kw_only=True):
    id: str = ""
    document_id: str = ""
    post_id: str = ""
    sentence_index: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    cameo: str = ""
    cameo_root: str = ""
    cameo_name: str = ""
    plover_type: str = ""
    plover_mode: str = ""
    goldstein: float = 0.0
    quad_class: int = 0
    source: list[ActorRef] = msgspec.field(default_factory=list)
    target: list[ActorRef] = msgspec.field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    place: Place | None = None
    confidence: float = 0.0
    claim_id: str | None = None
    sourcing: str | None = None  # primary, secondary, anonymous or unattributed (from the claim's chain)
    chain: str | None = None  # the claim's chain, readable: "Asian Lite ← Intelligence sources (anonymous)"
    hedged: bool = False
    poster_rank: str | None = None
    poster_messages: int | None = None
    poster_reaction_score: int | None = None
    corroboration: int | None = None  # independent stories reporting it; filled by the deduplication stage


class Source(msgspec.Struct, kw_only=True):
    """One link of a claim's chain: who says so, and how they say it.

    ``kind`` is person, official, organization, government, media, document,
    social_post, anonymous or poster. ``start``/``end`` index the post's text
    (-1 when the source is not named in it: the poster, a publication taken from
    a link, "it was reported").
    """

    name: str
    kind: str
    code: str | None = None
    sector: str | None = None
    role: str | None = None
    anonymous: bool = False
    start: int = -1
    end: int = -1
    cue: str | None = None
    cue_start: int = -1
    cue_end: int = -1
    domain: str | None = None
    rating: float | None = None


class Claim(msgspec.Struct, kw_only=True):
    id: str = ""
    document_id: str = ""
    post_id: str = ""
    kind: str = "unattributed"  # direct, indirect, mixed, according_to, unattributed
    cue: str | None = None  # the outermost link's cue ("reported", "tweeted", ":"); each link keeps its own
    start: int = 0
    end: int = 0
    segments: list[list[int]] = msgspec.field(default_factory=list)
    text: str = ""
    chain: list[Source] = msgspec.field(default_factory=list)
    medium: str | None = None
    hedges: list[str] = msgspec.field(default_factory=list)
    confidence: float = 0.0
    posted_by: str | None = None

    def label(self) -> str:
        return " ← ".join(s.name + (f" ({s.kind})" if s.kind in ("anonymous", "document", "poster") else "") for s in self.chain)
