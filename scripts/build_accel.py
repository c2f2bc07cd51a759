"""Compile the hot pure modules with mypyc into twins beside them (optional: the pure modules stay the reference).

Usage::

    python scripts/build_accel.py            # build (run by make install / make install-dev)
    python scripts/build_accel.py --clean    # remove every built twin

For each module in ``MODULES`` (``induce.py``), the source is copied under
its twin's name (``_induce_accel.py``) into a temporary copy of the package,
with the SHA-256 of the source appended as ``ACCEL_SOURCE_SHA256``, and
compiled there by mypyc; the built extension files and a ``.sha256`` file
holding the same hash are copied beside the source. At run time the pure
module adopts its twin only when both hashes equal its own file's (see
``eventwire.ingest._accel``): editing a ``.py`` file sends it back to pure
Python until this script runs again.

Why mypyc: it compiles the typed Python as it is (no second source) and
turns the typed list, dict and int operations of the record search into C
calls; see docs/extraction.md ("Ninth round").

Never fails an install: without mypyc or a C compiler, or when a module
does not compile, it says so and exits 0 (the pure modules run).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
# Paths under src/. Record induction and the DOM helpers hold the forum reader's per-node Python work.
MODULES = ("eventwire/ingest/forum/induce.py", "eventwire/ingest/_dom.py")
HASH_NAME = "ACCEL_SOURCE_SHA256"  # the same name as eventwire.ingest._accel.HASH_NAME


def twin_stem(source: Path) -> str:
    return f"_{source.stem}_accel"


def built_files(source: Path) -> list[Path]:
    """The twin's files beside ``source``: its extension modules and its hash file."""
    stem = twin_stem(source)
    return sorted(p for p in source.parent.iterdir() if p.name.startswith(stem + ".") or p.name.startswith(stem + "__mypyc."))


def clean() -> int:
    removed = 0
    for rel in MODULES:
        for path in built_files(SRC / rel):
            path.unlink()
            removed += 1
    print(f"build_accel: removed {removed} built file(s)")
    return 0


def build_one(rel: str) -> bool:
    source = SRC / rel
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    with tempfile.TemporaryDirectory(prefix="eventwire-accel-") as tmp:
        work = Path(tmp)
        # The whole package, so that mypy resolves the module's imports as they are.
        shutil.copytree(SRC / "eventwire", work / "eventwire", ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.sha256"))
        twin = (work / rel).with_name(twin_stem(source) + ".py")
        twin.write_text(source.read_text("utf-8") + f"\n\n{HASH_NAME}: str = {digest!r}\n", "utf-8")
        command = [sys.executable, "-m", "mypyc", "--ignore-missing-imports", "--follow-imports=silent", str(twin.relative_to(work))]
        done = subprocess.run(command, cwd=work, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"build_accel: {rel} did not compile, the pure module runs:\n{(done.stdout + done.stderr)[-3000:]}")
            return False
        built = [p for p in twin.parent.iterdir() if p.suffix == ".so" and p.name.startswith(twin.stem)]
        if not built:
            print(f"build_accel: {rel}: mypyc left no extension module, the pure module runs")
            return False
        for old in built_files(source):
            old.unlink()
        for path in built:
            shutil.copy2(path, source.parent / path.name)
        # Written last: a twin is adopted only once its hash file is there.
        (source.parent / f"{twin.stem}.sha256").write_text(digest + "\n", "ascii")
    return True


def _build_or_say(rel: str) -> bool:
    try:
        return build_one(rel)
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"build_accel: {rel}: {exc}; the pure module runs")
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the built twins")
    args = parser.parse_args(argv)
    if args.clean:
        return clean()
    try:
        import mypyc  # noqa: F401, PLC0415 - only asked whether it is installed
    except ImportError:
        print("build_accel: mypyc is not installed, the pure modules run")
        return 0
    start = time.monotonic()
    # One mypyc run per module (each twin self-contained beside its source), run side by side.
    with ThreadPoolExecutor(max_workers=len(MODULES)) as pool:
        ok = sum(pool.map(_build_or_say, MODULES))
    print(f"build_accel: {ok} of {len(MODULES)} module(s) compiled in {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
