"""The actor knowledge: countries, seats of power, organisations, agent nouns, office holders.

All of it comes from data files in eventwire/data; this module only indexes
them. Proper names are matched case-sensitively (so "US" is not "us"), agent
nouns ("army", "foreign ministry") case-insensitively, singular and plural.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import msgspec

from .. import resources
from ..resources import data_bytes, digest, json_data, prepared, source_bytes, split, table

# The date Phoenix.Countries.actors.txt was generated (its header): its open-ended offices are known to then.
PHOENIX_DATE = "2014-01-30"
SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "MED", "BUS", "NGO", "IGO", "CVL", "REL", "REF",
           "EDU", "LAB", "HLH", "ELI", "CRM", "SEP", "INS")


class Entry(msgspec.Struct, frozen=True):
    """What a phrase can refer to. ``kind`` is country, demonym, capital, division, metonym, org, person or agent.

    A frozen msgspec Struct rather than a dataclass: the same values, equality and hash, but the 40,000 entries
    load from a prepared file (``knowledge``) in about a third of the time, and their fields read faster.
    """

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
    # Phoenix office holders (case-sensitive names), kept apart from ``names``: 30,000 phrases are matched by a
    # token-hash table (nlp/actors.py), building a PhraseMatcher for them would cost seconds at every load.
    people: dict[str, list[Entry]] = field(default_factory=dict)
    # surname → every office-holder entry (both files) of a person with that surname ("Mr Mugabe").
    surnames: dict[str, list[Entry]] = field(default_factory=dict)
    # Words that name a person's first name somewhere in the tables ("Warren Christopher", "Paul Ryan") or in
    # first_names.tsv: such a word alone is not taken for a surname (the bare-surname round, nlp/actors.py).
    given_names: frozenset[str] = frozenset()

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


def _regions(names: dict[str, list[Entry]]) -> None:
    """CAMEO's region codes ("European leaders" EUR, "Gulf states" PGS, "the West" WST): named like countries and
    read as them, but no country of ``Knowledge.countries`` (a region is no document's home; docs/coding.md,
    "Regions")."""
    for row in table("nlp/data/regions.tsv"):
        for phrase in [row["name"], *split(row.get("aliases", ""))] if row.get("as_name") != "no" else []:
            _add(names, phrase, Entry("country", row["code"], "", row["name"]))
            if phrase.startswith("the "):
                _add(names, "The " + phrase[4:], Entry("country", row["code"], "", row["name"]))
        for adjective in split(row.get("adjectives", "")):
            _add(names, adjective, Entry("demonym", row["code"], "", row["name"]))


@cache
def region_codes() -> frozenset[str]:
    """The CAMEO region codes of regions.tsv."""
    return frozenset(row["code"] for row in table("nlp/data/regions.tsv"))


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


def _companies(names: dict[str, list[Entry]]) -> None:
    """Companies and news organisations that recur in the shared news and that the other tables lack (companies.tsv,
    hand-checked facts: name, aliases, home country, sector; docs/coding.md, "Companies and media"). Like Phoenix's
    companies, a firm is coded by its home country, with sector BUS (MED for news organisations). A name another
    table already has keeps that table's entry."""
    known = set(names)
    for row in table("nlp/data/companies.tsv"):
        entry = Entry("org", row["code"], row["sector"], row["name"], home=row.get("home_country", ""))
        for phrase in [row["name"], *split(row.get("aliases", ""))]:
            if phrase not in known:
                _add(names, phrase, entry)
                _add(names, "the " + phrase, entry)


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


def _phoenix_people(names: dict[str, list[Entry]]) -> None:
    """Office holders derived from the Phoenix Countries dictionary (scripts/convert_phoenix.py).

    Each ``codes`` item ("USA GOV 2009-01-21 2013-02-01") is one Entry; an item with no dates is the
    person's code outside the dated ones. They come after roles.tsv's entries: when both hold an office
    on the document's date, the team's own entry is first, otherwise the date decides (``at_date``).
    """
    for row in table("nlp/data/phoenix_people.tsv"):
        entries = []
        for item in row["codes"].split(";"):
            code, sector, start, end = item.split(" ")
            entries.append(Entry("person", code, sector, row["name"], f"Phoenix {code}{sector}",
                                 "" if start == "-" else start, "" if end == "-" else end))
        for phrase in [row["name"], *split(row.get("aliases", ""))]:
            names[phrase].extend(entries)  # the converter wrote each name and code once: no duplicate check


# An acronym of two to five capitals, as the files write it ("CIA", "FBI", "UN Security Council").
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _dotted(names: dict[str, list[Entry]]) -> None:
    """American newspaper style dots the acronyms the files write bare: "the C.I.A.", "the F.B.I.", "the U.N. Security
    Council" are the CIA, the FBI and the UN Security Council. Every organisation, country or body whose name holds an
    acronym is also found with it dotted (persons are left alone: "J.R." is initials). A bare acronym of two letters
    is not dotted ("R.T.", "I.S." are more often initials than RT or IS; "U.S.", "U.N.", "E.U." are listed as written)."""
    for phrase, entries in list(names.items()):
        kept = [e for e in entries if e.kind != "person"]
        words = phrase.split(" ")
        if not kept or not any(_ACRONYM.fullmatch(w) for w in words) or len(phrase.removeprefix("the ")) < 3:
            continue
        dotted = " ".join(".".join(w) + "." if _ACRONYM.fullmatch(w) else w for w in words)
        for entry in kept:
            _add(names, dotted, entry)


def at_date(people: list[Entry], day: date | None) -> list[Entry]:
    """The entries of ``people`` that hold on ``day``, best first.

    A dated entry that covers the day beats an undated one (Phoenix's "code outside the dated ones").
    With no entry holding, each person's latest office before the day ("former" roles). With no day,
    the undated entries, else all.
    """
    if not people:
        return people  # most chunks name no person: the common case costs one test (it runs per chunk)
    if day is None:
        # An undated text (a pasted post) is read as of now: an office the team's roles.tsv leaves open is held
        # today, and it beats Phoenix's undated code, which sums up a career ("Putin" RUS ELI) and would read a
        # sitting president's order to attack as a candidate's figure of speech (docs/coding.md "The leaders round").
        current = [e for e in people if e.start and not e.end and not e.role.startswith("Phoenix ")]
        undated = [e for e in people if not (e.start or e.end)]
        return current or undated or people
    iso = day.isoformat()
    if iso > PHOENIX_DATE and any(not e.role.startswith("Phoenix ") for e in people):
        # Phoenix knows nothing after its file date: an office it leaves open may have ended since. When the
        # team's roles.tsv knows the person, it decides after that date.
        people = [e for e in people if not e.role.startswith("Phoenix ") or (e.end and e.end <= PHOENIX_DATE)]
    active = [e for e in people if (not e.start or e.start <= iso) and (not e.end or iso < e.end)]  # Entry.active_on
    dated = [e for e in active if e.start or e.end]
    if dated or active:
        return dated or active
    past = [e for e in people if e.start and e.start <= iso]
    return sorted(past, key=lambda e: e.end or "9999", reverse=True)[:1]


def _agent_index() -> dict[str, list[Entry]]:
    agents: dict[str, list[Entry]] = defaultdict(list)
    for row in table("nlp/data/agents.tsv"):
        for phrase in split(row["phrase"]):
            entry = Entry("agent", "", row["sector"], phrase.lower())
            _add(agents, phrase.lower(), entry)
            words = phrase.lower().split()
            _add(agents, " ".join(words[:-1] + [_plural(words[-1])]), entry)
    # Agent nouns derived from Phoenix.agents.txt (scripts/convert_phoenix.py; plurals written out):
    # "lawmaker", "immigrant", "politician". A phrase the team's file lists keeps the team's sector.
    for row in table("nlp/data/phoenix_agents.tsv"):
        phrase = row["phrase"].lower()
        if phrase not in agents:
            _add(agents, phrase, Entry("agent", "", row["sector"], phrase))
    return agents


# Every data file ``_build`` reads: the prepared knowledge is keyed by their bytes (and this module's source).
_FILES = ("countries.tsv", "regions.tsv", "divisions.tsv", "metonyms.tsv", "organizations.tsv", "companies.tsv",
          "phoenix_organizations.tsv", "roles.tsv", "phoenix_people.tsv", "agents.tsv", "phoenix_agents.tsv", "first_names.tsv")


@cache
def knowledge_key() -> str:
    """What the knowledge is built from: a new digest whenever a data file or this build code changes."""
    return digest("knowledge", source_bytes(__file__), source_bytes(resources.__file__),
                  *(part for name in _FILES for part in (name, data_bytes(f"nlp/data/{name}"))),
                  data_bytes("nlp/data/actor_words.json"))  # family_name_first


@cache
def knowledge() -> Knowledge:
    """The knowledge, built from the data files, or loaded as a previous build left it (``resources.prepared``:
    the build costs about 0.5 CPU s at every start, the load a tenth of that)."""
    return prepared("knowledge", knowledge_key(), _build)


def _build() -> Knowledge:
    names: dict[str, list[Entry]] = defaultdict(list)
    countries = _countries(names)
    _regions(names)
    _divisions(names)
    _metonyms(names)
    _organizations(names)
    _companies(names)
    _phoenix_organizations(names)
    _roles(names)
    _dotted(names)
    people: dict[str, list[Entry]] = defaultdict(list)
    _phoenix_people(people)
    surnames: dict[str, list[Entry]] = defaultdict(list)
    seen: set[int] = set()
    given: set[str] = {row["name"].capitalize() for row in table("nlp/data/first_names.tsv")
                       if not row["name"].startswith("#")}
    family_first = frozenset(json_data("nlp/data/actor_words.json")["family_name_first"]["countries"])
    for entries in list(names.values()) + list(people.values()):
        for e in entries:
            if e.kind == "person" and " " in e.name and id(e) not in seen:
                seen.add(id(e))
                words = e.name.split()
                surnames[words[-1]].append(e)
                if e.code in family_first and words[0] != words[-1]:
                    surnames[words[0]].append(e)  # "Yoon Suk Yeol" is President Yoon
                else:
                    given.add(words[0])
    return Knowledge(dict(names), dict(_agent_index()), countries, dict(people), dict(surnames), frozenset(given))
