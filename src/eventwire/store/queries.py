"""What to select from the store: one ``Filters`` for canonical events and for mentions.

``events``, ``events --mentions``, ``export``, ``report`` and the workbench all
select with the same filters, so an option means the same thing everywhere. A
filter is turned into SQL for each table it is asked about; a value that makes
no sense (a date that is not a date, an unknown PLOVER type) is a UsageError
with a hint, never an empty result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date

from ..errors import UsageError

__all__ = ["Filters", "CLAIM_KINDS", "PLOVER_CHOICES"]

CLAIM_KINDS = ("direct", "indirect", "mixed", "according_to", "unattributed")
PLOVER_CHOICES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT",
)
_CODE = re.compile(r"^\d{2,4}$")
_ACTOR = re.compile(r"^[A-Z]{3}( [A-Z]{3})?$")

# The event's date, else when it was first reported: what --since/--until compare.
_EVENT_DAY = "coalesce(date, first_seen)"
_MENTION_DAY = "coalesce(m.date, (SELECT d.published FROM documents d WHERE d.id = m.document_id))"


def _check_day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date", hint=f"Give {option} as YYYY-MM-DD, e.g. 2020-01-09.") from None


@dataclass(frozen=True)
class Filters:
    """A selection of events; every field is optional and they combine with AND."""

    actor: str | None = None  # source or target code, with an optional sector: "PAK", "USA GOV"
    dyad: tuple[str, str] | None = None  # events between two actors, either direction
    code: str | None = None  # CAMEO code prefix
    plover: str | None = None  # PLOVER type
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    min_sources: int | None = None  # at least this many independent stories
    hide_anonymous: bool = False  # hide events whose only sourcing is anonymous
    claim_kind: str | None = None  # only events reported in a claim of this kind
    document_id: str | None = None  # only events reported in this document (full id)

    def __post_init__(self) -> None:
        set_ = lambda name, value: object.__setattr__(self, name, value)  # noqa: E731 (frozen dataclass)
        if self.actor is not None:
            actor = " ".join(self.actor.upper().split())
            if not _ACTOR.match(actor):
                raise UsageError(f"--actor {self.actor!r} is not an actor code",
                                 hint="Give a country or organisation code, optionally with a sector: PAK, 'USA GOV', UNO.")
            set_("actor", actor)
        if self.dyad is not None:
            a, b = (x.strip().upper() for x in self.dyad)
            if not (re.match(r"^[A-Z]{3}$", a) and re.match(r"^[A-Z]{3}$", b)):
                raise UsageError(f"--dyad {' '.join(self.dyad)!r} needs two actor codes", hint="For example: --dyad PAK USA.")
            set_("dyad", (a, b))
        if self.code is not None and not _CODE.match(self.code.strip()):
            raise UsageError(f"--code {self.code!r} is not a CAMEO code", hint="Give 2 to 4 digits: 19, 042, 1951.")
        if self.plover is not None:
            plover = self.plover.strip().upper()
            if plover not in PLOVER_CHOICES:
                raise UsageError(f"--plover {self.plover!r} is not a PLOVER type", hint="One of: " + ", ".join(PLOVER_CHOICES) + ".")
            set_("plover", plover)
        set_("since", _check_day(self.since, "--since"))
        set_("until", _check_day(self.until, "--until"))
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}", hint="Swap the two dates.")
        if self.min_sources is not None and self.min_sources < 0:
            raise UsageError("--min-sources must be 0 or more", hint="For example: --min-sources 2.")
        if self.claim_kind is not None and self.claim_kind not in CLAIM_KINDS:
            raise UsageError(f"--claim-kind {self.claim_kind!r} is not a claim kind", hint="One of: " + ", ".join(CLAIM_KINDS) + ".")

    def with_document(self, document_id: str | None) -> Filters:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["document_id"] = document_id
        return Filters(**values)

    # -- SQL -----------------------------------------------------------------------------
    def events_where(self) -> tuple[str, list]:
        """A WHERE clause over the canonical ``events`` table."""
        where, params = [], []
        if self.actor:
            where.append("(source_code || coalesce(' ' || source_sector, '') LIKE ? || '%' OR "
                         "target_code || coalesce(' ' || target_sector, '') LIKE ? || '%')")
            params += [self.actor] * 2
        if self.dyad:
            a, b = self.dyad
            where.append("((source_code = ? AND target_code = ?) OR (source_code = ? AND target_code = ?))")
            params += [a, b, b, a]
        if self.code:
            where.append("cameo LIKE ? || '%'")
            params.append(self.code)
        if self.plover:
            where.append("coalesce(nullif(plover_type, ''), CASE WHEN cameo_root = '01' THEN 'STATEMENT' END) = ?")
            params.append(self.plover)
        if self.since:
            where.append(f"substr({_EVENT_DAY}, 1, 10) >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"substr({_EVENT_DAY}, 1, 10) <= ?")
            params.append(self.until)
        if self.min_sources:
            where.append("corroboration >= ?")
            params.append(self.min_sources)
        if self.hide_anonymous:
            where.append("NOT list_contains(sourcing, 'anonymous') OR len(sourcing) > 1")
        if self.claim_kind:
            where.append("list_contains(claim_kinds, ?)")
            params.append(self.claim_kind)
        if self.document_id:
            where.append("id IN (SELECT event_id FROM mentions WHERE document_id = ?)")
            params.append(self.document_id)
        return _join(where), params

    def mentions_where(self) -> tuple[str, list]:
        """A WHERE clause over ``mentions m``: the same selection, mention by mention."""
        where, params = [], []
        if self.actor:
            where.append("len(list_filter(m.source || m.target, lambda a: (a.code || coalesce(' ' || a.sector, '')) LIKE ? || '%')) > 0")
            params.append(self.actor)
        if self.dyad:
            a, b = self.dyad
            side = "len(list_filter(m.{}, lambda x: x.code = ?)) > 0"
            where.append(f"(({side.format('source')} AND {side.format('target')}) OR ({side.format('source')} AND {side.format('target')}))")
            params += [a, b, b, a]
        if self.code:
            where.append("m.cameo LIKE ? || '%'")
            params.append(self.code)
        if self.plover:
            where.append("coalesce(nullif(m.plover_type, ''), CASE WHEN m.cameo_root = '01' THEN 'STATEMENT' END) = ?")
            params.append(self.plover)
        if self.since:
            where.append(f"substr({_MENTION_DAY}, 1, 10) >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"substr({_MENTION_DAY}, 1, 10) <= ?")
            params.append(self.until)
        if self.min_sources:
            where.append("m.event_id IN (SELECT id FROM events WHERE corroboration >= ?)")
            params.append(self.min_sources)
        if self.hide_anonymous:
            where.append("coalesce(m.sourcing, '') <> 'anonymous'")
        if self.claim_kind:
            where.append("m.claim_id IN (SELECT id FROM claims WHERE kind = ?)")
            params.append(self.claim_kind)
        if self.document_id:
            where.append("m.document_id = ?")
            params.append(self.document_id)
        return _join(where), params


def _join(where: list[str]) -> str:
    return (" WHERE " + " AND ".join(f"({w})" for w in where)) if where else ""
