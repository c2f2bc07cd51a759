"""Cells a spreadsheet would run: text beginning with =, +, - or @ is a formula to Excel and LibreOffice.

A scraped post can put ``=HYPERLINK(...)`` in an actor's name; an analyst who
opens the CSV must see text, not run it. Such cells get a leading apostrophe
(the spreadsheet convention for "this is text"). Only text cells are guarded:
a negative number (a Goldstein score of -10.0) is data and stays as it is.
``--no-formula-guard`` turns this off for byte-faithful GDELT files.
"""

from __future__ import annotations

__all__ = ["FORMULA_STARTS", "neutralize"]

FORMULA_STARTS = ("=", "+", "-", "@")


def neutralize(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
