"""In-process A/B of the model's own attribute ruler and lemmatizer against eventwire's equivalents.

    python benchmarks/fast_pipes_ab.py gold/events [--docs 2000] [--rounds 5] [--slice 250]

Three pipelines in one process: eventwire's as ``nlp.load`` makes it (new: ``eventwire_attribute_ruler`` and
``eventwire_lemmatizer`` in place of the model's), the same with the model's own ``attribute_ruler`` and
``lemmatizer`` kept (old), and the bare model (bare). They take turns slice by slice on the sentences
``bench.py`` codes (PLOVER gold texts cycled to ``--docs``), the order rotating each slice, as in ``swap_ab.py``;
each round gives old and new over bare, and the CPU of each component that is not a neural model (timed around
its call; the records and claims around the pipeline's calls that make them; "models and the rest" is what is
left: tokenizing, the four neural components, batching). Figures are medians over the rounds.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import gc  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from itertools import cycle, islice  # noqa: E402
from pathlib import Path  # noqa: E402

import click  # noqa: E402
import spacy  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import _texts  # noqa: E402
from swap_ab import interleaved_rounds  # noqa: E402

import eventwire.pipeline as pipeline  # noqa: E402
from eventwire.model import Document, Post, finalize  # noqa: E402
from eventwire.nlp import add_components, attribute_rules, lemma_cache, load, model_name  # noqa: E402

_MODELS = ("tok2vec", "tagger", "parser", "ner")  # batched by spaCy: left inside "models and the rest"
_SAME = {"eventwire_attribute_ruler": "attribute_ruler", "eventwire_lemmatizer": "lemmatizer"}


class _Timed:
    def __init__(self, component) -> None:
        self.component = component
        self.spent = 0.0

    def __call__(self, *args, **kwargs):
        start = time.process_time()
        out = self.component(*args, **kwargs)
        self.spent += time.process_time() - start
        return out


def _old_pipeline():
    """eventwire's pipeline with the model's own attribute ruler and lemmatizer."""
    saved = attribute_rules.replace_ruler, lemma_cache.cache_lemmas
    attribute_rules.replace_ruler = lemma_cache.cache_lemmas = lambda nlp: False
    try:
        return add_components(spacy.load(model_name(None)))
    finally:
        attribute_rules.replace_ruler, lemma_cache.cache_lemmas = saved


@click.command()
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--docs", type=click.IntRange(min=1), default=2000, show_default=True)
@click.option("--rounds", type=click.IntRange(min=1), default=5, show_default=True)
@click.option("--slice", "slice_docs", type=click.IntRange(min=1), default=250, show_default=True)
def main(gold: Path, docs: int, rounds: int, slice_docs: int) -> None:
    texts = list(islice(cycle(_texts(gold)), docs))
    documents = [finalize(Document(url=f"bench:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts)]
    pipes = {"old": _old_pipeline(), "new": load(None)}
    bare = spacy.load(model_name(None))
    timers: dict[str, dict[str, _Timed]] = {}
    for side, nlp in pipes.items():
        timers[side] = {}
        for k, (name, component) in enumerate(nlp.pipeline):
            if name not in _MODELS:
                timers[side][_SAME.get(name, name)] = timed = _Timed(component)
                nlp._components[k] = (name, timed)  # noqa: SLF001 -- spaCy calls these per Doc either way
    timers["_records"] = {}
    for name in ("to_events", "build_claims", "link_events", "sentence_bounds"):  # what _analyze_batch calls
        timers["_records"][name] = wrapped = _Timed(getattr(pipeline, name))
        setattr(pipeline, name, wrapped)

    def run(side: str, part: slice) -> dict[str, float]:
        for timed in [*timers.get(side, {}).values(), *timers["_records"].values()]:
            timed.spent = 0.0
        gc.collect()
        start = time.process_time()
        if side == "bare":
            list(bare.pipe(texts[part], batch_size=64))
        else:
            list(pipeline.analyze(documents[part], nlp=pipes[side], batch_size=64))
        out = {"total": time.process_time() - start}
        if side != "bare":
            out.update({name: t.spent for name, t in timers[side].items()})
            out["records_and_claims"] = sum(t.spent for t in timers["_records"].values())
            out["models_and_the_rest"] = out["total"] - sum(v for k, v in out.items() if k != "total")
        return out

    per_round = interleaved_rounds(run, docs=docs, rounds=rounds, slice_docs=slice_docs)

    def median(f) -> float:
        return round(statistics.median(f(a) for a in per_round), 3)

    print(json.dumps({
        "documents": docs, "rounds": rounds, "load_average": [round(x, 1) for x in os.getloadavg()],
        "old_over_bare": median(lambda a: a["old"]["total"] / a["bare"]["total"]),
        "new_over_bare": median(lambda a: a["new"]["total"] / a["bare"]["total"]),
        "new_over_old": median(lambda a: a["new"]["total"] / a["old"]["total"]),
        "round_ratios_to_bare_old_new": [[round(a[s]["total"] / a["bare"]["total"], 3) for s in ("old", "new")]
                                         for a in per_round],
        "bare_cpu": median(lambda a: a["bare"]["total"]),
        "cpu_old": {k: median(lambda a, k=k: a["old"][k]) for k in per_round[0]["old"]},
        "cpu_new": {k: median(lambda a, k=k: a["new"][k]) for k in per_round[0]["new"]},
    }, indent=2))


if __name__ == "__main__":
    main()
