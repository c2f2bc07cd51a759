#!/usr/bin/env python3
"""Derive eventwire's organisation data from the Phoenix actor dictionaries (MIT).

Reads ``Phoenix.International.actors.txt`` (international organisations, also
defunct ones such as the Organization of African Unity, the Warsaw Treaty
Organization and the Western European Union) and ``Phoenix.MilNonState.actors.txt``
(non-state armed groups) from ``--phoenix`` (default
``../shared/dev-data/phoenix-dictionaries`` next to the repository) and writes

* ``src/eventwire/nlp/data/phoenix_organizations.tsv`` (the same columns as
  ``organizations.tsv``: code, sector, name, aliases, home_country, note), and
* ``src/eventwire/nlp/data/PHOENIX-LICENSE.txt`` (the MIT notice, naming the
  derived file).

The package reads only the derived file, never ../shared. Re-running gives the same
output. Entries of ``organizations.tsv`` (the team's own) win over these: the
knowledge index adds a Phoenix name only when no own entry has it.

Person entries of the International file (UN officials and the like) are left out:
only names with an organisation word are kept. Office holders of
``Phoenix.Countries.actors.txt`` are not converted yet (see docs/coding.md).

Usage: python scripts/convert_phoenix.py [--phoenix DIR]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "eventwire" / "nlp" / "data"
DEFAULT_PHOENIX = REPO.parent / "shared" / "dev-data" / "phoenix-dictionaries"
ORG_WORDS = re.compile(
    r"\b(ORGANI[SZ]ATION|UNION|COUNCIL|BANK|FUND|COMMISSION|AGENCY|ASSOCIATION|LEAGUE|COMMITTEE|PACT|TREATY|FORUM|"
    r"COMMUNITY|PROGRAMME|PROGRAM|INSTITUTE|FOUNDATION|CORPS|FRONT|ARMY|BRIGADES?|MOVEMENT|PARTY|GROUP|NATIONS|TRIBUNAL|"
    r"COURT|ALLIANCE|CONFERENCE|OFFICE|SECRETARIAT|FEDERATION|CROSS|CRESCENT|WATCH|MISSION|AUTHORITY|FORCES?|"
    r"CONFEDERATION|COOPERATION|ORGANIZATIONS|SOCIETY|CENTRE|CENTER|NETWORK|COALITION|JIHAD|FACTION|CELLS?)\b")
SMALL = {"of", "the", "and", "for", "in", "on", "de", "al", "to", "at", "del", "la", "el", "des", "du", "a"}
SECTOR_SEGMENTS = {"DEV", "REF", "HLH", "AGR", "HRI", "ENV", "EDU", "MED", "LAB", "BUS", "JUD", "MIL", "GOV", "LEG", "ELI",
                   "CVL", "COP", "SPY", "REL", "UAF", "OPP", "REB", "INS", "SEP", "CRM", "NGO", "IGO"}
CODE = re.compile(r"\[([A-Z]{3,})(?:\s+[\d-]+)?\]")


def _words(raw: str) -> str:
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip()


def _case(name: str) -> list[str]:
    """Phoenix names are upper case; news writes them in title case (and keeps acronyms)."""
    out = []
    for part in re.split(r"\s*\(([^)]*)\)\s*", name):
        part = part.strip()
        if not part:
            continue
        if len(part) <= 6 and " " not in part and part.replace(".", "").isalpha():
            out.append(part)  # an acronym: "OAU", "U.N."
            continue
        words = part.lower().split()
        out.append(" ".join(w if (i and w in SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words)))
    return [o for o in out if len(o) >= 2]


def _entries(path: Path) -> list[tuple[str, list[str], str]]:
    """(name, synonyms, first code) for each entry of a PETRARCH .actors file."""
    entries: list[tuple[str, list[str], str]] = []
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+") and entries:
            entries[-1][1].extend(s for s in line[1:].split("+") if s.strip())
        elif line[:1].isspace() or line.startswith("["):
            m = CODE.search(line)
            if m and entries and not entries[-1][2]:
                name, syns, _ = entries[-1]
                entries[-1] = (name, syns, m.group(1))
        else:
            m = CODE.search(line)
            name = CODE.sub("", line).strip()
            entries.append((name, [], m.group(1) if m else ""))
    return entries


# Single-word synonyms in the Phoenix files that are ordinary words, places or code-like
# strings: as names they would turn "youth", "olive" or "Greece" into an armed group.
NOT_NAMES = {"group", "youth", "zero", "olive", "falcon", "paradise", "machete", "tigers", "mavericks", "boogeymen",
             "emetic", "camo", "tabak", "hotaru", "yahweh", "unscr", "contras", "car", "epa", "ana", "ela", "fps",
             "ca", "an", "isa", "marxist-leninist", "lautaros", "venceremos", "clandestini", "clandestinu"}


def _acceptable(name: str, places: set[str]) -> bool:
    if " " in name:
        return True
    return len(name) >= 3 and not name.isdigit() and name.lower() not in NOT_NAMES and name.lower() not in places


def _places() -> set[str]:
    with (DATA / "countries.tsv").open(encoding="utf-8") as f:
        return {w.strip().lower() for row in csv.DictReader(f, delimiter="\t")
                for w in [row["name"], *(row.get("aliases") or "").split("|"), *(row.get("adjectives") or "").split("|")] if w.strip()}


def _countries() -> set[str]:
    with (DATA / "countries.tsv").open(encoding="utf-8") as f:
        return {row["iso3"] for row in csv.DictReader(f, delimiter="\t")}


def _code(raw: str, countries: set[str]) -> tuple[str, str, str] | None:
    """(code, sector, home country) in eventwire's terms, from a CAMEO actor code."""
    parts = [raw[i:i + 3] for i in range(0, len(raw), 3)]
    if parts[0] in ("NGO", "NGM"):
        # A non-governmental organisation: of its country when one is given ("NGOUSAHRI" → USA NGO).
        home = next((p for p in parts[1:] if p in countries), "")
        return (home or "NGO"), "NGO", home
    if parts[0] == "IGO":
        # "IGOAFROAU" → OAU; a trailing sector ("IGOUNODEV") is not the organisation.
        named = [p for p in parts[1:] if p not in SECTOR_SEGMENTS]
        return (named[-1] if named else "IGO"), "IGO", ""
    if parts[0] == "IMG":
        return "IMG", "REB", ""
    if parts[0] in countries:
        sector = parts[1] if len(parts) > 1 else ""
        return parts[0], sector, parts[0]
    return None


def convert(phoenix: Path) -> list[dict[str, str]]:
    countries, places = _countries(), _places()
    rows, seen = [], set()
    for fname, only_orgs in (("Phoenix.International.actors.txt", True), ("Phoenix.MilNonState.actors.txt", False)):
        for name, syns, raw_code in _entries(phoenix / fname):
            if not raw_code or (only_orgs and not ORG_WORDS.search(_words(name))):
                continue
            code = _code(raw_code, countries)
            names = [n for raw in [name, *syns] for n in _case(_words(raw))]
            names += [n.replace("Organization", "Organisation") for n in names if "Organization" in n]  # British spelling
            names = list(dict.fromkeys(n for n in names if n not in seen and _acceptable(n, places)))
            if code is None or not names:
                continue
            seen.update(names)
            rows.append({"code": code[0], "sector": code[1], "name": names[0], "aliases": "|".join(names[1:]),
                         "home_country": code[2], "note": f"Phoenix {fname.split('.')[1]} {raw_code}"})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX)
    args = parser.parse_args()
    rows = convert(args.phoenix)
    with (DATA / "phoenix_organizations.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["code", "sector", "name", "aliases", "home_country", "note"], delimiter="\t",
                                quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    notice = (args.phoenix / "LICENSE").read_text("utf-8")
    (DATA / "PHOENIX-LICENSE.txt").write_text(
        "phoenix_organizations.tsv in this folder is derived by scripts/convert_phoenix.py from the Phoenix actor\n"
        "dictionaries (Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt) of the Open Event Data\n"
        "Alliance, distributed under the following licence:\n\n" + notice, encoding="utf-8")
    print(f"{len(rows)} organisations written to {DATA / 'phoenix_organizations.tsv'}")


if __name__ == "__main__":
    main()
