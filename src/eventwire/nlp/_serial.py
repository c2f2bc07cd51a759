"""Doc extension values that serialise: spaCy's own ``nlp.pipe(n_process=N)`` works with eventwire's components.

spaCy sends Docs between processes as bytes (``Doc.to_bytes``), and the
extension values (``doc._.actors``, ``doc._.events``, ``doc._.claims``,
``doc._.doc_date``) go with them through srsly's msgpack. Msgpack knows lists,
dicts, strings and numbers, not eventwire's dataclasses, nor dates. So the
classes that extension values hold are registered here: each is packed as a map
of its fields with a marker naming the class, and unpacked back into the class.
Maps without the marker (everything else spaCy packs) are left as they are.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import msgspec
import srsly

__all__ = ["serialisable"]

_MARK = "__eventwire__"
_CLASSES: dict[str, type] = {}
# Fields that hold tuples: msgpack has only arrays, which come back as lists.
_TUPLES: dict[str, tuple[str, ...]] = {}


def serialisable(*tuple_fields: str) -> Callable[[type], type]:
    """Class decorator: instances of this dataclass (or msgspec Struct) may sit in Doc extensions.

    ``tuple_fields`` are fields holding a list of tuples (character spans): they come back as tuples.
    """

    def register(cls: type) -> type:
        _CLASSES[cls.__name__] = cls
        _TUPLES[cls.__name__] = tuple_fields
        return cls

    return register


def _fields(obj) -> dict | None:
    if dataclasses.is_dataclass(obj):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    if isinstance(obj, msgspec.Struct):
        return {name: getattr(obj, name) for name in obj.__struct_fields__}
    return None


def _encode(obj, chain=None):
    name = type(obj).__name__
    if _CLASSES.get(name) is type(obj):
        data = _fields(obj)
        data[_MARK] = name
        return data
    if type(obj) is date:
        return {_MARK: "date", "iso": obj.isoformat()}
    return obj if chain is None else chain(obj)


def _decode(obj, chain=None):
    name = obj.get(_MARK) if isinstance(obj, dict) else None
    if name is None:
        return obj if chain is None else chain(obj)
    if name == "date":
        return date.fromisoformat(obj["iso"])
    data = {k: v for k, v in obj.items() if k != _MARK}
    for field in _TUPLES.get(name, ()):
        data[field] = [tuple(x) for x in data[field]]
    return _CLASSES[name](**data)


srsly.msgpack_encoders.register("eventwire", func=_encode)
srsly.msgpack_decoders.register("eventwire", func=_decode)
