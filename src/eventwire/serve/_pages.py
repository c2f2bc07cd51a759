"""The workbench's pages: server-rendered HTML from Jinja2 templates with autoescape.

Overview → events → one event (its sentences and chains) → the document: any
event's sentence is three clicks from the front page, and every page's address
carries its selection.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from starlette.background import BackgroundTask

from ..errors import UsageError
from ..outputs import FORMATS, export, views
from ..store import CLAIM_KINDS, PLOVER_CHOICES, SORTS, Filters
from ._ingest import run_ingest
from ._selection import FILTER_KEYS, Selection, selection
from ._state import Forbidden

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
CSRF_COOKIE = "eventwire_csrf"
_DOWNLOAD_NAMES = {"gdelt": "events-gdelt.zip", "plover": "events-plover.json", "csv": "events.csv",
                   "jsonl": "events.jsonl", "parquet": "events.parquet"}


def _render(request: Request, name: str, **context) -> HTMLResponse:
    bench = request.app.state.bench
    page = request.app.state.templates.get_template(name).render(request=request, allow_ingest=bench.allow_ingest,
                                                                 db=Path(bench.db).name, **context)
    return HTMLResponse(page)


def _reader(request: Request):
    return request.app.state.bench.reader()


def _form_context(sel: Selection) -> dict:
    return {"sel": sel, "plover_choices": PLOVER_CHOICES, "claim_kinds": CLAIM_KINDS, "sorts": list(SORTS),
            "formats": FORMATS, "filter_keys": FILTER_KEYS}


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, sel: Selection = Depends(selection)):
    view = views.overview(_reader(request), sel.filters,
                          href_day=lambda d, end: "/events?" + sel.query(since=d, until=end, cursor=None),
                          href_place=lambda p: "/events?" + sel.query(q=p["name"], cursor=None))
    return _render(request, "overview.html", view=view, **_form_context(sel))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, sel: Selection = Depends(selection)):
    reader = _reader(request)
    page = reader.events_page(sel.filters, q=sel.q, min_confidence=sel.min_confidence, sort=sel.sort,
                              descending=sel.descending, cursor=sel.cursor, limit=sel.limit)
    total = reader.count_events_where(sel.filters, q=sel.q, min_confidence=sel.min_confidence)
    return _render(request, "events.html", rows=[views.event_row(e) for e in page.rows], next_cursor=page.next_cursor,
                   total=total, **_form_context(sel))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str):
    return _render(request, "event.html", view=views.event_view(_reader(request), event_id))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str):
    return _render(request, "document.html", view=views.document_view(_reader(request), doc_id))


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor(request: Request, code: str, cursor_source: str | None = None, cursor_target: str | None = None):
    code = Filters(actor=code).actor.split()[0]  # checks the code
    reader = _reader(request)
    as_source = reader.events_page(side=("source", code), cursor=cursor_source, limit=25)
    as_target = reader.events_page(side=("target", code), cursor=cursor_target, limit=25)
    return _render(request, "actor.html", code=code, records=reader.actors_page(code=code, limit=100).rows,
                   as_source=[views.event_row(e) for e in as_source.rows], next_source=as_source.next_cursor,
                   as_target=[views.event_row(e) for e in as_target.rows], next_target=as_target.next_cursor,
                   n_source=reader.count_events_where(side=("source", code)), n_target=reader.count_events_where(side=("target", code)),
                   dyads=reader.actor_dyads(code))


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(request: Request, a: str, b: str, by: str = "month", cursor: str | None = None):
    if by not in ("day", "week", "month", "year"):
        raise UsageError(f"by {by!r} is not a period", hint="Use day, week, month or year.")
    pair = Filters(dyad=(a, b))
    a, b = pair.dyad
    reader = _reader(request)
    traj = reader.trajectory(a, b, by=by)
    page = reader.events_page(pair, cursor=cursor, limit=50)
    return _render(request, "dyad.html", a=a, b=b, by=by, periods=traj, chart=views.trajectory_chart(traj),
                   rows=[views.event_row(e) for e in page.rows], next_cursor=page.next_cursor,
                   total=reader.count_events_where(pair), quads=views.QUADS)


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request):
    return _render(request, "sources.html", view=_reader(request).sources_table())


@router.get("/download")
def download(request: Request, format: str, sel: Selection = Depends(selection)):
    """The current selection in one export format, written to a private temporary folder and removed after sending."""
    if format not in FORMATS:
        raise UsageError(f"unknown export format {format!r}", hint=f"Use one of: {', '.join(FORMATS)}.")
    folder = Path(tempfile.mkdtemp(prefix="eventwire-download-"))
    cleanup = BackgroundTask(shutil.rmtree, folder, ignore_errors=True)
    name = _DOWNLOAD_NAMES[format]  # chosen here, never from the request: nothing can point outside the folder
    try:
        reader = _reader(request)
        if format == "gdelt":
            export(reader.store, format, folder / "gdelt", sel.filters)
            target = Path(shutil.make_archive(str(folder / "events-gdelt"), "zip", folder / "gdelt"))
        else:
            target = folder / name
            export(reader.store, format, target, sel.filters)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(target, filename=name, background=cleanup)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request):
    bench = request.app.state.bench
    csrf = secrets.token_urlsafe(24)
    response = _render(request, "ingest.html", csrf=csrf, enabled=bench.allow_ingest)
    response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict", path="/ingest")
    return response


@router.post("/ingest", response_class=HTMLResponse)
def ingest_submit(request: Request, csrf: str = Form(""), token: str = Form(""), text: str | None = Form(None),
                  url: str | None = Form(None), date: str | None = Form(None), file: UploadFile | None = File(None)):
    bench = request.app.state.bench
    if not bench.allow_ingest:
        raise Forbidden("ingest is off on this server", hint="Start it with `eventwire serve --allow-ingest`.")
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not secrets.compare_digest(cookie, csrf):
        raise Forbidden("the form is stale or came from another site", hint="Reload the ingest page and submit again.")
    if not bench.check_token(token):
        raise Forbidden("a valid ingest token is needed", hint="Enter the token `eventwire serve --allow-ingest` printed at start-up.")
    result = run_ingest(bench, request.client.host if request.client else "?", text=text, url=url, date=date,
                        upload=file if file is not None and file.filename else None)
    reader = _reader(request)
    found = []
    for doc_id in result["documents"]:
        found += [views.event_row(e) for e in reader.events_page(Filters(document_id=doc_id), limit=200).rows]
    return _render(request, "ingest_result.html", result=result, rows=found)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    return _render(request, "docs.html")


@router.get("/favicon.ico")
def favicon():
    return RedirectResponse("/static/favicon.svg")
