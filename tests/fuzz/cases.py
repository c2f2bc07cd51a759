"""Fuzz inputs generated from seeds of our own: every category of issue 15 and then some.

Each case carries the bytes to write, its file name (bytes: some are not valid
UTF-8) and ``good``: how many records in it are known good and must come out
as documents (a JSON Lines file with one bad line still has its good ones).
"""

from __future__ import annotations

import gzip
import io
import json
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass

GOOD_POST = (
    "Tariq_77\nFull Member\n- Joined\n- Feb 2, 2018\n- Messages\n- 311\n"
    "The Afghan and Pakistani delegations met in Doha on Friday to discuss the Torkham crossing, officials said.\n"
)
SENTENCES = [
    "The foreign ministers of Kenya and Ethiopia met in Nairobi on Monday to discuss the border near Moyale.",
    "Officials in Quito said the talks with Peru would resume after the elections.",
    "Drones struck a fuel depot near the port overnight, regional officials said.",
    "The minister of Ruritania accused the neighbouring government of shelling two villages.",
    "Both delegations agreed to meet again before the end of the rainy season, a joint statement said.",
    "Police in the capital arrested twelve protesters outside the parliament on Tuesday.",
]
PAGE = (
    "<!doctype html><html><head><title>Border talks</title></head><body><nav>Home | World</nav>"
    "<article><h1>Border talks resume</h1>{paras}</article><footer>Copyright Example News</footer></body></html>"
)
FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example Wire</title>'
    "<link>https://news.example.com/</link>{items}</channel></rss>"
)
ITEM = ("<item><title>Story {n}</title><link>https://news.example.com/{n}</link>"
        "<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;{text}&lt;/p&gt;</description></item>")
XSS = [
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', '<a href="javascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>', "<svg onload=alert(1)>", '"><iframe src=javascript:alert(1)>',
]


@dataclass
class Case:
    category: str
    name: bytes  # the file name (may be invalid UTF-8)
    data: bytes
    good: int = 0  # records that must come out as documents


def _text(rng: random.Random, k: int = 3) -> str:
    # A number makes each text unique, so good records never collapse into one document id.
    return " ".join(rng.choice(SENTENCES) for _ in range(k)) + f" Report number {rng.randrange(10**9)}."


def _page(rng: random.Random) -> str:
    return PAGE.format(paras="".join(f"<p>{_text(rng)}</p>" for _ in range(3)))


def _feed(rng: random.Random, n: int) -> str:
    return FEED.format(items="".join(ITEM.format(n=i, text=_text(rng)) for i in range(n)))


def _mutate(rng: random.Random, data: bytes, edits: int | None = None) -> bytes:
    buf = bytearray(data)
    for _ in range(edits if edits is not None else rng.randint(1, 20)):
        op = rng.randrange(5)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            del buf[pos:pos + rng.randint(1, 32)]
        elif op == 3:
            buf[pos:pos] = rng.choice([b"<", b">", b"<div>", b"</", b"&", b"\x00", b"\"", b"]]>", b"<!--", b"\r\n"])
        else:
            chunk = bytes(buf[pos:pos + rng.randint(1, 64)])
            buf[pos:pos] = chunk * rng.randint(1, 4)
    return bytes(buf)


# -- categories: (rng, big) → Case; ``big`` allows the multi-megabyte inputs --------------
def random_bytes(rng: random.Random, big: bool) -> Case:
    n = rng.choice([0, 1, 7, 100, 1000, 5000])
    return Case("random bytes", b"random.bin", bytes(rng.randrange(256) for _ in range(n)))


def mutated_html(rng: random.Random, big: bool) -> Case:
    return Case("mutated HTML", b"page.html", _mutate(rng, _page(rng).encode()))


def deep_nesting(rng: random.Random, big: bool) -> Case:
    depth = rng.choice([50_000, 100_000, 200_000] if big else [2_000, 10_000])
    open_, close = rng.choice([("<div>", "</div>"), ("<ul><li>", "</li></ul>"), ("<blockquote>", "</blockquote>"),
                               ("<span>", "</span>"), ("<div>", "")])
    body = open_ * depth + _text(rng) + close * depth
    return Case("deep nesting", b"deep.html", f"<html><body>{body}</body></html>".encode())


def many_tags(rng: random.Random, big: bool) -> Case:
    n = 1_000_000 if big else 2_000
    tag = rng.choice(["<b>x</b>", "<p>a</p>", "<br>", "<span class=a>y</span>"])
    return Case("many tags", b"tags.html", (f"<html><body><p>{_text(rng)}</p>" + tag * n + "</body></html>").encode())


def huge_lines(rng: random.Random, big: bool) -> Case:
    size = 15_000_000 if big else 300_000
    kind = rng.randrange(3)
    if kind == 0:  # many short lines
        data = "\n".join(f"{w} {i}" for i, w in zip(range(size // 8), iter(lambda: rng.choice(["ok", "yes", "no"]), None)))
    elif kind == 1:  # one giant line without spaces
        data = _text(rng) + "x" * (size // 2)
    else:  # one giant line of words
        data = (_text(rng) + " ") * (size // 400)
    return Case("huge lines", b"huge.txt", data.encode())


def nul_bytes(rng: random.Random, big: bool) -> Case:
    data = bytearray(rng.choice([GOOD_POST, _page(rng)]).encode())
    for _ in range(rng.randint(1, 50)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return Case("NUL bytes", b"nul.txt", bytes(data))


def broken_encoding(rng: random.Random, big: bool) -> Case:
    text = _text(rng) + " Le ministre a déclaré « nous négocierons » à Genève."
    options = [
        b"\xef\xbb\xbf" + text.encode("cp1252"),  # UTF-8 BOM, cp1252 bytes
        b"\xff\xfe" + text.encode("utf-8"),  # UTF-16 BOM, UTF-8 bytes
        text.encode("utf-16-le")[:-1],  # odd length UTF-16
        text.encode("utf-8")[:-1] + b"\xc3",  # truncated sequence
        b'<html><head><meta charset="x-no-such-charset"></head><body><p>' + text.encode("latin-1") + b"</p></body></html>",
        b'<?xml version="1.0" encoding="utf-32"?>' + text.encode("utf-8"),
        b"\xfe\xff" + text.encode("utf-16-be")[:-3],
        bytes(rng.randrange(128, 256) for _ in range(400)),
        text.encode("utf-8").replace(b"\xc3", b"\xed\xa0\x80"),  # encoded surrogates
    ]
    return Case("broken encodings", b"enc.txt", rng.choice(options))


def _bad_jsonl_line(rng: random.Random) -> str:
    t = _text(rng)
    return rng.choice([
        "{not json",
        '{"text": "' + t + '"',
        "[" * 100_000 + "]" * 100_000,
        '{"a": ' + "[" * 50_000 + "]" * 50_000 + ', "text": "' + t + '"}',
        '{"text": "\\ud800 ' + t + '"}',
        '{"text": "' + t + ' \\udfff"}',
        json.dumps({"text": 12345}),
        json.dumps({"html": ["<p>x</p>"]}),
        json.dumps([1, 2, 3]),
        '"just a string"',
        json.dumps({"text": ""}),
        json.dumps({"text": t, "published": "99999-01-01"}),
        '{"text": "' + t + '", "n": 1e400}',
        "\x00\x01\x02",
    ])


def _odd_but_good_jsonl_line(rng: random.Random) -> str:
    """Lines that are odd but carry a good text: each must become a document."""
    t = _text(rng)
    return json.dumps(rng.choice([
        {"text": t, "url": 12345},
        {"text": t, "url": ["https://a.example/1"]},
        {"text": t, "url": {"href": "https://a.example/1"}},
        {"text": t, "url": None, "id": {"x": 1}},
        {"text": t, "id": 10**40, "published": 1717000000},
        {"text": t, "published": "10000-01-01"},
        {"text": t, "published": "9999-12-31T23:59:59+14:00"},
        {"text": t, "title": ["a", "b"]},
        {"text": t, "html": None},
    ]))


def malformed_jsonl(rng: random.Random, big: bool) -> Case:
    lines, good = [], 0
    for _ in range(rng.randint(3, 12)):
        r = rng.random()
        if r < 0.4:
            lines.append(json.dumps({"id": f"r{rng.randrange(10**6)}", "url": "https://a.example/x", "text": _text(rng)}))
            good += 1
        elif r < 0.65:
            lines.append(_odd_but_good_jsonl_line(rng))
            good += 1
        else:
            lines.append(_bad_jsonl_line(rng))
    if not lines[0].startswith("{") or '"text"' not in lines[0][:200]:
        # The reader is chosen from the content: the file must look like JSON Lines.
        lines.insert(0, json.dumps({"text": _text(rng)}))
        good += 1
    return Case("malformed JSON Lines", b"records.jsonl", ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"), good)


def mutated_feed(rng: random.Random, big: bool) -> Case:
    if rng.random() < 0.3:
        return Case("mutated feeds", b"feed.xml", _feed(rng, rng.randint(1, 5)).encode(), 0)
    return Case("mutated feeds", b"feed.xml", _mutate(rng, _feed(rng, rng.randint(1, 5)).encode()))


def big_feed(rng: random.Random, big: bool) -> Case:
    n = 10_000 if big else 150
    return Case("large feeds", b"big-feed.xml", _feed(rng, n).encode(), 0)


def xml_entities(rng: random.Random, big: bool) -> Case:
    lol = '<!ENTITY a0 "lollollollollol">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    variants = [
        f'<?xml version="1.0"?><!DOCTYPE rss [{lol}]><rss version="2.0"><channel><title>t</title>'
        f"<item><title>x</title><description>&a9; {_text(rng)}</description></item></channel></rss>",
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel>'
        f"<title>t</title><item><title>x</title><description>&xxe; {_text(rng)}</description></item></channel></rss>",
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]><rss version="2.0"><channel>'
        f"<title>t</title><item><title>x</title><description>{_text(rng)}</description></item></channel></rss>",
    ]
    return Case("XML entity attacks", b"entities.xml", rng.choice(variants).encode())


def xss(rng: random.Random, big: bool) -> Case:
    payloads = "".join(rng.sample(XSS, 3))
    page = PAGE.format(paras=f"<p>{_text(rng)}</p><p>{payloads}</p><p>{_text(rng)}</p>")
    return Case("XSS payloads", b"xss.html", page.encode(), 1)


def odd_names(rng: random.Random, big: bool) -> Case:
    name = rng.choice([b"-rf.txt", b"name with spaces.txt", "ünïcödé-日本.txt".encode(), b"\xff\xfe-bad.txt",
                       b"bad-\xc3(.txt", b"semi;colon'quote\".txt", b"--db.txt", b"star*.txt", b"tab\tname.txt"])
    return Case("odd file names", name, GOOD_POST.replace("Friday", f"Friday {rng.randrange(10**6)}").encode(), 1)


def _warc_records(rng: random.Random, n: int, gz: bool) -> list[bytes]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = []
    for i in range(n):
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=gz)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example.com/{i}-{rng.randrange(10**6)}", "response",
                                                      payload=io.BytesIO(_page(rng).encode()), http_headers=headers))
        out.append(buf.getvalue())
    return out


def _bogus_record(rng: random.Random, good: bytes, gz: bool) -> bytes:
    raw = gzip.decompress(good) if gz else good
    head, _, body = raw.partition(b"\r\n\r\n")
    choice = rng.randrange(7)
    if choice == 0:  # no WARC-Type, no Target-URI
        lines = [ln for ln in head.split(b"\r\n") if not ln.startswith((b"WARC-Type", b"WARC-Target-URI"))]
        bad = b"\r\n".join(lines) + b"\r\n\r\n" + body
    elif choice == 1:  # a length too big for an index
        bad = raw.replace(b"Content-Length: ", b"Content-Length: 99999999999999999999999", 1)
    elif choice == 2:  # a negative or non-numeric length
        bad = raw.replace(b"Content-Length: ", b"Content-Length: -", 1)
    elif choice == 3:  # truncated
        bad = raw[: rng.randrange(len(raw))]
    elif choice == 4:  # header garbage
        bad = b"WARC/1.0\r\n\x00\x01garbage\r\n\r\n" + body
    elif choice == 5:  # mutated
        bad = _mutate(rng, raw)
    else:  # the length too short
        bad = raw.replace(b"Content-Length: ", b"Content-Length: 1", 1)
    if gz:
        if rng.random() < 0.5:
            return gzip.compress(bad)
        comp = bytearray(gzip.compress(bad))  # a corrupt gzip member
        for _ in range(rng.randint(1, 5)):
            comp[rng.randrange(10, len(comp))] = rng.randrange(256)
        return bytes(comp)
    return bad


def mutated_warc(rng: random.Random, big: bool) -> Case:
    gz = rng.random() < 0.5
    records = _warc_records(rng, rng.randint(2, 4), gz)
    bad_at = rng.randrange(1, len(records) + 1)
    bad = _bogus_record(rng, records[0], gz)
    # The good records before the bad one must come out; after a bad length the
    # rest of an uncompressed archive cannot be found reliably, so only those count.
    all_ = records[:bad_at] + [bad] + records[bad_at:]
    return Case("mutated WARC", b"crawl.warc.gz" if gz else b"crawl.warc", b"".join(all_), bad_at)


def truncated_warc(rng: random.Random, big: bool) -> Case:
    gz = rng.random() < 0.5
    data = b"".join(_warc_records(rng, 3, gz))
    return Case("mutated WARC", b"cut.warc.gz" if gz else b"cut.warc", data[: rng.randrange(20, len(data))])


def _zeros_gzip(total: int) -> bytes:
    member = gzip.compress(b"\0" * 10_000_000, compresslevel=9)
    return member * max(1, total // 10_000_000)


def bombs(rng: random.Random, big: bool) -> Case:
    total = 2_000_000_000 if big else 200_000_000
    kind = rng.randrange(4)
    if kind == 0:
        return Case("gzip/deflate bombs", b"bomb.txt.gz", _zeros_gzip(total))
    if kind == 1:  # text that compresses well: not binary, so it would be read
        member = gzip.compress((("The talks resumed. " * 50) + "\n").encode() * 10_000, compresslevel=9)
        return Case("gzip/deflate bombs", b"bomb2.gz", member * (total // (1000 * 10_000)))
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = zlib.compress(b"<p>" + b"a" * (total // 4) + b"</p>", 9) if kind == 2 else _zeros_gzip(total // 4)
    enc = "deflate" if kind == 2 else "gzip"
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", enc)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://news.example.com/bomb", "response", payload=io.BytesIO(body),
                                                  http_headers=headers))
    return Case("gzip/deflate bombs", b"bomb.warc", buf.getvalue())


def out_of_range(rng: random.Random, big: bool) -> Case:
    value = rng.choice(["1e400", "123456789012345678901234567890", "-99999999999999999999999", "inf", "NaN",
                        "9" * 300, "1.5e308K"])
    field = rng.choice(["Messages", "Reaction score", "Points"])
    date = rng.choice(["Jan 1, 99999", "Dec 31, 10000", "May 9, 2019", "March 3, 275760"])
    text = (f"Tariq_{rng.randrange(1000)}\nFull Member\n- Joined\n- {date}\n- {field}\n- {value}\n"
            f"Posted on {date}\n{_text(rng)}\n")
    if rng.random() < 0.5:
        text = f"Tariq\nFull Member\nJoin Date: {date}\n{field}: {value}\n{_text(rng)}\n"
    return Case("out-of-range numbers and dates", b"sidebar.txt", text.encode(), 1)


def good_inputs(rng: random.Random, big: bool) -> Case:
    kind = rng.randrange(3)
    if kind == 0:
        return Case("good inputs", b"post.txt", (_text(rng) + "\n").encode(), 1)
    if kind == 1:
        return Case("good inputs", b"page.html", _page(rng).encode(), 1)
    return Case("good inputs", b"feed.xml", _feed(rng, 3).encode(), 3)


CATEGORIES: list[tuple[Callable[[random.Random, bool], Case], float]] = [
    (random_bytes, 8), (mutated_html, 12), (deep_nesting, 3), (many_tags, 1), (huge_lines, 1), (nul_bytes, 5),
    (broken_encoding, 6), (malformed_jsonl, 12), (mutated_feed, 10), (big_feed, 0.5), (xml_entities, 3), (xss, 4),
    (odd_names, 4), (mutated_warc, 12), (truncated_warc, 5), (bombs, 1), (out_of_range, 6), (good_inputs, 6),
]


def generate(n: int, seed: int = 15, *, big: bool = False) -> list[Case]:
    """``n`` cases; the first ones cover every category once, the rest are drawn by weight."""
    return [case(i, seed, big=big) for i in range(n)]


def case(i: int, seed: int = 15, *, big: bool = False) -> Case:
    """Case ``i`` of a run: the same whatever the run's size, so a failure can be replayed alone."""
    rng = random.Random(seed * 1_000_003 + i)
    makers = [m for m, _ in CATEGORIES]
    make = makers[i] if i < len(makers) else rng.choices(makers, [w for _, w in CATEGORIES])[0]
    return make(rng, big)
