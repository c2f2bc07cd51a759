"""Near-duplicate documents: reposts of one article, linked into one story.

The same article travels across forums and sites: wrapped in other chrome,
trimmed, pasted twice, with a sentence added. Counting each copy as a separate
report would turn one outlet's story into false corroboration.

Method: word 5-gram shingles of the clean text, MinHash signatures (datasketch)
and an LSH index to find candidate pairs quickly; a candidate pair is a copy
when the estimated *containment* of the smaller text in the larger is high. A
containment test, not a Jaccard one, because a copy trimmed to half an article
shares only half the shingles of the full one, yet is plainly a copy. Two
articles about the same event written independently share facts and names but
few 5-word runs, so their containment stays low.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import stable_id

__all__ = ["Signature", "band_keys", "components", "containment", "copy_pairs", "is_copy", "shingles", "signature", "stories"]

SHINGLE = 5
NUM_PERM = 128
SCHEME = "affine32"  # stored signatures are only comparable under the scheme that made them
LSH_THRESHOLD = 0.2  # candidate generation only: loose, so trimmed copies are not missed
COPY_CONTAINMENT = 0.6  # verdict: share of the smaller text's shingles found in the larger
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@dataclass
class Signature:
    document_id: str
    shingles: int
    hashvalues: np.ndarray

    def minhash(self) -> MinHash:
        return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=self.hashvalues, scheme=SCHEME)


def signature(document_id: str, text: str) -> Signature:
    found = shingles(text)
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    mh.update_batch(list(found))
    return Signature(document_id, len(found), mh.hashvalues.copy())


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller document's shingles that the other contains."""
    if not a.shingles or not b.shingles:
        return 0.0
    jaccard = a.minhash().jaccard(b.minhash())
    common = jaccard / (1 + jaccard) * (a.shingles + b.shingles)
    return min(1.0, common / min(a.shingles, b.shingles))


def is_copy(a: Signature, b: Signature) -> bool:
    return containment(a, b) >= COPY_CONTAINMENT


def copy_pairs(signatures: list[Signature]) -> list[tuple[str, str]]:
    """Every pair of documents that are copies of one another."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    by_id = {}
    for sig in signatures:
        if sig.shingles:
            by_id[sig.document_id] = sig
            lsh.insert(sig.document_id, sig.minhash())
    pairs = set()
    for doc_id, sig in by_id.items():
        for other in lsh.query(sig.minhash()):
            if other != doc_id and (other, doc_id) not in pairs and is_copy(sig, by_id[other]):
                pairs.add((doc_id, other))
    return sorted(pairs)


@cache
def _bands() -> list[tuple[int, int]]:
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return [(i * lsh.r, (i + 1) * lsh.r) for i in range(lsh.b)]


def band_keys(sig: Signature) -> list[tuple[int, str]]:
    """(band, key) for each LSH band of a signature: two documents are candidates when any band's key matches.

    The bands are those of the ``MinHashLSH`` that ``copy_pairs`` builds, so an
    engine that joins on these keys (the Spark engine) finds exactly its
    candidates. Documents without shingles have no bands, as they are never
    inserted into the index.
    """
    if not sig.shingles:
        return []
    values = np.asarray(sig.hashvalues, dtype=np.uint64)
    return [(n, values[start:end].tobytes().hex()) for n, (start, end) in enumerate(_bands())]


def components(items: list[str], pairs: list[tuple[str, str]]) -> dict[str, str]:
    """item → the smallest member of its connected group (union-find over the pairs)."""
    parent = {x: x for x in items}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        if a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in items}


def stories(document_ids: list[str], pairs: list[tuple[str, str]]) -> dict[str, str]:
    """document id → story id: the connected groups of copies, named after their first member."""
    roots = components(document_ids, pairs)
    return {d: "s" + stable_id(roots[d], 15) for d in document_ids}
