"""The tag-stripped text of a saved article page, as the real-sentence gold indexes it.

The records of ``gold/events/real`` point into ``expected.html`` pages of the
readability suite by character offsets into this text: entities decoded,
script/style/svg/noscript/template/math dropped, every block-level tag a line
break, runs of whitespace inside a line one space, lines stripped, empty lines
removed. It must stay character-for-character the function the sentences were
drawn with (``scripts/draw_real_sentences.py``), or the sha1 check fails.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "time", "tr", "ul",
})
_SKIP_TAGS = frozenset({"script", "style", "svg", "noscript", "template", "math"})
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                        "param", "source", "track", "wbr"})
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WS_SPLIT = re.compile(r"(" + _WS.pattern + r")")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skip = 0
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS:
                self.pieces.append("\n")
            return
        self.stack.append(tag)
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.pieces.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.pieces.append("\n")

    def handle_endtag(self, tag):
        if tag in _VOID_TAGS or tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in _SKIP_TAGS:
                self.skip -= 1
            if top in _BLOCK_TAGS:
                self.pieces.append("\n")
            if top == tag:
                break

    def handle_data(self, data):
        if not self.skip:
            self.pieces.append(data.replace("\n", " "))


def html_text(raw: str) -> str:
    """The page's text: one line per block, whitespace collapsed (see the module docstring)."""
    parser = _TextParser()
    parser.feed(raw)
    parser.close()
    out: list[str] = []
    for piece in parser.pieces:
        if piece == "\n":
            while out and out[-1] == " ":
                out.pop()
            if out and out[-1] != "\n":
                out.append("\n")
            continue
        for chunk in _WS_SPLIT.split(piece):
            if not chunk:
                continue
            if _WS.fullmatch(chunk):
                if out and out[-1] not in (" ", "\n"):
                    out.append(" ")
            else:
                out.extend(chunk)
    while out and out[-1] in (" ", "\n"):
        out.pop()
    return "".join(out)


__all__ = ["html_text"]
