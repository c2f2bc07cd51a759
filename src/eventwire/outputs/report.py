"""The situation report: a brief an analyst can forward, in Markdown or HTML.

It shows what happened (grouped by dyad, newest first), who says so (chains, with
anonymous and hedged claims flagged), how well each event is corroborated, what
is denied, and each main dyad's cooperation–conflict trajectory as a plot. All
scraped text is escaped in the HTML: a forum post must not be able to inject
markup into an analyst's browser.
"""

from __future__ import annotations

import base64
import html
import io
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

from ..errors import from_os_error
from ..model import actor_label
from ..store import Filters, Store
from ._files import prepare_output

QUADS = {1: "verbal coop.", 2: "material coop.", 3: "verbal conflict", 4: "material conflict"}


def _dyad(ev: dict) -> tuple[str, str]:
    return tuple(sorted((ev["source_code"] or "?", ev["target_code"] or "?")))


def _flags(ev: dict) -> list[str]:
    flags = []
    if "anonymous" in (ev["sourcing"] or []):
        flags.append("anonymous source")
    if ev["hedged"]:
        flags.append("hedged")
    if ev["negated"]:
        flags.append("denied")
    if ev["modality"] and ev["modality"] != "asserted":
        flags.append(ev["modality"])
    return flags


def _corroboration(ev: dict) -> str:
    n = ev["corroboration"] or 0
    return (f"{n} independent stor{'y' if n == 1 else 'ies'}; {ev['num_articles']} article(s), "
            f"{ev['num_sources']} source(s), {ev['num_mentions']} mention(s)")


def _plot_png(traj: list[dict], a: str, b: str) -> bytes | None:
    if not traj:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.5, 2.6), dpi=100)
    periods = [t["period"][:10] for t in traj]
    ax.bar(periods, [t["goldstein"] for t in traj], color=["#2a7" if t["goldstein"] >= 0 else "#c33" for t in traj])
    ax.axhline(0, color="#444", linewidth=0.8)
    ax.set_ylabel("Goldstein sum")
    ax.set_title(f"{a} – {b}: cooperation (+) and conflict (−)")
    ax.tick_params(axis="x", labelrotation=30, labelsize=8)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def build(store: Store, filters: Filters | None = None, *, title: str | None = None) -> dict:
    """Everything the report shows, as data (rendered by ``markdown`` and ``to_html``)."""
    events = store.events(filters)
    by_dyad: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for ev in events:
        by_dyad[_dyad(ev)].append(ev)
    dyads = sorted(by_dyad.items(), key=lambda kv: max((e["date"] or e["first_seen"] or "") for e in kv[1]), reverse=True)
    main = [d for d, evs in sorted(by_dyad.items(), key=lambda kv: -len(kv[1])) if "?" not in d][:3]
    trajectories = {d: store.dyad_trajectory(*d, by="month") for d in main}
    stats = store.stats()
    return {
        "title": title or "Situation report",
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "events": events, "dyads": dyads, "trajectories": trajectories,
        "denied": [e for e in events if e["negated"]],
        "documents": stats["documents"], "stories": stats["stories"],
    }


def markdown(data: dict, plot_files: dict | None = None) -> str:
    lines = [f"# {data['title']}", "",
             f"Generated {data['generated']}. {len(data['events'])} event(s) from {data['documents']} document(s) "
             f"in {data['stories']} independent stor{'y' if data['stories'] == 1 else 'ies'} of text.", ""]
    lines.append("## What happened")
    for (a, b), evs in data["dyads"]:
        lines += ["", f"### {a} – {b}", ""]
        for ev in evs:
            when = ev["date"] or (ev["first_seen"] or "")[:10] or "undated"
            place = f" — {ev['place']['name']}, {ev['place']['country']}" if ev["place"] else ""
            flags = _flags(ev)
            lines.append(f"- **{when} · {ev['plover_type'] or 'STATEMENT'} ({ev['cameo']}, {ev['goldstein']:+.1f})** "
                         f"{actor_label(ev['source_code'], ev['source_sector'], ev['source_name'])} → "
                         f"{actor_label(ev['target_code'], ev['target_sector'], ev['target_name'])}: “{ev['trigger']}”{place}"
                         + (f" ⚠ {', '.join(flags)}" if flags else ""))
            for chain in ev["chains"] or []:
                lines.append(f"  - who says so: {chain} ({', '.join(ev['sourcing'] or [])})")
            lines.append(f"  - corroboration: {_corroboration(ev)}")
            if ev["sentence"]:
                lines.append(f"  - > {' '.join(ev['sentence'].split())[:300]}")
    lines += ["", "## Denied or disputed", ""]
    lines += [f"- {e['plover_type']} {e['source_code']} → {e['target_code']}: “{e['trigger']}” — {', '.join(e['chains'] or [])}"
              for e in data["denied"]] or ["- nothing denied in this selection"]
    lines += ["", "## Trajectories", ""]
    for (a, b), traj in data["trajectories"].items():
        lines += [f"### {a} – {b}", "", "| period | Goldstein | events | " + " | ".join(QUADS.values()) + " |",
                  "|---|---|---|---|---|---|---|"]
        lines += [f"| {t['period'][:10]} | {t['goldstein']:+.1f} | {t['events']} | {t['q1']} | {t['q2']} | {t['q3']} | {t['q4']} |" for t in traj]
        if plot_files and (a, b) in plot_files:
            lines += ["", f"![{a} – {b} trajectory]({plot_files[(a, b)]})"]
        lines.append("")
    return "\n".join(lines)


def to_html(data: dict) -> str:
    e = html.escape
    parts = ["<!doctype html><html><head><meta charset='utf-8'>", f"<title>{e(data['title'])}</title>",
             "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
             ".flag{color:#b30;font-weight:600}.chain{color:#335}.q{color:#555;font-style:italic}"
             "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style></head><body>",
             f"<h1>{e(data['title'])}</h1>",
             f"<p>Generated {e(data['generated'])}. {len(data['events'])} event(s) from {data['documents']} document(s) "
             f"in {data['stories']} independent stories of text.</p>", "<h2>What happened</h2>"]
    for (a, b), evs in data["dyads"]:
        parts.append(f"<h3>{e(a)} – {e(b)}</h3><ul>")
        for ev in evs:
            when = ev["date"] or (ev["first_seen"] or "")[:10] or "undated"
            place = f" — {e(ev['place']['name'])}, {e(ev['place']['country'] or '')}" if ev["place"] else ""
            flags = _flags(ev)
            parts.append(
                f"<li><b>{e(when)} · {e(ev['plover_type'] or 'STATEMENT')} ({e(ev['cameo'] or '')}, {ev['goldstein']:+.1f})</b> "
                f"{e(actor_label(ev['source_code'], ev['source_sector'], ev['source_name']))} → "
                f"{e(actor_label(ev['target_code'], ev['target_sector'], ev['target_name']))}: “{e(ev['trigger'] or '')}”{place}"
                + (f" <span class='flag'>⚠ {e(', '.join(flags))}</span>" if flags else "")
                + "".join(f"<div class='chain'>who says so: {e(c)} ({e(', '.join(ev['sourcing'] or []))})</div>" for c in ev["chains"] or [])
                + f"<div>corroboration: {e(_corroboration(ev))}</div>"
                + (f"<div class='q'>{e(' '.join(ev['sentence'].split())[:300])}</div>" if ev["sentence"] else "") + "</li>")
        parts.append("</ul>")
    parts.append("<h2>Denied or disputed</h2><ul>")
    parts += [f"<li>{e(d['plover_type'] or '')} {e(d['source_code'] or '')} → {e(d['target_code'] or '')}: “{e(d['trigger'] or '')}”</li>"
              for d in data["denied"]] or ["<li>nothing denied in this selection</li>"]
    parts.append("</ul><h2>Trajectories</h2>")
    for (a, b), traj in data["trajectories"].items():
        parts.append(f"<h3>{e(a)} – {e(b)}</h3>")
        png = _plot_png(traj, a, b)
        if png:
            parts.append(f"<img alt='{e(a)} – {e(b)} trajectory' src='data:image/png;base64,{base64.b64encode(png).decode()}'>")
        parts.append("<table><tr><th>period</th><th>Goldstein</th><th>events</th>" + "".join(f"<th>{q}</th>" for q in QUADS.values()) + "</tr>")
        parts += [f"<tr><td>{e(t['period'][:10])}</td><td>{t['goldstein']:+.1f}</td><td>{t['events']}</td><td>{t['q1']}</td>"
                  f"<td>{t['q2']}</td><td>{t['q3']}</td><td>{t['q4']}</td></tr>" for t in traj]
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write(store: Store, fmt: str, out: str | Path | None, filters: Filters | None = None, *, force: bool = False) -> str:
    """Render the report; with ``out``, write it (and, for Markdown, its plots as PNG files beside it)."""
    if out is not None:
        out = prepare_output(out, force=force)
    data = build(store, filters)
    try:
        return _write(data, fmt, out)
    except OSError as exc:
        raise from_os_error(exc, action="write", path=str(out)) from exc


def _write(data: dict, fmt: str, out: Path | None) -> str:
    if fmt == "html":
        text = to_html(data)
    else:
        plots = {}
        if out is not None:
            for (a, b), traj in data["trajectories"].items():
                png = _plot_png(traj, a, b)
                if png:
                    path = Path(out).with_name(f"{Path(out).stem}-{a}-{b}.png")
                    path.write_bytes(png)
                    plots[(a, b)] = path.name
        text = markdown(data, plots)
    if out is not None:
        Path(out).write_text(text, encoding="utf-8")
    return text
