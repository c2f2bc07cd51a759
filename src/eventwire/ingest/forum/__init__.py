"""Forum thread pages, one parser per engine, detected from the markup.

Order matters: specific engines first, the generic fallback last.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from ...model import Document
from . import discourse, generic, phpbb, vbulletin, xenforo
from ._base import Engine, parse_with

ENGINES: list[Engine] = [xenforo.ENGINE, vbulletin.ENGINE_VB5, vbulletin.ENGINE_VB4, phpbb.ENGINE, discourse.ENGINE]


def detect_engine(tree: LexborHTMLParser) -> str | None:
    for engine in ENGINES:
        if engine.detect(tree):
            return engine.spec.name
    return "generic" if generic.spec_for(tree) else None


def parse_thread(tree: LexborHTMLParser, *, url: str | None = None) -> Document | None:
    """The thread's posts, or None when the page is not a forum thread."""
    for engine in ENGINES:
        if engine.detect(tree):
            doc = parse_with(engine.spec, tree, url)
            if doc.posts:
                return doc
    spec = generic.spec_for(tree)
    if spec is None:
        return None
    doc = parse_with(spec, tree, url)
    return doc if doc.posts else None
