"""Events: one event, many reports.

The fourth stage. Copies of one article travel across sites and forums; they
are linked into *stories* (``stories``: MinHash signatures, LSH and a containment
test), and the mentions of one event in many reports are merged into one
*canonical event* (``canonical``) with GDELT's counts and a corroboration count of
independent stories. Everything here is pure Python over records: the store
reads and writes them.
"""

from __future__ import annotations

from . import canonical, stories

__all__ = ["canonical", "stories"]
