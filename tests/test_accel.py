"""Compiled twins of pure modules (scripts/build_accel.py, eventwire.ingest._accel): adopted only when built from the running source, and reading exactly as the pure code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from eventwire.ingest import _accel, _dom
from eventwire.ingest.forum import induce

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def _package(tmp_path: Path, source: str, twin: str | None, stamp: str | None) -> Path:
    """A package ``accelpkg`` with ``mod.py`` and, when given, a twin ``_mod_accel.py`` and its hash file."""
    pkg = tmp_path / "accelpkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "mod.py").write_text(source)
    if twin is not None:
        (pkg / "_mod_accel.py").write_text(twin)
    if stamp is not None:
        (pkg / "_mod_accel.sha256").write_text(stamp + "\n")
    return pkg


@pytest.fixture
def fresh_modules(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("EVENTWIRE_PURE_PYTHON", raising=False)
    yield
    for name in [n for n in sys.modules if n == "accelpkg" or n.startswith("accelpkg.")]:
        del sys.modules[name]


def _twin_source(digest: str, marker: Path) -> str:
    # The twin's body leaves a file behind: a stale twin must not run at all.
    return f"from pathlib import Path\nPath({str(marker)!r}).write_text('ran')\nVALUE = 'twin'\nACCEL_SOURCE_SHA256 = {digest!r}\n"


def test_twin_of_the_running_source_is_adopted(tmp_path, fresh_modules):
    source = "VALUE = 'pure'\n"
    pkg = _package(tmp_path, source, None, None)
    digest = _accel.source_hash(pkg / "mod.py")
    marker = tmp_path / "ran"
    (pkg / "_mod_accel.py").write_text(_twin_source(digest, marker))
    (pkg / "_mod_accel.sha256").write_text(digest + "\n")
    namespace = {"VALUE": "pure"}
    assert _accel.adopt(namespace, "accelpkg.mod", str(pkg / "mod.py")) == "accelpkg._mod_accel"
    assert namespace["VALUE"] == "twin" and marker.exists()


def test_stale_twin_never_runs(tmp_path, fresh_modules):
    """A twin built from another source (the .py edited since) is not imported: the pure module runs."""
    pkg = _package(tmp_path, "VALUE = 'pure'\n", None, None)
    old = _accel.source_hash(pkg / "mod.py")
    marker = tmp_path / "ran"
    (pkg / "_mod_accel.py").write_text(_twin_source(old, marker))
    (pkg / "_mod_accel.sha256").write_text(old + "\n")
    (pkg / "mod.py").write_text("VALUE = 'pure, edited'\n")
    namespace = {"VALUE": "pure, edited"}
    assert _accel.adopt(namespace, "accelpkg.mod", str(pkg / "mod.py")) is None
    assert namespace["VALUE"] == "pure, edited"
    assert not marker.exists() and "accelpkg._mod_accel" not in sys.modules


def test_twin_whose_own_hash_differs_is_refused(tmp_path, fresh_modules):
    """The hash file says current, the compiled module itself was built from something else: refused."""
    pkg = _package(tmp_path, "VALUE = 'pure'\n", None, None)
    digest = _accel.source_hash(pkg / "mod.py")
    (pkg / "_mod_accel.py").write_text(_twin_source("0" * 64, tmp_path / "ran"))
    (pkg / "_mod_accel.sha256").write_text(digest + "\n")
    assert _accel.compiled_twin("accelpkg.mod", str(pkg / "mod.py")) is None


def test_no_twin_no_hash_or_pure_switch_keep_the_pure_module(tmp_path, fresh_modules, monkeypatch):
    pkg = _package(tmp_path, "VALUE = 'pure'\n", None, None)
    assert _accel.compiled_twin("accelpkg.mod", str(pkg / "mod.py")) is None  # nothing built
    digest = _accel.source_hash(pkg / "mod.py")
    (pkg / "_mod_accel.py").write_text(_twin_source(digest, tmp_path / "ran"))
    assert _accel.compiled_twin("accelpkg.mod", str(pkg / "mod.py")) is None  # built, hash file missing
    (pkg / "_mod_accel.sha256").write_text(digest + "\n")
    monkeypatch.setenv("EVENTWIRE_PURE_PYTHON", "1")
    assert _accel.compiled_twin("accelpkg.mod", str(pkg / "mod.py")) is None
    monkeypatch.setenv("EVENTWIRE_PURE_PYTHON", "0")
    assert _accel.compiled_twin("accelpkg.mod", str(pkg / "mod.py")) is not None
    # The twin itself never looks for a twin of its own.
    assert _accel.compiled_twin("accelpkg._mod_accel", str(pkg / "_mod_accel.py")) is None


@pytest.mark.parametrize("module", [induce, _dom], ids=["induce", "_dom"])
def test_installed_modules_run_their_twin_only_when_current(module):
    """What the package runs follows the hash file beside the source: the twin when it matches the .py, else pure."""
    source = Path(module.__file__)
    assert source.suffix == ".py"  # the pure module is always what is imported; it may adopt its twin
    stamp = source.with_name(_accel.twin_name(module.__name__).rpartition(".")[2] + ".sha256")
    current = stamp.exists() and stamp.read_text("ascii").strip() == _accel.source_hash(source)
    if os.environ.get("EVENTWIRE_PURE_PYTHON", "") not in ("", "0") or not current:
        assert module.COMPILED is None
    else:
        assert module.COMPILED == _accel.twin_name(module.__name__)
        assert type(module.node_text if module is _dom else module.href_shape).__name__ != "function"  # compiled, not Python


_DUMP = r"""
import json, sys
from pathlib import Path
import msgspec
from eventwire.ingest.html import read_html
from eventwire.ingest import _dom
from eventwire.ingest.forum import induce
out = {"compiled": [induce.COMPILED, _dom.COMPILED]}
for name, html, url in json.loads(sys.stdin.read()):
    for engines in (True, False):
        out[f"{name} {engines}"] = msgspec.json.decode(msgspec.json.encode(read_html(html, url=url, engines=engines)))
print(json.dumps(out))
"""


def _fixture_pages() -> list[tuple[str, str, str | None]]:
    pages = []
    for folder in ("forums_wild", "forums", "articles_wild", "articles"):
        for page in sorted((FIXTURES / folder).glob("*.html")):
            url = None
            for side in (page.with_name(page.stem + ".gold.json"), page.with_name(page.stem + ".expected.json")):
                if side.exists() and isinstance(meta := json.loads(side.read_text("utf-8")), dict):
                    url = meta.get("base_url") or meta.get("url")
            pages.append((f"{folder}/{page.name}", page.read_bytes().decode("utf-8", errors="replace"), url))
    return pages


def _read_all(pages: list) -> tuple[dict, dict]:
    """Every page read by the compiled and by the pure modules, each in a process of its own (run side by side)."""
    procs = []
    for pure in (False, True):
        env = dict(os.environ, EVENTWIRE_PURE_PYTHON="1" if pure else "0")
        procs.append(subprocess.Popen([sys.executable, "-c", _DUMP], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT))
    outs = [proc.communicate(json.dumps(pages))[0] for proc in procs]
    assert all(proc.returncode == 0 for proc in procs)
    return json.loads(outs[0]), json.loads(outs[1])


@pytest.mark.skipif(induce.COMPILED is None or _dom.COMPILED is None, reason="compiled twins not in use: not built from the current sources (make accel), or EVENTWIRE_PURE_PYTHON set")
def test_compiled_and_pure_read_every_fixture_alike():
    """Every forum and article fixture, engines on and off: the same Document from the compiled and the pure modules."""
    pages = _fixture_pages()
    assert len(pages) >= 40
    compiled, pure = _read_all(pages)
    assert compiled.pop("compiled") == [induce.COMPILED, _dom.COMPILED] and pure.pop("compiled") == [None, None]
    assert compiled.keys() == pure.keys()
    for key in compiled:
        assert compiled[key] == pure[key], key
    assert sum(1 for doc in pure.values() if doc.get("posts")) >= 20  # threads were read, not only articles

