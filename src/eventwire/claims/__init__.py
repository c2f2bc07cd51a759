"""Claims: the attributions found in a post, as records with a chain of sources.

Explicit attributions come from the attribution component. Text no attribution
covers gets the document's default chain: a forum poster speaking in their own
voice is the source of their words; a post that pastes an article (its link on
a line of its own) passes on that publication's words, so the chain is poster →
publication; an article's default source is its publication.

Each event is linked to the innermost claim that contains its trigger, and takes
its sourcing signals from that claim's chain: primary when the last link is the
event's own actor speaking, anonymous when a link is anonymous, secondary
otherwise, unattributed when no one but the default chain stands behind it.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from ..errors import InputError
from ..model import Claim, Document, Event, Post, Source, stable_id
from ..nlp.attribution import ClaimSpan, SourceSpan, claims_of, hedges_in, lexicon
from ..values import domain_of

__all__ = ["build_claims", "default_chain", "link_events", "read_ratings", "resolve_pronouns", "sourcing", "to_source"]

_CONFIDENCE = {"direct": 0.9, "indirect": 0.8, "mixed": 0.8, "according_to": 0.75, "unattributed": 0.5}
_MEDIA_TAIL = re.compile(r"\s+(report|reports|story|article|website|newspaper|daily)$", re.I)


def read_ratings(path: str | Path) -> dict[str, float]:
    """``domain,score`` rows (score 0 to 1) → {domain: score}."""
    path = Path(path)
    try:
        rows = list(csv.DictReader(path.read_text("utf-8").splitlines()))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", hint="Give a CSV file with columns domain,score.") from exc
    ratings = {}
    for n, row in enumerate(rows, start=2):
        try:
            score = float(row["score"])
            domain = row["domain"].strip().lower().removeprefix("www.")
        except (KeyError, ValueError, AttributeError) as exc:
            raise InputError(f"{path} line {n}: needs a domain and a numeric score", hint="Columns: domain,score (0 to 1).") from exc
        if not 0 <= score <= 1:
            raise InputError(f"{path} line {n}: score {score} is outside 0..1", hint="Scores run from 0 (unreliable) to 1.")
        ratings[domain] = score
    return ratings


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _rating(name: str, domain: str | None, ratings: dict[str, float]) -> tuple[str | None, float | None]:
    if domain and domain in ratings:
        return domain, ratings[domain]
    key = _squash(re.sub(r"^the\s+", "", name, flags=re.I))
    for rated, score in ratings.items():
        if key and _squash(rated.split(".")[0]) == key:
            return rated, score
    return domain, None


def _source_name(src: SourceSpan) -> str:
    # "Islamabad, which blamed ...": the span is the relative pronoun, as annotators mark it, but a chain
    # read out of context names what the pronoun stands for (the attribution stage keeps it in ``name``).
    relative = src.text.lower() in lexicon()["not_source_words"]
    name = src.name if (src.kind in ("person", "official") or relative) and src.name else src.text
    if src.kind == "media":
        name = _MEDIA_TAIL.sub("", re.sub(r"^the\s+(?=[A-Z])", "", name))
    if src.kind != "media":  # "a leaked letter of ..." → "leaked letter of ...", but "The News International" stays
        name = re.sub(r"^(a|an|the)\s+", "", name, flags=re.I)
    name = re.sub(r"^[A-Z][\w.-]*-based\s+", "", name)  # "Pakistan-based The News International"
    return name or "unnamed source"


def to_source(src: SourceSpan, ratings: dict[str, float]) -> Source:
    name = _source_name(src)
    domain, rating = _rating(name, None, ratings) if src.kind == "media" else (None, None)
    return Source(name=name, kind=src.kind, code=src.code, sector=src.sector, role=src.text if src.text != name else None,
                  anonymous=src.anonymous, start=src.start, end=src.end, cue=src.cue or None,
                  cue_start=src.cue_start, cue_end=src.cue_end, domain=domain, rating=rating)


def pastes_article(post: Post) -> bool:
    """A link on a line of its own is how users mark a pasted article's source."""
    return any(r.reason == "link_line" for r in post.removed_passages)


def default_chain(doc: Document, post: Post, ratings: dict[str, float]) -> list[Source]:
    chain: list[Source] = []
    if post.author.name and doc.kind in ("post", "forum_thread"):
        chain.append(Source(name=post.author.name, kind="poster", role=post.author.rank))
        if pastes_article(post) and post.links:
            domain = domain_of(post.links[0])
            if domain:
                chain.append(Source(name=domain, kind="media", domain=domain, rating=ratings.get(domain), role="from the link"))
    else:
        name = doc.site_name or doc.source_domain
        if name:
            chain.append(Source(name=name, kind="media", domain=doc.source_domain, rating=ratings.get(doc.source_domain or "")))
        elif post.author.name:
            chain.append(Source(name=post.author.name, kind="person"))
    return chain


def _claim_id(post_id: str, start: int, end: int, kind: str) -> str:
    return stable_id(f"{post_id}:{start}:{end}:{kind}")


def build_claims(parsed, doc: Document, post: Post, ratings: dict[str, float] | None = None,
                 sentences: list[tuple[int, int, int]] | None = None) -> list[Claim]:
    """The post's claims: its explicit attributions, and one unattributed claim per sentence left over.
    ``sentences``: the post's sentences as (first token, start char, end char), when the caller has them."""
    ratings = ratings or {}
    text = post.text
    claims: list[Claim] = []
    for span in claims_of(parsed) or []:
        claims.append(_explicit(span, doc, post, text, ratings))
    _same_outlet_names(claims)
    resolve_pronouns(claims)
    covered = [(c.start, c.end) for c in claims]
    chain = default_chain(doc, post, ratings)
    if sentences is None:
        sentences = [(s.start, s.start_char, s.end_char) for s in parsed.sents]
    for _, start, end in sentences:
        if not text[start:end].strip() or _covered(start, end, covered) > 0.5:
            continue  # mostly someone's reported words already
        # A sentence whose attribution covers only part of it ("... a step that led the latter to approve the
        # return of engineers") still has words of its own: they keep the document's chain, and an event outside
        # the attribution's content links to them (the innermost claim), not to the attribution.
        hedges = hedges_in(text[start:end])
        claims.append(Claim(id=_claim_id(post.id, start, end, "unattributed"), document_id=doc.id, post_id=post.id,
                            kind="unattributed", start=start, end=end, segments=[[start, end]], text=text[start:end].strip(),
                            chain=chain, hedges=hedges, confidence=_confidence("unattributed", hedges),
                            posted_by=post.author.name))
    return sorted(claims, key=lambda c: (c.start, -c.end))


def _same_outlet_names(claims: list[Claim]) -> None:
    """"The Asian Lite report" and "Asian Lite reported" are one outlet: use the shorter name."""
    names = {s.name for c in claims for s in c.chain if s.kind == "media"}
    for c in claims:
        for s in c.chain:
            if s.kind == "media" and s.name.startswith("The ") and s.name[4:] in names:
                s.name = s.name[4:]


_PERSON_KINDS = ("person", "official")
_GROUP_KINDS = ("organization", "government", "media")


def _has_name(text: str) -> bool:
    """Whether a source phrase names someone: a capitalised word after its first. "Person" is the
    kind of any source nothing else fits, so "the water board said" is one too, but no "he"."""
    return any(w[:1].isupper() for w in text.split()[1:]) or (len(text.split()) == 1 and text[:1].isupper())


def resolve_pronouns(claims: list[Claim]) -> None:
    """"He said" keeps its span, but the chain names whom "he" stands for: the last named
    speaker before it that fits (a person for he/she, a body for they/it). Analysts read
    chains out of context, where "he" says nothing."""
    pronouns = lexicon()["pronouns"]
    links = sorted((s for c in claims for s in c.chain if s.start >= 0), key=lambda s: s.start)
    last: dict[str, Source] = {}
    for src in links:
        group = pronouns.get(src.name.lower())
        if group is None:
            if src.kind in _PERSON_KINDS and (src.code or _has_name(src.name)):
                last["person"] = src
            elif src.kind in _GROUP_KINDS:
                last["group"] = src
            continue
        named = last.get(group)
        if named is None:
            continue
        src.role, src.name, src.kind = src.name, named.name, named.kind
        src.code, src.sector = src.code or named.code, src.sector or named.sector


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> float:
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return inside / max(end - start, 1)


def _confidence(kind: str, hedges: list[str]) -> float:
    return round(max(0.1, _CONFIDENCE[kind] - 0.2 * bool(hedges)), 2)


def _explicit(span: ClaimSpan, doc: Document, post: Post, text: str, ratings: dict[str, float]) -> Claim:
    content = " … ".join(text[s:e] for s, e in span.segments)
    sentence_hedges = hedges_in(content)
    return Claim(
        id=_claim_id(post.id, span.start, span.end, span.kind), document_id=doc.id, post_id=post.id, kind=span.kind,
        start=span.start, end=span.end, segments=[[s, e] for s, e in span.segments], text=content,
        cue=next((s.cue for s in span.chain if s.cue), None),
        chain=[to_source(s, ratings) for s in span.chain], medium=span.medium, hedges=sentence_hedges,
        confidence=_confidence(span.kind, sentence_hedges), posted_by=post.author.name,
    )


def _innermost(claims: list[Claim], offset: int) -> Claim | None:
    holding = [c for c in claims if any(s <= offset < e for s, e in c.segments)]
    if holding:
        return min(holding, key=lambda c: c.end - c.start)
    return None


def link_events(events: list[Event], claims: list[Claim], post: Post, text: str) -> None:
    """Give each event its claim and the sourcing signals of that claim's chain."""
    for ev in events:
        claim = _innermost(claims, ev.trigger_start)
        if claim is None:
            claim = next((c for c in claims if c.start <= ev.sentence_start < c.end or ev.sentence_start <= c.start < ev.sentence_end), None)
        ev.poster_rank, ev.poster_messages, ev.poster_reaction_score = (
            post.author.rank, post.author.messages, post.author.reaction_score)
        if claim is None:
            ev.sourcing = "unattributed"
            continue
        ev.claim_id, ev.chain = claim.id, claim.label() or None
        if claim.segments == [[ev.sentence_start, ev.sentence_end]]:
            ev.hedged = bool(claim.hedges)  # a claim of just the sentence: its hedges are the sentence's, found once
        else:
            ev.hedged = bool(claim.hedges) or bool(hedges_in(text[ev.sentence_start : ev.sentence_end]))
        ev.sourcing = sourcing(claim, ev)


def sourcing(claim: Claim, ev: Event) -> str:
    named = [s for s in claim.chain if s.kind != "poster"]
    if claim.kind == "unattributed":
        return "unattributed"
    if any(s.anonymous for s in named):
        return "anonymous"
    speaker = named[-1] if named else None
    if speaker is not None and speaker.code and any(a.code == speaker.code and (not a.sector or not speaker.sector or a.sector == speaker.sector)
                                                    for a in ev.source):
        return "primary"
    return "secondary"
