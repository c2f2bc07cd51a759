"""The JSON API under /api: the CLI's --json records, paged with cursors, errors with eventwire codes.

A list answers ``{"items": [...], "next_cursor": "…" | null}``; pass
``cursor=<next_cursor>`` (with the same filters) for the next page. Rows carry
the field names of ``eventwire events --json`` (and ``--mentions``, ``claims``,
``actors``, ``dyad``, ``stats``).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, Form, Header, Query, Request, UploadFile

from ..errors import NotFoundError
from ..store import Filters
from ._ingest import run_ingest
from ._selection import Selection, selection
from ._state import Forbidden

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])


def _reader(request: Request):
    return request.app.state.bench.reader()


@router.get("/events", summary="Canonical events, filtered, sorted and paged")
def api_events(request: Request, sel: Selection = Depends(selection)) -> dict:
    page = _reader(request).events_page(sel.filters, q=sel.q, min_confidence=sel.min_confidence, sort=sel.sort,
                                        descending=sel.descending, cursor=sel.cursor, limit=sel.limit)
    return {"items": page.rows, "next_cursor": page.next_cursor}


@router.get("/events/{event_id}", summary="One canonical event with its mentions (sentence, document, claim)")
def api_event(request: Request, event_id: str) -> dict:
    reader = _reader(request)
    event = reader.event(event_id)
    mentions = reader.event_mentions(event_id)
    claims = reader.claims_by_id(sorted({m["claim_id"] for m in mentions if m["claim_id"]}))
    import msgspec

    return {**event, "mentions": mentions, "claims": [msgspec.to_builtins(c) for c in claims.values()]}


@router.get("/mentions", summary="Event mentions (one per trigger in a text), filtered and paged by id")
def api_mentions(request: Request, sel: Selection = Depends(selection)) -> dict:
    page = _reader(request).mentions_page(sel.filters, cursor=sel.cursor, limit=sel.limit)
    return {"items": page.rows, "next_cursor": page.next_cursor}


@router.get("/documents/{doc_id}", summary="One document (id, prefix or your own id) with posts, sentences and story copies")
def api_document(request: Request, doc_id: str) -> dict:
    import msgspec

    reader = _reader(request)
    doc = reader.store.get(doc_id)
    return {**msgspec.to_builtins(doc), "sentences": reader.document_sentences(doc.id), "story_copies": reader.story_copies(doc.id)}


@router.get("/claims", summary="Claims with their chains of sources, paged by id")
def api_claims(request: Request, doc: str | None = Query(None, description="Only this document's claims."),
               cursor: str | None = Query(None, max_length=400), limit: int = Query(50, ge=1, le=500)) -> dict:
    page = _reader(request).claims_page(document_id=doc or None, cursor=cursor, limit=limit)
    return {"items": page.rows, "next_cursor": page.next_cursor}


@router.get("/actors", summary="Actors seen in events, most mentioned first, with roles learned from the text")
def api_actors(request: Request, code: str | None = Query(None, max_length=3, description="Only this country or organisation code."),
               cursor: str | None = Query(None, max_length=400), limit: int = Query(50, ge=1, le=500)) -> dict:
    page = _reader(request).actors_page(code=code or None, cursor=cursor, limit=limit)
    return {"items": page.rows, "next_cursor": page.next_cursor}


@router.get("/dyads/{a}/{b}", summary="The cooperation–conflict trajectory of two actors (as `eventwire dyad --json`)")
def api_dyad(request: Request, a: str, b: str, by: str = Query("month", pattern="^(day|week|month|year)$"),
             sel: Selection = Depends(selection)) -> dict:
    pair = Filters(dyad=(a, b))  # checks the codes
    a, b = pair.dyad
    reader = _reader(request)
    return {"a": a, "b": b, "by": by, "trajectory": reader.trajectory(a, b, sel.filters, by=by),
            "events": reader.count_events_where(Filters(**{**_values(sel.filters), "dyad": (a, b)}))}


@router.get("/stats", summary="Store counts (as `eventwire stats --json`), and the selection's date range and counts")
def api_stats(request: Request, sel: Selection = Depends(selection)) -> dict:
    reader = _reader(request)
    first, last = reader.date_range(sel.filters)
    return {**reader.store.stats(), "selection": {**reader.scoped_counts(sel.filters), "first": first, "last": last,
                                                  "by_plover": dict(reader.counts_by("plover", sel.filters)),
                                                  "by_quad": dict(reader.counts_by("quad", sel.filters))}}


@router.post("/ingest", summary="Analyze pasted text, an uploaded file or a URL into the store (only with --allow-ingest)")
def api_ingest(request: Request, authorization: str | None = Header(None), text: str | None = Form(None),
               url: str | None = Form(None), date: str | None = Form(None), file: UploadFile | None = File(None)) -> dict:
    bench = request.app.state.bench
    if not bench.allow_ingest:
        raise NotFoundError("ingest is off on this server", hint="Start it with `eventwire serve --allow-ingest`.")
    token = (authorization or "").removeprefix("Bearer ").strip()
    if not bench.check_token(token):
        raise Forbidden("a valid ingest token is needed", hint="Send `Authorization: Bearer <token>` with the token "
                                                                 "`eventwire serve --allow-ingest` printed at start-up.")
    return run_ingest(bench, request.client.host if request.client else "?", text=text, url=url, date=date, upload=file)


def _values(filters: Filters) -> dict:
    return {k: getattr(filters, k) for k in filters.__dataclass_fields__}
