"""The Spark engine: the same pipeline on PySpark, for corpora beyond one machine.

``analyze(inputs, out_dir, master="local[2]")`` reads JSON Lines, WARC and
HTML/text folders (the driver lists the files, the executors read them), runs
one eventwire pipeline per executor in ``mapPartitions``, links copies into
stories with a join on the same LSH bands as ``events.stories``, merges the
mentions into canonical events with ``events.canonical`` per key, and writes
the store's tables as Parquet under ``out_dir``, partitioned by day.
``eventwire load DIR`` puts them into a DuckDB store.

The stages: ``read`` → ``code`` → ``stories`` → ``canonical``; ``tables`` holds
the Parquet schemas and ``session`` starts Spark. pyspark is imported only when
a run starts, so the rest of eventwire works without it.
"""

from __future__ import annotations

__all__ = ["analyze"]


def analyze(inputs, out_dir, **options) -> dict:
    """Code ``inputs`` on Spark into Parquet tables under ``out_dir``; see ``_run.analyze`` for the options."""
    from ._run import analyze as run

    return run(inputs, out_dir, **options)
