"""An article's byline when its meta tags and JSON-LD name no author: one walk of the tree.

Why: trafilatura's byline search (``trafilatura.metadata.extract_author``)
copies the whole tree, prunes comment lists, sidebars, dates and figures from
the copy with two XPath scans, then runs up to three more XPath scans; on the
readability pages that was about 12 ms a page, an eighth of an article's
reading time. The same conditions (``ingest/data/byline.json``) are evaluated
here in a single walk over the tree, without copying it. The answer is the
same: the first element of the first pass that has one, outside any discarded
subtree, whose text is 3 to 119 characters long. When that element holds a
discarded element inside it (its text would be cut), trafilatura's own search
is run instead, so the text is always what it would have returned.
``tests/test_byline.py`` checks the two against each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lxml import etree
from lxml.html import HtmlElement
from trafilatura import metadata as tmeta
from trafilatura.utils import trim

from ..resources import json_data

__all__ = ["byline"]


@dataclass(frozen=True)
class _Test:
    tags: frozenset[str] | None
    equals: tuple[tuple[str, frozenset[str]], ...]
    contains: tuple[tuple[str, str], ...]
    search: tuple[tuple[str, re.Pattern], ...]
    also_tags: frozenset[str]

    def __call__(self, tag: str, attrib) -> bool:
        if tag in self.also_tags:
            return True
        if self.tags is not None and tag not in self.tags:
            return False
        get = attrib.get
        for name, values in self.equals:
            if get(name) in values:
                return True
        for name, text in self.contains:
            value = get(name)
            if value is not None and text in value:
                return True
        for name, pattern in self.search:
            value = get(name)
            if value is not None and pattern.search(value):
                return True
        return False


def _test(spec: dict, also: str = "also_tags") -> _Test:
    return _Test(
        tags=frozenset(spec["tags"]) if "tags" in spec else None,
        equals=tuple((k, frozenset(v)) for k, v in spec.get("equals", {}).items()),
        contains=tuple(spec.get("contains", {}).items()),
        search=tuple((k, re.compile(v)) for k, v in spec.get("search", {}).items()),
        also_tags=frozenset(spec.get(also, ())),
    )


def _screen(tests: list[_Test]) -> dict[str, re.Pattern]:
    """Per attribute, one expression that matches whenever any test could hold on it.

    Why: most elements carry a class or an id that no test is about; one
    search per attribute rejects them before the tests run one by one.
    """
    parts: dict[str, list[str]] = {}
    for test in tests:
        for name, values in test.equals:
            parts.setdefault(name, []).append("^(?:" + "|".join(map(re.escape, sorted(values))) + ")$")
        for name, text in test.contains:
            parts.setdefault(name, []).append(re.escape(text))
        for name, pattern in test.search:
            parts.setdefault(name, []).append("(?:" + pattern.pattern + ")")
    return {name: re.compile("|".join(alts)) for name, alts in parts.items()}


@cache
def _rules() -> tuple[tuple[_Test, ...], _Test, int, dict[str, re.Pattern], frozenset[str]]:
    data = json_data("ingest/data/byline.json")
    passes = tuple(_test(p) for p in data["passes"])
    discard = _test(data["discard"], "any_tags")
    tags = discard.also_tags.union(*(t.also_tags for t in passes))
    return passes, discard, int(data["max_chars"]), _screen([*passes, discard]), tags


def byline(tree: HtmlElement) -> str | None:
    """The page's byline text (authors normalised as trafilatura does), or None."""
    passes, discard, max_chars, screen, named = _rules()
    found: list[list[HtmlElement]] = [[] for _ in passes]
    dropped: set[HtmlElement] = set()
    root = tree.getroottree().getroot()
    for el in root.iter(etree.Element):
        tag, items = el.tag, el.items()
        if tag not in named and not any((p := screen.get(k)) is not None and p.search(v) for k, v in items):
            continue  # no test can hold on this element
        attrs = dict(items)
        if el is not root and discard(tag, attrs):
            dropped.add(el)
        for i, test in enumerate(passes):
            if test(tag, attrs):
                found[i].append(el)
    for candidates in found:
        for el in candidates:
            if el in dropped or any(a in dropped for a in el.iterancestors()):
                continue  # pruned before trafilatura's search
            if dropped and any(d in dropped for d in el.iterdescendants()):
                # Its text would lose the discarded part: let trafilatura cut it exactly.
                return tmeta.extract_author(tree)
            content = trim(" ".join(el.itertext()))
            if content and 2 < len(content) < max_chars:
                return tmeta.normalize_authors(None, content)
    return None
