"""Resolve date expressions in news text against the document's date.

News rarely gives full dates: "on Tuesday", "earlier this week", "two years ago".
Each expression resolves to the first day of the period it names plus a
precision (day, week, month, year), so that "last month" and "on 3 March" can be
compared later without pretending to more accuracy than the text gives. What
cannot be resolved ("recently", "in the aftermath") stays None with its text kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ._serial import serialisable

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20, "several": 3, "few": 3,
    "a few": 3, "couple": 2, "a couple of": 2,
}
_UNIT = r"(day|week|fortnight|month|year|decade)s?"
_NUM = r"(\d+|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + ")"
_AGO = re.compile(rf"\b{_NUM}\s+{_UNIT}\s+(ago|earlier|before)\b", re.I)
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}(?:\s+(?:of\s+)?(\d{{4}}))?\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(?:in|since|during|of)?\s*((?:19|20)\d{2})\b", re.I)
_WEEKDAY = re.compile(r"\b(last\s+|next\s+|this\s+|on\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I)
_RELATIVE = [
    (re.compile(r"\b(today|tonight|this (morning|afternoon|evening))\b", re.I), 0, "day"),
    (re.compile(r"\b(yesterday|last night)\b", re.I), -1, "day"),
    (re.compile(r"\btomorrow\b", re.I), 1, "day"),
]
_PERIOD = re.compile(r"\b(earlier this|later this|this|last|past|previous|next|coming)\s+(week|month|year)\b", re.I)


@serialisable()
@dataclass(frozen=True)
class ResolvedDate:
    date: str | None
    precision: str | None
    text: str


def _count(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS.get(token.lower(), 1)


def _shift(anchor: date, unit: str, n: int) -> tuple[date, str]:
    unit = unit.lower()
    if unit == "day":
        return anchor - timedelta(days=n), "day"
    if unit in ("week", "fortnight"):
        days = 7 * n * (2 if unit == "fortnight" else 1)
        return anchor - timedelta(days=days), "week"
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 - n
        return date(month_index // 12, month_index % 12 + 1, 1), "month"
    years = n * (10 if unit == "decade" else 1)
    return date(anchor.year - years, 1, 1), "year"


def _period(anchor: date, which: str, unit: str) -> tuple[date, str]:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which.split()[0].lower(), 0)
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday())
        return monday + timedelta(days=7 * step), "week"
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        return date(month_index // 12, month_index % 12 + 1, 1), "month"
    return date(anchor.year + step, 1, 1), "year"


def _month_number(token: str) -> int:
    return _MONTH_ABBR[token.lower().rstrip(".")[:4] if token.lower().startswith("sept") else token.lower()[:3]]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _explicit(text: str, anchor: date | None) -> tuple[date, str] | None:
    m = _ISO.search(text)
    if m:
        found = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (found, "day") if found else None
    for pattern, day_group, month_group in ((_DAY_MONTH_YEAR, 1, 2), (_MONTH_DAY_YEAR, 2, 1)):
        m = pattern.search(text)
        if m:
            month, day = _month_number(m.group(month_group)), int(m.group(day_group))
            year = int(m.group(3)) if m.group(3) else _year_before(anchor, month, day)
            found = _safe_date(year, month, day) if year else None
            if found:
                return found, "day"
    return None


def _year_before(anchor: date | None, month: int, day: int = 1) -> int | None:
    """A month without a year means its most recent occurrence up to the document date."""
    if anchor is None:
        return None
    return anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1


def resolve(text: str, anchor: date | None) -> ResolvedDate:
    """Resolve one date expression; ``anchor`` is the document's date (None: only absolute dates)."""
    found = _explicit(text, anchor) or (_relative(text, anchor) if anchor else None) or _month_or_year(text, anchor)
    if found is None:
        return ResolvedDate(None, None, text)
    return ResolvedDate(found[0].isoformat(), found[1], text)


def _relative(text: str, anchor: date) -> tuple[date, str] | None:
    m = _AGO.search(text)
    if m:
        return _shift(anchor, m.group(2), _count(m.group(1)))
    for pattern, offset, precision in _RELATIVE:
        if pattern.search(text):
            return anchor + timedelta(days=offset), precision
    m = _PERIOD.search(text)
    if m:
        return _period(anchor, m.group(1), m.group(2).lower())
    m = _WEEKDAY.search(text)
    if m:
        back = (anchor.weekday() - WEEKDAYS.index(m.group(2).lower())) % 7
        if (m.group(1) or "").strip().lower() == "last" and back == 0:
            back = 7
        if (m.group(1) or "").strip().lower() == "next":
            return anchor + timedelta(days=(7 - back) % 7 or 7), "day"
        return anchor - timedelta(days=back), "day"
    return None


def _month_or_year(text: str, anchor: date | None) -> tuple[date, str] | None:
    m = _MONTH_YEAR.search(text)
    if m and not re.fullmatch(r"may", m.group(0).strip(), re.I):  # "may" alone is the verb
        month = _month_number(m.group(1))
        year = int(m.group(2)) if m.group(2) else _year_before(anchor, month, 31)
        if year:
            return date(year, month, 1), "month"
    m = _YEAR.search(text)
    if m:
        return date(int(m.group(1)), 1, 1), "year"
    return None


HISTORICAL_AFTER_DAYS = 180  # older than this before the document: background, not news


def is_historical(resolved: ResolvedDate, anchor: date | None) -> bool:
    if anchor is None or resolved.date is None:
        return False
    return (anchor - date.fromisoformat(resolved.date)).days > HISTORICAL_AFTER_DAYS
