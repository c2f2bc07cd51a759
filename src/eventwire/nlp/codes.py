"""CAMEO event codes and their PLOVER types, from the code tables in eventwire/data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..resources import table

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class Cameo:
    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str
    plover_type: str
    plover_mode: str


@cache
def cameo_table() -> dict[str, Cameo]:
    plover = {r["cameo"]: (r["plover_type"], r["plover_mode"]) for r in table("nlp/data/cameo_plover.tsv")}
    return {
        r["code"]: Cameo(r["code"], r["name"], float(r["goldstein"]), int(r["quad_class"]), r["root"],
                         *plover.get(r["code"], ("", "")))
        for r in table("nlp/data/cameo_codes.tsv")
    }


def lookup(code: str) -> Cameo | None:
    """The entry for a code; an unknown 4-digit code falls back to its 3-digit parent."""
    codes = cameo_table()
    while code and code not in codes:
        code = code[:-1]
    return codes.get(code)


def event_type(cameo_code: str) -> str:
    """The PLOVER type, or 'STATEMENT' for CAMEO root 01, which PLOVER does not code."""
    entry = lookup(cameo_code)
    if entry is None:
        return ""
    return entry.plover_type or ("STATEMENT" if entry.root == "01" else "")
