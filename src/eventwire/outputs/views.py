"""The views: what a page or the report shows, as plain data, built from the store's reads.

The workbench's pages and the static report are rendered from these same
dictionaries by Jinja2 templates (``outputs/templates`` and ``serve/templates``),
so a label, a flag or a chart is computed once. Nothing here writes HTML: the
templates escape every value, and links to scraped URLs pass through
:func:`safe_href`, which keeps only http and https.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from ..model import actor_label
from ..store import Browser, Filters
from ..values import day_of

__all__ = [
    "QUADS", "TEMPLATES", "chain_view", "clip", "document_view", "event_row", "event_view", "highlight", "map_view", "overview", "report_view",
    "safe_href", "time_chart", "trajectory_chart", "world_outline",
]

QUADS = {1: "verbal coop.", 2: "material coop.", 3: "verbal conflict", 4: "material conflict"}
_SAFE_SCHEMES = ("http", "https")
_OUTLINE = Path(__file__).resolve().parent / "data" / "world_outline.txt"
TEMPLATES = Path(__file__).resolve().parent / "templates"  # shared with the workbench's own templates


# -- small helpers ------------------------------------------------------------------------------
def safe_href(url: str | None) -> str | None:
    """A scraped URL as a link target, or None: only http(s) with a host, so `javascript:` and `data:` never link."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if any(ord(c) < 0x20 for c in url):  # "java\tscript:" tricks browsers into a scheme
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in _SAFE_SCHEMES and parts.netloc else None


def clip(text: str | None, limit: int = 300) -> str:
    """Whitespace folded, and cut at a word boundary with an ellipsis when longer than ``limit``."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:") + "…"


def _when(ev: dict) -> str:
    return ev.get("date") or (ev.get("first_seen") or "")[:10] or "undated"


def _flags(ev: dict) -> list[str]:
    flags = []
    if "anonymous" in (ev.get("sourcing") or []):
        flags.append("anonymous source")
    if ev.get("hedged"):
        flags.append("hedged")
    if ev.get("negated"):
        flags.append("denied")
    if ev.get("modality") and ev["modality"] != "asserted":
        flags.append(ev["modality"])
    return flags


def _corroboration(ev: dict) -> str:
    n = ev.get("corroboration") or 0
    return (f"{n} independent stor{'y' if n == 1 else 'ies'}; {ev.get('num_articles') or 0} article(s), "
            f"{ev.get('num_sources') or 0} source(s), {ev.get('num_mentions') or 0} mention(s)")


def event_row(ev: dict) -> dict:
    """One canonical event as a list row: labels, flags and corroboration worked out."""
    place = ev.get("place")
    return {
        "id": ev["id"], "when": _when(ev), "type": ev.get("plover_type") or ("STATEMENT" if ev.get("cameo_root") == "01" else "?"),
        "cameo": ev.get("cameo") or "", "cameo_name": ev.get("cameo_name") or "", "goldstein": ev.get("goldstein") or 0.0,
        "quad": QUADS.get(ev.get("quad_class") or 0, ""),
        "source": actor_label(ev.get("source_code"), ev.get("source_sector"), ev.get("source_name")),
        "target": actor_label(ev.get("target_code"), ev.get("target_sector"), ev.get("target_name")),
        "source_code": ev.get("source_code"), "target_code": ev.get("target_code"),
        "trigger": ev.get("trigger") or "", "place": f"{place['name']}, {place.get('country') or ''}".rstrip(", ") if place else "",
        "flags": _flags(ev), "chains": list(ev.get("chains") or []), "sourcing": list(ev.get("sourcing") or []),
        "corroboration": ev.get("corroboration") or 0, "corroboration_text": _corroboration(ev),
        "mentions": ev.get("num_mentions") or 0, "sentence": clip(ev.get("sentence")),
        "source_url": safe_href(ev.get("source_url")),
    }


def highlight(text: str, spans: list[tuple]) -> list[dict]:
    """``text`` cut into pieces {text, role, ref} where spans (start, end, role[, ref]) mark it.

    Spans that overlap one already placed are dropped (the earlier-starting one wins), so
    every character is shown exactly once.
    """
    marks = sorted((max(0, s[0]), min(len(text), s[1]), s[2], s[3] if len(s) > 3 else None) for s in spans
                   if s[1] > s[0] and s[0] < len(text) and s[1] > 0)
    out, pos = [], 0
    for start, end, role, ref in marks:
        if start < pos:
            continue
        if start > pos:
            out.append({"text": text[pos:start], "role": "", "ref": None})
        out.append({"text": text[start:end], "role": role, "ref": ref})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "role": "", "ref": None})
    return out


def chain_view(claim) -> dict:
    """A claim's chain, outermost first (outlet ← source ← source), each link marked by kind."""
    links = [{"name": s.name, "kind": s.kind, "anonymous": bool(s.anonymous) or s.kind == "anonymous",
              "document": s.kind == "document", "cue": s.cue, "role": s.role,
              "label": actor_label(s.code, s.sector) if s.code else "", "rating": s.rating} for s in claim.chain]
    return {"id": claim.id, "kind": claim.kind, "text": clip(claim.text, 400), "hedges": list(claim.hedges or []),
            "medium": claim.medium, "links": links, "document_id": claim.document_id}


# -- charts on a real time axis ------------------------------------------------------------------
def _ticks(first: date, last: date, x_of) -> list[dict]:
    """Axis ticks at year starts for spans over a year and a half, else at month starts (every third past a
    year, so labels do not collide), or every few days for short spans."""
    span = (last - first).days
    ticks = []
    if span > 540:
        for year in range(first.year + (first.month > 1 or first.day > 1), last.year + 1):
            ticks.append({"x": x_of(date(year, 1, 1)), "label": str(year)})
    elif span > 45:
        y, m = (first.year, first.month + 1) if first.day > 1 else (first.year, first.month)
        while True:
            y, m = (y + 1, 1) if m > 12 else (y, m)
            d = date(y, m, 1)
            if d > last:
                break
            ticks.append({"x": x_of(d), "label": d.strftime("%Y-%m")})
            m += 1 if span <= 400 else 3
    else:
        step = max(1, span // 6)
        d = first
        while d <= last:
            ticks.append({"x": x_of(d), "label": d.isoformat()})
            d += timedelta(days=step)
    return ticks


def time_chart(points: list[tuple[str, float]], *, width: int = 720, height: int = 160, href=None, max_bars: int = 240) -> dict | None:
    """Events per day as bars placed by their date (a real time axis: a gap in the data is a gap on the chart).

    Over a long span, days are summed into bins of equal length (``bin_days``) so that no more than
    ``max_bars`` bars are drawn: at 720 pixels a per-day bar over three years would be a fifth of a pixel.
    """
    days = [(_iso_day(d), v) for d, v in points]
    days = [(d, v) for d, v in days if d is not None]
    if not days:
        return None
    first, last = days[0][0], days[-1][0]
    total = (last - first).days + 1
    bin_days = max(1, math.ceil(total / max_bars))
    bins: dict[int, float] = {}
    for d, v in days:
        k = (d - first).days // bin_days
        bins[k] = bins.get(k, 0) + v
    span = max(total, bin_days)
    pad, plot_w, plot_h = 40, width - 70, height - 40  # room for the first and last tick labels
    x_of = lambda d: round(pad + plot_w * (d - first).days / span, 1)  # noqa: E731
    top = max(bins.values()) or 1
    bar_w = max(2.0, round(plot_w * bin_days / span - 0.5, 1))  # a lone day stays visible
    bars = []
    for k, v in sorted(bins.items()):
        start = first + timedelta(days=k * bin_days)
        end = start + timedelta(days=bin_days - 1)
        bars.append({"x": x_of(start), "w": bar_w, "h": round(plot_h * v / top, 1), "y": round(10 + plot_h - plot_h * v / top, 1),
                     "day": start.isoformat(), "end": end.isoformat(), "n": v,
                     "href": href(start.isoformat(), end.isoformat()) if href else None})
    return {"width": width, "height": height, "base": 10 + plot_h, "left": pad, "right": pad + plot_w, "top": top,
            "bars": bars, "ticks": _ticks(first, last, x_of), "first": first.isoformat(), "last": last.isoformat(),
            "bin_days": bin_days}


def _iso_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def trajectory_chart(traj: list[dict], *, width: int = 720, height: int = 200) -> dict | None:
    """Goldstein sums per period as bars up (cooperation) and down (conflict), placed by the period's date."""
    rows = [(day_of(t["period"][:10]), t) for t in traj]
    rows = [(d, t) for d, t in rows if d is not None]
    if not rows:
        return None
    first, last = rows[0][0], rows[-1][0] + timedelta(days=30)
    total = max((last - first).days, 1)
    pad, plot_w, plot_h = 40, width - 70, height - 40  # room for the first and last tick labels
    x_of = lambda d: round(pad + plot_w * (d - first).days / total, 1)  # noqa: E731
    peak = max(abs(t["goldstein"] or 0) for _, t in rows) or 1
    mid = 10 + plot_h / 2
    bar_w = max(2.0, round(plot_w * 28 / total, 1))
    bars = []
    for d, t in rows:
        g = t["goldstein"] or 0
        h = round(plot_h / 2 * abs(g) / peak, 1)
        bars.append({"x": x_of(d), "w": bar_w, "y": round(mid - h if g >= 0 else mid, 1), "h": h, "positive": g >= 0,
                     "period": t["period"][:10], "goldstein": g, "events": t["events"]})
    return {"width": width, "height": height, "mid": mid, "left": pad, "right": pad + plot_w, "peak": peak,
            "bars": bars, "ticks": _ticks(first, last, x_of), "base": 10 + plot_h}


def world_outline() -> str:
    """The world's land as one SVG path (Natural Earth 1:110m, see outputs/data/world_outline.NOTICE)."""
    return _OUTLINE.read_text("utf-8").strip() if _OUTLINE.exists() else ""


def map_view(places: list[dict], href=None) -> dict:
    """Event places as points on an equirectangular world (x = lon + 180, y = 90 - lat), sized by count."""
    top = max((p["events"] for p in places), default=1)
    points = [{"x": round(p["lon"] + 180, 2), "y": round(90 - p["lat"], 2), "r": round(1.2 + 4 * math.sqrt(p["events"] / top), 2),
               "name": p["name"], "country": p["country"], "events": p["events"],
               "href": href(p) if href else None} for p in places]
    return {"outline": world_outline(), "points": points}


# -- whole views ---------------------------------------------------------------------------------
def overview(browser: Browser, filters: Filters | None = None, *, href_day=None, href_place=None, latest: int = 10) -> dict:
    """Date range, counts by type and quad class, timeline, top dyads, map and the best-corroborated latest events."""
    first, last = browser.date_range(filters)
    counts = browser.scoped_counts(filters)
    best = browser.events_page(filters, sort="corroboration", limit=latest).rows
    return {
        "first": first, "last": last, "counts": counts,
        "by_type": browser.counts_by("plover", filters),
        "by_quad": [(QUADS.get(k, "?"), n) for k, n in browser.counts_by("quad", filters)],
        "timeline": time_chart(browser.day_counts(filters), href=href_day),
        "dyads": browser.top_dyads(filters),
        "map": map_view(browser.place_counts(filters), href=href_place),
        "latest": [event_row(e) for e in best],
    }


def event_view(browser: Browser, event_id: str) -> dict:
    """One canonical event with every mention: sentence with trigger/source/target marked, the claim's chain, links."""
    ev = browser.event(event_id)
    mentions = browser.event_mentions(event_id)
    claims = browser.claims_by_id(sorted({m["claim_id"] for m in mentions if m["claim_id"]}))
    out = []
    for m in mentions:
        base = m["sentence_start"] or 0
        text = m["sentence"] or m["trigger"] or ""
        spans = [(m["trigger_start"] - base, m["trigger_end"] - base, "trigger")] if m["sentence"] else []
        for role in ("source", "target"):
            spans += [(a["start"] - base, a["end"] - base, role) for a in m[role] or [] if m["sentence"] and a["end"] > a["start"]]
        claim = claims.get(m["claim_id"]) if m["claim_id"] else None
        out.append({
            "id": m["id"], "document_id": m["document_id"], "title": m["title"] or m["site_name"] or m["document_id"][:12],
            "kind": m["kind"], "url": safe_href(m["url"]), "published": m["published"], "story_id": m["story_id"],
            "segments": highlight(text, spans), "trigger": m["trigger"], "negated": m["negated"], "modality": m["modality"],
            "confidence": m["confidence"], "sourcing": m["sourcing"], "hedged": m["hedged"],
            "chain": chain_view(claim) if claim else None,
        })
    stories = sorted({m["story_id"] for m in mentions if m["story_id"]})
    return {"event": event_row(ev), "raw": ev, "mentions": out, "stories": stories}


def document_view(browser: Browser, doc_id: str) -> dict:
    """One document: posts with events and attributions marked in the clean text, author, removed passages, links, copies."""
    doc = browser.store.get(doc_id)
    mentions = browser.document_mentions(doc.id)
    claims = browser.store.claims(document_id=doc.id)
    posts = []
    for post in doc.posts:
        mine = [m for m in mentions if m["post_id"] == post.id]
        spans = [(m["trigger_start"], m["trigger_end"], "trigger", m["event_id"]) for m in mine]
        spans += [(a["start"], a["end"], role) for m in mine for role in ("source", "target") for a in m[role] or []
                  if a["end"] > a["start"]]
        post_claims = [c for c in claims if c.post_id == post.id]
        for c in post_claims:
            spans += [(s.start, s.end, "attribution") for s in c.chain if s.start >= 0 and s.end > s.start]
            spans += [(s.cue_start, s.cue_end, "cue") for s in c.chain if s.cue_start >= 0 and s.cue_end > s.cue_start]
        author = {k: v for k, v in msgspec_builtins(post.author).items() if v not in (None, "")}
        posts.append({
            "id": post.id, "position": post.position, "author": author, "published": post.published,
            "permalink": safe_href(post.permalink), "segments": highlight(post.text, spans),
            "links": [{"url": u, "href": safe_href(u)} for u in post.links],
            "removed": [{"text": clip(r.text, 400), "reason": r.reason, "start": r.start, "end": r.end} for r in post.removed_passages],
            "quotes": [{"author": q.author, "text": clip(q.text, 400)} for q in post.quotes],
            "claims": [chain_view(c) for c in post_claims],
        })
    meta = {k: getattr(doc, k) for k in ("id", "title", "kind", "engine", "site_name", "source_domain", "published", "fetched",
                                         "language", "external_id", "input")}
    event_ids = sorted({m["event_id"] for m in mentions if m["event_id"]})
    return {"doc": meta, "url": safe_href(doc.url), "raw_url": doc.url, "posts": posts,
            "copies": [{**c, "url": safe_href(c["url"])} for c in browser.story_copies(doc.id)],
            "mentions": len(mentions), "event_ids": event_ids}


def msgspec_builtins(value) -> dict:
    import msgspec

    return msgspec.to_builtins(value)


def report_view(browser: Browser, filters: Filters | None = None, *, title: str | None = None, per_section: int = 10,
                dyads: int = 8) -> dict:
    """The situation report: summary, then the main dyads with their N most significant events each, then the rest.

    Each section asks the store for its N most significant events (ranked and cut in SQL), so the report's
    cost does not grow with the number of events in the store.
    """
    head = overview(browser, filters, latest=5)
    sections = []
    for d in head["dyads"][:dyads]:
        pair = Filters(**{**_filter_values(filters), "dyad": (d["a"], d["b"])})
        total = browser.count_events_where(pair)
        ranked = browser.significant_events(pair, limit=per_section)
        traj = browser.trajectory(d["a"], d["b"], filters)
        sections.append({"a": d["a"], "b": d["b"], "anchor": f"dyad-{d['a']}-{d['b']}".lower(), "total": total,
                         "events": [event_row(e) for e in ranked], "trajectory": traj, "chart": trajectory_chart(traj)})
    shown = tuple((s["a"], s["b"]) for s in sections)
    others = browser.significant_events(filters, limit=per_section, except_dyads=shown)
    denied = browser.significant_events(filters, limit=per_section, negated=True)
    return {
        "title": title or "Situation report",
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "summary": head, "sections": sections, "others": [event_row(e) for e in others],
        "denied": [event_row(e) for e in denied], "per_section": per_section, "quads": QUADS,
        "shown": {e["id"] for sec in sections for e in sec["events"]} | {e["id"] for e in others},
    }


def _filter_values(filters: Filters | None) -> dict:
    if filters is None:
        return {}
    return {k: getattr(filters, k) for k in filters.__dataclass_fields__}
