"""Value helpers every stage shares: the date a stored ISO string names, a URL's site.

Each parser is named for what it returns; readers that parse what a page *shows*
("Mar 2016", "Yesterday at 10:15 PM") keep their own in ``ingest``.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

__all__ = ["day_of", "domain_of"]


def day_of(value: str | None) -> date | None:
    """The calendar day an ISO-8601 date or timestamp string starts with ("2020-01-09T10:15" → 2020-01-09)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def domain_of(url: str | None) -> str | None:
    """The host of a URL without "www." ("https://www.example.com/a" → "example.com")."""
    if not url or not isinstance(url, str):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
