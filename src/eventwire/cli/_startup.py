"""What the command line does before anything else: spaCy is imported without its own command line.

``import spacy`` runs ``from .cli.info import info`` (for ``spacy.info``), which imports
the whole ``spacy.cli`` package: every spaCy command, with typer, weasel, httpx and
their schemas, about 360 modules and 0.3 CPU s. eventwire never runs a spaCy command,
and ``analyze`` waits for that import before its first document, with one worker and
with two (the main process imports spaCy before it forks the workers). So while the
``eventwire`` command imports spaCy, ``spacy.cli`` and ``spacy.cli.info`` are stand-ins
that hold only a ``spacy.info`` which imports the real one when called; they are taken
out of ``sys.modules`` as soon as spaCy is imported, so a later ``import spacy.cli``
(or ``spacy.info()``) imports the real package. Nothing that loads or runs a pipeline
uses ``spacy.cli``. Only the command line does this (it owns its process); a program
that imports eventwire as a library imports spaCy as spaCy does.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence

__all__ = ["install"]

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args, **kwargs):
    """``spacy.info``: spaCy's own, imported when it is first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _stand_ins() -> dict[str, types.ModuleType]:
    package = types.ModuleType("spacy.cli", "Stands in for spaCy's command line while eventwire imports spaCy.")
    package.__path__ = []  # a package with no folder: nothing else can be imported from it meanwhile
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    package.info = info
    return {"spacy.cli": package, "spacy.cli.info": info}


class _Loader(importlib.abc.Loader):
    """spaCy's own loader, run with the stand-ins in ``sys.modules``."""

    def __init__(self, real: importlib.abc.Loader) -> None:
        self.real = real

    def create_module(self, spec):
        return self.real.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        module.__loader__ = module.__spec__.loader = self.real  # as if spaCy had been imported the usual way
        stand_ins = _stand_ins()
        for name, stand_in in stand_ins.items():
            sys.modules.setdefault(name, stand_in)
        try:
            self.real.exec_module(module)
        finally:
            for name, stand_in in stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]
            if module.__dict__.get("cli") is stand_ins["spacy.cli"]:
                del module.cli


class _Finder(importlib.abc.MetaPathFinder):
    """Finds ``spacy`` as the path finder does, with ``_Loader`` around its loader; once, then leaves."""

    def find_spec(self, name: str, path: Sequence[str] | None = None, target: types.ModuleType | None = None):
        if name != "spacy":
            return None
        _remove()
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _Loader(spec.loader)
        return spec


_FINDER = _Finder()


def _remove() -> None:
    if _FINDER in sys.meta_path:
        sys.meta_path.remove(_FINDER)


def install() -> None:
    """Import spaCy, when something first imports it, without ``spacy.cli`` (nothing if spaCy is imported already)."""
    if "spacy" not in sys.modules and _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
