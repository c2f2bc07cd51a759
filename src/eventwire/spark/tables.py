"""The Parquet tables the Spark engine writes: their Spark schemas, and records turned into rows.

The columns are those of the DuckDB store's tables (docs/schema.md), plus a
``day`` column each table is partitioned by, so ``eventwire load`` can insert
them by name. The schemas of the record-shaped tables (mentions, claims, posts)
are derived from the msgspec Structs of ``eventwire.model``: a field added to
``Event`` appears in the Parquet output without a second list to keep in step.
"""

from __future__ import annotations

import msgspec
from msgspec import inspect as mi
from pyspark.sql import types as T

from ..model import Author, Claim, Document, Event, Place, Post
from ..values import day_of

__all__ = ["SCHEMAS", "UNDATED", "partition_day", "row", "spark_type"]

UNDATED = "undated"  # the partition of rows whose document carries no date


def spark_type(t: mi.Type) -> T.DataType:
    """The Spark type of a msgspec field type (optional fields are nullable columns of their type)."""
    if isinstance(t, mi.UnionType):
        inner = [x for x in t.types if not isinstance(x, mi.NoneType)]
        if len(inner) != 1:
            raise TypeError(f"no Spark type for the union {t}")
        return spark_type(inner[0])
    simple = {mi.StrType: T.StringType, mi.LiteralType: T.StringType, mi.IntType: T.LongType,
              mi.FloatType: T.DoubleType, mi.BoolType: T.BooleanType}
    for kind, spark in simple.items():
        if isinstance(t, kind):
            return spark()
    if isinstance(t, mi.ListType):
        return T.ArrayType(spark_type(t.item_type))
    if isinstance(t, mi.StructType):
        return T.StructType([T.StructField(f.encode_name, spark_type(f.type)) for f in t.fields])
    raise TypeError(f"no Spark type for {t}")


def _fields(cls: type[msgspec.Struct], *, drop: tuple[str, ...] = (), prefix: str = "") -> list[T.StructField]:
    info = mi.type_info(cls)
    return [T.StructField(prefix + f.encode_name, spark_type(f.type)) for f in info.fields if f.encode_name not in drop]


def _schema(*fields: T.StructField | list[T.StructField]) -> T.StructType:
    flat: list[T.StructField] = []
    for f in fields:
        flat.extend(f if isinstance(f, list) else [f])
    return T.StructType(flat)


def _col(name: str, dtype: T.DataType) -> T.StructField:
    return T.StructField(name, dtype)


_S, _L, _I = T.StringType(), T.LongType(), T.IntegerType()
_DAY = _col("day", _S)

SCHEMAS: dict[str, T.StructType] = {
    "documents": _schema(_fields(Document, drop=("posts",)), _col("n_posts", _L), _col("ingested_at", T.TimestampNTZType()), _DAY),
    "posts": _schema(_col("id", _S), _col("document_id", _S), _col("position", _L), _fields(Author, prefix="author_"),
                     _fields(Post, drop=("id", "position", "author")), _DAY),
    "sentences": _schema(_col("document_id", _S), _col("post_id", _S), _col("sentence_index", _L), _col("start", _L),
                         _col("end", _L), _col("text", _S), _DAY),
    # event_id and corroboration are added when the mentions are merged into canonical events
    "mentions": _schema(_fields(Event, drop=("corroboration",)), _col("model", _S), _col("coded_at", T.TimestampNTZType()), _DAY),
    "claims": _schema(_fields(Claim), _DAY),
    "learned_roles": _schema(*(_col(n, _S) for n in ("name", "code", "sector", "role", "document_id", "date")), _DAY),
    "rejects": _schema(*(_col(n, _S) for n in ("id", "input", "reason", "message")), _col("rejected_at", T.TimestampNTZType())),
    "signatures": _schema(_col("document_id", _S), _col("shingles", _L), _col("hashvalues", T.ArrayType(_L)), _DAY),
    "bands": _schema(_col("document_id", _S), _col("band", _I), _col("key", _S)),
    "story_documents": _schema(*(_col(n, _S) for n in ("document_id", "url", "poster", "published", "order_key")), _DAY),
    "stories_input": _schema(*(_col(n, _S) for n in ("story_id", "document_id", "url", "poster", "published", "order_key")), _DAY),
    "assignments": _schema(_col("id", _S), _col("event_id", _S), _col("corroboration", _L)),
    # the columns of canonical.canonical_rows, in its order (the store's events table)
    "events": _schema(
        *(_col(n, _S) for n in ("id", "cameo", "cameo_root", "cameo_name", "plover_type", "plover_mode")),
        _col("goldstein", T.DoubleType()), _col("quad_class", _L),
        *(_col(n, _S) for n in ("source_code", "source_sector", "source_name", "target_code", "target_sector", "target_name",
                                "date", "first_seen", "last_seen")),
        _col("place", spark_type(mi.type_info(Place))),
        _col("negated", T.BooleanType()), _col("modality", _S),
        *(_col(n, _L) for n in ("num_mentions", "num_sources", "num_articles", "corroboration")),
        *(_col(n, T.ArrayType(_S)) for n in ("sourcing", "chains", "claim_kinds")),
        _col("hedged", T.BooleanType()), *(_col(n, _S) for n in ("source_url", "trigger", "sentence")), _DAY),
}


def _value(value, dtype: T.DataType):
    if value is None:
        return None
    if isinstance(dtype, T.StructType):
        get = value.get if isinstance(value, dict) else (lambda name: getattr(value, name, None))
        return tuple(_value(get(f.name), f.dataType) for f in dtype.fields)
    if isinstance(dtype, T.ArrayType):
        return [_value(x, dtype.elementType) for x in value]
    if isinstance(dtype, T.DoubleType) and isinstance(value, int):
        return float(value)  # a coordinate or score written as a whole number in a data file
    if isinstance(dtype, T.LongType) and not isinstance(value, int):
        return int(value)
    return value


def row(values: dict, table: str) -> tuple:
    """A record (a dict of builtins, as ``msgspec.to_builtins`` gives) as a row of ``table``."""
    return _value(values, SCHEMAS[table])


def partition_day(published: str | None) -> str:
    """The partition a document's rows go to: the day it was published, or ``undated``."""
    day = day_of(published)
    return day.isoformat() if day else UNDATED
