"""Evaluate near-duplicate detection on the team's articles, and time it.

    python benchmarks/dedup_eval.py gold/dedup/articles [--json]

From each article ``NNa`` the script makes the copies users make — reposted
under other forum chrome, trimmed to half, pasted twice, with the poster's own
sentence added — and runs every copy through the readers, as a real repost
would be. Pairs scored:

* copies: an article and each of its copies, and the copies among themselves;
* not copies: ``NNa`` with ``NNb`` (a different article about the same event),
  with the next pair's article, and with the unrelated ``uNN`` articles.

Speed is signature plus LSH insert and query, per document, on one core.
"""

from __future__ import annotations

import json
import time
from itertools import combinations
from pathlib import Path

import click
from datasketch import MinHashLSH

from eventwire.evaluation.events import Score
from eventwire.events import stories as dedup
from eventwire.ingest import read

_SIDEBARS = [
    "Falcon_Eye\nSENIOR MEMBER\n- Joined\n- Mar 3, 2018\n- Messages\n- 4,512\n- Reaction score\n- 211\n",
    "Steppe_Rider\nSenior Member\n\nJoin Date: Jul 2014\nLocation: Almaty\nPosts: 9,870\n\n",
    "north_watch\nPosts: 702\nJoined: Tue Feb 11, 2020 9:14 pm\nLocation: Tromso\n",
]
_OWN_LINES = [
    "Worth reading in full, the second half is the interesting part.",
    "Posting this here because nobody else has picked it up yet.",
    "Not surprised at all, this was coming for months.",
]


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.splitlines() if p.strip()]


def variants(text: str, n: int, url: str) -> dict[str, str]:
    """The copies of one article, as raw posts (sidebar, text, link line), before reading."""
    paras = _paragraphs(text)
    sidebar = _SIDEBARS[n % len(_SIDEBARS)]
    half = paras[: max(1, len(paras) // 2)]
    return {
        "chrome": f"{sidebar}{chr(10).join(paras)}\n{url}\n",
        "trimmed": f"{_SIDEBARS[(n + 1) % 3]}{chr(10).join(half)}\n{url}\n",
        "twice": f"{sidebar}{chr(10).join(paras)}\n{url}\n{chr(10).join(paras[1:])}\n{url}\n",
        "added": f"{_SIDEBARS[(n + 2) % 3]}{_OWN_LINES[n % 3]}\n{chr(10).join(paras)}\n{url}\n",
    }


def _clean(raw: str) -> str:
    (doc,) = read(raw.encode("utf-8"))
    return doc.text


def build(folder: Path) -> tuple[dict[str, str], list[tuple[str, str, bool]]]:
    texts: dict[str, str] = {}
    pairs: list[tuple[str, str, bool]] = []
    bases = sorted(p.stem[:-1] for p in folder.glob("*a.txt"))
    unrelated = sorted(p.stem for p in folder.glob("u*.txt"))
    for n, base in enumerate(bases):
        a = (folder / f"{base}a.txt").read_text("utf-8")
        texts[f"{base}a"] = a
        texts[f"{base}b"] = (folder / f"{base}b.txt").read_text("utf-8")
        copies = [f"{base}a-{kind}" for kind in ("chrome", "trimmed", "twice", "added")]
        for kind, raw in variants(a, n, f"https://news{n}.example/story/{base}").items():
            texts[f"{base}a-{kind}"] = _clean(raw)
        group = [f"{base}a", *copies]
        pairs += [(x, y, True) for x, y in combinations(group, 2)]
        pairs += [(x, f"{base}b", False) for x in group]
        if n + 1 < len(bases):
            pairs.append((f"{base}a", f"{bases[n + 1]}a", False))
    for u in unrelated:
        texts[u] = (folder / f"{u}.txt").read_text("utf-8")
        pairs += [(f"{base}a", u, False) for base in bases]
    return texts, pairs


def score(texts: dict[str, str], pairs: list[tuple[str, str, bool]]) -> tuple[Score, list]:
    sigs = {k: dedup.signature(k, v) for k, v in texts.items()}
    linked = set(dedup.copy_pairs(list(sigs.values())))
    result, errors = Score(), []
    for a, b, copy in pairs:
        found = (a, b) in linked or (b, a) in linked
        if found and copy:
            result.tp += 1
        elif found:
            result.fp += 1
            errors.append((a, b, "linked, but not a copy", round(dedup.containment(sigs[a], sigs[b]), 3)))
        elif copy:
            result.fn += 1
            errors.append((a, b, "copy missed", round(dedup.containment(sigs[a], sigs[b]), 3)))
    return result, errors


def speed(texts: list[str], rounds: int = 5) -> float:
    """Documents per second for signature + LSH insert + query, single process."""
    start = time.perf_counter()
    n = 0
    for r in range(rounds):
        lsh = MinHashLSH(threshold=dedup.LSH_THRESHOLD, num_perm=dedup.NUM_PERM)
        for i, text in enumerate(texts):
            sig = dedup.signature(f"{r}-{i}", text)
            mh = sig.minhash()
            lsh.query(mh)
            lsh.insert(f"{r}-{i}", mh)
            n += 1
    return n / (time.perf_counter() - start)


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def main(folder: Path, as_json: bool) -> None:
    """Evaluate near-duplicate detection on a folder of articles (gold/dedup/articles), and time it."""
    texts, pairs = build(folder)
    result, errors = score(texts, pairs)
    rate = speed(list(texts.values()))
    out = {"documents": len(texts), "pairs": len(pairs), "copy_pairs": sum(c for _, _, c in pairs),
           **result.to_dict(), "documents_per_second": round(rate, 1), "errors": errors[:20]}
    if as_json:
        print(json.dumps(out, indent=2))
        return
    print(f"{out['documents']} documents, {out['pairs']} pairs ({out['copy_pairs']} copies)")
    print(f"copy detection: precision {out['precision']:.3f}  recall {out['recall']:.3f}  F1 {out['f1']:.3f}")
    print(f"speed: {out['documents_per_second']:.0f} documents/s (signature + LSH query, one core)")
    for e in errors[:10]:
        print("  ", *e)


if __name__ == "__main__":
    main()
