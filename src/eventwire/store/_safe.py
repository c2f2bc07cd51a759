"""Values made safe to write: the store write never fails on what a reader let through.

DuckDB refuses strings that are not valid UTF-8: a lone surrogate from a JSON
``"\\ud800"`` escape, or a file name whose bytes are not UTF-8 (Python keeps those
bytes as surrogates). They are written with U+FFFD, or, for a file name's bytes,
as ``\\xff`` escapes, so the name stays recognisable.
"""

from __future__ import annotations

import re

import msgspec

__all__ = ["safe_text", "safe_values"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_text(value: str | None) -> str | None:
    if not value or not _SURROGATE.search(value):
        return value
    try:  # a file name's undecodable bytes, kept by Python as \udc80-\udcff
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)


_BIGINT = 2**63


# A run of 19 digits in the JSON of the values: where a whole number of 2**63 or more would show (it has at
# least 19 digits). Digits in a text or a float may match too, which only sends the values the slow way. Found
# by mapping every digit to "1" and every other byte to "0" and looking for 19 ones: the regular expression
# [0-9]{19} took 0.035 CPU s over the JSON of 60 news articles' rows (1.6 MB), this 0.003 s.
_DIGITS = bytes(49 if 48 <= b <= 57 else 48 for b in range(256))
_LONG_RUN = b"1" * 19


def _long_number(encoded: bytes) -> bool:
    return encoded.translate(_DIGITS).find(_LONG_RUN) >= 0


def safe_values(values):
    """``values`` (lists, dicts, strings, anything else) with every string made safe, and every whole
    number too big for a BIGINT column made null (the post row keeps a note of it, see ``_store``)."""
    # Nearly every batch has nothing to change, and walking its every value in Python cost about 0.1 CPU s per 60
    # news articles (2% of their parse). Encoding the whole batch as JSON (C) tells at once: it fails on a lone
    # surrogate (or on a value it cannot encode), and a number too big shows as a long run of digits.
    try:
        if not _long_number(msgspec.json.encode(values)):
            return values
    except (UnicodeEncodeError, TypeError, ValueError, OverflowError):
        pass
    return _walk(values)


def _walk(values):
    kind = type(values)  # the exact types first: every value of every row of a batch passes here
    if kind is str:
        return safe_text(values)
    if kind is list:
        return [_walk(v) for v in values]
    if kind is int:
        return values if -_BIGINT <= values < _BIGINT else None
    if values is None or kind is float or kind is bool:
        return values
    if isinstance(values, str):
        return safe_text(values)
    if isinstance(values, int) and not isinstance(values, bool) and not -(2**63) <= values < 2**63:
        return None
    if isinstance(values, list):
        return [_walk(v) for v in values]
    if isinstance(values, dict):
        return {k: _walk(v) for k, v in values.items()}
    return values
