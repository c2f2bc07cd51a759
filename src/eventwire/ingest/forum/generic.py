"""Threads from unknown engines: keep post boundaries where the markup shows them.

Two signals, in order of trust:

1. schema.org microdata: ``DiscussionForumPosting`` / ``Comment`` items with an
   ``author`` and a ``text`` (or ``articleBody``) property, which many custom
   boards and comment systems emit for search engines;
2. repeated containers: three or more elements sharing a class, each holding an
   author-like element and enough text. Requiring the author element is what
   keeps an article's "related stories" list from being read as posts.
"""

from __future__ import annotations

import re
from collections import defaultdict

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ._base import Engine, EngineSpec

# Unknown boards head a quote with a line naming its author in one of a few
# phrasings; that line is the quote's author, not quoted text.
_QUOTE_HEAD = re.compile(r"^\s*(?:quote from|originally posted by|quoting)\s+(.+?)\s*:?\s*$|^\s*(.+?)\s+(?:wrote|said|posted)\s*:?\s*$", re.I)
_QUOTE_SELECTOR = "blockquote, div[class*='quote']"
_SIGNATURE = ("[class*='signature']", "[class$='-sig']", "[class*='sig-']", "script")
TITLE_SELECTOR = _TITLE = "h1, h2[class*='title'], h2[class*='subject'], [class*='thread-title'], [class*='topic-title'], [class*='subject']"


def _quote_header(q: LexborNode) -> LexborNode | None:
    for child in q.iter():
        text = " ".join(child.text(deep=True).split())
        if text and len(text) <= 80 and _QUOTE_HEAD.match(text):
            return child
        return None
    return None


def quote_author(q: LexborNode) -> str | None:
    """The author of a quote block: from its attributes, or from its "X wrote:" header (removed)."""
    for attr in ("data-author", "data-username", "data-quote", "data-user"):
        if q.attributes.get(attr):
            return q.attributes[attr]
    head = _quote_header(q)
    if head is None:
        return None
    m = _QUOTE_HEAD.match(" ".join(head.text(deep=True).split()))
    head.decompose()
    return (m.group(1) or m.group(2)).strip() if m else None

_POSTING = "[itemtype*='DiscussionForumPosting'], [itemtype*='schema.org/Comment']"
# Case-insensitive (" i"): class words are written "PostUser-name", "UserName", "Author".
_AUTHORISH = "[class*='author' i], [class*='poster' i], [class*='username' i], [class*='user-name' i], [class*='nick' i]"
_DATEISH = "time, [class*='date'], [class*='time']"
_BODYISH = "[class*='body'], [class*='content'], [class*='text'], [class*='message']"
_POSTY = re.compile(r"post|comment|message|entry|reply", re.I)
MIN_POSTS = 3  # fewer repeated blocks than this is a layout, not a thread
MIN_TEXT = 40
MAX_SIGNER_CHARS = 60  # an author-like element holding more text than this is content, not a name


SCHEMA_SPEC = EngineSpec(
    name="generic",
    post=_POSTING,
    body="[itemprop='text'], [itemprop='articleBody']",
    author="[itemprop='author'] [itemprop='name'], [itemprop='author']",
    profile="[itemprop='author'] a[href], [itemprop='author'] [itemprop='url']",
    published="[itemprop='datePublished'], [itemprop='dateCreated']",
    permalink="[itemprop='url'][href], a[rel='bookmark']",
    quote=_QUOTE_SELECTOR,
    quote_author=quote_author,
    quote_chrome=("cite", ".quote-title", ".quote-header"),
    drop=_SIGNATURE,
    title=_TITLE,
)


def _schema_posts(tree: LexborHTMLParser) -> bool:
    items = tree.css(_POSTING)
    return len(items) >= 2 and sum(1 for i in items if i.css_first("[itemprop='text'], [itemprop='articleBody']")) >= 2


def _candidate_class(tree: LexborHTMLParser) -> tuple[str, str] | None:
    # Elements that hold an author-like element: the ancestors of every match,
    # found once for the page rather than searched again under each candidate.
    # Found first: a page with no author-like element has no candidate at all.
    holders: set[int] = set()
    bare: dict[str, list[LexborNode]] = defaultdict(list)  # holders without a class, by tag
    for match in tree.css(_AUTHORISH):
        node = match.parent
        while node is not None and node.mem_id not in holders:
            holders.add(node.mem_id)
            if node.tag in _BARE_RECORD_TAGS and "class" not in node.attributes:
                bare[node.tag].append(node)
            node = node.parent
    if not holders:
        return None
    counts: dict[tuple[str, str], int] = defaultdict(int)
    holding: dict[tuple[str, str], list[LexborNode]] = defaultdict(list)
    for node in tree.css("[class]"):
        held = node.mem_id in holders
        for cls in (node.attributes.get("class") or "").split():
            key = (node.tag or "", cls)
            counts[key] += 1
            if held:
                holding[key].append(node)
    # Records printed as bare <article>s or <li>s (crawler views of script
    # apps) carry no class to group them by: their tag does, when every
    # unclassed element of that tag holds an author-like element.
    for tag, nodes in bare.items():
        if len(nodes) >= MIN_POSTS:
            counts[(tag, "")] = sum(1 for n in tree.css(tag) if "class" not in n.attributes)
            holding[(tag, "")] = nodes
    best, best_score = None, 0
    for key, total in counts.items():
        nodes = holding.get(key, ())
        # Cheap tests first: most class groups on a page are single elements or hold no author.
        if total < MIN_POSTS or len(nodes) < MIN_POSTS or len(nodes) < 0.66 * total:
            continue
        good = [n for n in nodes if len(n.text(deep=True).strip()) >= MIN_TEXT]
        if len(good) < MIN_POSTS or len(good) < 0.66 * total:
            continue
        score = len(good) + (100 if _POSTY.search(key[1]) else 0)
        if score > best_score:
            best, best_score = key, score
    return best


_BARE_RECORD_TAGS = frozenset({"article", "li", "section"})


def _repeated_spec(tag: str, cls: str) -> EngineSpec:
    return EngineSpec(
        name="generic",
        post=f"{tag}.{cls}" if cls else f"{tag}:not([class])",
        body=_BODYISH,
        author=_AUTHORISH,
        published=_DATEISH,
        permalink="a[href*='#'], a[rel='bookmark']",
        quote=_QUOTE_SELECTOR,
        quote_author=quote_author,
        quote_chrome=("cite",),
        drop=_SIGNATURE,
        title=_TITLE,
        body_optional=True,
    )


def spec_for(tree: LexborHTMLParser) -> EngineSpec | None:
    if _schema_posts(tree):
        return SCHEMA_SPEC
    found = _candidate_class(tree)
    return _repeated_spec(*found) if found else None


ENGINE = Engine(SCHEMA_SPEC, _schema_posts)


def signed_blocks(tree: LexborHTMLParser) -> list[LexborNode]:
    """The repeated containers that each hold an author-like element (the class-based reader's posts), or none."""
    found = _candidate_class(tree)
    if found is None:
        return []
    tag, cls = found
    if not cls:
        return [n for n in tree.css(tag) if "class" not in n.attributes]
    return [n for n in tree.css(tag) if cls in (n.attributes.get("class") or "").split()]


def strip_signers(node: LexborNode) -> None:
    """Remove the short author-like elements (a name, an avatar caption) inside one block."""
    for n in node.css(_AUTHORISH):
        if len(n.text(deep=True).strip()) <= MAX_SIGNER_CHARS:
            n.decompose()

