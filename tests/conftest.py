from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "forum_post.txt"


def load_expected(path: Path) -> dict:
    return json.loads(path.with_name(path.name.split(".")[0] + ".expected.json").read_text("utf-8"))


@pytest.fixture
def store(tmp_path):
    from eventwire import Store

    with Store(tmp_path / "test.duckdb") as s:
        yield s


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seed/forum_post.txt is not available")
    return SEED


@pytest.fixture(scope="module")
def nlp():
    """The default eventwire pipeline, one load per test module (``load`` caches it across modules)."""
    from eventwire.nlp import load

    return load()
