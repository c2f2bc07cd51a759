"""The HTML tree and its text, shared by the article, forum and feed readers.

The block-aware text walker keeps paragraphs, list items and ``<br>`` as line
breaks; scripts, styles and buttons give no text.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode


BLOCK_TAGS = frozenset(
    "p div li ul ol blockquote h1 h2 h3 h4 h5 h6 tr table section article header footer aside pre "
    "dd dt dl figure figcaption hr form main nav address details summary center fieldset".split()
)
SKIP_TAGS = frozenset("script style template svg button select input textarea iframe object canvas head".split())
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


def parse_html(text: str) -> LexborHTMLParser:
    return LexborHTMLParser(text)


def node_text(root: LexborNode) -> str:
    """Text of a node with block structure kept as line breaks (iterative: no recursion limit)."""
    out: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            out.append("\n")
            continue
        tag = node.tag or ""
        if tag == "-text":
            out.append(_SPACES.sub(" ", (node.text_content or "").replace("\n", " ")))
            continue
        if tag.startswith("-") or tag in SKIP_TAGS:
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag in BLOCK_TAGS:
            out.append("\n")
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    return tidy_lines("".join(out))


def tidy_lines(text: str) -> str:
    lines = (_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def absolute_links(node: LexborNode) -> list[str]:
    hrefs = (a.attributes.get("href") or "" for a in node.css("a[href]"))
    return list(dict.fromkeys(h.strip() for h in hrefs if h.strip().lower().startswith(("http://", "https://"))))


def unwrap_noscript(text: str, tree: LexborHTMLParser) -> LexborHTMLParser:
    """Discourse and other JavaScript apps put the server-rendered page inside <noscript>.

    The HTML parser keeps a noscript's content as raw text, so when the page's body
    has nothing else to read, that text is parsed again as the page.
    """
    blocks = [n.text(deep=True) for n in tree.css("noscript")]
    rich = max(blocks, key=len, default="")
    if len(rich) > 500 and "<" in rich:
        body = tree.body
        visible = node_text(body) if body is not None else ""
        if len(visible) < len(rich) / 4:
            head = tree.head.html if tree.head is not None else ""
            return LexborHTMLParser(f"<html>{head}<body>{rich}</body></html>")
    return tree
