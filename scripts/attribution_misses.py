"""Count the gold attributions eventwire misses on a PolNeAR-style split, by cause (development aid).

    python scripts/attribution_misses.py ../shared/dev-data/attribution-polnear/train [--rules-only] [--examples 3]

A gold attribution is missed when no found attribution pairs with it (the pairing of
``evaluate-attribution --convention polnear``). Its cause is read from the gold spans and the
parse of its cue's head word, first match wins: no source; content over paragraphs; content in
pieces (a speaker in the middle); "according to"; content before the cue (trailing speaker);
a noun cue; a stance or cognition verb; a verb with a cue frame or hand-made cue that did not
fire; a verb outside the cue inventory; another part of speech. Prints counts, and with
``--examples`` a few cue words per cause (no corpus text beyond the cue).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import spacy

from eventwire.evaluation.attribution import _pair, found_attributions, read_corpus  # noqa: PLC2701 (a dev script)
from eventwire.nlp import BEFORE_PARSER, model_name
from eventwire.nlp.attribution import frames
from eventwire.nlp.attribution_model import is_candidate

STANCE = frozenset({"believe", "think", "know", "want", "hope", "expect", "feel", "worry", "fear", "agree", "support",
                    "oppose", "refuse", "decline", "doubt", "understand", "consider", "see", "plan", "intend", "wish",
                    "need", "seem", "appear", "suspect", "assume", "realize", "recognize", "accept", "reject",
                    "criticize", "praise", "blame", "accuse", "call", "question", "ask", "urge", "demand"})


def cause(text: str, doc, gold) -> tuple[str, str]:
    cue_chars = {i for s, e in gold.cue for i in range(s, e)}
    toks = {t.i for t in doc if t.idx in cue_chars and is_candidate(t)}
    heads = [doc[i] for i in sorted(toks) if doc[i].head.i not in toks or doc[i].head.i == i]
    head = heads[0] if heads else None
    lemma, pos = (head.lemma_.lower(), head.pos_) if head is not None else ("", "")
    cs = min((s for s, _ in gold.content), default=0)
    ce = max((e for _, e in gold.content), default=0)
    cue_start = min((s for s, _ in gold.cue), default=0)
    if not gold.source:
        return "no source", lemma
    if "\n" in text[cs:ce]:
        return "content over paragraphs", lemma
    if len(gold.content) > 1:
        return "content in pieces (speaker in the middle)", lemma
    if text[cue_start:cue_start + 12].lower().startswith("according"):
        return "according to", lemma
    if ce <= cue_start:
        return "content before the cue (trailing speaker)", lemma
    if head is None:
        return "no content word in the cue (':', dashes, headlines)", ""
    if pos == "NOUN":
        return "noun cue", lemma
    if lemma in STANCE:
        return "stance or cognition verb", lemma
    if lemma in frames():
        return "known cue, did not fire", lemma
    if pos in ("VERB", "AUX"):
        return "verb outside the cue inventory", lemma
    return f"other ({pos})", lemma


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--rules-only", action="store_true", help="switch the learnt scorers off")
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    nlp = spacy.load(model_name())
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(BEFORE_PARSER, before="parser")  # paragraph breaks are sentence breaks, as in load()
    for name in ("eventwire_actors", "eventwire_events"):
        nlp.add_pipe(name)
    nlp.add_pipe("eventwire_attribution", config={"model": not args.rules_only})
    counts: Counter = Counter()
    lemmas: dict[str, Counter] = defaultdict(Counter)
    total = 0
    for _, text, gold in read_corpus(args.folder):
        doc = nlp(text)
        found = found_attributions(text, lambda _t, d=doc: d, "polnear")
        paired = {i for i, _ in _pair(gold, found)}
        total += len(gold)
        for i, g in enumerate(gold):
            if i not in paired:
                why, lemma = cause(text, doc, g)
                counts[why] += 1
                lemmas[why][lemma] += 1
    print(f"{sum(counts.values())} of {total} gold attributions missed")
    for why, n in counts.most_common():
        extra = ", ".join(f"{w} {k}" for w, k in lemmas[why].most_common(args.examples)) if args.examples else ""
        print(f"{n:6d}  {why}" + (f"   ({extra})" if extra else ""))


if __name__ == "__main__":
    main()
