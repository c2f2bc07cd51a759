"""A plain interleaved loop over the forum fixtures: this tree's ``read_html`` and another version's, page by page.

Usage::

    git archive <commit> src | tar -x -C /tmp/base        # the baseline's sources
    python benchmarks/extract_loop.py --baseline-src /tmp/base/src [--rounds 10]

The baseline package is loaded under another name, as in
``benchmarks/extract_ab.py``; each page of ``tests/fixtures/forums_wild`` is
read by both versions in turn (the order turning from page to page), after one
untimed read of every page by each, with the engine parsers and then by record
induction alone. Printed: CPU ms a page (``time.process_time``) for each
version, their ratio, and the load average. Unlike ``extract_ab.py`` nothing
else (bare trafilatura) is timed in between: the figure is the closest this
shared machine gives to a page's own cost, comparable only within one run.

``--reads N [--induction-only]`` (no baseline): this tree alone reads every
page N times and prints nothing, for an instruction counter; a page's count is
the difference between two runs (e.g. N = 4 and N = 2) over the extra reads::

    valgrind --tool=cachegrind --cache-sim=no python benchmarks/extract_loop.py --reads 4
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from extract_ab import _forum_pages, _load_baseline


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-src", type=Path)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--reads", type=int, default=None, help="read every page N times with this tree alone, print nothing")
    parser.add_argument("--induction-only", action="store_true", help="with --reads: the engine parsers off")
    args = parser.parse_args()
    from eventwire.ingest.html import read_html

    if args.reads is not None:
        pages = _forum_pages()
        for _ in range(args.reads):
            for html, url in pages:
                read_html(html, url=url, engines=not args.induction_only)
        return 0
    if args.baseline_src is None:
        parser.error("--baseline-src is required (or --reads)")

    with tempfile.TemporaryDirectory() as tmp:
        readers = {"baseline": _load_baseline(args.baseline_src, Path(tmp)), "this": read_html}
        pages = _forum_pages()
        report = {"load_before": os.getloadavg()}
        for engines in (True, False):
            for read in readers.values():
                for html, url in pages:
                    read(html, url=url, engines=engines)
            cpu = dict.fromkeys(readers, 0.0)
            for r in range(args.rounds):
                for k, (html, url) in enumerate(pages):
                    names = list(readers) if (k + r) % 2 == 0 else list(reversed(readers))
                    for name in names:
                        start = time.process_time()
                        readers[name](html, url=url, engines=engines)
                        cpu[name] += time.process_time() - start
            reads = args.rounds * len(pages)
            report["engines_on" if engines else "induction_only"] = {
                "ms_per_page": {k: round(1000 * v / reads, 2) for k, v in cpu.items()},
                "this_over_baseline_cpu": round(cpu["this"] / cpu["baseline"], 3),
            }
        report["load_after"] = os.getloadavg()
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
