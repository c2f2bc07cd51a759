"""Stories on Spark: copies found by a join on LSH bands, then the same containment test.

The local engine puts every signature into datasketch's ``MinHashLSH`` and asks
it for each document's candidates: documents that share all the hash values of
at least one band. Here the band keys (``events.stories.band_keys``, the same
bands) are rows, and the candidates are a self-join on (band, key). Each
candidate pair then gets the local engine's own verdict, ``stories.is_copy``, so
the copy pairs are the same, and so are the stories they connect.

The copy pairs go to the driver, which groups them with the same union-find
(``stories.stories``). Only documents that have a copy appear in a pair; every
other document is a story of its own, named from its id without the driver
seeing it.
"""

from __future__ import annotations

import numpy as np
from pyspark.sql import DataFrame, Window
from pyspark.sql import functions as F

from ..events import stories

__all__ = ["copy_pairs", "story_of", "story_table"]


def copy_pairs(bands: DataFrame, signatures: DataFrame) -> list[tuple[str, str]]:
    """Every pair of copies: candidates from a join on band keys, kept when ``stories.is_copy`` says so."""
    a, b = bands.alias("a"), bands.alias("b")
    candidates = (a.join(b, (F.col("a.band") == F.col("b.band")) & (F.col("a.key") == F.col("b.key"))
                         & (F.col("a.document_id") < F.col("b.document_id")))
                  .select(F.col("a.document_id").alias("a"), F.col("b.document_id").alias("b")).distinct())
    sig = signatures.select("document_id", "shingles", "hashvalues")
    left = sig.select(F.col("document_id").alias("a"), F.col("shingles").alias("a_shingles"), F.col("hashvalues").alias("a_values"))
    right = sig.select(F.col("document_id").alias("b"), F.col("shingles").alias("b_shingles"), F.col("hashvalues").alias("b_values"))
    joined = candidates.join(left, "a").join(right, "b")
    return sorted(joined.rdd.filter(_is_copy).map(lambda r: (r["a"], r["b"])).collect())


def _is_copy(r) -> bool:
    first = stories.Signature(r["a"], r["a_shingles"], np.array(r["a_values"], dtype=np.uint64))
    second = stories.Signature(r["b"], r["b_shingles"], np.array(r["b_values"], dtype=np.uint64))
    return stories.is_copy(first, second)


def story_of(document_id: str, grouped: dict[str, str]) -> str:
    """A document's story: its group's, or (no copies) its own."""
    return grouped.get(document_id) or stories.stories([document_id], [])[document_id]


def story_table(story_documents: DataFrame) -> DataFrame:
    """The stories table: each document's story, and which document is the story's first (canonical) copy.

    The first copy is the earliest by publication date (else by when it was
    read), then by id, as in the store's aggregation.
    """
    first = Window.partitionBy("story_id").orderBy("order_key", "document_id")
    return (story_documents.withColumn("canonical", F.row_number().over(first) == 1)
            .select("story_id", "document_id", "url", "poster", "published", "canonical", "day"))
