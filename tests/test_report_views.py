"""The situation report from the shared views: summary first, selection-scoped counts, N per section, safe links."""

from __future__ import annotations

import re

import pytest

from eventwire import Store
from eventwire.outputs import report
from eventwire.outputs.views import clip, safe_href, time_chart
from eventwire.store import Filters

from .workbench_data import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("report") / "r.duckdb", docs=24)


def test_filtered_report_counts_only_the_selection(db):
    with Store(db, read_only=True) as store:
        whole = report.build(store)
        some = report.build(store, Filters(plover="ASSAULT"))
        n_assault = store.count_events(Filters(plover="ASSAULT"))
        docs_assault = len({m.document_id for m in store.mentions(Filters(plover="ASSAULT"))})
    assert some["summary"]["counts"]["events"] == n_assault < whole["summary"]["counts"]["events"]
    assert some["summary"]["counts"]["documents"] == docs_assault < whole["summary"]["counts"]["documents"]
    assert [k for k, _ in some["summary"]["by_type"]] == ["ASSAULT"]
    for sec in some["sections"]:
        assert sum(t["events"] for t in sec["trajectory"]) <= sec["total"]
        assert all(e["type"] == "ASSAULT" for e in sec["events"])


def test_each_section_takes_its_most_significant_events(db):
    with Store(db, read_only=True) as store:
        data = report.build(store, per_section=1)
        busiest = data["sections"][0]
        everything = store.events(Filters(dyad=(busiest["a"], busiest["b"])))
    assert busiest["total"] == len(everything) > 1 and len(busiest["events"]) == 1
    best = max(everything, key=lambda e: (e["corroboration"] or 0, e["num_mentions"] or 0, abs(e["goldstein"] or 0)))
    assert (busiest["events"][0]["corroboration"], abs(busiest["events"][0]["goldstein"])) == (best["corroboration"] or 0, abs(best["goldstein"]))


def test_sections_rank_every_event_of_the_dyad_not_a_first_page(tmp_path):
    # 60 equally corroborated events in the busiest dyad, and the most reported one last by id: a section that
    # ranked only a first page of events (by corroboration, then id) would miss it.
    path = build_store(tmp_path / "r.duckdb", docs=24, hostile=False)
    with Store(path) as store:
        busiest = report.build(store, per_section=1)["sections"][0]
        store.sql("""INSERT INTO events SELECT * EXCLUDE (k) REPLACE ('e' || lpad(k::VARCHAR, 3, '0') AS id, 9 AS corroboration,
                                                 1 AS num_mentions, negated AND k = 59 AS negated)
                     FROM (SELECT * FROM events WHERE least(source_code, target_code) = ? AND greatest(source_code, target_code) = ?
                           ORDER BY id LIMIT 1), range(60) t(k)""", [busiest["a"], busiest["b"]])
        store.sql("UPDATE events SET id = 'zzz', num_mentions = 99, negated = true WHERE id = 'e059'")
        data = report.build(store, per_section=2)
    section = next(s for s in data["sections"] if (s["a"], s["b"]) == (busiest["a"], busiest["b"]))
    assert [e["id"] for e in section["events"]][:2] == ["zzz", "e000"]
    assert data["denied"][0]["id"] == "zzz"


def test_html_report_summary_toc_anchors_and_no_unsafe_links(db):
    with Store(db, read_only=True) as store:
        html = report.to_html(report.build(store))
        text = report.markdown(report.build(store))
        hostile = report.build(store, Filters(actor="TUR"), per_section=500)  # the self-dyad event quoting a <script>
    assert html.index('id="summary"') < html.index('<nav class="toc">') < html.index("What happened")
    for anchor in re.findall(r'<a href="#([\w-]+)"', html):
        assert f'id="{anchor}"' in html, anchor
    headings = re.findall(r"<h3>(\w{3}|\?) – (\w{3}|\?)</h3>", html)
    assert headings and all(a != b and "?" not in (a, b) for a, b in headings)
    assert "TUR – TUR" not in html and "TUR – TUR" not in text
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert any(h.startswith("https://") for h in hrefs)
    assert not [h for h in hrefs if not h.startswith(("#", "https://", "http://"))]
    assert "javascript:" not in html and "data:" not in html and "<script" not in html
    assert "@media print" in html and '<svg class="chart timeline"' in html
    assert text.index("## Summary") < text.index("## Contents") < text.index("## What happened")
    assert "<script" not in text
    assert "TUR – TUR" not in report.to_html(hostile) and any(e["source_code"] == e["target_code"] for e in hostile["others"])
    for page in (report.markdown(hostile), report.to_html(hostile)):
        assert "<script" not in page and "&lt;script&gt;" in page and "<img" not in page


def test_safe_href_keeps_only_web_links():
    assert safe_href("https://example.com/a") == "https://example.com/a"
    for bad in ("javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "vbscript:x",
                "//example.com", "file:///etc/passwd", "", None, "https://"):
        assert safe_href(bad) is None, bad


def test_clip_cuts_at_a_word_with_an_ellipsis():
    assert clip("short text") == "short text"
    cut = clip("word " * 100, 42)
    assert cut.endswith("…") and len(cut) <= 43 and not cut[:-1].endswith(" ") and cut[:-1].split()[-1] == "word"


def test_time_chart_is_a_real_time_axis():
    chart = time_chart([("2018-01-01", 1), ("2018-01-03", 2), ("2020-01-01", 1)], max_bars=1000)
    xs = [b["x"] for b in chart["bars"]]
    assert (xs[1] - xs[0]) < (xs[2] - xs[1]) / 300  # two days apart vs two years apart
    assert [t["label"] for t in chart["ticks"]] == ["2018", "2019", "2020"]
