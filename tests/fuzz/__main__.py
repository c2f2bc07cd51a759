"""``python -m tests.fuzz N [--seed S] [--big]``: run N generated inputs and print the failure table."""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path

from .cases import generate
from .run import FAILURES, run_cases


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz")
    parser.add_argument("n", type=int, nargs="?", default=3000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--big", action="store_true", help="include the multi-megabyte inputs (deep nesting of 200,000 tags ...)")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per input")
    parser.add_argument("--analyze-every", type=int, default=10)
    parser.add_argument("--batch", type=int, default=100, help="inputs per eventwire ingest run")
    parser.add_argument("--analyze-batch", type=int, default=30, help="inputs per eventwire analyze run")
    args = parser.parse_args()
    cases = generate(args.n, args.seed, big=args.big)
    with tempfile.TemporaryDirectory(prefix="eventwire-fuzz-") as tmp:
        out = run_cases(cases, Path(tmp), batch_size=args.batch, limit=args.limit, analyze_every=args.analyze_every,
                          analyze_batch=args.analyze_batch)
    cats = Counter(c.category for c in cases)
    print(f"{out.inputs} inputs (seed {args.seed}{', big' if args.big else ''}), {out.runs} eventwire runs, {out.seconds:.0f} s\n")
    print(out.table())
    print("\n| category | inputs | " + " | ".join(FAILURES) + " |\n|---|---|" + "---|" * len(FAILURES))
    for cat, n in sorted(cats.items()):
        row = out.by_category.get(cat, Counter())
        print(f"| {cat} | {n} | " + " | ".join(str(row[k]) for k in FAILURES) + " |")
    for line in out.examples:
        print("-", line)
    return 1 if sum(out.failures.values()) else 0


raise SystemExit(main())
