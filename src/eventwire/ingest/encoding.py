"""Bytes → text: detect binary input and decode text in whatever encoding it came in.

Saved pages and pasted posts arrive as UTF-8, UTF-16 (Windows "Unicode" text
files), cp1252 (Windows "ANSI") or Latin-1, with or without a BOM; HTML may name
its charset in a meta tag. Order of trust: BOM, strict UTF-8, a declared charset,
UTF-16 by its NUL pattern, then charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import Reason, RejectedInput

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_LATIN_FAMILY = re.compile(r"^(cp125[02478]|latin_1|iso8859_(1|2|3|4|9|10|13|14|15|16)|mac_(roman|latin2)|ascii)$")
_XML_DECL = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
# Magic numbers of formats that are certainly not text.
_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x7fELF", b"BZh",
    b"\x28\xb5\x2f\xfd", b"RIFF", b"OggS", b"\x00\x00\x01\x00", b"7z\xbc\xaf", b"Rar!",
)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs on every other byte for Latin text."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even) and _texty(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd) and _texty(odd):
        return "utf-16-be"
    return None


def _texty(data: bytes) -> bool:
    printable = sum(1 for b in data if 32 <= b < 127 or b in (9, 10, 13) or b >= 160)
    return printable >= 0.8 * max(len(data), 1)


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        return True
    if any(head.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > 0.1 * max(len(head), 1)


def decode(data: bytes, *, name: str = "") -> tuple[str, str]:
    """Return (text, encoding). Raise RejectedInput for binary or undecodable bytes."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], enc, name), enc
    if looks_binary(data):
        raise RejectedInput(Reason.BINARY, f"{name or 'input'} is binary data, not text", input_name=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in _candidates(data):
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    raise RejectedInput(Reason.UNDECODABLE, f"{name or 'input'}: no text encoding fits its bytes", input_name=name)


def _candidates(data: bytes) -> list[str]:
    head = data[:4096]
    found = []
    for pattern in (_DECLARED, _XML_DECL):
        m = pattern.search(head)
        if m:
            found.append(m.group(1).decode("ascii", "ignore").lower())
    utf16 = _utf16_without_bom(head)
    if utf16:
        found.append(utf16)
    best = from_bytes(data[:200_000]).best()
    # Short Western-European text is often guessed as a neighbouring code page
    # (cp1250 for French); for the Latin family, cp1252 is what Windows and the
    # web actually use, and it is a superset of Latin-1's printable range.
    if best is not None and not _LATIN_FAMILY.match(best.encoding):
        found.append(best.encoding)
    return found + ["cp1252", "latin-1"]


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise RejectedInput(
            Reason.UNDECODABLE, f"{name or 'input'} has a {enc} byte-order mark but invalid {enc} bytes ({exc.reason})",
            input_name=name,
        ) from exc
