"""phpBB 3 (prosilver and its derivatives).

Posts are ``div.post`` with ids ``p123``; the sidebar is ``dl.postprofile`` whose
``dd`` lines start with a ``<strong>Label:</strong>``; quotes are plain
``<blockquote>`` with a ``<cite>`` naming the author ("X wrote:").

phpBB 3.0's prosilver names the author in the post's header line ("by
<strong><a href="memberlist.php?mode=viewprofile&u=5">Name</a></strong>",
a guest's name without the link) and gives the sidebar's name link no
``username`` class: the header line is the last alternative. Without it the
parser missed every uncoloured member's name, so each such page was read a
second time by record induction to fill them in (see
``forum._fill_from_induction``).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ._base import Engine, EngineSpec


def detect(tree: LexborHTMLParser) -> bool:
    return bool(tree.css_first("dl.postprofile")) and bool(tree.css_first("div.post .postbody, div.post div.content"))


def _quote_author(q: LexborNode) -> str | None:
    cite = q.css_first("cite")
    if cite is None:
        return None
    named = cite.css_first("a")
    text = " ".join((named or cite).text().split())
    return re.sub(r"\s+wrote:?.*$", "", text).strip() or None


SPEC = EngineSpec(
    name="phpbb3",
    post="div.post[id^='p']",
    body="div.content",
    author=".postprofile a.username, .postprofile a.username-coloured, .postprofile .username, p.author strong",
    profile=".postprofile a.username, .postprofile a.username-coloured, p.author strong a[href*='mode=viewprofile']",
    rank=".postprofile dd.profile-rank",
    pairs=".postprofile dd",
    published="p.author time, .author time",
    permalink="h3 a[href^='#p'], p.author a[href*='#p']",
    quote="blockquote",
    quote_author=_quote_author,
    quote_chrome=("cite",),
    drop=(".signature", "script"),
    title="h2.topic-title, h2",
)
ENGINE = Engine(SPEC, detect, marks="dl.postprofile")
