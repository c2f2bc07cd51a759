"""Writing outputs safely: never over something that is there unless asked, never half a file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from ..errors import OutputError, OutputExistsError, from_os_error

__all__ = ["atomic_write", "prepare_output"]


def prepare_output(out: str | Path, *, force: bool, folder: bool = False, members: tuple[str, ...] = ()) -> Path:
    """Check that ``out`` may be written: it is new, or ``force`` says to replace it."""
    out = Path(out)
    if folder:
        if out.exists() and not out.is_dir():
            raise OutputError(f"{out} is a file, not a folder", hint="Give a folder name for this format.")
        taken = [out / m for m in members if (out / m).exists()]
        if taken and not force:
            raise OutputExistsError(f"{taken[0]} is already there", hint="Use another folder, or --force to overwrite it.")
        return out
    if out.is_dir():
        raise OutputError(f"{out} is a folder", hint="Give a file name for this format.")
    if out.exists() and not force:
        raise OutputExistsError(f"{out} is already there", hint="Use another name, or --force to overwrite it.")
    return out


def atomic_write(out: Path, write: Callable[[Path], dict]) -> dict:
    """Write to a temporary name beside ``out``, then move it into place."""
    tmp = out.with_name(f".{out.name}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        result = write(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        raise from_os_error(exc, action="write", path=str(out)) from exc
    finally:
        if tmp.exists():
            tmp.unlink() if tmp.is_file() else shutil.rmtree(tmp, ignore_errors=True)
    result["files"] = [str(out) if f == str(tmp) else f for f in result.get("files", [])]
    return result
