"""One Spark run: read → code → stories → canonical events → Parquet, each table partitioned by day."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone
from functools import partial
from pathlib import Path

from ..events import stories
from ..errors import OutputExistsError, UsageError
from ..ingest import DEFAULT_MAX_BYTES
from ..nlp import model_name
from .canonical import cluster_group
from .code import Settings, code_partition
from .read import list_inputs, read_file, reject_row
from .session import start
from .stories import copy_pairs, story_of, story_table
from .tables import SCHEMAS

__all__ = ["TABLES", "analyze"]

FORMAT_VERSION = 1
# What `eventwire load` reads, in the order it inserts them.
TABLES = ("documents", "posts", "sentences", "claims", "mentions", "learned_roles", "rejects", "signatures", "stories", "events")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _is_uri(path: str) -> bool:
    return "://" in path


def _prepare(out_dir: str, force: bool) -> None:
    if _is_uri(out_dir):
        return  # a cluster file system: Spark's overwrite mode replaces each table
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        if not force:
            raise OutputExistsError(f"{out_dir} is already there", hint="Use --force to overwrite it, or choose another --out.")
        if not (out / "manifest").exists():
            raise OutputExistsError(f"{out_dir} is not an earlier output of the Spark engine; not overwriting it",
                                    hint="Choose another --out folder.")
        shutil.rmtree(out)


def _first(a, b):
    return a if a[0] <= b[0] else b


def analyze(inputs: Iterable[str], out_dir: str, *, master: str = "local[2]", partitions: int | None = None,
            model: str | None = None, date_override: date | None = None, url: str | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, ratings: dict[str, float] | None = None, force: bool = False,
            conf: dict[str, str] | None = None, spark=None, on_stage: Callable[[str], None] | None = None) -> dict:
    """Code every input on Spark and write the store's tables as Parquet under ``out_dir``; returns the counts.

    ``spark`` is an existing SparkSession to use (and leave running); otherwise
    one is started on ``master`` and stopped at the end. ``on_stage`` is told
    each stage's name as it starts (coding, writing, stories, events).
    """
    from pyspark import StorageLevel

    inputs = list(inputs)
    if not inputs:
        raise UsageError("no inputs given", hint="Name files, folders or globs to read.")
    out_dir = str(out_dir).rstrip("/")
    files, missing = list_inputs(inputs)
    _prepare(out_dir, force)
    own = spark is None
    spark = spark or start(master, partitions=partitions, conf=conf)
    try:
        return _run(spark, files, missing, out_dir, StorageLevel.MEMORY_AND_DISK,
                    partitions=partitions or spark.sparkContext.defaultParallelism,
                    settings=Settings(model, date_override, ratings or {}, _now()), url=url, max_bytes=max_bytes,
                    on_stage=on_stage or (lambda _: None))
    finally:
        if own:
            spark.stop()


def _run(spark, files, missing, out_dir: str, level, *, partitions: int, settings: Settings, url, max_bytes,
         on_stage: Callable[[str], None]) -> dict:
    sc = spark.sparkContext
    spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    reader = partial(read_file, url=url, max_bytes=max_bytes, date_override=settings.date_override)
    reads = sc.parallelize(files, max(1, min(len(files), partitions))).flatMap(reader).persist(level)
    documents = (reads.filter(lambda r: r[0] == "doc").map(lambda r: (r[2].id, (r[1], r[2])))
                 .reduceByKey(_first).map(lambda kv: kv[1][1]))
    coded = documents.repartition(partitions).mapPartitions(partial(code_partition, settings=settings)).persist(level)

    def table(name: str):
        return spark.createDataFrame(coded.flatMap(lambda c, name=name: c.rows[name]), SCHEMAS[name])

    def write(df, name: str, by_day: bool = True) -> None:
        # No shuffle before writing: each task writes its own file per day, which costs less than a
        # repartition per table and leaves files of about the size of a coding partition.
        writer = df.write.mode("overwrite")
        (writer.partitionBy("day") if by_day else writer).parquet(f"{out_dir}/{name}")

    on_stage("coding")
    write(table("documents"), "documents")
    on_stage("writing")
    for name in ("posts", "sentences", "claims", "learned_roles", "signatures"):
        write(table(name), name)
    rejected = reads.filter(lambda r: r[0] == "reject").map(lambda r: r[2]).collect() + [reject_row(m) for m in missing]
    unique = {r[0]: r for r in rejected}
    rejects = spark.createDataFrame([(*r, settings.coded_at) for r in unique.values()], SCHEMAS["rejects"])
    write(rejects.coalesce(1), "rejects", by_day=False)

    on_stage("stories")
    pairs = copy_pairs(table("bands"), table("signatures"))
    grouped = _grouped(pairs)
    shared = sc.broadcast(grouped)
    story_documents = spark.createDataFrame(
        coded.flatMap(lambda c: c.rows["story_documents"]).map(lambda r: (story_of(r[0], shared.value), *r)),
        SCHEMAS["stories_input"])
    write(story_table(story_documents), "stories")

    on_stage("events")
    merged = (coded.flatMap(lambda c: c.mentions).map(lambda m: (m.key, m)).groupByKey(partitions)
              .flatMap(lambda group: cluster_group(group, shared.value)).persist(level))
    events = spark.createDataFrame(merged.filter(lambda r: r[0] == "event").map(lambda r: r[1]), SCHEMAS["events"])
    write(events, "events")
    assignments = spark.createDataFrame(merged.filter(lambda r: r[0] == "assign").map(lambda r: r[1]), SCHEMAS["assignments"])
    write(table("mentions").join(assignments, "id", "left"), "mentions")

    read_counts = reads.map(lambda r: r[0]).countByValue()
    new, posts, mentions, claims = coded.map(lambda c: (1, len(c.rows["posts"]), len(c.mentions), len(c.rows["claims"]))).fold(
        (0, 0, 0, 0), lambda a, b: tuple(x + y for x, y in zip(a, b)))
    by_reason: dict[str, int] = {}
    for _, _, reason, _ in unique.values():
        by_reason[reason] = by_reason.get(reason, 0) + 1
    counts = {
        "inputs": len(files) + len(missing), "documents": read_counts.get("doc", 0), "new": new, "posts": posts,
        "mentions": mentions, "claims": claims, "stories": len(set(grouped.values())) + new - len(grouped),
        "events": merged.filter(lambda r: r[0] == "event").count(), "copy_pairs": len(pairs),
        "rejected": len(unique), "rejected_by_reason": dict(sorted(by_reason.items())),
        "reject_messages": [f"{r[2]}: {r[3]}" for r in unique.values()][:20],
    }
    manifest = {"format": FORMAT_VERSION, "model": model_name(settings.model), "coded_at": settings.coded_at.isoformat(),
                "tables": ",".join(TABLES), **{k: v for k, v in counts.items() if isinstance(v, int)}}
    spark.createDataFrame([manifest]).coalesce(1).write.mode("overwrite").json(f"{out_dir}/manifest")
    for rdd in (reads, coded, merged):
        rdd.unpersist()
    shared.unpersist()
    return {"out": out_dir, **counts}


def _grouped(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """document → story for the documents that have a copy (the rest are stories of their own)."""
    members = sorted({d for pair in pairs for d in pair})
    return stories.stories(members, pairs)
