"""Near-duplicate documents: reposts of one article, linked into one story.

The same article travels across forums and sites: wrapped in other chrome,
trimmed, pasted twice, with a sentence added. Counting each copy as a separate
report would turn one outlet's story into false corroboration.

Method: word 5-gram shingles of the clean text, MinHash signatures (the values
datasketch's ``MinHash`` gives, computed here: see ``signature``) and LSH banding to find candidate pairs quickly (two documents are candidates
when all the values of one band agree; the store keeps the band hashes in a
table and finds candidates with a join); a candidate pair is a copy
when the estimated *containment* of the smaller text in the larger is high. A
containment test, not a Jaccard one, because a copy trimmed to half an article
shares only half the shingles of the full one, yet is plainly a copy. Two
articles about the same event written independently share facts and names but
few 5-word runs, so their containment stays low.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

import numpy as np

from ..model import stable_id
from ..resources import json_data

__all__ = ["BANDS", "ROWS", "Signature", "band_hashes", "band_keys", "components", "containment", "containment_of",
           "copy_pairs", "is_copy", "shingles", "signature", "stories"]

SHINGLE = 5
NUM_PERM = 128
SCHEME = "affine32"  # stored signatures are only comparable under the scheme that made them
LSH_THRESHOLD = 0.2  # candidate generation only: loose, so trimmed copies are not missed
COPY_CONTAINMENT = 0.6  # verdict: share of the smaller text's shingles found in the larger
# Bands × rows per band: the split datasketch's MinHashLSH picks for LSH_THRESHOLD and
# NUM_PERM (minimising false positives and negatives), so candidates are the same as its.
BANDS, ROWS = 28, 2
_MIX = np.uint64(0x9E3779B97F4A7C15)
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

    def minhash(self):
        """As a datasketch ``MinHash`` (for its LSH indexes; datasketch is imported only here)."""
        from datasketch import MinHash

        return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=self.hashvalues, scheme=SCHEME)


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    data = json_data("events/data/minhash.json")
    return np.array(data["a"], dtype=np.uint32), np.array(data["b"], dtype=np.uint32)


_EMPTY = np.uint32(0xFFFFFFFF)
_STEP = 4096  # shingles hashed against the permutations at a time: a long text does not need a huge array


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, a bijection that spreads the input hashes (uint32 arithmetic wraps)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(document_id: str, text: str) -> Signature:
    """The MinHash signature of a text's shingles, equal to datasketch's ``MinHash(num_perm=128, seed=1,
    scheme="affine32")`` after ``update_batch`` of the same shingles (tested).

    Computed here rather than with datasketch because importing datasketch imports SciPy, about 0.85
    CPU s at the start of every ``analyze`` run, which the run then waits for. Each shingle's hash is the
    first 4 bytes of its SHA-1 (little-endian), mixed by ``_fmix32``; permutation k maps h to
    a_k * h + b_k mod 2^32 (``events/data/minhash.json``, taken from datasketch by
    ``scripts/derive_minhash.py``); the signature keeps each permutation's least value.
    """
    found = list(shingles(text))
    values = np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    a, b = _permutations()
    for start in range(0, len(found), _STEP):
        digests = b"".join(hashlib.sha1(s).digest()[:4] for s in found[start : start + _STEP])
        h = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32))
        values = np.minimum(values, (np.multiply.outer(h, a) + b).min(axis=0))
    return Signature(document_id, len(found), values)


def containment_of(shingles_a: int, values_a: np.ndarray, shingles_b: int, values_b: np.ndarray) -> float:
    """Estimated share of the smaller document's shingles that the other contains, from stored signatures.

    The Jaccard estimate is the share of equal MinHash values (what MinHash.jaccard
    computes), taken on the arrays directly: no MinHash objects are rebuilt.
    """
    if not shingles_a or not shingles_b:
        return 0.0
    jaccard = float(np.count_nonzero(values_a == values_b)) / len(values_a)
    common = jaccard / (1 + jaccard) * (shingles_a + shingles_b)
    return min(1.0, common / min(shingles_a, shingles_b))


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller document's shingles that the other contains."""
    return containment_of(a.shingles, a.hashvalues, b.shingles, b.hashvalues)


def band_keys(sig: Signature) -> list[tuple[int, str]]:
    """(band, key) for each band of a signature, as text: two documents are candidates when any band's key matches.

    The same bands as ``band_hashes`` (the store's candidate join), so an engine
    that joins on these keys (the Spark engine) finds exactly the store's
    candidates. Documents without shingles have no bands.
    """
    if not sig.shingles:
        return []
    return [(n, str(h)) for n, h in enumerate(band_hashes(np.asarray(sig.hashvalues, dtype=np.uint64)))]


def band_hashes(hashvalues: np.ndarray) -> list[int]:
    """One 64-bit hash per band of ROWS values (signed, to fit a BIGINT column)."""
    values = np.asarray(hashvalues[: BANDS * ROWS], dtype=np.uint64).reshape(BANDS, ROWS)
    h = np.zeros(BANDS, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(ROWS):
            h = h * _MIX + values[:, j] + np.uint64(j + 1)
    return h.view(np.int64).tolist()


def is_copy(a: Signature, b: Signature) -> bool:
    return containment(a, b) >= COPY_CONTAINMENT


def copy_pairs(signatures: list[Signature]) -> list[tuple[str, str]]:
    """Every pair of documents that are copies of one another."""
    buckets: dict[tuple[int, int], list[str]] = {}
    by_id = {}
    for sig in signatures:
        if sig.shingles:
            by_id[sig.document_id] = sig
            for band, h in enumerate(band_hashes(sig.hashvalues)):
                buckets.setdefault((band, h), []).append(sig.document_id)
    candidates = {(min(a, b), max(a, b)) for ids in buckets.values() for a in ids for b in ids if a != b}
    return sorted(p for p in candidates if is_copy(by_id[p[0]], by_id[p[1]]))


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
