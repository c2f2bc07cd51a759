"""Actor resolution: find who is named in a sentence and give them a CAMEO-style code.

A small parser's dependency trees are noisy around long titles ("Iran's
Revolutionary Guard Corps commander Major Gen Qassem Soleimani" may come out as
three fragments), so actors are found as *chunks*: maximal runs of tokens that
are actor material (known names, agent nouns, named entities, titles), joined by
the few connectors titles use ("'s", "of", a bracketed acronym). Each chunk
resolves to a country or organisation code plus a sector:

* the code from the text first: a country, demonym, capital or seat of power,
  an organisation, in the chunk;
* the sector from the agent noun nearest the chunk's end ("... commander" → MIL),
  else from a seat of power (the Pentagon → MIL) or an organisation;
* a person's code from the title in the same chunk (learned, and reused for later
  mentions of the surname), else from the office-holder file at the document date;
* pronouns ("its", "the latter") from the chunks around them.

The component stores the chunks in ``doc._.actors`` and a token → chunk index in
``doc._.actor_at``; the event coder only asks "which actor is this token?".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
import re
import io
import unicodedata
import pickle
import threading
from difflib import SequenceMatcher
from functools import cache
from itertools import compress

import msgspec
from spacy.attrs import ENT_TYPE, LOWER, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.about import __version__ as spacy_version

from . import coref
from ._serial import serialisable
from ._view import _ATTRS as _VIEW_ATTRS, extension, read_columns, set_extension
from .knowledge import PHOENIX_DATE, Entry, Knowledge, at_date, knowledge, knowledge_key, region_codes
from ..model import Place
from ..resources import digest, json_data, prepared, source_bytes
from .places import SMALL_TOWN, WATER_WORDS, lookup as lookup_place, population

for _name, _default in (("actors", None), ("actor_at", None), ("doc_date", None), ("learned_roles", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

# Word lists live in data/actor_words.json, each with why it exists.
_WORDS = json_data("nlp/data/actor_words.json")
# Titles that sit between an office and a name ("commander Major Gen Qassem ...").
_TITLES = frozenset(_WORDS["titles"]["words"])
_BARE_SURNAMES = _WORDS["bare_surnames"]
_COMMON_SURNAMES = frozenset(_BARE_SURNAMES["common_surnames"])
_HONORIFICS = frozenset(_BARE_SURNAMES["honorifics"])
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_POSSESSIVE_PRONOUNS = frozenset(_WORDS["possessive_pronouns"]["words"])
_OBJECT_PRONOUNS = frozenset(_WORDS["object_pronouns"]["words"])
_PERSON_PRONOUNS = frozenset(_WORDS["person_pronouns"]["words"])
_FIRST_PERSON = frozenset(_WORDS["first_person_pronouns"]["words"])
_SPEECH_VERBS = frozenset(_WORDS["speech_verbs"]["words"])
_RELATIVE = frozenset(_WORDS["relative"]["words"])
# Verbs whose object's possessor is someone other than the subject: one seeks,
# wins or loses another's support, not one's own.
_OTHER_POSSESSOR_VERBS = frozenset(_WORDS["other_possessor_verbs"]["words"])


@serialisable()
@dataclass
class Actor:
    start: int  # token span [start, end)
    end: int
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    kind: str | None = None  # country, organization, person, group, pronoun
    based_in: str | None = None
    resolved_from: str | None = None
    members: list[int] = field(default_factory=list)  # token indices
    # For a pronoun or description coded as an actor named elsewhere: [start, end) of that named mention.
    antecedent: list[int] | None = None

    @property
    def resolved(self) -> bool:
        return bool(self.code)


# The token columns the resolver reads, as lists of ints (forms, lower-case forms, parts of speech, entity types,
# tags): read once per document into one array, while ActorResolver runs on it. Six places read them, and each
# ``Doc.to_array`` call cost about as much as one call for all the columns.
_COLUMNS = [ORTH, LOWER, POS, ENT_TYPE, TAG, SENT_START]
_COLUMN_INDEX = [_VIEW_ATTRS.index(a) for a in _COLUMNS]


class _Current(threading.local):
    """The Doc this thread is resolving and its columns: one tuple, so that a read sees both of one Doc (per thread,
    so that threads resolving their own Docs never read each other's)."""

    def __init__(self) -> None:
        self.doc_columns: tuple = (None, None)


_current = _Current()


def _read_columns(doc: Doc) -> list[list[int]]:
    # Read with the event coder's view's columns, which it then takes instead of reading them again (_view.py).
    columns = read_columns(doc)
    return [columns[k] for k in _COLUMN_INDEX]


def _columns(doc: Doc) -> list[list[int]]:
    """[forms, lower-case forms, parts of speech, entity types, tags, sentence starts] of the tokens of ``doc``, as
    hashes (sentence starts as 1, -1 or 0)."""
    doc_now, columns = _current.doc_columns
    return columns if doc_now is doc else _read_columns(doc)


def _entries_by_token(doc: Doc, spans: list[tuple[Span, list[Entry]]]) -> dict[int, tuple[Span, list[Entry]]]:
    out = {}
    for span, entries in spans:
        for i in range(span.start, span.end):
            out[i] = (span, entries)
    return out


class ActorResolver:
    def __init__(self, nlp: Language, name: str = "eventwire_actors", learn_titles: bool = True) -> None:
        # learn_titles: a title in the text ("US Secretary of State Michael Pompeo") codes later bare
        # mentions of the name in the same document; off, only the knowledge files code persons.
        self.learn_titles = learn_titles
        self.kb: Knowledge = knowledge()
        self.names, self.agents, self.people = _tables(nlp, self.kb)

    # -- matching -------------------------------------------------------------------
    def _matches(self, doc: Doc) -> tuple[dict[int, tuple[Span, list[Entry]]], dict[int, tuple[Span, list[Entry]]]]:
        orths, lowers = _columns(doc)[:2]
        names = _regional_names(doc, _national_bodies(doc, _merge(self.names.find(doc, orths) + self.people.find(doc, orths))))
        agents = _entries_by_token(doc, _longest(self.agents.find(doc, lowers)))
        for i in [i for i, (span, _) in agents.items() if span[-1].tag_ in _FINITE_VERB_TAGS]:
            # "demanded that President Biden press Israel": an agent word the parser reads as a finite verb is that
            # verb, no "press" (MED) of Israel (the twelfth wire battery round)
            del agents[i]
        agents.update(_crowds(doc, lowers, agents))
        for i in [i for i, (span, _) in agents.items() if span[0].lower_ in _DESCRIPTIVE_AGENTS]:
            if _modifier_only(agents[i][0], agents):
                del agents[i]
        return _entries_by_token(doc, _longest(names)), agents

    def __call__(self, doc: Doc) -> Doc:
        current = _current
        current.doc_columns = (doc, _read_columns(doc))
        try:
            return self._call(doc)
        finally:
            current.doc_columns = (None, None)

    def _call(self, doc: Doc) -> Doc:
        # What this text teaches ("US Secretary of State Michael Pompeo") is kept for
        # this document only: the component holds no state across documents, so a
        # document is coded the same whatever was read before it, in any process.
        day = extension(doc, "doc_date")  # (not through ``doc._``, a new object at each read: see _view.extension)
        names, agents = self._matches(doc)
        entities = doc.ents  # Doc.ents builds its spans anew on each call
        # ("at Chapultepec Castle", tagged PERSON: a building's name is no actor)
        entities = tuple(ent for ent in entities if not (ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text in _BUILDING_NAMES))
        ents = {i for ent in entities if ent.label_ in _ENTITY_LABELS for i in range(ent.start, ent.end)}
        persons = [ent for ent in entities if ent.label_ == "PERSON"]
        surnames = _surnames(doc, ents, persons, self.kb)
        ents |= surnames
        learned = _Learned()
        actors = []
        for start, end in _chunks(doc, names, agents, ents):
            actor = self._resolve(doc, start, end, names, agents, day, learned, surnames, persons)
            if actor is not None:
                actors.append(actor)
                if self.learn_titles:
                    learned.learn(doc, actor)  # at once: a later "Bajwa" in this text uses what this title said
        set_extension(doc, "learned_roles", learned.rows())
        _shared_nationality(doc, actors)
        self._resident(doc, actors, names)
        actors = _led_groups(doc, actors, agents)
        actors += _pronouns(doc, names)
        actors += _elided_countries(doc, actors, self.kb)
        actors.sort(key=lambda a: a.start)
        set_extension(doc, "actors", actors)
        set_extension(doc, "actor_at", {i: n for n, a in enumerate(actors) for i in range(a.start, a.end)})
        _affiliations(doc, actors)
        _serving_groups(doc, actors)
        _residences(doc, actors, names)
        _descriptions(doc, actors, agents)
        _resolve_pronouns(doc, actors)
        starts_column = _columns(doc)[5]
        # Only a document of several sentences with an uncoded actor has anything to resolve across sentences;
        # most documents the coder meets (one sentence) skip the per-token list below (the test runs in C).
        if 1 in starts_column[1:] and any(not a.code for a in actors):
            sentence_starts = [i for i, start in enumerate(starts_column) if start == 1 or i == 0]
            coref.resolve_across_sentences(doc, actors, agents, sentence_starts, self.kb)
            self._home_persons(doc, actors, names)
        return doc

    def _home_persons(self, doc: Doc, actors: list[Actor], names) -> None:
        """CAMEO's residence convention for persons: a person the tables do not know, named in a document whose places
        and seats of power clearly name one country, in a sentence that names no other country and no place, is of that
        country, and so are the pronouns that stand for that person ("A photographer ... started an online backlash":
        the PLOVER gold codes ordinary people by where they live; docs/coding.md, "Persons where the document is")."""
        people = [a for a in actors if not a.code and a.kind in ("person", "pronoun") and a.name]
        if not people:
            return
        home = self._clear_home(names)
        if home is None:
            return
        countries = self.kb.countries
        sentences = {a.start: doc[a.start].sent for a in people}  # (Token.sent builds a Span on every call)
        # Sentences that name another country: read once, not once per person (a sentence's actors are few, its persons many).
        abroad = {sent.start for sent in sentences.values()
                  if any(sent.start <= a.start < sent.end and a.code in countries and a.code != home for a in actors)}
        for actor in people:
            sent = sentences[actor.start]
            if sent.start in abroad or any(e.label_ in _PLACE_LABELS and e.text not in (actor.name or "") for e in sent.ents):
                continue
            actor.code, actor.resolved_from = home, "document"

    # -- resolution -----------------------------------------------------------------
    def _home(self, doc: Doc, names) -> str | None:
        """The country the document is about: the one its places and seats of power name most often.

        With none named, the country of an abbreviated title that only one country's press uses before a
        name (US newswire style: "Sen.", "Rep.", "Gov."), else none. Computed when a titled person needs
        it, which is rare: nothing is kept on the Doc.
        """
        counts: dict[str, int] = {}
        for span, entries in {id(v[0]): v for v in names.values()}.values():
            if _in_longer_person(span):
                continue  # "actor Michael B. Jordan": a name's word, not a country the text is about
            codes = {e.code for e in entries if e.kind in _HOME_KINDS and e.code in self.kb.countries}
            if len(codes) == 1:
                code = codes.pop()
                counts[code] = counts.get(code, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else _title_country(doc)

    def _resident(self, doc: Doc, actors: list[Actor], names) -> None:
        """CAMEO's residence convention over a whole document: an unnamed group ("opposition lawmakers",
        "attackers", "officials") in a sentence that names no country and no place is of the country the
        document is about, when its places and seats of power clearly name one (docs/coding.md, "Groups
        where the document is"). A sentence that names a country or a place is left to the event coder's
        place and sentence default, which know better where the act is."""
        if 1 not in _columns(doc)[5][1:]:
            # One sentence: the places that name a country are the sentence's own, and the event coder's sentence
            # default codes its groups (most documents the coder meets in tests and benchmarks; checked in C).
            return
        groups = [a for a in actors if a.kind == "group" and not a.code and a.sector in _RESIDENT_SECTORS
                  and _particular(doc[a.end - 1])]
        if not groups:
            return  # the common case: nothing to read
        home = self._clear_home(names)
        if home is None:
            return
        countries = self.kb.countries
        sentences = {a.start: doc[a.start].sent for a in groups}  # (Token.sent builds a Span on every call)
        for actor in groups:
            sent = sentences[actor.start]
            # (a person of the document's own country is no sign that its groups are elsewhere: "Opposition lawmakers
            # are adamant that Yoon be removed" keeps the lawmakers at home; a person of another country still leaves
            # them to the sentence default, "the answers he was getting from the administration", said by a US
            # senator in an article about Iran; docs/coding.md, "Names the tagger misreads")
            if any(sent.start <= a.start < sent.end and a.code in countries and (a.kind != "person" or a.code != home)
                   for a in actors) \
                    or any(e.label_ in _PLACE_LABELS for e in sent.ents):
                continue
            actor.code, actor.resolved_from = home, "document"

    def _clear_home(self, names) -> str | None:
        """The country the document's places and seats of power name most, when they name it at least twice and
        more often than every other country together (an article that moves between two countries has no
        home to give a group)."""
        counts: dict[str, int] = {}
        for span, entries in {id(v[0]): v for v in names.values()}.values():
            if _in_longer_person(span):
                continue
            codes = {e.code for e in entries if e.kind in _HOME_KINDS and e.code in self.kb.countries}
            if len(codes) == 1:
                code = codes.pop()
                counts[code] = counts.get(code, 0) + 1
        if not counts:
            return None
        home = max(counts, key=lambda c: counts[c])
        return home if counts[home] >= 2 and 2 * counts[home] > sum(counts.values()) else None

    def _resolve(self, doc, start, end, names, agents, day, learned: _Learned, surnames: set[int],
                 persons: list[Span]) -> Actor | None:
        if _in_water_name(doc, start, end):
            return None  # "the East China Sea", "the Gulf of Oman": a sea, not the country (docs/coding.md, "International wire copy")
        if (named := _settlement_name(doc, start, end)) is not None:
            # "the village of Krynky": the name says where, whatever the village's agent noun or a person tag says.
            codes = {e.code for i in range(named, end) if i in names for e in names[i][1] if e.kind in _PLACE_KINDS}
            place = lookup_place(doc[named:end].text) if not codes else None
            code = codes.pop() if len(codes) == 1 else (place.country if place is not None else None)
            return Actor(start, end, code or None, None, doc[named:end].text, "place",
                         resolved_from="place" if code else None, members=list(range(start, end)))
        actor = Actor(start, end, members=list(range(start, end)))
        person = _person_span(doc, start, end, persons, surnames)
        entries = _unique([e for i in range(start, end) if i in names for e in names[i][1]])
        if person is not None and len(person) > 1 and any(e.kind in _PLACE_KINDS or _company_entry(e) for e in entries):
            entries = _without_names_in(entries, names, person)
        if person is not None and all(i in agents for i in range(person.start, person.end)) and not any(
                e.kind == "person" for e in entries):
            person = None  # "Latinos", "Kurds" tagged PERSON by the small model: a group, coded by where it is
        if person is not None and (person.start, person.end) == (start, end) and not any(e.kind == "person" for e in entries) \
                and any(e.kind == "country" and names[start][0].end == end for e in names.get(start, (None, ()))[1]):
            person = None  # "Mali", "Jordan" tagged PERSON: the country, as its code already said (the kind now says so too)
        countries = [e for e in entries if e.kind in ("country", "demonym", "capital", "metonym", "division")]
        if len({e.code for e in countries}) > 1 and any(e.kind == "division" for e in countries):
            countries = _by_document(doc, names, countries)
        orgs = [e for e in entries if e.kind == "org"]
        if orgs and _company_town(doc, start, end, orgs, names):
            orgs = []  # "in Toyota, Aichi", "Toyota City": the town, not the firm named after it
        people = at_date([e for e in entries if e.kind == "person"], day)
        if people and person is not None and len(person) > 1:
            people = _same_given_name(doc, person, names, people, self.kb)
        sector = _sector(doc, start, end, names, agents, day)
        if not sector and countries and any(e.code in region_codes() for e in countries) \
                and not _region_group(doc[end - 1]) and not _region_as_party(doc[end - 1]):
            # A region is an actor as the home of a group named by its role ("European leaders", "Gulf states") or
            # named alone as a party to an act ("cut gas supplies to Europe", "Putin accused the West"). On a thing,
            # or where something happens, it is where or what, not who: "the worst attack in Europe", "a threat to
            # Europe", "a Middle East peace agreement", "European food" (docs/coding.md, "Regions").
            countries = [e for e in countries if e.code not in region_codes()]
        if len(countries) > 1 and any(e.code in region_codes() for e in countries) \
                and any(e.code not in region_codes() for e in countries):
            # "the West German parliament": "West" opens the region's name and the demonym's; the country is the
            # narrower reading (the ninth wire battery round: it came out as the West, WST)
            countries = [e for e in countries if e.code not in region_codes()]
        if orgs and orgs[-1].sector == "REB" and (home := _armed_group_home(doc, start, end, orgs[-1], countries, names)):
            # "Nepal's Maoist rebels", "the Pakistani Taliban": an armed group's word that the tables give to a
            # group of another country ("Maoists" is India's CPI (Maoist)) names a group of the country the phrase
            # names, by CAMEO's residence convention (the sixth wire battery round)
            actor.code, actor.kind, actor.name, actor.sector = home, "organization", None, "REB"
            actor.resolved_from = "knowledge"
            orgs = []
            countries = []
        if orgs and countries and _posted_to(doc, start, end, names):
            orgs = []  # "the U.S. ambassador to the United Nations": a state's envoy to a body is the state's
        if orgs:
            org = orgs[-1]
            actor.code, actor.kind, actor.name = org.code, "organization", org.name
            # A company's name that is also an agent noun ("Carrier", a maker, not an aircraft carrier) keeps the
            # company's sector; an agent noun after the name ("Google engineers") still says who acts.
            named = org.sector in _COMPANY_SECTORS and any(e.kind == "org" for e in names.get(end - 1, (None, ()))[1])
            actor.sector = sector if sector and org.sector not in ("IGO", "REB", "NGO") and not named \
                else (org.sector or sector)
            actor.resolved_from = "knowledge"
        elif countries:
            country = countries[0]
            actor.code = _seat_of_the_day(country, day)
            actor.sector = sector or (country.sector or None)
            actor.kind = "person" if person else ("country" if not actor.sector else "group")
            if actor.kind == "country" and country.kind == "division" and end - start == 1 + (doc[start].lower_ == "the"):
                actor.kind = "place"  # "in Iowa": a place of the country, an actor only when attacked
            actor.resolved_from = "text" if person else "knowledge"
        if person is not None:
            actor.name = person.text
            actor.kind = "person"
            if not actor.code:
                _person(actor, person.text, people, learned)
            if not actor.code and (plain := _without_initials(person.text)) is not None:
                # "Thomas E. Perez", "John D. Podesta": American papers give a person's middle initial, which the
                # tables mostly leave out; the name without it is the person the tables know (docs/coding.md,
                # "The whole-event round").
                known = at_date([e for e in (*self.kb.names.get(plain, ()), *self.kb.people.get(plain, ()))
                                 if e.kind == "person"], day)
                if known:
                    actor.code, actor.sector = known[0].code, sector or known[0].sector
                    actor.name, actor.resolved_from = known[0].name, "knowledge"
            if not actor.code and person.start > start and " " not in person.text:
                # "Mr Mugabe", "President Erdogan": a title and a surname name the one office holder of the
                # date with that surname, when there is exactly one.
                holder = _sole_holder(self.kb, person.text, day)
                if holder is not None:
                    actor.code, actor.sector, actor.name = holder.code, holder.sector, holder.name
                    actor.resolved_from = "knowledge"
            if not actor.code and (person.start, person.end) == (start, end) and " " not in person.text \
                    and person.text not in learned.bearers and not _described(doc[start]):
                # "Mr. Kerry met the Russian minister", sentence coded alone: a bare surname with no full mention
                # before it is the one office holder of that surname in office on the document's date, when the
                # guard finds the surname unambiguous (docs/coding.md, "The surname round"). Empty beats wrong.
                honorific = start > 0 and doc[start - 1].lower_ in _HONORIFICS
                holder = _bare_surname_holder(self.kb, person.text, day, honorific)
                if holder is not None and start > 0 and _other_sex(doc[start - 1].lower_, holder.name):
                    holder = None  # "Mrs. Kerry" is not John Kerry: the honorific says another person
                if holder is not None:
                    actor.code, actor.sector = holder.code, holder.sector
                    actor.name, actor.resolved_from = holder.name or person.text, "surname"
            if not actor.code and _party_tag(doc, end):
                # "Bob Goodlatte (R-Va.)": US newswire style names a legislator's party and state after the name.
                actor.code, actor.sector, actor.resolved_from = _PARTY_TAG_CODE, _PARTY_TAG_SECTOR, "title"
            if not actor.code and (party := _party_country(doc, start, person.start)) is not None \
                    and self._home(doc, names) in (None, party):
                # "House Republican Thomas Massie", "Democrat Jane Doe", "GOP Sen. X": a party named before a person
                # the files do not know is the party's country, when the document is about it or names none.
                actor.code, actor.resolved_from = party, "title"
                actor.sector = sector or (_PARTY_PERSON["chamber_sector"] if _chamber(doc, start, person.start)
                                          else _PARTY_PERSON["sector"])
            if not actor.code and sector:
                # "Sen. Bernie Sanders", "Gov. Chris Christie": a title says the office, not the country.
                # The office is of the country the document is about (docs/coding.md, "Titles without a country").
                actor.code, actor.sector, actor.resolved_from = self._home(doc, names), sector, "title"
            if not actor.code and not sector and (person.start, person.end) == (start, end) \
                    and (town := _town_read_as_person(doc, start, end, surnames)) is not None:
                actor.code, actor.kind, actor.name, actor.resolved_from = town.country, "place", town.name, "place"
            if not actor.code:
                # Not resolvable inside this document: kept by name for the store's cross-document
                # resolution, coded by no one here (docs/coding.md, "Unresolved persons").
                actor.resolved_from = "unresolved"
        elif not actor.code and people:
            actor.code, actor.sector = people[0].code, sector or people[0].sector
            actor.name, actor.kind, actor.resolved_from = people[0].name, "person", "knowledge"
        elif not actor.code and sector:
            actor.sector, actor.kind = sector, "group"
        if people and not actor.name:
            actor.name, actor.kind = people[0].name, "person"
        head = _head_demonym(names, end)
        if countries and not person and head is not None and doc[end - 1].tag_ in ("NNS", "NNPS"):
            # CAMEO's residence convention: "ethnic Hungarians in Slovakia" are SVK, "Cuban Americans" USA. Only a
            # people named by its demonym: "Russian troops in Ukraine" and "American soldiers in Iraq" stay theirs.
            actor.code = head.code
            home = _located_in(doc, end, names)
            if home:
                actor.code, actor.resolved_from = home, "place"
        actor.based_in = _based_in(doc, end, names)
        if not actor.code and actor.sector and (party := _party_country(doc, start, end)) is not None \
                and self._home(doc, names) in (None, party):
            # "Republican hopefuls", "a former Democratic senator": a party's group or role is of the party's
            # country, when the document is about that country or names none.
            actor.code, actor.resolved_from = party, "text"
        if not actor.code and actor.sector and (code := _modifier_country(doc, start, end, names)) is not None:
            # "a U.S. district judge in Alexandria": a country named in the group's own noun phrase, apart from the
            # chunk by a plain noun ("district"), is its nationality, before any place it is in.
            actor.code, actor.resolved_from = code, "text"
        if not actor.code and actor.sector:
            actor.code = _located_in(doc, end, names)  # "police in Istanbul", "protesters in Dhaka"
            if not actor.code and actor.kind == "group":
                # "Thousands of residents protested in Kiev": a crowd is of where its clause happens (CAMEO's
                # residence convention), also when the place hangs from the verb rather than from the noun.
                actor.code = _clause_place(doc, end - 1, names) if actor.sector in _CROWD_SECTORS else None
            actor.resolved_from = "place" if actor.code else None
        if not actor.code and learned.acronyms and (known := learned.acronym(doc, start, end)) is not None:
            # "the Independent Electoral Commission of Kenya (IEBC) ... the IEBC": an acronym the text gave in
            # brackets for a coded actor is that actor in the rest of the document.
            actor.code, actor.sector, actor.name = known
            actor.kind, actor.resolved_from = actor.kind or "organization", "learned"
        if not (actor.code or actor.sector or actor.name):
            # A town the knowledge files do not list ("shelled Kharkiv"): a place of its country, which the
            # event coder makes a target only of a harmful act (docs/coding.md, "A place that is attacked").
            place = _gazetteer_place(doc, start, end, names)
            if place is not None:
                actor.code, actor.kind, actor.name, actor.resolved_from = place.country, "place", place.name, "place"
        return actor if (actor.code or actor.sector or actor.name) else None



_SETTLEMENT_NOUNS = frozenset(_WORDS["settlement_nouns"]["words"])


def _settlement_name(doc: Doc, start: int, end: int) -> int | None:
    """Where the name starts in a chunk "(the) village of <Name>" (`settlement_nouns` in actor_words.json)."""
    i = start + (doc[start].lower_ == "the")
    if i + 2 < end and doc[i].text in _SETTLEMENT_NOUNS and doc[i + 1].lower_ == "of" and doc[i + 2].text[:1].isupper():
        return i + 2
    return None


def _named_as_town(doc: Doc, start: int) -> bool:
    """Whether a name follows "<settlement noun> of": "the city of Jenin", "the village of Krynky"."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in _SETTLEMENT_NOUNS


def _in_water_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a chunk is the country word of a sea's, a gulf's or a strait's name: the capitalised feature word right
    after it ("East China Sea") or "<Feature> of" right before it ("Sea of Japan"). A sea is where, never who."""
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text in WATER_WORDS:
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in WATER_WORDS


def _modifier_only(span: Span, agents) -> bool:
    """An agent word that only describes a thing: "a general election", "military uniforms", "executive actions"
    name no general, armed forces or executive. One adjective on a noun that is no agent word ("military
    officials" stays one chunk, of sector MIL)."""
    if len(span) != 1:
        return False
    tok = span[0]
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" \
        and tok.head.i not in agents


def _build_tables(nlp: Language, kb: Knowledge) -> tuple[_HashTable, _HashTable, _HashTable]:
    # Names on their exact words, agent nouns on lower case, office holders like names. Hash tables rather
    # than spaCy PhraseMatchers: a PhraseMatcher needs a Doc per phrase, about 0.9 CPU s at every load
    # for the 15,000 names and agents; the tables find the same spans.
    return (_HashTable(nlp, kb.names, every_length=True, abbreviations=True),
            _HashTable(nlp, kb.agents, lower=True, every_length=True, abbreviations=True),
            _HashTable(nlp, kb.people))


def _tables(nlp: Language, kb: Knowledge) -> tuple[_HashTable, _HashTable, _HashTable]:
    """The hash tables of ``kb``'s phrases for ``nlp``'s tokenizer: built (about 0.8 CPU s, most of it tokenizing
    the phrases with punctuation), or loaded as a previous build left them (``resources.prepared``).

    Their key is the knowledge's (its data files and build code), this module's source, spaCy's version (token
    hashes) and the tokenizer's settings and special cases (how a phrase with punctuation splits). The tables'
    entries are stored as their places in ``kb`` (the same Entry objects, not copies): ``kb`` is built or loaded
    from the same key, so the same entries are in the same places.
    """
    entries = _entries(kb)
    tokenizer = nlp.tokenizer
    try:
        key = digest("actor-tables", knowledge_key(), source_bytes(__file__), spacy_version, str(len(entries)),
                     tokenizer.to_bytes(exclude=["vocab"]), repr(sorted((tokenizer.rules or {}).items())))
    except Exception:  # noqa: BLE001 -- a tokenizer that cannot say what it is (a custom one): built, never cached
        return _build_tables(nlp, kb)
    place = {id(e): n for n, e in enumerate(entries)}

    def dump(tables: tuple[_HashTable, _HashTable, _HashTable]) -> bytes:
        out = io.BytesIO()
        pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.persistent_id = lambda obj: place.get(id(obj)) if type(obj) is Entry else None  # type: ignore[method-assign]
        pickler.dump(tables)
        return out.getvalue()

    def load(raw: bytes) -> tuple[_HashTable, _HashTable, _HashTable]:
        unpickler = pickle.Unpickler(io.BytesIO(raw))
        unpickler.persistent_load = entries.__getitem__  # type: ignore[method-assign]
        return unpickler.load()

    return prepared("actor-tables", key, lambda: _build_tables(nlp, kb), dump=dump, load=load)


def _entries(kb: Knowledge) -> list[Entry]:
    """Every Entry object of ``kb`` once, in a fixed order (that of its indexes)."""
    seen: dict[int, Entry] = {}
    for index in (kb.names, kb.agents, kb.people, kb.surnames):
        for group in index.values():
            for entry in group:
                seen.setdefault(id(entry), entry)
    return list(seen.values())


class _HashTable:
    """Phrases matched on token hashes: names and agent nouns (about 15,000), the Phoenix office holders (about 21,000).

    A PhraseMatcher needs a Doc per phrase, which costs seconds at every pipeline load; here a phrase
    of plain words is split on spaces (spaCy's tokenizer splits such a phrase the same way) and only
    the few with punctuation ("Vladimir V. Putin", "al-Assad") go through the tokenizer. ``lower``
    matches on lower-case forms (the agent nouns: "Minister" and "minister"). ``every_length``
    finds every phrase at a position, as a PhraseMatcher does (the longest of overlapping spans is
    chosen later, across positions); without it only the longest one at each position. ``abbreviations``:
    a phrase that ends with an abbreviation is also found as its space-separated words (below).
    """

    def __init__(self, nlp: Language, index: dict[str, list[Entry]], lower: bool = False, every_length: bool = False,
                 abbreviations: bool = False) -> None:
        rules = nlp.tokenizer.rules or {}
        self.every_length = every_length
        self.phrases: dict[tuple[int, ...], list[Entry]] = {}
        # first token's hash → the lengths of the phrases starting with it, longest first
        self.lengths: dict[int, tuple[int, ...]] = {}
        forms: list[tuple[str, list[list[str]]]] = []
        special = []
        for phrase in index:
            words = phrase.split()
            if " ".join(words) == phrase and "".join(words).isalpha() and rules.keys().isdisjoint(words):
                forms.append((phrase, [words]))
            else:
                special.append(phrase)
        forms += [(p, _token_forms(p, d, abbreviations)) for p, d in zip(special, nlp.tokenizer.pipe(special))]
        add = nlp.vocab.strings.add
        hash_of = cache((lambda w: add(w.lower())) if lower else add)  # most words recur across phrases
        for phrase, phrase_forms in forms:
            entries = index[phrase]
            for words in phrase_forms:
                key = tuple(map(hash_of, words))
                known = self.phrases.get(key)
                if known is None and len(entries) == 1:
                    self.phrases[key] = [entries[0]]  # the common case, without comparing entries
                else:
                    known = self.phrases.setdefault(key, [])
                    known.extend(e for e in entries if e not in known)
                if len(key) not in self.lengths.get(key[0], ()):
                    self.lengths[key[0]] = tuple(sorted((*self.lengths.get(key[0], ()), len(key)), reverse=True))

    def find(self, doc: Doc, hashes: list[int]) -> list[tuple[Found, list[Entry]]]:
        """The phrases in ``doc``, given its tokens' hashes (ORTH, or LOWER for a ``lower`` table)."""
        out = []
        # The few positions where a phrase may start, found by one C-level pass (most words start none).
        lengths = list(map(self.lengths.get, hashes))
        keys, get = tuple(hashes), self.phrases.get  # a slice of a tuple is the key itself (no list made on the way)
        size = len(hashes)
        for i in compress(range(size), lengths):
            # Only the lengths of the phrases that start with this word are tried, longest first (a common first
            # word, "the", starts phrases of many lengths, but not of every length up to the longest).
            for n in lengths[i]:
                if i + n > size:
                    continue
                entries = get(keys[i : i + n])
                if entries:
                    out.append((Found(doc, i, i + n), entries))
                    if not self.every_length:
                        break
        return out


class Found:
    """A phrase found in a Doc, tokens [start, end): what the resolver asks of a Span (its bounds, its first token,
    its Doc), made at a third of a Span's cost (a few per sentence). Equal as Spans are: same Doc, same bounds."""

    __slots__ = ("doc", "start", "end")

    def __init__(self, doc: Doc, start: int, end: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end

    def __getitem__(self, i: int) -> Token:
        if i < 0:
            i += self.end - self.start
        if not 0 <= i < self.end - self.start:
            raise IndexError(i)
        return self.doc[self.start + i]

    def __len__(self) -> int:
        return self.end - self.start

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Found) and (self.doc is other.doc and self.start == other.start and self.end == other.end)

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start, self.end))

    @property
    def text(self) -> str:
        return self.doc[self.start : self.end].text


def _token_forms(phrase: str, tokens: Doc, abbreviations: bool) -> list[list[str]]:
    """How a phrase may appear as tokens: as the tokenizer splits it alone, and, for an abbreviation that it
    splits alone but keeps whole before a name ("Sen." alone is "Sen" "."), as its space-separated words."""
    forms = [[t.text for t in tokens]]
    if abbreviations and phrase.endswith(".") and len(tokens) > len(phrase.split()):
        forms.append(phrase.split())
    return forms


_GENERIC_BODIES = frozenset(_WORDS["generic_bodies"]["names"])
_GENERIC_BODY_LENGTHS = frozenset(len(name.split()) for name in _GENERIC_BODIES)


def _national_bodies(doc: Doc, spans: list[tuple[Span, list[Entry]]]) -> list[tuple[Span, list[Entry]]]:
    """The found names, less the UN organ read into a state's body of the same plain name.

    Why: "Security Council" and "General Assembly" are names of UN organs and of national bodies alike. A
    capitalised word just before the name ("National Security Council", "Russian Security Council") names
    another body, unless that word is itself a name of the same organisation ("U.N. Security Council").
    """
    # Most documents name neither: the test is on the words' count first, then their lower-case forms.
    generic = {n for n, (span, _) in enumerate(spans) if span.start > 0 and span.end - span.start in _GENERIC_BODY_LENGTHS
               and " ".join(doc[i].lower_ for i in range(span.start, span.end)) in _GENERIC_BODIES}
    if not generic:
        return spans
    codes_at = {i: {e.code for e in entries if e.kind == "org"} for span, entries in spans
                for i in range(span.start, span.end)}
    out = []
    for n, (span, entries) in enumerate(spans):
        if n in generic:
            before = doc[span.start - 1]  # (a name found with its article, "The Security Council", has none before)
            own = {e.code for e in entries if e.kind == "org"}
            if (before.pos_ in ("PROPN", "ADJ") and before.text[0].isupper()
                    and not (codes_at.get(before.i, set()) & own)):
                entries = [e for e in entries if e.kind != "org"]
                if not entries:
                    continue
        out.append((span, entries))
    return out


def _regional_names(doc: Doc, spans: list[tuple[Span, list[Entry]]]) -> list[tuple[Span, list[Entry]]]:
    """The found names, less a region's adjective that opens another proper name, and less a people's adjective
    before "American(s)".

    Why: a region's adjective is the first word of many names that are no region: "Western Pennsylvania", "Western
    Digital", "Middle Eastern Airlines". Before a capitalised proper noun (past a hyphen) it is part of that name,
    not a region's people (docs/coding.md, "Regions"); "European leaders" and "Gulf states" keep it. And "Asian
    American voters", "Mexican American voters" are Americans (CAMEO's residence convention, as "Cuban Americans"
    already were): the first adjective says their origin, not their country.
    """
    regions = region_codes()
    out = []
    for span, entries in spans:
        if _patron_word(doc, span.start, span.end):
            # "Russian-backed separatists", "pro-Russian separatists", "anti-American protesters": the country is
            # the group's patron or cause, not its nationality (docs/coding.md, "Patrons and leaders")
            entries = [e for e in entries if e.kind not in _NATIONALITY_WORD_KINDS]
            if not entries:
                continue
        if any(e.kind == "demonym" or e.code in regions for e in entries):
            after = span.end + (span.end < len(doc) and doc[span.end].text == "-")
            nxt = doc[after] if after < len(doc) else None
            if nxt is not None and nxt.lower_ in _AMERICAN:
                entries = [e for e in entries if e.kind != "demonym"]
            elif nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
                # (a region's name too: "the West Bank", "the West Wing", "the West Coast")
                entries = [e for e in entries if e.code not in regions]
            if not entries:
                continue
        out.append((span, entries))
    return out


_AMERICAN = frozenset({"american", "americans"})
_CROWD = _WORDS["crowd_numbers"]
_CROWD_NUMBERS = frozenset(_CROWD["numbers"])
_CROWD_PEOPLE = frozenset(_CROWD["people"])
_CROWD_ENTRY = Entry("agent", "", "CVL", "crowd")
_CROWD_IDS = frozenset(get_string_id(w) for w in _CROWD_NUMBERS | _CROWD_PEOPLE)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _crowds(doc: Doc, lowers: list[int], agents) -> dict[int, tuple[Span, list[Entry]]]:
    """Crowds named by their number, as civilians (CVL) coded where they are: "Thousands protested in Tbilisi",
    "hundreds of people rallied", "5,000 people marched", "the strikes killed dozens of civilians" (docs/coding.md,
    "Crowds named by their number"). A bare number word is a crowd only as a verb's subject ("raised thousands",
    "millions in aid" are money); one with "of" only when it counts people or an agent group ("thousands of
    dollars", "hundreds of emails" are things)."""
    out: dict[int, tuple[Span, list[Entry]]] = {}
    # (the words are looked for in the lower-case column first: most documents have none, and a loop over their
    # tokens would cost every document)
    for i in [i for i, low in enumerate(lowers) if low in _CROWD_IDS and i not in agents]:
        tok = doc[i]
        low = tok.lower_
        if low in _CROWD_NUMBERS and tok.pos_ in ("NOUN", "NUM") and not (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                                                                     and tok.head.head.lower_ in _CROWD_NUMBERS):
            number = tok
            counted = _counted(number)
            if counted is not None and counted.lower_ in _CROWD_NUMBERS:
                number, counted = counted, _counted(counted)  # "tens of thousands (of people)": one crowd
            if counted is None and tok.dep_ in _SUBJECTS:
                out[tok.i] = (doc[tok.i:number.i + 1], [_CROWD_ENTRY])
            elif counted is not None and counted.lower_ in _CROWD_PEOPLE:
                out[tok.i] = (doc[tok.i:counted.i + 1], [_CROWD_ENTRY])
        elif low in _CROWD_PEOPLE and any(c.dep_ == "nummod" for c in tok.children) and low != "men" or \
                (low in ("people", "persons") and tok.dep_ == "pobj" and tok.head.lower_ == "of"
                 and tok.head.head.lower_ in _CROWD_NUMBERS):
            out[tok.i] = (doc[tok.i:tok.i + 1], [_CROWD_ENTRY])  # "5,000 people marched"
    return out


def _counted(number: Token) -> Token | None:
    """What a number word counts: the object of its "of" ("thousands of people"), if any."""
    return next((g for c in number.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


_COMPOUND = _WORDS["compound_countries"]
_PATRON_PARTICIPLES = frozenset(_COMPOUND["patron_participles"])
_STANCE_PREFIXES = frozenset(_COMPOUND["stance_prefixes"])
_LEADER_PARTICIPLES = frozenset(_COMPOUND["leader_participles"])
_NATIONALITY_WORD_KINDS = frozenset({"country", "demonym", "capital"})


def _patron_word(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is joined by hyphens as a group's patron or cause: "Iran-backed", "pro-Russian", "anti-US"."""
    after = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _PATRON_PARTICIPLES
    before = start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _STANCE_PREFIXES
    return after or before


def _led_groups(doc: Doc, actors: list[Actor], agents) -> list[Actor]:
    """"The Saudi-led coalition", "US-led forces": a country joined by a hyphen to "led" names the group of the
    participle's noun, which acts as its leading state (docs/coding.md, "Patrons and leaders"). The country's
    actor grows to the noun, or gives its code to the noun's own uncoded group ("US-led coalition forces")."""
    out = list(actors)
    for actor in actors:
        end = actor.end
        if actor.kind != "country" or not actor.code or end + 2 >= len(doc) or doc[end].text != "-" \
                or doc[end + 1].lower_ not in _LEADER_PARTICIPLES:
            continue
        noun = doc[end + 1].head
        if noun.i <= end + 1 or noun.pos_ not in ("NOUN", "PROPN") or noun.i - end > 4:
            continue
        group = next((a for a in actors if a is not actor and a.start <= noun.i < a.end), None)
        if group is not None and not group.code:
            group.code, group.resolved_from = actor.code, "text"
            out.remove(actor)
        elif group is None:
            sector = next((e.sector for e in agents[noun.i][1] if e.sector), None) if noun.i in agents else None
            actor.end, actor.members = noun.i + 1, list(range(actor.start, noun.i + 1))
            actor.kind, actor.sector, actor.resolved_from = "group", sector, "text"
    return out
_REGION_GROUPS = frozenset(_WORDS["region_groups"]["words"])


def _region_group(last: Token) -> bool:
    """Whether a chunk that names a region names its states as a group: it ends in such a noun, or is the adjective
    of one ("Gulf states", "Asian and other countries"; `region_groups`)."""
    if last.lower_ in _REGION_GROUPS:
        return True
    head = last.head
    while last.dep_ == "conj" and head.i != last.i:  # "Asian and other countries": the first conjunct's noun
        last, head = head, head.head
    return last.dep_ in ("amod", "compound", "nmod") and head.i > last.i and head.lower_ in _REGION_GROUPS


# Prepositions that name whom an act is done to or with ("cut gas supplies to Europe", "sanctions on Asia").
_PARTY_PREPS = frozenset({"to", "against", "with", "on", "toward", "towards"})


def _first_conjunct(tok: Token) -> Token:
    """"with Hollande and Merkel": the first of a coordination, whose head the others share."""
    for _ in range(4):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _region_as_party(last: Token) -> bool:
    """Whether a region named alone is a party to an act: the subject or the object of a verb, or the noun of a
    preposition of whom on a verb or on the verb's object ("Russia cut gas supplies to Europe", "Putin accused the
    West", "Russia warned the West against ..."). A region after "in" is where; on a noun that no verb takes as its
    object ("a threat to Europe", "a Middle East peace agreement") it is what (docs/coding.md, "Regions")."""
    tok = _first_conjunct(last)  # "Europe and Asia": a conjunct stands where its first conjunct does
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return tok.head.pos_ in ("VERB", "AUX")
    if tok.dep_ != "pobj" or tok.head.lower_ not in _PARTY_PREPS:
        return False
    owner = tok.head.head
    return owner.pos_ == "VERB" or owner.dep_ == "dobj" and owner.head.pos_ == "VERB"


def _merge(spans: list[tuple[Span, list[Entry]]]) -> list[tuple[Span, list[Entry]]]:
    """One item per span: the team's entries first, then the Phoenix ones for the same words."""
    merged: dict[tuple[int, int], tuple[Span, list[Entry]]] = {}
    for span, entries in spans:
        key = (span.start, span.end)
        if key in merged:
            merged[key] = (merged[key][0], merged[key][1] + [e for e in entries if e not in merged[key][1]])
        else:
            merged[key] = (span, list(entries))
    return list(merged.values())


class _Learned:
    """Roles one document teaches: "US Secretary of State Michael Pompeo" → Pompeo is USA GOV."""

    def __init__(self) -> None:
        self.roles: dict[str, tuple[str, str, str]] = {}  # name or surname → (code, sector, role)
        self.full_names: dict[str, str] = {}  # surname → the full name the text gave
        self.known: dict[str, tuple[str, str, str]] = {}  # surname → (code, sector, full name) from the knowledge files
        # first name → (code, sector, full name) of the one coded person of the document with that first name
        # (None when two share it): "Hillary Clinton ... Hillary", "Bill de Blasio ... Bill"
        self.first_names: dict[str, tuple[str, str, str] | None] = {}
        # surname → the first name of the person the document named with it; None once two first names share it
        # ("Bill Clinton ... Hillary Clinton": a later bare "Clinton" is no longer taken from this document)
        self.bearers: dict[str, str | None] = {}
        # acronym → (code, sector, name) of the coded actor it was given for: "the Independent Electoral
        # Commission of Kenya (IEBC)" ... "the IEBC"
        self.acronyms: dict[str, tuple[str, str | None, str | None]] = {}

    def learn(self, doc: Doc, a: Actor) -> None:
        if a.code and a.kind != "person" and a.end - a.start >= 4 and doc[a.end - 1].text == ")" \
                and doc[a.end - 3].text == "(":
            self.acronyms[doc[a.end - 2].text] = (a.code, a.sector, a.name)
        family_first = a.kind == "person" and _family_name_first(a)
        if a.kind == "person" and a.name and " " in a.name and a.resolved_from != "learned":
            first = a.name.split()[0]
            if first[:1].isupper() and first[-1] != "." and not family_first:
                # (not the family name of "Yoon Suk Yeol": that is the surname, below)
                mine = (a.code, a.sector or "", a.name) if a.code else None
                seen = self.first_names.get(first, mine)
                self.first_names[first] = seen if seen is not None and seen[2] == a.name else None
            if a.name in doc[a.start : a.end].text:
                # (only a full name the text writes: a bare "Pompeo" the files name "Mike Pompeo" is no second
                # person after "Michael Pompeo")
                surname, given = _surname_and_given(a.name, family_first)
                self._bearer(surname, given)
        if a.kind != "person" or not a.name or not a.code:
            return
        surname = _surname_and_given(a.name, family_first)[0]
        if surname in self.bearers and self.bearers[surname] is None:
            return  # two persons of this surname: neither teaches it
        if a.resolved_from in ("text", "title"):
            role = doc[a.start : a.end].text
            self.roles[a.name] = self.roles[surname] = (a.code, a.sector or "", role)
            self.full_names[surname] = a.name
        elif a.resolved_from == "knowledge" and " " in a.name and surname not in self.roles:
            # "Robert Mugabe ... Mugabe": a later bare surname is the person the knowledge files coded here.
            # Not returned by rows(): the files already know it, the document taught nothing.
            self.known[surname] = (a.code, a.sector or "", a.name)

    def _bearer(self, surname: str, first: str) -> None:
        """Note who bears ``surname``; a second person with another first name makes it ambiguous (forgotten)."""
        if first.rstrip(".") == surname or len(first) <= 2:
            return  # "J. Smith", a one-word name: no first name to tell two persons apart
        known = self.bearers.get(surname, first)
        if known is not None and known != first:
            self.bearers[surname] = None
            for table in (self.roles, self.known, self.full_names):
                table.pop(surname, None)
        elif surname not in self.bearers:
            self.bearers[surname] = first

    def acronym(self, doc: Doc, start: int, end: int) -> tuple[str, str | None, str | None] | None:
        """What an acronym given in brackets earlier in the document stands for, if the chunk is that acronym."""
        if doc[start].lower_ == "the":
            start += 1
        return self.acronyms.get(doc[start].text) if end - start == 1 else None

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(name, code, sector, role) for each full name taught, in text order: plain values, picklable."""
        return [(name, *self.roles[name]) for name in dict.fromkeys(self.full_names.values())]


_FAMILY_FIRST = frozenset(_WORDS["family_name_first"]["countries"])


def _family_name_first(a: Actor) -> bool:
    """Whether a coded person of several words is of a country whose names put the family name first ("South Korean
    President Yoon Suk Yeol", "Lee Jae-myung"; ``family_name_first`` in actor_words.json)."""
    return a.code in _FAMILY_FIRST and bool(a.name) and " " in a.name


def _surname_and_given(name: str, family_first: bool) -> tuple[str, str]:
    """The surname a later short mention uses and the given name that tells two bearers apart: "Yoon Suk Yeol" →
    ("Yoon", "Suk") for a family-name-first person (its first syllable: "Yoon Suk", a name the model cut short, and
    "Yoon Suk-yeol", another romanisation, are the same person), "Robert Mugabe" → ("Mugabe", "Robert")."""
    words = name.split()
    return (words[0], words[1].split("-")[0]) if family_first else (words[-1], words[0])


def _person(actor: Actor, name: str, people: list[Entry], learned: _Learned) -> None:
    """A bare name: what this document taught us, else the office-holder file at the date."""
    surname = name.split()[-1]
    for key in (name, surname):
        if key in learned.roles and (key == name or learned.full_names.get(key, "").endswith(" " + name)):
            # (a full name takes a surname's role only as the end of the full name it was learned from: "Peña
            # Nieto" after "Enrique Peña Nieto", never "Hillary Clinton" after "President Bill Clinton")
            actor.code, actor.sector, _ = learned.roles[key]
            actor.name = learned.full_names.get(key, actor.name)
            actor.resolved_from = "learned"
            return
    if people:
        actor.code, actor.sector = people[0].code, people[0].sector
        actor.resolved_from = "knowledge"
        return
    if " " not in name and name in learned.known:
        actor.code, actor.sector, actor.name = learned.known[name]
        actor.resolved_from = "learned"
    elif " " not in name and learned.first_names.get(name):
        actor.code, actor.sector, actor.name = learned.first_names[name]
        actor.resolved_from = "learned"


_GIVEN_FORMS: dict[str, str] = _WORDS["given_name_forms"]["forms"]


def _same_given_name(doc: Doc, person: Span, names, people: list[Entry], kb: Knowledge) -> list[Entry]:
    """The persons of the tables a full name can be, when only its surname matched one of them: "Joe Lieberman" is not
    Avigdor Lieberman (``given_name_forms`` in actor_words.json). The name's given name, a word of first_names.tsv or of
    the tables before the matched words, must be one of the person's names or a short form of one ("Joe" Biden is
    Joseph, "Steve" is Steven); a name matched whole, a title before the surname or an initial contradicts nothing."""
    matched = next((names[i][0] for i in range(person.start, person.end) if i in names), None)
    if matched is None or matched.start <= person.start:
        return people
    given = doc[person.start]
    if not given.is_alpha or given.text not in kb.given_names:
        return people

    def fits(entry: Entry) -> bool:
        text = given.lower_
        for word in entry.name.lower().split():
            if word == text or _GIVEN_FORMS.get(text) == word or _GIVEN_FORMS.get(word) == text \
                    or (len(text) >= 3 and len(word) >= 3 and (word.startswith(text) or text.startswith(word))):
                return True
        return False

    return [e for e in people if not e.name or fits(e)]


def _without_initials(name: str) -> str | None:
    """A full name less its middle initials ("Thomas E. Perez" → "Thomas Perez"), or None when it has none: the
    first and the last word stay, so a name of initials only ("J. R. Smith") or a single word gives nothing."""
    words = name.split()
    kept = [w for k, w in enumerate(words) if k in (0, len(words) - 1) or not _INITIAL.fullmatch(w)]
    return " ".join(kept) if len(kept) < len(words) and len(kept) >= 2 and not _INITIAL.fullmatch(kept[0]) else None


_INITIAL = re.compile(r"[A-Z]\.")


def _sole_holder(kb: Knowledge, surname: str, day: date | None) -> Entry | None:
    """The office holder with this surname whose office covers ``day``, if exactly one person has one."""
    if day is None or len(surname) < 4:
        return None
    holding = [e for e in kb.surnames.get(surname, ()) if (e.start or e.end) and e.active_on(day)]
    if day.isoformat() > PHOENIX_DATE and any(not e.role.startswith("Phoenix ") for e in holding):
        # An office Phoenix left open is not known to last past its file's date: after it, a holder the team's
        # roles.tsv dates is not contested by one ("President Yoon" in 2024 is not Phoenix's minister Yoon Jeung
        # Hyun, in office from 2009 with no end), as at_date reads the two files.
        holding = [e for e in holding if not (e.role.startswith("Phoenix ") and not e.end)]
    return holding[0] if len({e.name for e in holding}) == 1 else None


def _bare_surname_holder(kb: Knowledge, surname: str, day: date | None, honorific: bool = False) -> Entry | None:
    """The office a surname standing alone names on ``day``, or None when the tables leave any doubt.

    The guard (``bare_surnames`` in actor_words.json):
    - the surname is not among the commonest of the US and British population (``common_surnames``): the tables
      list few of the people who bear one ("Sullivan" alone in 2016 US news was a federal judge as often as the
      campaign adviser the tables know);
    - the word is written as a surname ("Kerry", "McConnell") of at least ``min_length`` letters, and no person
      of the tables nor first_names.tsv uses it as a first name ("Warren", "Paul", "May"); after an honorific
      ("Mr. Lew", ``honorific``) ``min_length_after_honorific`` letters are enough, a short word alone is too
      often something else;
    - at most ``max_bearers`` persons of the tables bear it at any date (a surname many office holders share
      is common among everyone else too: "Johnson", "Smith", "Bush");
    - every bearer who is a figure on the day (an entry that covers it, dated or Phoenix's undated default,
      an office Phoenix left open counted as still held) or who left an office less than ``recent_years``
      before it is a candidate ("Rice" in 2016 may be the former Secretary of State as well as the National
      Security Advisor), and all candidates hold one office: one code and sector (two spellings of one name,
      the two brothers of one firm);
    - that office is a dated entry of the team's roles.tsv that covers the day. Phoenix's 17,000 persons only
      raise doubts: a surname unique among them is still, in a news story, mostly an ordinary person of the
      story's country (read on unannotated news: "Goff said" is not a New Zealand minister);
    - the surname is the last of two words of the holder's name, or the first of a family-name-first name
      (not the mother's surname of "Rafael Correa Delgado").
    The entry returned has the holder's name, or none when the candidates are several persons of one office.
    """
    shortest = _BARE_SURNAMES["min_length_after_honorific" if honorific else "min_length"]
    if day is None or len(surname) < shortest or not surname[0].isupper() \
            or surname.isupper() or not surname.replace("-", "").replace("'", "").isalpha() \
            or surname in kb.given_names or surname in _COMMON_SURNAMES:
        return None
    # A family name first ("Yoon Suk Yeol") is the surname of its bearer; its last word is a given name ("Byun Do Yoon"
    # bears no "Yoon").
    entries = [e for e in kb.surnames.get(surname, ()) if e.code not in _FAMILY_FIRST or e.name.split()[0] == surname]
    bearers = {e.name for e in entries}
    family = bool(entries) and all(e.code in _FAMILY_FIRST for e in entries)
    if not bearers or (len(bearers) > _BARE_SURNAMES["max_bearers"] and not family):
        # (the few Korean and Chinese family names are each borne by many persons of the tables; "Yoon" alone is
        # still the one bearer who is a figure on the day, or none: the candidates below decide)
        return None
    iso = day.isoformat()
    recent = f"{day.year - _BARE_SURNAMES['recent_years']:04d}{iso[4:]}"
    # (an office Phoenix left open that began more than recent_years before the day is no doubt: Phoenix dates only
    # the start of most of its offices, "Yoon Jeung Hyun" from 2009)
    candidates = {_spelling(e.name) for e in entries if (e.active_on(day) and not (
        e.role.startswith("Phoenix ") and not e.end and e.start and e.start < recent))
                  or (e.end and e.start <= iso and recent <= e.end)}
    offices = []
    # (one person spelt two ways is one candidate: Phoenix's "Moon Jae in" is roles.tsv's "Moon Jae-in")
    for key in candidates:
        spelt = [e for e in entries if _spelling(e.name) == key]
        name = next((e.name for e in spelt if not e.role.startswith("Phoenix ")), spelt[0].name)
        best = at_date(spelt, day)
        entry = best[0] if best else None
        if entry is None or not ((entry.start or entry.end) and entry.active_on(day)) \
                or entry.role.startswith("Phoenix "):
            return None  # a candidate with no office the team's table dates on the day: a doubt
        words = [w for w in name.split() if not (len(w) <= 2 or w.endswith("."))]
        if not (len(words) == 2 and surname in (words[-1], words[0]) or family and words[0] == surname):
            return None  # (a family name first may have two given names after it: "Yoon Suk Yeol")
        offices.append(entry)
    if not offices or len({(e.code, e.sector) for e in offices}) != 1:
        return None
    return offices[0] if len(candidates) == 1 else msgspec.structs.replace(offices[0], name="")


def _spelling(name: str) -> str:
    """A name without case, spaces or hyphens, so that two spellings of one name are one ("Moon Jae-in", "Moon Jae in")."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _described(tok: Token) -> bool:
    """Whether the sentence says who a name is by an apposition ("said Mr. McDonough, president of a division of
    United Technologies", "the division's president, McDonough,"): a person the text introduces is who the text
    says, not the office holder of the same surname the tables know."""
    return tok.dep_ == "appos" or any(child.dep_ == "appos" for child in tok.children)


def _other_sex(honorific: str, name: str) -> bool:
    """Whether an honorific ("Mrs.", "Mr."; ``gendered_agents`` in actor_words.json) says the other sex than the
    first name of ``name`` (first_names.tsv); a name of unknown sex contradicts nothing."""
    said = coref.gendered(honorific)
    sex = coref.first_names().get(name.split()[0].lower()) if name else None
    return said is not None and sex is not None and said != sex


def _longest(spans: list[tuple[Found, list[Entry]]]) -> list[tuple[Found, list[Entry]]]:
    """The spans ``filter_spans`` keeps (the longest first, then the earliest, none overlapping one kept), in their
    order: chosen by their bounds, as it does, without sorting Span objects."""
    bounds = sorted({(s.start, s.end) for s, _ in spans}, key=lambda b: (b[1] - b[0], -b[0]), reverse=True)
    keep, seen = set(), set()
    for start, end in bounds:
        if start not in seen and end - 1 not in seen:
            keep.add((start, end))
            seen.update(range(start, end))
    return [(s, e) for s, e in spans if (s.start, s.end) in keep]


_PLACE_KINDS = frozenset({"country", "demonym", "capital", "division"})


def _without_names_in(entries: list[Entry], names, person: Span) -> list[Entry]:
    """The entries of a chunk less the places and companies that are words of a person's name ("actor Michael B.
    Jordan", "Paris Hilton", "Georgia Smith"): a country in a full name is a surname or a first name,
    not the person's country (a title's country outside the name, "US envoy John Smith", stays)."""
    inside = {(span.start, span.end) for i in range(person.start, person.end) if i in names
              for span in (names[i][0],) if person.start <= span.start and span.end <= person.end
              and any(t.is_alpha and not span.start <= t.i < span.end for t in person)}  # not all of it: "Sri Lanka's"
    drop = {id(e) for i in range(person.start, person.end) if i in names and (names[i][0].start, names[i][0].end) in inside
            for e in names[i][1] if e.kind in _PLACE_KINDS or _company_entry(e)}
    return [e for e in entries if id(e) not in drop]


def _company_entry(e: Entry) -> bool:
    """A company's entry ("Lance", a snack maker): in a person's full name ("Lance Beebe") the word is a name, as a
    country is in "Paris Hilton" (docs/coding.md, "Companies and media")."""
    return e.kind == "org" and e.sector in _COMPANY_SECTORS


def _in_longer_person(span: Span) -> bool:
    """Whether a matched name is part of a longer PERSON entity ("Jordan" in "Michael B. Jordan")."""
    first = span[0]
    if first.ent_type_ != "PERSON":
        return False
    doc = span.doc
    return first.ent_iob_ == "I" or (span.end < len(doc) and doc[span.end].ent_iob_ == "I" and doc[span.end].is_alpha)


def _unique(entries: list[Entry]) -> list[Entry]:
    return list(dict.fromkeys(entries))


def _material(doc: Doc, names, agents, ents) -> list[bool]:
    """Per token, whether it is actor material: a known name or agent noun, a content word of an entity,
    a title, or a town the model did not tag ("shelled Donetsk"), when the gazetteer knows it."""
    # Parts of speech, forms and entity types read as numbers, all at once: a Token (``doc[i]``, a new
    # object at every call) is made only for a proper noun outside any entity, to look its text up.
    return [i in names or i in agents or (i in ents and (pos in _MATERIAL_POS or _mistagged_name(doc, i, pos, ent)))
            or (low in _TITLE_HASHES and pos in _TITLE_POS)
            or (pos == _PROPN and not ent and lookup_place(doc[i].text) is not None)
            or (pos == _PROPN and ent in _MISREAD_TOWN_ENTS and (_big_town(doc[i].text) or (
                _named_as_town(doc, i) and lookup_place(doc[i].text) is not None)))  # "the city of Falluja"
            for i, (_, low, pos, ent) in enumerate(zip(*_columns(doc)[:4]))]


def _mistagged_name(doc: Doc, i: int, pos: int, ent: int) -> bool:
    """A word of a PERSON entity that the tagger gave a wrong part of speech: "adamant that Yoon be removed" tags
    "Yoon" a PERSON and an adverb. Names the tagger does not know (Korean, Chinese, African) get ADV, VERB or INTJ
    as often as PROPN; the entity type is the better witness when the word is written as a name. Closed-class words
    ("the", "of", "and") stay outside."""
    return ent == _PERSON and pos in _OPEN_NON_NOMINAL and doc[i].text[:1].isupper() and doc[i].text[1:].islower()


_MATERIAL_POS = frozenset(get_string_id(p) for p in ("PROPN", "NOUN", "ADJ"))  # POS ids are their symbols' ids
_OPEN_NON_NOMINAL = frozenset(get_string_id(p) for p in ("ADV", "VERB", "INTJ", "X"))
_PERSON = get_string_id("PERSON")
_TITLE_POS = frozenset(get_string_id(p) for p in ("PROPN", "NOUN"))
_PROPN = get_string_id("PROPN")
# Entity types the small model gives towns it does not know ("Russian missiles struck Kharkiv and Odesa" tags a
# WORK_OF_ART, "sent aid to Kharkiv" a LOC, which is no actor's type): a proper noun of these is looked up in the
# gazetteer as an untagged one is.
_MISREAD_TOWN_ENTS = frozenset(get_string_id(t) for t in ("WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE", "LOC"))
# Titles of books and films hold town names by accident ("the Orange Revolution", "A Paradise Built in Hell"): only
# a city of this size, written with its own name, is read as the town there.
_BIG_TOWN = 300_000


def _big_town(text: str) -> bool:
    place = lookup_place(text)
    return place is not None and population(text) >= _BIG_TOWN and _main_spelling(text, place.name)
_TITLE_HASHES = frozenset(get_string_id(w) for w in _TITLES)


_POS_TAG = get_string_id("POS")  # (a tag's hash is its string's id, as for the parts of speech above)
_POSSESSIVE_S = frozenset(get_string_id(w) for w in ("'s", "’s"))
_OF_THE = frozenset(get_string_id(w) for w in ("of", "the"))
_OPEN, _CLOSE = get_string_id("("), get_string_id(")")
_HYPHEN = get_string_id("-")


def _inside_person(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues a PERSON entity that goes on after it (the hyphen of "Mark-Viverito")."""
    return doc[i].ent_iob_ == "I" and doc[i].ent_type == _PERSON and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"


def _chunks(doc: Doc, names, agents, ents) -> list[tuple[int, int]]:
    """Maximal runs of actor material, joined by "'s", "of", "the" and bracketed acronyms."""
    material = _material(doc, names, agents, ents)
    orths, lowers, tags = (_columns(doc)[k] for k in (0, 1, 4))  # the connectors' words as hashes: no Token made
    chunks, i, n = [], 0, len(material)
    while i < n:
        if not material[i]:
            i += 1
            continue
        start = end = i
        j = i + 1
        while j < n:
            if material[j] and not _boundary(doc, end, j, names):
                end = j
                j += 1
                continue
            if tags[j] == _POS_TAG or orths[j] in _POSSESSIVE_S:
                j += 1
            elif lowers[j] in _OF_THE and j + 1 < n and material[j + 1] and end in agents:
                j += 1
            elif orths[j] == _OPEN and j + 2 < n and orths[j + 2] == _CLOSE and doc[j + 1].is_upper:
                end = j + 2
                j += 3
            elif orths[j] == _HYPHEN and j + 1 < n and material[j + 1] and _inside_person(doc, j):
                # "Melissa Mark-Viverito", "Kim Yong-hyun": the tokenizer splits a hyphenated name at the hyphen, a
                # punctuation mark and so no actor material; inside one PERSON entity the name stays one person
                # (split, "Melissa Mark" and "Viverito" were two chunks and neither an actor).
                end = j + 1
                j += 2
            else:
                break
        chunks.append((start, end + 1))
        i = end + 1
    return chunks


def _boundary(doc: Doc, prev: int, nxt: int, names) -> bool:
    """Two known names side by side are two actors ("Russia Ukraine talks"), unless one phrase."""
    a, b = names.get(prev), names.get(nxt)
    if a is None or b is None or a[0] == b[0]:
        return False
    kinds_a = {e.kind for e in a[1]}
    kinds_b = {e.kind for e in b[1]}
    return kinds_a <= {"country", "capital"} and kinds_b <= {"country", "capital"}


def _sector(doc: Doc, start: int, end: int, names, agents, day: date | None = None) -> str | None:
    """The sector of the agent noun nearest the chunk's end, else of a seat of power."""
    for i in range(end - 1, start - 1, -1):
        if i in agents and not (i in names and any(e.kind == "division" for e in names[i][1])):  # "West Bank" is no bank
            sectors = [e.sector for e in agents[i][1] if e.sector]
            if sectors:
                return sectors[0]
    for i in range(end - 1, start - 1, -1):
        if i in names:
            # A person's sector is the one of the office held on the document's date, not of any office.
            sectors = [e.sector for e in names[i][1] if e.kind in ("metonym", "capital") and e.sector]
            sectors += [e.sector for e in at_date([e for e in names[i][1] if e.kind == "person"], day) if e.sector]
            if sectors:
                return sectors[0]
    return None


def _surnames(doc: Doc, ents: set[int], persons: list[Span], kb: Knowledge) -> set[int]:
    """Proper nouns outside any entity that repeat the last word of a person named in full before them.

    The small model often misses the entity on a bare surname ("Okonkwo then criticized ..."); it is
    still that person, and resolved like one (what the document taught, the knowledge files).

    For a person of a family-name-first country whom the tables know ("Yoon Suk Yeol", "Ban Ki-moon"), the
    surname is the first word, and the small model often tags it alone as a place or an organisation
    ("urged Yoon to step down" with "Yoon" a GPE, "Ban" read as a Dominican town): a one-word entity of
    another kind that repeats it is that person too (docs/coding.md, "The actor coverage round").
    """
    last_words = {ent[-1].orth: ent.end for ent in persons if len(ent) > 1}
    if not last_words:
        return set()
    family: dict[int, int] = {}
    for ent in persons:
        if len(ent) > 1 and ent[0].orth not in family and _family_name_of_known(kb, ent):
            family[ent[0].orth] = ent.end  # (from the first full mention on)
    propn = doc.vocab.strings["PROPN"]
    columns = _columns(doc)
    found = {i for i, (orth, pos) in enumerate(zip(columns[0], columns[2]))
             if pos == propn and orth in last_words and last_words[orth] <= i and i not in ents}
    if family:
        found |= {i for i, (orth, pos) in enumerate(zip(columns[0], columns[2]))
                  if pos == propn and orth in family and family[orth] <= i and (i not in ents or _lone_entity(doc, i))}
    return found


def _family_name_of_known(kb: Knowledge, ent: Span) -> bool:
    """Whether a PERSON entity begins as the name of a family-name-first person of the tables ("Yoon Suk Yeol",
    "Han Dong-hoon", and "Yoon Suk", a name the model cut short), so that its first word is the family name."""
    start = ent[:2].text
    return any(e.code in _FAMILY_FIRST and e.name.split()[0] == ent[0].text and e.name.startswith(start)
               for e in kb.surnames.get(ent[0].text, ()))


def _lone_entity(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is an entity of one word that is no person (a surname the model read as a place)."""
    tok = doc[i]
    return tok.ent_iob_ == "B" and tok.ent_type_ != "PERSON" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def _person_span(doc: Doc, start: int, end: int, persons: list[Span], surnames: set[int] = frozenset()) -> Span | None:
    if end - start == 1 and start in surnames:
        return doc[start:end]
    for ent in persons:
        if start <= ent.start and ent.end <= end:
            # "Major Gen Qassem Soleimani": the name is the PERSON run without titles.
            words = [t for t in ent if t.lower_ not in _TITLES]
            if words:
                return doc[words[0].i : ent.end]
    return None


def _based_in(doc: Doc, end: int, names) -> str | None:
    """"militants based in Iran": the country a group operates from."""
    while end < len(doc) and doc[end].is_quote:
        end += 1
    if end + 2 < len(doc) and doc[end].lemma_ in ("base", "operate") and doc[end + 1].lower_ in ("in", "from"):
        hit = names.get(end + 2)
        if hit:
            codes = [e.code for e in hit[1] if e.kind in ("country", "capital", "demonym")]
            return codes[0] if codes else None
    return None


_LOCATIVE = frozenset(_WORDS["locative"]["words"])
# Who is coded by where their clause happens: crowds and civilians, and police, who act where they serve.
# Not troops, rebels or officials: they meet, fight and visit abroad ("rebels met envoys in Geneva").
_CROWD_SECTORS = frozenset({"CVL", "COP"})
_HOME_KINDS = frozenset({"country", "demonym", "capital", "division", "metonym"})
# The sectors of unnamed groups that CAMEO codes by where they live or serve (docs/coding.md, "Groups where the
# document is").
_RESIDENT_SECTORS = frozenset({"CVL", "COP", "OPP", "LEG", "GOV", "JUD", "REB", "BUS", "MED", "LAB", "EDU", "HLH", "ELI", "NGO", "SPY", "MIL"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Words before a group noun that make it a kind, not a group that is somewhere: "most grocers", "any president".
_GENERIC_DETERMINERS = frozenset(_WORDS["generic_determiners"]["words"])


def _particular(head: Token) -> bool:
    """Whether a group noun names particular people ("the attackers", "opposition lawmakers", "security forces"),
    not a kind of person ("a co-worker", "most grocers", "any sitting president"): a plural or a singular after
    "the", with no generic determiner."""
    words = [c.lower_ for c in head.children if c.i < head.i]
    if any(w in _GENERIC_DETERMINERS for w in words):
        return False
    return head.tag_ in ("NNS", "NNPS") or "the" in words
# Abbreviated titles that, before a name, are one country's press style (data/actor_words.json says why).
_TITLE_COUNTRY = {word: code for code, words in _WORDS["title_countries"]["countries"].items() for word in words}


_PARTY_TAG_LETTERS = frozenset(_WORDS["party_tags"]["letters"])
_PARTY_TAG_CODE, _PARTY_TAG_SECTOR = _WORDS["party_tags"]["country"], _WORDS["party_tags"]["sector"]
_PARTY_COUNTRY = {word: code for code, words in _WORDS["party_adjectives"]["countries"].items() for word in words}


def _head_demonym(names, end: int) -> Entry | None:
    """The demonym that ends a chunk ("Hungarians", "Cuban Americans"), if its last word is one."""
    hit = names.get(end - 1)
    if hit is None or hit[0].end != end:
        return None
    return next((e for e in hit[1] if e.kind == "demonym"), None)


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_NATIONALITY_KINDS = frozenset({"country", "demonym"})


def _modifier_country(doc: Doc, start: int, end: int, names) -> str | None:
    """The one country that a modifier of the chunk's head noun names before the chunk ("a U.S. district judge",
    "the French foreign-trade minister"), at most two modifiers deep."""
    head = doc[end - 1]
    stack, codes = [(c, 1) for c in head.lefts if c.i < start and c.dep_ in _MODIFIER_DEPS], set()
    while stack:
        tok, depth = stack.pop()
        hit = names.get(tok.i)
        if hit is not None:
            codes |= {e.code for e in hit[1] if e.kind in _NATIONALITY_KINDS}
        elif depth < 2:
            stack += [(c, depth + 1) for c in tok.lefts if c.dep_ in _MODIFIER_DEPS]
    return codes.pop() if len(codes) == 1 else None


def _party_tag(doc: Doc, end: int) -> bool:
    """"Bob Goodlatte (R-Va.)", "Mike Lee, R-Utah,", "Bernie Sanders (I)": a party letter, and a state after a
    hyphen, in brackets or commas right after a name."""
    if end + 2 >= len(doc) or doc[end].text not in ("(", ","):
        return False
    letter = doc[end + 1].text
    if "-" in letter and letter.split("-")[0] in _PARTY_TAG_LETTERS:
        return True  # the tokenizer may keep "R-Va." whole
    if letter not in _PARTY_TAG_LETTERS:
        return False
    if doc[end].text == "(" and doc[end + 2].text == ")":
        return True
    return doc[end + 2].text == "-" and end + 3 < len(doc) and doc[end + 3].text[:1].isupper()


def _party_country(doc: Doc, start: int, end: int) -> str | None:
    """The country whose party an adjective of the chunk names ("Republican hopefuls")."""
    for i in range(start, end):
        if (code := _PARTY_COUNTRY.get(doc[i].lower_)) is not None:
            return code
    return None


_BUILDING_NAMES = frozenset(_WORDS["building_names"]["words"])
_FINITE_VERB_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ"})  # (not participles: "striking workers")
_DESCRIPTIVE_AGENTS = frozenset(_WORDS["descriptive_agents"]["words"])
_PARTY_PERSON = _WORDS["party_persons"]
_CHAMBERS = frozenset(_PARTY_PERSON["chambers"])


def _chamber(doc: Doc, start: int, end: int) -> bool:
    """Whether a chamber word stands before the name ("House Republican", "Senate Democrat")."""
    return any(doc[i].lower_ in _CHAMBERS for i in range(start, end))


def _title_country(doc: Doc) -> str | None:
    for tok in doc:
        code = _TITLE_COUNTRY.get(tok.lower_)
        if code and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON":
            return code
    return None


def _located_in(doc: Doc, end: int, names) -> str | None:
    """The country of a place named right after a group: "in Istanbul", "in northern Nigeria's Kaduna state"."""
    if end >= len(doc) or doc[end].lower_ not in _LOCATIVE:
        return None
    for i in range(end + 1, min(end + 7, len(doc))):
        tok = doc[i]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP") and i > end + 1:
            break
        if tok.text in WATER_WORDS:
            return None  # "an oil tanker in the Gulf of Oman": at sea, of no country ("Gulf" is also the region's word)
        hit = names.get(i)
        if hit:
            codes = [e.code for e in hit[1] if e.kind in ("country", "capital", "demonym", "metonym", "division")]
            if codes:
                return codes[0]
        if tok.ent_type_ in ("GPE", "LOC") and tok.ent_iob_ == "B" or _town_as_name(doc, i, end):
            text = doc[i : i + 1].text if not tok.ent_type_ else _entity_text(doc, i)
            qualified = _qualifier(doc, i + len(text.split()), names)
            if qualified is not None:
                return qualified
            place = lookup_place(text)
            if place is not None and place.country and not _foreign_town(doc, names, place):
                return place.country
    return None


def _town_as_name(doc: Doc, i: int, end: int) -> bool:
    """"a court in Koblenz": the small model tags many towns as persons or organisations; a single proper noun
    right after the locative preposition of a group is looked up in the gazetteer all the same."""
    tok = doc[i]
    return i == end + 1 and tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "NORP") and tok.ent_iob_ == "B" \
        and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")


def _countries_named(doc: Doc, names) -> dict[str, int]:
    """How often the document's unambiguous names (places, seats of power, persons, organisations) point to each
    country. Computed only when a name is ambiguous, which is rare."""
    counts: dict[str, int] = {}
    countries = knowledge().countries
    for span, entries in {id(v[0]): v for v in names.values()}.values():
        codes = {e.code for e in entries if e.kind in _HOME_KINDS or e.kind == "person"} & countries.keys()
        if len(codes) == 1:
            code = codes.pop()
            counts[code] = counts.get(code, 0) + 1
    return counts


def _by_document(doc: Doc, names, entries: list[Entry]) -> list[Entry]:
    """A name that is both a country and another country's division ("Georgia": GEO, and a US state) is the
    division when the document's other names point to the division's country more than to the other one
    ("Trump ... 'Thank you Georgia'"); with no such sign, the country."""
    counts = _countries_named(doc, names)
    division = next(e for e in entries if e.kind == "division")
    rivals = [e for e in entries if e.code != division.code]
    if counts.get(division.code, 0) > max(counts.get(e.code, 0) for e in rivals):
        return [division]
    return rivals


def _foreign_town(doc: Doc, names, place) -> bool:
    if place.kind != "city" or population(place.name) >= SMALL_TOWN:
        return False
    counts = _countries_named(doc, names)
    return bool(counts) and place.country not in counts


def _clause_place(doc: Doc, i: int, names) -> str | None:
    """The country of a locative phrase of the verb that governs token ``i`` ("residents protested in Kiev")."""
    tok = doc[i]
    for _ in range(4):  # "residents" → "of" → "Thousands" → "protested"
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    # "in" first: "threw stones at the Japanese consulate in Shanghai" is a crowd in China, where "at" names what
    # it aims at (the eighth wire battery round)
    for child in sorted(tok.children, key=lambda c: c.lower_ != "in"):
        if child.dep_ == "prep" and child.lower_ in _LOCATIVE and not (child.i <= i <= child.right_edge.i):
            code = _located_in(doc, child.i, names)
            if code:
                return code
    return None


def _gazetteer_place(doc: Doc, start: int, end: int, names):
    """A chunk of proper nouns that the gazetteer knows as a place, with its country.

    By the words, not the entity label: the small model tags towns as ORG or NORP, or not at all.
    """
    if doc[start].lower_ == "the":
        start += 1
    if not 0 < end - start <= 3 or any(t.pos_ != "PROPN" or t.ent_type_ == "PERSON" for t in doc[start:end]):
        return None
    if any(t.is_upper and len(t) > 1 for t in doc[start:end]):
        return None  # an acronym ("the Affordable Care Act (ACA)"): prose writes towns in title case
    if end - start == 1 and _name_word_of_person(doc, start):
        return None  # "Trayvon Martin's killer", "Frazier said": a person's name, not Martin in Slovakia
    if end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and doc[end].pos_ == "PROPN":
        # "a bridge in Novi Sad": the name goes on past the chunk; the longer name is the place, or no town at all
        # ("Novi" alone is a town in Michigan)
        longer = lookup_place(doc[start:end + 1].text)
        return longer if longer is not None and longer.country else None
    place = lookup_place(doc[start:end].text)
    if place is not None and end - start == 1 and place.name != doc[start].text and doc[start].ent_type_ == "ORG" \
            and not (start > 0 and doc[start - 1].lower_ in _LOCATIVE):
        # A one-word alternate name of a town that the model reads as an organisation is a firm or body the knowledge files
        # do not list, not the town ("Google" is an alternate name of Topeka): a town's other names are rarely
        # written in English news, and the main name ("Topeka") is (docs/coding.md, "Companies and media"). After a
        # locative preposition it stays the town: "a user from Hanover" (an other name of Hannover).
        return None
    if place is not None and end - start == 1 and doc[start].ent_type_ not in ("GPE", "LOC") \
            and not _main_spelling(doc[start].text, place.name) and not (start > 0 and doc[start - 1].lower_ in _LOCATIVE):
        # The same for any word the model gives no place label: "Ban rejected the demand" (Ban Ki-moon) is no "Baní" in
        # the Dominican Republic, found by one of its other names (the thirteenth wire battery round)
        return None
    qualified = _qualifier(doc, end, names)
    if place is not None and qualified is not None and qualified != place.country:
        return Place(name=place.name, country=qualified, kind=place.kind)  # "Alexandria, Va." is no Egyptian town
    if place is not None and _named_as_town(doc, start):
        return place if place.country else None  # "the city of Jenin": small, but named as a town, so the town
    return place if place is not None and place.country and not _foreign_town(doc, names, place) else None


def _company_town(doc: Doc, start: int, end: int, orgs: list[Entry], names) -> bool:
    """Whether a chunk that names a company (a BUS or MED organisation: "Toyota", "Boise") is used as the town of
    that name (docs/coding.md, "Companies and media"). The chunk opens with the gazetteer's main name of a town, and
    either the model reads a longer place name there ("Toyota City") or the town follows "in", "near" or "outside"
    ("in Toyota, Aichi", "police in Boise"): news says where something is with these words and a town's name, and
    rarely puts a firm's bare name after them. A firm named by another name of a town ("Google", an alternate name
    of Topeka) stays the firm: an alternate name is no evidence of a place; and so does the firm the model alone
    tags as a place ("Verizon" as GPE), since a company's own name is no longer place name."""
    if not all(e.sector in _COMPANY_SECTORS for e in orgs):
        return False
    s = start + (doc[start].lower_ == "the")
    firm = [names[i][0] for i in range(s, end) if i in names and any(x in orgs for x in names[i][1])]
    for e in doc.ents:
        if e.label_ in _PLACE_ENTS and len(e) > 1 and firm and e.start <= firm[0].start and firm[0].end <= e.end \
                and (firm[0].start, firm[0].end) != (e.start, e.end):
            # "Toyota City", "the Big Apple": a place name the model reads there, longer than the firm's name, that
            # is a town's name (main or other) or opens with a town's main name
            if lookup_place(e.text) is not None:
                return True
            place = lookup_place(doc[e.start].text)
            if place is not None and place.kind == "city" and place.name == doc[e.start].text:
                return True
    text = doc[s:end].text
    place = lookup_place(text)
    if place is not None and firm and (firm[0].start, firm[0].end) != (s, end):
        return True  # "the Big Apple": the chunk, longer than the firm's name, is a town's name
    if place is None or place.kind != "city" or place.name != text:
        return False
    if end + 1 < len(doc) and doc[end].text == "," and any(
            e.kind in ("division", "country") for e in names.get(end + 1, (None, ()))[1]):
        return True  # "flew to Boise, Idaho", "in Toyota, Aichi": a state or country after a comma says which town
    return s > 0 and doc[s - 1].lower_ in _IN_TOWN


_COMPANY_SECTORS = frozenset({"BUS", "MED"})
_IN_TOWN = frozenset({"in", "near", "outside"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _town_read_as_person(doc: Doc, start: int, end: int, surnames: set[int]) -> Place | None:
    """A town of the wars in the news that the small model tags as a person: "Israeli jets bombed Rafah", "shelled
    Kherson and Zaporizhzhia" (docs/coding.md, "Towns read as persons"). Read as a person, the town was an unresolved
    name and the attack had no target. Only a name of one or two words that the tables know neither as a given name
    nor as a surname and that does not repeat a person named before ("Jackson", "Warren", "Lincoln", "Florence" stay
    persons), standing as the object of a verb or of a preposition (a town is hit, or something happens in it; a
    person who speaks is a subject), and a gazetteer town of at least SMALL_TOWN people (a village that shares a
    foreign name is likelier a name)."""
    if end - start > 2:
        return None
    if _named_as_town(doc, start):
        return lookup_place(doc[start:end].text)  # "the city of Jenin": the noun says it is a place
    if any(i in surnames for i in range(start, end)):
        return None
    text = doc[start:end].text
    kb = knowledge()
    if end - start == 1 and (text in kb.given_names or text in kb.surnames and population(text) < _BIG_TOWN):
        return None  # (two words that are a town's name, "Khan Younis", are a person's only by accident)
    if _first_conjunct(doc[end - 1]).dep_ not in ("dobj", "pobj"):  # "Kherson and Zaporizhzhia": as the first conjunct
        return None
    place = lookup_place(text)
    return place if place is not None and place.country and population(text) >= SMALL_TOWN \
        and _main_spelling(text, place.name) else None


def _main_spelling(text: str, name: str) -> bool:
    """Whether a written name is the gazetteer town's own name, up to accents and a transliteration's letter
    ("Rafah" for "Rafaḩ", "Zaporizhzhia" for "Zaporizhzhya"). A town found by another of its names is no witness
    where the tagger said person: "Ammon" is an old name of Amman, "Victoria" one of Hong Kong."""
    def fold(s: str) -> str:
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
        # (the Arabic article and a final "h" are the transliterator's: "Falluja" is the gazetteer's "Al Fallujah",
        # "Raqqa" its "Ar Raqqah"; the tenth wire battery round)
        s = _ARABIC_ARTICLE.sub("", s)
        return s[:-1] if s.endswith("ah") else s
    return SequenceMatcher(None, fold(text), fold(name)).ratio() >= 0.9


_ARABIC_ARTICLE = re.compile(r"^(?:a[dlnrstz]|el)[ -]")


def _name_word_of_person(doc: Doc, i: int) -> bool:
    """Whether a one-word town of the gazetteer is, here, a word of a person's name (docs/coding.md, "The
    whole-event round"). The gazetteer has towns named like people ("Martin" in Slovakia, "Garland" in Texas,
    "Ramos" in the Philippines, "Ban" in the Dominican Republic), and the small model often leaves a person's name
    untagged; read as a town, the name gave a country to the groups of its sentence ("Trayvon Martin's killer"
    coded SVK). The word must be a first name or a surname of the tables or of first_names.tsv, and the sentence
    must use it as a name: after another proper noun of the same name ("Trayvon Martin", "Mr. Barna") or as the
    subject of a verb of saying ("Frazier said", "said Ramos"). A place of a locative phrase ("a rally in
    Garland") is neither, and stays a town."""
    tok = doc[i]
    kb = knowledge()
    if tok.text not in kb.given_names and tok.text not in kb.surnames:
        return False
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.pos_ == "PROPN" and prev.head.i == i and prev.dep_ in ("compound", "flat") \
            and prev.text[:1].isupper() and lookup_place(prev.text) is None:
        return True
    return tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() in _SPEECH_VERBS


def _qualifier(doc: Doc, j: int, names) -> str | None:
    """The country of a division or country named after a town and a comma ("Alexandria, Va.", "Chalmette, La.",
    "Alexandria, Egypt"): news names where a town is when its name alone could be elsewhere."""
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    hit = names.get(j + 1)
    if hit is None or hit[0].start != j + 1:
        return None
    codes = {e.code for e in hit[1] if e.kind in ("division", "country")}
    return codes.pop() if len(codes) == 1 else None


def _entity_text(doc: Doc, i: int) -> str:
    for ent in doc.ents:
        if ent.start == i:
            return ent.text
    return doc[i].text


# -- pronouns -------------------------------------------------------------------------
# The lower-case forms the pronoun pass looks for, as string hashes (the same in every vocabulary).
_PRONOUN_HASHES = frozenset(get_string_id(w) for w in
                            _POSSESSIVE_PRONOUNS | _OBJECT_PRONOUNS | _PERSON_PRONOUNS | _FIRST_PERSON | {"latter", "former"})

def _pronouns(doc: Doc, names) -> list[Actor]:
    out = []
    # One array pass finds the few pronoun positions: iterating Token objects is the slow part.
    for i in [i for i, low in enumerate(_columns(doc)[1]) if low in _PRONOUN_HASHES]:
        tok = doc[i]
        low = tok.lower_
        if tok.i in names:
            continue
        if low in _POSSESSIVE_PRONOUNS or low in _OBJECT_PRONOUNS or low in _PERSON_PRONOUNS or low in _FIRST_PERSON:
            if low == "it" and _expletive(tok):
                continue  # "it may be noted", "it is clear that": no referent
            out.append(Actor(tok.i, tok.i + 1, kind="pronoun", members=[tok.i]))
        elif low in ("latter", "former") and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            out.append(Actor(tok.i - 1, tok.i + 1, kind="pronoun", members=[tok.i - 1, tok.i]))
    return out


_EXPLETIVE_ADJ = frozenset(_WORDS["expletive_adj"]["words"])


def _expletive(tok: Token) -> bool:
    if tok.dep_ in ("expl", "nsubjpass") or tok.head.lemma_ in ("note", "seem", "appear", "remain", "rain"):
        return True
    head = tok.head
    if head.lemma_ == "be":
        attrs = [c for c in head.children if c.dep_ in ("acomp", "attr")]
        return not attrs or any(a.lower_ in _EXPLETIVE_ADJ for a in attrs)
    return False


# A seat of government that stood for a state before its successor ("Moscow", "the Kremlin" were the Soviet Union's
# until it ended on 26 December 1991): the successor's code → (the state before, the last day of that state).
_SEATS_BEFORE = {"RUS": ("SUN", date(1991, 12, 25))}


def _seat_of_the_day(entry, day: date | None) -> str:
    """The code of a capital or a seat of government on the document's day: "In Moscow, the Foreign Ministry said" in
    1985 is the Soviet Union's ministry, not Russia's (the ninth wire battery round). Country names and demonyms keep
    their own code ("Russian" may be either, and writers differ)."""
    before = _SEATS_BEFORE.get(entry.code)
    if before is not None and entry.kind in ("capital", "metonym") and day is not None and day <= before[1]:
        return before[0]
    return entry.code


# Envoys a state posts to a body or another state ("the American ambassador to the United Nations").
# (and a state's mission to a body: "Iran's mission to the United Nations has denied ...", the tenth wire battery round)
_POSTED_ROLES = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "emissary", "mission"})


def _posted_to(doc: Doc, start: int, end: int, names: dict) -> bool:
    """Whether a phrase names a state's envoy posted to an organisation: a country, then an envoy's role, then "to" or
    "at" and the organisation ("the U.S. ambassador to the United Nations", "Russia's envoy to NATO"). CAMEO codes a
    diplomat by the state that sends him; the body he is posted to was taking the phrase (the eighth wire battery
    round: Samantha Power accusing Russia at the Security Council came out as UNO)."""
    kinds = {i: {e.kind for e in names[i][1]} for i in range(start, end) if i in names}
    country = next((i for i, k in kinds.items() if k & {"country", "demonym"}), None)
    org = next((i for i, k in sorted(kinds.items(), reverse=True) if "org" in k), None)
    if country is None or org is None or country > org:
        return False
    roles = [t for t in doc[country + 1:org] if t.lemma_.lower() in _POSTED_ROLES]
    return bool(roles) and any(t.lower_ in ("to", "at") for t in doc[roles[0].i + 1:org])


_AFFILIATION_ROLES = frozenset(_WORDS["affiliation_roles"]["words"])
_AFFILIATION_PREPS = frozenset(_WORDS["affiliation_roles"]["prepositions"])
_SERVING_PREPS = _AFFILIATION_PREPS | {"to"}  # "aides to Mr. Sanders": a group serves whom "to" names too


def _affiliations(doc: Doc, actors: list[Actor]) -> None:
    """A person the files do not know, named with a role for a known actor, is of that actor's country.

    "Top Obama aide David Plouffe", "Trump campaign manager Corey Lewandowski", "Alabama Democratic
    Party chairwoman Nancy Worley", "Corey Lewandowski, Trump's campaign manager": campaign staff,
    aides and party officers are coded by whom they work for (CAMEO codes an affiliated person by
    the affiliation), with that actor's sector. The role must be a common noun ("aide", "manager"):
    two names side by side say nothing about each other.
    """
    at = extension(doc, "actor_at")
    for actor in actors:
        if not (actor.kind == "person" and actor.resolved_from == "unresolved"):
            continue
        head = doc[actor.end - 1]
        roles = [c for c in head.children if c.i < actor.start and c.dep_ in ("compound", "nmod", "appos") and c.pos_ == "NOUN"]
        roles += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= actor.end]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < actor.start:
            roles.append(head.head)  # "Trump's campaign manager, Corey Lewandowski"
        for role in roles:
            owner = next((a for t in role.subtree if (t.i < actor.start or t.i >= actor.end) and t.i in at
                          and (a := actors[at[t.i]]).code and a.kind != "pronoun" and a is not actor
                          and t.i <= role.i and t.head.i != head.i), None)
            if owner is None and role.lower_ in _AFFILIATION_ROLES and role.i >= actor.end:
                # "Rachid Ghannouchi, the leader of Ennahda", "X, a spokeswoman for the Kremlin": the organisation
                # after a role of membership or office (``affiliation_roles``; not "a critic of Obama").
                owner = _owner_after(role, actor, actors, at, _AFFILIATION_PREPS)
            if owner is not None:
                actor.code, actor.sector, actor.resolved_from = owner.code, owner.sector, "affiliation"
                break


def _serving_groups(doc: Doc, actors: list[Actor]) -> None:
    """A group named by a role of service or office with whom it serves after "to", "of", "for" or "at" is of that
    actor, as an affiliated person is (``affiliation_roles``): "Two aides to Chancellor Merkel" are DEU, "officials of
    the European Union" EUR. The role noun alone, with no country in the sentence to lend it, left the group uncoded
    and its act without a source (the second loss round: "Aides to Mr. Sanders have been pressing party officials").
    The group keeps its own sector when its noun has one."""
    at = extension(doc, "actor_at")
    for actor in actors:
        if actor.code or actor.name or actor.kind != "group":
            continue
        head = doc[actor.end - 1]
        if head.lemma_.lower() not in _AFFILIATION_ROLES:
            continue
        owner = _owner_after(head, actor, actors, at, _SERVING_PREPS)
        if owner is not None:
            actor.code, actor.sector, actor.resolved_from = owner.code, actor.sector or owner.sector, "affiliation"


def _owner_after(role: Token, actor: Actor, actors: list[Actor], at: dict[int, int], preps: frozenset[str]) -> Actor | None:
    """The coded actor, other than ``actor``, after one of ``preps`` on a role noun ("the leader of Ennahda", "aides
    to Chancellor Merkel"); a pronoun is none."""
    return next((a for prep in role.children if prep.dep_ == "prep" and prep.lower_ in preps
                 for obj in prep.children if obj.dep_ == "pobj" and obj.i in at
                 and (a := actors[at[obj.i]]).code and a.kind != "pronoun" and a is not actor), None)


_RESIDENCE = _WORDS["residence"]
_RESIDENCE_ROLE_PREPS = frozenset(_RESIDENCE["role_prepositions"])
_RESIDENCE_NAME_PREPS = frozenset(_RESIDENCE["name_prepositions"])
_RESIDENCE_AGE_PREPS = frozenset(_RESIDENCE["age_prepositions"])
_RESIDENCE_OF_NOUNS = frozenset(_RESIDENCE["of_nouns"])
_RESIDENCE_VERBS = frozenset(_RESIDENCE["verbs"])
_ORIGIN_VERBS = frozenset(_RESIDENCE["from_verbs"])
_RESIDENCE_PLACE_KINDS = frozenset({"country", "capital", "division"})
# Roles that serve where they are sent: "in" after them is where they serve, not where they live ("a soldier in Iraq").
_RESIDENCE_ABROAD_SECTORS = frozenset(_RESIDENCE["abroad_sectors"])


_COMPASS_WORDS = frozenset({"north", "south", "east", "west"})


def _elided_countries(doc: Doc, actors: list[Actor], kb: Knowledge) -> list[Actor]:
    """The first of two countries whose shared name is written once: "urged North and South Korea to exercise
    restraint", "East and West Germany signed". A lone compass word before "and" and a country chunk that starts with
    another compass word is the country of that word and the rest of the chunk's name, when the tables know that
    name (the seventh wire battery round)."""
    covered = {i for a in actors for i in range(a.start, a.end)}
    found = []
    for a in actors:
        if a.kind != "country" or not a.code or a.start < 2 or doc[a.start].lower_ not in _COMPASS_WORDS \
                or doc[a.start - 1].lower_ != "and":
            continue
        lone = doc[a.start - 2]
        if lone.lower_ not in _COMPASS_WORDS or lone.lower_ == doc[a.start].lower_ or lone.i in covered \
                or not lone.text[:1].isupper():
            continue
        name = f"{lone.text} {doc[a.start + 1:a.end].text}"
        entry = next((e for e in kb.names.get(name, ()) if e.kind == "country"), None)
        if entry is not None:
            found.append(Actor(lone.i, lone.i + 1, entry.code, None, entry.name, "country", resolved_from="knowledge"))
    return found


def _armed_group_home(doc: Doc, start: int, end: int, org, countries: list, names) -> str | None:
    """The country a phrase names for an armed group of the tables that is of another country: a country's possessive
    or a demonym before the group's word ("Nepal's Maoist rebels", "Pakistani Taliban"), when the group's word is
    one word and the country is the phrase's only one. Not a country joined to another word ("Iranian-backed
    Hezbollah" is Lebanon's)."""
    homes = {e.code for e in countries if e.kind in ("country", "demonym")}
    if len(homes) != 1 or org.code in homes:
        return None
    org_at = [i for i in range(start, end) if i in names and any(e is org for e in names[i][1])]
    if not org_at or names[org_at[0]][0].end - names[org_at[0]][0].start != 1:
        return None
    country_at = [i for i in range(start, org_at[0]) if i in names and any(e.code in homes for e in names[i][1])]
    if not country_at:
        return None
    after = doc[names[country_at[-1]][0].end] if names[country_at[-1]][0].end < len(doc) else None
    if after is not None and after.text in ("-", "–"):
        return None
    return next(iter(homes))


def _residences(doc: Doc, actors: list[Actor], names) -> None:
    """CAMEO's residence convention for one person or agent the files give no country (docs/coding.md, "Residence
    from a person's description"): "Edward Nelson, an instrument technician in Louisiana", "the lawyer, who lives in
    Lyon", "John Smith of Des Moines", "Jane Roe, 44, of Columbus, Ohio" are of the country of the place the text
    attaches to that same person. Only an apposition's role noun with "in"/"from" (or "of" after "resident",
    "native": ``residence`` in actor_words.json), a relative clause of living or origin ("who lives in", "who is
    from", "based in"), "of" right after a name, and "of"/"from" after an age: a place the person went to or acted in
    ("a technician who flew to Paris", "Smith, in Paris for talks, said") or that a role is about ("a critic of
    Russia") is none of these. Runs after the affiliations, which know better ("a spokeswoman for the Kremlin")."""
    at = None
    for actor in actors:
        if actor.code or not (actor.kind == "person" or (actor.kind == "group" and actor.sector)):
            continue
        if at is None:
            at = extension(doc, "actor_at")
        found = _residence(doc, actor, names, actors, at)
        if found is None:
            continue
        code, role = found
        actor.code, actor.resolved_from = code, "residence"
        if not actor.sector and role is not None and role.i in at and (other := actors[at[role.i]]) is not actor:
            actor.sector = other.sector  # "Jane Roe, a lawyer from Lyon": the role's sector (JUD), as an affiliation's


def _residence(doc: Doc, actor: Actor, names, actors: list[Actor], at: dict[int, int]) -> tuple[str, Token | None] | None:
    """The country of the place attached to ``actor``'s own words, and the role noun that carried it (or None)."""
    head = doc[actor.end - 1]
    found: list[tuple[Token, Token | None]] = []  # (preposition whose object may be the place, role noun)
    found += [(p, None) for p in _residence_clauses(head)]
    # "Residents of Lyon", "a resident of Chalmette, La.": the chunk holds its own "of" and the town, which the tables
    # (and so the chunk's names) do not list
    found += [(p, None) for t in doc[actor.start : actor.end] if t.lemma_.lower() in _RESIDENCE_OF_NOUNS
              for p in t.children if p.dep_ == "prep" and p.lower_ == "of"]
    if actor.kind == "person":
        for c in head.children:
            if c.i < actor.end:
                continue
            if c.dep_ == "prep" and c.lower_ in _RESIDENCE_NAME_PREPS:
                found.append((c, None))  # "John Smith of Des Moines"
            elif c.dep_ == "appos" and c.pos_ == "NUM":
                # "Jane Roe, 44, of Columbus, Ohio": news give age and home town after a name
                found += [(p, None) for p in c.children if p.dep_ == "prep" and p.lower_ in _RESIDENCE_AGE_PREPS]
            elif c.dep_ == "appos" and c.pos_ == "NOUN":
                # "Edward Nelson, an instrument technician in Louisiana", "X, a resident of Gaza"
                abroad = c.i in at and actors[at[c.i]].sector in _RESIDENCE_ABROAD_SECTORS  # "a soldier in Iraq"
                found += [(p, c) for p in c.children if p.dep_ == "prep" and (
                    (p.lower_ in _RESIDENCE_ROLE_PREPS and not (abroad and p.lower_ == "in"))
                    or (p.lower_ == "of" and c.lemma_.lower() in _RESIDENCE_OF_NOUNS))]
                found += [(p, c) for p in _residence_clauses(c)]
    for prep, role in found:
        code = _place_object(doc, prep, names)
        if code is not None:
            return code, role
    return None


def _residence_clauses(noun: Token) -> list[Token]:
    """The prepositions of a clause of living or origin on ``noun``: "who lives in Lyon", "based in Lyon", "who is
    from Ohio", "who comes from Ohio"; not a negated one ("who does not live in Lyon")."""
    preps = []
    for verb in noun.children:
        if verb.dep_ not in ("relcl", "acl") or verb.i < noun.i:
            continue
        lemma = verb.lemma_.lower()
        if lemma not in _RESIDENCE_VERBS and lemma not in _ORIGIN_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        preps += [p for p in verb.children if p.dep_ == "prep" and (
            (lemma in _RESIDENCE_VERBS and p.lower_ == "in") or (lemma in _ORIGIN_VERBS and p.lower_ == "from"))]
    return preps


def _place_object(doc: Doc, prep: Token, names) -> str | None:
    """The country of the proper-noun place a preposition takes ("in Louisiana", "of Des Moines", "of Columbus,
    Ohio", "in Chalmette, La."): a country, capital or division of the tables, or a town of the gazetteer; no
    organisation or person ("of Exxon", "of the Heritage Foundation")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return None
    hit = names.get(obj.i)
    if hit is not None:
        entries = [e for e in hit[1] if e.kind in _RESIDENCE_PLACE_KINDS]
        if entries and len({e.code for e in entries}) > 1 and any(e.kind == "division" for e in entries):
            entries = _by_document(doc, names, entries)  # "of Georgia"
        codes = {e.code for e in entries}
        return codes.pop() if len(codes) == 1 else None
    start = obj.i
    while start - 1 > prep.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == obj.i \
            and doc[start - 1].dep_ in ("compound", "nmod"):
        start -= 1  # "Des Moines"
    if any(t.is_upper and len(t) > 1 for t in doc[start : obj.i + 1]) or any(c.dep_ == "det" for c in obj.children):
        return None  # an acronym, "the University of ...": an organisation, not a town
    qualified = _qualifier(doc, obj.i + 1, names)
    if qualified is not None:
        return qualified  # "of Columbus, Ohio", "in Chalmette, La."
    if obj.ent_type_ not in _PLACE_LABELS and (doc[start].ent_iob_ != "B" or (
            obj.i + 1 < len(doc) and doc[obj.i + 1].ent_iob_ == "I")):
        # Not tagged as a place: an entity of its own of another label is still looked up ("based in Lyon", "of
        # Cheyenne", which the small model tags ORG or NORP), as after a group's preposition; an untagged word or a
        # word of a longer name ("of the University of Wisconsin-Milwaukee") is no town.
        return None
    place = lookup_place(doc[start : obj.i + 1].text)
    return place.country if place is not None and place.country and not _foreign_town(doc, names, place) else None


def _descriptions(doc: Doc, actors: list[Actor], agents) -> None:
    """"The prime minister", "the ministry": a definite description that names no country is the actor the
    document coded earlier under the same agent words ("Israeli Prime Minister Benjamin Netanyahu", "Russia's
    foreign ministry"), when every such actor has one code and sector; with two ("President Obama ... President
    Hollande ... the president") it stays uncoded: an empty side beats a guess (docs/coding.md, "The document's
    memory")."""
    lowers = _columns(doc)[1]
    seen: dict[int, list[Actor]] = {}  # an agent word's lower-case hash → the coded actors whose chunk has it
    # A body's name word in an earlier coded chunk of an organisation's code ("World Bank President Robert Zoellick
    # said the bank had frozen its lending": the bank is the World Bank, WBK; the thirteenth wire battery round)
    named: dict[int, list[Actor]] = {}
    countries = knowledge().countries
    for actor in actors:
        if actor.code:
            for i in range(actor.start, actor.end):
                if i in agents:
                    seen.setdefault(lowers[i], []).append(actor)
                if actor.code not in countries and doc[i].is_title and doc[i].lower_ in _BODY_WORDS:
                    named.setdefault(lowers[i], []).append(actor)
            continue
        if actor.sector and actor.start > 0 and lowers[actor.start - 1] == _THE and actor.end - actor.start == 1 \
                and lowers[actor.start] in named and not _qualified_after(doc, actor.end):
            bodies = named[lowers[actor.start]]
            if len({a.code for a in bodies}) == 1:
                earlier = bodies[-1]
                actor.code, actor.name = earlier.code, None
                actor.sector = earlier.sector if earlier.kind == "organization" else _org_sector(earlier.code) or actor.sector
                actor.resolved_from = "description"
                actor.antecedent = [earlier.start, earlier.end]
                continue
        if not (actor.sector and actor.start > 0 and lowers[actor.start - 1] == _THE and seen) \
                or not all(i in agents for i in range(actor.start, actor.end)) or _qualified_after(doc, actor.end):
            continue
        pools = [seen.get(lowers[i]) for i in range(actor.start, actor.end)]
        if not all(pools):
            continue
        ids = [{id(a) for a in pool} for pool in pools]  # type: ignore[union-attr]
        # The same sector, unless the earlier actor is an organisation its type names ("the World Bank ... the bank"):
        # an agent word inside another actor's name ("Trump University", "the Bush family") names someone else.
        found = [a for a in pools[-1] if all(id(a) in others for others in ids)  # type: ignore[union-attr]
                 and (a.sector == actor.sector or a.kind == "organization")]
        if found and len({(a.code, a.sector) for a in found}) == 1:
            earlier = found[-1]
            actor.code, actor.sector, actor.name = earlier.code, earlier.sector, earlier.name
            actor.resolved_from = "description"
            actor.antecedent = [earlier.start, earlier.end]


_THE = get_string_id("the")


def _shared_nationality(doc: Doc, actors: list[Actor]) -> None:
    """"nine American officials and lawmakers": a bare noun joined by "and" to a noun whose country comes from its own
    adjective shares that adjective, so the lawmakers are American too (the thirteenth wire battery round; they had
    taken the country of "Russia" later in the sentence). Only a conjunct with no modifier of its own, and no forces
    or arms ("U.S. troops and warplanes" sent somewhere follow the rules of forces moved, which read them uncoded)."""
    by_head = {a.end - 1: a for a in actors}
    for actor in actors:
        word = doc[actor.end - 1]
        if actor.code and actor.resolved_from != "place" or actor.end - actor.start != 1 or word.dep_ != "conj" \
                or word.pos_ != "NOUN" or actor.sector == "MIL" \
                or any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in word.children):
            continue
        first = by_head.get(word.head.i)
        if first is None or not first.code or not any(c.dep_ in ("amod", "compound") and c.i >= first.start
                                                         for c in word.head.children):
            continue
        actor.code, actor.resolved_from = first.code, "knowledge"


# Words of a body's name a later "the ..." takes up ("the World Bank ... the bank", "the International Monetary Fund ...
# the Fund"): never a person's title ("the president" is no World Bank).
_BODY_WORDS = frozenset({"bank", "fund", "court", "council", "union", "alliance", "agency", "commission", "tribunal",
                         "organization", "organisation", "league", "federation", "movement", "front", "army"})


@cache
def _org_sectors_by_code() -> dict[str, str]:
    """An organisation code → the sector of its first body in the tables (WBK → IGO)."""
    out: dict[str, str] = {}
    for entries in knowledge().names.values():
        for e in entries:
            if e.kind == "org" and e.sector and e.code not in out:
                out[e.code] = e.sector
    return out


def _org_sector(code: str) -> str | None:
    return _org_sectors_by_code().get(code)


def _qualified_after(doc: Doc, end: int) -> bool:
    """"the president of the club", "the minister's aide": a description qualified after it is another actor."""
    return end < len(doc) and (doc[end].lower_ == "of" or doc[end].tag_ == "POS")


def _resolve_pronouns(doc: Doc, actors: list[Actor]) -> None:
    starts = [a.start for a in actors]  # actors are sorted by start: a pronoun's window is found by bisection
    # A person's sex as the text says it (a gendered title, a given name of one sex: coref's reading), read only
    # when a personal pronoun has persons to choose from (docs/coding.md, "Pronoun round in context").
    sexes: dict[str, str] | None = None
    if any(a.kind == "person" for a in actors) and any(a.kind == "pronoun" and doc[a.end - 1].lower_ in _SEXED
                                                       for a in actors):
        # What the text itself says (not the files' full names for a bare surname: "a lawsuit filed against Clinton
        # ... and his affair" in an article of 2016 is Bill, whom the files' "Clinton" of that date is not).
        sexes = coref.person_sexes(doc, actors, None)
    topic: Actor | None = None  # the person last named as a subject so far (docs/coding.md, "The document's memory")
    genders: dict[str, str] = {}  # a person's name or code → "he" or "she", as the text called them
    for actor in actors:
        if actor.kind != "pronoun":
            if actor.kind == "person" and _is_subject(doc, actor):
                topic = actor
                honorific = _HONORIFIC_SEXES.get(doc[actor.start].lower_)
                if honorific is not None and actor.start < actor.end - 1:
                    genders.setdefault(_key(actor), honorific)  # "Mrs. Clinton", "Mr. Sanders"
            continue
        if doc[actor.start].lower_ in _FIRST_PERSON:
            continue
        tok = doc[actor.end - 1]
        window_start = _previous_sentence_start(doc, actor.start)
        # Only actors starting in the window can end before the pronoun in it (the rest are not scanned:
        # a long article has hundreds of actors and dozens of pronouns).
        window = actors[bisect_left(starts, window_start):bisect_right(starts, actor.start)]
        target = _antecedent(doc, actors, actor, tok, window, window_start, sexes)
        low = tok.lower_
        subject = low in _SUBJECT_PERSON and tok.dep_ in ("nsubj", "nsubjpass")
        if target is None and subject and topic is not None and topic.code \
                and topic.start < window_start and genders.get(_key(topic)) == low \
                and not _person_in(doc, window, window_start, actor.start) and not _quoted(doc, tok):
            # "Quennell said she ... [sentences on other things] ... She said": a subject pronoun with no person in
            # its window, outside a quotation, continues the person the text last made its subject, when the text
            # already called that person so.
            target = topic
        if target is not None:
            actor.code, actor.sector, actor.name = target.code, target.sector, target.name
            actor.resolved_from = "pronoun"
            actor.antecedent = [target.start, target.end]
            if low in _SUBJECT_PERSON and target.kind == "person":
                genders.setdefault(_key(target), low)
                if subject:
                    topic = target  # "he" continues its person as the subject
    # First-person pronouns last: their speaker may itself be a pronoun resolved above ("'I will', he said").
    for actor in actors:
        if actor.kind == "pronoun" and doc[actor.start].lower_ in _FIRST_PERSON:
            speaker = _speaker(doc, doc[actor.start])
            if speaker is not None and speaker is not actor:
                actor.code, actor.sector, actor.name = speaker.code, speaker.sector, speaker.name
                actor.resolved_from = "pronoun"
                actor.antecedent = speaker.antecedent or [speaker.start, speaker.end]


# "he" and "she": the subject pronouns that stand for one person.
_SUBJECT_PERSON = frozenset({"he", "she"})
# The pronouns that say a person's sex, and which: "her" is also the possessive of "she", "his" of "he".
_SEXED = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}
# Honorifics before a name that say which of the two stands for the person.
_HONORIFIC_SEXES = {"mr.": "he", "mr": "he", "mrs.": "she", "mrs": "she", "ms.": "she", "ms": "she"}
_QUOTES = frozenset({'"', "“", "”", "''", "``"})


def _key(actor: Actor) -> str:
    return actor.name or actor.code or ""


def _quoted(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` stands inside a quotation: an odd number of quotation marks before it in its sentence, or
    after it (a quotation that runs over sentences). A "he" quoted from someone is rarely that speaker."""
    sent = tok.sent
    before = sum(1 for t in doc[sent.start:tok.i] if t.text in _QUOTES)
    after = sum(1 for t in doc[tok.i + 1:sent.end] if t.text in _QUOTES)
    return before % 2 == 1 or after % 2 == 1


def _person_in(doc: Doc, window: list[Actor], start: int, end: int) -> bool:
    """Whether a person (coded or not, not a pronoun) is named in the window before token ``end``, or a proper noun
    is a subject there that no actor covers ("Pate told reporters he ...": a person the model did not tag)."""
    if any(a.kind == "person" and a.end <= end for a in window):
        return True
    at = extension(doc, "actor_at")
    return any(t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.i not in at for t in doc[start:end])


def _speaker(doc: Doc, tok: Token) -> Actor | None:
    """Who a first-person pronoun stands for: the subject of the speech verb its clause is reported by.

    News quotes its actors: '"We will fight Trump," Clinton said', 'Cruz told reporters that Rubio had
    attacked him and me' (docs/coding.md §4, "First person"). The speech verb is an ancestor of the
    pronoun ("said" heading the quoted clause) or a parenthetical "X said" hanging on one ('"I condemn
    him," Sanders said' parsed with "condemn" as root). Only this sentence is read: a quotation split over
    sentences is left unresolved rather than given to a speaker of another quote.
    """
    at, actors = doc._.actor_at, doc._.actors
    node, seen = tok, 0
    while seen < 12:
        verbs = [node] + [c for c in node.children if c.dep_ in ("parataxis", "advcl") and c.i != tok.i]
        for verb in verbs:
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _SPEECH_VERBS and verb is not tok.head:
                for child in verb.children:
                    if child.dep_ == "nsubj" and child.lower_ not in _FIRST_PERSON and child.i in at:
                        speaker = actors[at[child.i]]
                        return speaker if speaker.code else None
        if node.head.i == node.i:
            return None
        node, seen = node.head, seen + 1
    return None


def _antecedent(doc: Doc, actors: list[Actor], actor: Actor, tok: Token, window: list[Actor],
                window_start: int, sexes: dict[str, str] | None = None) -> Actor | None:
    before = [a for a in window if a.resolved and a.kind != "pronoun" and window_start <= a.start and a.end <= actor.start]
    low = tok.lower_
    if low in ("latter", "former"):
        pair = _last_pair(doc, before)
        if pair is not None:
            return pair[1] if low == "latter" else pair[0]
        distinct = _distinct_by_code(before)
        if len(distinct) >= 2:
            return distinct[-1] if low == "latter" else distinct[-2]
        return distinct[-1] if distinct else None
    if low in _PERSON_PRONOUNS:
        # "The Tunisian president promised ... that he would": a titled office is a person too.
        # (not a plural group: "he" is not "pro-Israel advocates")
        people = [a for a in before if a.kind == "person" or (a.kind == "group" and a.sector in ("GOV", "MIL", "JUD", "LEG", "OPP")
                                                              and doc[a.end - 1].tag_ not in ("NNS", "NNPS"))]
        sex = _SEXED.get(low)
        if sex is not None and sexes:
            # "Hillary Clinton accuses Bernie Sanders of subjecting her to a smear": a "she" is not a person the text
            # says is a man (a given name of one sex, a gendered title), nor "he" a woman, however near or salient;
            # set aside, the pronoun takes the person of its sex named in its window. A person of unknown sex stays a
            # candidate. Where the window names no person of the pronoun's sex, the choice stays as it was: emptying
            # it lost a type-right event on `dev2 --in-context` (docs/coding.md, "Pronoun round in context").
            people = [a for a in people if a.kind != "person" or sexes.get(a.name or "", sex) == sex] or people
        if low in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative"):
            # "Trump criticized her": an object pronoun is not its own clause's subject (that would be
            # "herself"), so the subject, though the nearest person, is not its antecedent.
            own = _clause_subject(doc, actors, tok.head if tok.dep_ != "pobj" else tok.head.head, direct=True)
            people = [a for a in people if a is not own]
            if len({a.name or a.code for a in people}) > 1:
                return None  # two persons it may stand for, and no gender known: an empty target beats a guess
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # "Trump focused on positions acceptable to pro-Israel advocates. He denounced the UN": a subject
            # pronoun continues the topic, which news keeps as the subject; a person or office named as a
            # subject before it is preferred to a nearer one named as an object or inside a phrase.
            subjects = [a for a in people if _is_subject(doc, a)]
            people = subjects or people
        return people[-1] if people else None
    candidates = [a for a in before if a.kind != "person"]
    if not candidates:
        return None
    excluded = _clause_subject(doc, actors, tok) if _other_possessor(tok) else _object_clause_subject(doc, actors, tok)
    subjects = [a for a in candidates if _is_subject(doc, a) and a is not excluded]
    if subjects:
        return subjects[-1]
    rest = [a for a in candidates if a is not excluded]
    return rest[-1] if rest else None


def _object_clause_subject(doc: Doc, actors: list[Actor], tok: Token) -> Actor | None:
    """The subject of the clause an object pronoun ("them", "it") belongs to, which it cannot stand for (that would
    be "themselves", "itself"): "conservative leaders are backing them up" does not back the leaders. As for "him"
    and "her" (docs/coding.md, "Names the tagger misreads")."""
    if tok.dep_ in ("dobj", "dative"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head
    else:
        return None
    return _clause_subject(doc, actors, verb, direct=True)


def _last_pair(doc: Doc, before: list[Actor]) -> tuple[Actor, Actor] | None:
    """The last two actors joined by "and" / "or" before a "former" or "latter" ("between Sanders and Clinton,
    Kenya's envoy said he preferred the former"): the pair the words choose from, though another actor, the
    speaker, stands nearer."""
    at = {i: a for a in before for i in range(a.start, a.end)}
    for second in reversed(before):
        head = doc[second.end - 1]
        while head.dep_ == "compound" and head.head.i < second.end and head.head.i != head.i:
            head = head.head
        first = at.get(head.head.i) if head.dep_ == "conj" else None
        if first is not None and first is not second and first.start < second.start:
            return first, second
    return None


def _distinct_by_code(actors: list[Actor]) -> list[Actor]:
    """The actors in order, a run of mentions of one actor as one ("Russia ... Moscow" of one code and no name).

    Two named persons of one country are two ("a race between Trump and Texas Sen. Ted Cruz ... the former"
    is Trump): keyed by code and name, not by code alone, which made Cruz "the latter" and the actor before
    Trump "the former".
    """
    out: list[Actor] = []
    for a in actors:
        if out and (out[-1].code, out[-1].name) == (a.code, a.name):
            out[-1] = a
        else:
            out.append(a)
    return out


def _previous_sentence_start(doc: Doc, i: int) -> int:
    sent = doc[i].sent
    return doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


def _is_subject(doc: Doc, actor: Actor) -> bool:
    return any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in actor.members)


def _other_possessor(tok: Token) -> bool:
    return tok.lower_ in _POSSESSIVE_PRONOUNS and tok.head.head.lemma_ in _OTHER_POSSESSOR_VERBS


def _clause_subject(doc: Doc, actors: list[Actor], tok: Token, direct: bool = False) -> Actor | None:
    """The actor that is the subject of the verb governing a possessive's noun (or, ``direct``, of ``tok`` itself)."""
    verb = tok if direct else tok.head.head
    for child in verb.children:
        if child.dep_ == "nsubj":
            index = doc._.actor_at.get(child.i)
            return actors[index] if index is not None else None
    return None


@Language.factory(
    "eventwire_actors",
    requires=["token.pos", "token.dep", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.actors", "doc._.actor_at", "doc._.learned_roles"],
    default_config={"learn_titles": True},
)
def make_actor_resolver(nlp: Language, name: str, learn_titles: bool) -> ActorResolver:
    return ActorResolver(nlp, name, learn_titles)


def actor_for(doc: Doc, token: Token) -> Actor | None:
    """The actor chunk a token belongs to, if any."""
    if type(doc) is Doc:  # (a view's ``_`` holds the values; a Doc's ``doc._`` is a new object at each read)
        index = (extension(doc, "actor_at") or {}).get(token.i)
        return extension(doc, "actors")[index] if index is not None else None
    underscore = doc._
    index = (underscore.actor_at or {}).get(token.i)
    return underscore.actors[index] if index is not None else None
