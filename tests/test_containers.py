"""Web archives and JSON Lines: many documents per file, one reject per bad record."""

from __future__ import annotations

import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import eventwire
from eventwire import Document, RejectedInput

PAGE = """<!doctype html><html><head><title>Border talks</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Border talks resume in Nairobi</h1>
<p>The foreign ministers of Kenya and Ethiopia met in Nairobi on Monday to discuss the disputed border near Moyale, officials said.</p>
<p>Kenyan officials said the talks focused on grazing rights and on the return of livestock seized in raids last month.</p>
<p>Both delegations agreed to meet again in Addis Ababa before the end of the rainy season, according to a joint statement.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def _warc(gzip: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "eventwire tests"}))
    for url, ctype, body in [
        ("https://news.example.com/border-talks", "text/html; charset=utf-8", PAGE.encode()),
        ("https://news.example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    ]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def test_warc_html_response_becomes_a_document(tmp_path):
    for gzip in (False, True):
        path = tmp_path / f"crawl{'.warc.gz' if gzip else '.warc'}"
        path.write_bytes(_warc(gzip))
        items = list(eventwire.iter_read(path))
        docs = [i for i in items if isinstance(i, Document)]
        rejects = [i for i in items if isinstance(i, RejectedInput)]
        assert len(docs) == 1
        assert docs[0].url == "https://news.example.com/border-talks"
        assert docs[0].fetched and docs[0].source_domain == "news.example.com"
        assert "grazing rights" in docs[0].text and "Copyright" not in docs[0].text
        assert [r.reason.value for r in rejects] == ["unsupported_media"]


def test_jsonl_ids_are_carried_and_bad_lines_rejected(tmp_path):
    lines = [
        {"id": "item-1", "url": "https://a.example/1", "text": "Iran and Iraq signed a water-sharing deal in Baghdad on Sunday, the ministries said.", "published": "2024-05-02"},
        {"id": "item-2", "html": PAGE, "published": "2024-05-03T10:00:00Z"},
        {"id": "item-3", "text": ""},
    ]
    body = "\n".join(json.dumps(x) for x in lines) + "\n{not json\n"
    path = tmp_path / "batch.jsonl"
    path.write_text(body, encoding="utf-8")
    items = list(eventwire.iter_read(path))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.external_id for d in docs] == ["item-1", "item-2"]
    assert docs[0].published == "2024-05-02" and docs[0].posts[0].published == "2024-05-02"
    assert docs[1].kind == "article"
    reasons = [i.reason.value for i in items if isinstance(i, RejectedInput)]
    assert reasons == ["bad_record", "bad_record"]
    assert "line 4" in [i for i in items if isinstance(i, RejectedInput)][1].message


def test_sniffing_ignores_the_file_name(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = eventwire.read(path)
    assert doc.kind == "article" and doc.title.startswith("Border talks")
