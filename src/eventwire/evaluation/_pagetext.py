"""The tag-stripped text of a saved article page, as the real-sentence gold indexes it.

The records of ``gold/events/real`` point into ``expected.html`` pages of the
readability suite by character offsets into this text: entities decoded,
script/style/svg/noscript/template/math dropped, every block-level tag a line
break, runs of whitespace inside a line one space, lines stripped, empty lines
removed. ``scripts/draw_real_sentences.py`` draws the sentences with this same
function (one definition, so the offsets and SHA-1 checks can never drift).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_text", "html_text_lines"]

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "time", "tr", "ul",
}
_SKIP_TAGS = {"script", "style", "svg", "noscript", "template", "math"}
# Text inside these elements is kept in the text (so offsets stay simple) but
# lines coming from them are never drawn: captions, credits and dates.
_NONPROSE_TAGS = {"figure", "figcaption", "caption", "time"}
_VOID_TAGS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr",
}

_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[str, bool]] = []  # (text, inside non-prose element)
        self.skip = 0
        self.nonprose = 0
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS:
                self.pieces.append(("\n", False))
            return
        self.stack.append(tag)
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _NONPROSE_TAGS:
            self.nonprose += 1
        if tag in _BLOCK_TAGS:
            self.pieces.append(("\n", False))

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.pieces.append(("\n", False))

    def handle_endtag(self, tag):
        if tag in _VOID_TAGS or tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in _SKIP_TAGS:
                self.skip -= 1
            if top in _NONPROSE_TAGS:
                self.nonprose -= 1
            if top in _BLOCK_TAGS:
                self.pieces.append(("\n", False))
            if top == tag:
                break

    def handle_data(self, data):
        if self.skip:
            return
        self.pieces.append((data.replace("\n", " "), self.nonprose > 0))


def html_text_lines(raw: str) -> tuple[str, list[tuple[int, int, bool]]]:
    """Return (text, lines) for an HTML page.

    ``text`` is the tag-stripped text described in the module docstring;
    ``lines`` lists (start, end, nonprose) for each line of ``text``, where
    ``nonprose`` is true when most of the line's characters come from a
    figure, caption or time element.
    """
    p = _TextParser()
    p.feed(raw)
    p.close()
    # Flatten to characters with flags, collapse whitespace.
    out: list[str] = []
    flags: list[bool] = []
    for piece, flag in p.pieces:
        if piece == "\n":
            # strip trailing space of the current line
            while out and out[-1] == " ":
                out.pop()
                flags.pop()
            if out and out[-1] != "\n":
                out.append("\n")
                flags.append(False)
            continue
        for chunk in re.split(r"(" + _WS.pattern + r")", piece):
            if not chunk:
                continue
            if _WS.fullmatch(chunk):
                if out and out[-1] not in (" ", "\n"):
                    out.append(" ")
                    flags.append(flag)
            else:
                out.extend(chunk)
                flags.extend([flag] * len(chunk))
    while out and out[-1] in (" ", "\n"):
        out.pop()
        flags.pop()
    text = "".join(out)
    lines = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        n_flag = sum(flags[start:end])
        lines.append((start, end, n_flag * 2 > max(1, end - start)))
        pos = end + 1
    return text, lines


def html_text(raw: str) -> str:
    """The tag-stripped text of an expected.html page (offsets refer to it)."""
    return html_text_lines(raw)[0]
