"""Issue 15's fuzz suite, quick slice: generated bad inputs through `eventwire ingest` and `analyze`.

Each input must end as documents or reject rows, with no exit code but 0 or 3, no
E999, no hang, no good record lost, and the report's counts equal to the store's.
``make fuzz N=3000`` runs the full suite (tests/fuzz/__main__.py).
"""

from __future__ import annotations

import pytest

from tests.fuzz.cases import CATEGORIES, generate
from tests.fuzz.run import FAILURES, run_cases


@pytest.mark.slow
def test_fuzz_quick_slice(tmp_path):
    cases = generate(150, seed=15)
    assert len({c.category for c in cases}) == len({c.category for c in generate(len(CATEGORIES), seed=15)})
    out = run_cases(cases, tmp_path, batch_size=75, limit=60, analyze_every=25, analyze_batch=30)
    assert sum(out.failures.values()) == 0, out.table() + "\n" + "\n".join(out.examples)
    assert set(out.failures) <= set(FAILURES)
