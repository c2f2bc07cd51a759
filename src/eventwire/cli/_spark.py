"""The Spark engine's commands: ``spark analyze`` (inputs → Parquet tables) and ``load`` (Parquet → the store)."""

from __future__ import annotations

import json
import sys

import click

from ..store import Store
from ._app import EXIT_REJECTED, db_option, force_option, friendly, json_option, main, max_bytes_option
from ._ingest import _day


@main.group()
def spark() -> None:
    """Run the pipeline on Apache Spark, for corpora beyond one machine."""


def _conf(values: tuple[str, ...]) -> dict[str, str]:
    conf = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r} is not KEY=VALUE", param_hint="--conf")
        conf[key.strip()] = setting.strip()
    return conf


@spark.command("analyze")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "out_dir", required=True, metavar="DIR",
              help="Folder to write the Parquet tables to (a local path, or a URI the cluster can write, such as hdfs://...).")
@click.option("--master", default="local[2]", show_default=True, metavar="URL",
              help="Where Spark runs: local[N] on this machine, spark://host:7077, yarn, k8s://...")
@click.option("--partitions", type=click.IntRange(min=1), default=None, metavar="N",
              help="Coding partitions (default: Spark's default parallelism, the number of cores in local mode).")
@click.option("--conf", "conf", multiple=True, metavar="KEY=VALUE", help="A Spark setting, e.g. spark.executor.memory=4g (repeatable).")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD", help="The date of inputs that carry none.")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use on the executors (as for analyze).")
@click.option("--url", default=None, help="Source URL of the input, when reading one page or post.")
@max_bytes_option
@click.option("--source-ratings", type=click.Path(exists=True, dir_okay=False), default=None, metavar="FILE.csv",
              help="Your ratings of publications: a CSV with columns domain,score (0 to 1).")
@force_option
@json_option
@friendly
def spark_analyze(inputs, out_dir, master, partitions, conf, day, model, url, max_bytes, source_ratings, force, as_json) -> None:
    """Code INPUT... on Spark and write the store's tables as Parquet under --out, partitioned by day."""
    from ..claims import read_ratings
    from ..spark import analyze as run_on_spark

    ratings = read_ratings(source_ratings) if source_ratings else None
    report = run_on_spark(inputs, out_dir, master=master, partitions=partitions, conf=_conf(conf), date_override=_day(day),
                           model=model, url=url, max_bytes=max_bytes, ratings=ratings, force=force,
                           on_stage=lambda stage: click.echo(f"spark: {stage}", err=True))
    if as_json:
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo(f"{report['inputs']} input(s): {report['documents']} document(s), {report['new']} distinct, "
                   f"{report['mentions']} mention(s), {report['claims']} claim(s), {report['stories']} stories, "
                   f"{report['events']} event(s) → {report['out']}")
        if report["rejected"]:
            reasons = ", ".join(f"{k}: {v}" for k, v in report["rejected_by_reason"].items())
            click.echo(f"{report['rejected']} rejected ({reasons}); see {report['out']}/rejects", err=True)
            for message in report["reject_messages"]:
                click.echo(f"  - {message}", err=True)
    if report["rejected"]:
        sys.exit(EXIT_REJECTED)


@main.command()
@click.argument("folder", metavar="DIR")
@db_option
@json_option
@friendly
def load(folder: str, db: str, as_json: bool) -> None:
    """Load the Parquet tables of `eventwire spark analyze --out DIR` into the store."""
    with Store(db) as store:
        summary = store.load_parquet(folder)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        added = ", ".join(f"{v} {k}" for k, v in summary["added"].items() if v)
        click.echo(f"loaded {folder} → {db}: {added or 'nothing new'}")
        if "rebuilt" in summary:
            r = summary["rebuilt"]
            click.echo(f"the store held documents already: stories and events recomputed ({r['stories']} stories, {r['events']} events)")
