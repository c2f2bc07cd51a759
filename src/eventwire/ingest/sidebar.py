"""Lift a forum's user sidebar, copied as plain text, into an Author.

When a user selects a post in a browser and copies it, the board's sidebar comes
along as lines of text above the post: the user name, a rank, then label/value
pairs. The boards print those pairs in three shapes, all handled here:

* XenForo ``<dl>`` lists, copied as bullet lines: ``- Joined`` / ``- May 9, 2019``;
* ``Label: value`` lines (vBulletin, phpBB, SMF): ``Join Date: Mar 2016``;
* bare label and value on consecutive lines (XenForo copied without bullets).

A label without a value (``- Country`` when the flag was an image) is legal and
leaves the field empty. The block ends at the first line that is neither a
label nor a value: the post itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from ..model import Author
from ..resources import json_data
from ._values import parse_count, shown_date_iso

_BULLET = re.compile(r"^\s*[-•*·–]\s+")
_LABEL_VALUE = re.compile(r"^([A-Za-z][A-Za-z ()'./]{1,30}?)\s*:\s*(.*)$")
# Longest a name, a rank or a value line can be; article lines are longer.
_MAX_SHORT = 48


@dataclass(frozen=True)
class _Labels:
    fields: dict[str, str]
    ignored: frozenset[str]
    ranks: frozenset[str]


@cache
def _labels() -> _Labels:
    raw = json_data("ingest/data/forum_labels.json")
    fields = {label: field for field, labels in raw["fields"].items() for label in labels}
    return _Labels(fields, frozenset(raw["ignored_labels"]), frozenset(raw["ranks"]))


@dataclass
class _Line:
    text: str  # stripped, bullet removed
    start: int
    end: int  # offset after the line's newline
    bulleted: bool


def _lines(text: str, limit: int = 40) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True)[:limit]:
        stripped = raw.strip()
        bulleted = bool(_BULLET.match(raw))
        out.append(_Line(_BULLET.sub("", raw).strip() if bulleted else stripped, pos, pos + len(raw), bulleted))
        pos += len(raw)
    return out


def label_key(text: str) -> str | None:
    key = text.lower().rstrip(":").strip()
    labels = _labels()
    if key in labels.fields or key in labels.ignored:
        return key
    return None


def _is_rank(text: str) -> bool:
    if not text or len(text) > _MAX_SHORT or label_key(text):
        return False
    if text.lower() in _labels().ranks:
        return True
    letters = [c for c in text if c.isalpha()]
    # Boards style ranks in capitals ("SENIOR MEMBER"); a one-word capital line
    # could be an acronym headline, so a capital rank needs two words or more.
    return bool(letters) and all(c.isupper() for c in letters) and len(text.split()) >= 2


def _is_name(text: str) -> bool:
    return bool(text) and len(text) <= 40 and len(text.split()) <= 4 and not text.endswith((".", "?", "!", ":"))


@dataclass
class Sidebar:
    author: Author
    end: int  # offset where the post body starts


def assign_field(author: Author, key: str, value: str) -> None:
    field = _labels().fields.get(key)
    if field is None or not value:
        return
    if field == "joined":
        author.joined = shown_date_iso(value)
    elif field in ("messages", "reaction_score", "points"):
        setattr(author, field, parse_count(value))
    else:
        setattr(author, field, value)


def parse_sidebar(text: str) -> Sidebar | None:
    """Find a sidebar block at the top of ``text``; None when there is none."""
    lines = _lines(text)
    idx = [i for i, ln in enumerate(lines) if ln.text]
    if len(idx) < 2 or not _is_name(lines[idx[0]].text) or label_key(lines[idx[0]].text):
        return None
    author = Author(name=lines[idx[0]].text)
    k = 1
    if _is_rank(lines[idx[k]].text):
        author.rank = lines[idx[k]].text
        k += 1
    matched, end = _parse_pairs(lines, idx[k:], author)
    if not matched and author.rank is None:
        return None
    end = end if end is not None else lines[idx[k - 1]].end
    return Sidebar(author, end)


def _parse_pairs(lines: list[_Line], order: list[int], author: Author) -> tuple[int, int | None]:
    """Read label/value lines in order; return how many labels matched and where they end."""
    matched, end, pos = 0, None, 0
    while pos < len(order):
        line = lines[order[pos]]
        m = _LABEL_VALUE.match(line.text)
        if m and label_key(m.group(1)) and m.group(2):
            assign_field(author, label_key(m.group(1)) or "", m.group(2).strip())
            matched, end, pos = matched + 1, line.end, pos + 1
            continue
        key = label_key(line.text)
        if key is None:
            break
        matched, end, pos = matched + 1, line.end, pos + 1
        if pos < len(order) and _is_value(lines[order[pos]], line):
            assign_field(author, key, lines[order[pos]].text)
            end, pos = lines[order[pos]].end, pos + 1
    return matched, end


def _is_value(candidate: _Line, label: _Line) -> bool:
    """A value follows its label in the same style and is short; a label is never a value."""
    if label_key(candidate.text) or len(candidate.text) > _MAX_SHORT:
        return False
    if label.bulleted:
        return candidate.bulleted
    return not candidate.bulleted and not candidate.text.endswith(".")
