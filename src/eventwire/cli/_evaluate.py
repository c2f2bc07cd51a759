"""Commands that score eventwire against gold standards: ``evaluate`` and ``evaluate-attribution``."""

from __future__ import annotations

import json

import click

# The conventions of ``evaluation.attribution.CONVENTIONS``, named here so that the command line does not import
# the evaluation (and with it spaCy) to show its options (a test checks that the two agree).
CONVENTIONS = ("eventwire", "polnear")
from ._app import friendly, json_option, main


@main.command("evaluate-attribution")
@click.argument("folder", type=click.Path(exists=True, file_okay=False), metavar="DIR")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use.")
@click.option("--convention", type=click.Choice(CONVENTIONS), default="eventwire", show_default=True,
              help="What to compare: every link of every chain, or PolNeAR's top-level attributions paired one to one.")
@json_option
@friendly
def evaluate_attribution(folder, model, convention, as_json) -> None:
    """Score attribution on brat .txt/.ann pairs (Source, Cue, Content spans linked by Attribution events)."""
    from ..evaluation import attribution as attribution_eval
    from ..nlp import load

    report = attribution_eval.evaluate_corpus(folder, nlp=load(model), convention=convention)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else attribution_eval.render(report))


@main.command()
@click.argument("gold", type=click.Path(exists=True), metavar="GOLD")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use.")
@click.option("--errors", "show_errors", type=click.IntRange(min=0), default=0, metavar="N",
              help="Also print the first N sentences coded wrong.")
@click.option("--generic-orgs", is_flag=True,
              help="Compare organisation codes as generic IGO/NGO, the way PETRARCH and PLOVER gold writes them.")
@click.option("--texts-root", type=click.Path(exists=True, file_okay=False), default=None, metavar="DIR",
              help="Where real-sentence gold records find their source files (default ../shared/dev-data).")
@click.option("--in-context", is_flag=True,
              help="Code each real-sentence gold record inside its whole source article, not alone.")
@json_option
@friendly
def evaluate(gold, model, show_errors, generic_orgs, texts_root, in_context, as_json) -> None:
    """Score the event coder on a gold file or folder (PLOVER JSON, real-sentence records.json, PETRARCH XML)."""
    notes: list[str] = []
    from ..evaluation import events as events_eval
    from ..nlp import load

    sentences = events_eval.read_gold(gold, texts_root=texts_root, notes=notes)
    report = events_eval.evaluate(sentences, nlp=load(model), generic_orgs=generic_orgs, in_context=in_context)
    report.notes[:0] = notes
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(events_eval.render(report))
    for err in report.errors[:show_errors]:
        click.echo(f"\n{err['id']}: {err['text']}\n  gold      {err['gold']}\n  predicted {err['predicted']}")
