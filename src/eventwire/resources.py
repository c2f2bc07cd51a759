"""Loading the data files that ship with the package (lexicons and code tables).

Each stage keeps its own data next to its code (``nlp/data``, ``ingest/data``),
named here by path inside the package: ``table("nlp/data/roles.tsv")``.
Tables are UTF-8 TSV with a header row; ``|`` separates several values in a cell.
Each file is read once per process (cached), which is safe in worker processes:
nothing is shared, each process reads its own copy.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import io
import json
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

__all__ = ["data_text", "table", "json_data", "split", "prepared", "digest", "data_bytes", "source_bytes", "cache_dir"]

T = TypeVar("T")


def data_text(path: str) -> str:
    """The text of a data file, by its path inside the package ("nlp/data/attribution.json")."""
    return resources.files("eventwire").joinpath(path).read_text("utf-8")


@cache
def table(path: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts (read-only by convention: cached and shared)."""
    reader = csv.DictReader(io.StringIO(data_text(path)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in reader if any((v or "").strip() for v in row.values()))


@cache
def json_data(path: str):
    """A JSON data file, parsed (read-only by convention: cached and shared)."""
    return json.loads(data_text(path))


def split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


# -- prepared tables ---------------------------------------------------------------------------------------
# Some tables are built from the data files at every start (the actor dictionaries: about 1.5 CPU s), which every
# command that codes text waits for, and with worker processes a wall time no worker shares. ``prepared`` keeps
# the built object in a cache file keyed by a digest of everything it was built from (the data files' bytes, the
# build code's source, whatever else the caller names), so a later start loads it instead (about 0.1 s). A file is
# used only when its name and its header hold that digest and its payload its checksum; anything else (no file, a
# stale or damaged one, an unreadable folder) builds the table as before, so the cache can change how fast a
# process starts, never what it computes.
_MAGIC = b"eventwire prepared 1\n"
_OFF = ("", "0", "off", "no", "false")


def cache_dir() -> Path | None:
    """Where prepared tables are kept: ``EVENTWIRE_CACHE`` (a folder, or 0/off to keep none), else the user's
    cache folder (``$XDG_CACHE_HOME/eventwire``, ``~/.cache/eventwire``)."""
    setting = os.environ.get("EVENTWIRE_CACHE")
    if setting is not None:
        return None if setting.strip().lower() in _OFF else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventwire"


def digest(*parts: bytes | str) -> str:
    """A digest of ``parts`` (each length-prefixed, so that no two different lists of parts can collide)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def data_bytes(path: str) -> bytes:
    """The bytes of a data file, by its path inside the package (for a prepared table's key)."""
    return resources.files("eventwire").joinpath(path).read_bytes()


def source_bytes(module_file: str) -> bytes:
    """The source of a module (its ``__file__``), for a prepared table's key: changed build code is a new key."""
    return Path(module_file).read_bytes()


def prepared(name: str, key: str, build: Callable[[], T], *, dump: Callable[[T], bytes] = pickle.dumps,
             load: Callable[[bytes], T] = pickle.loads) -> T:
    """``build()``, or the object a previous ``build()`` with the same ``key`` left in the cache folder.

    ``key`` must change whenever the result of ``build`` could (see ``digest``). ``dump`` and ``load`` turn the
    object into bytes and back (pickle by default). The file is written whole to a temporary name and then
    renamed, so a reader never sees half of one; files of ``name`` with other keys are removed then.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key[:40]}.bin"
    header = _MAGIC + key.encode("ascii") + b"\n"
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""
    if raw.startswith(header):
        check, payload = raw[len(header) : len(header) + 32], raw[len(header) + 32 :]
        if hashlib.blake2b(payload, digest_size=32).digest() == check:
            try:
                with _collector_paused():
                    return load(payload)
            except Exception:  # noqa: BLE001 -- a file that does not load is rebuilt, whatever the reason
                pass
    made = build()
    try:
        payload = dump(made)
        _write_atomically(path, header + hashlib.blake2b(payload, digest_size=32).digest() + payload, name)
    except Exception:  # noqa: BLE001 -- a cache that cannot be written only costs the next start its build
        pass
    return made


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while a prepared table loads: its tens of thousands of new containers would set off
    collections that walk them again and again (three quarters of the knowledge's load time), and they hold no
    cycles to find."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_atomically(path: Path, data: bytes, name: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    for old in path.parent.glob(f"{name}-*.bin"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
