"""The situation report: a brief an analyst can forward, in Markdown or HTML.

One view-model (``views.report_view``, shared with the workbench) rendered by two
Jinja2 templates (``templates/report.md.j2`` and ``templates/report.html.j2``):
a summary first (date range, counts, key developments, timeline, map), a table
of contents with anchors, then each main dyad of two different actors with its
trajectory on a real time axis and its N most significant events, the other
events, and what is denied. Counts and trajectories are those of the selection,
not of the whole store. The HTML escapes all scraped text and links only http(s)
URLs; its charts are inline SVG, so it has no ``data:`` URL at all, and it prints
cleanly (print style sheet).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..errors import from_os_error
from ..store import Browser, Filters, Store
from ._files import prepare_output
from .views import QUADS, TEMPLATES, report_view, safe_href

__all__ = ["PER_SECTION", "QUADS", "build", "markdown", "to_html", "write"]

PER_SECTION = 10  # events shown per dyad: the most significant, so a 20,000-document store gives a readable brief


def _md(text) -> str:
    """Scraped text for Markdown: angle brackets escaped, so no HTML passes through a Markdown renderer."""
    return str(text if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _env(html: bool) -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=html, default_for_string=html),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["md"] = _md
    env.filters["href"] = safe_href
    return env


def build(store: Store, filters: Filters | None = None, *, title: str | None = None, per_section: int = PER_SECTION) -> dict:
    """Everything the report shows, as data (rendered by ``markdown`` and ``to_html``)."""
    return report_view(Browser(store), filters, title=title, per_section=per_section)


def markdown(data: dict, plot_files: dict | None = None) -> str:
    return _env(False).get_template("report.md.j2").render(r=data, plots=plot_files or {})


def to_html(data: dict) -> str:
    return _env(True).get_template("report.html.j2").render(r=data)


def _plot_png(traj: list[dict], a: str, b: str) -> bytes | None:
    """The trajectory for the Markdown report, as PNG, on a real time axis (bars placed at their period's date)."""
    points = [(date.fromisoformat(t["period"][:10]), t["goldstein"] or 0) for t in traj]
    if not points:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.5, 2.6), dpi=100)
    ax.bar([d for d, _ in points], [g for _, g in points], width=25, color=["#2a7" if g >= 0 else "#c33" for _, g in points])
    ax.axhline(0, color="#444", linewidth=0.8)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_ylabel("Goldstein sum")
    ax.set_title(f"{a} – {b}: cooperation (+) and conflict (−)")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def write(store: Store, fmt: str, out: str | Path | None, filters: Filters | None = None, *, force: bool = False,
          per_section: int = PER_SECTION) -> str:
    """Render the report; with ``out``, write it (and, for Markdown, its plots as PNG files beside it)."""
    if out is not None:
        out = prepare_output(out, force=force)
    data = build(store, filters, per_section=per_section)
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
            for sec in data["sections"]:
                png = _plot_png(sec["trajectory"], sec["a"], sec["b"])
                if png:
                    path = Path(out).with_name(f"{Path(out).stem}-{sec['a']}-{sec['b']}.png")
                    path.write_bytes(png)
                    plots[(sec["a"], sec["b"])] = path.name
        text = markdown(data, plots)
    if out is not None:
        Path(out).write_text(text, encoding="utf-8")
    return text
