"""Evaluation against gold standards in the field's formats (``eventwire evaluate ...``).

``events``: the event coder against PLOVER JSON records or PETRARCH validation
XML. ``attribution``: who-says-so against brat standoff (PARC / PolNeAR style).
"""

from __future__ import annotations

from .attribution import evaluate_corpus
from ._pagetext import html_text, html_text_lines
from .events import evaluate, read_gold

__all__ = ["evaluate", "evaluate_corpus", "html_text", "html_text_lines", "read_gold"]
