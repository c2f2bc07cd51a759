"""Clean a post's text: lift link lines into links, keep a pasted-twice passage once.

Forum users paste an article, add its link, and paste it again (often trimmed, or
re-wrapped by the browser). Counting both copies would double every event and
every claim in them, so the text is cut into sentence units, units that repeat
are paired, and one copy of each repeated run is dropped. The dropped text and its
offsets are kept in ``removed_passages`` so nothing disappears unaccounted for.

Which copy stays: the one in the longer *segment*. Segments are the stretches of
text between link lines, which is how users separate pasted copies; a trimmed
copy sits in a shorter segment than the full one, whichever comes first. With no
link line between the copies the first copy stays.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from ..model import RemovedPassage
from ..resources import json_data
from ._values import find_urls, unique

# A unit ends after sentence punctuation (and any closing quote or bracket)
# followed by white space, or at a line break that follows such punctuation.
# Line breaks inside a sentence are not boundaries: a re-wrapped copy must cut
# into the same units as the original. Only a match's end is used, so the
# punctuation is matched rather than looked behind at (a look-behind is tried
# at every position of the text; a literal start lets the search skip ahead).
_UNIT_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n\s*\n+")
_WORD = re.compile(r"\w+")
_LINK_LINE = re.compile(r"^[ \t]*(?:(?:source|link|via|read more|more)\s*[:\-–]\s*)?(https?://\S+)[ \t]*$", re.I | re.M)

MIN_UNIT_WORDS = 5  # shorter units ("Thanks.", "Agreed.") repeat legitimately
MIN_CONTAINED_WORDS = 8  # a trimmed unit must be this long to match its full form
MIN_RUN_WORDS = 20  # a repeated run shorter than this is a quotation, not a paste
MAX_CONTAINMENT_UNITS = 3000  # above this, only exact repeats are looked for


@dataclass
class _Unit:
    start: int
    end: int
    key: str
    words: int
    segment: int


@dataclass
class Cleaned:
    text: str
    links: list[str]
    removed: list[RemovedPassage]


@cache
def _boilerplate(posts: bool = False) -> tuple[re.Pattern, int, re.Pattern | None]:
    """The boilerplate pattern (case-insensitive), its line length limit, and its case-sensitive twin for ASCII lines.

    Why the twin: a case-insensitive search compares every character through
    Unicode case tables and finds no literal to skip ahead to (about five
    times slower on a post's lines). On an ASCII line it finds the same lines
    as the lower-cased line searched case-sensitively, when the patterns'
    letters are lower-case and no non-ASCII letter of theirs folds to an ASCII
    one (see :func:`_ascii_twin`).
    """
    spec = json_data("ingest/data/boilerplate.json")
    start = "|".join(f"(?:{p})" for p in spec["start"] + (spec["post_start"] if posts else []))
    anywhere = "|".join(f"(?:{p})" for p in spec["anywhere"])
    source = rf"^\s*(?:{start})|{anywhere}"
    return re.compile(source, re.I), int(spec["max_chars"]), _ascii_twin(source)


def _ascii_twin(source: str) -> re.Pattern | None:
    """``source`` compiled case-sensitively, or None when it would not match lower-cased ASCII lines as ``re.I`` does."""
    if re.search(r"\\[xuUN0-9]", source):
        return None  # characters written as escapes are not checked below
    plain = re.sub(r"\\.", "", source)  # escapes such as \S and \W are classes, not letters
    if any("A" <= ch <= "Z" for ch in plain):
        return None
    # Under re.I some non-ASCII letters match ASCII ones (the long s matches "s", the Kelvin sign "k").
    for ch in {c for c in plain if not c.isascii()}:
        if any(re.fullmatch(re.escape(ch), chr(a), re.I) for a in range(128)):
            return None
    return re.compile(source)


_Parts = tuple[re.Pattern, re.Pattern | None, re.Pattern, re.Pattern | None]


@cache
def _boilerplate_parts(posts: bool = False) -> _Parts:
    """:func:`_boilerplate`'s two halves, each with its ASCII twin: the line-start phrases (to ``match`` at a line's start) and the phrases found anywhere.

    Why two: the one pattern's first alternative starts with "^", so no
    alternative can be skipped to, and the search tried every alternative
    at every position of a line. Matched at the line's start, the first half
    is tried once; the second half's alternatives all start with a letter,
    so the search skips to the positions holding one of those letters (in
    the case-sensitive twin; the case-insensitive pattern, used on lines
    that are not ASCII, cannot). A line matches the one pattern exactly
    when it matches one of the halves (``^`` without ``re.M`` is the
    string's start).
    """
    spec = json_data("ingest/data/boilerplate.json")
    start = "|".join(f"(?:{p})" for p in spec["start"] + (spec["post_start"] if posts else []))
    anywhere = "|".join(f"(?:{p})" for p in spec["anywhere"])
    first = rf"\s*(?:{start})" if start else r"(?!)"
    rest = anywhere or r"(?!)"
    return re.compile(first, re.I), _ascii_twin(first), re.compile(rest, re.I), _ascii_twin(rest)


def _boilerplate_line(line: str, parts: _Parts) -> bool:
    """Does the line match the boilerplate pattern (see :func:`_boilerplate_parts`)?"""
    start, start_twin, anywhere, anywhere_twin = parts
    if line.isascii() and start_twin is not None and anywhere_twin is not None:
        low = line.lower()
        return start_twin.match(low) is not None or anywhere_twin.search(low) is not None
    return start.match(line) is not None or anywhere.search(line) is not None


def _boilerplate_lines(raw: str, *, posts: bool = False) -> list[RemovedPassage]:
    """Short lines matching the boilerplate patterns; ``posts`` adds the forum edit notes."""
    _, max_chars, _ = _boilerplate(posts)
    parts = _boilerplate_parts(posts)
    out, pos = [], 0
    for line in raw.splitlines(keepends=True):
        if line.strip() and len(line) <= max_chars and _boilerplate_line(line, parts):
            out.append(RemovedPassage(start=pos, end=pos + len(line), text=line.strip(), reason="boilerplate"))
        pos += len(line)
    return out


def clean_article_text(raw: str) -> Cleaned:
    """An article's text with only its short boilerplate lines removed ("Read more: …", donation appeals).

    Link-line lifting and repeated-passage collapsing are for pasted forum
    posts: an article's visible URL lines and its legitimately repeated lines
    (a refrain, a repeated caption, a chorus in a transcript) are its text.
    """
    removed = _boilerplate_lines(raw)
    return Cleaned(_cut(raw, removed), unique([u for _, _, u in find_urls(raw)]), removed)


def clean_post_text(raw: str) -> Cleaned:
    """Return the post's text with link lines lifted and repeated pastes collapsed."""
    # Both patterns need "://" (a link line's URL, any URL): most posts hold none.
    linked = "://" in raw
    link_spans = [(m.start(), m.end(), m.group(1)) for m in _LINK_LINE.finditer(raw)] if linked else []
    links = unique([u for _, _, u in find_urls(raw)]) if linked else []
    removed = [
        RemovedPassage(start=s, end=_eat_newline(raw, e), text=raw[s:e].strip(), reason="link_line")
        for s, e, _ in link_spans
    ]
    taken = {r.start for r in removed}
    removed += [r for r in _boilerplate_lines(raw, posts=True) if r.start not in taken]
    if _may_repeat(raw):
        units = _units(raw, [(r.start, r.end) for r in removed])
        removed += _duplicates(raw, units)
    removed.sort(key=lambda r: r.start)
    return Cleaned(_cut(raw, removed), links, removed)


def _may_repeat(raw: str) -> bool:
    """Does any run of ``MIN_UNIT_WORDS`` words come back in the text? Without one, no passage is a repeat.

    Why: most posts repeat nothing, and cutting a post into units and
    comparing them is most of its cleaning time. Two units are paired only
    when they have the same words (``MIN_UNIT_WORDS`` or more) or when one's
    words, less the first and last, are a run of the other's (at least
    ``MIN_CONTAINED_WORDS - 2`` words); either way a run of
    ``MIN_UNIT_WORDS`` words stands in the text twice. Units are stretches
    of the text cut between words, so their words are runs of the text's
    words, read here the same way (lower-cased, ``_WORD``).
    """
    words = _words(raw.lower())
    if len(words) < 2 * MIN_UNIT_WORDS:
        return False
    # The runs go straight into the set (no list of them): len(words) - MIN_UNIT_WORDS + 1 runs in all.
    return len(set(zip(*(words[k:] for k in range(MIN_UNIT_WORDS))))) < len(words) - MIN_UNIT_WORDS + 1


# Every ASCII character that is not a word character (``\w``), mapped to a space.
_ASCII_NON_WORD = str.maketrans({c: " " for c in range(128) if not (chr(c).isalnum() or c == ord("_"))})


def _words(lowered: str) -> list[str]:
    """``_WORD.findall(lowered)``; an ASCII text is cut by ``str.translate`` and ``split`` instead.

    Why: on an ASCII text a word character is a letter, a digit or "_", so mapping
    every other character to a space and splitting gives the same words,
    about twice as fast as the pattern (most posts are ASCII).
    """
    if lowered.isascii():
        return lowered.translate(_ASCII_NON_WORD).split()
    return _WORD.findall(lowered)


def _eat_newline(text: str, end: int) -> int:
    return end + 1 if end < len(text) and text[end] == "\n" else end


def _units(raw: str, link_spans: list[tuple[int, int]]) -> list[_Unit]:
    """Cut the text between link lines into units; each stretch is one segment."""
    units: list[_Unit] = []
    bounds = [0] + [p for span in sorted(link_spans) for p in span] + [len(raw)]
    for segment, (lo, hi) in enumerate(zip(bounds[::2], bounds[1::2])):
        pos = lo
        for m in list(_UNIT_END.finditer(raw, lo, hi)) + [None]:
            end = m.end() if m else hi
            chunk = raw[pos:end]
            if chunk.strip():
                words = _WORD.findall(chunk.lower())
                units.append(_Unit(pos, end, " ".join(words), len(words), segment))
            pos = end
    return units


def _pairs(units: list[_Unit]) -> dict[int, int]:
    """Map each repeated unit (later index) to an earlier unit with the same words."""
    first: dict[str, int] = {}
    pairs: dict[int, int] = {}
    containment = len(units) <= MAX_CONTAINMENT_UNITS
    # Each unit's words and core padded with spaces, built once: the containment test compares every pair.
    padded = [f" {u.key} " for u in units] if containment else []
    cores = [f" {_core(u.key)} " for u in units] if containment else []
    for j, unit in enumerate(units):
        if unit.words < MIN_UNIT_WORDS:
            continue
        if unit.key in first:
            pairs[j] = first[unit.key]
            continue
        first[unit.key] = j
        if containment and unit.words >= MIN_CONTAINED_WORDS:
            i = _containing(units, j, padded, cores)
            if i is not None:
                pairs[j] = i
    return pairs


def _containing(units: list[_Unit], j: int, padded: list[str], cores: list[str]) -> int | None:
    """An earlier unit that contains unit j's words or is contained in them (trims, headlines).

    The first and last words are left out of the comparison: a copy cut
    mid-sentence is often cut mid-word too ("before the end of th").
    ``padded`` and ``cores`` are each unit's key and core between spaces.
    """
    core, key = cores[j], padded[j]
    for i in range(j):
        if units[i].words < MIN_CONTAINED_WORDS:
            continue
        if core in padded[i] or cores[i] in key:
            return i
    return None


def _core(key: str) -> str:
    words = key.split(" ")
    return " ".join(words[1:-1]) if len(words) > MIN_CONTAINED_WORDS else key


def _runs(pairs: dict[int, int]) -> list[list[tuple[int, int]]]:
    """Group (later, earlier) pairs into runs that advance together."""
    runs: list[list[tuple[int, int]]] = []
    for j in sorted(pairs):
        i = pairs[j]
        if runs and runs[-1][-1][0] == j - 1 and runs[-1][-1][1] == i - 1:
            runs[-1].append((j, i))
        else:
            runs.append([(j, i)])
    return runs


def _duplicates(raw: str, units: list[_Unit]) -> list[RemovedPassage]:
    seg_size: dict[int, int] = {}
    for u in units:
        seg_size[u.segment] = seg_size.get(u.segment, 0) + (u.end - u.start)
    removed: list[RemovedPassage] = []
    dropped: set[int] = set()
    for run in _runs(_pairs(units)):
        if sum(units[j].words for j, _ in run) < MIN_RUN_WORDS:
            continue
        later_seg, earlier_seg = units[run[0][0]].segment, units[run[0][1]].segment
        keep_later = later_seg != earlier_seg and seg_size[later_seg] > seg_size[earlier_seg]
        for j, i in run:
            drop, keep = (i, j) if keep_later else (j, i)
            if drop in dropped or keep in dropped:
                continue
            dropped.add(drop)
            u = units[drop]
            removed.append(
                RemovedPassage(
                    start=u.start,
                    end=u.end,
                    text=raw[u.start : u.end].strip(),
                    reason="duplicate",
                    duplicate_of=units[keep].start,
                )
            )
    return _merge(raw, removed)


def _merge(raw: str, removed: list[RemovedPassage]) -> list[RemovedPassage]:
    """Join adjacent removed units into one passage per dropped copy."""
    merged: list[RemovedPassage] = []
    for r in sorted(removed, key=lambda r: r.start):
        if merged and merged[-1].end == r.start:
            last = merged[-1]
            merged[-1] = RemovedPassage(
                start=last.start, end=r.end, text=raw[last.start : r.end].strip(),
                reason="duplicate", duplicate_of=last.duplicate_of,
            )
        else:
            merged.append(r)
    return merged


def _cut(raw: str, removed: list[RemovedPassage]) -> str:
    parts, pos = [], 0
    for r in removed:
        if r.start >= pos:
            parts.append(raw[pos : r.start])
            pos = r.end
    parts.append(raw[pos:])
    return tidy("".join(parts))


def _space_before_break(text: str) -> bool:
    """Does white space other than "\\n" stand before a line break (a line that ``tidy`` would strip)?

    A loop over the line breaks: posts hold few, and a pattern for it has no
    literal to skip ahead to (it was tried at every position, eight times slower).
    """
    at = text.find("\n", 1)
    while at > 0:
        before = text[at - 1]
        if before != "\n" and before.isspace():
            return True
        at = text.find("\n", at + 1)
    return False


def tidy(text: str) -> str:
    """Strip trailing spaces per line and collapse runs of blank lines.

    A text with no no-break space, no white space before a line break and no
    run of three line breaks has nothing to change but its ends (most
    posts): the lines are not split and joined again. (The pattern's white
    space and ``str.rstrip``'s are the same characters.)
    """
    if "\u00a0" not in text and "\n\n\n" not in text and not _space_before_break(text):
        return text.strip()
    return _tidy_lines(text)


def _tidy_lines(text: str) -> str:
    """:func:`tidy` line by line (the reference the shortcut is tested against)."""
    lines = [ln.rstrip() for ln in text.replace("\u00a0", " ").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
