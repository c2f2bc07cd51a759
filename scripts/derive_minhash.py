"""Write events/data/minhash.json: the 128 permutations (a, b) of the signatures stores hold.

    python scripts/derive_minhash.py

Stores made so far hold signatures made by datasketch's ``MinHash(num_perm=128,
seed=1, scheme="affine32")``. eventwire signs documents itself (``events/stories.py``)
so that the ``analyze`` path does not import datasketch, whose package import
pulls in SciPy (about 0.85 CPU s at every start); to give the same values it
needs the same permutations, which this script takes from datasketch once.
``tests/test_stories.py`` checks that both sign alike.
"""

from __future__ import annotations

import json
from pathlib import Path

from datasketch import MinHash

from eventwire.events.stories import NUM_PERM, SCHEME

OUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "events" / "data" / "minhash.json"


def main() -> None:
    a, b = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations
    OUT.write_text(json.dumps({
        "scheme": SCHEME, "num_perm": NUM_PERM, "seed": 1,
        "source": "the permutations of datasketch's MinHash(num_perm=128, seed=1, scheme='affine32') "
                  "(datasketch, MIT licence, Copyright (c) 2015 ekzhu), derived by scripts/derive_minhash.py",
        "a": [int(x) for x in a], "b": [int(x) for x in b]}, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
