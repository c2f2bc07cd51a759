"""The selection in a URL: the CLI's filters as query parameters, plus what only browsing has.

``?actor=PAK&dyad=PAK+USA&code=19&plover=ASSAULT&since=2020-01-01&until=2020-12-31&min_sources=2
&hide_anonymous=1&claim_kind=direct&doc=ID&q=airstrike&min_confidence=0.5&sort=date&order=desc&limit=50&cursor=…``

The same names serve the pages and the API, so a page's address is a query an
analyst can share, bookmark or send to ``/api/events``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import Query

from ..errors import UsageError
from ..store import CLAIM_KINDS, SORTS, Filters

__all__ = ["Selection", "selection"]

FILTER_KEYS = ("actor", "dyad", "code", "plover", "since", "until", "min_sources", "hide_anonymous", "claim_kind", "doc",
               "q", "min_confidence")


@dataclass(frozen=True)
class Selection:
    filters: Filters
    params: dict  # the filter parameters as given (for links that keep the selection)
    q: str | None
    min_confidence: float | None
    sort: str
    descending: bool
    cursor: str | None
    limit: int

    def query(self, **changes) -> str:
        """This selection's query string with some parameters changed (None removes one)."""
        values = {**self.params, "sort": self.sort, "order": "desc" if self.descending else "asc", **changes}
        return urlencode({k: v for k, v in values.items() if v not in (None, "", False)})


def _dyad(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [p for p in re.split(r"[\s,+/-]+", value.strip()) if p]
    if len(parts) != 2:
        raise UsageError(f"dyad {value!r} needs two actor codes", hint="For example: dyad=PAK+USA (or PAK,USA).")
    return parts[0], parts[1]


def _number(value: str | None, name: str, kind: type, low, high):
    """A number from a query parameter (a form sends empty fields as ""), within its range."""
    if value is None:
        return None
    try:
        number = kind(value)
    except ValueError:
        number = None
    if number is None or number != number or number < low or (high is not None and number > high):
        span = f"from {low} to {high}" if high is not None else f"{low} or more"
        raise UsageError(f"{name} {value!r} is not a number {span}", hint=f"Give {name} as a number {span}.")
    return number


def selection(
    actor: str | None = Query(None, description="Source or target code, optionally with a sector: PAK, 'USA GOV'."),
    dyad: str | None = Query(None, description="Two actor codes, either direction: 'PAK USA' or PAK,USA."),
    code: str | None = Query(None, description="CAMEO code prefix: 19, 042."),
    plover: str | None = Query(None, description="PLOVER type: ASSAULT, CONSULT, ..."),
    since: str | None = Query(None, description="Events on or after this date (YYYY-MM-DD)."),
    until: str | None = Query(None, description="Events on or before this date (YYYY-MM-DD)."),
    min_sources: str | None = Query(None, max_length=9, description="At least N independent stories."),
    hide_anonymous: bool = Query(False, description="Hide events whose only sourcing is anonymous."),
    claim_kind: str | None = Query(None, description="Only events reported in a claim of this kind: " + ", ".join(CLAIM_KINDS)),
    doc: str | None = Query(None, description="Only events reported in this document (id or prefix)."),
    q: str | None = Query(None, max_length=200, description="Text search in trigger, sentence, actor names, chains, place."),
    min_confidence: str | None = Query(None, max_length=12, description="Only events with a mention at least this confident (0 to 1)."),
    sort: str = Query("date", description="Sort by: " + ", ".join(SORTS)),
    order: str = Query("desc", pattern="^(asc|desc)$", description="asc or desc."),
    cursor: str | None = Query(None, max_length=400, description="The next_cursor of the previous page."),
    limit: int = Query(50, ge=1, le=500, description="Rows per page."),
) -> Selection:
    blank = lambda v: v if v not in ("", None) else None  # noqa: E731 (an empty form field is no filter)
    min_sources = _number(blank(min_sources), "min_sources", int, 0, None)
    min_confidence = _number(blank(min_confidence), "min_confidence", float, 0.0, 1.0)
    filters = Filters(actor=blank(actor), dyad=_dyad(dyad), code=blank(code), plover=blank(plover), since=blank(since),
                      until=blank(until), min_sources=min_sources, hide_anonymous=hide_anonymous,
                      claim_kind=blank(claim_kind), document_id=blank(doc))
    if sort not in SORTS:
        raise UsageError(f"sort {sort!r} is not a sort key", hint="Sort by one of: " + ", ".join(SORTS) + ".")
    params = {"actor": blank(actor), "dyad": blank(dyad), "code": blank(code), "plover": blank(plover), "since": blank(since),
              "until": blank(until), "min_sources": min_sources, "hide_anonymous": 1 if hide_anonymous else None,
              "claim_kind": blank(claim_kind), "doc": blank(doc), "q": blank(q), "min_confidence": min_confidence}
    return Selection(filters, params, blank(q), min_confidence, sort, order == "desc", blank(cursor), limit)
