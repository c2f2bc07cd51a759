"""Loading the data files in eventwire/data (lexicons and code tables).

Tables are UTF-8 TSV with a header row; ``|`` separates several values in a cell.
Each table is read once per process (cached), which is safe in worker processes:
nothing is shared, each process reads its own copy.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources


def read_text(name: str) -> str:
    return resources.files("eventwire.data").joinpath(name).read_text("utf-8")


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts (read-only by convention: cached and shared)."""
    reader = csv.DictReader(io.StringIO(read_text(name)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in reader if any((v or "").strip() for v in row.values()))


def split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]
