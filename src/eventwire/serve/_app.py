"""The FastAPI application: security headers, errors as eventwire codes, templates, static files.

Every response carries a Content-Security-Policy that allows scripts, styles and
images from this server only (no inline script, no remote load), so a scraped
``<script>`` that slipped past escaping still could not run. Errors are JSON for
``/api/`` paths and a page for the rest, always with eventwire's code and hint.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import EventwireError, NotFoundError, StoreBusyError, StoreError, UsageError
from ..outputs.views import TEMPLATES as SHARED_TEMPLATES
from ..outputs.views import safe_href
from ._state import Forbidden, RateLimited, Workbench

__all__ = ["create_app"]

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# Swagger UI sets inline styles on its widgets; its page alone may use them (still no inline script).
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


def _status(exc: EventwireError) -> int:
    if isinstance(exc, RateLimited):
        return 429
    if isinstance(exc, Forbidden):
        return 403
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, UsageError):
        return 400
    if isinstance(exc, (StoreBusyError, StoreError)):
        return 503
    return 500


def templates() -> Environment:
    env = Environment(loader=FileSystemLoader([str(HERE / "templates"), str(SHARED_TEMPLATES)]),
                      autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True, lstrip_blocks=True)
    env.filters["href"] = safe_href
    env.globals["qs"] = lambda **kw: urlencode({k: v for k, v in kw.items() if v not in (None, "", False)})
    return env


def create_app(bench: Workbench) -> FastAPI:
    from . import _api, _pages  # the routes, registered on the app below

    app = FastAPI(title="eventwire workbench", version="1", docs_url=None, redoc_url=None,
                  description="Read the eventwire store: events, mentions, documents, claims, actors, dyads. "
                              "Filters and field names are those of the CLI's --json.")
    app.state.bench = bench
    app.state.templates = templates()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        try:
            response = await _cached_call(request, call_next)
        except (StoreBusyError, StoreError) as exc:  # the file stayed with a writer too long, or went away
            response = error_response(request, 503, exc.code, exc.message,
                                      exc.hint, headers={"Retry-After": "5"})
        response.headers["Content-Security-Policy"] = CSP_DOCS if request.url.path == "/docs" else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def error_response(request: Request, status: int, code: str, message: str, hint: str | None, headers=None):
        body = {"error": {"code": code, "message": message, "hint": hint}}
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse(body, status_code=status, headers=headers)
        page = request.app.state.templates.get_template("error.html").render(status=status, error=body["error"], request=request)
        return HTMLResponse(page, status_code=status, headers=headers)

    @app.exception_handler(EventwireError)
    async def eventwire_error(request: Request, exc: EventwireError):
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited) else (
            {"Retry-After": "2"} if isinstance(exc, StoreBusyError) else None)
        return error_response(request, _status(exc), exc.code, exc.message, exc.hint, headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body"))
        return error_response(request, 400, UsageError.code, f"{where or 'request'}: {first.get('msg', 'invalid value')}",
                              "See /docs for the parameters this endpoint takes.")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = NotFoundError.code if exc.status_code == 404 else UsageError.code
        return error_response(request, exc.status_code, code, str(exc.detail),
                              "See /docs for the API, or / for the workbench." if exc.status_code == 404 else None)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.mount("/swagger", StaticFiles(directory=_swagger_dir()), name="swagger")
    app.include_router(_api.router)
    app.include_router(_pages.router)
    return app


_UNCACHED = ("/ingest", "/download", "/static/", "/swagger/", "/api/ingest")
_FILES = ("/static/", "/swagger/")  # served from the package, never from the store: no lease
_CACHE_MAX_BYTES = 1_000_000


async def _leased_call(request: Request, call_next, *, whole_body: bool = False):
    """Run the route while holding a lease on the store file (see ``Workbench.enter``).

    The body is read inside the lease when asked, so a streamed answer never reads a closed file.
    """
    bench = request.app.state.bench
    await run_in_threadpool(bench.enter)  # may wait for a writer's batch: off the event loop
    try:
        response = await call_next(request)
        if whole_body:
            return response, b"".join([chunk async for chunk in response.body_iterator])
        return response, None
    finally:
        bench.leave()


async def _cached_call(request: Request, call_next):
    """Answer a repeated GET from the workbench's cache (see ``Workbench.cached``); others go through."""
    bench = request.app.state.bench
    path = request.url.path
    if path.startswith(_FILES):
        return await call_next(request)
    if request.method != "GET" or not bench.cache_size or path.startswith(_UNCACHED):
        return (await _leased_call(request, call_next))[0]
    key = f"{request.headers.get('accept', '')[:40]}|{path}?{request.url.query}"
    hit = bench.cached(key)
    if hit is not None:
        body, status, media = hit
        return Response(body, status_code=status, media_type=media, headers={"X-Eventwire-Cache": "hit"})
    response, body = await _leased_call(request, call_next, whole_body=True)
    if response.status_code == 200 and len(body) <= _CACHE_MAX_BYTES:
        bench.remember(key, (body, response.status_code, response.headers.get("content-type")))
    return Response(body, status_code=response.status_code, headers={k: v for k, v in response.headers.items()
                                                                      if k.lower() != "content-length"})


def _swagger_dir() -> str:
    """Swagger UI's files from the installed swagger-ui-bundle package (served locally, never from a CDN)."""
    import swagger_ui_bundle

    return str(swagger_ui_bundle.swagger_ui_path)
