"""Forum fixtures read by this tree and by another version, each in processes of its own, in alternating blocks.

Usage::

    git archive <commit> src scripts pyproject.toml | tar -x -C /tmp/base
    (cd /tmp/base && python scripts/build_accel.py)      # optional: the baseline's compiled twins
    python benchmarks/extract_procs.py --baseline-src /tmp/base/src [--blocks 6] [--rounds 5]

Why processes: ``extract_loop.py`` loads the baseline under another package
name in the same process, where its compiled twins (built for the package
``eventwire``) cannot be used, so it compares compiled code with pure code.
Here each version runs as ``eventwire`` from its own ``src`` (``PYTHONPATH``),
compiled when its twins are current, pure otherwise (or with
``EVENTWIRE_PURE_PYTHON=1``, passed on). A block runs one process per
version, the order turning from block to block; each process reads every
page of ``tests/fixtures/forums_wild`` once untimed, then ``--rounds`` times
timed, with the engine parsers and by induction alone. Printed: each
version's CPU ms a page per block, the medians, and the ratio of the summed
CPU times (this tree over the baseline), with the load average and whether
each version ran compiled.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
from extract_ab import _forum_pages
from eventwire.ingest.html import read_html
from eventwire.ingest.forum import induce
rounds = int(sys.argv[1])
pages = _forum_pages()
out = {"compiled": induce.COMPILED is not None, "file": induce.__file__}
for engines in (True, False):
    for html, url in pages:
        read_html(html, url=url, engines=engines)
    start = time.process_time()
    for _ in range(rounds):
        for html, url in pages:
            read_html(html, url=url, engines=engines)
    out["on" if engines else "off"] = 1000 * (time.process_time() - start) / (rounds * len(pages))
print(json.dumps(out))
"""


def _run(src: Path, rounds: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, "-c", _CHILD, str(rounds), str(ROOT / "benchmarks")],
                          env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-src", type=Path, required=True)
    parser.add_argument("--blocks", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    versions = {"baseline": args.baseline_src.resolve(), "this": ROOT / "src"}
    runs: dict[str, list[dict]] = {name: [] for name in versions}
    report: dict = {"load_before": os.getloadavg()}
    for block in range(args.blocks):
        order = list(versions) if block % 2 == 0 else list(reversed(versions))
        for name in order:
            runs[name].append(_run(versions[name], args.rounds))
    report["load_after"] = os.getloadavg()
    report["compiled"] = {name: sorted({r["compiled"] for r in rs}) for name, rs in runs.items()}
    for mode in ("on", "off"):
        per = {name: [round(r[mode], 2) for r in rs] for name, rs in runs.items()}
        report["engines_" + mode] = {
            "ms_per_page_blocks": per,
            "median_ms_per_page": {name: round(statistics.median(v), 2) for name, v in per.items()},
            "this_over_baseline_cpu": round(sum(per["this"]) / sum(per["baseline"]), 3),
        }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
