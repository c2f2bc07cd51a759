"""The ``eventwire`` command: thin click commands over one library call each.

Commands live in modules by what they do (``_ingest``, ``_query``, ``_outputs``, ``_spark``,
``_evaluate``); importing them registers them on the one ``main`` group.
"""

from __future__ import annotations

from ._startup import install as _install_startup

_install_startup()  # before any command imports spaCy: see _startup

from . import _evaluate, _ingest, _outputs, _query, _serve, _spark  # noqa: F401  (register the commands)
from ._app import EXIT_BROKEN_PIPE, EXIT_REJECTED, main

__all__ = ["EXIT_BROKEN_PIPE", "EXIT_REJECTED", "main"]

