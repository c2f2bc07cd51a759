"""The actor knowledge: countries, seats of power, organisations, agent nouns, office holders.

All of it comes from data files in eventwire/data; this module only indexes
them. Proper names are matched case-sensitively (so "US" is not "us"), agent
nouns ("army", "foreign ministry") case-insensitively, singular and plural.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..resources import split, table

SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "MED", "BUS", "NGO", "IGO", "CVL", "REL", "REF",
           "EDU", "LAB", "HLH", "ELI", "CRM", "SEP", "INS")


@dataclass(frozen=True)
class Entry:
    """What a phrase can refer to. ``kind`` is country, demonym, capital, division, metonym, org, person or agent."""

    kind: str
    code: str = ""
    sector: str = ""
    name: str = ""
    role: str = ""
    start: str = ""
    end: str = ""
    home: str = ""  # an organisation's home country

    def active_on(self, day: date | None) -> bool:
        if day is None or not (self.start or self.end):
            return True
        iso = day.isoformat()
        return (not self.start or self.start <= iso) and (not self.end or iso < self.end)


@dataclass
class Knowledge:
    names: dict[str, list[Entry]]  # proper names, case-sensitive
    agents: dict[str, list[Entry]]  # agent nouns, lower-case
    countries: dict[str, dict[str, str]]  # iso3 → row of countries.tsv

    def country_name(self, code: str) -> str:
        row = self.countries.get(code)
        return row["name"] if row else code


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def _add(index: dict[str, list[Entry]], phrase: str, entry: Entry) -> None:
    phrase = phrase.strip()
    if phrase and entry not in index[phrase]:
        index[phrase].append(entry)


def _countries(names: dict[str, list[Entry]]) -> dict[str, dict[str, str]]:
    rows = {}
    for row in table("nlp/data/countries.tsv"):
        code = row["iso3"]
        rows[code] = row
        for phrase in [row["name"], *split(row.get("aliases", ""))]:
            _add(names, phrase, Entry("country", code, "", row["name"]))
            if not phrase.startswith("the "):
                _add(names, "the " + phrase, Entry("country", code, "", row["name"]))
        for adjective in split(row.get("adjectives", "")):
            _add(names, adjective, Entry("demonym", code, "", row["name"]))
        if row.get("capital"):
            _add(names, row["capital"], Entry("capital", code, "GOV", row["name"]))
    return rows


def _divisions(names: dict[str, list[Entry]]) -> None:
    """First-level divisions and well-known places: "Colorado teachers" are USA, "rockets at Sderot" hit ISR."""
    for row in table("nlp/data/divisions.tsv"):
        _add(names, row["name"], Entry("division", row["iso3"], "", row["name"]))


def _metonyms(names: dict[str, list[Entry]]) -> None:
    for row in table("nlp/data/metonyms.tsv"):
        for phrase in split(row["phrase"]):
            entry = Entry("metonym", row["iso3"], row.get("sector", ""), phrase)
            _add(names, phrase, entry)
            if phrase.lower().startswith("the "):
                _add(names, phrase[4:], entry)
                _add(names, "The " + phrase[4:], entry)


def _organizations(names: dict[str, list[Entry]]) -> None:
    for row in table("nlp/data/organizations.tsv"):
        entry = Entry("org", row["code"], row.get("sector", ""), row["name"], home=row.get("home_country", ""))
        for phrase in [row["name"], *split(row.get("aliases", ""))]:
            # "Baloch militants" also as "Baloch militant attacks": groups named by a plural noun.
            variants = [phrase, phrase[:-1]] if phrase.endswith(("ants", "ists", "ents", "els", "ers")) else [phrase]
            for variant in variants:
                _add(names, variant, entry)
                if not variant.lower().startswith("the "):
                    _add(names, "the " + variant, entry)


def _phoenix_organizations(names: dict[str, list[Entry]]) -> None:
    """Organisations and armed groups derived from the Phoenix dictionaries (scripts/convert_phoenix.py).

    The team's own organizations.tsv wins: a Phoenix name is added only when no own entry has it.
    """
    known = {p.lower().removeprefix("the ") for p in names}
    for row in table("nlp/data/phoenix_organizations.tsv"):
        entry = Entry("org", row["code"], row.get("sector", ""), row["name"], home=row.get("home_country", ""))
        for phrase in [row["name"], *split(row.get("aliases", ""))]:
            if len(phrase) > 2 and phrase.lower().removeprefix("the ") not in known:  # "The European Union" is ours
                _add(names, phrase, entry)


def _roles(names: dict[str, list[Entry]]) -> None:
    for row in table("nlp/data/roles.tsv"):
        entry = Entry("person", row["iso3"], row["sector"], row["name"], row["role"], row["start"], row["end"])
        for phrase in [row["name"], *split(row.get("aliases", ""))]:
            _add(names, phrase, entry)


def _agent_index() -> dict[str, list[Entry]]:
    agents: dict[str, list[Entry]] = defaultdict(list)
    for row in table("nlp/data/agents.tsv"):
        for phrase in split(row["phrase"]):
            entry = Entry("agent", "", row["sector"], phrase.lower())
            _add(agents, phrase.lower(), entry)
            words = phrase.lower().split()
            _add(agents, " ".join(words[:-1] + [_plural(words[-1])]), entry)
    return agents


@cache
def knowledge() -> Knowledge:
    names: dict[str, list[Entry]] = defaultdict(list)
    countries = _countries(names)
    _divisions(names)
    _metonyms(names)
    _organizations(names)
    _phoenix_organizations(names)
    _roles(names)
    return Knowledge(dict(names), dict(_agent_index()), countries)
