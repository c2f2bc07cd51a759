"""Canonical events on Spark: the mentions grouped by key, each group clustered by ``events.canonical``.

Mentions merge only when they share a key (source code, target code, CAMEO
root), and the clustering of one key never looks at another key's mentions. So
grouping the mentions by key and running the local engine's own
``cluster_mentions`` and ``canonical_rows`` on each group gives the same
canonical events, with the same ids and counts, as one run over everything.
Each mention travels with the document context the clustering reads (its
claim, sentence, URL, publication, poster, date); only its story is looked up
here, from the story linking before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..events import canonical
from .code import MentionContext
from .stories import story_of
from .tables import SCHEMAS, partition_day, row

__all__ = ["cluster_group"]

_EVENT_COLUMNS = [f.name for f in SCHEMAS["events"].fields]


def cluster_group(group: tuple[tuple[str, str, str], Iterable[MentionContext]], grouped: dict[str, str]) -> Iterator[tuple]:
    """("event", row) for each canonical event of one key, and ("assign", (mention, event, corroboration)) per mention."""
    _, items = group
    items = list(items)
    ctx: dict[str, dict] = {"story": {}, "claims": {}, "url": {}, "seen": {}, "domain": {}, "poster": {}, "sentence": {}}
    dates = {}
    for m in items:
        doc = m.event.document_id
        ctx["story"][doc] = story_of(doc, grouped)
        ctx["url"][doc], ctx["seen"][doc], ctx["domain"][doc], ctx["poster"][doc] = m.url, m.seen, m.domain, m.poster
        ctx["sentence"][(m.event.post_id, m.event.sentence_index)] = m.sentence
        if m.claim is not None:
            ctx["claims"][m.claim.id] = m.claim
        dates[doc] = m.day
    rows, assign = canonical.canonical_rows(canonical.cluster_mentions([m.event for m in items], dates), ctx)
    for values in rows:
        record = dict(zip(_EVENT_COLUMNS, values))
        record["day"] = partition_day(record["date"] or record["first_seen"])
        yield ("event", row(record, "events"))
    for mention, (event_id, corroboration) in assign.items():
        yield ("assign", (mention, event_id, corroboration))
