"""The ``eventwire`` command: thin click commands over one library call each.

Commands live in modules by what they do (``_ingest``, ``_query``, ``_outputs``, ``_spark``,
``_evaluate``); importing them registers them on the one ``main`` group.
"""

from __future__ import annotations

from . import _evaluate, _ingest, _outputs, _query, _serve, _spark  # noqa: F401  (register the commands)
from ._app import EXIT_BROKEN_PIPE, EXIT_REJECTED, main

__all__ = ["EXIT_BROKEN_PIPE", "EXIT_REJECTED", "main"]

