"""Value parsers the readers share: counts and dates as pages show them, URLs in text.

Each is named for what it returns: ``shown_date_iso`` turns "Mar 2016" into
"2016-03", ``shown_timestamp_iso`` turns "Yesterday at 10:15 PM"-style stamps into
ISO-8601 strings.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from datetime import datetime

from dateutil import parser as _dateparser

_COUNT = re.compile(r"^([+\-−–]?)\s*(\d[\d,.\s' ]*)\s*([kKmM]?)$")


def parse_count(value: str | None) -> int | None:
    """'2,284' → 2284, '-28' → -28, '1.2K' → 1200, '12 408' → 12408; else None.

    Forums print counts with thousands separators of every locale, a Unicode
    minus for negative reaction scores, and K/M abbreviations on big boards.
    """
    if not value:
        return None
    m = _COUNT.match(value.strip())
    if not m:
        return None
    sign, digits, suffix = m.groups()
    digits = re.sub(r"[\s' ]", "", digits)
    if suffix:
        number = float(digits.replace(",", "."))
        number *= 1000 if suffix.lower() == "k" else 1_000_000
    elif re.fullmatch(r"\d{1,3}([.,]\d{3})+", digits):
        number = float(re.sub(r"[.,]", "", digits))  # thousands separators
    else:
        try:
            number = float(digits.replace(",", "."))
        except ValueError:
            return None
    if not math.isfinite(number):
        # "999…9K" with hundreds of digits overflows a float: no count to keep (the
        # sidebar's text is kept among the post's removed passages).
        return None
    result = int(round(number))
    return -result if sign in "-−–" and sign else result


_MONTH_YEAR = re.compile(r"^\s*([A-Za-z]{3,9})\.?\s+(\d{4})\s*$")
_DEFAULT = datetime(1900, 1, 1)


def shown_date_iso(value: str | None, *, dayfirst: bool = False) -> str | None:
    """A date as shown by a forum or site → 'YYYY-MM-DD' ('YYYY-MM' when no day is shown)."""
    if not value or not value.strip():
        return None
    return _date_iso(value.strip(), dayfirst)


@lru_cache(maxsize=4096)
def _date_iso(text: str, dayfirst: bool) -> str | None:
    """:func:`shown_date_iso` of a stripped text, kept per text.

    Why: engine parsers read every post's sidebar, and a member's "Joined"
    date comes back with each of their posts (and on every page of the
    thread); the general date parser took about a third of a phpBB page's
    reading time. The result depends on the text alone (a fixed default
    date, no clock).
    """
    m = _MONTH_YEAR.match(text)
    try:
        parsed = _dateparser.parse(text, default=_DEFAULT, dayfirst=dayfirst, fuzzy=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or parsed.year < 1990:
        return None
    if m:
        return f"{parsed.year:04d}-{parsed.month:02d}"
    return parsed.date().isoformat()


# A machine timestamp ("2024-02-03T18:51:02Z", "…+02:00"): read without the
# general (slow) parser, which forum pages call hundreds of times.
_ISO_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?")


def shown_timestamp_iso(value: str | None, *, dayfirst: bool = False) -> str | None:
    """A machine or human timestamp → ISO-8601 (with its offset when it has one)."""
    if not value or not value.strip():
        return None
    return _timestamp_iso(value.strip(), dayfirst)


@lru_cache(maxsize=4096)
def _timestamp_iso(value: str, dayfirst: bool) -> str | None:
    try:
        if _ISO_STAMP.fullmatch(value):
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            parsed = _dateparser.parse(value, default=_DEFAULT, dayfirst=dayfirst, fuzzy=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or parsed.year < 1990:
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.isoformat()




# A URL in running text. Trailing punctuation is trimmed after matching: a URL at
# the end of a sentence keeps its full stop out.
URL_RE = re.compile(r"https?://[^\s<>\"'“”‘’]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"”’»"


def find_urls(text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in URL_RE.finditer(text):
        url = m.group(0)
        while url and url[-1] in _TRAILING:
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        found.append((m.start(), m.start() + len(url), url))
    return found


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
