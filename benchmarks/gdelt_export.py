"""The GDELT export: one DuckDB COPY per file (what ``export --format gdelt`` runs) against building the rows in Python.

    python benchmarks/gdelt_export.py ../shared/dev-data/attribution-polnear/train/text [--size 20000] [--rounds 3]
    python benchmarks/gdelt_export.py --db STORE [--rounds 3]

The store is ``--db``, or a feed store of ``--size`` documents built as
``benchmarks/realistic.py`` builds its growth stores (real articles' analyses under
new ids; kept under the temp folder). Each round exports it both ways, interleaved, and checks that the files are
the same bytes; CPU time of this process (DuckDB's threads included).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).parent))
import realistic  # noqa: E402

from eventwire import Store  # noqa: E402
from eventwire.outputs import gdelt  # noqa: E402


@click.command()
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None, help="An existing store.")
@click.option("--size", type=click.IntRange(min=100), default=20000, show_default=True, help="Feed documents in the store.")
@click.option("--pool", type=click.IntRange(min=2), default=200, show_default=True, help="Real articles analysed once.")
@click.option("--rounds", type=click.IntRange(min=1), default=3, show_default=True, help="Interleaved rounds.")
def main(folder: Path | None, db: Path | None, size: int, pool: int, rounds: int) -> None:
    if db is None:
        if folder is None:
            raise click.UsageError("give the articles' folder (for a feed store) or --db")
        analyses = realistic._pool(realistic._articles(folder, pool), None)
        sentences = [s.strip() + "." for a in analyses for s in a.document.posts[0].text.split(". ") if len(s.split()) > 6]
        db, _ = realistic._store_of(size, analyses, sentences, 200)
    cpu = {"python": 0.0, "copy": 0.0}
    with tempfile.TemporaryDirectory() as tmp, Store(db, read_only=True) as store:
        events = store.sql("SELECT count(*) FROM events")[0][0]
        mentions = store.sql("SELECT count(*) FROM mentions WHERE event_id IS NOT NULL")[0][0]

        def python(out: Path) -> None:
            rows = store.events()
            gdelt.write(out, rows, store.mention_details([e["id"] for e in rows]))

        for r in range(rounds):
            for name, fn in (("python", python), ("copy", lambda out: gdelt.write_store(store, out))):
                out = Path(tmp) / f"{name}{r}"
                c, _ = realistic._timed(lambda: fn(out))
                cpu[name] += c
            for f in ("events.tsv", "mentions.tsv"):
                assert (Path(tmp) / f"python{r}" / f).read_bytes() == (Path(tmp) / f"copy{r}" / f).read_bytes(), f
    print(json.dumps({"store": str(db), "events": events, "mentions": mentions, "rounds": rounds,
                      "python_cpu_s": round(cpu["python"] / rounds, 2), "copy_cpu_s": round(cpu["copy"] / rounds, 2),
                      "python_over_copy": round(cpu["python"] / cpu["copy"], 2), "same_bytes": True}, indent=2))


if __name__ == "__main__":
    main()
