"""Compiled twins of pure modules: used only when built from the very source that is running.

``scripts/build_accel.py`` (run by ``make install`` and ``make install-dev``)
compiles a few hot modules with mypyc, each under a twin name beside it
(``induce.py`` → ``_induce_accel``), and writes beside the twin the SHA-256
of the source it was built from (``_induce_accel.sha256``); the twin holds the
same hash as ``ACCEL_SOURCE_SHA256``. A pure module ends by calling
:func:`adopt`: when a twin is there and both hashes equal the hash of the
module's own file, the twin's names replace the module's, so every caller
runs the compiled code; otherwise the pure code runs. Why the hash: a
compiled twin of an older source would otherwise go on running after the
``.py`` file was edited, and nothing would show it.

``EVENTWIRE_PURE_PYTHON=1`` keeps every module pure.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import logging
import os
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

TWIN_SUFFIX = "_accel"
HASH_NAME = "ACCEL_SOURCE_SHA256"


def twin_name(module: str) -> str:
    """``eventwire.ingest.forum.induce`` → ``eventwire.ingest.forum._induce_accel``."""
    package, _, stem = module.rpartition(".")
    return f"{package}._{stem}{TWIN_SUFFIX}" if package else f"_{stem}{TWIN_SUFFIX}"


def source_hash(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def compiled_twin(module: str, source: str | None) -> ModuleType | None:
    """The compiled twin of ``module`` (whose source file is ``source``), or None when it must not or cannot run."""
    if module.endswith(TWIN_SUFFIX) or not source or not source.endswith(".py"):
        return None  # the twin itself (or a module not run from its source file)
    if os.environ.get("EVENTWIRE_PURE_PYTHON", "") not in ("", "0"):
        return None
    name = twin_name(module)
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        log.debug("%s: no compiled twin built, running the pure module", module)
        return None
    want = source_hash(source)
    # The hash written beside the twin is read before the twin is imported, so that
    # no code of a stale twin runs at all (not even its module body).
    stamp = Path(spec.origin).with_name(name.rpartition(".")[2] + ".sha256")
    built_from = stamp.read_text("ascii").strip() if stamp.exists() else ""
    if built_from != want:
        log.debug("%s: compiled twin built from another source (%s), running the pure module", module, built_from[:12] or "no hash")
        return None
    try:
        twin = importlib.import_module(name)
    except ImportError as exc:  # built for another interpreter, a missing runtime library …
        log.debug("%s: compiled twin does not load (%s), running the pure module", module, exc)
        return None
    if getattr(twin, HASH_NAME, None) != want:
        log.debug("%s: compiled twin's own hash differs from the source's, running the pure module", module)
        return None
    return twin


def adopt(namespace: dict[str, Any], module: str, source: str | None) -> str | None:
    """Replace the pure module's names (``namespace``: its ``globals()``) by its compiled twin's, when that may run.

    Returns the twin's name, or None (the pure code stays).
    """
    twin = compiled_twin(module, source)
    if twin is None:
        return None
    namespace.update({k: v for k, v in vars(twin).items() if not k.startswith("__")})
    return twin.__name__
