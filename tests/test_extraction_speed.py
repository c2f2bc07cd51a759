"""The eleventh speed round: the steady-state speed figure of ``make extract-eval`` and the shortcuts checked against their references."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_eval import _forum_pages, eval_forums, steady_state  # noqa: E402

FORUMS = FIXTURES / "forums_wild"


def _two_pages(tmp_path: Path) -> Path:
    for page in sorted(FORUMS.glob("*.html"))[:2]:
        shutil.copy(page, tmp_path / page.name)
        shutil.copy(page.with_name(page.stem + ".gold.json"), tmp_path / (page.stem + ".gold.json"))
    return tmp_path


def test_steady_state_reads_the_scored_pages(tmp_path):
    folder = _two_pages(tmp_path)
    score, cpu, _ = eval_forums(folder, engines=False)
    assert len(_forum_pages(folder)) == len(score.per_page) == 2
    speed = steady_state(folder, engines=False, passes=2)
    assert speed is not None and speed > 0
    assert steady_state(folder, engines=True, passes=0) is None
