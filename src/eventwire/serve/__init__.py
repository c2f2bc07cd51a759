"""The analyst's workbench: ``eventwire serve``, web pages and a JSON API over the store.

    app = create_app(Workbench("eventwire.duckdb").open())   # a FastAPI app
    serve("eventwire.duckdb", host="127.0.0.1", port=8000)   # run it under uvicorn

It binds to 127.0.0.1 and opens the store read-only unless ingest is allowed
(``allow_ingest=True``, which prints a token that every write must carry). The
pages and the static report share their views (``eventwire.outputs.views``).
Every page and endpoint is described in docs/workbench.md.
"""

from __future__ import annotations

from ._app import CSP, create_app
from ._state import Workbench

__all__ = ["CSP", "Workbench", "create_app", "serve"]


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, allow_ingest: bool = False,
          writes_per_minute: int = 10, cache_size: int = 256, announce=print) -> None:
    """Open the store, build the app and run it under uvicorn until interrupted."""
    import uvicorn

    bench = Workbench(db, allow_ingest=allow_ingest, writes_per_minute=writes_per_minute, cache_size=cache_size).open()
    try:
        app = create_app(bench)
        announce(f"eventwire workbench on http://{host}:{port}/ over {db} ({'ingest on' if allow_ingest else 'read-only'})")
        if allow_ingest:
            announce(f"ingest token: {bench.token}")
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        bench.close()
