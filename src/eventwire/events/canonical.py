"""Canonical events: mentions of one event, from many reports, merged into one.

Mentions of the same event merge into one canonical event when they have the
same source and target countries and CAMEO root, dates within ``DATE_WINDOW``
of each other (every pair, widened by the slack of a week- or month-wide date),
and places in the same country (or no place). Each canonical
event counts, as GDELT does, its mentions, its sources (distinct publications or
posters) and its articles (distinct stories: copies of one article count once).

Corroboration is stricter: it counts *independent* stories. Two stories that
both rest on the same original source ("intelligence sources" quoted by two
outlets, or one outlet's report repeated by another) are one line of evidence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..model import Claim, Event, stable_id
from ..values import day_of
from . import stories as _stories

__all__ = ["DATE_SLACK", "DATE_WINDOW", "canonical_rows", "cluster_mentions", "independent_stories", "mention_key"]

DATE_WINDOW = 7  # days
# A date known only to the week ("last week") or the month is that much less exact.
DATE_SLACK = {"week": 6, "month": 30, "year": 365}


@dataclass
class _Cluster:
    key: tuple[str, str, str]
    mentions: list[Event] = field(default_factory=list)
    # The earliest date of each slack (days): mentions come in date order, so an event takes a
    # mention when the mention is within the window of these, and then of every later date too.
    earliest: dict[int, date] = field(default_factory=dict)
    country: str | None = None


def _first(actors, attr: str) -> str:
    return getattr(actors[0], attr) or "" if actors else ""


def mention_key(ev: Event) -> tuple[str, str, str]:
    """(source code, target code, CAMEO root): mentions merge only within one key, so keys can be clustered apart."""
    return (_first(ev.source, "code"), _first(ev.target, "code"), ev.cameo_root)


def _fits(cluster: _Cluster, day: date | None, slack: int, country: str | None) -> bool:
    if country and cluster.country and country != cluster.country:
        return False
    if day is None or not cluster.earliest:
        return True
    # Every date of the event, not just the nearest: "within a week of each other". Matching the
    # nearest one chained a busy dyad's reports week after week into one event spanning months,
    # and made every new report re-cluster that whole chain.
    return all((day - d).days <= DATE_WINDOW + max(slack, s) for s, d in cluster.earliest.items())


def cluster_mentions(mentions: list[Event], doc_dates: dict[str, date | None]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_key: dict[tuple, list[_Cluster]] = defaultdict(list)
    ordered = sorted(mentions, key=lambda e: (day_of(e.date) or doc_dates.get(e.document_id) or date.max, e.id))
    for ev in ordered:
        day = day_of(ev.date) or doc_dates.get(ev.document_id)
        slack = DATE_SLACK.get(ev.date_precision or "", 0) if ev.date else 0
        country = ev.place.country if ev.place else None
        home = next((c for c in by_key[mention_key(ev)] if _fits(c, day, slack, country)), None)
        if home is None:
            home = _Cluster(mention_key(ev))
            by_key[mention_key(ev)].append(home)
            clusters.append(home)
        home.mentions.append(ev)
        if day:
            home.earliest.setdefault(slack, day)
        home.country = home.country or country
    return clusters


def _origin(claim: Claim | None) -> str | None:
    """The original source a claim rests on: the innermost named, non-poster link."""
    if claim is None or claim.kind == "unattributed":
        return None
    named = [s for s in claim.chain if s.kind != "poster" and s.start >= 0]
    return named[-1].name.lower() if named else None


def _outlet(claim: Claim | None, domain: str | None, poster: str | None) -> str:
    """Who published the report: the outermost named source, else the link's publication, else the poster."""
    if claim is not None:
        for s in claim.chain:
            if s.kind in ("media", "poster") or s.start >= 0:
                if s.kind != "poster":
                    return s.name.lower()
    return (domain or poster or "unknown").lower()


def independent_stories(story_origins: dict[str, set[str]]) -> int:
    """Stories that share an original source are one line of evidence."""
    first_with: dict[str, str] = {}
    pairs = []
    for story, origins in story_origins.items():
        for origin in origins:
            pairs.append((story, first_with.setdefault(origin, story)))
    return len(set(_stories.components(list(story_origins), pairs).values()))


def _most_common(values: list):
    values = [v for v in values if v is not None]
    return Counter(values).most_common(1)[0][0] if values else None


def canonical_rows(clusters: list[_Cluster], ctx: dict) -> tuple[list[list], dict[str, tuple[str, int]]]:
    rows, assign = [], {}
    for cl in clusters:
        ms = cl.mentions
        first = ms[0]
        claims = [ctx["claims"].get(m.claim_id or "") for m in ms]
        stories_ = {ctx["story"].get(m.document_id, m.document_id) for m in ms}
        origins: dict[str, set[str]] = defaultdict(set)
        for m, c in zip(ms, claims):
            story = ctx["story"].get(m.document_id, m.document_id)
            origins[story].add(_origin(c) or f"story:{story}")
        outlets = {_outlet(c, ctx["domain"].get(m.document_id), ctx["poster"].get(m.document_id)) for m, c in zip(ms, claims)}
        seen = sorted(filter(None, (ctx["seen"].get(m.document_id) for m in ms)))
        corroboration = independent_stories(origins)
        event_id = stable_id("|".join(cl.key) + ms[0].id)
        for m in ms:
            assign[m.id] = (event_id, corroboration)
        places = {(m.place.name, m.place.country): m.place for m in ms if m.place}
        place = places.get(_most_common([(m.place.name, m.place.country) for m in ms if m.place]))
        dates = sorted(filter(None, (m.date for m in ms)))
        dates = sorted(m.date for m in ms if m.date and m.date_precision == "day") or dates  # the most exact first
        rows.append([
            event_id, _most_common([m.cameo for m in ms]), first.cameo_root, first.cameo_name, first.plover_type,
            first.plover_mode, float(np.mean([m.goldstein for m in ms])), first.quad_class,
            cl.key[0] or None, _first(first.source, "sector") or None, _first(first.source, "name") or _first(first.source, "text") or None,
            cl.key[1] or None, _first(first.target, "sector") or None, _first(first.target, "name") or _first(first.target, "text") or None,
            dates[0] if dates else None, seen[0] if seen else None, seen[-1] if seen else None,
            {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon, "kind": place.kind} if place else None,
            all(m.negated for m in ms), _most_common([m.modality for m in ms]),
            len(ms), len(outlets), len(stories_), corroboration,
            sorted({m.sourcing for m in ms if m.sourcing}), sorted({m.chain for m in ms if m.chain}),
            sorted({c.kind for c in claims if c is not None}), any(m.hedged for m in ms),
            ctx["url"].get(first.document_id), first.trigger, ctx["sentence"].get((first.post_id, first.sentence_index)),
        ])
    return rows, assign
