"""Reading speed of this tree's HTML reader against another version of it, interleaved in one process.

Usage::

    git archive <commit> src | tar -x -C /tmp/base        # the baseline's sources
    python benchmarks/extract_ab.py --baseline-src /tmp/base/src [--rounds 3] [--articles DIR] [--json] [--separate-processes]

The baseline package (``<baseline-src>/eventwire``) is copied under another
name (``eventwire_base``, in a temporary folder) so both versions load in the
same process; the package imports itself relatively, so the copy runs the
baseline's own code (its data files are read from the installed package).
Each forum page of ``tests/fixtures/forums_wild`` is read by the baseline, by
this tree and by bare trafilatura (``trafilatura.extract``), the order turning
from page to page, every page in every round, after one untimed read by each;
CPU time (``time.process_time``) per reader, with the engine parsers and by
record induction alone. With ``--articles`` (e.g. the 130 readability pages)
the article pages are read the same way (``read_html`` whole, engines on).
Printed: ms a page, pages a CPU-second, this tree over the baseline, each
over bare trafilatura, and the load average before and after: on a shared
machine only the ratios are comparable between runs.

``--separate-processes``: the baseline and this tree each read in a process
of their own (this script with ``PYTHONPATH`` set to the baseline's sources,
or to this tree's), in lock-step: the driver asks each for the same page in
turn, the order turning as above, and each process times its own reads (CPU
time). Why: in one process, the cyclic garbage one version leaves is
collected while the other version (or trafilatura) is being timed, so a
change in how much garbage a version leaves, or how soon it is freed, does
not show in the in-process ratio. Bare trafilatura is not timed in this mode.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
FORUMS = ROOT / "tests" / "fixtures" / "forums_wild"


def _load_baseline(src: Path, into: Path):
    shutil.copytree(src / "eventwire", into / "eventwire_base")
    sys.path.insert(0, str(into))
    from eventwire_base.ingest.html import read_html  # noqa: PLC0415 - the copy exists only now

    return read_html


def _forum_pages() -> list[tuple[str, str | None]]:
    pages = []
    for page in sorted(FORUMS.glob("*.html")):
        gold = json.loads(page.with_name(page.stem + ".gold.json").read_text("utf-8"))
        pages.append((page.read_bytes().decode("utf-8", errors="replace"), gold.get("base_url")))
    return pages


def _race(readers: dict, pages: list[tuple[str, str | None]], rounds: int, **options) -> dict[str, float]:
    """CPU seconds per reader over every page and round, the readers' order turning from page to page."""
    names = list(readers)
    for html, url in pages[:1]:
        for name in names:
            readers[name](html, url, **options)
    cpu = dict.fromkeys(names, 0.0)
    for r in range(rounds):
        for k, (html, url) in enumerate(pages):
            turn = (k + r) % len(names)
            for name in names[turn:] + names[:turn]:
                start = time.process_time()
                readers[name](html, url, **options)
                cpu[name] += time.process_time() - start
    return cpu


def _summary(cpu: dict[str, float], pages: int) -> dict:
    ms = {k: 1000 * v / pages for k, v in cpu.items()}
    out: dict = {"ms_per_page": {k: round(v, 2) for k, v in ms.items()}, "pages_per_cpu_second": {k: round(1000 / v, 1) for k, v in ms.items() if v}}
    out["this_over_baseline_cpu"] = round(cpu["this"] / cpu["baseline"], 3)
    if "trafilatura" in cpu:
        out["speed_over_trafilatura"] = {k: round(cpu["trafilatura"] / cpu[k], 2) for k in ("baseline", "this")}
    return out


def _article_pages(folder: Path) -> list[tuple[str, str | None]]:
    return [((p / "source.html").read_text("utf-8", errors="replace"), None) for p in sorted(folder.iterdir()) if (p / "source.html").exists()]


def _worker(articles: Path | None) -> int:
    """Serve timed reads on stdin/stdout: "forums on|off K" or "articles K" in, CPU seconds out (see --separate-processes)."""
    from eventwire.ingest.html import read_html

    sets = {"forums": _forum_pages(), "articles": _article_pages(articles) if articles is not None else []}
    for html, url in sets["forums"][:1] + sets["articles"][:1]:
        read_html(html, url=url)  # the untimed first read
    print("ready", flush=True)
    for line in sys.stdin:
        kind, *rest = line.split()
        html, url = sets[kind][int(rest[-1])]
        options = {"engines": rest[0] == "on"} if kind == "forums" else {}
        start = time.process_time()
        read_html(html, url=url, **options)
        print(time.process_time() - start, flush=True)
    return 0


def _separate(baseline_src: Path, rounds: int, articles: Path | None, this_src: Path = ROOT / "src") -> dict:
    """CPU time of the baseline and this tree, each in a process of its own, asked for the same page in turn."""
    workers = {}
    for name, src in (("baseline", baseline_src), ("this", this_src)):
        env = dict(os.environ, PYTHONPATH=str(src))
        command = [sys.executable, str(Path(__file__).resolve()), "--worker"] + (["--articles", str(articles)] if articles is not None else [])
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        workers[name] = proc

    def race(requests: list[str], times: int) -> dict[str, float]:
        cpu = dict.fromkeys(workers, 0.0)
        names = list(workers)
        for r in range(times):
            for k, request in enumerate(requests):
                turn = (k + r) % len(names)
                for name in names[turn:] + names[:turn]:
                    proc = workers[name]
                    proc.stdin.write(request + "\n")
                    proc.stdin.flush()
                    cpu[name] += float(proc.stdout.readline())
        return cpu

    report: dict = {}
    forums = len(_forum_pages())
    for engines in (True, False):
        requests = [f"forums {'on' if engines else 'off'} {k}" for k in range(forums)]
        race(requests[:1], 1)  # one untimed read of the first page in this mode
        report["forums_engines_on" if engines else "forums_induction_only"] = _summary(race(requests, rounds), rounds * forums)
    if articles is not None:
        count = len(_article_pages(articles))
        report["articles"] = _summary(race([f"articles {k}" for k in range(count)], 1), count)
    for proc in workers.values():
        proc.stdin.close()
        proc.wait()
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline-src", type=Path, default=None, help="a source folder holding the baseline's eventwire package (required)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--articles", type=Path, default=None, help="folder of DIR/*/source.html article pages")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--separate-processes", action="store_true", help="read the baseline and this tree each in a process of its own, in lock-step")
    ap.add_argument("--this-src", type=Path, default=ROOT / "src", help="with --separate-processes: the sources read as this tree (default: this tree's src)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return _worker(args.articles)
    if args.baseline_src is None:
        ap.error("--baseline-src is required")
    if args.separate_processes:
        report = {"load_before": os.getloadavg(), "processes": "separate"}
        report.update(_separate(args.baseline_src, args.rounds, args.articles, args.this_src))
        report["load_after"] = os.getloadavg()
        print(json.dumps(report, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in report.items()))
        return 0
    from eventwire.ingest.html import read_html

    report: dict = {"load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        base = _load_baseline(args.baseline_src, Path(tmp))
        readers = {
            "baseline": lambda h, u, **kw: base(h, url=u, **kw),
            "this": lambda h, u, **kw: read_html(h, url=u, **kw),
            "trafilatura": lambda h, u, **kw: trafilatura.extract(h),
        }
        forums = _forum_pages()
        for engines in (True, False):
            cpu = _race(readers, forums, args.rounds, engines=engines)
            report["forums_engines_on" if engines else "forums_induction_only"] = _summary(cpu, args.rounds * len(forums))
        if args.articles is not None:
            pages = _article_pages(args.articles)
            two = {k: readers[k] for k in ("baseline", "this")}
            report["articles"] = _summary(_race(two, pages, 1), len(pages))
    report["load_after"] = os.getloadavg()
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
