"""A corpus of a few hundred documents, made from the team's own texts, for engine-equivalence tests and benchmarks.

Deterministic: the same call writes the same files. It varies what the stores
aggregate over: originals and their reposts on other sites (exact, trimmed, or
wrapped in a forum-style preamble) so that stories form; short posts built from
the gold sets' sentences, some of them carried by several posts, so that
canonical events gather several mentions; dates spread over weeks; and a few
inputs in other formats (HTML pages in a folder, a WARC archive) plus inputs
that must be rejected (a bad JSON line, an empty file).

The texts are the dedup gold set's invented articles (gold/dedup/articles),
the bundled example posts (examples/) and the sentences of the events gold sets
(gold/events/{dev,test}); all written for this project.
"""

from __future__ import annotations

import io
import json
import random
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITES = ["dailyledger.example", "northwire.example", "caspianpost.example", "forum.example", "linkdigest.example"]
START = date(2025, 3, 1)


def _articles() -> list[tuple[str, str]]:
    found = sorted((ROOT / "gold" / "dedup" / "articles").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    return [(p.stem, p.read_text("utf-8").strip()) for p in found]


def _sentences() -> list[tuple[str, str | None]]:
    out = []
    for path in sorted((ROOT / "gold" / "events").glob("*/part_*.json")):
        if path.parent.name in ("dev", "test"):
            out += [(item["text"], item.get("date")) for item in json.loads(path.read_text("utf-8"))]
    return out


def _repost(text: str, n: int, rng: random.Random) -> str:
    paragraphs = text.split("\n")
    if n % 3 == 0:
        return text  # the same article on another site
    if n % 3 == 1 and len(paragraphs) > 3:
        return "\n".join(paragraphs[: max(3, len(paragraphs) * 2 // 3)])  # trimmed
    user = f"reader_{rng.randrange(100, 999)}"
    return f"Posted by {user}\nSaw this one this morning, worth a read.\n{text}\nWhat do you all make of it?"


def records(n: int = 300) -> list[dict]:
    """``n`` JSON Lines records (fewer may be written if the sources run short; they do not at 300)."""
    rng = random.Random(13)
    articles = _articles()
    out: list[dict] = []
    for i, (stem, text) in enumerate(articles):
        day = START + timedelta(days=i % 24)
        site = SITES[i % 3]
        out.append({"id": f"orig-{stem}", "url": f"https://{site}/2025/{stem}", "published": day.isoformat(), "text": text})
        out.append({"id": f"repost-{stem}", "url": f"https://{SITES[3 + i % 2]}/t/{stem}-{i}",
                    "published": (day + timedelta(days=1 + i % 3)).isoformat(), "text": _repost(text, i, rng)})
    sentences = _sentences()
    k = 0
    while len(out) < n and k < len(sentences):
        size = 3 + (k % 3)
        chunk = sentences[k : k + size]
        k += size - (1 if k % 4 == 0 else 0)  # every fourth post shares its last sentence with the next one
        published = chunk[0][1] or (START + timedelta(days=k % 30)).isoformat()
        out.append({"id": f"post-{k}", "url": f"https://{SITES[k % len(SITES)]}/p/{k}", "published": published,
                    "text": " ".join(t for t, _ in chunk)})
        if k % 7 == 0 and len(out) < n:  # the same post on a second site, a day later
            later = (date.fromisoformat(published[:10]) + timedelta(days=1)).isoformat()
            out.append({"id": f"post-{k}-copy", "url": f"https://{SITES[(k + 1) % len(SITES)]}/p/{k}", "published": later,
                        "text": " ".join(t for t, _ in chunk)})
    return out[:n]


def _warc(items: list[dict]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for item in items:
        body = _page(item).encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(item["url"], "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def _page(item: dict) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in item["text"].split("\n"))
    return (f"<!doctype html><html><head><title>{item['id']}</title>"
            f"<meta property=\"article:published_time\" content=\"{item['published']}\"></head>"
            f"<body><article><h1>{item['id']}</h1>{paragraphs}</article></body></html>")


def write(folder: Path, n: int = 300) -> list[str]:
    """Write the corpus under ``folder`` and return the inputs to name: JSON Lines files, an HTML folder, a WARC."""
    items = records(n)
    folder.mkdir(parents=True, exist_ok=True)
    pages, archived, lines = items[-6:-3], items[-3:], items[:-6]
    half = len(lines) // 2
    for name, part in (("part-1.jsonl", lines[:half]), ("part-2.jsonl", lines[half:])):
        text = "\n".join(json.dumps(r, ensure_ascii=False) for r in part) + "\n"
        if name == "part-2.jsonl":
            text += "{not json\n"  # one bad record: a reject with its line number
        (folder / name).write_text(text, "utf-8")
    html = folder / "pages"
    html.mkdir(exist_ok=True)
    for item in pages:
        (html / f"{item['id']}.html").write_text(_page(item), "utf-8")
    (html / "empty.html").write_text("", "utf-8")  # a reject: empty input
    (folder / "archive.warc").write_bytes(_warc(archived))
    return [str(folder / "part-1.jsonl"), str(folder / "part-2.jsonl"), str(html), str(folder / "archive.warc")]
