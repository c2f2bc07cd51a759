"""Derive the workbench's world outline from Natural Earth land polygons (re-runnable).

Input: ``land-110m.json`` from the npm package ``world-atlas`` (TopoJSON of Natural
Earth's 1:110m land, public domain; the package itself is ISC-licensed). Get it
with ``npm pack world-atlas`` in a temporary folder and unpack it, then:

    python scripts/world_outline.py /tmp/x/package/land-110m.json

Output: ``src/eventwire/outputs/data/world_outline.txt``, one SVG path in an
equirectangular frame 360 wide and 180 high (x = longitude + 180, y = 90 - latitude),
rounded to 0.1 degree. Nothing is fetched at run time: the workbench reads this file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "outputs" / "data" / "world_outline.txt"


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are quantised and delta-encoded; return them in degrees."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indices:
        part = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(part[1:] if points else part)  # consecutive arcs share an end point
    return points


def path(topo: dict) -> str:
    arcs = decode_arcs(topo)
    out = []
    for obj in topo["objects"].values():
        for geom in obj.get("geometries", [obj]):
            polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
            for polygon in polygons:
                for indices in polygon:
                    pts = [(round(lon + 180, 1), round(90 - lat, 1)) for lon, lat in ring(indices, arcs)]
                    kept = [p for n, p in enumerate(pts) if n == 0 or p != pts[n - 1]]
                    if len(kept) >= 3:
                        out.append(_subpaths(kept))
    return "".join(out)


def _subpaths(points: list[tuple[float, float]]) -> str:
    """One ring as SVG; a ring that crosses the antimeridian (Russia, Fiji, Antarctica) is broken there
    and left open, so no line is drawn across the whole map."""
    parts, current = [], [points[0]]
    for prev, here in zip(points, points[1:]):
        if abs(here[0] - prev[0]) > 180:
            parts.append(current)
            current = []
        current.append(here)
    parts.append(current)
    if len(parts) == 1:
        return "M" + "L".join(f"{x:g} {y:g}" for x, y in parts[0]) + "Z"
    return "".join("M" + "L".join(f"{x:g} {y:g}" for x, y in part) for part in parts if len(part) >= 2)


def main(src: str) -> None:
    topo = json.loads(Path(src).read_text("utf-8"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(path(topo) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
