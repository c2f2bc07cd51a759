"""Loading the data files that ship with the package (lexicons and code tables).

Each stage keeps its own data next to its code (``nlp/data``, ``ingest/data``),
named here by path inside the package: ``table("nlp/data/roles.tsv")``.
Tables are UTF-8 TSV with a header row; ``|`` separates several values in a cell.
Each file is read once per process (cached), which is safe in worker processes:
nothing is shared, each process reads its own copy.
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources

__all__ = ["data_text", "table", "json_data", "split"]


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
