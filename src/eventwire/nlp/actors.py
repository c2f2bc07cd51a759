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

from dataclasses import dataclass, field
from datetime import date

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .knowledge import Entry, Knowledge, knowledge
from ..resources import json_data
from .places import lookup as lookup_place

for _name, _default in (("actors", None), ("actor_at", None), ("doc_date", None), ("learned_roles", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

# Word lists live in data/actor_words.json, each with why it exists.
_WORDS = json_data("nlp/data/actor_words.json")
# Titles that sit between an office and a name ("commander Major Gen Qassem ...").
_TITLES = frozenset(_WORDS["titles"]["words"])
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_POSSESSIVE_PRONOUNS = frozenset(_WORDS["possessive_pronouns"]["words"])
_OBJECT_PRONOUNS = frozenset(_WORDS["object_pronouns"]["words"])
_PERSON_PRONOUNS = frozenset(_WORDS["person_pronouns"]["words"])
_RELATIVE = frozenset(_WORDS["relative"]["words"])
# Verbs whose object's possessor is someone other than the subject: one seeks,
# wins or loses another's support, not one's own.
_OTHER_POSSESSOR_VERBS = frozenset(_WORDS["other_possessor_verbs"]["words"])


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

    @property
    def resolved(self) -> bool:
        return bool(self.code)


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
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.agents = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._name_keys = self._add(nlp, self.names, self.kb.names)
        self._agent_keys = self._add(nlp, self.agents, self.kb.agents)

    @staticmethod
    def _add(nlp: Language, matcher: PhraseMatcher, index: dict[str, list[Entry]]) -> dict[int, list[Entry]]:
        keys: dict[int, list[Entry]] = {}
        phrases = list(index)
        for phrase, pattern in zip(phrases, nlp.tokenizer.pipe(phrases)):
            key = nlp.vocab.strings.add(phrase)
            keys[key] = index[phrase]
            patterns = [pattern]
            if phrase.endswith(".") and len(pattern) > len(phrase.split()):
                # "Sen." alone is split into "sen" "."; before a name the tokenizer keeps it whole.
                patterns.append(Doc(nlp.vocab, words=phrase.split()))
            matcher.add(phrase, patterns)
        return keys

    # -- matching -------------------------------------------------------------------
    def _matches(self, doc: Doc) -> tuple[dict[int, tuple[Span, list[Entry]]], dict[int, tuple[Span, list[Entry]]]]:
        names = [(Span(doc, s, e), self._name_keys[k]) for k, s, e in self.names(doc)]
        agents = [(Span(doc, s, e), self._agent_keys[k]) for k, s, e in self.agents(doc)]
        return _entries_by_token(doc, _longest(names)), _entries_by_token(doc, _longest(agents))

    def __call__(self, doc: Doc) -> Doc:
        # What this text teaches ("US Secretary of State Michael Pompeo") is kept for
        # this document only: the component holds no state across documents, so a
        # document is coded the same whatever was read before it, in any process.
        day = doc._.doc_date
        names, agents = self._matches(doc)
        ents = {t.i for ent in doc.ents if ent.label_ in _ENTITY_LABELS for t in ent}
        persons = [ent for ent in doc.ents if ent.label_ == "PERSON"]  # Doc.ents builds its spans anew on each call
        learned = _Learned()
        actors = []
        for start, end in _chunks(doc, names, agents, ents):
            actor = self._resolve(doc, start, end, names, agents, day, learned, persons)
            if actor is not None:
                actors.append(actor)
                if self.learn_titles:
                    learned.learn(doc, actor)  # at once: a later "Bajwa" in this text uses what this title said
        doc._.learned_roles = learned.rows()
        actors += _pronouns(doc, names)
        actors.sort(key=lambda a: a.start)
        doc._.actors = actors
        doc._.actor_at = {i: n for n, a in enumerate(actors) for i in range(a.start, a.end)}
        _resolve_pronouns(doc, actors)
        return doc

    # -- resolution -----------------------------------------------------------------
    def _resolve(self, doc, start, end, names, agents, day, learned: _Learned, persons: list[Span]) -> Actor | None:
        actor = Actor(start, end, members=list(range(start, end)))
        entries = _unique([e for i in range(start, end) if i in names for e in names[i][1]])
        person = _person_span(doc, start, end, persons)
        countries = [e for e in entries if e.kind in ("country", "demonym", "capital", "metonym", "division")]
        orgs = [e for e in entries if e.kind == "org"]
        people = _at_date([e for e in entries if e.kind == "person"], day)
        sector = _sector(doc, start, end, names, agents)
        if orgs:
            org = orgs[-1]
            actor.code, actor.kind, actor.name = org.code, "organization", org.name
            actor.sector = sector if sector and org.sector not in ("IGO", "REB", "NGO") else (org.sector or sector)
            actor.resolved_from = "knowledge"
        elif countries:
            country = countries[0]
            actor.code = country.code
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
        if countries and not person and countries[0].kind == "demonym" and doc[end - 1].tag_ in ("NNS", "NNPS"):
            # CAMEO's residence convention: "ethnic Hungarians in Slovakia" are SVK.
            home = _located_in(doc, end, names)
            if home:
                actor.code, actor.resolved_from = home, "place"
        actor.based_in = _based_in(doc, end, names)
        if not actor.code and actor.sector:
            actor.code = _located_in(doc, end, names)  # "police in Istanbul", "protesters in Dhaka"
            actor.resolved_from = "place" if actor.code else None
        return actor if (actor.code or actor.sector or actor.name) else None



class _Learned:
    """Roles one document teaches: "US Secretary of State Michael Pompeo" → Pompeo is USA GOV."""

    def __init__(self) -> None:
        self.roles: dict[str, tuple[str, str, str]] = {}  # name or surname → (code, sector, role)
        self.full_names: dict[str, str] = {}  # surname → the full name the text gave

    def learn(self, doc: Doc, a: Actor) -> None:
        if a.kind == "person" and a.name and a.code and a.resolved_from == "text":
            role = doc[a.start : a.end].text
            self.roles[a.name] = self.roles[a.name.split()[-1]] = (a.code, a.sector or "", role)
            self.full_names[a.name.split()[-1]] = a.name

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(name, code, sector, role) for each full name taught, in text order: plain values, picklable."""
        return [(name, *self.roles[name]) for name in dict.fromkeys(self.full_names.values())]


def _person(actor: Actor, name: str, people: list[Entry], learned: _Learned) -> None:
    """A bare name: what this document taught us, else the office-holder file at the date."""
    for key in (name, name.split()[-1]):
        if key in learned.roles:
            actor.code, actor.sector, _ = learned.roles[key]
            actor.name = learned.full_names.get(key, actor.name)
            actor.resolved_from = "learned"
            return
    if people:
        actor.code, actor.sector = people[0].code, people[0].sector
        actor.resolved_from = "knowledge"


def _at_date(people: list[Entry], day: date | None) -> list[Entry]:
    """Office holders at the date; failing that, each person's latest office ("former" roles)."""
    active = [e for e in people if e.active_on(day)]
    if active or day is None:
        return active
    past = [e for e in people if e.start and e.start <= day.isoformat()]
    return sorted(past, key=lambda e: e.end or "9999", reverse=True)[:1]


def _longest(spans: list[tuple[Span, list[Entry]]]) -> list[tuple[Span, list[Entry]]]:
    keep = {(s.start, s.end) for s in filter_spans([s for s, _ in spans])}
    return [(s, e) for s, e in spans if (s.start, s.end) in keep]


def _unique(entries: list[Entry]) -> list[Entry]:
    return list(dict.fromkeys(entries))


def _material(tok: Token, names, agents, ents) -> bool:
    if tok.i in names or tok.i in agents:
        return True
    if tok.i in ents and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
        return True
    return tok.lower_ in _TITLES and tok.pos_ in ("PROPN", "NOUN")


def _chunks(doc: Doc, names, agents, ents) -> list[tuple[int, int]]:
    """Maximal runs of actor material, joined by "'s", "of", "the" and bracketed acronyms."""
    chunks, i, n = [], 0, len(doc)
    while i < n:
        if not _material(doc[i], names, agents, ents):
            i += 1
            continue
        start = end = i
        j = i + 1
        while j < n:
            if _material(doc[j], names, agents, ents) and not _boundary(doc, end, j, names):
                end = j
                j += 1
            elif doc[j].tag_ == "POS" or doc[j].text in ("'s", "’s"):
                j += 1
            elif doc[j].lower_ in ("of", "the") and j + 1 < n and _material(doc[j + 1], names, agents, ents) and end in agents:
                j += 1
            elif doc[j].text == "(" and j + 2 < n and doc[j + 2].text == ")" and doc[j + 1].is_upper:
                end = j + 2
                j += 3
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


def _sector(doc: Doc, start: int, end: int, names, agents) -> str | None:
    """The sector of the agent noun nearest the chunk's end, else of a seat of power."""
    for i in range(end - 1, start - 1, -1):
        if i in agents and not (i in names and any(e.kind == "division" for e in names[i][1])):  # "West Bank" is no bank
            sectors = [e.sector for e in agents[i][1] if e.sector]
            if sectors:
                return sectors[0]
    for i in range(end - 1, start - 1, -1):
        if i in names:
            sectors = [e.sector for e in names[i][1] if e.kind in ("metonym", "capital", "person") and e.sector]
            if sectors:
                return sectors[0]
    return None


def _person_span(doc: Doc, start: int, end: int, persons: list[Span]) -> Span | None:
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


def _located_in(doc: Doc, end: int, names) -> str | None:
    """The country of a place named right after a group: "in Istanbul", "in northern Nigeria's Kaduna state"."""
    if end >= len(doc) or doc[end].lower_ not in _LOCATIVE:
        return None
    for i in range(end + 1, min(end + 7, len(doc))):
        tok = doc[i]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP") and i > end + 1:
            break
        hit = names.get(i)
        if hit:
            codes = [e.code for e in hit[1] if e.kind in ("country", "capital", "demonym", "metonym", "division")]
            if codes:
                return codes[0]
        if tok.ent_type_ in ("GPE", "LOC") and tok.ent_iob_ == "B":
            place = lookup_place(doc[i : i + 1].text if not tok.ent_type_ else _entity_text(doc, i))
            if place is not None and place.country:
                return place.country
    return None


def _entity_text(doc: Doc, i: int) -> str:
    for ent in doc.ents:
        if ent.start == i:
            return ent.text
    return doc[i].text


# -- pronouns -------------------------------------------------------------------------
def _pronouns(doc: Doc, names) -> list[Actor]:
    out = []
    # One array pass finds the few pronoun positions: iterating Token objects is the slow part.
    wanted = {doc.vocab.strings.add(w) for w in _POSSESSIVE_PRONOUNS | _OBJECT_PRONOUNS | _PERSON_PRONOUNS | {"latter", "former"}}
    for i in [i for i, (low,) in enumerate(doc.to_array([LOWER]).reshape(-1, 1).tolist()) if low in wanted]:
        tok = doc[i]
        low = tok.lower_
        if tok.i in names:
            continue
        if low in _POSSESSIVE_PRONOUNS or low in _OBJECT_PRONOUNS or low in _PERSON_PRONOUNS:
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


def _resolve_pronouns(doc: Doc, actors: list[Actor]) -> None:
    for actor in actors:
        if actor.kind != "pronoun":
            continue
        tok = doc[actor.end - 1]
        target = _antecedent(doc, actors, actor, tok)
        if target is not None:
            actor.code, actor.sector, actor.name = target.code, target.sector, target.name
            actor.resolved_from = "pronoun"


def _antecedent(doc: Doc, actors: list[Actor], actor: Actor, tok: Token) -> Actor | None:
    window_start = _previous_sentence_start(doc, actor.start)
    before = [a for a in actors if a.resolved and a.kind != "pronoun" and window_start <= a.start and a.end <= actor.start]
    low = tok.lower_
    if low in ("latter", "former"):
        distinct = _distinct_by_code(before)
        if len(distinct) >= 2:
            return distinct[-1] if low == "latter" else distinct[-2]
        return distinct[-1] if distinct else None
    if low in _PERSON_PRONOUNS:
        # "The Tunisian president promised ... that he would": a titled office is a person too.
        people = [a for a in before if a.kind == "person" or (a.kind == "group" and a.sector in ("GOV", "MIL", "JUD", "LEG", "OPP"))]
        return people[-1] if people else None
    candidates = [a for a in before if a.kind != "person"]
    if not candidates:
        return None
    excluded = _clause_subject(doc, actors, tok) if _other_possessor(tok) else None
    subjects = [a for a in candidates if _is_subject(doc, a) and a is not excluded]
    if subjects:
        return subjects[-1]
    rest = [a for a in candidates if a is not excluded]
    return rest[-1] if rest else None


def _distinct_by_code(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        if out and out[-1].code == a.code:
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


def _clause_subject(doc: Doc, actors: list[Actor], tok: Token) -> Actor | None:
    verb = tok.head.head
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
    index = (doc._.actor_at or {}).get(token.i)
    return doc._.actors[index] if index is not None else None
