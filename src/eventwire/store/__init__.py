"""The store: one DuckDB file, and the only code in eventwire that speaks SQL.

The fifth stage. ``Store`` writes documents, analyses and rejects, each in one
transaction, and reads them back with one ``Filters`` for every selection;
``aggregate`` recomputes stories and canonical events from the stored mentions.
The tables are documented in docs/schema.md.
"""

from __future__ import annotations

from ._browse import SORTS, Browser, Page
from ._schema import SCHEMA_VERSION
from ._store import DEFAULT_PATH, Store
from .aggregate import signature_of
from .queries import CLAIM_KINDS, PLOVER_CHOICES, Filters

__all__ = ["CLAIM_KINDS", "DEFAULT_PATH", "SORTS", "Browser", "Filters", "PLOVER_CHOICES", "Page", "SCHEMA_VERSION", "Store", "signature_of"]
