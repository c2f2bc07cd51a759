"""The event coder: triggers from the lexicon, source and target from the parse.

For each trigger (a verb or a nominal such as "airstrike", "talks", "resumption
of military cooperation") the coder finds who acts and who is acted upon:

* verbs: subject → source, object or the object of a directed preposition
  (against, on, with, to …) → target; in the passive the "by"-agent is the
  source and the subject the target; a relative pronoun stands for the noun it
  modifies; a verb with no subject of its own (control, coordination, gerunds)
  takes its governor's;
* nominals: a possessor or an actor modifier ("Russia's attack", "US airstrikes")
  or a "by"-agent ("attacks sponsored by Z") → source, a directed preposition →
  target; a nominal that is the object of a light verb ("carried out strikes")
  takes the light verb's subject.

An event is kept only when at least one side resolves to a code: this is what
keeps descriptive sentences ("the programme offers places to officers") from
becoming events. Negation, modality, date and place are read off the trigger's
clause.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass, field, fields, replace
from functools import cache
from itertools import compress
from operator import or_
from datetime import date

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from . import codes, dates, places, verb_patterns
from ._serial import serialisable
from ._view import DocView, extension, keep_view, set_extension
from .actors import (_COMPANY_SECTORS, _CROWD_NUMBERS, _SETTLEMENT_NOUNS, _TITLE_COUNTRY, Actor, _first_conjunct, _quoted,
                     actor_for)
from .knowledge import knowledge
from ..resources import json_data, table

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

# Word lists live in data/event_words.json, each with why it exists.
_WORDS = json_data("nlp/data/event_words.json")
_TARGET_PREPS = tuple(_WORDS["target_preps"]["words"])
_PLACE_PREPS = frozenset(_WORDS["place_preps"]["words"])
_LIGHT_VERBS = frozenset(_WORDS["light_verbs"]["words"])
_ENTRY_ADVERBS = frozenset(_WORDS["entry_adverbs"]["words"])
# A nominal's actors may be found by climbing to the verb that governs it, through
# at most this many prepositional or object links ("extended support in exchange
# for the resumption of military cooperation": cooperation → extended).
_CLIMB_LINKS = frozenset({"pobj", "prep", "dobj", "nmod", "compound", "conj", "appos", "pcomp"})
_MAX_CLIMB = 6
_CLIMB_PREPS = frozenset(_WORDS["climb_preps"]["words"])
# "a strike near Baghdad": where, not whom.
_WHERE_PREPS = frozenset(_WORDS["where_preps"]["words"])
# "faced criticism from Germany": the receiving verb's subject is the target.
_RECEIVE_VERBS = frozenset(_WORDS["receive_verbs"]["words"])
_REBUTTAL_VERBS = frozenset(_WORDS["rebuttal_verbs"]["words"])
_REBUTTED_TYPES = frozenset(_WORDS["rebuttal_verbs"]["types"])
_RESTATING_VERBS = frozenset(_WORDS["restating_verbs"]["words"])
_CAUSE_VERBS = frozenset(_WORDS["cause_verbs"]["words"])
_CAUSED_TYPES = frozenset(_WORDS["cause_verbs"]["types"])
_MEETING_VERBS = frozenset(_WORDS["meeting_verbs"]["words"])
_MEETING_PREPS = frozenset(_WORDS["meeting_verbs"]["preps"])
_SOURCE_PREPS = frozenset(_WORDS["source_preps"]["words"])
_FROM_TYPES = frozenset(_WORDS["source_preps"]["types"])
_NEEDS_TARGET = frozenset(_WORDS["needs_target"]["words"])
_ANCHOR_PREPS = frozenset(_WORDS["anchor_preps"]["words"])
# "agreed to restore relations after talks in Beijing": a phrase of when tells another event, whose actors are not
# whom the act is aimed at (`when_preps`)
_WHEN_PREPS = frozenset(_WORDS["when_preps"]["words"])
_RECIPROCAL_TYPES = frozenset(_WORDS["reciprocal"]["types"])
_RECIPROCAL_WORDS = frozenset(_WORDS["reciprocal"]["words"])
_RELATION_NOUNS = frozenset(_WORDS["reciprocal"]["relation_nouns"])
_SHARED_NOUNS = frozenset(_WORDS["reciprocal"]["shared_nouns"])
_EACH_OTHER = frozenset({"other", "another"})  # "each other", "one another"
# Nouns that stand for the people of what follows "of": "members of the armed forces".
_GROUP_NOUNS = frozenset(_WORDS["group_nouns"]["words"])
# Things someone makes and shows (statements, ads, petitions): a participle on them is their maker's act.
_MADE_NOUNS = frozenset(_WORDS["made_nouns"]["words"]) | frozenset(_WORDS["stance_prefixes"]["nouns"])
# Verbs that report speech: with a clausal complement they attribute a claim
# (the claims stage keeps them), they are not a "make statement" event.
_REPORTING = frozenset(_WORDS["reporting"]["words"])
# Verbs whose target is the subject of their complement clause: "demanded that Gambia return ...".
_CLAUSE_TARGET = frozenset(_WORDS["clause_target"]["words"])
_ADDRESSED_PUBLIC = frozenset(_WORDS["addressed_public"]["words"])
_FUTURE_AUX = frozenset(_WORDS["future_aux"]["words"])
_HYPOTHETICAL_AUX = frozenset(_WORDS["hypothetical_aux"]["words"])
_INTENT_VERBS = frozenset(_WORDS["intent_verbs"]["words"])
_DEMAND_VERBS = frozenset(_WORDS["demand_verbs"]["words"])
_FUTURE_VERBS = frozenset(_WORDS["future_verbs"]["words"])
_DENIAL_VERBS = frozenset(_WORDS["denial_verbs"]["words"])
_REPORTING_ROOT = "01"
_COPULAS = frozenset(_WORDS["copulas"]["words"])
_MEANS_PREPS = frozenset(_WORDS["means_clause_preps"]["words"])
_GATHERING_VERBS = frozenset(_WORDS["gathering_verbs"]["words"])
_VOUCH_VERBS = frozenset(_WORDS["vouch_verbs"]["words"])
_VOUCH_CODE = "051"
# Legal and investigative acts (docs/coding.md, "Legal and investigative acts"): the verbs that bring a case, the
# nouns that name one, those that name one only "against" an actor, and who investigates.
_LEGAL = _WORDS["legal_acts"]
_LEGAL_NOUNS = frozenset(_LEGAL["nouns"])
_LEGAL_CARRIERS = frozenset(_LEGAL["carrying_verbs"])
_AGAINST_NOUNS = frozenset(_LEGAL["against_nouns"])
_BRINGING_VERBS = frozenset(_LEGAL["bringing_verbs"])
_INVESTIGATING_VERBS = frozenset(_LEGAL["investigating_verbs"])
_INVESTIGATING_SECTORS = frozenset(_LEGAL["investigating_sectors"])
_INVESTIGATING_WORDS = frozenset(_LEGAL["investigating_words"])


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]  # lemmas: head first, then the words that must depend on it
    pos: str
    cameo: str


@dataclass
class Lexicon:
    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    # Predicate adjectives with their preposition ("was critical of", "is supportive of"), found
    # only after a copula: a verbal act reported as a stance (docs/coding.md, "Stances").
    adjectives: dict[str, list[Trigger]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Lexicon:
        lex = cls()
        own = table("nlp/data/trigger_lexicon.tsv")
        listed = {row["lemma"].lower() for row in own}
        # Verbs derived from the CAMEO verb dictionary (scripts/convert_phoenix.py) complete the
        # team's lexicon; a lemma the team lists keeps the team's entries.
        derived = [row for row in table("nlp/data/phoenix_triggers.tsv") if row["lemma"].lower() not in listed]
        for row in [*own, *derived]:
            words = tuple(w for w in row["lemma"].lower().replace("*", " ").split() if w)
            if not words or not codes.lookup(row["cameo"]):
                continue
            pos = row["pos"].upper()
            index = lex.verbs if pos == "VERB" else lex.adjectives if pos == "ADJ" else lex.nouns
            if pos == "VERB" and len(words) > 1 and words[0] in _ENTRY_ADVERBS:
                words = (words[1], words[0], *words[2:])  # "forcibly displace": found by its verb, the adverb a dependent
            head = words[0] if pos in ("VERB", "ADJ") else words[-1]
            rest = words[1:] if pos in ("VERB", "ADJ") else words[:-1]
            index.setdefault(head, []).append(Trigger((head, *rest), pos, row["cameo"]))
        for index in (lex.verbs, lex.nouns, lex.adjectives):
            for entries in index.values():
                entries.sort(key=lambda t: -len(t.words))
        return lex

    @staticmethod
    @cache
    def cached() -> Lexicon:
        """The lexicon, loaded once per process (fixed data)."""
        return Lexicon.load()

    def match(self, tok: Token) -> Trigger | None:
        found = self.senses(tok)
        return found[0] if found else None

    def senses(self, tok: Token) -> list[Trigger]:
        """The longest matching entries (several when a word has several senses: "strike")."""
        found = self._entries(tok)
        if found or tok.pos_ not in ("VERB", "AUX"):
            return found
        # A phrase pattern of the CAMEO verb dictionary codes a verb the lexicon does not ("cut a deal with",
        # verb_patterns.py); the lexicon's entries come first.
        hit = verb_patterns.match(tok, lemma(tok))
        return [hit] if hit is not None else found

    def _entries(self, tok: Token) -> list[Trigger]:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
            options = self.verbs.get(lemma(tok)) or self.verbs.get(tok.lower_)
        elif tok.pos_ in ("NOUN", "PROPN"):
            options = self.nouns.get(tok.lemma_.lower()) or self.nouns.get(tok.lower_)
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.lemma_ in _COPULAS:
            options = self.adjectives.get(tok.lower_)
        else:
            return None
        if not options:
            return []
        # The neighbours only matter to multiword entries (the longest come first), and only when the
        # document has a word they need (most do not: reading the neighbours costs more than the rest).
        near = _nearby_lemmas(tok) if len(options[0].words) > 1 and not _extra_words(options).isdisjoint(_doc_words(tok.doc)) \
            else frozenset()
        # A particle changes the verb's sense ("signed up as a delegate", "call out", "battled
        # back", "scale back hiring"): a phrasal verb matches only an entry that names its particle.
        particles = {c.lower_ for c in tok.children if c.dep_ == "prt"} - _NEUTRAL_PARTICLES \
            if tok.pos_ in ("VERB", "AUX") else None
        # The entries of the longest length that fit (the neighbours hold their other words, the particles are
        # among them), in lexicon order: the lengths are tried longest first, and a length whose entries need
        # words when no neighbour was read is passed over unread (common verbs have dozens of entries).
        for length, group, by_word in _by_length(options):
            if length > 1 and not near:
                continue
            if length > 1:
                # Only the entries whose second word is a neighbour can fit: found by the neighbours, not by
                # reading every entry ("make" has dozens), then put back in lexicon order.
                hits = sorted(hit for w in near for hit in by_word.get(w, ()))
                fitting = [group[n] for n in hits if near.issuperset(group[n].words[1:])]
            else:
                fitting = list(group)
            if particles:
                fitting = [t for t in fitting if particles <= set(t.words[1:])]
            if len(fitting) > 1 and length > 1:
                fitting = _nearest_words(tok, fitting)
            if fitting:
                return fitting
        return []


def _nearest_words(tok: Token, fitting: list[Trigger]) -> list[Trigger]:
    """Of several entries that fit, those whose words hang on the trigger itself, when some do: "resumed trade talks"
    is "resume talk" (046), the object, not "resume trade" (061), its modifier. Senses of one word otherwise stay
    together for the arguments to choose between (`_sense`)."""
    # A preposition whose object is another entry's word is that phrase, not a particle: "gave $100 million in aid to
    # the Contras" is "give aid" (070), not "give in" (080, yield); the twelfth wire battery round
    wanted = {w for t in fitting for w in t.words[1:]}
    masked = {p.lower_ for h in (tok, *(c for c in tok.children if c.dep_ == "dobj")) for p in h.children
              if p.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in wanted for g in p.children)}
    fitting = [t for t in fitting if masked.isdisjoint(t.words[1:])] or fitting
    own = {c.lemma_.lower() for c in tok.children} | {c.lower_ for c in tok.children}
    near = [t for t in fitting if own.issuperset(t.words[1:])]
    # What is acted on beats where from: "withdrew its troops from Mali" is "withdraw troop" (0874, a retreat), not
    # "withdraw from" (160, leaving a treaty or a body), when both hang on the verb (the second wire battery round)
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    acted_on = [t for t in near if objects.intersection(t.words[1:])]
    return acted_on or near or fitting


_EXTRA_WORDS: dict[int, tuple[list, frozenset[str]]] = {}  # id of a head's entry list → the words its multiword entries need
_DOC_WORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _extra_words(options: list[Trigger]) -> frozenset[str]:
    """Every word a head's multiword entries need beside it (a cache of fixed data: entry lists live as long as their lexicon)."""
    found = _EXTRA_WORDS.get(id(options))
    if found is None or found[0] is not options:
        found = _EXTRA_WORDS[id(options)] = (options, frozenset(w for t in options for w in t.words[1:]))
    return found[1]


_Groups = list[tuple[int, list[Trigger], dict[str, list[int]]]]
_BY_LENGTH: dict[int, tuple[list, _Groups]] = {}  # id of a head's entry list → its entries by length


def _by_length(options: list[Trigger]) -> _Groups:
    """A head's entries grouped by their number of words, longest first, each group in lexicon order with the
    positions of its entries by their second word (a cache of fixed data, as _extra_words)."""
    found = _BY_LENGTH.get(id(options))
    if found is None or found[0] is not options:
        groups: dict[int, list[Trigger]] = {}
        for t in options:
            groups.setdefault(len(t.words), []).append(t)
        out: _Groups = []
        for length, group in sorted(groups.items(), key=lambda item: -item[0]):
            by_word: dict[str, list[int]] = {}
            for n, t in enumerate(group):
                if length > 1:
                    by_word.setdefault(t.words[1], []).append(n)
            out.append((length, group, by_word))
        found = _BY_LENGTH[id(options)] = (options, out)
    return found[1]


def _doc_words(doc) -> frozenset[str]:
    """The lower-case lemmas and forms of a document: whatever _nearby_lemmas can find is among them."""
    if type(doc) is DocView:  # its words as read once, without a pass over its tokens, kept on the view
        found = doc.words
        if found is None:
            found = doc.words = frozenset(map(str.lower, doc.lemmas)).union(doc.lowers)
        return found
    found = _DOC_WORDS.get(doc)
    if found is None:
        found = _DOC_WORDS[doc] = frozenset(w for t in doc for w in (t.lemma_.lower(), t.lower_))
    return found


def lemma(tok: Token) -> str:
    """The lemma, repaired where the small model's lemmatizer drops an 'e' ("staged" → "stag")."""
    low = tok.lemma_.lower()
    if tok.lower_.endswith("ed") and low == tok.lower_[:-2] and low + "e" in _E_VERBS:
        return low + "e"
    return low


_E_VERBS = frozenset(_WORDS["e_verbs"]["words"])
_NEUTRAL_PARTICLES = frozenset(_WORDS["neutral_particles"]["words"])
_COUNTERPART_TYPES = frozenset(_WORDS["counterpart_types"]["words"])
_COUNTERPART_VERB_TYPES = frozenset(_WORDS["counterpart_verb_types"]["words"])
_NOMINAL_ALONE = frozenset(_WORDS["nominal_counterpart"]["exempt_types"])
_TOPIC_LINKING_VERBS = frozenset(_WORDS["topic_linking_verbs"]["words"])
_INTERVIEW_SECTORS = frozenset(_WORDS["interview_sectors"]["words"])
_PEJORATIVES = frozenset(_WORDS["pejoratives"]["words"])
_QUESTION_VERBS = frozenset(_WORDS["question_verbs"]["words"])
_RECIPIENT_PREPS = frozenset({"to", "for", "against", "on", "upon", "toward", "towards"})
_PEJORATIVE_CODE = _WORDS["pejoratives"]["cameo"]
_DISCLOSURE_VERBS = frozenset(_WORDS["disclosure_verbs"]["words"])
_INFO_NOUNS = frozenset(_WORDS["information_nouns"]["words"])
_THING_SUBJECTS = frozenset(_WORDS["thing_subjects"]["words"]) | frozenset(_WORDS["information_nouns"]["words"])
_THING_SUFFIXES = tuple(_WORDS["thing_subjects"]["suffixes"])
_PERSON_OBJECT_VERBS = frozenset(_WORDS["person_object_verbs"]["words"])
_DESCRIBED_STANCES = frozenset(_WORDS["described_stances"]["words"])
# The second pool round (docs/coding.md): more forms of a question put with a verb of asking.
_QUESTION_PREPS = frozenset(_WORDS["question_marks"]["preps"])
_QUESTION_ADVERBS = frozenset(_WORDS["question_marks"]["adverbs"])
# The fourth pool round: more forms of a question (`question_forms` in event_words.json).
_QUESTION_NOUNS = frozenset(_WORDS["question_forms"]["nouns"])
_QUESTION_CLAUSE_MARKS = frozenset(_WORDS["question_forms"]["clause_marks"])
_KNOWING_VERBS = frozenset(_WORDS["question_forms"]["knowing_verbs"])


# Clauses that tell another story: their words are no part of a trigger's phrase.
_OTHER_CLAUSES = frozenset({"advcl", "parataxis", "relcl", "conj"})


def _nearby_lemmas(tok: Token) -> set[str]:
    """Lemmas a multiword trigger may need: the trigger's children and grandchildren, the next word.

    Only syntactic neighbours count: "opened an inquiry into whether troops fired"
    must not match "open fire".
    """
    found = set()
    add = found.add
    for child in tok.children:
        dep = child.dep_
        if dep == "aux" and child.lower_ == "to":
            continue  # "to commit abuses" is not "commit to"
        if dep == "prep" and _dated(child):  # (_dated is false of any other word: asked only of prepositions)
            continue  # "called Trump on Sunday" is not "call on"
        if dep == "prep" and child.i < tok.i and tok.pos_ in ("VERB", "AUX"):
            continue  # "In his solo debut, the former president gave ...": a phrase before the verb is not "give in"
        add(child.lemma_.lower())
        add(child.lower_)
        # "took on the party, getting into a spat over ...": not "take over". Nor does a word on the subject count
        # ("Voters in Ohio were given the choice" is not "give in"): an entry's words are the verb's own.
        if dep not in _OTHER_CLAUSES and dep not in ("nsubj", "nsubjpass"):
            for g in child.children:
                if dep == "prep" and g.dep_ == "pcomp" and g.tag_ == "VBG":
                    # "barred Khan from contesting elections": the gerund of a preposition is a word of the phrase
                    # ("bar * from contest"), where another clause's verb is not (the eighth wire battery round)
                    add(g.lemma_.lower())
                    continue
                if g.pos_ not in ("VERB", "AUX") and not (g.dep_ == "prep" and _dated(g)):
                    add(g.lemma_.lower())
                    # The object's own "of" noun is a word of the phrase ("stripped 94 critics of their citizenship",
                    # "declared a state of emergency": docs/coding.md, "Custody and citizenship"), and so is an amount's
                    # "in" noun, what is given ("provided $2 billion in military aid": "International wire copy").
                    if dep == "dobj" and g.dep_ == "prep" and (g.lower_ == "of" or (
                            g.lower_ == "in" and (child.ent_type_ == "MONEY" or child.pos_ == "NUM"))):
                        found.update(p.lemma_.lower() for p in g.children if p.dep_ == "pobj")
    if tok.i + 1 < len(tok.doc):
        found.add(tok.doc[tok.i + 1].lower_)
    if tok.dep_ in ("dobj", "pobj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
        found.add(tok.head.lemma_.lower())  # "impose sanctions": the noun's verb
    return found


# Acts whose counterpart is who receives what they hand over, named by "to" (`recipient_codes` in event_words.json).
_RECIPIENT_CODES = frozenset(_WORDS["recipient_codes"]["codes"])


# Verbs of driving back an attack (`repelling_verbs` in event_words.json).
_REPELLING = frozenset(_WORDS["repelling_verbs"]["words"])


def _attackers_repelled(doc: Doc, verb: Token) -> list[Actor]:
    """Who made the attack a verb drives back: "repelled an attack by Boko Haram", "repulsed a Russian assault"."""
    lexicon = Lexicon.cached()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        entry = lexicon.match(obj)
        if entry is None or entry.cameo[:2] not in _HARM_ROOTS:
            continue
        if found := _attack_makers(doc, obj, by_first=True):
            return found
    return []


def _attack_makers(doc: Doc, noun: Token, by_first: bool = False) -> list[Actor]:
    """The coded makers a nominal attack names: its modifier or possessor ("a Russian assault", "Iran's attack") and its
    "by" phrase ("an attack by Boko Haram"); ``by_first`` prefers the "by" phrase to the modifiers."""
    by = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"
          for a in actors_at(doc, g)]
    own = [a for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") for a in actors_at(doc, c)]
    return [a for a in ((by or own) if by_first else own + by) if a.resolved]


# Verbs of answering an attack in kind (`retaliation_verbs` in event_words.json).
_RETALIATION_VERBS = frozenset(_WORDS["retaliation_verbs"]["words"])


def _answered_attackers(doc: Doc, verb: Token) -> list[Actor]:
    """The makers of the attack a retaliation answers, named in an anchor phrase ("after", "following", "in response
    to") on the verb or on the words that govern it: "Following the Iranian missile attack, Israel vowed to retaliate"."""
    lexicon = Lexicon.cached()
    cur = verb
    for _ in range(3):
        for prep in (c for c in cur.children if c.dep_ == "prep" and c.lower_ in _ANCHOR_PREPS | {"in"}):
            nouns = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.lower_ == "in":  # "in response to the attack"
                nouns = [x for g in nouns if g.lower_ == "response" for p in g.children if p.dep_ == "prep" and p.lower_ == "to"
                         for x in p.children if x.dep_ == "pobj"]
            for noun in nouns:
                if not any(t.cameo[:2] in _ARMED_HARM_ROOTS for t in lexicon.senses(noun) or ()):
                    continue  # ("the Russian strikes": of the word's senses, force, not a labour strike)
                if found := _attack_makers(doc, noun):
                    return found
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    return []


def _place_of_harmed(doc: Doc, tok: Token):
    """The place a harmed thing is in, as the event's place when the verb names none: "set fire to the Swedish
    embassy in Baghdad" happened in Baghdad, so unnamed protesters there are Iraqis (the residence convention, §4)."""
    for thing in _harmed_things(tok, ("to", "against", "on", "at"))[1]:
        if thing.pos_ in ("NOUN", "PROPN") and (found := places.place_for(doc, thing, _PLACE_PREPS)) is not None:
            return found
    return None


def _trailing_attribution(verb: Token) -> bool:
    """Whether a reporting verb is the attribution after the clause it reports, hung on that clause's verb as a
    conjunct: a comma before the verb's own phrase, no "and" or "but" joining it, no clause of its own ("..., Commerce
    Secretary Wilbur Ross announced on Thursday", "..., Koizumi told a donors' conference in Tokyo")."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    if any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i) or any(c.dep_ == "cc" for c in verb.children):
        return False
    start = verb.left_edge.i
    comma = verb.doc[start].text == "," or (start > 0 and verb.doc[start - 1].text == ",")
    return comma and any(c.dep_ == "nsubj" for c in verb.children)


def _harmed_things(tok: Token, preps: tuple[str, ...]) -> tuple[list[Token], list[Token]]:
    """The words an act (or its light verb: "carried out a strike against ...") acts on: its object and the objects of
    ``preps``; with the heads they hang on."""
    heads = [tok, tok.head] if tok.dep_ == "dobj" and lemma(tok.head) in _LIGHT_VERBS else [tok]
    things = [c for h in heads for c in h.children if c.dep_ == "dobj" and c.i != tok.i]
    things += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
               for g in c.children if g.dep_ == "pobj"]
    # "struck what New Delhi described as a training camp at Balakot": the parser makes the free relative a clause
    # of the verb; the thing struck is the name it is given (the eighth wire battery round)
    things += [n for h in heads for c in h.children if _described_object(c) for n in _given_name(c)]
    return heads, things


def _claims_ground(doc: Doc, verb: Token) -> bool:
    """Whether "claim" has a place or a country as what is claimed (its object, or the subject of its passive): "China
    claims the islands", "Kashmir is claimed by both" (the eighth wire battery round); a claim of a fact or of
    responsibility is said."""
    claimed = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and _passive(verb))]
    return any(a.kind in ("place", "country") for c in claimed for a in actors_at(doc, c)) or any(
        c.ent_type_ in ("GPE", "LOC") or c.lemma_.lower() in _GROUND_NOUNS for c in claimed)


_GROUND_NOUNS = frozenset(_WORDS["ground_nouns"]["words"])


def _described_object(verb: Token) -> bool:
    """Whether a clause is a free relative that names another verb's object: "what officials called a bomb factory",
    "what New Delhi described as a camp" (its "what" an object before the verb)."""
    return verb.dep_ in ("ccomp", "dobj", "pobj", "pcomp") and verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in ("what", "whatever") and c.i < verb.i for c in verb.children)


def _naming_clause(verb: Token) -> bool:
    """A relative clause that gives its noun a name: "officials it described as intelligence operatives", "a group it
    calls a terrorist organisation" (a name given, no statement reported)."""
    return verb.dep_ == "relcl" and lemma(verb) in _NAMING_VERBS and bool(_given_name(verb))


_NAMING_VERBS = frozenset({"describe", "call", "term", "label", "brand", "deem", "consider", "designate"})


def _given_name(verb: Token) -> list[Token]:
    """The name a free relative gives: its "as" object or its object predicate ("called a bomb factory")."""
    return [g for c in verb.children for g in ([c] if c.dep_ in ("oprd", "xcomp") and c.pos_ == "NOUN" else
            [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "as" else [])]


def _amount_giver(noun: Token) -> Token | None:
    """The verb whose object is an amount of this noun: "provided $2 billion in military aid" → "provided"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i:
        return None
    amount = prep.head
    if amount.dep_ == "dobj" and (amount.ent_type_ == "MONEY" or amount.pos_ == "NUM") and amount.head.pos_ in ("VERB", "AUX"):
        return amount.head
    return None


def _asks_question(verb: Token) -> bool:
    """ "asked why ...", "asked whether ...", "asked about ...": the complement is a question. The second pool round
    adds "about" on the person asked ("asked the frontrunner about the kerfuffle"), a wh-word on what is asked
    ("Asked what characteristics he would like ...") and "asked reporters rhetorically" (`question_marks`)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ == "advmod" and c.lower_ in _QUESTION_ADVERBS:
            return True  # "asked reporters rhetorically": a question put for effect
        if c.dep_ in ("dobj", "dative") and any(
                (g.dep_ == "prep" and g.lower_ in _QUESTION_PREPS) or (g.dep_ == "det" and g.tag_ in ("WDT", "WP"))
                for g in c.children):
            return True  # "asked the frontrunner about the kerfuffle", "asked what characteristics ...": a question
        if c.dep_ in ("ccomp", "xcomp", "advcl") and any(g.tag_ in ("WRB", "WP", "WDT") or g.lower_ in ("whether", "if")
                                                         for g in c.subtree if g.i < c.i):
            return True
        # The fourth pool round (docs/coding.md): a question put is information asked for, not an act asked of
        # anyone, however the parser attaches it.
        if c.dep_ in ("dobj", "dative") and c.tag_ in ("WDT", "WP"):
            return True  # "was once asked which of her enemies she was proudest of": the wh-word is what is asked
        if c.dep_ == "dobj" and any(n.lemma_.lower() in _QUESTION_NOUNS
                                    for n in (c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                                   for g in p.children if g.dep_ == "pobj"))):
            return True  # "asked a question", "asking him a series of questions"
        if c.dep_ in ("dobj", "dative") and c.i > verb.i:
            nxt = c.right_edge.i + 1
            if nxt < len(verb.doc) and verb.doc[nxt].lower_ in _QUESTION_CLAUSE_MARKS:
                return True  # "when I asked Bernie Sanders if he would ...": the clause hung on the next verb
    return False


def _asks_to_know(verb: Token) -> bool:
    """ "demanded to know whether Clinton would forsake the donations": a demand to know something is a question
    (the fourth pool round), whatever verb puts it; "demanded that Russia withdraw" asks for an act."""
    return any(c.dep_ == "xcomp" and lemma(c) in _KNOWING_VERBS and _asks_question(c) for c in verb.children)


def _asks_nothing(verb: Token) -> bool:
    """ "Trump asked, looking pleased" (after a quoted question): no one asked ("asked Iran", "was asked to"),
    nothing asked for ("asked for help", "asked that the ban be lifted")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "xcomp", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("for", "to")):
            return False
        if c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return False
    return True


def _dated(tok: Token) -> bool:
    """A preposition that only says when ("on Sunday", "in March"): no part of a multiword trigger."""
    if tok.lower_ == "until" and tok.head.lemma_ == "give":
        return False  # "gave Iraq until January 15 to withdraw": the day is the ultimatum's ("give * until", 139)
    return tok.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") and not (tok.lower_ == "to" and g.lemma_ in _SPANS_OF_TIME)
                                      for g in tok.children if g.dep_ == "pobj")


# "sentenced the activist to five years": a length of time after "to" is a term, not when ("sentence to" is an entry).
_SPANS_OF_TIME = frozenset({"year", "month", "week", "day"})


@serialisable()
@dataclass
class FoundEvent:
    """An event as the component leaves it in ``doc._.events``: plain values, the trigger as token indices
    [trigger_start, trigger_end), so that the Doc serialises (spaCy's ``nlp.pipe(n_process=N)``)."""

    trigger_start: int
    trigger_end: int
    cameo: str
    source: list[Actor]
    target: list[Actor]
    negated: bool
    modality: str
    date: dates.ResolvedDate | None
    place: places.Place | None
    confidence: float
    depth: int


class CodedEvent(FoundEvent):
    """A ``FoundEvent`` while the component codes it: the trigger token is kept beside its index, for the
    conventions that look at its parse. Built as ``CodedEvent(trigger, trigger_end, cameo, ...)``."""

    # Set on an intention or a refusal whose act the conjoined sources would do together with each other ("India and
    # Pakistan agreed to resume talks"): _reciprocal makes each the other's counterpart.
    joint = False

    def __init__(self, trigger: Token, *rest) -> None:
        super().__init__(trigger.i, *rest)
        self.trigger = trigger

    def found(self) -> FoundEvent:
        return FoundEvent(*(getattr(self, name) for name in _FOUND_FIELDS))


_FOUND_FIELDS = tuple(f.name for f in fields(FoundEvent))  # (``fields`` costs more than the copy)


DEFAULT_WEIGHTS = {"base": 0.4, "source": 0.25, "target": 0.25, "asserted": 0.1}


# Rallying others against someone (CAMEO 113, "rally opposition against"), told from a demonstration against them.
_RALLY_OPPOSITION_CODE = "113"


class EventCoder:
    def __init__(self, nlp: Language, name: str = "eventwire_events", confidence: dict | None = None) -> None:
        self.lexicon = Lexicon.load()
        self._keys: frozenset[int] | None = None  # hashes of the lexicon's head words (a cache of fixed data)
        # The confidence formula: a base, plus a share for each side found and for an asserted act.
        self.weights = {**DEFAULT_WEIGHTS, **(confidence or {})}

    def __call__(self, doc: Doc) -> Doc:
        _DATE_ENTS.pop(doc, None)  # entities as they are now (a Doc run through the pipeline again may have new ones)
        anchor = extension(doc, "doc_date")
        found: list[CodedEvent] = []
        orphans: list[tuple[Token, str, places.Place]] = []  # this document's placed mentions with no actor
        view = DocView(doc)  # the parse read once into plain objects: the coder reads it many times (see _view.py)
        candidates = self._candidates(view)
        prefixed = _stance_prefixes(doc, view)
        ordered = sorted(candidates)  # a sentence's candidates found by bisection, not by a pass over its tokens
        for sent in view.sents:
            coded = [e for i in ordered[bisect_left(ordered, sent.start) : bisect_left(ordered, sent.end)]
                     if (e := self._code(view, view[i], anchor, orphans)) is not None]
            coded += _bare_governed(view, sent, coded, anchor, self._confidence)
            coded = _visit_purposes(_reciprocal(_convention(view, coded, anchor, self._confidence)))
            coded = _titled_abroad(_retaliation_means(_participle_counterparts(coded)))
            coded += _obligations(view, sent, coded, anchor, self._confidence)
            coded += _shortfalls(view, sent, coded, anchor, self._confidence)
            coded += _refused_permissions(view, sent, coded, anchor, self._confidence)
            _told_addressees(view, coded)
            coded = [_crowd_demand(e, self._confidence) for e in coded]
            if prefixed:
                coded += _prefixed_stances(view, [i for i in prefixed if sent.start <= i < sent.end], anchor, self._confidence)
            coded = [e for e in coded if _acted(e)]
            coded = _without_background(coded)
            found.extend(_rank(_without_nested(coded)))
        _place_orphans(found, orphans)
        set_extension(doc, "events", [e.found() for e in found])
        keep_view(view)  # for the attribution component, which reads the same parse next (closed there)
        return doc

    def _candidates(self, doc: DocView) -> set[int]:
        """Tokens whose lemma or form heads a lexicon entry, found in one array pass: most tokens are none."""
        known = self._key_hashes(doc.vocab).__contains__
        return set(compress(range(len(doc.lemma_keys)), map(or_, map(known, doc.lemma_keys), map(known, doc.lower_keys))))

    def _key_hashes(self, vocab) -> frozenset[int]:
        if self._keys is None:
            words = set(self.lexicon.verbs) | set(self.lexicon.nouns) | set(self.lexicon.adjectives)
            words |= {w[:-1] for w in _E_VERBS}  # "staged" → "stag" by the small model, repaired in lemma()
            self._keys = frozenset(vocab.strings.add(w) for w in words)
        return self._keys

    def _code(self, doc: Doc, tok: Token, anchor: date | None,
              orphans: list[tuple[Token, str, places.Place]]) -> CodedEvent | None:
        senses = self.lexicon.senses(tok)
        if not senses and lemma(tok) == "leave" and tok.pos_ == "VERB" and _forces_leaving(doc, tok):
            # "The last Soviet troops left Afghanistan": forces leaving a country withdraw from it (CAMEO 0874, as
            # "withdrew from" and "pulled out of"); "leave" alone is no act ("left the party", "left office")
            senses = [Trigger(("leave",), "VERB", _FORCES_LEAVE_CODE)]
        if not senses:
            return None
        if _when_of_a_date(tok):
            # "Panama has controlled the canal since 1999, when the United States handed it over under treaties that
            # President Jimmy Carter signed in 1977": what happened at a date the sentence dates its news from is
            # background, as a clause of time is (the fourteenth wire battery round)
            return None
        if tok.i > 0 and doc[tok.i - 1].text == "-" and tok.dep_ in ("amod", "compound") and tok.tag_ in ("VBG", "VBN"):
            return None  # "the large Russian-speaking minorities", "Iranian-backed militias": a word of a compound adjective
        if tok.pos_ == "NOUN" and lemma(tok) == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            senses = [t for t in senses if t.cameo[:2] == "02"] or senses  # "calls ... for an investigation": appeals, no phone calls
        if lemma(tok) == "celebrate" and any(c.dep_ == "dobj" and c.lemma_.lower() in _RITES for c in tok.children):
            return None  # "as he celebrated Mass in a hospital chapel": a rite, no symbolic act (the ninth wire battery round)
        if lemma(tok) in _STANDING_POSTS and _passive(tok) and any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ")
                                                                   for c in tok.children):
            return None  # "About 28,500 American troops are stationed in South Korea": a standing deployment, no act
        if senses[0].pos == "VERB" and (nominal := self._mistagged_nominal(tok)):
            senses = nominal  # "drawing scorn from party leaders", "scorn" tagged as a participle: the noun
        trig = senses[0]
        cameo = trig.cameo
        if trig.words == ("fire",) and trig.pos == "VERB" and _dismissal(doc, tok):
            return None  # "ESPN fired Curt Schilling", "was fired from the network": a job lost, not gunfire (the sixth pool round)
        if trig.pos == "VERB" and lemma(tok) == "concede" and any(c.dep_ == "ccomp" for c in tok.children) \
                and not any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
            return None  # "Clinton conceded the current situation in Libya is deeply regrettable": an admission (the sixth pool round)
        if cameo == _TALKS_COLLAPSE_CODE and lemma(tok) == "collapse" and (_subject(doc, tok) or any(
                c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") for c in tok.children)):
            return None  # "When Carson eventually collapses": a candidate who fades, no talks broken off (the seventh pool round)
        if lemma(tok) == "encourage" and _passive(tok) and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) \
                and not any(actors_at(doc, g) for c in tok.children if c.dep_ == "agent" for g in c.children):
            # "We're encouraged by the results", "an element that has been encouraged by this political rhetoric":
            # heartened by a thing, nothing asked; "were encouraged by Turkey" keeps whoever encouraged (the seventh pool round)
            return None
        if lemma(tok) == "appeal" and trig.pos == "VERB" and not any(
                c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in tok.children) \
                and any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in _ELECTORATE_NOUNS for g in c.children)
                        for c in tok.children):
            return None  # "a candidate who appeals to white working-class voters": attracts them, asks nothing (the ninth pool round)
        if trig.pos == "VERB" and lemma(tok) in _OBJECT_CONTROL and _thing_causer(doc, tok):
            # "the DNC email leak scandal forced Schultz to resign": a cause that is a thing coerces no one, whoever
            # its words name; the act it brought about is the event, coded by itself (the sixth wire battery round)
            return None
        if trig.words == ("dismiss", "as") and (_claim_object(tok) or any(
                c.dep_ == "dobj" and self.lexicon.match(c) is not None for c in tok.children)):
            # "dismissed the criticism from Rubio as absurd": words dismissed are rebutted (120, the fourth pool round);
            # a thing dismissed as worthless is criticised ("dismissed Syria's election as a farce", 111)
            cameo, senses = _DISMISS_CODE, [Trigger(("dismiss",), "VERB", _DISMISS_CODE)]
        if trig.words == ("hand", "over") and not _persons_taken(doc, tok):
            return None  # "handing the reins over to David Bossie": only a person handed over is judicial cooperation
        if trig.words[0] == "give" and trig.words[-1] in _ULTIMATUM_SPANS and trig.pos == "VERB":
            if not _time_to_act(tok):
                return None  # "gave Merkel a few days of rest": time given for nothing to be done is no ultimatum
            if _told_to_leave(tok):
                # "gave Qatari citizens 14 days to leave the kingdom": people given time to leave are expelled (174, as
                # "order * to leave"), not threatened (the seventh wire battery round)
                cameo, senses = _EXPEL_CODE, [Trigger(("give",), "VERB", _EXPEL_CODE)]
        if trig.words == ("push", "back") and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            return None  # "decided to use the most prominent platform to push back": a rebuttal, no one pushed back (the seventh pool round)
        if tok.lower_ == "opposed" and tok.i > 0 and doc[tok.i - 1].lower_ == "as" and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].lower_ == "to":
            return None  # "topics Clinton wants to talk about, as opposed to defending her ties": "instead of" (the sixth pool round)
        if trig.pos != "VERB" and tok.pos_ == "PROPN" and (named := actor_for(doc, tok)) is not None \
                and named.end - named.start > 1 and named.kind in ("organization", "group") and named.resolved:
            return None  # "the Border Patrol", "a Border Patrol agent": a word of a body's name, no patrol (the sixth pool round)
        if trig.pos != "VERB" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and self.lexicon.match(tok.head) is not None:
            return None  # "trade talks", "ceasefire talks": what the head's event is about, not an event of its own
        if trig.pos != "VERB" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i \
                and tok.head.lemma_.lower() not in _ACT_CARRIERS and lemma(tok.head) not in trig.words:
            # "a joint investment fund", "protest leaders", "the trade minister": a noun that only says what kind of
            # thing another is names no act (no gold event of the real splits has such a trigger; the fourth wire
            # battery round). A noun that carries the act keeps it: "a new assistance package for Jordan", "a mediation mission"
            return None
        if trig.pos != "VERB" and tok.dep_ == "dobj" and tok.head.lemma_ not in _LIGHT_VERBS and self.lexicon.match(tok.head) is not None \
                and _received_in_clause(tok) is None and lemma(tok.head) not in _RECEIVE_VERBS \
                and not _rebutted_act(doc, tok) and not _carries_forward(tok.head):
            # "sought its support": the support is what the request is about, not an event ("addressed
            # the criticism CNN has received" still reports the criticism, received by CNN)
            return None
        if trig.pos != "VERB" and tok.dep_ == "conj" and tok.head.dep_ == "dobj" and self.lexicon.match(tok.head.head) is not None:
            # "imposed a visa ban and an asset freeze on Mugabe": a second measure conjoined to the object of a coded
            # verb is that verb's content too, as the first is (the fourth wire battery round)
            return None
        if trig.pos != "VERB" and (giver := _amount_giver(tok)) is not None and self.lexicon.match(giver) is not None:
            return None  # "approved $1 billion in loans to Egypt": the loans are what the verb's event gives
        if trig.pos != "VERB" and tok.dep_ == "pobj" and tok.head.lower_ in _ANCHOR_PREPS:
            # "after objections from Seoul", "despite appeals from Paris": an event reported before, not
            # news; "after the airstrikes near Baghdad" still tells where that known event happened.
            place = places.place_for(doc, tok, _PLACE_PREPS)
            if place is not None and any(c.lower_ == "the" for c in tok.children):
                orphans.append((tok, cameo, place))
            return None
        if trig.pos == "VERB" and lemma(tok) in ("back", "support") and _backed_by_arms(tok):
            return None  # "troops backed by tanks and artillery": arms that go with forces, no support given (the fourth wire battery round)
        if trig.pos == "VERB" and lemma(tok) in ("fight", "battle") and tok.dep_ == "acl" and tok.tag_ == "VBG" \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            # "Stinger missiles to Moslem guerrillas fighting Soviet troops", "the separatists fighting Kiev's forces",
            # "the Saudi-led coalition fighting in Yemen": who a group is, by the war it is in, no act of the day
            # (the fourth wire battery round)
            return None
        if trig.pos == "VERB" and cameo[:2] in _HARM_ROOTS and _war_toll(tok):
            # "Lebanon's civil war, which began in April 1975, has killed an estimated 150,000 people": a war's running
            # toll is background, no attack by anyone (the fourth wire battery round)
            return None
        if trig.pos == "VERB" and tok.dep_ == "acl" and _fired_by(tok.head) is not None and tok.head.dep_ == "pobj" \
                and tok.head.head.dep_ == "agent":
            return None  # "struck by missiles fired by an Iraqi warplane": the firing is the strike's own (its source)
        if trig.pos == "VERB" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "appos", "advcl") \
                and any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children):
            return None  # "Nelson Mandela, jailed since 1962,": a state that describes someone, no act of the day (the fourth wire battery round)
        if trig.pos == "VERB" and _terms_of_agreement(tok):
            # "signed a trade agreement under which Tehran will supply Syria with crude oil": what an agreement provides
            # is its content, not an act of its own (as a requested act is a request's; the fourth wire battery round)
            return None
        if trig.pos != "VERB" and tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i != tok.head.i \
                and (acted := self.lexicon.match(tok.head.head)) is not None and acted.cameo[:2] in _HARM_ROOTS:
            # "Sarajevo was pounded by Bosnian Serb artillery", "hit by bombs dropped by Syrian jets": the arms that
            # did a harm are its means, not a second attack (the fourth wire battery round)
            return None
        if trig.pos != "VERB" and tok.dep_ == "pobj" and tok.head.head.i != tok.head.i \
                and any(lemma(tok) in t.words[1:] for t in self.lexicon.senses(tok.head.head) or ()):
            # "took part in talks with the United States": the verb's own entry ("take part in talk", 046) names the
            # noun, which is that event, not a second one (the fourth wire battery round)
            return None
        if trig.pos != "VERB" and cameo[:2] in _HARM_ROOTS and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and tok.head.head.i != tok.head.i and (done := self.lexicon.match(tok.head.head)) is not None \
                and done.cameo[:2] in _HARM_ROOTS:
            # "attacked army posts across San Salvador in their biggest offensive of the war", "ambushed a convoy ... in
            # the deadliest attack of their insurgency": the noun names the verb's own attack again (the fourth wire
            # battery round)
            return None
        if trig.pos != "VERB" and cameo[:2] in _HARM_ROOTS and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.pos_ == "NOUN" and (part := self.lexicon.match(tok.head.head)) is not None \
                and part.cameo[:2] in _HARM_ROOTS:
            return None  # "the deadliest attack of their insurgency", "the first offensive of the war": the war an attack is part of
        if trig.pos != "VERB" and cameo[:2] in _ARMED_HARM_ROOTS and tok.lemma_.lower() in _CONTEST_HEADS and any(
                c.dep_ in ("compound", "amod") and (c.lemma_.lower() in _CIVIL_CONTESTS or c.lower_ in _CIVIL_CONTESTS)
                for c in tok.children):
            return None  # "her tough nomination battle with Sanders", "a court fight": a civil contest (civil_contests)
        if trig.pos != "VERB" and _provided_for(tok, self.lexicon):
            return None  # "signed accords providing for the withdrawal of Soviet troops": the accord's terms, not an act
        if trig.pos == "VERB" and cameo.startswith(_TRADE_CODE) and tok.dep_ == "acl" and tok.tag_ == "VBN" \
                and tok.head.pos_ == "NOUN" and not any(c.dep_ == "agent" for c in tok.children):
            return None  # "tariffs on all goods imported from Mexico": goods described by their trade, no act of the day
            # (the seventh wire battery round); "oil bought by China" names who trades
        if trig.pos != "VERB" and _settled_war(tok, self.lexicon):
            return None  # "a ceasefire in the war with Iraq", "an end to the fighting": the war is what the act settles
        if trig.pos != "VERB" and _ranked_restatement(tok):
            # "launched a full-scale invasion of Ukraine ..., in the largest attack on a European state since World War
            # II", "..., the deadliest single attack since the fall of Saddam Hussein": the act reported, ranked
            return None
        if trig.pos != "VERB" and _in_description(doc, tok):
            # "freed Sgt. Bowe Bergdahl, the only American soldier held captive in the Afghan war": a nominal act in
            # the description set beside a name tells who the person is, not news (the thirteenth wire battery round)
            return None
        if trig.pos != "VERB" and _referenced_act(tok, cameo):
            return None  # "the 10th anniversary of the Soweto uprising", "any role in the Hamas assault": news told before
        if trig.pos != "VERB" and _reason_or_dated_mention(tok, self.lexicon, anchor):
            # "imposed sanctions on Rosneft over Moscow's support for separatists", "wanted over last week's truck
            # bombings": an act named as the reason of another, or by the day it happened, refers back to news
            # reported before, as an anchor after "after" or "despite" does (the fourth wire battery round)
            return None
        if trig.pos == "VERB" and len(trig.words) == 1 and self._light_with_trigger(tok):
            return None  # "opened an inquiry": the noun says what happened, the verb only that it did
        blamed = _blamed_in_clause(doc, tok) if cameo[:2] == _REPORTING_ROOT and tok.lemma_ in _REPORTING else []
        if cameo[:2] == _REPORTING_ROOT and tok.lemma_ in _REPORTING and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) \
                and not blamed:
            return None  # "X said that ...": an attribution, not a statement event
        if cameo[:2] == _REPORTING_ROOT and not blamed and (tok.dep_ == "acl" and tok.tag_ == "VBN"
                                                            and not any(c.dep_ == "agent" for c in tok.children) or any(
                c.dep_ == "dobj" and any(r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)
                                         for r in c.children) for c in tok.children)):
            # "in a statement posted on its website": a text described, no act; "told a regular news briefing that China
            # opposed ...": the small model hangs the clause said on the listener as a relative clause (the seventh
            # wire battery round)
            return None
        if cameo[:2] == _REPORTING_ROOT and tok.lemma_ in _REPORTING and tok.dep_ == "parataxis" and not blamed \
                and not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in tok.children):
            return None  # "U.S. warplanes bombed ..., the Pentagon said, the first ...": an attribution set in (the seventh wire battery round)
        if cameo[:2] == _REPORTING_ROOT and tok.lemma_ in _REPORTING and not blamed and _trailing_attribution(tok):
            # "Israel will strike back at Iraq for the missile attacks on Tel Aviv and Haifa, Defence Minister Moshe Arens
            # said on Saturday": after a long clause the small model makes the attribution a conjunct of the verb it
            # attributes, with no clause of its own; it is no statement (the attribution round)
            return None
        if cameo[:2] == _REPORTING_ROOT and lemma(tok) in _WORDS["adding_verbs"]["words"] \
                and any(c.dep_ == "dobj" for c in tok.children) and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
            return None  # "added 200 companies to its blacklist", "added 10,000 troops": a thing put in, nothing said
        if lemma(tok) in _governor_words()["opinion_clause_words"] and any(c.dep_ == "ccomp" for c in tok.children) \
                and not any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "with")) for c in tok.children):
            return None  # "agreed that the party needs a new leader": an opinion, not an agreement
        if lemma(tok) == "call" and (cameo[:2] == "04" and any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr") for c in tok.children)
                                     or cameo[:2] == "02" and _naming_complement(tok)):
            # ("what the Times called a rough week for Trump", "has been called the Trump of the East for his
            # remarks": a name given, whatever "for" follows; "called on Clinton to resign" asks)
            if not _pejorative_naming(doc, tok):
                return None  # "called the move a provocation": naming, not a phone call
            cameo = _PEJORATIVE_CODE  # "called Trump a psychopath": calling someone names is disapproval (ACCUSE)
            senses = [Trigger(("call",), "VERB", cameo)]
        if trig.words == ("order",) and trig.pos == "VERB" and cameo[:3] == "100" and not any(
                c.dep_ in ("xcomp", "ccomp") for c in tok.children) and not _ordered_someone(doc, tok):
            # "freed under an amnesty ordered by President Thein Sein": an order with no one ordered to act is how the
            # act it names came about, no demand on anyone (the fourth wire battery round)
            return None
        if lemma(tok) == "call" and cameo[:2] == "02" and trig.pos == "VERB" and _call_on_visit(tok):
            # "paid a condolence visit to Israel, calling on bereaved families": to call on someone with nothing asked
            # of them is to visit them, no appeal (the fourth wire battery round)
            return None
        if lemma(tok) in _COMPARING_VERBS and not _compared(doc, tok):
            return None  # "compared the plan to Obamacare": only likening an actor to a pejorative is disapproval
        if cameo[:2] == "14" and lemma(tok) in _GATHERING_VERBS and any(c.dep_ == "dobj" for c in tok.children):
            if not any(c.dep_ == "prep" and c.lower_ == "against" for o in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
                       for c in o.children):
                return None  # "trying to rally Latinos": gathering supporters, not a demonstration
            # "is rallying a coalition against the Northern League": mobilising others against someone is CAMEO 113
            # (the verb dictionary's "RALLIED * WORLD (AGAINST)"); "rallied against the government" demonstrates (141)
            cameo = _RALLY_OPPOSITION_CODE
            senses = [Trigger((lemma(tok), "against"), "VERB", cameo)]
        if codes.event_type(cameo) == "REQUEST" and lemma(tok) in _QUESTION_VERBS and (_asks_question(tok) or _asks_nothing(tok)):
            return None  # "asked why Cruz went after Trump", "asked about the emails": a question, not a request
        if codes.event_type(cameo) == "REQUEST" and tok.pos_ in ("VERB", "AUX") and _asks_to_know(tok):
            return None  # "demanded to know whether Clinton would forsake ...": a question (the fourth pool round)
        if lemma(tok) in ("warn", "caution") and cameo == "130" and not any(c.dep_ in ("dobj", "dative") for c in tok.children):
            cameo = "012"  # "warned that prices could rise": a warning of a risk, not a threat (a harmful act it governs makes it one)
        if cameo == "130" and _warned_to_act(tok):
            cameo = _WARNED_REQUEST  # "warned people to stay away from the pills": asked, not threatened
        if cameo[:2] == _REPORTING_ROOT and trig.pos == "VERB" and lemma(tok) == "claim" and _claims_ground(doc, tok):
            return None  # "Kashmir is claimed in full by both India and Pakistan": a standing claim to ground, no statement
        if cameo[:2] == _REPORTING_ROOT and trig.pos == "VERB" and _naming_clause(tok):
            return None  # "expelled 35 Russian officials it described as intelligence operatives": a name given
        if cameo[:2] == _REPORTING_ROOT and trig.pos == "VERB" and _described_object(tok):
            return None  # "struck what New Delhi described as a camp": a name given to what another verb acts on
        if trig.pos == "VERB" and lemma(tok) == "welcome" and cameo == _VOUCH_CODE and _welcomed_visitor(doc, tok):
            # "welcomed his Indian counterpart at the border": a counterpart or a visit welcomed is a visit hosted
            # (CAMEO 043, as "welcome to" is), a decision welcomed is praise (051) (the ninth wire battery round)
            cameo = _HOST_CODE
            senses = [Trigger(("welcome",), "VERB", cameo)]
        source, target = (_verb_args if trig.pos in ("VERB", "ADJ") else _noun_args)(doc, tok)
        if not source and trig.pos == "VERB" and senses[0].cameo[:2] in _ARMED_HARM_ROOTS and not _passive(tok):
            # "A suicide bombing ... killed 13 American service members ..., in an attack claimed by the Islamic
            # State's affiliate in Afghanistan": who claimed or carried out the attack did it (the fourteenth wire
            # battery round)
            source = _claimed_attackers(doc, tok)
        if not source and trig.pos == "NOUN" and senses[0].cameo[:2] == _PROTEST_ROOT:
            # "Thousands of opposition supporters braved freezing temperatures ... for a second night of protests": the
            # crowd of the verb the protest hangs on protests (the fourteenth wire battery round)
            source = _protesting_crowd(doc, tok)
        if trig.pos == "VERB" and source and all(a.kind == "person" and not a.code for a in source) \
                and any(c.dep_ == "nsubj" and c.lower_ == "which" for c in tok.children):
            return None  # "the Yasukuni shrine, which honours ...": "which" is a thing named after someone, not a person
        topics = _topics(doc, tok) if codes.event_type(cameo) == "CONSULT" or lemma(tok) in _TOPIC_WORDS else []
        topical = lemma(tok) in _TOPIC_WORDS or bool(topics)
        if lemma(tok) in _TOPIC_WORDS:
            # "Putin and Erdogan discussed Syria", "discussed Iran's nuclear program with Kerry": what is discussed is
            # the topic, not a party; whom with is named by "with" (or "between" on the noun), and conjoined subjects
            # are each other's counterpart (_reciprocal). The topic as target made a CONSULT with Syria
            # (docs/coding.md, "Topics discussed").
            target = _talked_with(doc, tok)
        elif topics:
            # "held talks with Lavrov on Syria", "a meeting on Syria": a consultation's "on", "about" or "over" names
            # its topic, not whom it is held with
            target = [a for a in target if not any(a is t for t in topics)] or _talked_with(doc, tok)
        if trig.pos == "VERB" and cameo == _CHARGE_CODE and lemma(tok) == "charge" and not _passive(tok) \
                and not any(c.dep_ in ("dobj", "dative") for c in tok.children):
            # '"That is a disservice to them," Bolton charged', "Rubio charged that Trump was a con artist": a charge
            # made in words, with no one charged before a court, accuses whoever its clause is about (CAMEO 112, as the
            # lexicon's note on "charged that" says) and is no event when its clause names no one (docs/coding.md,
            # "The sixth pool round")
            target = [a for a in _clause_subject(doc, tok) if not _same_side(source, a)]
            if not target:
                return None
            cameo, senses = _BLAME_CODE, [Trigger(("charge",), "VERB", _BLAME_CODE)]
        if trig.pos == "VERB" and any(a.code for a in target) \
                and all(_same_side(source, a) or not a.code and a.kind != "person" for a in target) \
                and (given := _given_to(doc, tok, [a for a in target if a.code])):
            # (an uncoded word coordinated with the own side is more of what is given: "ordered U.S. troops and
            # warplanes to Saudi Arabia", the sixth wire battery round)
            # "Erdogan pledged Turkish support for Azerbaijan", "Biden promised American aid to Ukraine": the demonym on
            # the object is the giver's own side; whom it goes to is named after "for", "to" or "with" (`make demo`:
            # "pledged Turkish solidarity with Baku" was TUR → TUR). "condemned Turkish support for the rebels" is
            # aimed at the Turks, who are not the condemner's side.
            target = given
        if trig.pos == "VERB" and lemma(tok) in _REPELLING and (attackers := _attackers_repelled(doc, tok)):
            # "The Chadian army repelled an attack by Boko Haram on an army base": force used against whoever made the
            # attack (CAMEO 190, the verb dictionary's REPEL), not against the base (docs/coding.md, "International wire copy")
            target = attackers
        if (cameo[:3] in _RECIPIENT_CODES or trig.cameo[:3] in _RECIPIENT_CODES) and trig.pos == "VERB" and (received := [
                # (the parser may hang "to" on the particle: "will not hand bin Laden over to the United States")
                a for c in (*tok.children, *(g for p in tok.children if p.dep_ == "prt" for g in p.children))
                if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
                for a in actors_at(doc, g) if a.resolved and not _same_side(source, a)]):
            # "extradited the drug lord to the United States": judicial cooperation is with the country that receives
            # the person, not with the person handed over (CAMEO 063; docs/coding.md, "International wire copy")
            target = received
        if not source and cameo[:2] in _STATE_ACT_ROOTS and tok.dep_ == "relcl":
            source = _where_state(doc, tok)
        if lemma(tok) == "thank" and all(a.kind == "place" for a in target) and (thanked := _thanked(doc, tok)):
            # "tweeted, 'Thank you, Indiana!'": thanks from the speaker to whom "you" addresses (the parser
            # may take the vocative for the subject, or for an apposition to "you", found as a place)
            target = thanked
            source = [a for a in source if a.start != target[0].start]
            if not source and tok.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") and tok.head.i != tok.i:
                source = _subject(doc, tok.head)
        if cameo == _PEJORATIVE_CODE and lemma(tok) == "call" and not target and (named := _named(doc, tok)) is not None:
            target = actors_at(doc, named)
        if not target and not topical and trig.pos in ("VERB", "ADJ") and len(trig.words) > 1:
            # "went after Trump", "lashed out at the press": the entry's own preposition names whom
            target = _objects(doc, tok, trig.words[1:])
        if len(senses) > 1:
            trig = _sense(senses, source, target, tok)
            cameo = trig.cameo
        if trig.pos == "VERB" and trig.words == _WITHDRAW_FROM and _ground_left(doc, tok, source):
            # "Israel withdrew from southern Lebanon", "troops withdrew from Palmyra": leaving ground is a retreat (CAMEO
            # 0874, the verb dictionary's "WITHDRAW * FROM +"); leaving a body or a treaty stays 160 ("withdrew from
            # NATO"). The entry alone read every "withdraw from" as leaving a body (the fourth wire battery round)
            cameo, senses = _RETREAT_CODE, [Trigger(trig.words, "VERB", _RETREAT_CODE)]
        if trig.pos == "VERB" and len(trig.words) == 1 and lemma(tok) in _TAKING_VERBS and cameo[:3] in (_SEIZE_CODE, _ARREST_CODE) \
                and _persons_taken(doc, tok) and not _place_named_taken(tok):
            # "Hezbollah guerrillas captured three Israeli soldiers", "seized three Americans from a resort": persons
            # taken by irregular forces are abducted (CAMEO 181), by a state arrested or detained (173); "seize" with
            # persons is no seizure of property (171) (the fourth wire battery round)
            irregular = any(a.sector in _IRREGULAR_SECTORS or a.code == "IMG" for a in source)
            cameo = _ABDUCT_CODE if irregular else _ARREST_CODE
            senses = [Trigger(trig.words, "VERB", cameo)]
        elif trig.pos == "VERB" and len(trig.words) == 1 and lemma(tok) in _TAKING_VERBS and _ground_taken(doc, tok):
            # "Iraqi troops seized the emirate of Kuwait", "seized the British-ruled Falkland Islands": a country or a
            # place taken is territory occupied (CAMEO 192), as "seize town" is in the lexicon
            cameo = _OCCUPY_CODE
            senses = [Trigger(trig.words, "VERB", cameo)]
        if trig.pos == "NOUN" and tok.lemma_.lower() in _AGAINST_NOUNS:
            # "began impeachment proceedings against the president", "brought a case against the minister": a word of
            # many senses ("a case of flu", "in the case of Libya", "the convention's proceedings") names a legal act
            # only when a verb brings it and it is aimed "against" an actor (docs/coding.md, "Legal and investigative acts")
            target = _against_only(doc, tok)
            if not target:
                return None
        if trig.pos == "VERB" and lemma(tok) in _INVESTIGATING_VERBS:
            # "The FBI interviewed Clinton's aides" investigates (CAMEO 09); "Andrea Mitchell interviewed Sanders",
            # "reporters questioned the press secretary" ask questions, no event; "questioned his respect for women"
            # judges a thing of someone's (CAMEO 110). Who asks decides (docs/coding.md, "Legal and investigative acts").
            questioned = _questioned_actor(doc, tok)
            inquiry = [t for t in senses if t.cameo[:2] == _INVESTIGATE_ROOT]
            other = [t for t in senses if t.cameo[:2] != _INVESTIGATE_ROOT]
            if inquiry and _investigator(doc, source) and (questioned or not other):
                trig = inquiry[0]
            elif other and not questioned:
                trig = other[0]
            else:
                return None
            cameo = trig.cameo
        if lemma(tok) in _VOUCH_VERBS and (vouched := _vouched_for(doc, tok, source)):
            cameo, target = _VOUCH_CODE, vouched  # "assured voters that the senator was made of the right stuff"
        if blamed:
            blamed = [a for a in blamed if not _same_side(source, a)]
            if not blamed:
                return None  # "Trump said he was responsible for the victory": an attribution, as before
            cameo, target = _BLAME_CODE, blamed  # "Israel said Hezbollah was responsible for the strike"
        if cameo[:2] in _THING_ROOTS and not any((a.resolved or a.kind == "person") and not _owner(doc, a) for a in target) \
                and (_object_lemmas(tok) - set(trig.words[1:])) & _governor_words()["things"] \
                and not (cameo[:2] in _ARMED_HARM_ROOTS and any(a.sector in _ARMED_SECTORS for a in source)):
            # (forces that shell or storm "positions" hit a place, not a stance: "Turkish forces shelled Kurdish positions";
            # an object the entry names is the act itself: "declared martial law" is CAMEO 1724, aimed at no thing)
            return None  # "a fight against corruption", "released the minutes": aimed at no one
        if trig.words == ("look", "into") and _looked_into_no_conduct(tok):
            # "I looked into the eyes of moms and dads", "looked straight into my camera": a look, no inquiry into anyone's
            # conduct (the ninth pool round)
            return None
        if cameo[:2] == _INVESTIGATE_ROOT and any(c.dep_ == "dobj" and (lemma(c) in _governor_words()["things"] or self.lexicon.match(c) is not None)
                                                  and not _doer_named(c) for c in tok.children) and not _doer_named(tok):
            # "investigating the attack on the consulate": an inquiry into an event or a thing accuses no one
            # ("investigating war crimes by the army", "Russia's interference" accuse whoever did them)
            return None
        verbal = codes.event_type(cameo) in _governor_words()["verbal_types"]
        if trig.words == ("take", "over") and (not any(c.dep_ == "dobj" for c in tok.children)
                                                or any(c.dep_ == "prep" and c.lower_ in ("from", "as") for c in tok.children)):
            return None  # "is taking over from him", "took over as chairman": a succession, not a seizure
        if (" ".join(trig.words) in _NEEDS_TARGET or getattr(trig, "needs_target", False)) \
                and not any(a.resolved or a.kind == "person" for a in target):
            return None  # "took over as head", "proposed a 10 percent VAT": aimed at no one, another sense
        if not target and trig.pos in ("VERB", "ADJ") and cameo[:2] in ("05", "11", "12"):
            # "appreciates the professionalism displayed by the state attorney", "criticized the arrogance
            # shown by the minister": praise or blame of a quality goes to whoever showed it; "the plan
            # drafted by Qatar was rejected": a plan is rejected by rejecting whoever made it
            target = _shown_by(doc, tok) or _author_by(doc, tok) or _doer_of_object(doc, tok) or _said_culprit(doc, tok) \
                or _earlier_maker(doc, tok)
        if not target and trig.pos == "VERB" and tok.lemma_ in _CLAUSE_TARGET:
            # "demanded that Gambia return ...": the clause's subject, unless it is the source's own
            # side ("warned that Moscow could strike": Moscow is who threatens, not whom).
            target = [a for a in _clause_subject(doc, tok) if not _same_side(source, a)]
        if not target and codes.event_type(cameo) == "REQUEST" and (clause := _for_clause_of(tok)) is not None:
            # "issued a plea for Russia to stay away", "called for Trump to drop out": who is asked is the subject
            # of the "for ... to" clause (docs/coding.md, "Recall round on real news")
            asked = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            target = [a for c in asked for a in actors_at(doc, c)]
            if not target and (public := next((c for c in asked if c.lower_ in _ADDRESSED_PUBLIC), None)) is not None:
                # "a plea for people to stay away from the pills": people asked, by where they are (as "warned people to")
                target = [Actor(public.i, public.i + 1, None, None, public.text, "group")]
        if not target and trig.pos == "VERB" and codes.event_type(cameo) == "REQUEST" \
                and (asked := _addressed_public(tok)) is not None:
            # "warned people to stay away from the pills", "called on members to unite": the people asked are named
            # in the text, only by a plain noun that is no actor; coded by where they are (the domestic default
            # below), as "protesters" are. Gold coders code them; an empty target lost the whole event.
            target = [Actor(asked.i, asked.i + 1, None, None, asked.text, "group")]
        struck_places: list[Actor] = []
        if cameo[:2] in _VICTIM_HARM_ROOTS and not any(a.resolved for a in target):
            struck_places = _harmed_place(doc, tok)
            target = struck_places or target  # "a missile strike against a factory in Khartoum": the factory's country
        if cameo[:2] in _ARMED_HARM_ROOTS and (struck := _victims_where_struck(doc, tok, target)) \
                and _attacker_known(doc, tok, source):
            target = struck  # "blew up the embassies in Kenya and Tanzania, killing 200 people": KEN, TZA
        target = _not_self(doc, source, target)
        if cameo[:2] not in _HARM_ROOTS and cameo[:3] not in _DIRECTED_VISITS:
            # "signed a power-sharing agreement in Addis Ababa", "brokered a ceasefire in Accra": a capital named as
            # where a deal or a meeting took place is not a party to it (the fourth wire battery round); a capital
            # visited stays whom the visit is to, a capital attacked stays its country
            target = [a for a in target if not _capital_as_where(doc, a) and not _premises_as_where(doc, a)]
        defaulted = False
        if not target and trig.pos == "VERB" and lemma(tok) in _RETALIATION_VERBS:
            # "Following the Iranian missile attack, Israel vowed to retaliate": retaliation answers whoever made the
            # attack the sentence anchors it to, even when that phrase hangs on the governing verb, before the trigger
            # (docs/coding.md, "International wire copy")
            target = [a for a in _answered_attackers(doc, tok) if not _same_side(source, a)]
        if not target and not topical and not _each_others_counterpart(source, cameo, tok) and not _named_nominal(tok):
            # Failing a syntactic object, an actor named inside the trigger's own phrase.
            target = _not_self(doc, source, _first_actor_after(doc, tok, source))
            if cameo[:2] not in _HARM_ROOTS and cameo[:3] not in _DIRECTED_VISITS:
                target = [a for a in target if not _capital_as_where(doc, a) and not _premises_as_where(doc, a)]  # (as above)
            defaulted = bool(target)
        if not target and trig.pos == "VERB" and cameo in _MEDIATION_CODES and (parties := _mediated_parties(doc, tok, source)):
            # "Solana mediated talks in Kiev on Friday between Prime Minister Viktor Yanukovich and opposition leader
            # Viktor Yushchenko": the parties mediated between (the fourteenth wire battery round)
            target = parties
        if not target and trig.pos == "VERB" and cameo[:2] == "16" and (included := _included(doc, tok, source)):
            # "widened sanctions on Thursday to include Bank Rossiya and several members of Mr. Putin's inner circle":
            # whom the measures now include (the thirteenth wire battery round)
            target = included
        if not target and trig.pos == "VERB" and (recipient := _message_recipient(doc, tok, source)):
            # "sent a message to President Reagan expressing deep regret": what a message says is said to whom it went
            # (the twelfth wire battery round)
            target = recipient
        if not target and trig.pos == "VERB" and (antecedent := _participle_object_antecedent(doc, tok)):
            # "detained a U.S. diplomat in Moscow, accusing him of trying to recruit an officer", "deported four
            # Palestinians, accusing them of inciting unrest": the pronoun of a participle clause is the main verb's
            # object (the fourth wire battery round)
            target = antecedent
        if not target and cameo[:2] in _FORCE_ROOTS and (objective := _objective(doc, tok, source)):
            # "launched an offensive on Thursday to seize Tripoli": an offensive is aimed at the ground it is to take
            # (the fourth wire battery round)
            target = objective
        if not target and cameo[:2] == _THREATEN_ROOT and (warned := _conditioned(doc, tok, source)):
            # "threatened to block oil shipments through the Strait of Hormuz if the United States tried to halt Iranian
            # crude exports": a threat is aimed at whoever must meet its condition (the fourth wire battery round)
            target = warned
        if cameo[:2] == _PROTEST_ROOT and all(_locative(doc, a) for a in target) and (aimed_at := _protest_aim(doc, tok, source)):
            # (where the march was is no aim: "marched in Tehran to protest the Israeli raid")
            # "marched through Nablus to protest against Israeli occupation", "to demand the resignation of President
            # Maduro": whom a demonstration is against is named in its purpose (the fourth wire battery round)
            target = aimed_at
        place = places.place_for(doc, tok, _PLACE_PREPS)
        if place is None and cameo[:2] in _HARM_ROOTS:
            place = _place_of_harmed(doc, tok)  # "set fire to the Swedish embassy in Baghdad": the harm is where its object is
        if any(not a.code for a in source + target):
            home = _default_country(doc, tok, place, source + target)
            # "Militants fired rockets at Sderot": the place attacked is the target's country,
            # not where the unnamed attackers are from.
            aimed = any(a.kind == "place" for a in target)
            # "Officials criticized Russia": the country named is whom the words are aimed at, not who speaks;
            # an unnamed critic of a country is not of that country (no verbal self-dyad by default). Its
            # persons and groups are another matter: "the Senate rejected Obama's nominee" is domestic. Nor does a
            # country dealt with lend its name to who deals with it: "The government imposed sanctions on Russia",
            # "Officials signed a trade deal with Canada", "The president called off his visit to France"
            # (docs/coding.md, "Countries dealt with"); rebels who attack Mali may still be Malian.
            foreign = (verbal or cameo[:2] not in _FORCE_ROOTS) and any(
                a.code == home and a.kind == "country" and not _named_as_where(doc, a) for a in target)
            kept = home
            if home is None and cameo[:3] in _CUSTODY_CODES:
                # "Cuban authorities released 553 prisoners after a deal with the Vatican": two countries named leave no
                # domestic default, but those a police, court or government holds or frees are its own country's
                # people (the residence convention, §4; docs/coding.md, "Custody and citizenship")
                kept = next((a.code for a in source if a.code and a.sector in _KEEPER_SECTORS and a.code in _country_codes()), None)
            source, target = _domestic(doc, source, None if aimed or foreign else home), _domestic(doc, target, kept)
            if cameo[:2] == _MOBILIZE_ROOT or cameo[:3] == _DEESCALATE_CODE:
                # "France withdrew troops", "Russia mobilised reservists": forces withdrawn or put on alert are the
                # source's own, not whom the act is aimed at; the domestic default made a self-dyad of them
                own = {a.code for a in source if a.code}
                target = [a for a in target if not (a.resolved_from == "place" and a.code in own
                                                    and doc[a.end - 1].dep_ == "dobj")]
        armed_unnamed = any(a.sector in _ARMED_SECTORS and not a.code for a in source)
        # "He denounced the United Nations": someone named before this sentence acts; the act
        # is real even when the pronoun cannot be resolved here, so a named target keeps it.
        by_pronoun = not source and _pronoun_agent(tok)
        # "Officials criticized Russia", "The government imposed sanctions on Russia": a group named by its role whose
        # country the sentence does not give still acts; the event is kept with an empty source when it is aimed at
        # a coded actor, as the PLOVER gold codes it (docs/coding.md, "Countries dealt with").
        # (not a predicate noun: "Merkel is not the leader who condemned Russia" says no leader condemned anyone)
        unnamed = any(not a.code and a.sector in _ROLE_SECTORS and a.kind == "group" and not _weapon(doc, a)
                      and doc[a.end - 1].dep_ != "attr" for a in source)
        source = [a for a in source if a.resolved or _unresolved_person(a)]
        target = [a for a in target if (a.resolved or _unresolved_person(a)) and not any(a is s for s in source)]
        if not source and (cameo[:2] != _REPORTING_ROOT or any(a.resolved for a in target)) \
                and (named_org := _unresolved_organization(doc, tok, trig.pos)) is not None \
                and not any(a.start <= named_org.start < a.end for a in target):
            # "Harwell Logistics sued the government", "rebels supplied by Kestrel Arms": a named organisation the
            # files do not know still acts; kept uncoded by name, as an unresolved person is (docs/coding.md, "The
            # source round"), never given a country here (an unknown name is no domestic group). Not for a bare
            # statement ("The AP noted their endorsements": a medium reporting, aimed at no one coded).
            source = [named_org]
        if cameo[:2] not in _HARM_ROOTS:
            # "campaigned in Iowa": where, not whom; but a place abroad that the act goes to stands for its country:
            # "The US sent aid to Gaza", "Jordan airdropped food into Gaza" (docs/coding.md, "Places an act goes to")
            target = [a for a in target if a.kind != "place" or _destination(doc, tok, a, source)
                      or cameo == _RETREAT_CODE and _left_from(tok, a)
                      or cameo[:3] in _DIRECTED_VISITS and _visited_place(doc, tok, trig, a, source)]
        if not any(a.resolved for a in source + target) and not source:
            source = []
        elif not any(a.resolved for a in source + target):
            target = [a for a in target if a.resolved]  # only a named person as source keeps an uncoded event
        if not source and cameo in _AUTHORITY_CODES and trig.pos == "VERB" and _passive(tok) \
                and any(a.resolved for a in target) and (country := _where(doc, tok, place)):
            source = [_authority(tok, country)]  # "refugees were detained in Texas": by the US authorities
        # "Militants fired rockets at Sderot": unnamed attackers, a named target.
        # "A roadside bomb killed three soldiers in Kandahar": a blast with no doer named, coded with an empty source.
        blast = _blast_subject(tok) if not source and cameo[:2] in _FORCE_ROOTS else None
        if blast is not None:
            source = _claimed_by(doc, blast)  # "A suicide bombing claimed by the Pakistani Taliban killed ..."
        attacked = (armed_unnamed or blast is not None) and cameo[:2] in _HARM_ROOTS and any(a.resolved for a in target)
        # "Marvel received a slew of criticism": like a passive, the act is asserted with its agent unnamed
        # (words and backing only: "faces a tough re-election battle" is no fight).
        received = trig.pos != "VERB" and (verbal or codes.event_type(cameo) == "SUPPORT") \
            and any(a.resolved for a in target) and _receiver(tok) is not None
        # "the killing of two politicians", "the arrest of the opposition leader": a nominal harm with its
        # victim named by "of" and no one named as doing it is asserted like the passive ("were killed"),
        # when the sentence asserts it ("how he would handle the deportation of ..." reports none).
        victims = trig.pos == "NOUN" and cameo[:2] in _VICTIM_ROOTS and any(a.resolved for a in target) \
            and _of_victims(doc, tok, target) and _modality(tok, cameo, None, anchor) == "asserted"
        # "the lawsuit accuses Harwell of fraud", "comments accusing the senator of lying": a document or a writing does
        # a verbal act for whoever filed or wrote it; with no maker named the PLOVER gold codes it with an empty source,
        # so it is kept that way when whom it is aimed at is a coded actor (docs/coding.md, "The doer-less round"). A
        # bare statement (CAMEO 01) is none: "the report said" is an attribution, "the report noted" no event.
        spoken = not source and trig.pos == "VERB" and _spoken_cameo(cameo) and any(a.resolved for a in target) \
            and _speaking_thing(tok) is not None
        if not source and not attacked and not received and not victims and not spoken \
                and not ((by_pronoun or unnamed) and any(a.resolved for a in target)) \
                and (not target or trig.pos != "VERB" or not _passive(tok)):
            if trig.pos != "VERB" and place is not None and any(c.lower_ == "the" for c in tok.children):
                orphans.append((tok, cameo, place))  # "the airstrikes near Baghdad": where a known event happened
            return None  # no one acts: a description ("trade between A and B"), a gerund, a generic statement
        if source and not target and cameo[:2] in _COOPERATIVE_ROOTS and not verbal and not _in_side_clause(tok) \
                and not _named_nominal(tok) and len({a.code for a in source if a.code}) < 2 \
                and len({(a.start, a.end) for a in source}) < 2:
            # (two sides of their own act with each other: "announced that Iran and Iraq had agreed to a ceasefire" is
            # no agreement with whoever announced it, the sixth wire battery round; nor when both sides are of one
            # country: "Ethiopia's government and Tigrayan forces agreed ..., African Union mediator Olusegun Obasanjo
            # said" is no agreement with Nigeria, the tenth wire battery round)
            # (an act in a relative or adverbial clause is another story: "Likud, which tried to rally support")
            target = _main_subject(doc, tok)
            defaulted = True
        own = {s.code for s in source}
        if defaulted:
            # A default target is never the source's own country ("Russia → Russia"), unless a protest names it as
            # what it is against ("protests against the re-election of President Alexander Lukashenko": the fourteenth
            # wire battery round).
            target = [a for a in target if a.code not in own or cameo[:2] == _PROTEST_ROOT and _protested_against(doc, tok, a)]
        # "signed a pact in Paris": where the source acts at home, not whom it acts on ("took a swipe at
        # Senator X" names a person, who is no place).
        # (the place a harmed thing is in is whom the harm is aimed at, even when the unnamed doer is coded by it:
        # "Gunmen killed 15 people at a market in Baghdad" is IRQ → IRQ)
        target = [a for a in target if not (a.code in own and _locative(doc, a) and a.kind not in _NAMED_KINDS
                                            and not _fired_at(doc, a, cameo) and not any(a is p for p in struck_places))]
        if cameo[:2] not in _HARM_ROOTS:
            # "the agreement signed Saturday in Paris": for an act that is no harm a place named
            # "in" it is where, never whom (a harmed place stands for its country: "shelled Donetsk").
            # The entry's own preposition names whom, not where: "arrived in Chile", "landed in Lima" are
            # visits to the country (CAMEO 042, docs/coding.md "Meetings, visits and coordinated counterparts"),
            # when what is reached is a country or a place ("landed in the Elysee Palace" is taking office).
            arrival = trig.words[1:] if trig.pos == "VERB" and cameo[:3] in _DIRECTED_VISITS else ()
            target = [a for a in target if not (_locative(doc, a) and doc[a.end - 1].head.lower_ != "at"
                                                and not (doc[a.end - 1].head.lower_ in arrival and _reached_place(doc, a))
                                                and doc[a.end - 1].head.head.i == tok.i)]
        if cameo[:2] in _VICTIM_HARM_ROOTS and trig.pos == "VERB" and (_commands_no_forces(source) or _text_aims(tok)):
            # "Trump hit Clinton", "beat the senator by 18 points", "fought his way back": harm said of
            # candidates, legislators or the press is a figure of speech (docs/coding.md §2)
            figurative = _figurative(lemma(tok), target)
            if figurative is None:
                return None
            cameo = figurative or cameo
        if cameo[:2] in _HARM_ROOTS and trig.pos == "VERB" and (measure := _struck_with_measure(tok)) is not None:
            # "Canada struck back within hours with tariffs on American goods": a blow dealt with a sanction is that
            # sanction (the ninth wire battery round)
            cameo = measure
            senses = [Trigger((lemma(tok),), "VERB", cameo)]
        if cameo[:2] in _HARM_ROOTS and trig.pos == "VERB" and _harm_told_again(tok):
            return None  # "the sinking of the warship Cheonan, which killed 46 sailors": the noun's harm, told again
        if cameo[:2] in _HARM_ROOTS and trig.pos == "VERB" and _natural_force(tok):
            return None  # "people hit by the worst floods", "Cyclone Nargis struck Myanmar": nature, no one's violence
        if cameo[:2] in _ARMED_HARM_ROOTS and _harms_a_thing(tok):
            # "sought to attack changes states made in voting laws", "Trump's attack on a judge's Mexican heritage":
            # violence aimed only at an abstract thing (a law, a plan, a heritage) is a figure whoever acts
            # (docs/coding.md, "The figure round"); a convoy, a base or a village stays a real target
            return None
        if not target and cameo[:2] == "03" and trig.pos == "VERB" and (lemma(tok) in _INTENT_VERBS or _word_class(tok) == "agree") \
                and (intended := next((c for c in tok.children if c.dep_ == "xcomp"), None)
                     or _purpose_clause(tok)) is not None:
            # "vows to defend the Affordable Care Act": an intention toward no one is no promise (docs/coding.md
            # §1, as for derived intentions); "vowed to do a better job courting Latinos" names whom in its clause,
            # as "pledged $2 billion to help rebuild Syria" does in its purpose (docs/coding.md, "Pledges to a purpose").
            target = _intended_counterpart(doc, tok, intended, source) or _visit_counterpart(doc, tok, source)
            if not target and len({a.code for a in source if a.code}) < 2:
                return None  # (two parties agreeing are each other's counterpart: "India and China agreed to disengage")
            if _negated_below(intended, tok):
                cameo = _REFUSE_CODE  # "vowed not to vote for Trump": a pledge not to act refuses (an act coded below
                # is recoded by _convention: "promised not to attack" de-escalates)
        if cameo[:2] in _ARMED_HARM_ROOTS and any(_company(a) for a in target) \
                and all(_company(a) for a in target if a.resolved) \
                and not any(a.kind == "country" or a.sector in _ARMED_SECTORS or a.code == "IMG" for a in source):
            # "the explosion of app-based services such as Uber": violence aimed only at companies by no one armed is
            # a figure of speech (the sources' side of this is the figurative-harm rule above); an armed or state
            # attacker still attacks ("gunmen attacked a Shell convoy") (docs/coding.md, "Companies and media").
            return None
        if trig.cameo.startswith(_TRADE_CODE) and any(_company(a) for a in source + target):
            # "Amazon bought Whole Foods", "Yahoo will sell the unit to Verizon": a firm's purchase or sale is
            # business, not the economic cooperation of states that CAMEO 061 codes ("China buys Iranian oil");
            # the gold annotators code none (docs/coding.md, "Companies and media").
            return None
        if cameo == _RESIGN_CODE:
            # "resigned from her job", "quit as party chairman": the post left is no one the resignation is made to
            # ("her" of "her job" is only whose post it was; "resigned from Congress" still names a body left)
            target = [a for a in target if not (a.kind == "pronoun" and any(
                t.dep_ == "prep" and t.lower_ in ("from", "as") and t.head.i == tok.i for t in doc[a.start].ancestors))]
        when = _date(doc, tok, anchor)
        modality = _modality(tok, cameo, when, anchor)
        if trig.pos == "VERB" and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children) \
                and (tok.head.pos_ in ("NOUN", "PROPN") or modality == "historical"):
            # "the first American air strikes in Iraq since U.S. troops pulled out at the end of 2011", "has been under
            # sanctions since its troops invaded Kuwait in August 1990": a point in the past that time is counted
            # from, not news (the seventh wire battery round); "since police shot a protester on Friday" stays
            return None
        if cameo[:3] == "042" and trig.pos == "VERB" and (craft := _craft_arrival(tok)) is not None:
            if not craft:
                return None  # "a plane landed in Tbilisi": a craft arriving visits no one
            cameo = craft  # "a transport plane carrying humanitarian aid landed in Tbilisi": aid delivered (073)
        if cameo[:3] in _DIRECTED_VISITS and target and trig.pos == "VERB" and (abroad := _own_site_abroad(doc, tok, source, target)):
            # "Vance visited the American military base at Pituffik in northern Greenland": a visit to one's own site
            # abroad is a visit to where it is (the fourteenth wire battery round)
            target = abroad
        if cameo[:3] == "172" and not target and source and trig.pos == "VERB" and (ruled := _ruled_place(doc, tok, source)):
            # "declared a 20-day state of emergency in Yerevan": emergency rule, a curfew or martial law are imposed on
            # the place named, a place of the source's own country (the writers code ARM → ARM; the fourteenth wire
            # battery round), as police arresting protesters there is domestic (§3: a domestic target from the text)
            target = ruled
        if cameo[:2] in ("18", "19") and source and target and _repression(doc, source, target):
            cameo = _REPRESSION_CODE  # "Uzbek troops opened fire on thousands of protesters": violent repression
        if cameo == _EXPEL_CODE and target and (body := _expelled_body(doc, target)):
            cameo = body  # "ordered U.N. and French peacekeeping troops to leave the country": peacekeepers expelled (1661)
        return CodedEvent(tok, tok.i + 1, cameo, source, target, _negated(tok), modality, when,
                          place, self._confidence(source, target, modality), _depth(tok))

    def _confidence(self, source: list[Actor], target: list[Actor], modality: str) -> float:
        w = self.weights
        return round(w["base"] + w["source"] * bool(source) + w["target"] * bool(target)
                     + w["asserted"] * (modality == "asserted"), 2)

    def _mistagged_nominal(self, tok: Token) -> list[Trigger]:
        """The one-word noun entries of a word tagged as a verb where a received noun stands (``_mistagged_received``)."""
        if tok.dep_ not in _MISTAGGED_DEPS or tok.tag_ not in _MISTAGGED_TAGS:
            return []  # (the cheap tests first: most verb triggers head their clause or take no such slot)
        nouns = self.lexicon.nouns.get(tok.lemma_.lower()) or self.lexicon.nouns.get(tok.lower_)
        if not nouns or tok.head.i >= tok.i or _mistagged_received(tok) is None:
            return []
        return [t for t in nouns if len(t.words) == 1]

    def _light_with_trigger(self, verb: Token) -> bool:
        if verb.dep_ == "relcl" and lemma(verb) in _RECEIVE_VERBS and self.lexicon.match(verb.head) is not None \
                and (r := _received_in_clause(verb.head)) is not None and r.i == verb.i:
            return True  # "the criticism that Cruz received": the criticism is the event
        if lemma(verb) in _RECEIVE_VERBS:
            # "received a wave of criticism": the criticism is the event, aimed at the subject.
            return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and (r := _receiver(n)) is not None
                       and r.i == verb.i and self.lexicon.match(n) is not None for c in verb.children for n in (c, *_of_nouns(c)))
        if lemma(verb) not in _LIGHT_VERBS:
            return False
        # ("Clinton's attacks were echoed by her campaign": a restating verb's passive subject is the act too)
        deps = ("dobj", "nsubjpass") if lemma(verb) in _RESTATING_VERBS else ("dobj",)
        return any(c.dep_ in deps and c.pos_ == "NOUN" and self.lexicon.match(c) is not None for c in verb.children)


# "Warned X (not) to do Y" asks X (CAMEO 020: the verb dictionary's "warn against pullout"); see `warned_to_act`.
_WARNED = _WORDS["warned_to_act"]
_WARNED_REQUEST = "020"


def _addressed_public(verb: Token) -> Token | None:
    """The plain noun for people a request is addressed to ("warned people to stay away", "called on members to stand
    together"): its object, or the object of its "on"/"upon", a word of ``addressed_public`` in
    event_words.json, with what they are asked to do after it (an xcomp of the verb). "warned people about the
    pills" names no request of them, and "members of Congress" is an actor of its own (docs/coding.md §3, "The
    dyad round")."""
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "dobj":
            noun = c
        elif c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
        else:
            continue
        if noun is not None and noun.lower_ in _ADDRESSED_PUBLIC \
                and not any(g.dep_ == "prep" and g.lower_ == "of" for g in noun.children):
            return noun
    return None


def _warned_to_act(verb: Token) -> bool:
    """"The agency warned people to stay away from the pills", "warned the Fed not to act this year": a warning that
    names whom it warns (an object) and what that one is to do in a "to" clause asks it (docs/coding.md, "The loss
    round"). A harmful act in the clause, not negated ("warned them to expect strikes"), or a consequence named after
    the verb ("or face sanctions") keeps the threat; so does a warning with no one named ("warned that ...")."""
    if lemma(verb) not in _WARNED["words"] or not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if clause is None:
        return False
    lexicon = Lexicon.cached()
    if not any(c.dep_ == "neg" for c in clause.children) and any(
            (found := lexicon.match(t)) is not None and found.cameo[:2] in _HARM_ROOTS for t in clause.subtree):
        return False  # (harm warned against, "warned Uganda not to close the border", is still asked not to be done)
    consequences = frozenset(_WARNED["consequence_words"])
    return not any(t.lower_ in consequences for t in verb.subtree if t.i > verb.i)


# CAMEO 09, investigate (PLOVER ACCUSE): aimed at whom it investigates, not at an event or a document.
_INVESTIGATE_ROOT = "09"


def _against_only(doc: Doc, noun: Token) -> list[Actor]:
    """Whom a noun of `against_nouns` ("case", "proceedings") is brought against, when a verb brings it: the actors of
    its "against" phrase (or of the phrase of a participle on it: "proceedings brought by Germany against Poland"),
    none when no verb carries the noun (the `legal_acts` entry of event_words.json)."""
    brought = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in _BRINGING_VERBS
               and any(g.dep_ == "agent" for g in c.children)]
    # the verb it is the object of ("began proceedings against"), or "joined Uganda in a case against": not any light
    # verb ("let the newspaper make the case against Sanders" argues, it brings no case)
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") \
        else noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if not brought and (verb is None or lemma(verb) not in _BRINGING_VERBS):
        return []
    return _objects(doc, noun, ("against",)) or next((t for c in brought if (t := _objects(doc, c, ("against",)))), [])


def _investigator(doc: Doc, source: list[Actor]) -> bool:
    """Whether one who acts is an investigating body: police, prosecutors, intelligence and security services,
    legislatures (`investigating_sectors`), or a body named as one ("the inspector general", `investigating_words`)."""
    return any(a.sector in _INVESTIGATING_SECTORS or any(doc[i].lower_ in _INVESTIGATING_WORDS for i in range(a.start, a.end))
               for a in source)


def _questioned_actor(doc: Doc, verb: Token) -> bool:
    """Whether the object of a verb of questioning is someone questioned (a name, an actor, a pronoun), not a thing
    of someone's ("questioned his respect for women")."""
    return any(c.dep_ in ("dobj", "nsubjpass")
               and (c.pos_ == "PROPN" or c.lower_ in _QUESTIONED_PRONOUNS or actor_for(doc, c) is not None)
               for c in verb.children)


# persons as object, or as the patient of a passive ("he was questioned by police")
_QUESTIONED_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "whom", "he", "she", "they", "we", "i", "who"})


def _doer_named(noun: Token) -> bool:
    """Whether a nominal names who did it: a possessor or a "by" phrase."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def _named_nominal(tok: Token) -> bool:
    """"the Iran deal", "the Paris accord": a definite noun whose actor is a modifier before it names a known
    act; it takes no target by default from elsewhere in the sentence (docs/coding.md, the real-news round)."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) \
        and not any(c.dep_ == "prep" for c in tok.children)


def _generic_victims(e: CodedEvent) -> bool:
    """"families of Americans who have been killed by illegal immigrants": a passive relative clause on a bare plural
    (no article, number or possessor) with no named doer describes a class of people, it reports no act."""
    tok = e.trigger
    if tok.dep_ != "relcl" or not _passive(tok) or not _bare_plural(tok.head):
        return False
    # no doer, or a doer as generic as the victims ("killed by drug cartels"; "by the army" names one)
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return not e.source or (bool(agents) and all(_bare_plural(g) for g in agents))


def _bare_plural(noun: Token) -> bool:
    """A plural common noun or nationality with no article, number or possessor: a class, not a group met."""
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)


# Harm that has a victim: force, coercion, assault, fighting, mass violence (CAMEO 15, 17-20; not protest or sanction).
_VICTIM_HARM_ROOTS = frozenset({"15", "17", "18", "19", "20"})
_FIGURATIVE = _WORDS["figurative_harm"]
_NO_FORCES = frozenset(_FIGURATIVE["sectors"])


def _commands_no_forces(source: list[Actor]) -> bool:
    """Whether every actor on a side is a person or a body who commands no forces: a candidate, a legislator,
    the press, a company or a campaign group (their sectors are listed as `figurative_harm` in event_words.json)."""
    return bool(source) and all(a.sector in _NO_FORCES and a.code != "IMG" and a.kind != "country" for a in source)


def _figurative(verb: str, target: list[Actor]) -> str | None:
    """What a harm verb said of someone unarmed codes: disapproval (CAMEO 111) for the verbs of attack aimed at a
    person or an organisation, "" (the verb's own code) when it has a victim and no figurative use is listed, and
    None (no event) for winning and losing, or for harm with no one harmed."""
    if verb in _FIGURATIVE["contest"]:
        return None  # "beat the senator by 18 points", "crushed in Michigan": a contest, not harm
    named = any(a.kind in _NAMED_KINDS and (a.resolved or a.kind == "person") for a in target)
    if verb in _FIGURATIVE["verbal"] and named:
        return _FIGURATIVE["cameo"]  # "Trump hit Clinton for enabling her husband": words
    if not any(a.resolved or a.kind == "person" for a in target):
        return None  # "fought his way back", "struck the same notes", "deployed paid staff": no one harmed
    return ""


# Abstract things violence is said of only figuratively (`figurative_harm.things` in event_words.json).
_HARMED_THINGS = frozenset(_FIGURATIVE["things"])


def _harm_told_again(verb: Token) -> bool:
    """Whether a relative clause of harm ("which killed 46 sailors") hangs on a nominal harm, or on the "of" object of
    one ("the sinking of the warship Cheonan, which killed ..."): the clause tells what that harm did, no second act
    (the eighth wire battery round; "which" took the warship as the killer)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS for c in verb.children):
        return False
    noun = verb.head
    nouns = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [])
    lexicon = Lexicon.cached()
    return any(n.pos_ == "NOUN" and (e := lexicon.match(n)) is not None and e.cameo[:2] in _HARM_ROOTS for n in nouns)


def _struck_with_measure(verb: Token) -> str | None:
    """The code of a sanction a verb of harm is dealt "with" ("struck back with tariffs", "hit Russia with new
    sanctions"), when its "with" object is a lexicon noun of that type."""
    lexicon = Lexicon.cached()
    for g in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"):
        entry = lexicon.match(g)
        if entry is not None and entry.pos == "NOUN" and codes.event_type(entry.cameo) == "SANCTION":
            return entry.cameo
    return None


_RITES = frozenset(_WORDS["rites"]["words"])
_STANDING_POSTS = frozenset(_WORDS["standing_posts"]["words"])
_FORCES_LEAVE_CODE = "0874"  # CAMEO: retreat or surrender militarily
_FORCE_NOUNS = frozenset(_WORDS["force_nouns"]["words"])


def _forces_leaving(doc: Doc, verb: Token) -> bool:
    """Whether armed forces leave a country or a place: a subject of the military sector and an object that is a
    country or a place the tables or the gazetteer know (the ninth wire battery round)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or c.lemma_.lower() in _FORCE_NOUNS)]
    subject = [a for c in subjects for a in actors_at(doc, c)]  # ("the defence minister left Iraq" is a trip)
    left = [c for c in verb.children if c.dep_ == "dobj"]
    return any(a.sector == "MIL" for a in subject) and any(
        a.kind in ("country", "place") for c in left for a in actors_at(doc, c))


_HOST_CODE = "043"  # CAMEO: host a visit


def _welcomed_visitor(doc: Doc, verb: Token) -> bool:
    """Whether "welcome" receives a counterpart or a visitor, by the CAMEO verb dictionary's WELCOME * COUNTERPARTS and
    WELCOME * VISIT (043): its object, or who welcomes in its passive ("was welcomed at the Wagah crossing by his
    Pakistani counterpart"). A person welcomed by name stays the dictionary's plain WELCOME (051)."""
    welcomed = [c for c in verb.children if c.dep_ == "dobj"]
    welcomed += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in _VISITING_NOUNS for c in welcomed)


_VISITING_NOUNS = frozenset(_WORDS["visiting_nouns"]["words"])


_NATURAL_FORCES = frozenset(_WORDS["natural_forces"]["words"])


def _natural_force(verb: Token) -> bool:
    """Whether the doer of a verb of harm is a force of nature (``natural_forces``): the subject of the active verb,
    the "by" of the passive or of a participle on a noun ("people hit by the worst floods"), headed by or compounded
    with one of the words ("Cyclone Nargis")."""
    if _passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
            # "Cyclone Nargis struck Myanmar, killing thousands": the participle's doer is its verb's subject
            doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(d.lemma_.lower() in _NATURAL_FORCES or d.lower_ in _NATURAL_FORCES
               or any(c.dep_ == "compound" and c.lower_ in _NATURAL_FORCES for c in d.children) for d in doers)


def _harms_a_thing(tok: Token) -> bool:
    """Whether every object an act of violence is aimed at is an abstract thing: the direct objects of a verb
    ("attack changes"), the "on"/"against" objects of a noun ("an attack on his heritage"); an act with no such
    object, or with any object that is no listed thing ("attacked the base and the plan"), is left alone."""
    if tok.pos_ in ("VERB", "AUX"):
        # (the subject of a passive too: "whose economy has been battered by the war", the twelfth wire battery round)
        objects = [c for c in tok.children if c.dep_ == "dobj" or c.dep_ == "nsubjpass" and _passive(tok)]
    else:
        objects = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for o in c.children if o.dep_ == "pobj"]
    objects += [cj for o in objects for cj in o.conjuncts]
    return bool(objects) and all(lemma(o) in _HARMED_THINGS for o in objects)


# Acts only a state's police do on its soil: arrest or detain (CAMEO 173) and expel or deport (174). An
# agentless passive of one of them in a named country ("refugees were detained in Texas") is done by that
# country's authorities; CAMEO and the gold convention code the implied police as the source (docs/coding.md
# §4, "Implied authorities"). Other passives keep their empty source: who killed or attacked is not implied.
_AUTHORITY_CODES = frozenset({"173", "174"})


# Arrests and releases (CAMEO 173, 0841) whose unnamed subjects are the keeper's own people, when the keeper is a
# police, a court or a government (an army's prisoners may be anyone's); deportations (174) are of foreigners.
_CUSTODY_CODES = frozenset({"173", "084"})
_KEEPER_SECTORS = frozenset({"COP", "JUD", "GOV"})


def _authority(verb: Token, country: str) -> Actor:
    """The police implied by a verb: named nowhere, so they carry the verb's own offsets (an actor needs a span)."""
    return Actor(verb.i, verb.i + 1, country, "COP", None, "group", resolved_from="implied", members=[verb.i])


def _where(doc: Doc, verb: Token, place) -> str | None:
    """The country a verb's act happened in: its gazetteer place, else a country or division named after
    "in", "at" or "near" ("in Texas": the actor files know US states, the gazetteer does not)."""
    if place is not None and place.country:
        return place.country
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "inside"):
            for obj in child.children:
                actor = actor_for(doc, obj) if obj.dep_ == "pobj" else None
                if actor is not None and actor.resolved and actor.kind in ("place", "country") and len(actor.code) == 3:
                    return actor.code
    return None


_COUNTERPART_PREPS = frozenset({"to", "for", "with", "toward", "towards"})
# Acts that only a state's authorities do to a person on its soil: give aid or asylum, yield, detain.
_STATE_ACT_ROOTS = frozenset({"07", "08", "17"})


def _where_state(doc: Doc, verb: Token) -> list[Actor]:
    """"Snowden lives in Russia, where he was granted asylum": an agentless passive in a "where" clause
    on a country is done by that country's authorities (CAMEO codes the state as the source)."""
    if not _passive(verb) or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return []
    place = actor_for(doc, verb.head)
    if place is None or place.kind != "country" or not place.resolved:
        return []
    return [place]




def _intended_counterpart(doc: Doc, tok: Token, intended: Token, source: list[Actor]) -> list[Actor]:
    """Whom an intention is toward: an object, or the object of "to/for/with", inside the intended clause
    ("vowed to do a better job courting Latinos"). A group named without a country takes the sentence's
    one country, as any unnamed party does; "against" names an opponent, not a counterpart."""
    # "agreed to allow Trump to use the voter file": whom a leave lets act, before what it lets them do
    found = _clause_subject(doc, intended) if lemma(intended) in _CLAUSE_TARGET else []
    found = found or [a for t in intended.subtree if (t.dep_ in ("dobj", "dative") or (t.dep_ == "pobj" and t.head.lower_ in _COUNTERPART_PREPS))
                      and _counterpart_path(t, intended) for a in actors_at(doc, t)]
    found = [a for a in found if a.kind != "pronoun" or (a.resolved and doc[a.start].lower_ not in ("it", "its"))]
    if any(not a.code for a in found):
        found = _domestic(doc, found, _default_country(doc, tok, None, source + found))
    return [a for a in found if a.resolved and not _same_side(source, a) and not any(a is s for s in source)]


def _counterpart_path(tok: Token, top: Token) -> bool:
    """Whether no other preposition stands between a word and the intended clause's verb ("defend the
    ACA against efforts to repeal it": what is under "against" is no counterpart of the intention)."""
    cur = tok
    for _ in range(12):
        if cur.i == top.i or cur.head.i == cur.i:
            return True
        if cur.dep_ == "prep" and cur.lower_ not in _COUNTERPART_PREPS:
            return False
        cur = cur.head
    return False


# Harm whose victim a nominal's "of" names (coerce, assault, fight, mass violence): CAMEO 17-20.
_VICTIM_ROOTS = frozenset({"17", "18", "19", "20"})


def _of_victims(doc: Doc, noun: Token, target: list[Actor]) -> bool:
    """Whether the target is named by the nominal's own "of": "the killing of two politicians"."""
    named = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    return any(a.resolved and doc[a.end - 1].i in named for a in target)


def _of_nouns(noun: Token) -> list[Token]:
    """The nouns after a quantity noun's "of": "a wave of criticism"."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


# -- the governing predicate decides the event (docs/coding.md, section 1) -----------------
@cache
def _governor_words() -> dict[str, frozenset[str]]:
    data = json_data("nlp/data/governors.json")
    return {k: frozenset(v["words"]) for k, v in data.items() if isinstance(v, dict)}


_CLASSES = ("request", "agree", "threaten", "reject", "pass_through", "nonfactual")
_CLASS_TYPE = {"request": "REQUEST", "agree": "AGREE", "threaten": "THREATEN", "reject": "REJECT"}
# CAMEO codes for "ask for / intend / threaten / refuse" each kind of act, by the act's root.
_REQUEST_CODE = {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025"}
_AGREE_CODE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_THREATEN_CODE = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
_REJECT_CODE = {"04": "125", "06": "121", "07": "122", "08": "124"}
_HARM_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# Force (CAMEO 18-20): the acts of a domestic conflict, where a group that attacks a country may be of it ("Rebels
# attacked Mali"). Not its posture (15): troops sent to a country are not of it ("The army sent troops to Mali").
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_COOPERATION_ROOTS = frozenset({"04", "05", "06", "07", "08"})


def _derived_code(cls: str, cameo: str) -> str:
    root = cameo[:2]
    if cls == "agree" and root in _HARM_ROOTS:
        cls = "threaten"  # an intention to do harm is a threat ("vowed to strike back")
    if cls == "request":
        return _REQUEST_CODE.get(root, "020")
    if cls == "agree":
        return cameo if root == "03" else _AGREE_CODE.get(root, "030")
    if cls == "threaten":
        return cameo if root == "13" else _THREATEN_CODE.get(root, "130")
    return cameo if root == "12" else _REJECT_CODE.get(root, "120")


def _forms(tok: Token) -> list[str]:
    """The lemma and the surface forms a governing word may be listed under ("hopes" → "hop" by the small model)."""
    low = tok.lower_
    forms = [lemma(tok), low]
    if low.endswith(("s", "d")):
        forms.append(low[:-1])
    if low.endswith(("es", "ed")):
        forms.append(low[:-2])
    if low.endswith("ing") and len(low) > 5:
        forms += [low[:-3], low[:-3] + "e"]  # "hoping" → "hop" by the small model: "hope" (the seventh wire battery round)
    return forms


@cache
def _first_classes() -> dict[str, int]:
    """Each word of a governing class → the place in _CLASSES of the first class that lists it (fixed data)."""
    words = _governor_words()
    out: dict[str, int] = {}
    for n, cls in enumerate(_CLASSES):
        for w in words[cls]:
            out.setdefault(w, n)
    return out


# The roots of acts a "press"/"push" carries forward rather than asks for (``request_pressing`` in governors.json):
# accusation and legal action (11), and force (18-20).
_PRESSED_ROOTS = frozenset({"11", "18", "19", "20"})


def _carries_forward(verb: Token) -> bool:
    """Whether a request word only carries its object act forward: "pressed his attack on the town" (see _pressed_act)."""
    return _forms(verb)[0] in _governor_words()["request_pressing"] and _pressed_act(verb)


def _pressed_act(verb: Token) -> bool:
    """Whether "press"/"push" carries an act forward: its object is an act of accusation or force, and it asks no one
    (no "to" clause, no "for"): "pressed his attack on the town", "pressed charges against him"."""
    if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")) and c.i < verb.i + 2
           for c in verb.children):
        return False
    lex = Lexicon.cached()
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and (t := lex.match(c)) is not None and t.cameo[:2] in _PRESSED_ROOTS
               for c in verb.children)


def _word_class(tok: Token) -> str | None:
    """The class of a governing word: request, agree, threaten, reject, pass_through or nonfactual."""
    pos = tok.pos_
    if pos not in ("NOUN", "PROPN", "VERB", "AUX", "ADJ"):
        return None
    words = _governor_words()
    forms = _forms(tok)
    if pos in ("NOUN", "PROPN"):
        for cls in ("request", "agree", "threaten", "reject"):
            if forms[0] in words[cls]:
                return cls
        return "nonfactual" if any(f in words["nonfactual_nouns"] for f in forms[:2]) else None
    # The first class (in _CLASSES order) that lists any of the forms, found by a lookup per form.
    first = _first_classes()
    found = [n for f in forms if (n := first.get(f)) is not None]
    if not found:
        return None
    cls = _CLASSES[min(found)]
    if cls == "request" and any(f in words["request_objects"] for f in forms) and \
            not any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return None  # "told reporters that ...": speech, not a request
    if cls == "request" and any(f in words["request_needs_infinitive"] for f in forms) and \
            not any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "convinced voters that the deal was bad": a belief brought about; "convinced X to drop it" asks
    if cls == "agree" and any(f in words["agree_needs_to"] for f in forms) and \
            not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
        return None  # "committed grave abuses": the abuses are the act, not a commitment
    if cls == "request" and any(f in words["request_pressing"] for f in forms) and _pressed_act(tok):
        return "pass_through"  # "pressed his attack on the town": the attack goes on, no one is asked
    if cls == "request" and any(f in words["request_needs_prep"] for f in forms) and \
            not any((c.dep_ == "prep" and c.lower_ in ("on", "for", "upon")) or c.dep_ == "xcomp" or _for_clause_request(c) is not None for c in tok.children):
        return None  # "called off the protests"
    return cls


def _governor(tok: Token, triggers: set[int]) -> tuple[Token, str] | None:
    """The word that governs a trigger's act and decides its code, with its class.

    "urged Valdonia to withdraw" (xcomp), "demanded that Gambia return" (ccomp),
    "pledged aid" (object), "called for the withdrawal" (object of a preposition),
    "is ready to send" (the adjective's complement). Attempts and beginnings are
    climbed through ("demanded that New Delhi stop buying"); another trigger that
    governs the act makes it that trigger's content ("allowed inspectors to visit").
    """
    cur, through = _true_conjunct_head(tok) or tok, None
    while cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur.head.pos_ in ("VERB", "AUX") and cur.head.i != cur.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
        cur = cur.head  # "hesitant to appear with him or to endorse him": a conjoined act shares its first conjunct's governor
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            # "urged Israel to halt its incursions and to begin pulling its troops back": a conjunct met on the way up
            # shares the first conjunct's governor too, as one met at the start does (the fourth wire battery round)
            cur = head
            continue
        if (asker := _for_clause_request(cur)) is not None:
            # "called for Trump to drop out", "a plea for Russia to stay away": the act is what is asked, never a
            # fact of its own; a request noun that is no event here ("amid calls for Emanuel to resign", a
            # reference back) still makes it only asked (docs/coding.md, "Recall round on real news")
            return (asker, "request") if asker.i in triggers or asker.pos_ not in ("NOUN", "PROPN") else (asker, "content")
        if cur.dep_ in ("xcomp", "ccomp") or (cur.dep_ == "acl" and head.pos_ == "NOUN" and cur.tag_ != "VBN") \
                or _displaced_complement(cur):
            gov = head
        elif cur.dep_ in ("dobj", "nsubjpass") and cur.pos_ in ("NOUN", "PROPN") and head.pos_ in ("VERB", "AUX"):
            gov = head
        elif cur.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in ("for", "of", "to") and head.head.i != head.i:
            gov = head.head
        else:
            break
        if cur.dep_ == "acl" and gov.lemma_.lower() in _MADE_NOUNS:
            break  # "issued a statement condemning the attack": the statement is how the act is made, not its governor
        cls = _word_class(gov)
        if cls == "nonfactual" and cur.dep_ == "pobj" and head.lower_ == "of" and gov.pos_ in ("VERB", "AUX"):
            break  # "what he thinks of Palin's endorsement of Trump": an opinion about an act that happened
        if cls == "request" and cur.dep_ == "ccomp" and lemma(gov) == "tell":
            break  # "'Thank you, Ohio,' Cruz told the crowd": "told X that" reports; "told X to" asks
        if cls == "threaten" and _warned_to_act(gov):
            cls = "request"  # "warned Russia to withdraw its troops": asks (the loss round); "warned it would strike" threatens
        if cls == "pass_through":
            through = through or (gov, cls)
            cur = gov
            continue
        if cls is not None:
            return gov, cls
        if gov.i in triggers and cur.dep_ == "ccomp" and _material_act(gov):
            break  # "the Houthis hit a ship ..., the military said, days after warplanes pounded Houthi targets": the small
            # model may make the first clause a complement of the last one's verb; an act of force takes no clause
            # as its content (the seventh wire battery round)
        if gov.i in triggers and not (cur.dep_ == "ccomp" and lemma(gov) in _REPORTING):
            return gov, "content"
        if cur.dep_ == "dobj" and gov.pos_ == "VERB" and (gov.dep_ == "xcomp" or _for_clause_request(gov) is not None):
            # "threatened to call protests", "called for Republicans to throw their support behind Christie": a plain
            # verb only carries its nominal act up
            cur = gov
            continue
        if cur.dep_ == "ccomp" or gov.pos_ in ("VERB", "AUX"):
            break  # "said that ...": a report, the act keeps its own code
        cur = gov
    return through


def _true_conjunct_head(verb: Token) -> Token | None:
    """The verb a finite conjunct really joins when the parser hung it on a base-form verb of a clause below: in
    "Cavusoglu demanded that YPG fighters pull back ... and accused Washington of ...", "accused" (past) is no second
    thing demanded of the fighters ("pull", a base form) but a second act of the demanding minister (the seventh wire
    battery round)."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "relcl" and _naming_clause(head) and head.head.head.pos_ in ("VERB", "AUX") \
            and head.head.dep_ == "dobj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "expelled 35 Russian officials it described as intelligence operatives and imposed sanctions on ...": the
        # parser joins the second act to the naming clause; it is the main verb's (the thirteenth wire battery round)
        return head.head.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.i == verb.i or head.tag_ not in ("VB", "VBP") \
            or head.dep_ not in ("ccomp", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    top = head.head
    return top if top.pos_ in ("VERB", "AUX") and top.tag_ in ("VBD", "VBZ") and top.i != head.i else None


def _material_act(verb: Token) -> bool:
    """Whether a trigger verb is an act of force or posture (CAMEO 14-20), which takes no clause as what it says."""
    entry = Lexicon.cached().match(verb)
    return entry is not None and entry.cameo[:2] in _HARM_ROOTS


def _convention(doc: Doc, events: list[CodedEvent], anchor: date | None, confidence) -> list[CodedEvent]:
    """Recode a sentence's events by their governing predicates, then drop what is not factual."""
    at = {e.trigger.i: e for e in events}
    drop: set[int] = set()
    queue = list(events)
    while queue:
        e = queue.pop(0)
        if _word_class(e.trigger) == "nonfactual" and e.trigger.pos_ in ("VERB", "AUX", "ADJ") and not _done_to_object(e):
            drop.add(e.trigger.i)  # "feared", "hoped": a state of mind, not an act
            continue
        found = _governor(e.trigger, set(at))
        if found is not None and _rebutted_act(doc, e.trigger):
            _aim_at_rebutter(doc, e)  # "rejected criticism from Trump": news of its own, not the rebuttal's content
            continue
        if found is None:
            continue
        gov, cls = found
        if gov.i in at and at[gov.i] is not e and _names_its_noun(gov, e.trigger):
            # "called off their weekly street protests" (082), "set fire to the embassy" (145): the governing verb's own
            # entry names the noun, so the phrase is the act, whatever class the verb alone has ("call" asks, "set"
            # passes through; docs/coding.md, "International wire copy"); whom the named act is aimed at is still the
            # phrase's ("vowed to retaliate", an entry of its own, aims where the retaliation does)
            drop.add(e.trigger.i)
            ge = at[gov.i]
            if _handed_to(doc, ge, e):
                ge.target = []  # (as in _enrich: "refused to hand over bin Laden to the United States")
            if not ge.target:
                # (a place the noun's phrase names is where, not whom: "signed a peace declaration in Washington")
                ge.target = [a for a in e.target if not _same_side(ge.source, a)
                             and not _locative(doc, a)]
            continue
        if cls == "content":
            drop.add(e.trigger.i)  # "asked Finland to hold patrols": the patrols are what is asked
            continue
        if cls == "nonfactual":
            drop.add(e.trigger.i)
            continue
        if cls == "request" and lemma(gov) in _QUESTION_VERBS and _asks_question(gov):
            # "Hannity asked Trump if he would deport all illegal immigrants": an act asked about is a question put,
            # not an act asked for (train3's gold: "asked Trump if having Muslims register ..." is no event;
            # docs/coding.md, "The sixth pool round")
            drop.add(e.trigger.i)
            continue
        if cls == "pass_through":
            if gov.i in at and at[gov.i] is not e:
                drop.add(gov.i)  # "sought to expand": the expansion is the event, not a request
            continue
        drop.add(e.trigger.i)  # the embedded act is the governing event's content
        ge = at.get(gov.i)
        if ge is None:
            ge = _derive(doc, gov, cls, e, anchor, confidence)
            if ge is not None:
                at[gov.i] = ge
                queue.append(ge)
        else:
            _enrich(doc, ge, cls, e)
    kept = [e for i, e in sorted(at.items()) if i not in drop]
    return [r for e in kept if (r := _factual(doc, e, confidence)) is not None]


def _names_its_noun(verb: Token, noun: Token) -> bool:
    """Whether a verb's lexicon entry is a phrase that names the noun under it ("set fire", "open fire"): the phrase is
    the act, the noun only a word of it (docs/coding.md, "International wire copy")."""
    entry = Lexicon.cached().match(verb)
    return entry is not None and len(entry.words) > 1 and noun.lemma_.lower() in entry.words[1:]


def _done_to_object(e: CodedEvent) -> bool:
    """"questioned Trump's tactics", "discussed the budget with Merkel": a word of doubt or deliberation
    that is a trigger of an act of its own (not a bare statement) does that act to a nominal object; only
    with a clause ("questioned whether ...") or nothing after it is it a state of mind."""
    tok = e.trigger
    return not _bare_statement(e.cameo) and tok.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children) \
        and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _for_clause_request(verb: Token) -> Token | None:
    """The request word a "for X to V" clause belongs to: "called for Trump to drop out of the race", "pushing for
    his state to become the first", "issued a plea for people to stay away", "renewed its calls for Silicon Valley
    to roll back the encryption". The parser hangs such a clause (its "for" a mark, X its subject) on the request
    word itself or on the verb whose object the request noun is; either way V is what is asked, and X who is asked
    (docs/coding.md, "Recall round on real news"). A request word is one of the governors' ``request`` words
    ("call", "push", "plea", "appeal", ...); "waited for Trump to speak" or "a rule for delegates to vote" ask
    nothing."""
    if verb.dep_ not in ("advcl", "relcl", "acl") or verb.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
            or not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    nouns = [c for c in head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i]
    words = _governor_words()["request"]
    return next((w for w in [head, *nouns] if _forms(w)[0] in words), None)


def _for_clause_of(word: Token) -> Token | None:
    """The "for X to V" clause a request word has (see _for_clause_request): on the word itself or on the verb
    whose object it is ("issued a plea for people to stay away")."""
    for v in (*word.children, *(word.head.children if word.dep_ == "dobj" else ())):
        if (asker := _for_clause_request(v)) is not None and asker.i == word.i:
            return v
    return None


def _requested(doc: Doc, gov: Token, e: CodedEvent) -> list[Actor]:
    """Who is asked: the object of "urged", else the subject of the demanded clause."""
    asked = [a for a in _objects(doc, gov, ("on", "upon", "to")) if a.resolved]
    if not asked and _for_clause_request(e.trigger) is not None:
        # "called for Trump to drop out", "renewed its calls for Silicon Valley to roll back": the subject of the
        # "for ... to" clause is who is asked
        asked = [a for c in e.trigger.children if c.dep_ in ("nsubj", "nsubjpass") for a in actors_at(doc, c) if a.resolved]
    if not asked and e.trigger.dep_ == "ccomp":
        asked = [a for c in e.trigger.children if c.dep_ in ("nsubj", "nsubjpass") for a in actors_at(doc, c) if a.resolved]
    return asked


def _derive(doc: Doc, gov: Token, cls: str, e: CodedEvent, anchor: date | None, confidence) -> CodedEvent | None:
    """A governing word that is no trigger of its own ("is ready to", "failed to") becomes the event."""
    source = [a for a in _governor_subject(doc, gov) if a.resolved]
    if not source and gov.pos_ in ("VERB", "AUX"):
        # "Rubio told Trump to apologize": a governing verb that is no event of its own ("told", a report when it
        # has a clause) is done by its own subject
        source = [a for a in _subject(doc, gov) if a.resolved]
    patient = _act_as_patient(e, gov)
    if cls == "request":
        target = _requested(doc, gov, e)
    elif patient:
        # "The request by Germany for an inquiry was rejected": an act that is the governor's passive subject
        # was done by someone other than whoever rejects it; its doer is whom the rejection is aimed at, never
        # the rejecter (docs/coding.md, "Acts rejected in the passive")
        target = e.source if cls == "reject" else e.target
    else:
        source = source or e.source
        target = e.target
    target = [a for a in target if not _same_side(source, a)]
    if not source:
        return None
    # "India and Pakistan agreed to resume peace talks", "Russia and Ukraine agreed to exchange prisoners": conjoined
    # sources of a mutual act intend it toward each other, the counterpart the intention needs (docs/coding.md,
    # "Joint intentions"); _reciprocal codes both directions
    joint = cls in ("agree", "reject") and not target and not patient and _joint_act(source, e)
    if cls == "agree" and not target and e.cameo[:2] not in _HARM_ROOTS and not joint:
        # "plans to release the transcripts", "intends to search the records": an intention with no
        # counterpart ("ready to send peacekeepers to Ghana" names one, even as a place, and it is the target)
        target = [a for a in _recipients(doc, e.trigger) if not _same_side(source, a)]
        if not target:
            return None
    cameo = _governed_code(cls, e, gov)
    when = _date(doc, gov, anchor) or e.date
    modality = _modality(gov, cameo, when, anchor)
    derived = CodedEvent(gov, gov.i + 1, cameo, source, target, _negated(gov), modality, when, e.place,
                         confidence(source, target, modality), _depth(gov))
    derived.joint = joint
    return derived


def _joint_act(source: list[Actor], e: CodedEvent) -> bool:
    """Whether two or more sides (distinct codes) are to do a mutual act ("resume talks", "meet", "exchange
    prisoners", "restore ties") with no one else named."""
    return len({a.code for a in source if a.code}) > 1 and not e.target and (_mutual(e) or _each_other(e.trigger))


# An intention to stop harm is an intention to de-escalate (CAMEO 0356), not a threat: the harmful act
# under "stop", "cease", "halt" is what ends. The words are `cessation_verbs` in governors.json.
_CEASE_CODE = "0356"
# A pledge not to act with no coded act under it ("vowed not to vote for Trump") refuses: CAMEO 120, REJECT.
_REFUSE_CODE = "120"
_CESSATION = frozenset(json_data("nlp/data/governors.json")["cessation_verbs"]["words"])


def _governed_code(cls: str, e: CodedEvent, gov: Token) -> str:
    """The code a governing word of class ``cls`` gives the act it governs."""
    if cls == "agree" and e.cameo[:2] in _HARM_ROOTS and _ceased(e.trigger, gov):
        return _CEASE_CODE  # "agreed to stop firing", "pledged to halt the raids": de-escalation, not a threat
    if cls == "agree" and _negated_below(e.trigger, gov):
        # "vowed not to support Trump" refuses (CAMEO 12), "promised not to attack Uganda" de-escalates (0356): a
        # pledge not to act is the opposite of a pledge to act (the directive and intent round)
        return _CEASE_CODE if e.cameo[:2] in _HARM_ROOTS else _derived_code("reject", e.cameo)
    if cls == "agree" and _protective(e):
        return _PROTECT_INTENT_CODE  # "agreed to send troops to Somalia to help the interim government" (below)
    return _derived_code(cls, e.cameo)


# Forces sent to protect, help or keep order ("will send about 300 troops to Darfur to protect its ceasefire monitors")
# are an intention to provide military protection (CAMEO 0334, AGREE), not a threat (the fourth wire battery round)
_PROTECT_INTENT_CODE = "0334"
_PROTECTIVE_PURPOSES = frozenset({"protect", "help", "assist", "support", "secure", "guard", "monitor", "keep", "restore",
                                  "stabilise", "stabilize", "maintain", "defend", "safeguard", "shield", "train",
                                  "evacuate", "police"})


def _protective(e: CodedEvent) -> bool:
    """Whether a force posture (CAMEO 15: forces sent or deployed) states a protective purpose in its "to" clause."""
    tok = e.trigger
    return e.cameo[:2] == "15" and any(c.dep_ in ("advcl", "xcomp") and lemma(c) in _PROTECTIVE_PURPOSES
                                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                       for c in tok.children)


# Violence stopped: CAMEO 087 (de-escalate military engagement, PLOVER RETREAT), done by whoever stops it.
_DEESCALATE_CODE = "087"


def _ended_by(act: Token) -> Token | None:
    """The cessation verb an act of violence (CAMEO 18-20) is the object or the "-ing" complement of: "cease the
    bombing of insurgent territory", "stopped shelling the city", "halted the airstrikes" (docs/coding.md, "The loss
    round"). The act ends there: it is not done. None for any other act or head ("continued the bombing")."""
    head = act.head
    if head.i == act.i or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in _CESSATION:
        return None
    if not (act.dep_ == "dobj" or (act.dep_ == "xcomp" and act.tag_ == "VBG")):
        return None
    found = Lexicon.cached().match(act)
    return head if found is not None and found.cameo[:2] in _ARMED_HARM_ROOTS else None


def _negated_below(act: Token, gov: Token) -> bool:
    """Whether the act a word governs is negated below it: "vowed not to support", "plans never to meet"."""
    cur = act
    for _ in range(6):
        if cur.i == gov.i:
            return False
        if any(c.dep_ == "neg" for c in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _ceased(act: Token, gov: Token) -> bool:
    """Whether a word of cessation stands between an act and its governing word ("agreed to stop firing")."""
    cur = act.head
    while cur.i != gov.i and cur.head.i != cur.i:
        if cur.lemma_.lower() in _CESSATION:
            return True
        cur = cur.head
    return False


def _recipients(doc: Doc, tok: Token) -> list[Actor]:
    """The counterparts an act (or the verb its noun is the object of) names after "to", "for", "with" or
    "between", even a place: "ready to send peacekeepers to Ghana"."""
    heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return [a for h in heads for c in h.children if c.dep_ in ("prep", "dative")
            and c.lower_ in ("to", "for", "with", "between") for g in c.children for a in actors_at(doc, g) if a.resolved]


def _enrich(doc: Doc, ge: CodedEvent, cls: str, e: CodedEvent) -> None:
    """A governing trigger ("urged", "threatened") takes its type from the convention and its target from the act."""
    wanted = _governed_code(cls, e, ge.trigger)
    if codes.event_type(ge.cameo) != codes.event_type(wanted):
        ge.cameo = wanted
    if cls in ("agree", "reject") and _handed_to(doc, ge, e):
        ge.target = []
    if not ge.target:
        target = _requested(doc, ge.trigger, e) if cls == "request" else e.target
        if cls == "reject" and _act_as_patient(e, ge.trigger):
            target = e.source  # "The request by Germany was rejected by Russia": Russia turns Germany down
        ge.target = [a for a in target if not _same_side(ge.source, a)]
        if not ge.target and cls in ("agree", "reject") and not _act_as_patient(e, ge.trigger) and _joint_act(ge.source, e):
            ge.joint = True  # "India and Pakistan refused to hold talks": each refuses the other (as in _derive)


def _handed_to(doc: Doc, ge: CodedEvent, e: CodedEvent) -> bool:
    """Whether a governing refusal or promise took as its target the person an act of handing over hands over, where the
    act names who was to receive him: "refused to hand over Osama bin Laden to the United States" is refused to the
    United States (the eighth wire battery round)."""
    return e.cameo[:3] in _RECIPIENT_CODES and bool(e.target) and bool(ge.target) \
        and {a.code for a in ge.target} <= {a.code for a in _objects(doc, e.trigger, ())} \
        and not {a.code for a in e.target} & {a.code for a in ge.target}


def _act_as_patient(e: CodedEvent, gov: Token) -> bool:
    """Whether a nominal act is its governing verb's passive subject: "The request by Germany was rejected"."""
    return e.trigger.dep_ == "nsubjpass" and e.trigger.head.i == gov.i and e.trigger.pos_ in ("NOUN", "PROPN")


def _aux(tok: Token) -> set[str]:
    return {_contracted(c, tok) for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _contracted(aux: Token, verb: Token) -> str:
    """"he'd support Clinton": a contracted "'d" before a bare verb is "would" (before a participle, "had")."""
    low = aux.lower_.replace("’", "'")
    if low == "'d":
        return "would" if verb.tag_ == "VB" else "had"
    if low in _CONTRACTED_MODALS:
        return _CONTRACTED_MODALS[low]  # "won't", "can't": the tokenizer leaves "wo", "ca" before "n't"
    return aux.lower_


_CONTRACTED_MODALS = {"wo": "will", "ca": "can", "sha": "shall"}


def _reporter(doc: Doc, tok: Token) -> list[Actor]:
    """The subject of the reporting verb a clause is said by: "..., the envoy said"; "agreed that ..."."""
    head = tok.head
    # A speaker named in the text whom the document cannot code still speaks (kept by name, like any source).
    if tok.dep_ in ("ccomp", "parataxis") and (lemma(head) in _REPORTING or lemma(head) in _governor_words()["opinion_clause_words"]):
        return [a for a in _subject(doc, head) if a.resolved or _unresolved_person(a)]
    for child in tok.children:
        if child.dep_ in ("parataxis", "ccomp") and lemma(child) in _REPORTING:
            return [a for a in _subject(doc, child) if a.resolved or _unresolved_person(a)]
    return []


_CLAUSE_HEADS = frozenset({"ROOT", "advcl", "ccomp", "relcl", "conj", "parataxis", "xcomp"})


# Conjunctions of a clause of time: "once", "when", "after", "before", "until", "as soon as" (its last word)
_TIME_MARKS = frozenset({"once", "when", "after", "before", "until", "till", "soon"})


def _future_time_clause(verb: Token, words: dict) -> bool:
    """Whether a verb heads a clause of time in the present tense ("once troops complete their withdrawal") under a
    main clause of the future or of a guess ("will", "could", "may"): English tells what is to come this way."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBP", "VBZ") or verb.head.i == verb.i:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    main = _aux(verb.head)
    return bool(main & (words["future_aux"] | words["hypothetical_aux"])) or _going_to(verb.head)


def _under_condition(tok: Token, marks: frozenset[str]) -> bool:
    """Whether the clause a trigger's phrase belongs to is a condition or a question, climbing
    through participles and the nouns they modify: "if you look at the number of civilians
    killed" is no killing reported."""
    cur = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in cur.children):
            return True
        if (cur.pos_ in ("VERB", "AUX") and cur.dep_ in _CLAUSE_HEADS) or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _reported(doc: Doc, verb: Token) -> bool:
    """Whether a clause is reported speech: said by someone, or the content of "news that", "word that"."""
    if _reporter(doc, verb):
        return True
    head = verb.head
    nominal = head.pos_ == "NOUN" or head.dep_ in ("dobj", "attr", "pobj", "nsubj")  # the small model tags "reports" a verb
    nouns = _governor_words()["report_nouns"]
    return verb.dep_ in ("acl", "ccomp", "appos") and nominal and (head.lower_ in nouns or lemma(head) in nouns)


def _recode(e: CodedEvent, cameo: str, confidence, negated: bool | None = None) -> CodedEvent:
    e.cameo = cameo
    e.modality = _modality(e.trigger, cameo, e.date, None) if e.modality != "historical" else e.modality
    if negated is not None:
        e.negated = negated
    e.confidence = confidence(e.source, e.target, e.modality)
    return e


_NAMED_KINDS = frozenset({"person", "organization"})
# Auxiliaries that open a yes/no question.
_QUESTION_OPENERS = frozenset({"do", "does", "did", "will", "would", "can", "could", "should", "shall", "is", "are",
                               "was", "were", "has", "have", "had", "must"})


def _yes_no_question(verb: Token) -> bool:
    """"Does Rubio oppose the deal?", "Will Congress back the plan?": an auxiliary before the subject, in a
    sentence that ends with a question mark, asks whether the act happens; it reports none."""
    sent = verb.sent
    if not sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return False
    if sent[0].lower_ in _QUESTION_OPENERS:
        return True  # "Did Cruz attack Trump?" (the small model may parse the opening "Did" as the main verb)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb.pos_ in ("VERB", "AUX") else None
    return subject is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in verb.children)


# Modals of mere possibility: an infinitive under them is no more asserted than they are ("would" is left
# out: after a verb of saying it reports an intention, see _factual).
_POSSIBLE_AUX = frozenset({"may", "might", "could"})
# Modals whose perfect is a counterfactual past ("would have fired him if ...": docs/coding.md, "The fifth pool round").
_COUNTERFACTUAL_MODALS = frozenset(_WORDS["counterfactual_modals"]["words"])
_GENERIC_CONDITIONS = _WORDS["generic_conditions"]


def _generic_condition(verb: Token) -> bool:
    """Whether a verb is the main clause of an "if" condition that is generic or bears on a claim's truth: the
    condition's subject is the generic "you" ("if you talk to younger people, they completely reject ...") or it
    says a claim is true ("if its claims are true, North Korea is violating ...", "if true"). A conjunct shares its
    first conjunct's condition ("the Post will brand you a liar and NBC News will accuse you")."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for h in heads:
        for c in h.children:
            if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children):
                continue
            if any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _GENERIC_CONDITIONS["subjects"] for g in c.children):
                return True  # "if you look at the policies of ...": a generalisation
            if c.lower_ in _GENERIC_CONDITIONS["truth_words"] or any(
                    g.dep_ in ("acomp", "advmod") and g.lower_ in _GENERIC_CONDITIONS["truth_words"] for g in c.children):
                return True  # "if its claims are true", "if true": as unsure as the claim
    return False


def _factual(doc: Doc, e: CodedEvent, confidence) -> CodedEvent | None:
    """Negation, modals and conditions: what a clause says was not done is no event."""
    words = _governor_words()
    tok, root = e.trigger, e.cameo[:2]
    verb = tok if tok.pos_ in ("VERB", "AUX") else (tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok)
    if any(_yes_no_question(t) for t in _clause_chain(verb)):
        return None  # "Does Rubio oppose the deal?": a question, no act reported
    aux = _aux(verb) | _shared_modals(verb)
    marks = {c.lower_ for t in _clause_chain(tok) for c in t.children if c.dep_ == "mark"}
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                      for c in verb.children)
    if marks & words["condition_marks"] or _under_condition(tok, words["condition_marks"]):
        return None  # "if Valdonia agrees", "whether the army will attack"
    if _future_time_clause(verb, words):
        # "fighting could flare again once Ugandan troops complete their withdrawal": a present tense in a clause of
        # time under a main clause of the future or of a guess tells what is to come, not what happened (the fourth
        # wire battery round)
        return None
    if e.negated:
        if root in _COOPERATION_ROOTS | {"03"} and (aux & (words["future_aux"] | {"would", "can", "could"}) or _going_to(verb)):
            return _recode(e, _derived_code("reject", e.cameo), confidence, negated=False)  # "will not allow", "would not sign"
        if root in _HARM_ROOTS and _restraint_pledged(doc, verb, aux):
            # "Yoon said he would not declare martial law again", "Russia will not attack Ukraine": a pledge not to do
            # harm is an intention to yield (CAMEO 035, AGREE), not no event (docs/coding.md, "Pledges of restraint")
            e = _recode(e, _RESTRAINT_CODE.get(root, "030"), confidence, negated=False)
            e.modality = "future"  # (a said "would" is no guess: _modality reads only the auxiliary)
            return e
        return None  # "did not attack", "offered no response"
    if "to" in aux and verb.dep_ in ("ccomp", "xcomp") and _aux(verb.head) & _POSSIBLE_AUX:
        return None  # "may have his own party to blame", "could try to strike": as possible as its governor
    if aux & words["obligation_aux"] and _modal_perfect(verb):
        return None  # "Rubio should have apologized", "must have known": a judgement of the past, no demand
    if _generic_condition(verb):
        # "if you talk to younger people, they completely reject ...", "if its claims are true, North Korea is
        # violating ...": a generalisation or an inference, no act reported (docs/coding.md, "The fifth pool round")
        return None
    if _unreal_nominal(tok):
        # "a step towards their potential repatriation to Syria", "the possible Palin endorsement": an act named as
        # one that may happen, as "could" says of a verb (docs/coding.md, "The fifth pool round")
        return None
    if aux & _COUNTERFACTUAL_MODALS and _modal_perfect(verb):
        # "Kasich said he would have fired Lewandowski if such an incident had happened", "could have stopped the
        # attack": an unreal past, neither done nor promised nor threatened (docs/coding.md, "The fifth pool round")
        return None
    if aux & words["obligation_aux"]:
        speaker = _reporter(doc, verb)
        if not speaker:
            return None
        e.source, e.target = speaker, [a for a in e.source if not _same_side(speaker, a)]
        return _recode(e, _derived_code("request", e.cameo), confidence)
    if "to" in aux and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and _obliging(verb.head, words):
        # "Rubio said Trump has to apologize", "needs to apologize": "has to" and "needs to" are "must" (docs/coding.md
        # §1) also when the act is coded itself; the act is the speaker's demand on the obliged, not done
        speaker = _reporter(doc, verb.head)
        if not speaker:
            return None
        obliged = [a for c in verb.head.children if c.dep_ == "nsubj" for a in actors_at(doc, c) if a.resolved]
        e.source, e.target = speaker, [a for a in obliged if not _same_side(speaker, a)]
        return _recode(e, _derived_code("request", e.cameo), confidence)
    future = bool(aux & words["future_aux"]) or ("would" in aux and not conditional
                                                 and (_reported(doc, verb) or _said_of_itself(verb)))
    scheduled = not future and (e.cameo[:3] in _DIRECTED_VISITS or lemma(tok) == "meet") and verb is tok \
        and _scheduled(verb)
    future = future or scheduled
    if tok.pos_ == "NOUN" and _possible_nominal(tok, words["hypothetical_aux"]) and not future:
        # "a full-blown war between Iran and Israel could draw in the United States": a war that may come, as "could
        # send troops" is (the eleventh wire battery round); "Trump's refusal to disavow the Klan could disqualify him"
        # tells a refusal made and what it may cost
        return None
    if aux & words["hypothetical_aux"] and not future:
        if conditional and root in _HARM_ROOTS:
            return _recode(e, _derived_code("threaten", e.cameo), confidence)  # "would blockade the port if ..."
        if conditional and root == _THREATEN_ROOT:
            return e  # "Russia could aim its missiles at Ukraine if Kiev joined NATO": a threat made on a condition
        return None  # "could send troops": speculation
    if root in _ARMED_HARM_ROOTS and (stop := _ended_by(tok)) is not None and not _negated(stop):
        # "Sudan will cease the bombing of insurgent territory": a promise to stop violence is an intention to
        # de-escalate (AGREE 0356, as "agreed to stop firing" is), not a threat; "the army stopped shelling the
        # city" de-escalates (087, RETREAT), it does not shell (docs/coding.md, "The loss round")
        if not future and any(c.dep_ == "aux" and c.lower_ == "to" for c in stop.children):
            return None  # "negotiations to halt the bombing of Aleppo": ending it is an aim, not done
        return _recode(e, _CEASE_CODE if future else _DEESCALATE_CODE, confidence)
    if future and root in _HARM_ROOTS and _progressive(verb):
        return None  # "some of them will be conducting raids": a forecast of what will be going on, not a threat made
    if future and root in _HARM_ROOTS:
        if _protective(e):
            return _recode(e, _PROTECT_INTENT_CODE, confidence)  # forces sent to protect: an intention, no threat
        return _recode(e, _derived_code("threaten", e.cameo), confidence)
    if future and root in _COOPERATION_ROOTS:
        e = _recode(e, _derived_code("agree", e.cameo), confidence)
        if scheduled:
            e.modality = "future"  # as "will meet": one side's intention, not reversed (_reciprocal)
        return e
    return e


# A harm's root → the CAMEO "express intent to yield" code a pledge not to do it takes (docs/coding.md, "Pledges
# of restraint"): not to protest eases dissent (0352), not to coerce eases administrative sanctions such as martial
# law or bans (0351), not to use force de-escalates (0356); reducing relations has no code of its own (030).
_RESTRAINT_CODE = {"14": "0352", "15": "0356", "16": "030", "17": "0351", "18": "0356", "19": "0356", "20": "0356"}
# Verbs that say something, not what one thinks: "said it would" tells an intention, "thinks it would" a guess.
_SAYING_VERBS = _REPORTING - frozenset(_WORDS["pledge_saying"]["not"])
_SELF_PRONOUNS = frozenset(_WORDS["pledge_saying"]["self_pronouns"])


def _said_of_itself(verb: Token) -> bool:
    """Whether a "would" clause is what its speaker said of its own acts: "Yoon said he would not declare martial law
    again", "officials told reporters they would". The speaker need not be an actor the coder knows: the future in the
    past of reported speech is the speaker's "will" (an intention), however the speaker is named. Another's act in the
    clause ("analysts said Russia would attack") stays a guess unless a known actor says it (_reported)."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "said it would withdraw and would not return"
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in _SELF_PRONOUNS:
        return False
    if head.dep_ in ("ccomp", "parataxis") and head.head.i != head.i and lemma(head.head) in _SAYING_VERBS:
        return True
    return any(c.dep_ in ("ccomp", "parataxis") and lemma(c) in _SAYING_VERBS for c in head.children)


def _restraint_pledged(doc: Doc, verb: Token, aux: set[str]) -> bool:
    """Whether a negated harm is a pledge not to do it: the negation on the act's own verb ("will not attack", not
    "did not say it would attack", "denied it would attack"), the future ("will", "going to", or a said "would"), done
    by its subject (active: "will not be arrested" pledges nothing), in a clause that is no question or condition
    (those return earlier in _factual)."""
    going = _going_to(verb)
    if not (aux & _FUTURE_AUX or going or ("would" in aux and (_reported(doc, verb) or _said_of_itself(verb)))):
        return False
    clause = verb.head if going else verb  # "is not going to attack": subject and negation stand on "going"
    if _passive(verb) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)


# The pledges that stand without a counterpart named (_acted): easing harm is owed to whoever it was aimed at.
_YIELDING_PLEDGES = frozenset({_CEASE_CODE, *(c for c in _RESTRAINT_CODE.values() if c != "030")})


_UNSCHEDULED_TIMES = frozenset({"since", "every", "each", "ago", "last", "past", "earlier", "previous", "yesterday"})


def _scheduled(verb: Token) -> bool:
    """"Trudeau lands in Chile later on Friday", "when he travels on to Peru on Sunday": a trip or a meeting
    ("meets with the Chilean president on Friday") told in the simple present with the day it is for is a schedule,
    a meeting still to come (the gold's "Scheduled visits", AGREE 036 as "will meet"); with no time named ("Trudeau
    arrives in Chile", a headline) it is told as done, and a time gone by or repeated ("since 2010", "every year",
    "last week") is no schedule. Only trips and "meet": a scheduled speech ("Trudeau speaks to supporters in Chile on
    Thursday night") is no promise to anyone."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    timed = [c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod", "tmod")
             and any(x.ent_type_ in _DATE_LABELS and not _in_clause_below(x, c) for x in c.subtree)]
    # (a time inside a clause of its own tells of something else: "visits Chile, a country that elected a new
    # president this year")
    return bool(timed) and not any(x.lower_ in _UNSCHEDULED_TIMES for c in timed for x in c.subtree)


def _modal_perfect(verb: Token) -> bool:
    """"should have apologized", "must not have called": a modal with the perfect speaks of a past act (a regret, a
    reproach, a guess), and a past act cannot be asked for (found on the pool: "responded by saying he should not
    have called Rubio a lightweight" read as a demand)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children)


def _going_to(verb: Token) -> bool:
    """"Is not going to meet him": "be going to" is the future as "will" is, so a cooperative act refused with it
    is REJECT like "will not meet him" (docs/coding.md, "The cross-split recall round"); the negation stands on
    "going", a pass-through word, and the act is its "to" clause."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lower_ == "going" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in head.children)


# Verbs of starting and stopping whose "-ing" complement shares their modal ("will stop supporting rebels").
_ASPECT_VERBS = frozenset(_WORDS["aspect_verbs"]["words"])


def _shared_modals(verb: Token) -> set[str]:
    """The modal a verb shares with the verb it is conjoined to or the aspect verb it completes, when it has no
    auxiliary and no subject of its own: "Sudan will improve access ..., stop supporting rebels ... and cooperate
    with American intelligence" promises each act (gold decision 8, "A list of commitments": AGREE per predicate),
    as "Sudan will cooperate" does. Only modals are shared (the cross-split precision round, docs/coding.md)."""
    cur = verb
    for _ in range(6):
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cur.children):
            break
        if cur.dep_ == "conj" or (cur.dep_ == "xcomp" and cur.tag_ == "VBG" and cur.head.lemma_.lower() in _ASPECT_VERBS):
            cur = cur.head
            continue
        if _means_clause(cur):
            # "Kenya will respond by imposing sanctions", "Trump could win by attacking Clinton": the means of an
            # act is as asserted as the act (a promise, a possibility), not a deed done
            cur = cur.head.head
            continue
        break
    if cur is verb:
        return set()
    return {c.lower_ for c in cur.children if c.dep_ == "aux" and c.tag_ == "MD"}


def _progressive(verb: Token) -> bool:
    """"will be conducting": the future progressive (an "-ing" verb with a "be" auxiliary)."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "be" for c in verb.children)


def _owed_acts(verb: Token, nouns: frozenset[str]) -> list[Token]:
    """The "to" clause of an obligation noun that "have" governs ("had the opportunity and the obligation to
    bring us together"): the act the noun makes a "must"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in objects for g in c.children if g.dep_ == "conj"]
    if not any(o.lemma_.lower() in nouns for o in objects):
        return []
    return [g for o in objects for g in o.children
            if g.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]


def _obligations(doc: Doc, sent, events: list[CodedEvent], anchor: date | None, confidence) -> list[CodedEvent]:
    """Reported obligations whose act is in no lexicon: "Valdonia must hold elections, the envoy said".

    "X must / should / needs to / has to do Y", said by someone, is that speaker's demand
    on X (REQUEST, CAMEO 020) whatever Y is: the convention codes the demand, and Y
    is only its content. Without a speaker, in a question or under a condition it is
    no event; an obligation whose act is already coded was recoded by _factual.
    """
    words = _governor_words()
    if type(doc) is DocView and _no_obligation_word(doc, sent, words):
        return []
    if sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return []
    taken = {e.trigger.i for e in events}
    out = []
    for tok in sent:
        # "agreed that Trump needs to deliver a speech": the small model may tag a clause's "needs" as a
        # plural noun (its subject then a compound); a noun heading a that-clause is that verb.
        misread = False
        if tok.pos_ not in ("VERB", "AUX"):
            misread = tok.dep_ == "ccomp" and tok.pos_ == "NOUN" and lemma(tok) in words["obligation_verbs"]
            if not misread:
                continue
        elif tok.dep_ in ("aux", "auxpass"):
            continue
        complements = ("xcomp", "acl") if misread else ("xcomp",)  # the misread noun's "to deliver" is an acl
        acts = [c for c in tok.children if c.dep_ in complements and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
        if not acts and not misread and lemma(tok) == "have":
            acts = _owed_acts(tok, words["obligation_nouns"])  # "had the obligation to bring us together"
        obliged = bool(_aux(tok) & words["obligation_aux"]) or (_obliging(tok, words) and bool(acts))
        # (for the misread noun only its act itself: the nouns of its phrase, "a speech", are what is asked)
        if not obliged or any(t.i in taken for t in (acts if misread else tok.subtree)):
            continue
        if any(c.dep_ == "mark" and c.lower_ in words["condition_marks"] for c in tok.children):
            continue
        if _modal_perfect(tok):
            continue  # "he should not have called Rubio a lightweight": a judgement of a past act, nothing asked
        if any(lemma(a) == "do" and any(c.dep_ == "prep" and c.lower_ == "with" for c in a.children) for a in acts):
            continue  # "A lot will have to do with Israel": "have to do with" relates, it obliges no one (the sixth pool round)
        subject = next((c for c in tok.children if c.dep_ == "nsubj" or (misread and c.dep_ == "compound")), None)
        asked = [a for a in actors_at(doc, subject) if a.resolved] if subject is not None else []
        # A named speaker's demand stands even when whom it is made of is no actor the coder knows ("conservatives
        # need to band together, she said"): an empty target, as for any verbal event (docs/coding.md §3).
        # Only of a party that can act: not generic "you" ("you need to build an organization"), nor a thing or a
        # passive act ("the system needs to be reformed": a view of what should happen, no one asked).
        of_party = subject is not None and (bool(asked) or (
            subject.pos_ != "PRON" and lemma(subject) not in _THING_SUBJECTS
            and not any(g.dep_ == "auxpass" for a in acts for g in a.children)))
        speaker = _reporter(doc, tok) if of_party else []
        if not speaker:
            continue
        target = [a for a in asked if not _same_side(speaker, a)]
        when = _date(doc, tok, anchor)
        out.append(CodedEvent(tok, tok.i + 1, "020", speaker, target, False, "demanded", when,
                              places.place_for(doc, tok, _PLACE_PREPS), confidence(speaker, target, "demanded"), _depth(tok)))
    return out


def _shortfalls(doc: Doc, sent, events: list[CodedEvent], anchor: date | None, confidence) -> list[CodedEvent]:
    """"President Biden said that Israel had not done enough to protect aid workers": a party said by a named speaker
    not to have done enough (or to have failed to do enough) is blamed by that speaker, ACCUSE (CAMEO 111) speaker →
    that party, whatever the act it fell short of (the twelfth wire battery round). The article's own voice blames no
    one, and an accusation already coded ("criticized Israel for not doing enough") is not told twice."""
    if type(doc) is DocView and "enough" not in doc.lowers[sent.start:sent.end]:
        return []  # (read off the view's column: most sentences have no "enough")
    out = []
    for tok in sent:
        if tok.lower_ != "enough" or tok.dep_ not in ("dobj", "advmod", "npadvmod"):
            continue
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX") or lemma(verb) != "do":
            continue
        failed = verb.dep_ == "xcomp" and lemma(verb.head) == "fail"
        clause = verb.head if failed else verb  # (the clause said: "had failed to do enough")
        if not failed and not any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(e.trigger.i in {t.i for t in verb.ancestors} | {verb.i} for e in events):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        blamed = [a for a in actors_at(doc, subject) if a.resolved] if subject is not None else []
        speaker = _reporter(doc, clause)
        target = [a for a in blamed if not _same_side(speaker, a)]
        if not speaker or not target:
            continue
        out.append(CodedEvent(clause, clause.i + 1, _SHORTFALL_CODE, speaker, target, False, "asserted",
                              _date(doc, clause, anchor), places.place_for(doc, clause, _PLACE_PREPS),
                              confidence(speaker, target, "asserted"), _depth(clause)))
    return out


_SHORTFALL_CODE = "111"  # CAMEO: criticize or denounce


def _refused_permissions(doc: Doc, sent, events: list[CodedEvent], anchor: date | None, confidence) -> list[CodedEvent]:
    """"Mugabe said he would never allow the opposition Movement for Democratic Change to take power": not allowing an
    actor to act is a refusal (REJECT), aimed at that actor, whatever the act (docs/coding.md §1 lists "will not allow"
    among the refusals; the thirteenth wire battery round). Foreign actors or bodies kept out are CAMEO 1245 (refuse to
    allow international involvement), as the wire gold codes "would not allow U.N. peacekeepers to take over"; one's
    own country's actors 120. An act under it that is coded already is recoded by _convention instead."""
    if type(doc) is DocView and _PERMITTING.isdisjoint(doc.lemmas[sent.start:sent.end]):
        return []  # (read off the view's column: most sentences have none of these verbs)
    taken = {e.trigger.i for e in events}
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in _PERMITTING or tok.i in taken \
                or not any(c.dep_ == "neg" for c in tok.children):
            continue
        act = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if act is None or any(t.i in taken for t in act.subtree):
            continue
        allowed = next((c for c in tok.children if c.dep_ == "dobj"), None) if act.dep_ == "xcomp" else \
            next((c for c in act.children if c.dep_ == "nsubj"), None)
        source = [a for a in _subject(doc, tok) if a.resolved]
        target = [a for a in actors_at(doc, allowed) if a.resolved and not _same_side(source, a)] if allowed is not None else []
        if not source or not target:
            continue
        home = {a.code for a in source if a.code}
        cameo = "1245" if any(a.code not in home for a in target) else "120"
        when = _date(doc, tok, anchor)
        modality = _modality(tok, cameo, when, anchor)
        out.append(CodedEvent(tok, tok.i + 1, cameo, source, target, False, modality, when,
                              places.place_for(doc, tok, _PLACE_PREPS), confidence(source, target, modality), _depth(tok)))
    return out


_PERMITTING = frozenset({"allow", "permit", "let"})


def _told_addressees(doc: Doc, events: list[CodedEvent]) -> None:
    """"President Obama told President Hosni Mubarak in a telephone call that an orderly transition of power must begin
    now": a demand said to someone, whose clause names no actor asked, is made of whom it was told to (the thirteenth
    wire battery round). In place, on demands (REQUEST) with no target whose clause hangs on "tell" by their source."""
    for e in events:
        if e.target or codes.event_type(e.cameo) != "REQUEST" or not e.source:
            continue
        cur = e.trigger
        for _ in range(3):
            if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
                break
            cur = cur.head
            if lemma(cur) == "tell":
                told = [a for c in cur.children if c.dep_ in ("dobj", "dative") for a in actors_at(doc, c)
                        if a.resolved and not _same_side(e.source, a)]
                if told and {a.code for a in _subject(doc, cur)} & {a.code for a in e.source}:
                    e.target = told
                break


def _no_obligation_word(view: DocView, sent, words: dict[str, frozenset[str]]) -> bool:
    """Whether no word of a sentence can make an obligation: none is an obligation auxiliary ("must") and none has
    an obligation verb for lemma (``lemma``, which may add an "e" to the model's lemma). Read off the view's columns,
    without a pass over the tokens' children; _obligations finds nothing in such a sentence."""
    if not words["obligation_aux"].isdisjoint(view.lowers[sent.start : sent.end]):
        return False
    verbs = words["obligation_verbs"] | {"get"}  # ("has got to": _obliging)
    return not any((low := lem.lower()) in verbs or low + "e" in verbs for lem in view.lemmas[sent.start : sent.end])


def _obliging(verb: Token, words: dict) -> bool:
    """Whether a verb is one of obligation (`obligation_verbs`: "needs to", "has to"), or "have got to", which is "have
    to" in speech ("he has got to clean this up", "Clinton's got to come clean": the real dev miss; docs/coding.md,
    "Have got to"). "Got to" alone ("he got to meet Obama") had the chance, and obliges no one."""
    low = lemma(verb)
    return low in words["obligation_verbs"] or (low == "get" and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and lemma(c) == "have" for c in verb.children))


# -- governing words whose act is in no lexicon (docs/coding.md, "The real-news round") ---------------
_BARE_CLASSES = (("request", "020"), ("agree", "030"), ("reject", "120"))


@cache
def _bare_words() -> dict[str, tuple[str, str]]:
    """Lemma → (class, CAMEO code) of the ``bare_*`` lists in governors.json (fixed data)."""
    words = _governor_words()
    return {w: (cls, cameo) for cls, cameo in _BARE_CLASSES for w in words["bare_" + cls]}


# Request words that ask only with a "to" clause ("persuaded X to"), never by a that-clause (the directive and intent round).
_NEEDS_INFINITIVE = _governor_words()["request_needs_infinitive"]

# The words' lemmas as the model writes them (lower case: "adamant", "insist"), for the cheap test of a sentence.
_BARE_KEYS = frozenset(_bare_words())


def _to_clause(tok: Token) -> Token | None:
    """The act a word governs by "to": "ready to send" (xcomp), "committed to working with" (to + gerund)."""
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ == "to":
            return next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return None


def _mandative(tok: Token) -> Token | None:
    """A that-clause in the mandative subjunctive ("insisted that the minister step down", "adamant that he be
    removed"): its verb is bare, with a subject and no tense or modal of its own (or "should")."""
    # "are adamant that ...": the parser hangs an adjective's clause on its copula
    holder = tok.head if tok.dep_ == "acomp" else tok
    past = holder.tag_ in ("VBD", "VBN") or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in holder.children)
    for c in holder.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue
        aux = [g for g in c.children if g.dep_ in ("aux", "auxpass")]
        if not all(a.lower_ in ("be", "should") for a in aux):
            continue  # "insisted that he was innocent", "that it would leave": a statement
        if c.tag_ == "VB" or (c.tag_ == "VBN" and aux):
            return c  # "step down", "be removed", "should leave"
        if c.tag_ == "VBP" and past and not aux and c.lemma_ not in ("be", "have"):
            return c  # "insisted that Poland withdraw": a present form under a past verb is the subjunctive the tagger missed
    return None


def _bare_governed(doc: Doc, sent, events: list[CodedEvent], anchor: date | None, confidence) -> list[CodedEvent]:
    """Governing words that are no trigger and govern an act in no lexicon: the convention codes the governing
    word whatever its act (docs/coding.md §1), so "challenged the governor to explain the cuts" is a REQUEST and
    "is ready to work with Sweden" an AGREE even though neither "explain" nor "work" is an event word.

    Acts that are triggers are left to _convention, which recodes them by their governor; this only adds the
    governing event where nothing under it was coded. Read off the view's lemma column first, as most sentences
    have none of these words."""
    if _BARE_KEYS.isdisjoint(doc.lemmas[sent.start : sent.end] if type(doc) is DocView else [t.lemma_ for t in sent]):
        return []
    table_ = _bare_words()
    taken = {e.trigger.i for e in events}
    out = []
    for tok in sent:
        found = table_.get(tok.lemma_.lower())
        if found is None or tok.i in taken or tok.pos_ not in ("VERB", "ADJ"):
            continue
        cls, cameo = found
        act = _to_clause(tok)
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)  # "Turkey is committed to ..."
        source = [a for a in (actors_at(doc, subject) if subject is not None else _subject(doc, tok)) if a.resolved]
        if cls == "request":
            asked = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
            if act is not None and asked is not None:
                target = [a for a in actors_at(doc, asked) if a.resolved]  # "challenged the governor to explain"
            elif act is None and tok.lemma_.lower() not in _NEEDS_INFINITIVE and (act := _mandative(tok)) is not None:
                # "insisted that the minister step down": the clause's subject is asked
                target = [a for g in act.children if g.dep_ in ("nsubj", "nsubjpass") for a in actors_at(doc, g) if a.resolved]
            else:
                continue
        elif act is None:
            continue
        else:
            target = _intended_counterpart(doc, tok, act, source)  # an intention is toward someone, or no event
            if not target:
                continue
        if _word_class(tok) is not None and any(t.i in taken for t in act.subtree):
            continue  # a coded act under a governing word: _convention recodes it by its governor
        # (under a word of no governing class, "challenged Rauner to explain", the coded act becomes this event's content)
        target = [a for a in target if not _same_side(source, a) and not any(a is s for s in source)]
        if not source and not target:
            continue
        when = _date(doc, tok, anchor)
        modality = _modality(tok, cameo, when, anchor)
        out.append(CodedEvent(tok, tok.i + 1, cameo, source, target, _negated(tok), modality, when,
                              places.place_for(doc, tok, _PLACE_PREPS), confidence(source, target, modality), _depth(tok)))
    return out


# "anti-Christie ads", "a pro-Clinton mailer": the prefix and the actor after its hyphen (docs/coding.md,
# "Campaign material"). Found by one pass of a regular expression over the text, not token by token.
_STANCE_PREFIX = re.compile(r"\b(anti|pro)-(?=[A-Z])", re.IGNORECASE)
_PREFIX_WORDS = _WORDS["stance_prefixes"]
_PREFIX_HASHES = frozenset(get_string_id(w) for w in ("anti", "pro"))  # the lower-case forms the pattern matches


def _stance_prefixes(doc: Doc, view: DocView) -> list[int]:
    """Token indices of "anti"/"pro" prefixes written before a capitalised name."""
    if _PREFIX_HASHES.isdisjoint(view.lower_keys):
        # A prefix found is a token of its own (the match must be a whole token, below): with no such token
        # there is none, and ``doc.text``, which joins every token anew, is not worth making.
        return []
    out = []
    for m in _STANCE_PREFIX.finditer(doc.text):
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None:
            out.append(span.start)
    return out


def _prefixed_stances(doc: Doc, starts: list[int], anchor: date | None, confidence) -> list[CodedEvent]:
    """Campaign material against or for a named actor, made by a named actor: "a super PAC aired
    anti-Christie ads" is ACCUSE (CAMEO 111) super PAC → Christie, "paid for a pro-Clinton mailer"
    SUPPORT (053, rallying support on someone's behalf). The noun must be material that someone
    makes and shows (ads, mailers, videos, rallies: ``stance_prefixes`` in event_words.json); a
    "pro-Rubio super PAC" or "anti-Trump protesters" only describe whom they are for or against."""
    out = []
    for i in starts:
        if i + 2 >= len(doc) or doc[i + 1].text != "-":
            continue
        named = actor_for(doc, doc[i + 2])
        if named is None or not named.resolved or named.kind == "pronoun":
            continue
        noun = doc[named.end - 1].head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PREFIX_WORDS["nouns"] or noun.i < named.end:
            continue
        maker = noun.head if noun.dep_ in ("dobj", "nsubjpass") else noun.head.head if noun.dep_ == "pobj" else None
        if maker is None or maker.pos_ not in ("VERB", "AUX"):
            continue
        source = [a for a in _subject(doc, maker) if a.resolved and not (a.start <= named.start < a.end)]
        target = [named] if source and not _same_side(source, named) else []
        if not target:
            continue
        cameo = _PREFIX_WORDS["codes"][doc[i].lower_]
        when = _date(doc, maker, anchor)
        modality = _modality(maker, cameo, when, anchor)
        e = CodedEvent(noun, noun.i + 1, cameo, source, target, _negated(maker), modality, when,
                       places.place_for(doc, maker, _PLACE_PREPS), confidence(source, target, modality), _depth(noun))
        if (e := _factual(doc, e, confidence)) is not None:
            out.append(e)
    return out


def _mutual(e: CodedEvent) -> bool:
    """Whether an act is done with each other ("signed a pact", "held talks", "clashed", "sparred"),
    not by several to a third party ("the US and Korea criticised the decision")."""
    if e.cameo in _MEDIATION_CODES:
        return False  # "Egypt and Qatar mediated between Israel and Hamas": between others, not each other
    return codes.event_type(e.cameo) in _RECIPROCAL_TYPES or lemma(e.trigger) in _RECIPROCAL_WORDS \
        or _of_relations(e.trigger)


def _aimed_elsewhere(e: CodedEvent) -> bool:
    """Whether a harm by conjoined sources is aimed at something named, though no actor: "U.N. and French helicopters
    fired rockets at military camps held by forces loyal to Gbagbo" is no fight between the UN and France (the
    thirteenth wire battery round). Verbs of mutual fighting ("exchanged fire", "clashed") stay each other's."""
    tok = e.trigger
    if e.cameo[:2] not in _ARMED_HARM_ROOTS or tok.pos_ not in ("VERB", "AUX") or lemma(tok) in _RECIPROCAL_WORDS \
            or _each_other(tok):
        return False
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("at", "on", "against") and
               any(g.dep_ == "pobj" for g in c.children) for c in tok.children)


def _of_relations(tok: Token) -> bool:
    """"restored diplomatic ties", "cut relations": an act on relations, which are the two sides' together
    (`relation_nouns` of the reciprocal entry in event_words.json)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RELATION_NOUNS for c in tok.children)


_TOPIC_WORDS = frozenset(_WORDS["topic_words"]["words"])


def _topics(doc: Doc, tok: Token) -> list[Actor]:
    """The actors a consultation is about (`topic_words` prepositions): after "on", "about", "over", "regarding" or
    "concerning" hung on the trigger, on its object or on whom it is held with ("talks with Lavrov on Syria")."""
    heads = _object_heads(tok)
    heads += _prep_objects(heads, {"with"})
    return _distinct_actors(doc, (t for obj in _prep_objects(heads, _TOPIC_PREPS) for t in obj.subtree))


_TOPIC_PREPS = frozenset(_WORDS["topic_words"]["prepositions"])


def _talked_with(doc: Doc, tok: Token) -> list[Actor]:
    """The parties a discussion is held with: the actors after "with" on the trigger or on its object ("discussed the
    war with Netanyahu", "discussed Syria with Putin"), and after "between" on a noun ("discussions between Kenya and
    Somalia"), coordinated ones included."""
    preps = {"with", "between"} if tok.pos_ == "NOUN" else {"with"}
    return _distinct_actors(doc, (t for obj in _prep_objects(_object_heads(tok), preps) for t in (obj, *obj.conjuncts)))


def _object_heads(tok: Token) -> list[Token]:
    """A trigger and its direct objects: where the phrases of a consultation hang."""
    return [tok, *(c for c in tok.children if c.dep_ == "dobj")]


def _prep_objects(heads: list[Token], preps) -> list[Token]:
    """The objects of the prepositions ``preps`` on ``heads``, in order."""
    return [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj"]


def _distinct_actors(doc: Doc, tokens) -> list[Actor]:
    """The actors the tokens name, each once, in order."""
    found: list[Actor] = []
    for t in tokens:
        found += [a for a in actors_at(doc, t) if not any(a is f for f in found)]
    return found


def _each_others_counterpart(source: list[Actor], cameo: str, tok: Token) -> bool:
    """"The presidents of Kenya and Somalia met on the sidelines of the African Union summit": conjoined
    subjects of a mutual act of two countries are each other's counterpart (``_reciprocal``); a third party
    named somewhere in the act's phrase is where they met, not whom."""
    return len({a.code for a in source if a.code}) > 1 and cameo not in _MEDIATION_CODES and \
        (codes.event_type(cameo) in _RECIPROCAL_TYPES or lemma(tok) in _RECIPROCAL_WORDS)


# Mediation (CAMEO 045 mediate, 039 express intent to mediate): a CONSULT or AGREE done between two other parties, so
# conjoined mediators are not each other's counterpart (docs/coding.md, "International wire copy").
_MEDIATION_CODES = frozenset({"045", "039"})


def _each_other(tok: Token) -> bool:
    """"attacked each other", "had gone after one another": the act says itself that it is mutual."""
    return any(t.lower_ in _EACH_OTHER and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")
               for c in tok.children for t in c.subtree if t.i > tok.i)


def _fought_with(e: CodedEvent) -> bool:
    """A fight, a quarrel or a meeting "with" someone: ASSAULT, CONSULT or a verb of mutual quarrel, its target
    after "with" ("held talks with Hollande", "had a phone call with Hollande" are met by both sides)."""
    kind = codes.event_type(e.cameo)
    if kind not in _WITH_MUTUAL_TYPES and lemma(e.trigger) not in _RECIPROCAL_WORDS:
        return False
    if kind in _ONE_SIDED_TYPES:
        return False  # "Moscow said it would negotiate with Washington": an intention (or a demand, a refusal) is one side's

    if kind == "CONSULT" and (e.cameo[:3] in _DIRECTED_VISITS or all(a.sector in _INTERVIEW_SECTORS for a in e.target)):
        return False  # "spoke with reporters": an interview, not coded either way; a visit goes one way (042, 043)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _SHARED_NOUNS for c in e.trigger.children):
        return False  # "closed its border with Russia": the border's "with", not a fight with Russia
    doc = e.trigger.doc
    return all((w := _counterpart_head(doc[a.end - 1])).dep_ == "pobj" and w.head.lower_ == "with" for a in e.target if a.end)


def _counterpart_head(tok: Token) -> Token:
    """The noun an actor's word stands in: its first conjunct, and past a coordinated origin the role noun it
    belongs to ("with Brazilian, Mexican and Argentine officials", "with the ministers from Chile and Peru": the
    officials, the ministers; see `_coordinated_origins`)."""
    for _ in range(4):
        tok = _first_conjunct(tok)
        head = tok.head
        if tok.dep_ in ("amod", "compound", "nmod") and head.i > tok.i and head.pos_ in ("NOUN", "PROPN"):
            tok = head
        elif tok.dep_ == "pobj" and head.lower_ in _ORIGIN_PREPS and head.head.i != head.i and head.head.pos_ == "NOUN":
            tok = head.head
        else:
            break
    return tok


_WITH_MUTUAL_TYPES = frozenset({"ASSAULT", "CONSULT"})
_ONE_SIDED_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
_DIRECTED_VISITS = frozenset({"042", "043"})


def _reciprocal(events: list[CodedEvent]) -> list[CodedEvent]:
    """"France and Germany signed a pact": both directions, not first conjunct → second."""
    out = []
    for e in events:
        # Two persons of one country are two sides ("Cruz and Rubio had gone after each other"); an
        # unresolved person counts by name. So are a named body and a group of one country, or two groups of
        # two sectors: "The Salvadoran government and the FMLN signed a peace accord" is SLV ↔ SLV (the fourth
        # wire battery round), not one side with no one to sign with.
        key = lambda a: (a.code, a.name if a.kind in ("person", "organization") else a.sector)  # noqa: E731
        distinct = list({key(a): a for a in e.source}.values())
        if e.target and e.source and _fought_with(e) and e.modality != "future" and _acted(e):
            # (only an act that stands: "resumed talks with India", from Indian negotiators by default, is a trip at home)
            # (a meeting still to come is the intention of whoever announced it: "Netanyahu will meet with
            # Trump" is AGREE ISR → USA only)
            # "security forces fought gunbattles with jihadists", "clashed with police": a fight
            # is mutual, so both sides act (CAMEO codes both directions).
            out += [e, CodedEvent(e.trigger, e.trigger_end, e.cameo, list(e.target), list(e.source), e.negated,
                                  e.modality, e.date, e.place, e.confidence, e.depth)]
            continue
        own_side = bool(e.target) and all(t.code and any(t.code == s.code for s in e.source) for t in e.target) \
            and not (e.cameo[:2] in _HARM_ROOTS and any(c.dep_ == "dobj" for c in e.trigger.children))
        # (a harm done to an object stays one act of both: "Syrian and Russian warplanes pounded eastern Aleppo" is no
        # fight between Syria and Russia, the eighth wire battery round)
        # ("Israel and the PLO signed an accord on Palestinian self-rule": a side named again in what the act is
        # about is no third party; the act is still between the two, the sixth wire battery round)
        if (e.target and not own_side) or len(distinct) < 2 or not (_mutual(e) or _each_other(e.trigger) or e.joint) \
                or _aimed_elsewhere(e):
            out.append(e)
            continue
        if _one_each(e):
            continue  # "the Syrian and Yemeni wars": a war in each country, not a war between them (the sixth pool round)
        for a in distinct:
            out.append(CodedEvent(e.trigger, e.trigger_end, e.cameo, [s for s in e.source if key(s) == key(a)],
                                  [t for t in e.source if key(t) != key(a)], e.negated, e.modality, e.date, e.place,
                                  e.confidence, e.depth))
    return out


def _titled_abroad(events: list[CodedEvent]) -> list[CodedEvent]:
    """A titled person the tables do not know takes the country the document is about (docs/coding.md, "Titles without
    a country"); in a sentence that names one country, as whom the person acts on, that is the wrong side: "Sen. Bob
    Smithers criticized Iran", "Foreign Minister X criticized Iran" made an Iranian criticise Iran. The person then
    keeps the country of a title only one country's press uses ("Sen.", "Rep.", "Gov.": USA), else none (empty beats
    wrong). A country named elsewhere in the sentence keeps the default ("Iran's interior minister ...")."""
    for e in events:
        aimed = {a.code for a in e.target if a.kind == "country" and a.code}
        if not aimed or not any(a.kind == "person" and a.resolved_from == "title" and a.code in aimed for a in e.source):
            continue
        doc, sent = e.trigger.doc, e.trigger.sent
        aimed_at = {i for a in e.target for i in range(a.start, a.end)}
        named = {a.code for t in sent if t.i not in aimed_at for a in actors_at(doc, t) if a.kind != "person"}
        source = []
        for a in e.source:
            if a.kind == "person" and a.resolved_from == "title" and a.code in aimed and a.code not in named:
                style = next((_TITLE_COUNTRY[t.lower_] for t in doc[a.start:a.end] if t.lower_ in _TITLE_COUNTRY), None)
                a = replace(a, code=style, resolved_from="title" if style else None)
            source.append(a)
        e.source = source
    return events


def _retaliation_means(events: list[CodedEvent]) -> list[CodedEvent]:
    """Drop a retaliation whose means is an act coded of its own: "Pakistan retaliated by closing NATO's supply routes
    into Afghanistan" is the closing, not an attack besides it (the tenth wire battery round). A retaliation told
    without its means stays ("Israel vowed to retaliate")."""
    means = {e.trigger.i for e in events}
    def told_by_means(e: CodedEvent) -> bool:
        tok = e.trigger
        # ("Moscow struck back within hours by barring nine American officials ...": "strike back", "hit back" too, the
        # thirteenth wire battery round)
        answering = lemma(tok) in _RETALIATION_VERBS or lemma(tok) in ("strike", "hit") and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)
        return tok.pos_ == "VERB" and answering and any(
            c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.i in means for g in c.children)
            for c in tok.children)
    return [e for e in events if not told_by_means(e)]


# Kinds of help and promises a participle adds to the act it hangs on (see _participle_counterparts).
_PARTICIPLE_HELP_ROOTS = frozenset({"03", "05", "06", "07"})


def _participle_counterparts(events: list[CodedEvent]) -> list[CodedEvent]:
    """Give a participle of help or promise that names no one helped the counterpart of the act it hangs on, by the
    same doer: "Biden made an unannounced visit to Kyiv, pledging a further half a billion dollars in military
    assistance" pledges to Ukraine, whom the visit reached; "met Putin in Beijing, promising closer ties" promises
    them to Russia; so does a verb joined by "and" ("made an unannounced visit to Kyiv ... and pledged another $500
    million"). With no one named the pledge was dropped as made to no one (the tenth wire battery round)."""
    for e in events:
        tok = e.trigger
        shared = tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if e.target or not e.source or e.cameo[:2] not in _PARTICIPLE_HELP_ROOTS or tok.head.pos_ not in ("VERB", "AUX") \
                or not (tok.tag_ == "VBG" and tok.dep_ == "advcl" or shared):
            continue  # (a verb joined with "and" that shares the subject: "made a visit to Kyiv ... and pledged")
        head = tok.head
        doers = {a.code for a in e.source if a.code}
        for m in events:
            if m is e or not m.target or {a.code for a in m.source if a.code} != doers:
                continue
            if m.trigger.i == head.i or (m.trigger.head.i == head.i and m.trigger.dep_ == "dobj"):
                e.target = list(m.target)
                break
    return events


def _visit_purposes(events: list[CodedEvent]) -> list[CodedEvent]:
    """Drop the talks a visit is made for: "Primakov began a visit to Baghdad for talks with Saddam Hussein" is one
    consultation, the visit (042, SUN → IRQ), not a visit and talks each way (the sixth wire battery round). The talks
    stay when they are with someone the visit does not reach ("flew to Geneva for talks with Lavrov")."""
    visits = {e.trigger.i: {a.code for a in e.target if a.code} for e in events if e.cameo[:3] in ("042", "043")}
    if not visits:
        return events
    def purpose(e: CodedEvent) -> bool:
        tok = e.trigger
        if codes.event_type(e.cameo) != "CONSULT" or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" \
                or tok.head.lower_ != "for":
            return False
        held = tok.head.head  # (the visit itself, or the verb that has it: "began a visit to Baghdad ... for talks")
        visit = next((i for i in (held.i, *(c.i for c in held.children if c.dep_ == "dobj")) if i in visits), None)
        if visit is None:
            return False
        reached = visits[visit]
        sides = {a.code for a in e.source + e.target if a.code}
        return bool(reached & sides)
    return [e for e in events if not purpose(e)]


def _one_each(e: CodedEvent) -> bool:
    """Whether a plural event noun takes its sides only from coordinated adjectives ("the Syrian and Yemeni wars",
    "the Iraqi and Afghan conflicts"): one event for each, no dyad between them. A hyphenated pair names the sides of
    one ("the Iran-Iraq war"), as two named subjects do ("Russian and Ukrainian troops clashed")."""
    tok = e.trigger
    if tok.tag_ not in ("NNS", "NNPS") or e.cameo[:2] not in _FORCE_ROOTS:
        return False  # (talks are held between their sides: "Israeli and Palestinian talks" stay a dyad)
    mods = [c for c in tok.children if c.dep_ == "amod"]
    mods += [cj for m in mods for cj in m.conjuncts]
    return len(mods) > 1 and all(any(m.i >= a.start and m.i < a.end for m in mods) for a in e.source)


# -- arguments --------------------------------------------------------------------------
def _main_subject(doc: Doc, tok: Token) -> list[Actor]:
    """The actors the sentence is about: the subject of its main verb.

    A cooperative act with no party named ("... led to the latter authorising the
    reinstatement of a training programme") is done with the sentence's subject.
    """
    root = tok.sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return [a for a in actors_at(doc, child) if a.code]
    return []


def _without_nested(events: list[CodedEvent]) -> list[CodedEvent]:
    """"military training programme": one event, not one per noun of the phrase.

    Likewise an act that only elaborates another of the same type it depends on:
    "opened fire on visitors, killing 19", "Russian strikes hit power plants".
    """
    heads = {(e.trigger.i, e.cameo[:2]) for e in events}
    kinds = {(e.trigger.i, codes.event_type(e.cameo)) for e in events}
    return [e for e in events if not (e.trigger.dep_ in ("compound", "nmod", "amod") and (e.trigger.head.i, e.cameo[:2]) in heads)
            and not (e.trigger.dep_ in ("advcl", "xcomp", "nsubj") and not _own_harm(e)
                     and (e.trigger.head.i, codes.event_type(e.cameo)) in kinds)]


def _after_clause(tok: Token) -> Token | None:
    """The head of the "after" clause a trigger is in ("a day after a suicide car bomb killed 16 people"), if any."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ == "advcl" and cur.i > cur.head.i and any(c.dep_ == "mark" and c.lower_ == "after" for c in cur.children):
            return cur
        cur = cur.head
    return None


def _without_background(events: list[CodedEvent]) -> list[CodedEvent]:
    """Acts told in an "after" clause that follows the news are its background: "Egypt declared the Brotherhood a
    terrorist organisation on Wednesday, a day after a suicide car bomb killed 16 people" reports the declaration, as
    the wire gold and the team's own gold code it ("resigned on Monday, bowing to opposition demands after police shot
    dead three protesters" is the resignation alone). A fronted "after" clause tells news of its own, as the real-news
    gold codes it ("After Hillary Clinton accused him of sexism, he warned ..."), and acts stay when the sentence codes
    nothing else (the after-clause round, docs/coding.md). A past act told in a relative clause stays, as the
    real-news gold codes it ("a strategist who supported Texas Sen. Ted Cruz during the primaries"; the tenth wire
    battery round, where the wire writers did not code it)."""
    if len(events) < 2:
        return events
    events = [e for e in events if not _ranked_passive_restatement(e, events)]
    main = [e for e in events if _after_clause(e.trigger) is None]
    return main or events


def _ranked_passive_restatement(e: CodedEvent, events: list[CodedEvent]) -> bool:
    """Whether a doer-less passive infinitive on a ranked noun tells the sentence's own act again: "kidnappers freed
    journalist Terry Anderson ..., making him the last American hostage to be released in Lebanon" is one release (the
    twelfth wire battery round). Kept when the sentence has no other act of its kind."""
    tok = e.trigger
    if e.source or tok.pos_ not in ("VERB", "AUX") or not _passive(tok) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    # (the noun the clause hangs on, or, as the parser also reads it, the clause's own passive subject)
    nouns = [tok.head] if tok.dep_ in ("relcl", "acl") else [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not any(_ranked(n) for n in nouns):
        return False
    return any(o is not e and o.source and o.cameo[:2] == e.cameo[:2] for o in events)


def _own_harm(e: CodedEvent) -> bool:
    """"stormed the museum, killing 19 people": a participle of violence with its own victims is an act of its own
    (CAMEO and PLOVER code one event per act predicate, gold decision 13), not a restatement of the attack."""
    tok = e.trigger
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and e.cameo[:2] in ("18", "19", "20") \
        and any(c.dep_ == "dobj" for c in tok.children)


def _place_orphans(events: list[CodedEvent], orphans: list[tuple[Token, str, places.Place]]) -> None:
    """Give a place to the known event that a placed but actorless mention refers to."""
    for tok, cameo, place in orphans:
        kind = codes.event_type(cameo)
        candidates = [e for e in events if e.place is None and codes.event_type(e.cameo) == kind]
        if candidates:
            nearest = min(candidates, key=lambda e: abs(e.trigger.i - tok.i))
            nearest.place = place


_TRADE_CODE = "061"  # CAMEO: cooperate economically (the lexicon's buy, sell, purchase)


def _company(a: Actor) -> bool:
    """A company or news organisation of the knowledge files ("Toyota", "Univision"): an organisation that does
    business, coded by its home country (docs/coding.md, "Companies and media")."""
    return a.kind == "organization" and a.sector in _COMPANY_SECTORS


_DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})


def _destination(doc: Doc, tok: Token, place: Actor, source: list[Actor]) -> bool:
    """Whether a place is where the act goes, abroad: the noun of "to", "into" or "toward" on the trigger or on its
    object ("sent aid to Gaza", "airdropped food into Gaza"), of another country than every source's. A trip or a
    delivery at home is no act between countries ("Clinton flew to Ohio")."""
    word = _first_conjunct(doc[place.end - 1])
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in _DESTINATION_PREPS:
        return False
    owner = prep.head
    if not (owner.i == tok.i or owner.dep_ == "dobj" and owner.head.i == tok.i):
        return False
    return bool(place.code) and bool(source) and all(s.code and s.code != place.code for s in source)


def _visited_place(doc: Doc, tok: Token, trig: Trigger, place: Actor, source: list[Actor]) -> bool:
    """Whether a town abroad is what a visit reaches: "Biden visited Tel Aviv", "arrived in Tel Aviv" are visits to
    Israel (CAMEO 042), as "visited Jerusalem" is; a capital is already its country, any other town stands for its
    country the same way, as a place attacked does (the twelfth wire battery round). A town at home is no visit."""
    word = _first_conjunct(doc[place.end - 1])
    reached = word.dep_ == "dobj" and word.head.i == tok.i or word.dep_ == "pobj" and word.head.head.i == tok.i \
        and trig.pos == "VERB" and word.head.lower_ in trig.words[1:]
    return reached and bool(place.code) and bool(source) and all(s.code and s.code != place.code for s in source)


def _default_country(doc: Doc, tok: Token, place, actors: list[Actor]) -> str | None:
    """The country that unnamed groups ("gunmen", "the government") belong to.

    Where the event happened, if known; else the one country the sentence names.
    This is the domestic default of event coders: police, protesters and courts
    reported without a nationality are of the country the story is about.
    """
    if place is not None and place.country:
        return place.country
    if _at_sea(tok):
        return None  # "Houthi rebels seized a cargo ship in the Red Sea": the ship is of no country the sentence names
    sent = tok.sent  # built once: Token.sent makes a new Span on every call
    codes_ = {a.code for a in doc._.actors if a.code and a.kind != "pronoun" and sent.start <= a.start < sent.end
              and len(a.code) == 3 and a.code in _country_codes() and not _press_channel(doc, a) and not _company(a)}
    # (a company's home country is not where the sentence is: "grocers like Costco" are no Americans by it)
    named = frozenset(codes_)
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC"):
            found = places.lookup(ent.text)
            if found is not None and found.country and not (found.kind == "city" and named and found.country not in named
                                                             and places.population(found.name) < places.SMALL_TOWN):
                codes_.add(found.country)  # (a small town abroad is not trusted against the actors named: docs/coding.md §4)
    return codes_.pop() if len(codes_) == 1 else None


_TALKS_COLLAPSE_CODE = "164"  # the lexicon's "collapse": talks collapsing (CAMEO 164, halt negotiations)
_CHARGE_CODE = "173"  # the lexicon's "charge" (with an offence); "charged that" is a charge in words (112)
_BLAME_CODE = "112"  # CAMEO: accuse (of crime, of aggression...), as "hold * responsible" is in the lexicon
_BLAME_WORDS = frozenset({"responsible", "culpable", "guilty"})


def _blamed_in_clause(doc: Doc, tok: Token) -> list[Actor]:
    """Whom a statement holds to blame: the subject of a reported "X was responsible for ...", "X was behind the
    attack" (docs/coding.md, "Blame reported"). Saying that someone did wrong is accusing them, as "held X responsible"
    is; the clause has no act word of its own, so the statement is the event."""
    for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
        if any(c.dep_ == "acomp" and c.lower_ in _BLAME_WORDS and any(g.dep_ == "prep" and g.lower_ == "for" for g in c.children)
               for c in clause.children) or _behind_an_act(clause):
            if any(c.dep_ == "neg" for c in clause.children):
                return []  # "said Iran was not behind the attack" clears, not blames
            return [a for c in clause.children if c.dep_ == "nsubj" for a in actors_at(doc, c) if a.code]
    return []


def _behind_an_act(clause: Token) -> bool:
    """"X was behind the attack": "behind" on the copula itself (not on a ranking: "was his fourth choice, behind
    Rick Santorum"), with a common noun, an act or a plan, after it."""
    return not any(c.dep_ == "attr" for c in clause.children) and any(
        c.dep_ == "prep" and c.lower_ == "behind" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)
        for c in clause.children)


def _purpose_clause(tok: Token) -> Token | None:
    """A pledge's purpose clause ("pledged $2 billion to help rebuild Syria"): a to-infinitive hung on the verb as an
    adverbial clause, where the parser puts it when the verb has an object."""
    return next((c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VB"
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def _named_as_where(doc: Doc, actor: Actor) -> bool:
    """Whether an actor is named as where something happens ("boycotted the election in Chad"), not as whom it is done
    to: a country in a locative phrase is not dealt with (docs/coding.md, "Countries dealt with")."""
    word = doc[actor.end - 1]
    return word.dep_ == "pobj" and (word.head.lower_ in _WHERE_PREPS or word.head.lower_ in ("in", "within", "throughout"))


def _capital_as_where(doc: Doc, actor: Actor) -> bool:
    """Whether an actor is a capital that stands for its government ("Minsk", "Addis Ababa": metonyms.tsv) named in a
    locative phrase ("in Minsk"), so where something happened rather than who took part."""
    word = doc[actor.end - 1]
    if actor.kind == "country" and word.dep_ in ("amod", "compound") and word.head.lower_ in _WHERE_TOWNS \
            and word.head.dep_ == "pobj" and word.head.head.lower_ in ("in", "at"):
        return True  # "signed a peace agreement in the Togolese capital Lome" (the twelfth wire battery round's list)
    return actor.kind == "group" and actor.sector == "GOV" and doc[actor.start].ent_type_ in ("GPE", "LOC", "") \
        and actor.name is None and _named_as_where(doc, actor) and word.head.lower_ in ("in", "at")


_WHERE_TOWNS = frozenset({"capital", "city", "town", "port", "resort"})


# Premises named by their owner: "signed an agreement at U.N. headquarters in New York" is where, not with whom.
_PREMISES = frozenset({"headquarters", "hq", "seat"})


def _premises_as_where(doc: Doc, actor: Actor) -> bool:
    """Whether an actor only names whose premises an act took place at ("at U.N. headquarters", "at NATO's
    headquarters in Brussels"): a place, not a party (the twelfth wire battery round)."""
    owner = doc[actor.end - 1]
    head = owner.head
    return owner.dep_ in ("compound", "poss", "nmod") and head.i != owner.i and head.lower_ in _PREMISES \
        and head.dep_ == "pobj" and head.head.lower_ in ("at", "in", "outside")


def _at_sea(tok: Token) -> bool:
    """Whether an act happens at sea: a locative phrase of the trigger or of its object names a sea, a gulf, a strait
    ("seized a cargo ship in the Red Sea", "in the Gulf of Oman"; `water_names` in actor_words.json). Those at sea
    are of no country the sentence names, so the domestic default gives them none (docs/coding.md, "Acts at sea")."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ in _SEA_PREPS and any(g.dep_ == "pobj" and g.text in places.WATER_WORDS
                                                                   for g in c.children)
               for h in heads for c in h.children)


_SEA_PREPS = frozenset({"in", "on", "across", "through", "near", "off", "into"})


# The press a statement went to ("the source told Reuters"): see _press_channel.
_PRESS_CHANNEL_HEADS = frozenset(_WORDS["press_channels"]["verbs"])
_PRESS_CHANNEL_PREPS = frozenset(_WORDS["press_channels"]["preps"])


def _press_channel(doc: Doc, actor: Actor) -> bool:
    """Whether an actor is the press outlet a statement is given to ("..., the source told Reuters", "said in an
    interview with CNN"; not "according to the AP", whose outlet, once set aside, the coder reads as a target).
    Such an outlet is the channel of the sentence, not a party to its story: a British wire reporting a coup in
    Zimbabwe says nothing about whose troops attacked, so its country is not one the domestic default may choose
    from, nor one that makes the sentence name two (train3's "homes were attacked by troops ..., the source ... told Reuters" had no default before).
    Outlets that act or are acted on ("Russian state TV said ...", "the ministry banned CNN") still count."""
    if actor.sector not in _INTERVIEW_SECTORS:
        return False
    head = doc[actor.end - 1]
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ in _PRESS_CHANNEL_PREPS and gov.head.i != gov.i:
        gov = gov.head
    elif head.dep_ not in ("dobj", "dative"):
        return False
    return gov.lemma_.lower() in _PRESS_CHANNEL_HEADS


@cache
def _country_codes() -> frozenset[str]:
    """Built once per process: this is asked for every event with an unnamed party."""
    return frozenset(knowledge().countries)


# Weapons stand for whoever fires them ("Iranian drones" → IRN MIL), but a bare
# "drone strike near Baghdad" says nothing about whose: no domestic default for them.
_WEAPONS = frozenset(_WORDS["weapons"]["words"])
# "a suicide bomber": a weapon word that a person is named by (`person_modifiers` of `weapons`).
_WEAPON_PERSON_MODIFIERS = frozenset(_WORDS["weapons"]["person_modifiers"])


_BLASTS = frozenset(_WORDS["weapons"]["blasts"])


def _blast_subject(tok: Token) -> Token | None:
    """The subject of a harm when it is a weapon or a blast, not a doer: "A roadside bomb killed three soldiers", "A
    car bomb exploded in Mogadishu, killing eight people" (the subject of the verb a participle continues)."""
    for verb in (tok, tok.head) if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") else (tok,):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.lemma_.lower() in _BLASTS else None
    return None


def _claimed_by(doc: Doc, blast: Token) -> list[Actor]:
    """Who a blast is put down to in its own phrase: "A suicide bombing claimed by the Pakistani Taliban killed ...",
    "a bomb planted by rebels" (the agent of a participle on the blast)."""
    return [a for c in blast.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children if g.dep_ == "agent"
            for p in g.children if p.dep_ == "pobj" for a in actors_at(doc, p) if a.code]


def _weapon(doc: Doc, actor: Actor) -> bool:
    """Whether an actor is named by a weapon ("bombers", "drones"), not by a person who carries one: "a suicide
    bomber killed 15 people in Baghdad" is someone there, coded by where he is (docs/coding.md, "Places attacked")."""
    last = doc[actor.end - 1]
    return last.lower_ in _WEAPONS and not (last.i > actor.start and doc[last.i - 1].lower_ in _WEAPON_PERSON_MODIFIERS)
_STRUCK_VICTIMS = frozenset(_WORDS["struck_victims"]["words"])


def _domestic(doc: Doc, actors: list[Actor], home: str | None) -> list[Actor]:
    # Aid agencies, charities and NGOs named by no country are the generic NGO, as CAMEO codes them, not the country
    # they work in: "Sudan ordered 10 foreign aid agencies out of Darfur" is SDN → NGO (the thirteenth wire battery
    # round); aid workers are persons and keep the residence default.
    actors = [Actor(a.start, a.end, "NGO", a.sector, a.name, a.kind or "group", resolved_from="knowledge", members=a.members)
              if not a.code and a.sector == "NGO" and doc[a.end - 1].lemma_.lower() in _NGO_BODIES else a for a in actors]
    if home is None:
        return actors
    return [a if a.code or _weapon(doc, a) or _unresolved_person(a) else
            Actor(a.start, a.end, home, a.sector, a.name, a.kind or "group", resolved_from="place", members=a.members)
            for a in actors]


_NGO_BODIES = frozenset({"agency", "group", "organization", "organisation", "charity", "ngo", "ngos"})



def actors_at(doc: Doc, tok: Token | None, depth: int = 0) -> list[Actor]:
    """The actor(s) a token names: its own chunk, or one found inside its phrase; conjuncts too."""
    if tok is None:
        return []
    own = actor_for(doc, tok)
    found = [_completed(doc, own, tok)] if own is not None else []
    if own is not None and own.code and own.sector and own.end - 1 != tok.i:
        # "the leaders of France and Germany": the role noun's chunk reaches into its "of"; the countries
        # conjoined there have the same role.
        found += _same_role(doc, own, doc[own.end - 1])
    elif own is not None and own.code and own.sector:
        # "Brazilian, Mexican and Argentine officials", "the foreign ministers from Chile, Peru, and Colombia": a
        # role noun whose country is one of a coordination names a member of that role for each country coordinated
        # (docs/coding.md, "Meetings, visits and coordinated counterparts"); each noun keeps its own countries.
        found += _coordinated_origins(doc, own, tok)
    if own is not None and own.code:
        found = [a for a in _nested_conjuncts(doc, own, tok) if not any(a is f for f in found)] + found
    if own is not None and own.kind == "country" and depth < 3:
        # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed ties": the small model may make the
        # second country an apposition of the first, the rest its conjuncts; a country is no description of another
        # (the seventh wire battery round)
        for c in tok.children:
            if c.dep_ == "appos" and (other := actor_for(doc, c)) is not None and other.kind == "country" and other.code:
                found += [a for a in actors_at(doc, c, depth + 1) if not any(a is f for f in found)]
    if not found and depth < 3 and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.lefts):
        # "his Korean counterpart", "its Russian allies": a country on the noun itself says whose it is before
        # its possessive pronoun does (which says whose counterpart, not of which country).
        found = next((f for c in reversed(list(tok.lefts)) if c.dep_ in ("amod", "compound", "nmod")
                      and (f := [a for a in actors_at(doc, c, depth + 1) if a.code and a.kind == "country"])), [])
    if not found and depth < 3:
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod", "appos", "det"):
                found = actors_at(doc, child, depth + 1)
            elif child.dep_ == "prep" and child.lower_ == "of" and (tok.lemma_.lower() in _GROUP_NOUNS or actor_for(doc, tok)):
                found = [a for g in child.children if g.dep_ == "pobj" for a in actors_at(doc, g, depth + 1)]
            if found:
                break
    for conj in (c for c in tok.children if c.dep_ == "conj"):
        found += [a for a in actors_at(doc, conj, depth + 1) if not any(a is f for f in found)]
    return [a for a in found if a.code or a.sector or _unresolved_person(a)]


# The spans of time an ultimatum gives ("gave the rebels 48 hours to surrender"): the lexicon's "give * hours" entries.
_ULTIMATUM_SPANS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "until"})


_EXPEL_CODE = "174"
_DISMISS_CODE = "120"
_LEAVING_VERBS = frozenset({"leave", "depart", "quit", "exit"})


_CRAFT = _WORDS["arriving_craft"]


def _when_of_a_date(tok: Token) -> bool:
    """Whether a trigger is in (or under) a "when" relative clause on a date after "since" ("since 1999, when ...")."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "relcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in cur.children):
            date_word = cur.head
            return date_word.ent_type_ == "DATE" and date_word.dep_ == "pobj" and date_word.head.lower_ == "since"
        cur = cur.head
    return False


def _craft_arrival(verb: Token) -> str | None:
    """For a verb of arrival whose subject is a craft or a convoy (`arriving_craft`): the aid code of what it carries
    (073 humanitarian, 072 arms) or "" (no event); ``None`` when the subject is no craft (a person's visit)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or lemma(subject) not in _CRAFT["craft"]:
        return None
    carried = {lemma(g) for c in subject.children if c.dep_ == "acl" and lemma(c) in ("carry", "bring", "deliver")
               for o in c.children if o.dep_ == "dobj" for g in (o, *o.conjuncts)}
    carried |= {lemma(c) for c in subject.children if c.dep_ in ("compound", "amod")}  # "an aid convoy"
    if carried & set(_CRAFT["arms"]):
        return "072"
    if carried & set(_CRAFT["relief"]):
        return "073"
    return ""


def _protested_against(doc: Doc, tok: Token, actor: Actor) -> bool:
    """Whether an actor is inside the "against" phrase of a protest trigger."""
    cur = doc[actor.end - 1]
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ == "against" and cur.head.i == tok.i:
            return True
        cur = cur.head
    return False


def _protesting_crowd(doc: Doc, noun: Token) -> list[Actor]:
    """The crowd subject of the verb a nominal protest hangs on through prepositions ("supporters braved the cold for
    a second night of protests")."""
    cur = noun
    for _ in range(5):
        if cur.head.i == cur.i or cur.dep_ not in ("pobj", "prep"):
            return []
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            crowd = [a for c in cur.children if c.dep_ == "nsubj" for a in actors_at(doc, c)]
            return crowd if crowd and all(a.sector in _CIVIL_SECTORS for a in crowd) else []
    return []


def _own_site_abroad(doc: Doc, verb: Token, source: list[Actor], target: list[Actor]) -> list[Actor]:
    """The country a visited site of the visitor's own country is in ("the American military base at Pituffik in
    northern Greenland"), named in the object's phrase; [] when the target is not the visitor's own."""
    own = {a.code for a in source if a.code}
    if not own or any(a.code not in own for a in target):
        return []
    # (in the object's phrase, or in an "in" phrase the parser hangs on the verb: "visited the American air base at
    # Incirlik in southern Turkey")
    phrases = [o for o in verb.children if o.dep_ == "dobj" or o.dep_ == "prep" and o.lower_ in ("in", "at")]
    found = [a for o in phrases for t in o.subtree if t.i > o.i and t.ent_type_ in ("GPE", "LOC")
             for a in actors_at(doc, t) if a.code and a.code not in own]
    return found[:1]


def _ruled_place(doc: Doc, verb: Token, source: list[Actor]) -> list[Actor]:
    """The place of the source's own country that emergency rule is imposed in: the "in" phrase of the verb or of its
    object ("declared a state of emergency in Yerevan", "imposed a curfew in three northern states")."""
    own = {a.code for a in source if a.code}
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    found = [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.dep_ == "pobj" for a in actors_at(doc, g) if a.code in own]
    return [Actor(a.start, a.end, a.code, None, a.name, "country", resolved_from="place", members=a.members)
            for a in found[:1]]


_REPRESSION_CODE = "175"  # CAMEO: use tactics of violent repression
_REPRESSED_CROWDS = frozenset(_WORDS["repressed_crowds"]["words"])
_STATE_FORCE_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY"})


def _repression(doc: Doc, source: list[Actor], target: list[Actor]) -> bool:
    """Whether force is a state's forces firing on a crowd of protest (`repressed_crowds`): every source a state force,
    every target a crowd ("protesters", "a crowd of mourners")."""
    if not all(a.sector in _STATE_FORCE_SECTORS for a in source):
        return False
    def crowd(a: Actor) -> bool:
        words = {lemma(t) for t in doc[a.start:a.end]}
        head = doc[a.end - 1]
        words |= {lemma(g) for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
        return bool(words & _REPRESSED_CROWDS)
    return all(crowd(a) for a in target)


def _expelled_body(doc: Doc, target: list[Actor]) -> str | None:
    """The CAMEO code of an expulsion whose every target is a mission, not persons (CAMEO 166's own codes): peacekeepers
    (1661), aid agencies and NGOs (1663); ``None`` for persons expelled (174). The thirteenth wire battery round:
    "ordered U.N. and French peacekeeping troops to leave the country" was coded as expelling individuals."""
    def phrase(a: Actor) -> set[str]:
        head = doc[a.end - 1]
        for _ in range(4):  # up to the noun the actor modifies ("French peacekeeping troops")
            if head.dep_ not in ("compound", "amod", "nmod") or head.head.i == head.i:
                break
            head = head.head
        return {t.lower_ for t in head.subtree if t.i <= head.i}
    # (one peacekeeping force names the kind of a coordination: "U.N. and French peacekeeping troops")
    if any(w.startswith("peacekeep") for a in target for w in phrase(a)):
        return "1661"
    if all(a.sector == "NGO" and a.code == "NGO" for a in target):
        return "1663"
    return None


_ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "chargé", "charge"})


def _told_to_leave(verb: Token) -> bool:
    """Whether the time a verb gives is for persons of a group to leave: "gave Qatari citizens 14 days to leave the
    kingdom", "gave the diplomats 72 hours to leave" (a group noun or a person's noun given the time, not a named
    leader: "gave Saddam Hussein 48 hours to leave Iraq" is an ultimatum)."""
    # (or an envoy: "gave the French ambassador 24 hours to leave Kigali", the thirteenth wire battery round)
    given = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ == "NOUN"
             and (c.tag_ == "NNS" or c.lemma_.lower() in _ENVOY_NOUNS) and c.lemma_.lower() not in _ULTIMATUM_SPANS]
    if not given:
        return False
    return any(t.pos_ == "VERB" and lemma(t) in _LEAVING_VERBS and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
               for c in verb.children for t in (c, *c.children))


def _time_to_act(verb: Token) -> bool:
    """Whether the time a verb gives is to do something: an infinitive on the verb or on its object ("gave the rebels 48
    hours to surrender", the small model hanging "to surrender" on either)."""
    for c in verb.children:
        for t in (c, *c.children):
            if t.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
                return True
    return False


def _resignation_made(e: CodedEvent) -> bool:
    """"announced her resignation", "have tendered their resignations": a resignation (CAMEO 0831) that is the object
    of a verb, made by its source, is the act itself, with no one it is made to, as "resigned" is; "since her
    resignation" or "her resignation in 2016" is a mention (the sixth wire battery round)."""
    tok = e.trigger
    return e.cameo == _RESIGN_CODE and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and any(a.resolved for a in e.source)


_RESIGN_CODE = "0831"


def _thing_causer(doc: Doc, verb: Token) -> bool:
    """Whether a verb that makes someone act ("forced Schultz to resign", "led Japan to cut its aid") has a thing as
    its subject: a common noun that is no actor, no person's or group's noun and names no act of the lexicon ("the
    scandal", "the release of the emails", "pressure"), whatever actor a word inside it names ("the DNC email
    leak scandal" is no act of the DNC). "The Serb offensive forced thousands to flee" has an act as its subject,
    whose doer coerced."""
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or actor_for(doc, subj) is not None:
        return False
    low = subj.lemma_.lower()
    return low not in _governor_words()["person_nouns"] and low not in _GROUP_NOUNS \
        and Lexicon.cached().match(subj) is None


def _nested_conjuncts(doc: Doc, own: Actor, tok: Token) -> list[Actor]:
    """The named actors coordinated before a chunk that the parser hung inside it: in "met with Japan Prime Minister
    Shinzo Abe and South Korea President Park Geun Hye" the small model makes "Abe" a modifier of "Hye", its "and"
    inside the one phrase, so only the last name would be whom it met (train3's gold has both; the eighth
    session's round). A modifier of the chunk's head that carries the "and" and is a chunk of two words or more,
    ending before this one, is a conjunct."""
    out = []
    for c in tok.lefts:
        if c.dep_ in ("nmod", "compound") and c.i < own.start and any(t.dep_ == "cc" for t in c.children):
            other = actor_for(doc, c)
            # (a lone demonym is _coordinated_origins' case: "Thai and Cambodian troops"; a lone word that stands
            # for a longer name is not: "North" of "North and South Korea")
            if other is not None and other is not own and other.end <= own.start and other.code \
                    and (other.end - other.start > 1 or len((other.name or "").split()) > 1):
                out.append(_completed(doc, other, c))
    return out


def _conjuncts(tok: Token) -> list[Token]:
    """The words coordinated after a word, however the parser chains them ("Chile, Peru, and Colombia": "Peru" may
    hang on "Chile", "Colombia" on "Peru")."""
    out, todo = [], [tok]
    while todo and len(out) < 12:
        for c in todo.pop(0).children:
            if c.dep_ == "conj" and c.i > tok.i:
                out.append(c)
                todo.append(c)
    return out


_ORIGIN_PREPS = frozenset({"from", "of"})


def _coordinated_origins(doc: Doc, role: Actor, noun: Token) -> list[Actor]:
    """The other countries of a role noun whose own country is one of a coordination: the demonyms coordinated
    before it ("Brazilian, Mexican and Argentine officials", the chunk being "Argentine officials") or the
    countries coordinated after its "from"/"of" ("the ministers from Chile, Peru, and Colombia", the noun coded
    from "Chile"). Each is the role's sector in that country, as `_same_role` gives; only bare country names
    count ("officials from Chile and reporters from Peru": the reporters are no member of the officials)."""
    heads = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i < role.start]
    if not any(t.dep_ == "cc" for h in heads[:1] for t in doc[h.i:role.start]):
        heads = []  # no coordination before the chunk ("French, German and Italian diplomats" has one; the parser
        # may hang each demonym on the noun itself, the last ones conjoined)
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _ORIGIN_PREPS):
        heads += [g for g in prep.children if g.dep_ == "pobj" and (first := actor_for(doc, g)) is not None
                  and first.code == role.code and first.kind == "country"]
    out: list[Actor] = []
    for head in heads:
        for t in (head, *_conjuncts(head)):
            other = actor_for(doc, t)
            if other is None or role.start <= t.i < role.end or other.kind != "country" or not other.code \
                    or other.code == role.code or any(o.code == other.code for o in out):
                continue
            out.append(Actor(other.start, other.end, other.code, role.sector, other.name, "group",
                             resolved_from=other.resolved_from, members=other.members))
    return out


def _same_role(doc: Doc, role: Actor, last: Token) -> list[Actor]:
    """The countries conjoined to the last word of a role's chunk, each with the role's sector."""
    out = []
    for conj in _conjuncts(last):
        other = actor_for(doc, conj)
        if other is not None and other.code and other.kind == "country" and other is not role:
            out.append(Actor(other.start, other.end, other.code, role.sector, other.name, "group",
                             resolved_from=other.resolved_from, members=other.members))
    return out


def _unresolved_person(a: Actor) -> bool:
    """A person named in the text whom this document cannot code (kept for cross-document resolution)."""
    return not a.code and a.kind == "person" and bool(a.name)


def _unresolved_organization(doc: Doc, tok: Token, pos: str) -> Actor | None:
    """The named organisation that does a trigger's act when no table codes it: the subject of an active verb (or of
    the verb it hangs on as "to" clause or conjunct, "Harwell Logistics agreed to pay"), the "by" agent of a passive verb, the
    possessor of a nominal ("Kestrel Daily's attack on the senator"). Only a proper noun that the model tags as an organisation and that
    no actor chunk covers; a pronoun, a common noun ("the network", "rivals") or a thing ("the lawsuit") is none.
    The actor is uncoded, ``kind = "organization"``, ``resolved_from = "unresolved"`` (docs/coding.md, "The source
    round"): an organisation gets no country from the document (§4, "Unknown organisations")."""
    doer = _doer_token(tok, pos)
    if doer is None or doer.pos_ != "PROPN" or doer.ent_type_ != "ORG" or actor_for(doc, doer) is not None:
        return None
    span = next(((s, e, text) for s, e, text in _org_entities(doc) if s <= doer.i < e), None)
    if span is None:
        return None
    start, end, _ = span
    start += doc[start].lower_ == "the"
    end -= end - start > 1 and doc[end - 1].lower_ in _POSSESSIVE_ENDINGS  # "Kestrel Daily's attack": the name, not "'s"
    if end <= start or any(actor_for(doc, doc[i]) is not None for i in range(start, end)):
        return None  # ("the Harwell unit of Kenya's army": part of a coded chunk)
    text = doc[start:end].text
    if end - start == 1 and doc[start].text.istitle():
        # "Devine replied", "Jacobs called Merkel": one capitalised word the small model tags as an organisation is
        # a surname as often as a name of one (read on the readable splits); an acronym ("NAACP") or a name of two
        # words ("Kestrel Daily") is kept.
        return None
    sector = _BUSINESS if doc[end - 1].text in _CORPORATE_CUES else None  # "Harwell Logistics Inc.": a company
    return Actor(start, end, None, sector, text, "organization", resolved_from="unresolved", members=list(range(start, end)))


def _org_entities(doc: Doc) -> list[tuple[int, int, str]]:
    """The ORG entities of a view (or of a plain Doc, in tests that code one directly)."""
    if isinstance(doc, DocView):
        return doc.entity_spans(_ORG_LABELS)
    return [(e.start, e.end, e.text) for e in doc.ents if e.label_ in _ORG_LABELS]


_ORG_LABELS = frozenset({"ORG"})
_POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
_CORPORATE_CUES = frozenset(_WORDS["corporate_cues"]["words"])
_BUSINESS = "BUS"


def _speaking_thing(tok: Token) -> Token | None:
    """The document or writing that does a verbal trigger's act when no one is named as its maker: the subject of an
    active verb ("the lawsuit accuses the firm of fraud"), the "by" agent of a passive one, or the noun an "-ing"
    participle or a relative clause hangs on ("comments accusing her of desecrating the flag", "a petition that urges
    Kenya to ..."). Only the texts of ``speaking_things`` (docs/coding.md, "The doer-less round"); a person's noun, a
    pronoun, a campaign or any other thing is none."""
    if _describes_noun(tok):
        doer = tok.head if tok.head.i != tok.i else None
    else:
        doer = _doer_token(tok, "VERB")
    if doer is None or doer.pos_ != "NOUN" or actor_for(doer.doc, doer) is not None:
        return None
    if doer.dep_ == "dobj" and doer.head.i != doer.i and lemma(doer.head) not in _RECEIVE_VERBS:
        # "issued a letter calling Trump unfit", "released an ad calling it dangerous": made by the verb's subject
        # (``_maker``), who is the source or, unresolved, none to stand in for; "got comments accusing her" is received
        return None
    return doer if doer.lemma_.lower() in _SPEAKING_THINGS or doer.lower_ in _SPEAKING_THINGS else None


_SPEAKING_THINGS = frozenset(_WORDS["speaking_things"]["words"])


def _describes_noun(verb: Token) -> bool:
    """Whether a verb is an "-ing" participle or a subject relative clause on the noun it hangs on ("comments accusing
    her", "a petition that urges Kenya to ..."): that noun does the verb's act."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" or verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children)


def _text_aims(tok: Token) -> bool:
    """Whether a harm verb describes a text ("released online ads targeting Clinton", "a mailer that attacks the
    senator"): an ad or a letter harms no one, whoever made it (a party, which has no sector, included); the
    verbs of attack are then words, as the figurative-harm rule reads them (the sixth pool round)."""
    head = tok.head
    return head.i != tok.i and _describes_noun(tok) \
        and (head.lemma_.lower() in _SPEAKING_THINGS or head.lower_ in _SPEAKING_THINGS)


def _spoken_cameo(cameo: str) -> bool:
    """A verbal act that is news when a document does it: not a bare statement (CAMEO 01: "the report said" is an
    attribution, "the report noted" no event)."""
    return codes.event_type(cameo) in _governor_words()["verbal_types"] and cameo[:2] != _REPORTING_ROOT


def _spoken_by_thing(e: CodedEvent) -> bool:
    """Whether a coded event is a verbal act a document or a writing does for no one named ("the lawsuit accuses
    Harwell of fraud", "comments accusing the senator of lying"): kept by ``_code`` with an empty source, and not a thing
    acting figuratively for ``_acted`` ("the ruling hit Democrats" is no verbal act)."""
    tok = e.trigger
    return not e.source and tok.pos_ in ("VERB", "AUX") and _spoken_cameo(e.cameo) and any(a.resolved for a in e.target) \
        and _speaking_thing(tok) is not None


def _doer_token(tok: Token, pos: str, seen: int = 0) -> Token | None:
    """The word naming who does a trigger's act, read as ``_subject`` and ``_verb_args`` read it, for the named
    organisations no actor chunk holds: the nominal subject of an active verb, the "by" agent of a passive one, a
    nominal's possessor."""
    if pos not in ("VERB", "ADJ"):
        return next((c for c in tok.children if c.dep_ == "poss"), None)
    if _passive(tok):
        return next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is not None:
        return None if subject.lower_ in ("which", "who", "that") else subject
    if tok.dep_ in ("xcomp", "conj") and seen < 3 and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") \
            and not (tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.head.children)):
        # "Harwell Logistics agreed to pay", "... moved and released them"; not "urged Harwell Logistics to pay"
        return _doer_token(tok.head, "VERB", seen + 1)
    return None


def _completed(doc: Doc, actor: Actor, tok: Token) -> Actor:
    """"its forces": an agent noun with no country takes the code of its possessor."""
    if actor.code or not actor.sector:
        return actor
    for child in doc[actor.end - 1].children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            owner = actor_for(doc, child)
            if owner is not None and owner.code:
                return Actor(actor.start, actor.end, owner.code, actor.sector, owner.name, "group", resolved_from=owner.resolved_from,
                             members=actor.members)
    return actor


def _subject(doc: Doc, verb: Token, seen: int = 0) -> list[Actor]:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                found = actors_at(doc, verb.head) or _apposed(doc, verb.head) or _maker(doc, verb.head, seen)
                # ("Merkel is a leader who condemned Russia": a role noun with no country stands for the copula's subject)
                return found if any(a.code for a in found) else (_predicated(doc, verb.head, child, seen) or found)
            if (represented := _represented(doc, child)):
                return represented
            # "U.S. Trade Representative Charlene Barshefsky and Chinese Trade Minister Shi Guangsheng signed ...": the
            # parser may hang a second conjoined subject on the verb as a subject of its own (the fourth wire battery round)
            second = [a for c in verb.children if c.dep_ == "nsubj" and c.i > child.i and any(
                t.dep_ == "cc" and child.i < t.i < c.i for t in verb.doc[child.i:c.i]) for a in actors_at(doc, c)]
            return _headline_pair(doc, verb, child) + actors_at(doc, child) + second
    # gerunds and nominalised clauses: "the latter authorising", "Washington's announcement to authorise"
    for child in verb.children:
        if child.dep_ in ("poss", "amod", "det", "npadvmod") and actor_for(doc, child) is not None:
            return actors_at(doc, child)
    if verb.dep_ == "relcl" and seen < 3 and verb.head.i != verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return _infinitive_doer(doc, verb.head, seen) if _ranked(verb.head) else []
    if seen < 3 and (real := _true_conjunct_head(verb)) is not None:
        return _subject(doc, real, seen + 1)
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "ccomp", "acomp") and seen < 3 and verb.head.i != verb.i:
        head = verb.head
        if (backer := _backed_subject(verb)) is not None:
            return actors_at(doc, backer)
        if verb.dep_ == "acl" and (verb.tag_ == "VBG" or verb.tag_ == "VBN" and not _passive(verb)
                                   or verb.tag_ == "VBD" and head.dep_ == "ROOT") \
                and head.pos_ in ("NOUN", "PROPN"):
            # "Democrats supporting Mrs. Clinton", "Republicans probing her emails": an active participle
            # on a noun says what the noun's referent does (so does a past participle with an object of its own, a
            # verb the parser took for a reduced relative: "The leader of Ennahda, ..., condemned the attack");
            # "issued statements condemning the attacks",
            # "ran ads attacking Dewhurst": made material speaks for whoever made it. A past tense hung on a noun the
            # parser made the sentence's root is that noun's verb ("Iran's first vice president, Mohammad Reza Rahimi,
            # threatened on Tuesday to close ...": the thirteenth wire battery round).
            if lemma(head) in _ADOPTED["nouns"] and head.dep_ == "dobj" and lemma(head.head) in _ADOPTED["verbs"]:
                return _subject(doc, head.head, seen + 1)  # "adopted a resolution urging the Taliban to ..."
            if found := actors_at(doc, head):
                return found
            if found := _maker(doc, head, seen):
                return found
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("to", "of") and head.head.pos_ == "NOUN" \
                and head.head.i != head.i and _word_class(head.head) in _INTENT_CLASSES:
            # "their commitment to destroying ISIL", "his pledge of supporting X": the act a noun of intent
            # governs through its preposition is done by the noun's owner (a possessive pronoun is the
            # subject of the verb that carries the noun, as for any nominal: "Obama and Hollande reaffirmed ...")
            return _owner_of(doc, head.head, seen)
        if _means_clause(verb):
            # "Kenya responded by denouncing Uganda", "Carson concluded by admonishing journalists": an "-ing"
            # clause of means or time under a preposition has no subject of its own; the governing verb's subject
            # does it (docs/coding.md, "The second source round"; its modal is shared too: _shared_modals)
            return _subject(doc, head.head, seen + 1)
        if head.pos_ in ("NOUN", "PROPN"):  # "US defensive action to kill X", "Washington's announcement to authorise"
            return next((found for c in reversed(list(head.lefts)) if c.dep_ in ("poss", "compound", "amod", "nmod")
                         and (found := actors_at(doc, c))), [])
        if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children) and head.lemma_ in _DEMAND_VERBS | _OBJECT_CONTROL:
            return actors_at(doc, next(c for c in head.children if c.dep_ == "dobj"))  # object control
        return _subject(doc, head, seen + 1)
    return []


def _backed_subject(verb: Token) -> Token | None:
    """"Iraqi troops backed by tanks invaded Kuwait": the parser hangs the finite verb on the agent of the reduced
    relative ("tanks ... invaded"), so the sentence's act has no subject of its own. A past tense (not a participle)
    hung that way is the main verb, and the noun the "backed by" participle describes does it (the twelfth wire
    battery round)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.dep_ != "pobj" or head.head.dep_ != "agent":
        return None
    participle = head.head.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return participle.head


# Verbs whose object does the act of their infinitive ("forced Iraq to withdraw"), besides the verbs of demand:
# "prompting President Maduro to break off relations" is Maduro's break, not the prompter's (the fourth wire battery round)
_OBJECT_CONTROL = frozenset({"allow", "force", "help", "persuade", "prompt", "lead", "cause", "compel", "oblige", "drive",
                             "spur", "provoke", "convince", "induce"})


# Those who act for others: "Negotiators for the Colombian government and the FARC opened peace talks" are the two sides
_REPRESENTATIVES = frozenset({"negotiator", "negotiators", "representative", "representatives", "delegate", "delegates",
                              "delegation", "delegations", "envoy", "envoys", "emissary", "emissaries"})


def _represented(doc: Doc, subject: Token) -> list[Actor]:
    """The parties a subject of representatives acts for, named after "for", "of" or "from", when they are two or
    more and the representatives have no code of their own (the fourth wire battery round)."""
    if subject.lower_ not in _REPRESENTATIVES or any(a.code for a in actors_at(doc, subject) if a.start <= subject.i < a.end):
        return []
    found = [a for p in subject.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "from")
             for g in p.children if g.dep_ == "pobj" for a in actors_at(doc, g) if a.resolved]
    return found if len({(a.code, a.name, a.sector) for a in found}) > 1 else []


def _headline_pair(doc: Doc, verb: Token, subject: Token) -> list[Actor]:
    """"Turkey, Syria hold first talks in a decade", "Israel, Hamas agree to truce": a headline joins two subjects by a
    comma, and the parser hangs the first on the verb as an adverbial noun. The sentence's first word, an actor the
    tables code, then a comma right before the subject (itself a coded actor) is that subject's conjunct
    (docs/coding.md, "Headline pairs")."""
    sent_start = subject.sent.start
    first = doc[sent_start]
    if subject.i != first.i + 2 or doc[first.i + 1].lower_ != "," or first.dep_ not in ("npadvmod", "nmod", "nsubj") \
            or first.head.i not in (verb.i, subject.i) or first.pos_ != "PROPN":
        return []
    found = [a for a in actors_at(doc, first) if a.resolved and a.kind in ("country", "organization", "person", "group")]
    return found if found and any(a.resolved for a in actors_at(doc, subject)) else []


def _means_clause(verb: Token) -> bool:
    """Whether a verb is an "-ing" clause of means or time on a verb ("responded by denouncing", "after meeting")."""
    head = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in _MEANS_PREPS \
        and head.i != verb.i and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX")


# The governing classes whose nouns state an intention, a demand or a refusal ("commitment", "pledge", "call", "threat"):
# the act under them is their owner's. Other nouns ("the practice of issuing statements", "an officer of ordering") are not.
_INTENT_CLASSES = frozenset({"agree", "request", "threaten", "reject"})


def _owner_of(doc: Doc, noun: Token, seen: int) -> list[Actor]:
    """Who owns a nominal act: its nearest possessive or modifier actor; a possessive pronoun stands for the
    subject of the verb that carries the noun, when there is one ("reaffirmed their commitment")."""
    if _possessive_pronoun_only(noun) and (found := _governor_subject(doc, noun)):
        return found
    return next((found for c in reversed(list(noun.lefts)) if c.dep_ in ("poss", "compound", "amod", "nmod")
                 and (found := actors_at(doc, c))), [])


def _ranked(noun: Token) -> bool:
    """Whether a noun is ranked by an ordinal or "only" ("the first senator", "the only candidate"): an infinitive
    relative clause on it reports an act done ("the first senator to take on Trump"); on other nouns it names a
    duty, a wish or a purpose ("under pressure to repudiate the general", "a man to watch")."""
    return any(c.dep_ in ("amod", "advmod") and (c.lower_ in _RANK_WORDS or c.ent_type_ == "ORDINAL") for c in noun.children)


_RANK_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "earliest"})


def _ranked_predicate(verb: Token) -> bool:
    """Whether an infinitive the parser hung on a copula belongs to the ranked noun after it: "Doggett became the first
    sitting Democrat in Congress to call on President Biden to withdraw" reports his call, no purpose of becoming (the
    twelfth wire battery round; as `_infinitive_doer` reads a relative clause on such a noun)."""
    head = verb.head
    return head.lemma_ in _COPULAS | {"become"} and any(c.dep_ == "attr" and _ranked(c) for c in head.children)


def _infinitive_doer(doc: Doc, noun: Token, seen: int) -> list[Actor]:
    """Who does the act of an infinitive relative clause on a ranked noun: the noun ("the first senator to take on
    Trump"). A noun after "one of" stands for "one", and a noun after a copula for the copula's subject: "the Club
    for Growth, a group that was one of the first outside organizations to take on Mr. Trump"."""
    if found := actors_at(doc, noun):
        return found
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.i != cur.head.i \
            and (cur.head.head.lower_ == "one" or cur.head.head.lemma_.lower() in _GROUP_NOUNS):
        cur = cur.head.head
    if cur.dep_ == "attr" and cur.head.lemma_ in _COPULAS and cur.head.i != cur.i:
        return _subject(doc, cur.head, seen + 1)
    return []


def _predicated(doc: Doc, noun: Token, relative: Token, seen: int) -> list[Actor]:
    """Who a role noun after a copula is said to be: "Trump is a birther who has pledged to ban Muslims", "Merkel was
    the leader who condemned Russia" (the subject of the copula, also through conjoined nouns: "a liar and a birther
    who ..."). A relative clause on such a noun tells what that subject does (docs/coding.md, "The second source
    round"); [] for any other noun. Between the noun and the relative pronoun only the noun's own conjuncts and
    modifiers may stand ("a liar, xenophobe and birther who"): the parser also hangs on the predicate a clause that
    belongs to a noun in apposition after it ("is co-founder of the Project, a non-profit that advocates for ...")."""
    for tok in doc[noun.i + 1:relative.i]:
        cur = tok
        while cur.i != noun.i and cur.dep_ != "appos" and cur.head.i != cur.i:
            cur = cur.head
        if not tok.is_punct and cur.i != noun.i:
            return []
    cur = noun
    for _ in range(6):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    # (one predicate noun: a copula the parser gives several, "is Co-founder and Director of the Project, a
    # non-profit that ...", is an apposition misread, whose last noun is no predicate of the subject)
    if cur.dep_ == "attr" and cur.head.lemma_ in _COPULAS and cur.head.i != cur.i and seen < 3 \
            and not any(c.dep_ == "neg" for c in cur.head.children) \
            and sum(c.dep_ in ("attr", "acomp") for c in cur.head.children) == 1:
        return _subject(doc, cur.head, seen + 1)
    return []


_ADOPTED = _WORDS["adopted_texts"]


def _maker(doc: Doc, noun: Token, seen: int) -> list[Actor]:
    """Who made a statement, a video or an ad that acts ("released a video that accuses Cruz", "issued a
    statement condemning ..."): the subject of the verb the material is the object of."""
    if noun.lemma_.lower() in _MADE_NOUNS and noun.dep_ == "dobj" and seen < 3:
        return _subject(doc, noun.head, seen + 1)
    return []


def _apposed(doc: Doc, noun: Token) -> list[Actor]:
    """The named actor a role noun is in apposition to: "KellyAnne Conway, a pollster and strategist who ..."."""
    cur = noun
    for _ in range(2):
        if cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ != "appos" or cur.head.i == cur.i:
            return []
        return actors_at(doc, cur.head)
    return []


# Relative pronouns ("whom", "who", "that", "which"): as an object they stand for the noun their clause hangs on.
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def _objects(doc: Doc, head: Token, preps: tuple[str, ...] = _TARGET_PREPS, skip: int = -1) -> list[Actor]:
    weak: list[Actor] = []
    own_forces: list[Actor] = []
    for child in head.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass") and child.i != skip:
            if child.dep_ == "dobj" and lemma(head) == "arrive":
                continue  # "arrived in Taipei, the highest-ranking American official to visit": a description set off, misparsed
            if child.dep_ == "dobj" and child.tag_ in _RELATIVE_TAGS and head.dep_ == "relcl" and head.head.i != head.i:
                child = head.head  # "Trump, whom Cruz attacked": the relative pronoun stands for the noun it hangs on
            found = actors_at(doc, child)
            if found and not any(a.code or a.kind == "person" for a in found) and child.pos_ == "NOUN" \
                    and (actor_for(doc, child) is None
                         or all(a.sector in ("MIL", "COP") or _weapon(doc, a) for a in found) and _sent_to_someone(doc, head)):
                # "froze military aid to Pakistan": a sector word on a thing is no actor; who gets it is. So are
                # weapons or forces of no one named that go to someone: "Iran supplied drones to Russia", "North
                # Korea sent troops to Russia" (docs/coding.md, "Places an act goes to"), "Kenya will send police
                # officers to Haiti" (the fourth wire battery round)
                weak, found = weak or found, []
            elif found and child.pos_ == "NOUN" and actor_for(doc, child) is None \
                    and all(a.kind == "pronoun" for a in found) and _own_thing(doc, head, found):
                # "pledged her vote to Clinton": a thing of the subject's own is what it gives, whom it is
                # for is the target ("sought its support" asks the owner: another actor's thing)
                continue
            found = found or _inside(doc, child)
            if found and child.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and not own_forces \
                    and lemma(head) in _MOVING_VERBS and all(a.code and a.sector == "MIL" for a in found) \
                    and {a.code for a in found} <= {a.code for a in _subject(doc, head)}:
                # "Biden withdrew all remaining American troops from Afghanistan": one's own forces moved are what
                # is moved, whom the act concerns is where from or to (as "its troops" is; the ninth wire battery round)
                own_forces = found
                continue
            if found and all(a.kind == "person" and not a.code for a in found):
                # "freed Sgt. Bowe Bergdahl, the only American soldier held captive": a person the tables do not know
                # is of the country of the description set beside the name (the thirteenth wire battery round)
                described = [a for c in child.children if c.dep_ == "appos" for a in actors_at(doc, c) if a.code]
                if described:
                    found = [Actor(f.start, f.end, described[0].code, described[0].sector, f.name, f.kind,
                                   resolved_from="description", members=f.members) for f in found]
            if found:
                return found
    # the last phrase of a preposition that is not a date: "called on Trump on Saturday to step aside" has two "on",
    # and the date shadowed whom the call was on (the eighth wire battery round)
    by_prep: dict[str, Token] = {}
    for c in head.children:
        if c.dep_ == "prep" and not (c.lower_ in by_prep and _dated(c)):
            by_prep[c.lower_] = c
    for prep in preps:
        if weak and prep not in _RECIPIENT_PREPS:
            continue  # past a thing given or withheld, only whom it is for: "hosts a refugee population, with ..."
        if prep in by_prep:
            for pobj in by_prep[prep].children:
                if pobj.dep_ == "pobj" and (found := actors_at(doc, pobj)):
                    if all(a.kind == "pronoun" and doc[a.start].dep_ == "poss" and doc[a.start].head.i == pobj.i
                           for a in found):
                        continue  # "met ... with only their interpreters in the room": one's own people, no counterpart
                    return found
    return weak or own_forces


# Verbs that move one's own forces somewhere or out of somewhere ("withdrew its troops from", "sent troops to")
_MOVING_VERBS = frozenset(_WORDS["moving_verbs"]["words"])


def _sent_to_someone(doc: Doc, verb: Token) -> bool:
    """Whether a verb names a coded actor after "to" or "into": whom what it moves goes to."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" and any(a.code for a in actors_at(doc, g)) for g in c.children) for c in verb.children)


def _own_thing(doc: Doc, verb: Token, owners: list[Actor]) -> bool:
    """Whether the possessive pronoun on a verb's object points back at the verb's own subject."""
    subject = {(a.code, a.name) for a in _subject(doc, verb)} if verb.pos_ in ("VERB", "AUX") else set()
    return bool(subject) and all((a.code, a.name) in subject or not a.code for a in owners)


def _owner(doc: Doc, actor: Actor) -> bool:
    """Whether an actor is named only as the owner of a thing: "released her medical records"."""
    head = doc[actor.end - 1]
    return head.dep_ == "poss" and head.head.lemma_.lower() in _governor_words()["things"]


def _locative(doc: Doc, actor: Actor) -> bool:
    head = doc[actor.end - 1]
    return head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS


def _fired_at(doc: Doc, actor: Actor, cameo: str) -> bool:
    """"Police fired tear gas at protesters", "shot at soldiers": a group of people after "at" is whom harm is aimed
    at, not where it happens (docs/coding.md, "Places attacked"); "clashed at the ministry" names a place."""
    head = doc[actor.end - 1]
    return cameo[:2] in _HARM_ROOTS and actor.kind == "group" and head.dep_ == "pobj" and head.head.lower_ == "at" \
        and head.pos_ in ("NOUN", "PROPN") and places.lookup(head.text) is None


def _reached_place(doc: Doc, actor: Actor) -> bool:
    """Whether an actor named as where someone arrived is a country or a place (a capital stands for its
    government: "arrived in Lima"), not an institution ("landed in the Elysee Palace")."""
    return actor.kind in ("country", "place") or doc[actor.end - 1].ent_type_ in ("GPE", "LOC")


def _in_clause_below(tok: Token, scope: Token) -> bool:
    """"the bill that allows lawsuits against the Saudis": a relative or adverbial clause tells another story."""
    cur = tok
    while cur.i != scope.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "advcl", "ccomp") and cur.pos_ in ("VERB", "AUX") \
                and not (cur.dep_ == "acl" and lemma(cur) in _AMOUNT_PARTICIPLES):
            return True
        cur = cur.head
    return False


# Participles that only state an amount ("loans totalling $360 million to Poland"): no clause of another story
_AMOUNT_PARTICIPLES = frozenset({"total", "amount", "worth", "value", "exceed", "reach"})


def _in_side_clause(tok: Token) -> bool:
    """Inside a clause about another actor ("Likud, which tried to rally support", "Peru's port,
    which aims to expand trade") or an adverbial one: another story than the sentence's own.
    A relative clause on a non-actor continues the main story ("in a move that led to the latter
    authorising ..."), and so does a reported clause ("..., media reported")."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX") and (cur.dep_ == "advcl" or (cur.dep_ == "relcl" and actors_at(tok.doc, cur.head))):
            return True
        cur = cur.head
    return False


# Sectors that speak for the state: a minister urging "Moscow" speaks of its own side.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
# The offices of a state whose holders act for it when the sentence does not say which ("Officials criticized Russia"):
# not crowds, critics or migrants, who are no party to a state's acts.
_ROLE_SECTORS = _STATE_SECTORS | {"LEG"}


def _state_like(a: Actor) -> bool:
    return a.kind in ("country", "place") or a.sector in _STATE_SECTORS


def _given_to(doc: Doc, verb: Token, target: list[Actor]) -> list[Actor]:
    """Whom a verb's object goes to when the target found is only a modifier of that object ("pledged Turkish support
    for Azerbaijan"): the actors after "for", "to" or "with" on the object or on the verb, else none. A measure's
    "on" or "against" names whom it hits: "imposing a U.S. trade embargo on Iran" (the fourth wire battery round)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        mods = [m for m in obj.children if m.dep_ in ("amod", "compound", "poss")]
        if not mods or not all(any(m.i >= a.start and m.i < a.end for m in mods) for a in target):
            continue
        found = [a for p in (*obj.children, *verb.children) if p.dep_ == "prep" and p.lower_ in ("for", "to", "with", "on", "against")
                 for g in p.children if g.dep_ == "pobj" for a in actors_at(doc, g) if a.resolved]
        if found:
            return found
    return []


def _same_side(source: list[Actor], actor: Actor) -> bool:
    """Whether a named target is the source's own side, and so not its target.

    "Russia warned that Moscow could strike", "Lavrov said Russia should ...": a state and who speaks
    for it are one side. But a candidate, a legislator, a party or a civilian of a country is not its
    state, and two named persons are two sides: "Clinton suggested the United States should send
    more forces" is REQUEST USA → USA (CAMEO codes such domestic dyads, which fill political news).
    """
    for s in source:
        if s.code != actor.code:
            continue
        if s.name and actor.name and s.kind in ("person", "pronoun", "organization") and s.name != actor.name \
                and actor.kind in ("person", "pronoun", "organization"):
            continue  # two named persons or organisations: two sides
        if _state_like(s) and _state_like(actor):
            return True
        if not (s.kind in ("person", "organization") or actor.kind in ("person", "organization")):
            return True  # two groups of one country with no names ("Russian officials ... Moscow")
        if s.name and s.name == actor.name:
            return True
    return False


def _not_self(doc: Doc, source: list[Actor], target: list[Actor]) -> list[Actor]:
    """"Russia eased its blockade": a possessive pointing back at the source is not the target.

    But a pronoun that stands for another named person is another side, as a name is (``_same_side``):
    in "Trump said Clinton had lied and attacked her" the "her" is Clinton, not Trump; domestic political
    news names both sides of most of its dyads by one country's code.
    """
    codes_ = {a.code for a in source}
    return [a for a in target if not (a.resolved_from == "pronoun" and a.code in codes_ and not _other_person(doc, source, a)
                                      and not _other_group(doc, source, a))]


def _other_group(doc: Doc, source: list[Actor], pronoun: Actor) -> bool:
    """Whether an object "them" or "it" stands for an actor named apart from every source: "conservative leaders are
    backing them up" (the campaign), "the army said the rebels attacked it". A pronoun cannot be its own clause's
    subject (docs/coding.md, "Names the tagger misreads"), so one whose antecedent is not a source is another side,
    of the same country or not; a possessive ("Russia eased its blockade") stays the source's own."""
    tok = doc[pronoun.end - 1]
    if tok.lower_ not in ("them", "it") or tok.dep_ == "poss" or not pronoun.antecedent:
        return False
    first = pronoun.antecedent[0]
    return all(s.start != first and not (s.antecedent and s.antecedent[0] == first) for s in source)


def _other_person(doc: Doc, source: list[Actor], pronoun: Actor) -> bool:
    """Whether an object pronoun for a person ("criticized her", "attacked him") stands for a named person other
    than every source of its code. Not a possessive: "excerpts of his speech released by the White House" names
    the owner of a thing, who is no target."""
    tok = doc[pronoun.end - 1]  # "the former": its last word
    if pronoun.name and _acted_upon_subject(tok):
        # "she came under fire from Republicans", "he was criticized by his own party": the subject of a receiving
        # or a passive verb is acted upon, so it is no doer named after "from" or "by", whatever that doer is
        return all(s.name != pronoun.name for s in source)
    return bool(pronoun.name) and tok.lower_ in _PERSON_WORDS and tok.dep_ != "poss" and all(
        s.code != pronoun.code or (s.kind in ("person", "pronoun") and s.name and s.name != pronoun.name) for s in source)


def _acted_upon_subject(tok: Token) -> bool:
    """Whether a personal subject pronoun ("he", "she") is the subject of a passive or a receiving verb."""
    return tok.lower_ in _SUBJECT_PERSONS and (tok.dep_ == "nsubjpass" or (
        tok.dep_ == "nsubj" and (lemma(tok.head) in _RECEIVE_VERBS or lemma(tok.head) in _CAUSE_VERBS)))


_SUBJECT_PERSONS = frozenset({"he", "she"})
_PERSON_PRONOUNS = _SUBJECT_PERSONS | frozenset({"him", "her"})


def _first_actor_after(doc: Doc, tok: Token, source: list[Actor]) -> list[Actor]:
    """Failing a syntactic object: the first other actor inside the trigger's own phrase, after it.

    "defended the economic corridor through Pakistan", "an investigation into war
    crimes by Eritrean troops": the party acted upon is named deeper than the
    object. Relative and reported clauses are not searched: they tell other stories.
    """
    taken = {a.code for a in source}
    # A nominal object of a light verb ("opened an investigation into ...") may have
    # its phrase attached to the verb: search the verb's phrase after the noun too.
    scope = tok.head if tok.dep_ == "dobj" and lemma(tok.head) in _LIGHT_VERBS else tok
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
        scope = tok.head  # "a mediation mission between Ecuador and Colombia": the phrase is the head noun's
    # (a clause joined by "and"/"but" with a subject of its own is another story too: "He vowed to keep trying, but
    # the BBC's editor said ...")
    stop = {t.i for c in scope.children if c.dep_ in ("relcl", "advcl", "parataxis", "nsubj") or
            (c.dep_ == "ccomp" and c.lemma_ in _REPORTING) or (c.dep_ == "prep" and c.lower_ in _WHERE_PREPS | _WHEN_PREPS)
            or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
            or (c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children))
            for t in c.subtree}
    # (and "with the United States and France abstaining": an absolute clause with its own subject, the seventh wire
    # battery round)
    at = doc._.actor_at or {}
    for t in scope.subtree:
        if t.i <= tok.i or t.i not in at or t.i in stop or _in_clause_below(t, scope):
            continue
        actor = actor_for(doc, t)
        if actor is not None and actor.resolved and actor.kind != "pronoun" and not _same_side(source, actor) \
                and (actor.code not in taken or actor.kind == "person"):
            found = [a for a in actors_at(doc, doc[actor.end - 1]) if a.code and not _same_side(source, a)
                     and (a.code not in taken or a.kind == "person")]
            return found or [actor]  # with its conjuncts: "between Thailand and Cambodia"
    return []


_COOPERATIVE_ROOTS = frozenset({"03", "05", "06", "07", "08"})
_CIVIL_SECTORS = frozenset({"CVL", "LAB", "OPP", "NGO", "EDU", "REL", "BUS", "MED"})
_IRREGULAR_SECTORS = frozenset({"REB", "SPY", "CRM", "INS", "SEP"})


# Handovers and harm need someone to receive them; aimed at a thing they are another sense.
_THING_ROOTS = frozenset({"07", "08", "17", "18", "19", "20"})
_ARMED_HARM_ROOTS = frozenset({"18", "19", "20"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "SPY", "INS", "CRM", "SEP"})
# Office holders and candidates: their rallies are campaign events, not demonstrations (CAMEO 14 is dissent).
_OFFICE_SECTORS = frozenset({"ELI", "LEG", "GOV"})
_AGREE_NEEDS_TO = frozenset(json_data("nlp/data/governors.json")["agree_needs_to"]["words"])


def _object_lemmas(tok: Token) -> set[str]:
    """The nouns a trigger is aimed at: its object, or the object of "against"/"on"."""
    out = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            out.add(c.lemma_.lower())
        elif c.dep_ == "prep" and c.lower_ in ("against", "on", "upon"):
            out.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
    return out


def _aimed_at_words(tok: Token, source: list[Actor], target: list[Actor], assault: bool = False) -> bool:
    """"attacked Clinton", "attacked the plan": aimed at a person or a text, by someone unarmed."""
    if any(a.sector in _ARMED_SECTORS for a in source):
        return False
    words = _governor_words()
    if assault and _object_lemmas(tok) & words["person_nouns"]:
        # "attacking our party's nominee": a rival attacked in words, unless a weapon is named ("with a knife").
        return not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    if target:
        # ("she came under fire from Republicans": a personal pronoun stands for a person)
        return all(a.kind == "person" or (a.kind == "pronoun" and tok.doc[a.start].lower_ in _PERSON_PRONOUNS) for a in target)
    return bool(_object_lemmas(tok) & words["things"])


# Who holds no command of forces: candidates and public figures (ELI), legislators, the opposition.
_UNARMED_PERSON_SECTORS = frozenset({"ELI", "LEG", "OPP"})


def _speaker_only(tok: Token, source: list[Actor]) -> bool:
    """"immigrants came under repeated assault by Mr. Trump": a nominal attack by named persons who
    command no forces (a candidate, a legislator) is an attack in words, whoever it is aimed at."""
    return tok.pos_ == "NOUN" and bool(source) and all(a.kind == "person" and a.sector in _UNARMED_PERSON_SECTORS
                                                       for a in source)


def _aimed_at_actor(tok: Token) -> bool:
    """Whether a verb's object, or the object of its "to"/"against", names an actor (or a person by role)."""
    doc = tok.doc
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "against") for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" for c in tok.children):
        objs.append(tok.head)
    return any(actor_for(doc, o) is not None or o.lemma_.lower() in _governor_words()["person_nouns"] for o in objs)


def _sense(senses: list[Trigger], source: list[Actor], target: list[Actor], tok: Token) -> Trigger:
    """Pick a word's sense from who acts and at what: workers strike (143), air forces strike (190).

    A verbal sense (disapprove, 11x) is taken only when the act is aimed at a person
    or a text by someone unarmed ("Grayson is attacking our nominee"). Otherwise
    civilians and labour take the protest sense (14x); irregular forces the
    unconventional-violence sense (18x); states and armies the military one (19x).
    """
    by_root = sorted(senses, key=lambda t: t.cameo)
    verbal = [t for t in by_root if t.cameo[:2] == "11"]
    rejecting = [t for t in by_root if t.cameo[:2] == "12"]
    if verbal and rejecting:
        # "opposed the plan" rejects it (CAMEO 12, REJECT); "opposed the senator" disapproves of a
        # person (11, ACCUSE): the object decides, and an object that names no actor is a thing.
        return verbal[0] if _aimed_at_actor(tok) else rejecting[0]
    protest = [t for t in by_root if t.cameo[:2] == "14"]
    if rejecting and protest:
        # "the Senate blocked the nominee", "will block the deal": obstructing a decision is REJECT (CAMEO 12);
        # crowds blocking a bridge protest (14), as do the named places of the multiword entries ("block road").
        return protest[0] if {a.sector for a in source} & _CIVIL_SECTORS else rejecting[0]
    physical = [t for t in by_root if t.cameo[:2] != "11"]
    if verbal and physical:
        # A nominal attack with no one named as attacker ("the attack on the senator") is taken as
        # physical: the words sense needs a named, unarmed source ("Trump's attacks on Clinton").
        # A personal pronoun names an attacker too ("an attack he levelled at Clinton", "his attacks on the senator").
        if (source or tok.pos_ in ("VERB", "AUX") or _pronoun_agent(tok)) and (_speaker_only(tok, source) or
                _aimed_at_words(tok, source, target, any(t.cameo[:2] in ("18", "19", "20") for t in physical))):
            return verbal[0]
        if not source and tok.pos_ in ("NOUN", "PROPN") and _unarmed_receivers(target) and _receiver(tok) is not None:
            # "Senator Cruz came under fire for his remarks", "the network faced attacks over its coverage": harm
            # received by a candidate, a legislator or the press with no one named is words (ACCUSE with an empty
            # source, as the PLOVER gold codes it: docs/coding.md, "The doer-less round"); "troops came under fire"
            # stays gunfire, and with no one named is no event.
            return verbal[0]
        by_root = physical
    sectors = {a.sector for a in source}
    if tok.pos_ in ("VERB", "AUX") and _passive(tok) and _backed_by_arms(tok):
        # "The U.S. frigate Stark was struck by two Exocet missiles": hit by arms is force, never a labour strike
        # (the fourth wire battery round)
        conflict = [t for t in by_root if t.cameo[:2] in ("18", "19", "20")]
        if conflict:
            return conflict[-1]
    if sectors & _CIVIL_SECTORS or (not source and not any(c.dep_ == "dobj" for c in tok.children)):
        return by_root[0]
    if sectors & _IRREGULAR_SECTORS or any(a.code == "IMG" for a in source):
        conflict = [t for t in by_root if t.cameo[:2] in ("18", "19", "20")]
        return conflict[0] if conflict else by_root[-1]
    return by_root[-1]


def _unarmed_receivers(target: list[Actor]) -> bool:
    """Whether everyone a received act is aimed at is unarmed: a candidate, a legislator, the press (``_commands_no_forces``),
    or a named person or organisation of no armed sector ("Ennahda came under fire"); never a country or a place
    ("Israel came under fire" may be rockets) nor forces ("troops came under fire")."""
    return _commands_no_forces(target) or bool(target) and all(
        a.kind in ("person", "organization") and a.sector not in _ARMED_SECTORS and a.code != "IMG" for a in target)


def _clause_subject(doc: Doc, verb: Token) -> list[Actor]:
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") or _for_clause_request(child) is not None:  # "called for Trump to drop out": Trump is asked
            for grand in child.children:
                if grand.dep_ in ("nsubj", "nsubjpass") and (found := actors_at(doc, grand)):
                    return found
    return []


# Prepositions on a non-actor object that name whom the act reaches: the thing's recipient ("froze aid to
# Pakistan"), its author ("rejected demands by the unions", "resisted mediation by a priest": a plan or a
# demand is turned down by turning down its author, as "bashed Trump's proposal" is aimed at Trump), and,
# last, what it is part of ("shelled districts of Omdurman", "criticized the policies of the government").
_INSIDE_PREPS = ("to", "for", "against", "on", "with", "by", "of")


def _vouched_for(doc: Doc, verb: Token, source: list[Actor]) -> list[Actor]:
    """Whom an assurance vouches for: the subject of its that-clause when that is another actor and the clause
    states no future act ("assured voters that the senator was honest"); "assured Israel that it would help"
    promises (AGREE)."""
    # (the small model often hangs the that-clause on the object: "assured residents that ...")
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [g for c in verb.children if c.dep_ == "dobj" for g in c.children
                if g.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    for clause in clauses:
        if _aux(clause) & (_FUTURE_AUX | _HYPOTHETICAL_AUX | {"wo", "'ll", "can"}):
            return []
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            return []
        return [a for a in actors_at(doc, subject) if a.resolved and not _same_side(source, a)
                and not any(a.code == s.code and a.name == s.name for s in source)]
    return []


def _harmed_place(doc: Doc, tok: Token) -> list[Actor]:
    """Where a harmed thing is: "shelled a hospital in Aleppo", "ordered a strike against a factory in Khartoum".

    A place attacked stands for its country (docs/coding.md §4), and so does the place a harmed building or
    site is in: the object of the act (or of its light verb), or of its "against", "on", "at", when it names no
    actor, is followed to its own "in" phrase.
    """
    heads, things = _harmed_things(tok, ("against", "on", "at"))
    for thing in things:
        # ("Kurdish militia positions": an unresolved group on the thing names whose it is, not where)
        if thing.pos_ != "NOUN" or any(a.resolved for a in actors_at(doc, thing)):
            continue
        # "a hospital in Aleppo", "residential areas of Kharkiv", "positions near Idlib": the place the thing is at
        # (docs/coding.md, "Places attacked")
        found = [a for c in thing.children if c.dep_ == "prep" and c.lower_ in _THING_PLACE_PREPS for g in c.children
                 if g.dep_ == "pobj" for t in (g, *_named_town(g)) if t.ent_type_ in ("GPE", "LOC")
                 for a in actors_at(doc, t) if a.code]
        if found:
            return found
        # "bombed targets near Damascus": the place may hang on the verb; a harmed thing is where the act is
        found = [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _THING_PLACE_PREPS - {"of"}
                 for g in c.children if g.dep_ == "pobj" for t in (g, *_named_town(g)) if t.ent_type_ in ("GPE", "LOC")
                 for a in actors_at(doc, t) if a.code]
        if found:
            return found
    return []


_THING_PLACE_PREPS = frozenset({"in", "of", "near", "outside", "around"})


def _named_town(noun: Token) -> list[Token]:
    """The name after "the city of", "the town of" ("targets near the city of Homs": the thirteenth wire battery round)."""
    if noun.lower_ not in _SETTLEMENT_WORDS:
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _victims_where_struck(doc: Doc, tok: Token, target: list[Actor]) -> list[Actor]:
    """Unnamed victims of a harm told in a participle are where the harm it continues struck (the actor round).

    "Jets struck a school in Gaza, killing 12 civilians", "blew up the embassies in Kenya and Tanzania, killing 200
    people": the people killed are of the place the governing act hit (CAMEO's residence convention). The
    sentence default (its one country) fails there, as the attacker's country is named too; the places come from
    the governing verb's object or its "in", "on", "at", "against" phrases (conjoined places give one target each).
    Only for civilians with no code (or a plain "people", `struck_victims` in event_words.json), a participle on a
    verb, and places or countries named as such: "killing two soldiers" of a named army keeps that army, and
    "the embassies" of the United States are not where they stand (docs/coding.md §4, "The actor round").
    """
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head.pos_ != "VERB":
        return []
    victims = target[0] if target else None
    if victims is None:
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _STRUCK_VICTIMS), None)
        if obj is None or actors_at(doc, obj):
            return []
        victims = Actor(obj.i, obj.i + 1, None, "CVL", None, "group", members=[obj.i])
    elif not all(not a.code and a.sector == "CVL" and a.kind == "group" for a in target):
        return []
    head = tok.head
    things = [c for c in head.children if c.dep_ == "dobj"]
    things += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("against", "on", "at", "in")
               for g in c.children if g.dep_ == "pobj"]
    found: list[Actor] = []
    for thing in things:
        found += [a for a in actors_at(doc, thing) if a.kind in ("place", "country")]
        found += [a for c in thing.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                  if g.dep_ == "pobj" for a in actors_at(doc, g) if a.kind in ("place", "country")]
    codes_ = list(dict.fromkeys(a.code for a in found if a.code and a.code in _country_codes()))
    return [Actor(victims.start, victims.end, code, victims.sector, victims.name, "group", resolved_from="place",
                  members=victims.members) for code in codes_]


def _attacker_known(doc: Doc, tok: Token, source: list[Actor]) -> bool:
    """Whether the attacker of a participle has a code before the victims get theirs: named, or of the sentence's
    default country. The victims' place fills the target of an act the coder keeps anyway; it does not keep alive
    a participle whose attacker is unknown ("CAIRO - Gunmen opened fire at a museum in Tunisia, killing 19
    people": the killing repeats the shooting, reported once)."""
    if any(a.code for a in source):
        return True
    return bool(source) and _default_country(doc, tok, places.place_for(doc, tok, _PLACE_PREPS), source) is not None


_DESCRIBED_PREPS = {"import": ("from",), "export": ("to",)}


def _inside(doc: Doc, noun: Token) -> list[Actor]:
    """The actor inside a non-actor object: "sought its support", "froze aid to Pakistan"."""
    for child in noun.children:
        if child.dep_ == "poss" and noun.lemma_.lower() not in _governor_words()["things"] and (found := actors_at(doc, child)):
            return found  # (the owner of a document is not who it is done to: "released her medical records")
        if (child.dep_ == "acl" and child.tag_ == "VBN" and not any(g.dep_ in ("nsubj", "aux", "mark", "dobj") for g in child.children)
                or child.dep_ == "relcl" and not any(g.dep_ in ("dobj", "mark") for g in child.children)) \
                and (found := _objects(doc, child, _DESCRIBED_PREPS.get(lemma(child), ("on", "against")))):
            # (a clause of what an assertion says is none of these: "assertions that their show has beaten the drum")
            # "lift sanctions imposed on Libya": whom the measure was laid on; "tariffs on all goods imported from
            # Mexico": whose goods (the seventh wire battery round)
            return found
        if child.dep_ == "acl" and child.lemma_.lower() == "belong" and (found := _objects(doc, child, ("to",))):
            return found  # "hit more than 100 targets belonging to the YPG": whose the things are (the seventh wire battery round)
    return _objects(doc, noun, _INSIDE_PREPS) if noun.dep_ != "nsubjpass" else []


def _passive(verb: Token) -> bool:
    # ("when asked to pick a running mate", "Asked about the charges, Rubio said": a reduced passive
    # clause; its implied subject is who is asked, not who asks)
    # (a participle on a noun with a direct object of its own is active, whatever the parser says: "Israeli air strikes
    # killed at least 20 people ..., the health ministry said" hangs "killed" on "strikes" as a reduced relative)
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
        or (verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ == "dobj" for c in verb.children)
            and not _after_apposition(verb)) \
        or (verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)) \
        or (verb.tag_ == "VBN" and verb.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children))  # "was attacked by X and criticized by Y"


def _visit_counterpart(doc: Doc, verb: Token, source: list[Actor]) -> list[Actor]:
    """"Kerry flew to Kiev ... and offered $1 billion in American loan guarantees to help steady its economy": an offer
    joined by "and" to a visit, with no subject of its own, is made to whom the visit reached (the thirteenth wire
    battery round; as the tenth round's participle pledges)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(t.cameo[:3] in _DIRECTED_VISITS for t in Lexicon.cached().senses(head) or ()):
        return []
    return [a for a in _objects(doc, head, ("to", "in")) if a.resolved and not _same_side(source, a)]


def _after_apposition(verb: Token) -> bool:
    """"Iran's first vice president, Mohammad Reza Rahimi, threatened on Tuesday to close ...": a participle the parser
    hung on the sentence's root noun right after that noun's apposition set off by commas is the noun's own verb, in
    the active (a headline's reduced passive, "Man arrested in Paris", has no apposition; the thirteenth wire battery
    round)."""
    head = verb.head
    return head.dep_ == "ROOT" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ == "appos" and c.i < verb.i for c in head.children)


def _verb_args(doc: Doc, verb: Token) -> tuple[list[Actor], list[Actor]]:
    if _passive(verb):
        agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        source = actors_at(doc, agent[0]) if agent else []
        if not agent:
            source = _fought_in(doc, verb)  # "were killed in a clash with Chinese troops": who fought them killed
            source = source or _country_left(doc, verb)  # "were ordered to leave France": France expels them
        if agent and (firer := _fired_by(agent[0])) is not None:
            # "was struck by two Exocet missiles fired by an Iraqi warplane": whoever fired the arms struck
            source = actors_at(doc, firer) or source
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and patient.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            patient = verb.head
        if patient is None and verb.dep_ == "acl":
            patient = verb.head  # "attacks sponsored by Z"
        if patient is None and verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            # "was attacked by Cruz and criticized by Rubio", "Criticized by Democrats, Trump defended his remarks":
            # a passive conjunct, or a reduced passive clause, is done to the subject of the verb it hangs on
            patient = next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        target = actors_at(doc, patient) if patient is not None else []
        if not target:
            # ("in" is where, not whom: "the agreement signed Saturday in Paris" has no French target)
            target = _objects(doc, verb, ("for", "against", "on", "to"))
        if not target and patient is not None and patient.pos_ == "NOUN":
            # "A record $21 billion loan for South Korea was approved by the IMF": whom the thing acted on is for
            # (the fourth wire battery round); "The city of Kharkiv was shelled": the town a settlement noun names
            # (the tenth wire battery round)
            target = _objects(doc, patient, ("for", "to")) or (
                _objects(doc, patient, ("of",)) if patient.lower_ in _SETTLEMENT_WORDS else [])
        return source, target
    return _subject(doc, verb), _objects(doc, verb)


# Nouns that name a settlement before its name ("the city of Kharkiv"), as the actor resolver reads them.
_SETTLEMENT_WORDS = frozenset(w.lower() for w in _SETTLEMENT_NOUNS)
_FIGHT_NOUNS = frozenset(_WORDS["fight_nouns"]["words"])


def _fought_in(doc: Doc, verb: Token) -> list[Actor]:
    """Who a passive harm with no agent was done by when it happened "in a clash with" someone: "Twenty Indian soldiers
    were killed in a clash with Chinese troops" (the eighth wire battery round); the coded actors after "with"."""
    found = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
             for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in _FIGHT_NOUNS
             for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
             for g in w.children if g.dep_ == "pobj" for a in actors_at(doc, g) if a.code]
    # "Three American soldiers were killed ... in a drone attack by an Iranian-backed Iraqi militia": the attack's
    # own "by" names who did it (the twelfth wire battery round)
    # (the phrase may hang on a passive joined by "and": "were killed and dozens were wounded ... in a drone attack")
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and _passive(c))]
    return found or [a for n in _attacks_in(heads)
                     for w in n.children if w.dep_ == "agent" or w.dep_ == "prep" and w.lower_ == "by"
                     for g in w.children if g.dep_ == "pobj" for a in actors_at(doc, g) if a.code]


def _attacks_in(heads: list[Token]) -> list[Token]:
    """The attack nouns (`_armed_noun`) after "in" on any of ``heads`` ("killed ... in a drone attack")."""
    return [n for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
            for n in c.children if n.dep_ == "pobj" and _armed_noun(n)]


def _claimed_attackers(doc: Doc, verb: Token) -> list[Actor]:
    """The "by" of a participle of claiming or carrying out on an attack noun after "in" ("in an attack claimed by X",
    "in a bombing carried out by X")."""
    return [a for n in _attacks_in([verb])
            for p in n.children if p.dep_ == "acl" and lemma(p) in ("claim", "carry", "blame", "attribute")
            for w in p.children if w.dep_ == "agent" for g in w.children if g.dep_ == "pobj"
            for a in actors_at(doc, g) if a.code]


def _armed_noun(noun: Token) -> bool:
    """Whether a noun names an armed attack in the lexicon ("attack", "strike", "bombing": CAMEO 18-20)."""
    return any(t.cameo[:2] in _ARMED_HARM_ROOTS for t in Lexicon.cached().senses(noun) or ())


def _country_left(doc: Doc, verb: Token) -> list[Actor]:
    """Who expels persons told, with no agent named, to leave a country: that country ("47 Soviet diplomats had been
    ordered to leave France", the ninth wire battery round)."""
    return [a for c in verb.children if c.dep_ == "xcomp" and lemma(c) in _LEAVING_VERBS
            for o in c.children if o.dep_ == "dobj" for a in actors_at(doc, o) if a.code and a.kind == "country"]


def _noun_args(doc: Doc, noun: Token) -> tuple[list[Actor], list[Actor]]:
    source: list[Actor] = []
    unnamed: list[Actor] = []  # "military cooperation": a sector without a country is a last resort
    for child in reversed(list(noun.lefts)):  # the modifier nearest the noun is its actor
        if child.dep_ in ("poss", "compound", "amod", "nmod") and (found := actors_at(doc, child)):
            if any(a.code for a in found):
                source = found
                break
            unnamed = unnamed or found
    acl = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    lent = _lent_in_clause(noun)
    if lent is not None and not source:
        # "an attack he levelled at Clinton", "the support she lent to the mayor": the light verb of a
        # relative clause on the nominal gives who acts (its subject) and whom (its "at", "to", "behind").
        return _subject(doc, lent), _objects(doc, lent, ("at", "on", "upon", "against", "to", "behind", "toward", "towards"))
    receiver = _receiver(noun)
    if receiver is not None:
        # "France faced criticism from Germany", "Marvel received a slew of criticism":
        # the receiving verb's subject is acted upon; "from", "by" (or "of", "won the
        # backing of Japan") name who acts.
        given = [a for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}
                 for g in c.children if g.dep_ == "pobj" for a in actors_at(doc, g)]
        if not given:
            # "immigrants came under repeated assault by Mr. Trump": the parser often hangs the
            # agent on the receiving verb rather than on the noun.
            given = [a for c in receiver.children if c.dep_ in ("prep", "agent") and c.lower_ in {"by", "from"}
                     for g in c.children if g.dep_ == "pobj" for a in actors_at(doc, g)]
        return given, _receiving_subject(doc, receiver)
    if not source:
        for child in noun.children:
            if child.dep_ == "prep" and (child.lower_ == "by" or (child.lower_ in _SOURCE_PREPS and _given(noun))):
                source = [a for g in child.children if g.dep_ == "pobj" for a in actors_at(doc, g)]
            elif child in acl:
                source = [a for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for a in actors_at(doc, g)]
            if source:
                break
    if not source and (between := _between(doc, noun)):
        # "the meeting between Obama and Putin", "talks between Israel and the Palestinians", "fighting between the
        # army and the rebels": the sides of a mutual act named after "between" are its conjoined doers, coded both
        # ways (_reciprocal)
        return between, []
    if not source and _visit_noun(noun) and (visitor := _objects(doc, noun, ("of",))):
        # "the visit of Angela Merkel to Warsaw": with a visit, "of" names who goes, "to" where
        return visitor, _objects(doc, noun, ("to",))
    if source and _possessive_pronoun_only(noun):
        # "concentrating her fire on Trump", "during their phone call, Obama and Hollande ...": the possessive
        # of a nominal a light verb carries points back at the verb's subject, who is named there (the pronoun
        # alone may resolve wrong, and "their" stands for two)
        source = _governor_subject(doc, noun) or source
    if not source:
        source = _governor_subject(doc, noun) or unnamed
    target = _objects(doc, noun, ("against", "on", "upon", "with", "to", "at", "toward", "towards", "for", "of")) \
        or (_objects(doc, noun, ("into",)) if any(c.lower_ == "into" for c in noun.children)
            and (found := Lexicon.cached().match(noun)) is not None and found.cameo[:2] == _INVESTIGATE_ROOT else [])
    # ("an investigation into the Clinton Foundation", "a probe into the ministry": an inquiry is aimed "into" whom)
    for verb in acl:
        target = target or _objects(doc, verb, ("against", "on", "upon", "at", "toward", "towards"))
    if not target and noun.dep_ == "dobj" and _carried_by(noun.head, noun):
        # (a nominal's possessive pronoun points back at who acts: "concentrating her fire on Trump" is aimed "on")
        target = _objects(doc, noun.head, ("against", "on", "with", "to", "at", "for", "behind"),
                          skip=noun.i if _possessive_pronoun_only(noun) else -1)
        if not target and (found := Lexicon.cached().match(noun)) is not None and found.cameo[:2] == _INVESTIGATE_ROOT:
            # ("opened a criminal investigation into the C.I.A.": the parser hangs "into" on the light verb; the
            # tenth wire battery round)
            target = _objects(doc, noun.head, ("into",))
    return source, target


# Meetings and fighting "between" two sides are acts of both; trade, cooperation and deals "between" them are mostly a
# standing relation or a known agreement named ("trade between China and Japan grew"), no news of an act.
_BETWEEN_TYPES = frozenset({"CONSULT", "ASSAULT"})
_BETWEEN_WORDS = _RECIPROCAL_WORDS - {"trade", "exchange"}


def _between(doc: Doc, noun: Token) -> list[Actor]:
    """The sides of a mutual nominal act named after "between" ("talks between Israel and the Palestinians"), when
    they are two or more distinct actors; [] for any other noun."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or not any(c.lower_ == "between" for c in noun.children):
        return []  # "referring to the indirect talks between Israel and Hamas": a topic, not news of the talks
    senses = Lexicon.cached().senses(noun)
    if not senses or not (codes.event_type(senses[0].cameo) in _BETWEEN_TYPES or noun.lemma_.lower() in _BETWEEN_WORDS):
        return []
    sides = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
             for g in c.children if g.dep_ == "pobj" for t in (g, *[x for x in g.subtree if x.dep_ == "conj" and x.head.i != x.i])
             for a in actors_at(doc, t)]
    unique = list({(a.start, a.end): a for a in sides}.values())
    return unique if len(unique) > 1 else []


_PERSONAL = frozenset(_WORDS["personal_pronouns"]["words"])
# Object pronouns that stand for one person; "the former" and "the latter" name one of two just named.
_PERSON_WORDS = frozenset({"him", "her", "former", "latter"})


def _shown_by(doc: Doc, verb: Token) -> list[Actor]:
    """The agent of a passive participle on the verb's object: "the courage shown by the firefighters"."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "pobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("of", "about"))):
        noun = next((g for g in obj.children if g.dep_ == "pobj"), None) if obj.dep_ == "prep" else obj
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN") if noun is not None else ():
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                if found := [a for g in agent.children if g.dep_ == "pobj" for a in actors_at(doc, g)]:
                    return found
    return []


def _doer_of_object(doc: Doc, verb: Token) -> list[Actor]:
    """"dismissed the criticism from Senator Rubio", "shrugged off the attacks by the governor": judging or turning
    down an act is aimed at whoever did it, named after its "from" or "by"."""
    lex = Lexicon.cached()
    return [a for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
            for p in c.children if p.dep_ == "prep" and p.lower_ in ("from", "by") and lex.match(c) is not None
            for g in p.children if g.dep_ == "pobj" for a in actors_at(doc, g)]


def _said_culprit(doc: Doc, verb: Token) -> list[Actor]:
    """"Trump denounced the decision, saying Mr. Biden had abandoned a close ally": a thing judged with no author on
    it is aimed at whom the judge's own words in a "saying" participle make its doer, the subject of what is said
    (the twelfth wire battery round). Only for a thing as the object; a person judged is the target already."""
    if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" and actor_for(doc, c) is None for c in verb.children):
        return []
    for said in verb.children:
        if said.dep_ not in ("advcl", "xcomp", "conj") or said.tag_ != "VBG" or said.lemma_.lower() not in _REPORTING \
                or any(c.dep_ == "nsubj" for c in said.children):
            continue
        for clause in said.children:
            if clause.dep_ == "ccomp":
                found = [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                         for a in actors_at(doc, c) if a.resolved and a.kind != "pronoun"]
                if found:
                    return found
    return []


# A thing named by "the" that an earlier verb of the sentence made: "Iraq offered to withdraw ..., but Bush dismissed
# the offer"; the noun → the verbs that make it.
_MADE_BY_VERB = {"offer": ("offer",), "proposal": ("propose",), "plan": ("propose", "unveil"), "demand": ("demand",),
                 "request": ("request", "ask"), "initiative": ("propose", "launch"), "ultimatum": ("issue", "give")}


def _earlier_maker(doc: Doc, verb: Token) -> list[Actor]:
    """"Iraq offered on Friday to withdraw from Kuwait ..., but President Bush dismissed the offer as a cruel hoax": a
    thing turned down or judged, named by "the" alone, is the one an earlier verb of the same sentence made, and the
    act is aimed at that verb's subject (the twelfth wire battery round)."""
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if thing is None or lemma(thing) not in _MADE_BY_VERB or [c.lower_ for c in thing.children] != ["the"]:
        return []
    makers = _MADE_BY_VERB[lemma(thing)]
    sent = verb.sent
    for earlier in doc[sent.start:verb.i]:
        if earlier.pos_ == "VERB" and lemma(earlier) in makers:
            found = [a for a in _subject(doc, earlier) if a.resolved and a.kind != "pronoun"]
            if found:
                return found
    return []


def _mediated_parties(doc: Doc, verb: Token, source: list[Actor]) -> list[Actor]:
    """The actors after "between" on a verb or on its object ("mediated talks between X and Y"), one per code."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    found = [a for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
             for g in p.children if g.dep_ == "pobj" for a in actors_at(doc, g) if a.resolved and not _same_side(source, a)]
    return list({a.code: a for a in found}.values())


def _included(doc: Doc, verb: Token, source: list[Actor]) -> list[Actor]:
    """The actors a "to include" / "to cover" clause of a measure names, in its object's phrase."""
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and lemma(c) in ("include", "cover")):
        found = [a for t in clause.subtree if t.i > clause.i for a in actors_at(doc, t)
                 if a.resolved and a.kind != "pronoun" and not _same_side(source, a)]
        if found:
            return list({(a.start, a.end): a for a in found}.values())[:1]
    return []


def _message_recipient(doc: Doc, verb: Token, source: list[Actor]) -> list[Actor]:
    """Whom a message was sent to, for the participle that says what it says: "sent a message to President Reagan
    expressing deep regret", "delivered a letter to the UN urging ..." (the "to" of the message or of the verb that
    has it as object)."""
    message = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or message.dep_ != "dobj" \
            or lemma(message) not in _SPEAKING_THINGS | _MADE_NOUNS:
        return []
    return [a for h in (message, message.head) for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
            for g in p.children if g.dep_ == "pobj" for a in actors_at(doc, g) if a.resolved and not _same_side(source, a)]


def _author_by(doc: Doc, verb: Token) -> list[Actor]:
    """"resisted mediation by a Catholic priest": the parser often hangs the "by" of a nominal object on the
    active verb; with a thing as the object, an actor after that "by" is the thing's author, whom the act is
    aimed at (who made the offer is who is turned down)."""
    if _passive(verb) or not any(c.dep_ == "dobj" and actor_for(doc, c) is None for c in verb.children):
        return []
    return _objects(doc, verb, ("by",))


def _visit_noun(noun: Token) -> bool:
    """A noun whose lexicon sense is a visit (CAMEO 042): "of" names the visitor, not whom it is done to."""
    return any(t.cameo[:3] == "042" for t in Lexicon.cached().senses(noun))


def _pronoun_agent(tok: Token) -> bool:
    """Whether a personal pronoun names who acts: "he denounced", "her criticism of"."""
    deps = ("nsubj",) if tok.pos_ in ("VERB", "AUX") else ("poss",)
    if tok.pos_ not in ("VERB", "AUX") and (lent := _lent_in_clause(tok)) is not None:
        return _pronoun_agent(lent)  # "an attack he levelled at Clinton"
    if tok.pos_ in ("VERB", "AUX") and tok.head.i != tok.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            and ((tok.dep_ == "xcomp" and _word_class(tok.head) == "pass_through") or (tok.dep_ == "advcl" and tok.tag_ == "VBG")):
        # "he began to criticize Cruz", "she flew to Iowa, criticizing Cruz": the governing verb's subject
        # acts (not in a purpose clause, "raising money to fight Trump", or under a wish or an obligation)
        return _pronoun_agent(tok.head)
    return any(c.dep_ in deps and c.lower_ in _PERSONAL for c in tok.children)


def _given(noun: Token) -> bool:
    """Whether "from" names who acts: "criticism / support / loans from X", but "the withdrawal of
    troops from Niger" and "rockets from Gaza" name a place left or fired from."""
    senses = Lexicon.cached().senses(noun)
    return bool(senses) and codes.event_type(senses[0].cameo) in _FROM_TYPES


def _thanked(doc: Doc, verb: Token) -> list[Actor]:
    """The actor a performative "Thank you, X" addresses: the name right after "you" ("Thank you
    Indiana!", "Thank you, Senator X"). Thanks are praise (SUPPORT 051) from the speaker; a place
    thanked stands for its people, so it is kept as a group of its country, not as a place."""
    you = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "you"), None)
    if you is None:
        return []
    i = you.i + 1
    while i < len(doc) and doc[i].is_punct and doc[i].text not in ("!", ".", "?"):
        i += 1
    actor = actor_for(doc, doc[i]) if i < len(doc) else None
    if actor is None or not actor.resolved or actor.start != i:
        return []
    if actor.kind == "place":
        return [Actor(actor.start, actor.end, actor.code, actor.sector, actor.name, "group",
                      resolved_from=actor.resolved_from, members=actor.members)]
    return [actor]


def _lent_in_clause(noun: Token) -> Token | None:
    """"the attack he levelled at Clinton": a relative clause on a nominal whose light verb carries it."""
    for c in noun.children:
        if c.dep_ == "relcl" and lemma(c) in _LIGHT_VERBS and lemma(c) not in _RECEIVE_VERBS \
                and not any(g.dep_ in ("dobj", "nsubjpass") and g.lower_ not in ("that", "which") for g in c.children):
            return c
    return None


def _rebutted_act(doc: Doc, noun: Token) -> bool:
    """"rejected criticism from Trump", "dismissed Sanders' accusations", "resisting mediation by a priest": the
    object of a rebuttal verb is an act that happened, and when it names its own doer it is news of its own, not
    just what the rebuttal is about (the train3 round). Without a doer ("rejected both objections", "rejected a
    Fox News proposal") it stays the rebuttal's object only."""
    if noun.dep_ != "dobj" or lemma(noun.head) not in _REBUTTAL_VERBS:
        return False
    senses = Lexicon.cached().senses(noun)
    if not senses or codes.event_type(senses[0].cameo) not in _REBUTTED_TYPES:
        return False
    for c in noun.children:
        if c.dep_ == "poss" and actor_for(doc, c) is not None:
            return True
        if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS and (c.lower_ == "by" or _given(noun)) \
                and any(g.dep_ == "pobj" and actor_for(doc, g) is not None for g in c.children):
            return True
    return False


def _aim_at_rebutter(doc: Doc, e: CodedEvent) -> None:
    """A rebutted act with no target of its own was aimed at whoever rebuts it: "de Blasio rejected criticism
    from Trump" (Trump → de Blasio), "Mugabe is resisting mediation by a priest" (the priest → Mugabe)."""
    if not e.target:
        e.target = [a for a in _subject(doc, e.trigger.head) if a.resolved and not _same_side(e.source, a)]


def _received_in_clause(noun: Token) -> Token | None:
    """"the criticism the network has received", "the criticism that Cruz received": a relative clause
    on the nominal whose receiving verb's subject is acted upon."""
    for c in noun.children:
        if c.dep_ == "relcl" and lemma(c) in _RECEIVE_VERBS and lemma(c) != "come" \
                and not any(g.dep_ in ("dobj", "nsubjpass") and g.lower_ not in ("that", "which") for g in c.children):
            return c
    return None


def _receiver(noun: Token) -> Token | None:
    """The verb a nominal event is received through: "faced criticism", "came under attack",
    "received a slew of criticism" (through a quantity noun's "of"), "remarks that sparked a backlash"."""
    if noun.pos_ in ("VERB", "AUX"):
        return _mistagged_received(noun)
    if (c := _received_in_clause(noun)) is not None:
        return c
    cur = noun
    for _ in range(3):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
            if lemma(head) in _CAUSE_VERBS and not (lemma(head) in _LIGHT_VERBS and _actor_subject(head)):
                # ("the senator started a feud with the governor": a verb that is light too causes only when its
                # subject is a thing, "a photo she posted started a backlash")
                return head if _caused_type(noun) else None
            return head if lemma(head) in _RECEIVE_VERBS and lemma(head) != "come" else None
        if cur.dep_ == "pobj" and head.dep_ == "prep":
            if head.lower_ == "under" and lemma(head.head) == "come":
                return head.head  # "came under attack"
            if head.lower_ != "of" or head.head.pos_ != "NOUN":
                return None
            cur = head.head  # "a slew of criticism", "a wave of condemnation"
            continue
        return None
    return None


def _actor_subject(verb: Token) -> bool:
    """Whether a verb's subject names an actor (not a thing)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and actor_for(c.doc, c) is not None for c in verb.children)


def _mistagged_received(tok: Token) -> Token | None:
    """"drawing scorn from party leaders": the small model often tags the noun right after a receiving verb
    as a past participle (here an object or a clause of "drawing"). A word tagged as a finite verb or a
    participle that has no subject, auxiliary or object of its own and follows the receiving verb with only
    determiners and adjectives between is the received nominal; its receiving verb is returned."""
    head = tok.head
    if tok.tag_ not in _MISTAGGED_TAGS or head.i == tok.i or head.i > tok.i or head.pos_ not in ("VERB", "AUX") \
            or lemma(head) not in _RECEIVE_VERBS or lemma(head) == "come":
        return None
    if any(t.pos_ not in ("DET", "ADJ", "ADV") for t in tok.doc[head.i + 1:tok.i]) \
            or any(c.dep_ in _OWN_CLAUSE_DEPS for c in tok.children):
        return None
    return head


# A verb tag the small model puts on a noun after a receiving verb ("drew scorn" as VBN), never "-ing".
_MISTAGGED_TAGS = frozenset({"VBN", "VBD", "VB", "VBP"})
_MISTAGGED_DEPS = frozenset({"dobj", "advcl", "xcomp", "ccomp"})  # the slots the parser gives such a noun
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark"})


def _caused_type(noun: Token) -> bool:
    """Whether a nominal after a verb of causing ("sparked", "prompted") is received by that verb's subject: words
    and backing are ("Trump's remarks sparked criticism from Cruz" is aimed at Trump), harm is not ("the killings
    prompted a crackdown by police" is aimed at whoever its own phrase names)."""
    senses = Lexicon.cached().senses(noun)
    return bool(senses) and codes.event_type(senses[0].cameo) in _CAUSED_TYPES


def _receiving_subject(doc: Doc, receiver: Token) -> list[Actor]:
    """Who receives: the receiving verb's subject. A receiving participle set off by a comma at the end of a
    clause ("Trump's populism defies its ideas, drawing scorn from party leaders") with no subject of its
    own says what befell the clause's subject, even when the parser hangs it on the nearest noun."""
    found = _subject(doc, receiver)
    if not found and lemma(receiver) in _CAUSE_VERBS:
        # "a photo she posted started a backlash", "comments Trump made prompted criticism": a thing that causes
        # the act stands for whoever made it in its relative clause
        found = [a for s in receiver.children if s.dep_ == "nsubj" for c in s.children if c.dep_ == "relcl"
                 for g in c.children if g.dep_ == "nsubj" for a in actors_at(doc, g)]
    if found or receiver.tag_ != "VBG" or receiver.i == 0 or doc[receiver.i - 1].lower_ != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in receiver.children):
        return found
    cur = receiver
    for _ in range(3):
        if cur.head.i == cur.i:
            return []
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return _subject(doc, cur)
    return []


def _possessive_pronoun_only(noun: Token) -> bool:
    """Whether the only modifier of a nominal that may name its actor is a possessive pronoun ("her fire")."""
    mods = [c for c in noun.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")]
    return bool(mods) and all(c.dep_ == "poss" and c.pos_ == "PRON" for c in mods if c.dep_ in ("poss", "compound", "nmod"))


def _governor_subject(doc: Doc, noun: Token) -> list[Actor]:
    """Climb from a nominal to a governing light verb and take its subject."""
    cur = noun
    for _ in range(_MAX_CLIMB):
        if cur.dep_ not in _CLIMB_LINKS or cur.head.i == cur.i:
            return []
        if cur.dep_ == "prep" and cur.lower_ in _MEETING_PREPS and cur.head.pos_ in ("VERB", "AUX") and _met_by_both(noun) \
                and _meeting_noun(noun):
            # "During their phone call, Obama and Hollande reaffirmed ...", "In a call with Hollande, Obama
            # condemned ...": those who act in a meeting are the ones who met. A verb of meeting names the same
            # meeting ("met on the sidelines of the summit", "discussed Syria during a call"): the noun is its setting.
            return [] if _meeting_noun(cur.head) else _subject(doc, cur.head)
        if cur.dep_ == "prep" and cur.lower_ not in _CLIMB_PREPS:
            return []  # "after the airstrikes": time, not who did it
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return _subject(doc, cur) if _carried_by(cur, noun) else []
    return []


def _meeting_noun(tok: Token) -> bool:
    """A word with a sense of meeting or calling (CONSULT, CAMEO 04): "talk", "meeting", "phone call", "met"."""
    nouns, verbs = _meeting_words()
    if tok.pos_ in ("VERB", "AUX"):
        return lemma(tok) in verbs
    # (the word's entries decide, once its head word is one: "a press conference" is a statement)
    return (tok.lemma_.lower() in nouns or tok.lower_ in nouns) \
        and any(t.cameo[:3] in _MEETING_CODES for t in Lexicon.cached().senses(tok))


@cache
def _meeting_words() -> tuple[frozenset[str], frozenset[str]]:
    """The head words of the lexicon's meeting entries, nouns and one-word verbs (a cache of fixed data): meetings,
    calls and visits (CAMEO 040-043), not "on the sidelines of" (044, where a meeting is) nor mediation."""
    lex = Lexicon.cached()
    return (frozenset(w for w, entries in lex.nouns.items() if any(t.cameo[:3] in _MEETING_CODES for t in entries)),
            frozenset(w for w, entries in lex.verbs.items()
                      if any(t.cameo[:3] in _MEETING_CODES and len(t.words) == 1 for t in entries)))


_MEETING_CODES = frozenset({"040", "041", "042", "043"})


def _met_by_both(noun: Token) -> bool:
    """Whether a meeting noun names its two sides itself: "their phone call", "a call with Hollande". A meeting
    of a body one attends ("at the annual meeting of the governors' association, Pence spoke") names no one met."""
    return any((c.dep_ == "prep" and c.lower_ == "with") or (c.dep_ == "poss" and c.lower_ == "their") for c in noun.children)


def _carried_by(verb: Token, noun: Token) -> bool:
    """Whether a verb only says that its nominal object happened: a light verb ("held talks"), or "have" with a
    meeting ("had a talk with Hollande", "had a phone call with": `meeting_verbs`)."""
    verb_lemma = lemma(verb)
    # ("joined 16 other states in a lawsuit against Obama", "brought a case against the minister": a verb that
    # brings a case only says it was brought, by its subject; docs/coding.md, "Legal and investigative acts")
    return verb_lemma in _LIGHT_VERBS or (verb_lemma in _MEETING_VERBS and _meeting_noun(noun)) \
        or (verb_lemma in _CESSATION and _ended_by(noun) is not None) \
        or (verb_lemma in _LEGAL_CARRIERS and noun.lemma_.lower() in _LEGAL_NOUNS)


# -- qualities ----------------------------------------------------------------------------
def _clause_chain(tok: Token) -> list[Token]:
    """The trigger, and for a nominal or a complement clause the verbs that govern it."""
    chain, cur = [tok], tok
    while cur.dep_ in ("dobj", "pobj", "prep", "xcomp", "ccomp", "nsubjpass", "pcomp", "acomp") and cur.head.i != cur.i and len(chain) < 4:
        cur = cur.head
        chain.append(cur)
    return chain


# Subjects that deny the act of every doer.
_NO_ONE = frozenset({"nobody", "none", "noone"})


def _negated(tok: Token) -> bool:
    if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", "attr") and any(g.lower_ in ("no", "none") for g in c.children)
                                          for c in tok.children):
        return True  # "offered no public response"
    if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and (c.lower_ in _NO_ONE or any(g.dep_ == "det" and g.lower_ in ("no", "neither")
                                                                                           for g in c.children))
                                          for c in tok.children):
        return True  # "no other passenger recognized him", "nobody attacked the convoy": done by no one
    for t in _clause_chain(tok):
        if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in t.children):
            return True
        if t is not tok and t.lemma_ in _DENIAL_VERBS and t.pos_ == "VERB" and not _rebutted_act(tok.doc, tok):
            return True  # ("dismissed Sanders' accusations": the accusations were made, their rebuttal does not undo them)
    return False


def _modality(tok: Token, cameo: str, when: dates.ResolvedDate | None, anchor: date | None) -> str:
    chain = _clause_chain(tok)
    aux = {c.lower_ for t in chain[:2] for c in t.children if c.dep_ in ("aux", "auxpass")}
    governors = {t.lemma_ for t in chain[1:]}
    marks = {c.lower_ for t in chain for c in t.children if c.dep_ == "mark"}
    if governors & _DEMAND_VERBS or cameo[:2] in ("02", "10"):
        return "demanded"
    if aux & _HYPOTHETICAL_AUX or marks & {"if", "unless"}:
        return "hypothetical"
    if aux & _FUTURE_AUX or governors & _FUTURE_VERBS or ("going" in aux):
        return "future"
    if governors & _INTENT_VERBS or cameo[:2] == "03":
        return "intended"
    if when is not None and dates.is_historical(when, anchor):
        return "historical"
    return "asserted"


# A document's date entities as (start, end, text), taken once per document by the event coder:
# Doc.ents builds every entity's Span anew on each call, and a long article asks for hundreds of
# dates. Weakly keyed, so an entry goes with its Doc (the values hold no reference to it).
_DATE_ENTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


_DATE_LABELS = frozenset({"DATE", "TIME"})


def _date_entities(doc: Doc) -> list[tuple[int, int, str]]:
    if type(doc) is DocView:  # kept on the view, which is made anew for each pass of the coder
        found = doc.date_entities
        if found is None:
            found = doc.date_entities = doc.entity_spans(_DATE_LABELS)
        return found
    found = _DATE_ENTS.get(doc)
    if found is None:
        found = _DATE_ENTS[doc] = [(e.start, e.end, e.text) for e in doc.ents if e.label_ in _DATE_LABELS]
    return found


def _date(doc: Doc, tok: Token, anchor: date | None) -> dates.ResolvedDate | None:
    sent = tok.sent
    # (a deadline is not when the act was done: "gave Iraq until January 15 to withdraw", "demanded that it pull out by
    # Friday", the sixth wire battery round)
    date_ents = [e for e in _date_entities(doc) if sent.start <= e[0] < sent.end and not _deadline(doc, e[0], e[1])]
    if not date_ents:
        return None
    top = tok.head if tok.dep_ in ("dobj", "pobj", "nsubjpass") else tok
    clause = {t.i for t in top.subtree}
    # (a date inside a clause that describes a noun of the act's is that clause's: "lift sanctions imposed on Libya 11
    # years ago" was lifted now, the seventh wire battery round)
    clause -= {t.i for n in top.subtree if n.i != tok.i for c in n.children
               if c.dep_ in ("acl", "relcl") and c.i != tok.i and not any(a.i == tok.i for a in c.subtree) for t in c.subtree}
    # (nor is it the act's date when the clause has none: "The Houthis, who have attacked ships since November 2023,
    # declared a halt" was declared on the day of the news, not in 2023; the tenth wire battery round)
    near = [e for e in date_ents if any(i in clause for i in range(e[0], e[1]))]
    if not near:
        described = {t.i for c in sent if c.dep_ in ("acl", "relcl") and not any(a.i == tok.i for a in c.subtree)
                     for t in c.subtree}
        near = [e for e in date_ents if not any(i in described for i in range(e[0], e[1]))]
    if not near:
        return None
    best = min(near, key=lambda e: abs(e[0] - tok.i))
    resolved = dates.resolve(best[2], anchor)
    return resolved


def _deadline(doc: Doc, start: int, end: int) -> bool:
    """Whether a date names a deadline: it follows "until" or "by" ("until January 15", "by Friday")."""
    roots = [t for t in doc[start:end] if not start <= t.head.i < end]
    return any(r.dep_ == "pobj" and r.head.lower_ in ("until", "by") for r in roots)


# Clauses that tell background to the main event: participial adjuncts
# ("..., accusing him of bias"), relative clauses, "after/before" clauses.
_BACKGROUND_DEPS = frozenset({"advcl", "relcl", "acl", "parataxis", "pcomp"})


def _depth(tok: Token) -> int:
    """Distance from the sentence's main event, counting background clauses thrice."""
    depth, cur = 0, tok
    while cur.head.i != cur.i and depth < 40:
        depth += 3 if cur.dep_ in _BACKGROUND_DEPS else 1
        cur = cur.head
    return depth


_COMPARING_VERBS = frozenset({"compare", "liken"})


def _naming_complement(verb: Token) -> bool:
    """Whether "call" has a name or a quality as its second complement ("called it a rough week", "was called
    the Trump of the East"), not a clause ("called on X to resign")."""
    return any(c.dep_ in ("oprd", "attr", "acomp") or (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN", "ADJ"))
               for c in verb.children)


def _compared(doc: Doc, verb: Token) -> bool:
    """"compared Trump to a con man", "likened the senator to a dictator": an actor as object and a pejorative
    after "to" (the pejorative naming of CAMEO 111, made by comparison)."""
    if not any(c.dep_ == "dobj" and any(a.code or a.kind == "person" for a in actors_at(doc, c)) for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
        g.dep_ == "pobj" and ({g.lemma_.lower(), g.lower_} | {m.lemma_.lower() for m in g.children if m.dep_ in ("amod", "compound")})
        & _PEJORATIVES for g in c.children) for c in verb.children)


def _pejorative_naming(doc: Doc, verb: Token) -> bool:
    """ "called Trump a psychopath", "called her dishonest": an actor named by a pejorative word."""
    return _named(doc, verb) is not None


def _named(doc: Doc, verb: Token) -> Token | None:
    """Who a naming verb calls a pejorative name: its object (the small model sometimes hangs it
    on the name as a modifier: "called Trump “a psychopath”")."""
    for pred in (c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "attr")):
        words = {pred.lemma_.lower(), pred.lower_} | {g.lemma_.lower() for g in pred.children if g.dep_ in ("amod", "compound")}
        if not words & _PEJORATIVES:
            continue
        objects = [verb.head if c.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl" else c for c in verb.children if c.dep_ == "dobj"]
        for named in objects + [g for g in pred.children if g.dep_ in ("nmod", "compound")]:
            if any(a.code or a.kind == "person" for a in actors_at(doc, named)):
                return named
    return None


# CAMEO 15, exhibit force posture (PLOVER MOBILIZE): forces or jets put on alert, an act with an object.
_MOBILIZE_ROOT = "15"


def _thing_object(verb: Token) -> bool:
    """Whether a verb's object (the subject of its passive) is a thing: a noun that names no actor, no person by
    role and no group, and is listed as a thing or is an act itself ("received emails", "begged the question",
    "the attention commanded by Trump", "the detentions are recognized as ...")."""
    objs = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and _passive(verb))]
    if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        objs.append(verb.head)  # "the attention commanded by Trump": the noun the participle describes
    if not objs:
        return False
    doc = verb.doc
    person_nouns = _governor_words()["person_nouns"]
    words = _governor_words()
    things = words["things"] | words["nonfactual_nouns"] | _INFO_NOUNS
    for o in objs:
        if o.pos_ not in ("NOUN",) or o.tag_ in _RELATIVE_TAGS:
            return False  # a name, a pronoun or a relative word: an actor or a stand-in for one
        if o.lemma_.lower() in person_nouns or actors_at(doc, o) or any(actors_at(doc, n) for n in _of_nouns(o)):
            return False
        # Only a noun known to name a thing (a document, an abstraction, a possibility) or an act ("the
        # detentions") counts: a person the actor tables do not know ("met the widow") is no thing.
        low = o.lemma_.lower()
        if not (low in things or o.lower_ in things or low.endswith(_THING_SUFFIXES) or Lexicon.cached().match(o) is not None):
            return False
    return True


def _called_not_phoned(verb: Token) -> bool:
    """Whether "call" is naming, not a call to someone (CAMEO 04): a thing as its object ("called the tax bill
    'the worst piece of legislation'": a bill is not phoned, and a complement in quotes is often not parsed as
    one), or a passive with no one who calls and no "to" clause ("was called after the first whale his father
    named"; "was called by Obama" and "was called to testify" stay calls)."""
    if _thing_object(verb) and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return True
    if _quoted_name(verb):
        return True
    return _passive(verb) and not any(c.dep_ in ("agent", "xcomp") for c in verb.children)


def _quoted_name(verb: Token) -> bool:
    """"called the Republican front-runner 'a very colorful and talented person'": the small model takes the quoted
    name for the object and hangs whom it names on it as a modifier, with the opening quote mark between them; a name
    given, not a telephone call (the eighth wire battery round)."""
    doc = verb.doc
    return any(o.dep_ == "dobj" and o.pos_ == "NOUN" and any(
        m.dep_ in ("nmod", "compound") and m.i < o.i and any(t.is_quote for t in doc[m.i + 1:o.i])
        for m in o.children) for o in verb.children)


def _ownerless_object(verb: Token) -> bool:
    """Whether a verb's direct object is a common noun in which no actor is named (not in the noun, its "of"
    phrase or its possessor) and which names no person or group: criticism of a thing with no author named
    ("decried that math", "decrying a rash of incendiary speech") is aimed at no one (gold/events/real/README.md,
    "Criticism of a work": a criticised bill whose authors are not named is no event)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return False
    doc = verb.doc
    person_nouns = _governor_words()["person_nouns"]
    for o in objs:
        if o.tag_ == "IN" and o.lower_ in ("that", "this"):
            # the small model reads "decried that math" as a conjunction with the noun as its object
            o = next((g for g in o.children if g.dep_ == "pobj"), o)
        if o.pos_ != "NOUN" or o.tag_ in _RELATIVE_TAGS:
            return False  # a name, a pronoun or a relative word: an actor or a stand-in for one
        low = o.lemma_.lower()
        if low in person_nouns or low in _GROUP_NOUNS or actors_at(doc, o) or any(actors_at(doc, n) for n in _of_nouns(o)):
            return False
        if any(t.pos_ == "PROPN" or t.tag_ in ("PRP", "PRP$") or t.lemma_.lower() in person_nouns for t in o.subtree):
            return False  # "the governor's cuts", "their lawsuits", "the cuts proposed by Governor Jones": an author
    return True


def _aim_clause(verb: Token) -> bool:
    """"X's strategy is to disqualify Trump", "the point of the sanctions is to get ...": a "to" clause under a
    copula whose subject (or the noun its subject hangs on: "Central to X's strategy") is a noun of aim."""
    if verb.dep_ not in ("xcomp", "ccomp", "attr") or lemma(verb.head) != "be" or "to" not in _aux(verb):
        return False
    aims = _governor_words()["aim_nouns"]
    for c in verb.head.children:
        if c.dep_ not in ("nsubj", "attr", "acomp"):
            continue
        if c.lemma_.lower() in aims:
            return True
        if any(g.lemma_.lower() in aims for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"):
            return True
    return False


# The cross-split precision round (docs/coding.md): classes of false events found on train, train2 and real dev
# and on unannotated news. Each helper names one class; _standing_or_figure applies them to a coded event.
_HABITUAL_ADVERBS = frozenset(_WORDS["habitual_adverbs"]["words"])
_FREQUENCY_ADVERBS = frozenset(_WORDS["habitual_adverbs"]["frequency"])
_GUEST_PREPS = frozenset(_WORDS["hosted_guests"]["preps"])
_OCCASIONS = frozenset(_WORDS["hosted_guests"]["occasions"])
_CONTACT_HARM = frozenset(_WORDS["contact_harm"]["words"])
_CLAIM_NOUNS = frozenset(_WORDS["claim_nouns"]["words"])
_ASSERTIVE_DEMANDS = frozenset(_WORDS["assertive_demands"]["words"])
_POPULATION_ADVERBS = frozenset(_WORDS["population_adverbs"]["words"])
_RECOGNIZED_KINDS = frozenset(_WORDS["recognized_states"]["kinds"])
_RECOGNIZE_CODE = "054"


def _standing_or_figure(e: CodedEvent) -> bool:
    """Whether a coded event is none of the cross-split precision round's classes: a standing habit, a poll's
    finding, a blow struck at or by a thing, a claim denied, an assertion read as a demand, or a person or a right
    "recognized"."""
    tok, kind = e.trigger, codes.event_type(e.cameo)
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if _habitual(tok) and not _ongoing_talks(e):
        return True  # "Cruz, who long has fought the Washington establishment": a standing habit (decision 10)
    if kind == "ASSAULT" and lemma(tok) in _CONTACT_HARM and _struck_thing(tok):
        return True  # "beaten the drum for Trump", "battered by the fallout": a figure, no one is beaten
    if kind == "REJECT" and not e.target and _claim_object(tok):
        return True  # "struck down assertions that ...", "rejected rumors that ...": a denial, a statement
    if kind == "REQUEST" and lemma(tok) in _ASSERTIVE_DEMANDS and _indicative_clause(tok):
        return True  # "insisted that the jury was still out": an assertion, nobody is asked anything
    if lemma(tok) in _DESCRIBED_STANCES and _population_stance(tok):
        return True  # "Americans overwhelmingly oppose cutting off funds": a poll's finding (decisions 3, 10)
    if kind == "CONSULT" and lemma(tok) == "host" and not _guest_named(e):
        return True  # "has hosted a PGA Tour event since 1962", "hosted campaign news conferences": no guest named
    if e.cameo[:3] == _RECOGNIZE_CODE and _recognized_no_state(tok):
        return True  # "they were recognized by voters", "rights recognised since 1998": no state recognised
    return False


# The pool round (docs/coding.md): two classes of false REQUEST events read on unannotated news.
_STATED_ACTS = frozenset(_WORDS["stated_acts"]["words"])
_THING_REQUEST_PREPS = frozenset(_WORDS["thing_request_preps"]["words"])


def _stated_obligation(verb: Token) -> bool:
    """Whether an obligation ("need to", "have to", "must", "should") owes no act but a state of knowing or a
    saying ("they need to know that there are consequences", "I have to say what I have to say", "democracies must
    be able to bear it"), or is no obligation at all ("has yet to follow up": not done so far). Such a sentence
    states the speaker's view or a fact; it asks nothing of anyone (the 'statements read as acts' class).
    "Needs to release the fishermen", "should be in prison" stay the speaker's demand."""
    words = _governor_words()
    owed = [c for c in verb.children if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if _obliging(verb, words) and owed:
        if lemma(verb) == "have" and any(c.dep_ == "advmod" and c.lower_ == "yet" for t in (verb, *owed) for c in t.children):
            return True  # "has yet to follow up": nothing owed, something not done so far
    elif _aux(verb) & words["obligation_aux"]:
        owed = [verb]
    elif verb.dep_ == "xcomp" and _obliging(verb.head, words) \
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in verb.children):
        owed = [verb]  # "she has to say": the owed act itself coded (recoded to a demand by _factual)
    else:
        return False
    return all(lemma(t) in _STATED_ACTS or (lemma(t) == "be" and any(c.dep_ == "acomp" and c.lower_ == "able" for c in t.children))
               for t in owed)


def _thing_asked_of_no_one(verb: Token) -> bool:
    """Whether a request with no target asks for a thing of nobody: its object, or what "for" names ("called for a
    ban", "lobbies for a higher minimum wage", "the trade deal that she lobbied for"), is a common noun that names no
    actor, and no act is asked (no "to" clause, no clause: "called for the wage to be raised" and "urged Congress
    to act" are kept) and no one is named as asked (no indirect object, no pronoun: "I ask you" is kept). Gold
    REQUEST events name whom they ask (the request senses of §2 code the demand on a counterpart); "sought a
    recanvass", "requested anonymity" report an errand, not a demand on an actor."""
    if _passive(verb):
        return False  # "information that had been requested by Congress": the asker's demand on whoever holds it
    words = _governor_words()
    if _aux(verb) & words["obligation_aux"] or _obliging(verb, words):
        return False  # "says we should round up the people": an obligation's object is what the act is done to
    doc = verb.doc
    things = []
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp", "dative", "nsubjpass", "oprd"):
            return False
        if c.dep_ == "dobj":
            things.append(c)
        elif c.dep_ == "prep" and c.lower_ in _THING_REQUEST_PREPS:
            objs = [g for g in c.children if g.dep_ == "pobj" and g.tag_ not in ("WDT", "WP")]
            if not objs and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
                objs = [verb.head]  # "the trade deal that she lobbied for"
            if any(g.dep_ in ("xcomp", "ccomp", "acl", "relcl") and g.pos_ in ("VERB", "AUX") for o in objs for g in o.children):
                return False  # "called for the wage to be raised": an act is asked
            if not objs:
                # "calls for ending corporate taxes", train2's gold "calling for shucking the political correctness" (no
                # event): a gerund with no subject of its own asks for a policy, a thing, when what it acts on is no
                # actor ("called for arresting the protesters" names whom; the seventh pool round)
                gerunds = [g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
                if any(any(a.dep_ in ("nsubj", "dobj") and actors_at(doc, a) for a in g.children) for g in gerunds):
                    return False
                objs = [o for g in gerunds for o in g.children if o.dep_ == "dobj"]
            things.extend(objs)
    if any(g.pos_ in ("VERB", "AUX") and g.dep_ in ("acl", "advcl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
           for t in (verb, *things) for g in t.children):
        return False  # "lobbying Asian countries to back the ruling": an act is asked, whatever the parse hangs it on
    lexicon = Lexicon.cached()
    return bool(things) and all(
        t.pos_ == "NOUN" and not actors_at(doc, t) and lexicon.match(t) is None
        # (an act of someone's asked for is kept: "asking for an investigation of the police" asks whoever inquires)
        and not any(actors_at(doc, g) for a in t.children if a.dep_ in ("appos", "conj") for g in a.subtree)
        # ("invited two guests: the Apple chief and Donald Trump" names whom)
        for t in things)


# The second pool round (docs/coding.md): classes of false events read on unannotated news (stances, electoral
# prizes, conditions by inversion, one's own obligations).
_PERFORMATIVE_SUBJECTS = frozenset(_WORDS["present_stances"]["performative_subjects"])
_ELECTORAL_PRIZES = frozenset(_WORDS["electoral_prizes"]["words"])
_PRIZE_ACTS = frozenset(_WORDS["electoral_prizes"]["kept_types"])
_INVERTED_CONDITIONS = frozenset(_WORDS["inverted_conditions"]["words"])
_OWN_OBLIGATIONS = frozenset(_WORDS["own_obligations"]["words"])


def _inverted_condition(verb: Token) -> bool:
    """Whether a verb's clause is a condition said by inversion: "had", "should" or "were" before its subject ("it
    would have been cool had Clinton congratulated him", "should they continue to rebuff the offer"). The act is
    only supposed (§1: conditions are no event); "Clinton had congratulated him" reports it."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if verb.head.pos_ == "AUX" and verb.head.lower_ in _INVERTED_CONDITIONS and verb.head.i < subj.i and verb.dep_ == "ccomp":
        return True  # the small model may hang "Merkel praised Macron" on the fronted "had" as its clause
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _INVERTED_CONDITIONS and c.i < subj.i for c in verb.children)


def _own_obligation(verb: Token) -> bool:
    """Whether an obligation is the speaker's own, in their own words ('"We need to do more," Carson said', '"I have
    to win Ohio"'): its subject, or the subject of the obligation word above the owed act, is a quoted "I" or "we".
    It states a resolve or a view; the convention codes the demand only when it is made of someone else (§1). A
    first person in reported speech ("the president says we should round up the stray dogs") is the reporter's
    paraphrase, which the pool round read as a demand on the nation, and is kept."""
    words = _governor_words()
    heads = [verb]
    if verb.dep_ == "xcomp" and _obliging(verb.head, words):
        heads.append(verb.head)  # "we have to say": the owed act itself coded
    for h in heads:
        if _obliging(h, words) or _aux(h) & words["obligation_aux"]:
            subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in _OWN_OBLIGATIONS and _quoted(verb.doc, subj):
                return True
    return False


def _present_stance(verb: Token) -> bool:
    """Whether a verb of backing (the SUPPORT senses of `described_stances`: "support", "back", "favor") is said in
    the simple present of someone other than the speaker: "Cuban said he supports Obama's signature achievement",
    "only two Democrats currently back the bill" state a standing stance, a generic present the gold does not code
    (decision 10), not an act of endorsement. "I support the decision", "we back Ukraine" endorse as they are said
    (a performative) and are kept; so are the past and the progressive ("backed", "is backing")."""
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in _DESCRIBED_STANCES or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False  # "does support", "doesn't back": an emphatic or negated form, left to the other rules
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.lower_ not in _PERFORMATIVE_SUBJECTS


def _electoral_prize(verb: Token) -> bool:
    """Whether what a verb is done to or over is what an election hands out: its object, what "for" names or the noun
    its participle describes is a seat, delegates or a nomination ("battling Rep. X in Nevada for the seat", "the seat
    vacated by the retiring senator", "received all the delegates at stake", "locked up the nomination"). A prize
    handed to someone named after "to" ("pledged her delegates to Clinton") is kept."""
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return False  # "pledged her delegates to Clinton": a promise to a named candidate
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        nouns.append(verb.head)  # "the seat vacated by Harry Reid"
    return any(n.lemma_.lower() in _ELECTORAL_PRIZES or n.lower_ in _ELECTORAL_PRIZES for n in nouns)


# The third pool round (docs/coding.md): classes of false events read on unannotated news.
_ELECTORATE = _WORDS["electorate_sides"]
_ELECTORATE_NOUNS = frozenset(_ELECTORATE["words"])
_ELECTORATE_TYPES = frozenset(_ELECTORATE["types"])


def _electorate_side(e: CodedEvent) -> bool:
    """Whether a side of a verb's act is only voters: every actor of the source or of the target lies in one of the
    verb's own arguments (its subject, object, agent, the object of one of its prepositions, or the noun its
    relative clause describes when the relative pronoun is the subject) whose head is an electorate noun ("voters
    who have backed her", "targeting Latino voters", "battle against the Republican electorate"). Voters as a side
    make the act a vote or a campaign (§2: winning and losing are not coded). Voters named inside another clause
    ("work with whomever U.S. voters elect") are no argument of the verb and are left alone."""
    tok = e.trigger
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    args = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    args += [g for c in tok.children if c.dep_ in ("agent", "prep") for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in _RELATIVE_TAGS for c in tok.children):
        args.append(tok.head)  # "voters, who have typically backed her candidacy"
    # (a coordination may hang the noun on its first modifier: "targeting Latino and black voters")
    spans = [_span_of(a) for a in args
             if any(n.lemma_.lower() in _ELECTORATE_NOUNS or n.lower_ in _ELECTORATE_NOUNS for n in (a, *a.conjuncts))]
    if not spans:
        return False
    return any(side and all(any(a.start in sp for sp in spans) for a in side) for side in (e.source, e.target))


_PROPOSALS = _WORDS["policy_proposals"]
_PROPOSAL_WORDS = frozenset(_PROPOSALS["words"])
_PROPOSAL_RECIPIENTS = frozenset(_PROPOSALS["recipient_preps"])


def _policy_proposal(e: CodedEvent) -> bool:
    """Whether a proposal is a policy planned, not an offer made to someone (the fourth pool round): a plain offer
    (030) or a harm proposed (THREATEN) by "propose"/"proposal" whose target is no one it is proposed to, only the
    people the measure is about ("his proposal for a temporary ban on Muslims", "has proposed temporarily banning
    Muslims"). Kept: a target after "to" or "with" on the trigger, on its object or on the light verb that carries
    the noun ("proposed a deal to Kenya", "made a proposal to France"), or an indirect object."""
    tok = e.trigger
    if lemma(tok) not in _PROPOSAL_WORDS or not (e.cameo == "030" or codes.event_type(e.cameo) == "THREATEN"):
        return False
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        heads.append(tok.head)  # "made a proposal to France": the light verb carries the recipient
    spans = [_span_of(p) for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _PROPOSAL_RECIPIENTS]
    spans += [_span_of(c) for c in tok.children if c.dep_ == "dative"]
    return not any(a.start in sp for a in e.target for sp in spans)


# The fifth pool round (docs/coding.md): classes of false events read on unannotated news.
_CONTEST_CUES = frozenset(_WORDS["electoral_contests"]["cues"])
_CONTEST_RUNS = frozenset(_WORDS["electoral_contests"]["runs"])


def _electoral_contest(e: CodedEvent) -> bool:
    """Whether a contest verb ("beat", "crush", "defeat", ...) wins or loses an election: its clause names the
    election's tally or arena ("was crushed by Obama (69 million votes)", "has beaten Sanders among primary voters").
    Winning and losing are not coded (§2); the figurative-harm rule reads them only when the winner is known to command
    no forces, and a president or an unresolved name slipped through. The cue may not lie in the verb's object or
    passive subject, who are those harmed ("supporters of the party beat voters"), and an armed doer keeps its act."""
    tok = e.trigger
    if tok.pos_ in ("VERB", "AUX") and lemma(tok) in _FIGURATIVE["verbal"] \
            and any(c.dep_ == "dobj" and c.lower_ in _CONTEST_RUNS for c in tok.children):
        # "Having fought his own angst-ridden primary against Clinton, Obama ...": a contest run is the election
        # itself, whoever runs it (the sixth pool round; a president commands forces, so the figure rule let it pass)
        return True
    if tok.pos_ not in ("VERB", "AUX") or lemma(tok) not in _FIGURATIVE["contest"]:
        return False
    if any(a.sector in _ARMED_SECTORS for a in e.source):
        return False  # "troops crushed the protest at the polls": force, whoever it strikes
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "nsubj", "conj", "ccomp", "advcl", "relcl", "xcomp"):
            continue  # the harmed, and other clauses
        if any(t.lower_ in _CONTEST_CUES for t in c.subtree):
            return True  # "by Obama (69 million votes)", "among non-white primary voters", "by 18 points"
    return False


_UNREAL_MODIFIERS = frozenset(_WORDS["unreal_nominals"]["words"])


def _unreal_nominal(tok: Token) -> bool:
    """Whether a trigger noun is named as possible or to come, not as done: an adjective of possibility on it ("their
    potential repatriation to Syria", "the possible Palin endorsement of Trump") does what "could" does on a verb."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _UNREAL_MODIFIERS for c in tok.children)


_PERSONNEL = _WORDS["personnel_acts"]
_PERSONNEL_VERBS = frozenset(_PERSONNEL["verbs"])
_PERSONNEL_PREPS = frozenset(_PERSONNEL["preps"])
_PERSONNEL_POSTS = frozenset(_PERSONNEL["posts"])
_PERSONNEL_SECTORS = frozenset(_PERSONNEL["sectors"])


_DISMISSALS = _WORDS["dismissals"]
_SHOTS = frozenset(_DISMISSALS["shots"]) | _WEAPONS | {w.rstrip("s") for w in _WEAPONS}


def _dismissal(doc: Doc, verb: Token) -> bool:
    """Whether "fire" has a person fired, with nothing fired at and no shot fired (`dismissals`): "ESPN fired Curt
    Schilling", "Comey was fired in May", "fired his campaign manager". "Police fired on protesters", "fired at him",
    "shots were fired" keep the armed sense."""
    if any(c.dep_ == "prep" and c.lower_ in _DISMISSALS["aimed_preps"] and not _dated(c) for c in verb.children):
        return False  # ("fired Schilling on Wednesday" is a date, not an aim)
    fired = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and _passive(verb))]
    if not fired or any(lemma(o) in _SHOTS for o in fired):
        return False
    person_nouns = _governor_words()["person_nouns"]
    return all(o.ent_type_ == "PERSON" or o.lower_ in _DISMISSALS["person_pronouns"] or lemma(o) in person_nouns
               or any(a.kind == "person" for a in actors_at(doc, o)) for o in fired)


_LOOKED_INTO = frozenset(_WORDS["looked_into"]["words"])


def _looked_into_no_conduct(verb: Token) -> bool:
    """Whether "look into" looks at something ("the eyes of moms and dads", "my camera"), not into anyone's conduct. A
    question looked into stays an inquiry: "looked into whether the senator broke the rules" asks about an act."""
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"):
        for g in p.children:
            if g.dep_ == "pobj" and (g.lemma_.lower() in _LOOKED_INTO or g.lower_ in _LOOKED_INTO):
                return True
    return False


_PURPOSE_VERBS = frozenset(_WORDS["purpose_verbs"]["words"])


def _purpose_sought(tok: Token) -> bool:
    """Whether a trigger is what a participle adjunct says the main act seeks ("mediated talks between Karzai and
    Zardari, seeking to ease tensions between their countries", "began a visit to Pyongyang, seeking to revive stalled
    talks"): the aim of the act the sentence reports, not an act of its own, as "in a bid to" and "aimed at" are. The
    wire writers code none of these. A main verb of seeking is left alone ("sought to calm its neighbours")."""
    gov = tok.head
    return tok.dep_ == "xcomp" and lemma(gov) in _PURPOSE_VERBS and gov.tag_ == "VBG" and gov.dep_ == "advcl"


def _stopped_short(tok: Token) -> bool:
    """Whether a trigger is what someone "stopped short of" or "fell short of" doing ("stopped short of committing to
    renominate him", "fell short of endorsing Trump"): the idiom says the act was not done."""
    for t in (tok, tok.head):
        of = t.head
        if t.dep_ in ("pcomp", "pobj") and of.lower_ == "of" and of.head.lower_ == "short" \
                and lemma(of.head.head) in ("stop", "fall"):
            return True
    return False


_ENDED_CANDIDACY = _WORDS["ended_candidacies"]
# "withdraw from": leaving a body or a treaty (160) or leaving ground (0874), as what is left decides (_ground_left)
_WITHDRAW_FROM = ("withdraw", "from")
_RETREAT_CODE = "0874"


def _ground_left(doc: Doc, tok: Token, source: list[Actor]) -> bool:
    """Whether "withdraw from" leaves ground: what it leaves is a country or a place ("from southern Lebanon", "from
    Hebron"), or, when it names no body, those who leave are forces ("troops withdrew from the area"). A body, a treaty
    or talks left ("from NATO", "from the deal") is no ground."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for left in prep.children:
                if left.dep_ != "pobj":
                    continue
                # (the actor named by the object itself: "the Iran nuclear deal" is a deal, not Iran)
                found = [a] if (a := actor_for(doc, left)) is not None else []
                if any(a.kind == "organization" for a in found):
                    return False
                if any(a.kind in ("place", "country") for a in found):
                    return True
    return any(a.sector in _ARMED_SECTORS for a in source)


# Verbs of taking whose object decides between property (171), ground (192) and persons (173 or 181): _persons_taken
_TAKING_VERBS = frozenset({"capture", "seize"})
_SEIZE_CODE, _ARREST_CODE, _ABDUCT_CODE, _OCCUPY_CODE = "171", "173", "181", "192"


_SUPPORT_ARMS = frozenset(_WORDS["weapons"]["support_arms"])


def _backed_by_arms(tok: Token) -> bool:
    """Whether a passive verb names arms as its agent ("backed by helicopter gunships", "supported by tanks and air
    power", "struck by two Exocet missiles"): `weapons` words or `support_arms`, the agent's head or its conjuncts."""
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        for head in (g for g in agent.children if g.dep_ == "pobj"):
            for noun in (head, *head.conjuncts):
                phrase = " ".join(t.lower_ for t in noun.subtree if t.dep_ in ("compound", "amod") or t.i == noun.i)
                if noun.lower_ in _WEAPONS or noun.lower_ in _SUPPORT_ARMS or phrase in _SUPPORT_ARMS \
                        or any(phrase.endswith(" " + w) for w in _SUPPORT_ARMS):
                    return True
    return False


# Nouns that carry the act of the noun before them: goods sent ("assistance package", "aid convoy") and those sent or
# set to do it ("a mediation mission between Ecuador and Colombia", "a peace effort", "a rescue operation")
_ACT_CARRIERS = frozenset({"package", "shipment", "consignment", "convoy", "delivery", "airlift", "mission", "team",
                           "effort", "operation", "force"})
_CONFLICT_NOUNS = frozenset({"war", "conflict", "violence", "fighting", "insurgency", "uprising", "unrest", "bloodshed",
                             "rebellion", "intifada", "crisis", "campaign", "clashes", "hostilities"})


# Nouns of what ends or settles a war ("a ceasefire in the war", "an end to the fighting", "talks on the conflict").
_SETTLING_NOUNS = frozenset({"end", "ceasefire", "cease-fire", "truce", "armistice", "settlement", "peace", "solution",
                             "resolution", "talks", "negotiations", "halt", "pause", "lull"})


_CIVIL_CONTESTS = frozenset(_WORDS["civil_contests"]["words"])
_CONTEST_HEADS = frozenset(_WORDS["civil_contests"]["heads"])
_PROVIDING_VERBS = frozenset({"provide", "envisage", "stipulate", "foresee", "envision"})


def _provided_for(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a nominal act is what an agreement provides for: "signed accords in Geneva providing for the withdrawal
    of Soviet troops", "a treaty that provides for the return of refugees" state terms, as `_terms_of_agreement` reads
    a relative clause of "under which" (the sixth wire battery round). The providing verb hangs on an agreement noun or
    on a verb of signing (CAMEO 057)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return False
    verb = prep.head
    if lemma(verb) not in _PROVIDING_VERBS or verb.dep_ not in ("acl", "advcl", "relcl") or verb.head.i == verb.i:
        return False
    holder = verb.head
    if lemma(holder) in _AGREEMENT_NOUNS:
        return True
    done = lexicon.match(holder)
    return done is not None and done.cameo.startswith("057")


def _settled_war(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a war noun is named only as what another noun's act ends or settles: "Iran accepted a resolution calling
    for a ceasefire in the war with Iraq", "an end to the fighting in Angola" report no fighting that day (the eighth
    session's round). The settling noun is one of ``_SETTLING_NOUNS`` or a lexicon noun of no harm."""
    if noun.lemma_.lower() not in _CONFLICT_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "to", "of", "on", "over", "for"):
        return False
    holder = noun.head.head
    if holder.i == noun.head.i or holder.pos_ not in ("NOUN", "PROPN"):
        return False
    if holder.lemma_.lower() in _SETTLING_NOUNS or holder.lower_ in _SETTLING_NOUNS:
        return True
    done = lexicon.match(holder)
    return done is not None and done.cameo[:2] not in _HARM_ROOTS


def _war_toll(verb: Token) -> bool:
    """Whether a harm verb in the perfect ("has killed", "have left 300,000 dead") has a war or a conflict as its subject,
    also as the conjunct of such a verb with no subject of its own ("has killed hundreds of thousands of people and
    driven half the population from their homes": the seventh wire battery round)."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and any(
        c.dep_ == "nsubj" and lemma(c) in _CONFLICT_NOUNS for c in verb.children)


_AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "arrangement", "framework", "protocol",
                              "memorandum", "plan", "settlement", "understanding", "compromise", "resolution", "contract"})


def _terms_of_agreement(verb: Token) -> bool:
    """Whether a verb heads a relative clause that states an agreement's terms: "an accord under which Israel will
    hand over ...", "a deal by which", "a plan in which"."""
    if verb.dep_ != "relcl" or lemma(verb.head) not in _AGREEMENT_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("under", "by", "in", "through") and
               any(g.lower_ in ("which", "whom") for g in c.children) for c in verb.children)


_SPAN_NOUNS = frozenset({"year", "month", "week", "day", "decade", "hour"})
# Words of a possessive that dates an act ("last week's bombings", "Sunday's attack", "the 1998 embassy bombings")
_DATING_WORDS = frozenset({"yesterday", "today", "week", "weekend", "month", "year", *dates.WEEKDAYS})


# Nouns of a quarrel whose "over" names what it is about (the seventh wire battery round).
_DISPUTE_NOUNS = frozenset({"row", "dispute", "spat", "feud", "quarrel", "standoff", "stand-off", "tension", "tensions",
                            "rift", "wrangle", "controversy", "uproar", "outcry", "furor", "furore"})


def _year_word(tok: Token) -> bool:
    """A four-digit year of the last two centuries ("the 2015 accord")."""
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _possible_nominal(noun: Token, possible: frozenset[str] | set[str]) -> bool:
    """Whether a nominal act is only possible: the subject, with "a", "an" or "any", of a verb under "could", "may",
    "might", "should" or "would" ("a full-blown war between Iran and Israel could draw in the United States"), or the
    subject of a light verb that carries it under such a modal ("the assassination of Trump might have to be carried
    out", through "have to")."""
    verb = noun.head
    indefinite = noun.dep_ == "nsubj" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children)
    carried = noun.dep_ == "nsubjpass" and lemma(verb) in _LIGHT_VERBS or noun.dep_ == "nsubj" and any(
        c.dep_ == "xcomp" and lemma(c) in _LIGHT_VERBS and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)
    if not (indefinite or carried):
        return False
    modals = _aux(verb) | (_aux(verb.head) if verb.dep_ == "xcomp" else set())
    return bool(modals & possible)


def _ranked_restatement(noun: Token) -> bool:
    """Whether a nominal act is the sentence's act told again with a rank: a superlative or "first" on a noun after
    "in" or set beside the clause ("in the largest attack on a European state since World War II", "in its first
    direct attack on Israeli territory", "..., the deadliest attack since 2015"; the tenth wire battery round)."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "in" or noun.dep_ == "appos"):
        return False
    return any(c.dep_ in ("amod", "advmod") and (c.tag_ == "JJS" or c.lower_ == "first") for c in noun.children)


_ANSWER_NOUNS = frozenset(_WORDS["answer_nouns"]["words"])


def _another_round(span: Token, noun: Token, lexicon) -> bool:
    """"braved freezing temperatures in central Minsk for a second night of protests": a protest counted by its rounds
    ("a second night", "another day", "a third week") is one more protest happening, not a duration (the fourteenth
    wire battery round)."""
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ == "another") for c in span.children) \
        and any(t.cameo[:2] == _PROTEST_ROOT for t in lexicon.senses(noun) or ())
def _in_description(doc: Doc, noun: Token) -> bool:
    """Whether a nominal act is inside an apposition that describes a person named before it, below no verb of its
    own clause but the description's participle ("Bergdahl, the only American soldier held captive in the Afghan
    war")."""
    cur = noun
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "appos":
            return any(a.kind == "person" for a in actors_at(doc, cur.head))
        if cur.dep_ not in ("pobj", "prep", "acl", "oprd", "compound", "amod", "nmod", "conj", "dobj"):
            return False
        cur = cur.head
    return False


_REMEMBERED_NOUNS = frozenset(_WORDS["remembered_nouns"]["words"])
_INVOLVEMENT_NOUNS = frozenset(_WORDS["involvement_nouns"]["words"])
_DESCRIBED_PLACES = frozenset(_WORDS["described_places"]["words"])
_INQUIRY_WORDS = frozenset(_WORDS["inquiry_nouns"]["words"])


def _referenced_act(noun: Token, cameo: str) -> bool:
    """Whether a nominal act is named as a past act remembered ("the anniversary of the Soweto uprising") or as the act
    someone had a part in ("denied any role in the Hamas assault on Israel", "involvement in the bombing"): the
    sentence reports the remembering, the denial or the accusation; the act itself is news told before (the twelfth
    wire battery round). A conjunct shares its first conjunct's place."""
    word = _first_conjunct(noun)
    prep = word.head
    if word.dep_ == "dobj" and lemma(prep) in _INQUIRY_WORDS:
        return True  # "investigated the withdrawal from Afghanistan"
    if word.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    owner = lemma(prep.head)
    if prep.lower_ in ("into", "of") and owner in _INQUIRY_WORDS:
        return True  # "an investigation into the Biden administration's withdrawal from Afghanistan"
    if prep.lower_ == "of" and (owner in _REMEMBERED_NOUNS or owner in _DESCRIBED_PLACES):
        return True
    return prep.lower_ == "in" and owner in _INVOLVEMENT_NOUNS and cameo[:2] in _HARM_ROOTS \
        and not (owner == "part" and lemma(prep.head.head) == "take")  # "took part in the attack" is doing it


def _reason_or_dated_mention(noun: Token, lexicon, anchor: date | None = None) -> bool:
    """Whether a nominal act is named as the reason of another act ("over X", hung on a trigger), by its day
    ("last week's bombings") or by how long it has lasted ("six years of war")."""
    if any(c.dep_ == "poss" and (c.lower_.removesuffix("'s") in _DATING_WORDS or lemma(c) in _DATING_WORDS)
           for c in noun.children):
        return True
    if any(c.dep_ in ("nummod", "compound", "amod", "nmod") and _year_word(c) and (anchor is None or int(c.text) < anchor.year)
           for c in noun.children):
        return True  # "revive the 2015 Iran nuclear accord", "the 1998 embassy bombings": a past act named by its year
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i and lemma(prep.head) in _SPAN_NOUNS \
            and not _another_round(prep.head, noun, lexicon):
        return True  # "their first accord in six years of war", "ending 12 years of civil war": how long, not what happened
    if noun.dep_ == "pobj" and prep.lower_ in ("for", "to") and prep.head.i != prep.i and lemma(prep.head) in _ANSWER_NOUNS:
        return True  # "the barrage was retaliation for the killings of Nasrallah and Haniyeh": the act answered, told before
    if lemma(noun) in _ANSWER_NOUNS and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in noun.children) \
            and (noun.dep_ == "attr" or noun.dep_ == "pobj" and prep.lower_ == "in"):
        # "launched strikes ... in retaliation for the group's attacks", "the barrage was retaliation for ...": why the act
        # reported was done, not a second act (the tenth wire battery round)
        return True
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "over" or prep.head.i == prep.i:
        return False
    cur = prep.head  # the act the reason is hung on, or the noun phrase of its object ("sanctions on Rosneft ... over")
    for _ in range(4):
        if lexicon.match(cur) is not None or lemma(cur) in _DISPUTE_NOUNS:
            return True  # (or a dispute: "amid a diplomatic row over the arrest of a Chinese trawler captain")
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i or cur.dep_ not in ("dobj", "pobj", "appos", "conj", "compound", "prep"):
            return False
        cur = cur.head
    return False


def _fired_by(arms: Token) -> Token | None:
    """Who fired or dropped the arms a noun names ("missiles fired by an Iraqi warplane", "bombs dropped by Syrian
    jets"): the object of the "by" of a participle on a weapon noun, else None."""
    if arms.lower_ not in _WEAPONS and lemma(arms) not in _BLASTS:
        return None
    for acl in (c for c in arms.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
        # "missiles fired from an American drone": the craft they were fired from (the thirteenth wire battery round)
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "from"):
            craft = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if craft is not None and (craft.lower_ in _WEAPONS or lemma(craft) in _LAUNCHERS):
                return craft
    return None


# Craft arms are fired from: whose they are is who fired (their owner's country is on them: "an American drone").
_LAUNCHERS = frozenset({"drone", "aircraft", "plane", "warplane", "jet", "helicopter", "gunship", "warship", "ship",
                        "vessel", "submarine", "boat", "tank", "battery", "launcher"})


_PROTEST_ROOT = "14"


def _ordered_someone(doc: Doc, tok: Token) -> bool:
    """Whether an order names an actor it is given to: its object or dative is an actor ("ordered the army out")."""
    return any(c.dep_ in ("dobj", "dative") and any(a.kind in ("person", "group", "country", "organization")
                                                   for a in actors_at(doc, c)) for c in tok.children)


def _participle_object_antecedent(doc: Doc, tok: Token) -> list[Actor]:
    """The coded object of the verb an "-ing" participle clause hangs on, when the clause's own object is "him", "her"
    or "them" ("detained a U.S. diplomat, accusing him of ...")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.pos_ not in ("VERB", "AUX") or tok.head.i == tok.i:
        return []
    if not any(c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her", "them", "it") for c in tok.children):
        return []
    found = [a for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass") for a in actors_at(doc, c) if a.resolved]
    # "severed diplomatic ties with Qatar, accusing it of ...": a relation's counterpart named after "with" on the object
    # (the seventh wire battery round)
    return found or [a for c in tok.head.children if c.dep_ == "dobj" for p in c.children
                     if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"
                     for a in actors_at(doc, g) if a.resolved]


_OBJECTIVE_VERBS = frozenset({"seize", "capture", "take", "retake", "recapture", "liberate", "storm", "conquer", "occupy"})


def _objective(doc: Doc, tok: Token, source: list[Actor]) -> list[Actor]:
    """The ground an attack is to take, named in its clause of purpose ("to seize Tripoli", "to retake Mosul"), on the
    attack's verb or on the light verb of an attack noun ("launched an offensive to ...")."""
    heads = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])
    for head in heads:
        for clause in (c for c in head.children if c.dep_ in ("xcomp", "advcl") and lemma(c) in _OBJECTIVE_VERBS):
            # (a civil war's objective may be of the attackers' own country: "forces loyal to Haftar ... to seize Tripoli")
            found = [a for c in clause.children if c.dep_ == "dobj" for a in actors_at(doc, c)
                     if a.resolved and a.kind in ("place", "country", "group") and not any(a.start == s.start for s in source)]
            if found:
                return found
    return []
_THREATEN_ROOT = "13"


def _conditioned(doc: Doc, tok: Token, source: list[Actor]) -> list[Actor]:
    """The subject of a threat's condition ("... if the United States tried to halt ...", "unless Iraq withdraws"), on
    the threat's verb or on the act it threatens."""
    # (or on the noun the parser made the root: "Iran's first vice president, ..., threatened ... if the United States
    # and the European Union impose sanctions", the thirteenth wire battery round)
    heads = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp"))]
    if tok.dep_ == "acl" and tok.head.dep_ == "ROOT":
        heads.append(tok.head)
    for verb in heads:
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
                found = [a for c in clause.children if c.dep_ == "nsubj" for a in actors_at(doc, c)
                         if a.resolved and not _same_side(source, a)]
                if found:
                    return found
    return []
# Nouns of what protesters demand for someone ("the resignation of President Maduro", "the release of Mandela")
_DEMANDED_FATES = frozenset({"resignation", "release", "ouster", "removal", "departure", "downfall", "fall", "arrest",
                             "trial", "prosecution", "return"})


def _protest_aim(doc: Doc, tok: Token, source: list[Actor]) -> list[Actor]:
    """Whom a demonstration is against, named in the clause of its purpose or manner ("to protest against Israeli
    occupation", "chanting slogans against Israel", "to demand the resignation of President Maduro")."""
    for clause in (c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX")):
        for t in clause.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "against" or \
                    t.dep_ == "pobj" and t.head.lower_ == "of" and lemma(t.head.head) in _DEMANDED_FATES:
                found = [a for a in actors_at(doc, t) if a.resolved and not _same_side(source, a)]
                if found:
                    return found
        if lemma(clause) in _DEMAND_VERBS:
            # "marched through central Minsk demanding that President Alexander Lukashenko step down": whom the demand
            # asks to act (the tenth wire battery round)
            found = [a for c in clause.children if c.dep_ == "ccomp" for s_ in c.children if s_.dep_ in ("nsubj", "nsubjpass")
                     for a in actors_at(doc, s_) if a.resolved and not _same_side(source, a)]
            if found:
                return found
        if lemma(clause) in _PROTESTED_VERBS:
            # "marched through New York to protest Mr. Trump's election": whose act is protested, or who (the eighth
            # wire battery round)
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                found = [a for t in (obj, *(c for c in obj.children if c.dep_ in ("poss", "compound", "amod")))
                         for a in actors_at(doc, t) if a.resolved and not _same_side(source, a)]
                if found:
                    return list({(a.start, a.end): a for a in found}.values())
    return []


_PROTESTED_VERBS = frozenset(_WORDS["protested_verbs"]["words"])


def _call_on_visit(tok: Token) -> bool:
    """Whether "call on" asks nothing: no clause of what is asked ("called on Israel to halt", "called on them that
    ..."), no "for" ("called on Iran for restraint") and no object of "on" that is a state or a body asked in a
    statement (a call on persons met: "calling on bereaved families", "called on the king at his palace")."""
    on = [c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"]
    if not on or any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and c.lower_ in ("for", "to")
                     for c in tok.children):
        return False
    objs = [g for p in on for g in p.children if g.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "dobj"]
    if any(g.dep_ in ("xcomp", "acl", "relcl") for o in objs for g in o.children):
        return False  # ("called on governments to act": the clause hangs on the object)
    return bool(objs) and all(o.pos_ == "NOUN" and o.tag_ == "NNS" and o.lemma_.lower() in _VISITED_PEOPLE for o in objs)


# Persons called on in a visit ("calling on bereaved families"), not bodies asked to act
_VISITED_PEOPLE = frozenset({"family", "families", "victim", "victims", "survivor", "survivors", "wounded", "relative",
                             "relatives", "troop", "troops", "soldier", "soldiers", "resident", "residents"})


def _ground_taken(doc: Doc, tok: Token) -> bool:
    """Whether what a verb of taking takes is a country or a place named ("the emirate of Kuwait", "the Falklands")."""
    for taken in tok.children:
        if taken.dep_ in ("dobj", "nsubjpass"):
            if lemma(taken) in _governor_words()["things"]:
                return False
            if _place_named_taken(tok):
                return True
            found = [a] if (a := actor_for(doc, taken)) is not None else []  # the object itself, not "Iranian oil"
            return bool(found) and all(a.kind in ("place", "country") for a in found)
    return False


def _place_named_taken(tok: Token) -> bool:
    """Whether a verb of taking takes a proper name the parser tags as a place: "captured Phnom Penh" (a capital, which
    stands for its government elsewhere), "seized the British-ruled Falkland Islands" (the after-clause round)."""
    return any(t.dep_ in ("dobj", "nsubjpass") and t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN" for t in tok.children)


def _persons_taken(doc: Doc, tok: Token) -> bool:
    """Whether what a verb of taking takes (its object, or its passive subject) is persons: a person or a group
    named ("three Israeli soldiers", "hundreds of United Nations peacekeepers") or a noun for persons ("hostages")."""
    for taken in tok.children:
        if taken.dep_ not in ("dobj", "nsubjpass"):
            continue
        if taken.pos_ == "NUM" or taken.lower_ in _CROWD_NUMBERS:  # "three of the crew", "hundreds of peacekeepers"
            taken = next((g for c in taken.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), taken)
        if _person_word(doc, taken):
            return True
    return False


def _person_word(doc: Doc, tok: Token) -> bool:
    """Whether a noun names persons: a person named, a word for persons ("soldiers", "tourists", "hostages", "a
    judge"), or a people by its plural demonym ("three Americans")."""
    if lemma(tok) in _governor_words()["person_nouns"] or tok.lower_ in knowledge().agents:
        return True
    actor = actor_for(doc, tok)
    return actor is not None and (actor.kind == "person" or actor.kind == "country" and tok.tag_ == "NNPS")


def _left_from(tok: Token, actor: Actor) -> bool:
    """Whether a place is what a retreat leaves ("withdrew from Hebron", "pulled out of Kandahar"): the place left stands
    for its country, as a place attacked does, where a place passed through or stayed in is only where."""
    prep = tok.doc[actor.end - 1].head
    return prep.dep_ == "prep" and prep.lower_ in ("from", "of") and prep.head.i == tok.i


def _candidacy_ended(e: CodedEvent) -> bool:
    """Whether a verb of ending, suspending or leaving (`ended_candidacies` types) has a campaign, a bid or a race as its
    object and is said of someone who commands no forces ("suspended his campaign", "quit the presidential race"): a
    candidacy given up, no act between actors. A state's campaign ("suspended its air campaign") keeps its event."""
    tok = e.trigger
    # (yielding the race to a rival stays an act, as "conceded the nomination to Clinton" does: `electoral_prizes`)
    return not e.target and tok.pos_ in ("VERB", "AUX") and codes.event_type(e.cameo) in _ENDED_CANDIDACY["types"] \
        and _commands_no_forces(e.source) \
        and any(c.dep_ == "dobj" and lemma(c) in _ENDED_CANDIDACY["nouns"]
                or c.dep_ == "prep" and c.lower_ in ("from", "of") and any(g.dep_ == "pobj" and lemma(g) in _ENDED_CANDIDACY["nouns"]
                                                                         for g in c.children)
                for c in tok.children)


_PRESS = _WORDS["press_formulas"]


def _press_formula(e: CodedEvent) -> bool:
    """Whether a request or a refusal is a reporter's formula about a source (`press_formulas`): anonymity asked for
    ("requested anonymity to share private worries", "spoke on condition that he not be named" is no trigger), a plea
    not to be named ("asked not to be identified"), an interview or a comment declined, or a request for one
    ("declined multiple requests for an interview"). Refusing what an actor asks keeps its event ("declined the
    committee's request to testify")."""
    tok = e.trigger
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    kind = codes.event_type(e.cameo)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if kind == "REQUEST":
        asked = objects + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        return any(lemma(o) in _PRESS["asked_for"] for o in asked) or any(
            c.dep_ == "xcomp" and lemma(c) in _PRESS["withheld"] and any(g.dep_ == "neg" for g in c.children)
            for c in tok.children) or _press_question(tok)
    if kind == "REJECT":
        if not objects and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) \
                and any(c.dep_ == "advcl" and _press_question(c) for c in tok.children):
            return True  # "When asked to comment on the report, the ministry declined": a comment declined
        for o in objects:
            if lemma(o) in _PRESS["declined"]:
                return True  # "declined an interview"
            if lemma(o) in _PRESS["request_nouns"] and any(
                    p.dep_ == "prep" and p.lower_ == "for" and any(lemma(g) in _PRESS["declined"] for g in p.children if g.dep_ == "pobj")
                    for p in o.children):
                return True  # "declined multiple requests for an interview"
    return False


def _press_question(verb: Token) -> bool:
    """Whether a verb of asking is a reporter's question put to a source (`press_formulas`' `questions`): a passive
    "ask" whose "to" clause is a verb of saying ("Asked by Stephanopoulos to respond to Trump's criticism, Carson
    said", "When asked to comment", "Putin was asked by a reporter to explain") with no state or organisation named as
    the asker. A body that demands an account stays a request ("Israel was asked by the Security Council to explain
    the raid")."""
    if lemma(verb) not in _PRESS["asking"] or not _passive(verb):
        return False
    if not any(c.dep_ == "xcomp" and lemma(c) in _PRESS["questions"] for c in verb.children):
        return False
    askers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return not any(a.resolved and a.kind != "person" for g in askers for a in actors_at(verb.doc, g))


def _personnel_act(e: CodedEvent) -> bool:
    """Whether a verb of leaving or losing a post reports a post in a company, a news outlet or a campaign (the fourth
    pool round): "as" or "from" on the verb names one of `personnel_acts`' posts ("stepped down as Politico's chief
    executive", "was dismissed as Trump's campaign manager") or a media or business organisation ("resigned from
    Breitbart"). A post whose holder is a state's ("as Kenya's chief executive") and any other post ("stepped down
    as DNC chair", "was ousted as vice-president", "resigned from the cabinet") keep their event."""
    tok = e.trigger
    if tok.pos_ not in ("VERB", "AUX") or lemma(tok) not in _PERSONNEL_VERBS:
        return False
    doc = tok.doc
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in _PERSONNEL_PREPS:
            continue
        for post in (g for g in p.children if g.dep_ == "pobj"):
            holders = [a for m in post.children if m.dep_ in ("poss", "compound", "prep") for t in m.subtree
                       for a in actors_at(doc, t)]
            if post.lemma_.lower() in _PERSONNEL_POSTS and not any(a.kind in ("country", "place") for a in holders):
                return True  # "as Politico's chief executive", "as Trump's campaign manager"
            if any(a.sector in _PERSONNEL_SECTORS for a in actors_at(doc, post)):
                return True  # "resigned from Breitbart"
    return False


def _topic_harm_noun(e: CodedEvent) -> bool:
    """Whether a threat or harm noun that names no one harmed is a topic, though its doer is armed (the fourth
    pool round; the caller has checked the empty target): a threat noun ("terrorist threats", "the threats from the
    Islamic State", "FBI warnings of intrusions"), since a threat is made to someone (gold has no threat noun with
    no one threatened: train2's "Violent threats ... deserve no place on Twitter" is none); or violence (CAMEO 18-20)
    whose every doer is a common word modifying the noun itself ("the Paris terrorist attacks", "the jihadist
    strikes"), not a named side ("the Russian offensive", "Hamas rocket attacks" keep their event). A noun that is
    the object of a light verb ("issued new threats", "launched attacks") is left to the light-verb rules."""
    tok = e.trigger
    if not e.source or _carried_harm(e) or (tok.dep_ == "dobj" and lemma(tok.head) in _LIGHT_VERBS):
        return False
    if codes.event_type(e.cameo) == "THREATEN":
        return True
    if e.cameo[:2] not in _GENERIC_HARM_ROOTS:
        return False
    # Each doer lies in the noun's own pre-modifiers ("the Paris terrorist", "the jihadist") and holds one of them
    # that is a common word, written lower-case whatever the tagger makes of it ("jihadist" is tagged a proper noun).
    generic = {c.i for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and c.text[:1].islower()}
    return all(tok.left_edge.i <= a.start and a.end <= tok.i and generic & set(range(a.start, a.end)) for a in e.source)


_GENERIC_HARM_ROOTS = frozenset({"18", "19", "20"})
_ARGUMENT_SENSES = _WORDS["argument_senses"]["senses"]
_CASE_CODES = tuple(_WORDS["case_nominals"]["codes"])


def _case_speaks(noun: Token) -> bool:
    """Whether a lawsuit noun is the subject of a verb of saying or of an act ("The Ohio lawsuit accuses the state of
    limiting early voting", "the suit alleges ..."): the suit speaks for whoever filed it (the doer-less and generic-
    noun rounds) and is left to those rules; "the Texas lawsuit goes to trial in May" only talks about the case."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") \
        and (lemma(head) in _REPORTING or Lexicon.cached().match(head) is not None)


def _argument_sense(tok: Token, cameo: str) -> bool:
    """Whether a trigger verb's own arguments mark a sense of it that is no event (`argument_senses` in
    event_words.json): "pleaded guilty" (a plea in court), "returned to the United States" (going back), 'calling him
    "a disgrace"' (naming). "Pleaded with Moscow to ...", "returned the ships", the passive "were returned to Israel"
    and "called Erdogan by phone" keep their event."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    low = lemma(tok)
    for sense in _ARGUMENT_SENSES:
        if sense["lemma"] != low or not cameo.startswith(tuple(sense["codes"])):
            continue
        if any(t.lower_ in sense.get("words", ()) for c in tok.children for t in (c, *c.children)):
            return True  # "pleaded guilty", "pleaded not guilty"
        if sense.get("no_object") and not _passive(tok) and not (tok.dep_ == "acl" and tok.tag_ == "VBN") \
                and not any(c.dep_ in ("dobj", "nsubjpass", "dative", "ccomp", "xcomp") for c in tok.children):
            # (a participle describing what is returned is its object: "the prisoners returned by Russia")
            return True  # "returned to the United States", "returned home"
        if sense.get("two_objects") and sum(c.dep_ == "dobj" for c in tok.children) > 1:
            return True  # 'calling him "a disgrace to the party"': the name in quotes parsed as a second object
    return False


def _habitual(verb: Token) -> bool:
    """A perfect or simple-present clause marked as a standing habit by "long" or "always" ("who long has fought",
    "have long blamed on him", "has long been loyal to Republicans, supporting the party's candidates": a participle
    with no subject of its own shares the clause it hangs on). The simple past ("always attacked him during the
    debates") reports bounded acts and is kept."""
    clauses = [verb]
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VB") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        clauses.append(verb.head)
    for v in clauses:
        present = v.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        if present and any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY_ADVERBS for c in v.children):
            return True  # "frequently meets with members of Congress": a habit (decision 10)
        if not any(c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS for c in v.children):
            continue
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)
        if perfect or (v.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in v.children)):
            return True
    return False


def _ongoing_talks(e: CodedEvent) -> bool:
    """"Canadian officials have long been talking with Mexican officials": the perfect progressive of a meeting with its
    counterpart named tells talks going on up to now, a series of bounded meetings (the gold's coded case of
    "Standing stances and habits"), not a stance kept up as "has long been attacking the banks' lobbyists" is."""
    tok = e.trigger
    return codes.event_type(e.cameo) == "CONSULT" and tok.tag_ == "VBG" and bool(e.target) \
        and any(c.dep_ == "aux" and c.lower_ == "been" for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _guest_named(e: CodedEvent) -> bool:
    """Whether a hosting's target is its guest: named in the verb's object ("hosted the premier", "hosted Egyptian
    film stars") unless the object is an occasion ("Trump campaign news conferences"), or named after "for",
    "with" or "of" on the verb or on its object ("hosted a dinner for the premier")."""
    verb = e.trigger
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    spans = [_span_of(o) for o in objs if o.lemma_.lower() not in _OCCASIONS]
    spans += [_span_of(p) for h in [verb] + objs for p in h.children if p.dep_ == "prep" and p.lower_ in _GUEST_PREPS]
    return any(a.start in sp for a in e.target for sp in spans)


def _no_actor_thing(noun: Token) -> bool:
    """A common noun that names no actor, no person by role, no group and no weapon ("the drum", "the fallout")."""
    if noun.pos_ != "NOUN" or noun.tag_ in _RELATIVE_TAGS:
        return False
    low = noun.lemma_.lower()
    if low in _governor_words()["person_nouns"] or low in _GROUP_NOUNS or low in _WEAPONS or noun.lower_ in _WEAPONS:
        return False
    return actor_for(noun.doc, noun) is None and not actors_at(noun.doc, noun)


def _struck_thing(verb: Token) -> bool:
    """Whether a verb of blows has a thing as what it strikes (its object) or as what strikes (the agent of its
    passive): "beaten the drum", "battered by the fallout"."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if objs:
        return all(_no_actor_thing(o) for o in objs)
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(agents) and _passive(verb) and all(_no_actor_thing(a) for a in agents)


def _claim_object(verb: Token) -> bool:
    """Whether what a verb of rejection takes as its object is something said ("assertions", "rumors")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lemma_.lower() in _CLAIM_NOUNS or o.lower_ in _CLAIM_NOUNS for o in objs)


def _indicative_clause(verb: Token) -> bool:
    """Whether a demand verb's clause is a finite statement ("insisted that the jury was still out"), not a mandative
    one ("insisted that he resign", "should halt") or "insist on"."""
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        (_tensed(c) or any(a.dep_ in ("aux", "auxpass") and _tensed(a) for a in c.children))
        and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children) for c in clauses)


def _tensed(verb: Token) -> bool:
    """A tensed, indicative verb ("was", "had", "says"): a present form with a singular subject ("that Poland
    withdraw the law", tagged VBP) is the subjunctive of a demand, not a statement."""
    if verb.tag_ in ("VBD", "VBZ"):
        return True
    if verb.tag_ != "VBP":
        return False
    subj = next((c for c in (verb.head.children if verb.dep_ in ("aux", "auxpass") else verb.children)
                 if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("i", "you", "we", "they"))


def _population_stance(verb: Token) -> bool:
    """A stance verb in the simple present with an adverb of a population's share ("overwhelmingly oppose")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "advmod" and c.lower_ in _POPULATION_ADVERBS for c in verb.children)


def _recognized_no_state(verb: Token) -> bool:
    """Whether "recognize" is persons knowing someone by sight, not a state's recognition: a passive whose agent is
    a common noun of persons that are no state and no organisation ("they were recognized by voters", "recognized
    by passers-by"). A state or a person recognised by a state ("recognized Kosovo", "was recognized by France")
    is kept. (A rule for a thing recognised, "harvest rights have been officially recognised", cost a right event
    on dev2 in context and was left out.)"""
    doc = verb.doc
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(agents) and _passive(verb) and all(
        g.pos_ == "NOUN" and g.lemma_.lower() not in _GROUP_NOUNS
        and not any(_state_like(a) or a.kind == "organization" for a in actors_at(doc, g)) for g in agents)


# CAMEO 0832, accede to demands for a change in policy: a yield to someone who demanded it.
_POLICY_YIELD_CODE = "0832"


def _topic_only(e: CodedEvent) -> bool:
    """Whether every target of a meeting or talk is named only inside an "about" phrase of its trigger ("talked about
    Mexican rapists", "spoke about Russia"): the topic of a talk, no one it is held with ("talked with Mexican
    officials about trade" names its counterpart)."""
    doc, tok = e.trigger.doc, e.trigger
    for a in e.target:
        cur = doc[a.end - 1]
        while cur.i != tok.i and cur.head.i != cur.i and not (cur.dep_ == "prep" and cur.head.i == tok.i):
            cur = cur.head
        if not (cur.dep_ == "prep" and cur.head.i == tok.i and cur.lower_ == "about"):
            return False
    return True


_CROWD = _WORDS["crowd_demands"]
_CROWD_NOUNS = frozenset(_CROWD["crowd_nouns"])


def _crowd_demand(e: CodedEvent, confidence) -> CodedEvent:
    """A request or a demand made by protesters is their demonstration (`crowd_demands`): "Large crowds of protesters
    have called for Yoon's ouster" is CAMEO 1411, demonstrate for a change in leadership, as the codebook's example
    of demonstrators demanding a resignation is; what is demanded keeps its kind (024x and 104x → 141x), anything
    else is 141. Every source must be a crowd: "protesters and opposition lawmakers demanded" stays a demand. So is a
    gathering of protesters ("Thousands of protesters gathered in central Kyiv to denounce a new law" was a meeting,
    044; the tenth wire battery round)."""
    gathered = codes.event_type(e.cameo) == "CONSULT" and lemma(e.trigger) in _CROWD["gathering"]
    if codes.event_type(e.cameo) != "REQUEST" and not gathered or not e.source:
        return e
    doc = e.trigger.doc
    if not all(a.kind == "group" and not a.name and doc[a.end - 1].lemma_.lower() in _CROWD_NOUNS for a in e.source):
        return e
    kind = e.cameo[3:4] if e.cameo[:3] in ("024", "104") else ""
    return _recode(e, _CROWD["codes"].get(kind, _CROWD["default"]), confidence)


def _named_body(doc: Doc, tok: Token) -> bool:
    """Whether a token is the last word of a coded organisation's name ("the International Monetary Fund")."""
    actor = actor_for(doc, tok)
    return actor is not None and actor.resolved and actor.kind == "organization" and actor.end - actor.start > 1 \
        and tok.pos_ == "PROPN"


def _acted(e: CodedEvent) -> bool:
    """Whether a coded event is an act between actors, not another sense of its word."""
    kind = codes.event_type(e.cameo)
    if not e.source and not e.target:
        return False  # no actor on either side: a description ("the agreement signed in Paris")
    if not e.target and kind in _COUNTERPART_TYPES and e.cameo not in _SELF_STANDING and not _pronoun_counterpart(e.trigger):
        # ("President Obama endorsed her": a person named before this sentence is the counterpart; kept with an
        # empty target, as an attack on "her" is, docs/coding.md, "Recall round on real news")
        return False  # "Trump's support in the polls", "hosted a town hall": acts on no one
    tok = e.trigger
    if not e.target and kind == "REJECT" and tok.pos_ in ("VERB", "AUX") and _means_clause(tok):
        # "by refusing to admit any fault", "risks ... by dismissing him as ...": a refusal that names no one refused,
        # in a clause of means, is the way another act was done, not a rejection reported (docs/coding.md, "The
        # second source round"); "responded by rejecting the offer from Kenya" names whom it rejects
        return False
    if not e.target and e.cameo == _POLICY_YIELD_CODE:
        return False  # "after reversing course": a change of one's own course yields to no one's demand (CAMEO 0832)
    if kind == "CONSULT" and e.target and tok.pos_ in ("VERB", "AUX") and _topic_only(e):
        return False  # "talked about Mexican rapists": who is talked about is a topic, not a counterpart
    if not e.target and kind in _COUNTERPART_VERB_TYPES and e.cameo not in _YIELDING_PLEDGES:
        # (a promise to stop violence is made to whoever it is aimed at, named or not: "the rebels will cease
        # the shelling of the city", docs/coding.md, "The loss round"; so is a pledge not to coerce or protest:
        # "said he would not declare martial law again", "Pledges of restraint")
        return False  # "promised immigration reform", "signed into law": a pledge to no one (docs/coding.md §1)
    if not e.target and tok.pos_ in ("NOUN", "PROPN") and kind not in _NOMINAL_ALONE and not _resignation_made(e) \
            and (not any(a.sector in _ARMED_SECTORS for a in e.source) or tok.lower_.endswith(_PRACTICE_SUFFIXES)) \
            and not _carried_harm(e):
        # "the Paris agreement", "Trump's appeal", "terrorism": a name or a topic (docs/coding.md §2); a force's
        # act needs no victim named ("the army's offensive"), as harm by the armed is kept with an uncoded victim
        return False
    if not e.target and tok.pos_ in ("NOUN", "PROPN") and _topic_harm_noun(e):
        # "in Sen. Vitter's case, terrorist threats", "the threats from the Islamic State", "the Paris terrorist
        # attacks", "the jihadist strikes of the last 30 days": the armed doer's exemption above does not hold for a
        # threat naming no one threatened, nor for harm whose only doer is a generic word on the noun itself; both
        # are a danger or a known event talked about (docs/coding.md, "The fourth pool round")
        return False
    if not e.target and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and lemma(tok.head) in _TOPIC_LINKING_VERBS \
            and not _doer_named(tok):
        # "The Ohio suit was among those where ...", "The threat from the Islamic State has become more prominent":
        # a noun aimed at no one as the subject of a linking verb is a topic the sentence describes, not an act it
        # reports (docs/coding.md, "The generic-noun round"); exempt types and forces' acts are no exception here. A
        # possessor or a "by" names who did it and keeps the act ("Merkel's criticism of the plan was sharp").
        return False
    if not e.source and tok.pos_ in ("NOUN", "PROPN") and e.cameo[:2] in _VICTIM_HARM_ROOTS \
            and all(a.kind in ("place", "country") and not a.sector for a in e.target):
        return False  # "the terrorist attack in Munich", "the invasion of Iraq": a known event named by its place
    if kind == "THREATEN" and not e.target and _word_class(tok) == "agree":
        return False  # "pledged to ban all Muslims", "vowed to strike back": harm pledged to no one (gold decision 15)
    if _generic_victims(e):
        return False  # "families of Americans who have been killed by ...": a class of people described
    if not e.source and tok.pos_ in ("VERB", "AUX") and _anchor_clause(tok):
        return False  # "After nine churchgoers were killed in June, he ...": a time anchor, no doer named (§4a)
    if kind == "CONSULT" and lemma(tok) == "meet" and _passive(tok) and _met_with_thing(tok):
        return False  # "the team was met with chants": a reception, not a meeting
    if _polled(tok):
        return False  # "supported by 42 percent of the Republicans surveyed", "gets 1 percent support": a poll
    if tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX") and _purpose(tok) and not _displaced_complement(tok) \
            and not _ranked_predicate(tok):
        return False  # "limited the debates to protect Clinton": the aim of an act, not an act done
    if kind == "CONSULT" and e.source and e.target and all(a.kind in ("place", "country") and not a.sector for a in e.target) \
            and {a.code for a in e.target} <= {a.code for a in e.source}:
        return False  # "traveled to South Carolina", "visited a memorial in Washington": a trip at home meets no one
    if tok.dep_ == "amod" and tok.tag_ == "VBN":
        return False  # "pledged delegates", "a court-ordered goal": a participle that describes a noun
    if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "xcomp" for c in tok.children) and _word_class(tok) == "pass_through" \
            and not _obliging(tok, _governor_words()) and lemma(tok) not in _governor_words()["cessation_verbs"]:
        # (a verb of stopping coded by its own entry is the act: "would stop supplying some offensive weapons to
        # Israel if its forces launched a major invasion of Rafah" threatens to halt aid, the fourteenth wire battery
        # round)
        # ("has got to stop the settlements" obliges: "have got to" is "have to", though "get to" passes through)
        return False  # "Kasich has sought to distinguish himself": an attempt is only the act it attempts
    if kind == "PROTEST" and e.source and all(a.sector in _OFFICE_SECTORS for a in e.source):
        return False  # "Sanders held a rally", "a Trump rally": a campaign event, not a demonstration
    if e.cameo[:3] == "084" and (not any(a.resolved or a.kind == "person" for a in e.target)
                                 or _released(tok) & (_governor_words()["things"] | _INFO_NOUNS)):
        return False  # "excerpts released by the White House", "the ad that Trump released": documents, not persons
    if kind == "CONSULT" and e.source and e.target and all(a.sector in _INTERVIEW_SECTORS for a in e.source):
        return False  # "Fox host Megyn Kelly met with Donald Trump": the press meeting its subject (the seventh pool round)
    if kind == "CONSULT" and e.target and all(a.sector in _INTERVIEW_SECTORS for a in e.target):
        return False  # "sat down with MSNBC", "spoke to reporters": a media interview, not coded
    if tok.pos_ in ("VERB", "AUX") and lemma(tok) in _PERSON_OBJECT_VERBS and _thing_object(tok):
        return False  # "received emails from the campaign", "begged the question": a sense done to no one (§2)
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and lemma(tok) in _DESCRIBED_STANCES \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # "a Texas voter who supports Trump": who someone is, not what they did
    if kind == "CONSULT" and tok.pos_ in ("VERB", "AUX") and lemma(tok) == "call" and _called_not_phoned(tok):
        return False  # "called the tax bill 'the worst piece of legislation'", "was called after a whale": naming
    if kind == "ACCUSE" and not e.target and tok.pos_ in ("VERB", "AUX") and _ownerless_object(tok):
        return False  # "decried that math", "blamed the fog of war": a thing judged whose author is named nowhere
    if tok.pos_ in ("VERB", "AUX") and _aim_clause(tok):
        return False  # "Central to Clinton's strategy is to disqualify Trump": an aim described, not an act done
    if _standing_or_figure(e):
        return False  # the cross-split precision round: a habit, a poll, a figure, a denial or an assertion
    if kind == "REQUEST" and tok.pos_ in ("VERB", "AUX") and _stated_obligation(tok):
        return False  # "they need to know that ...", "I have to say", "has yet to follow up": a view, no demand
    if kind == "REQUEST" and not e.target and len(e.cameo) == 3 and tok.pos_ in ("VERB", "AUX") and _thing_asked_of_no_one(tok):
        # (a sense of its own keeps its thing: "urged restraint" is CAMEO 0256, asked of whoever fights)
        return False  # "called for a ban", "seek a recanvass", "requested anonymity": a thing asked of nobody
    if tok.pos_ in ("VERB", "AUX") and _inverted_condition(tok):
        return False  # "had Clinton congratulated him", "should they rebuff the offer": a condition, no act (§1)
    if kind == "REQUEST" and tok.pos_ in ("VERB", "AUX") and _own_obligation(tok):
        return False  # '"We need to do more," Carson said': the speaker's own resolve, asked of no one else
    if kind == "SUPPORT" and _present_stance(tok):
        return False  # "he supports Trump", "two Democrats currently back the bill": a standing stance (decision 10)
    if kind not in _PRIZE_ACTS and tok.pos_ in ("VERB", "AUX") and _electoral_prize(tok):
        # (yielding the prize is an act, "conceded the nomination to Clinton", and so is judging an appointment,
        # "Senate Republicans blocked the nomination of Senator Kaine": aimed at the nominee)
        return False  # "battling Rep. X for the seat", "received all the delegates": an election's contest and tally
    if tok.pos_ in ("NOUN", "PROPN") and not e.target and e.cameo.startswith(_CASE_CODES) and not _case_speaks(tok):
        # "a Freedom of Information lawsuit", "the Wisconsin lawsuit, which challenges ...": a lawsuit against no one
        # named is a case talked about, not the act of suing (docs/coding.md, "The third pool round")
        return False
    if _argument_sense(tok, e.cameo):
        return False  # "pleaded guilty", "returned to the United States": another sense of the verb (§2)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma(tok) in _INTENT_VERBS and actor_for(tok.doc, tok.head) is None:
        return False  # "rules intended to rein in payday lending": a thing's purpose, no one's pledge (the eighth pool round)
    if _stopped_short(tok):
        return False  # "stopped short of committing to renominate him": an act not done (the eighth pool round)
    if _purpose_sought(tok):
        return False  # "mediated talks ..., seeking to ease tensions": the aim of the act told (the tenth wire battery round)
    if _candidacy_ended(e):
        return False  # "Marco Rubio suspended his campaign": a candidate leaving a race yields to no one (the sixth pool round)
    if _press_formula(e):
        # "who requested anonymity to share private worries", "declined multiple requests for an interview": a source's
        # terms with the press, no act between actors (docs/coding.md, "The sixth pool round")
        return False
    if _personnel_act(e):
        # "stepped down as Politico's chief executive", "resigned from Breitbart": a post left in a company, an outlet
        # or a campaign, no concession or rejection between actors (docs/coding.md, "The fourth pool round")
        return False
    if _policy_proposal(e):
        # "his proposal for a temporary ban on Muslims", "has proposed temporarily banning Muslims": a policy planned,
        # offered to no one; the people it is about are no counterpart (docs/coding.md, "The fourth pool round")
        return False
    if _electoral_contest(e):
        # "was crushed by Obama (69 million votes)", "has beaten Sanders among primary voters": an election won or
        # lost, not harm, whoever won (docs/coding.md, "The fifth pool round")
        return False
    if kind in _ELECTORATE_TYPES and not any(a.sector in _ARMED_SECTORS for a in e.source) and _electorate_side(e):
        # "voters who have typically backed her", "Clinton is targeting Latino voters": a side that is only voters
        # makes the act a vote or a campaign (docs/coding.md, "The third pool round"); police or troops who beat
        # voters keep their act
        return False
    if tok.pos_ in ("NOUN", "PROPN") and not e.target and e.cameo[:2] == _INVESTIGATE_ROOT:
        return False  # "found them during their investigation": an inquiry into no one named is a name or an anchor
    if e.cameo[:2] == _MOBILIZE_ROOT and tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "dobj" for c in tok.children) \
            and any(c.dep_ == "xcomp" for c in tok.children):
        return False  # "a co-worker scrambled to apply a clamp": hurrying, not forces put on alert ("scrambled jets")
    if lemma(tok) in _AGREE_NEEDS_TO and _passive(tok) and not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False  # "murders committed by ...": no commitment ("is committed to working with" is one)
    if kind == "REJECT" and any(c.dep_ == "xcomp" and lemma(c) in _DISCLOSURE_VERBS for c in tok.children):
        return False  # "declined to confirm the buys": declining comment (CAMEO 011), no PLOVER event
    if not e.target and any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in tok.children):
        return False  # "Trump reversed himself", "distinguished herself": done to oneself, on no one else
    if e.cameo[:3] == "084" and any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in tok.children):
        return False  # "returned $43,100 in donations": a payment (campaign finance), not a release of persons
    if kind not in _JUDGING_TYPES and any(c.dep_ == "dobj" and lemma(c) in _INFO_NOUNS and all(a.start in _span_of(c) for a in e.target)
                                          for c in tok.children):
        # "would not offer details", "supplied ample reasons": information, not an offer; "offered his thoughts on
        # Trump's appeal" names what the information is about, not whom it is given to. Judging someone's words
        # judges their author ("condemned Trump's remarks" is aimed at Trump, as "bashed Trump's proposal" is).
        return False
    spoken = _spoken_by_thing(e)  # "the lawsuit accuses Harwell of fraud": a document speaks (docs/coding.md, "The doer-less round")
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN" and actor_for(tok.doc, tok.head) is None \
            and tok.head.lemma_.lower() not in _GROUP_NOUNS and tok.head.lemma_.lower() not in _MADE_NOUNS and not spoken \
            and not (lemma(tok.head) in _ADOPTED["nouns"] and tok.head.dep_ == "dobj" and lemma(tok.head.head) in _ADOPTED["verbs"]):
        return False  # "the contention surrounding the territory", "the events surrounding the tragedy": a thing acts
    if _plain_promised_only(e):
        return False  # "executives who have worked with Murdoch": a working relation; "will work with X" promises
    if tok.pos_ in ("VERB", "AUX") and not _passive(tok):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None and not spoken and (subj.dep_ == "csubj" or subj.pos_ == "VERB" or lemma(subj) in _THING_SUBJECTS
                                                or subj.lower_.endswith(_THING_SUFFIXES)) \
                and not _named_body(tok.doc, subj):
            # ("The International Monetary Fund approved a loan": a word of a body's name is no thing; the fourth
            # wire battery round)
            return False  # "Trump's populism defies ...", "her use of a server should disqualify her": no actor acts
        if subj is not None and subj.tag_ == "WDT" and tok.dep_ == "relcl" and tok.head.lemma_.lower() not in _MADE_NOUNS \
                and (lemma(tok.head) in _THING_SUBJECTS or tok.head.lower_.endswith(_THING_SUFFIXES)):
            # "an election that scrambles the conventional wisdom": the relative pronoun is a thing (made material
            # speaks for its maker: "released a video that accuses Rubio")
            return False
    return True


# Light verbs that order, start or keep up an act (`harm_carriers` in event_words.json; not "make", "give").
_HARM_CARRIERS = frozenset(_WORDS["harm_carriers"]["words"])


def _carried_harm(e: CodedEvent) -> bool:
    """"Erdogan ordered a crackdown", "the government launched a crackdown", "ordered the arrest of opposition
    lawmakers": coercion or violence (CAMEO 17-20) as the object of a light verb that orders, starts or keeps up an
    act (``_HARM_CARRIERS``; "made a similar charge" is left alone), whose subject is its source, is
    done as its verb is ("cracked down", "arrested"), and a verb of harm needs no victim named (docs/coding.md,
    "The loss round"); a noun alone ("Trump's crackdown") still names a topic. Violence (18-20) said of someone
    who commands no forces stays a figure ("the senator launched a new assault"), as for the verb (``_figurative``);
    coercion (17: a crackdown, an arrest) is ordered by office holders, whose sector the figure list names."""
    tok = e.trigger
    head = tok.head
    if e.cameo in (_CEASE_CODE, _DEESCALATE_CODE) and tok.dep_ == "dobj" and _ended_by(tok) is not None:
        # "will cease the bombing of insurgent territory": violence ended by the verb's subject, or by its first
        # conjunct's (``_ended_by``, ``_governor_subject``)
        return bool(e.source)
    if tok.dep_ != "dobj" or e.cameo[:2] not in _VICTIM_ROOTS or head.pos_ not in ("VERB", "AUX") \
            or lemma(head) not in _HARM_CARRIERS or not e.source \
            or (e.cameo[:2] in _ARMED_HARM_ROOTS and _commands_no_forces(e.source)):
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.left_edge.i <= a.start <= s.right_edge.i for s in subjects for a in e.source)


# Entries coded only as what is promised or refused (`promised_only` in event_words.json), by their first two words.
_PROMISED_ONLY = frozenset(tuple(w.split()) for w in _WORDS["promised_only"]["words"])


def _plain_promised_only(e: CodedEvent) -> bool:
    """Whether an event is a `promised_only` entry said plainly, its own code kept ("worked with Murdoch"): the
    convention recodes the promised ("will work with": AGREE) and drops the refused as the refusal's content."""
    tok = e.trigger
    if not _PROMISED_ONLY or tok.pos_ not in ("VERB", "AUX"):
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    return any(lemma(tok) == w[0] and set(w[1:]) <= preps for w in _PROMISED_ONLY) and e.cameo[:2] == "06"


_POLL_WORDS = frozenset(_WORDS["poll_words"]["words"])
# "backed by a majority of women": a share word that is a share of respondents only in a poll's sentence ("a majority
# of senators backed the bill" is a vote in a chamber, an act).
_SHARE_WORDS = frozenset(_WORDS["poll_words"]["share_words"])
_POLL_NOUNS = frozenset(_WORDS["poll_words"]["poll_nouns"])
# Disapproval and praise are aimed at whoever said the words they judge (docs/coding.md, "The recall round").
_JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# "combating Islamic State terrorism": a noun in -ism names a practice, not one act, even of an armed group.
_PRACTICE_SUFFIXES = ("ism", "isms")
# An apology (CAMEO 055) is made in public and is coded with no one named as whom it is owed to.
_SELF_STANDING = frozenset({"055"})

# Object pronouns for a person or group named before the sentence ("endorsed her", "backing them up").
_OBJECT_PRONOUNS = frozenset(_WORDS["object_pronouns"]["words"])


def _pronoun_counterpart(verb: Token) -> bool:
    """Whether a verb's object is a personal pronoun for someone named earlier: "President Obama endorsed her",
    "Limbaugh is backing them up", "met with him". The act of cooperation then has a counterpart the sentence
    alone cannot name, unlike "hosted a town hall" or "Trump's support in the polls", which act on no one.
    Only a pronoun that is the object itself counts ("endorsed her campaign" has a possessive, "her", on a
    thing), and only on a verb (a noun's object pronoun is rare and a noun's counterpart is its own rule)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return any(o.tag_ == "PRP" and o.lower_ in _OBJECT_PRONOUNS for o in objects)


def _anchor_clause(verb: Token) -> bool:
    """Whether a verb heads an "after / before / following ..." clause: a time anchor, as a noun there is."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "following") for c in verb.children)


def _met_with_thing(verb: Token) -> bool:
    """"was met with chants", "met with criticism": what the passive "meet with" names is no actor."""
    doc = verb.doc
    objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return bool(objs) and all(actor_for(doc, o) is None for o in objs)


def _span_of(tok: Token) -> range:
    return range(tok.left_edge.i, tok.right_edge.i + 1)


def _polled(tok: Token) -> bool:
    """Whether an act's doer is a share of respondents or of the vote: a poll word among the trigger's own
    modifiers ("1 percent support"), in its subject, agent or "by" phrase ("supported by 42 percent",
    "back her by 9 points"), or on the noun its clause describes ("22 percent saying they would not support him")."""
    near = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "nummod", "compound", "npadvmod", "amod")
            or (c.dep_ == "prep" and c.lower_ == "by")]
    # "backed Trump, 57 percent to 22 percent": the share in apposition to the object; "drew the support of 41 percent
    # of the voters": the holder of a support noun (docs/coding.md, "Poll results")
    near += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "appos"]
    if tok.pos_ in ("NOUN", "PROPN"):
        near += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    cur = tok
    for _ in range(3):  # up through the clauses the act is reported in, to the noun they describe
        if cur.dep_ in ("acl", "relcl") and cur.head.lemma_.lower() in _POLL_WORDS:
            return True
        if cur.dep_ in ("acl", "relcl") and cur.head.dep_ == "pobj" and cur.head.head.lower_ == "of" \
                and cur.head.head.head.lemma_.lower() in _POLL_WORDS:
            return True  # "71 percent of Sanders supporters approved of Obama": the supporters are a share
        if cur is not tok and lemma(cur) in _REPORTING and any(
                t.lemma_.lower() in _POLL_WORDS for c in cur.children if c.dep_ == "nsubj" for t in c.subtree):
            return True  # "with 47 percent of voters saying they will support her": respondents report
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if any(t.lemma_.lower() in _POLL_WORDS or t.lower_ in _POLL_WORDS for c in near for t in c.subtree):
        return True
    return any(t.lemma_.lower() in _SHARE_WORDS and t.dep_ != "compound" for c in near for t in c.subtree) \
        and any(t.lemma_.lower() in _POLL_NOUNS for t in tok.sent)  # ("the majority leader" is a title, no share)


def _displaced_complement(verb: Token) -> bool:
    """Whether an infinitive the parser hung as an adverbial clause is the complement of a verb of offering, asking,
    threatening or refusing, a time phrase between them: "Mahathir offered on Thursday to host peace talks" is an
    offer to host, not an offer made in order to host (the small model reads "on Thursday to host" as a purpose;
    the sixth wire battery round)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb.head
    if head.i > verb.i or _word_class(head) not in ("agree", "request", "threaten", "reject"):
        return False
    return any(c.dep_ in ("prep", "npadvmod") and head.i < c.i < verb.i for c in head.children) \
        and not any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in head.children)


def _purpose(verb: Token) -> bool:
    """Whether an adverbial clause is a purpose ("to protect Clinton", "in order to visit Kiev"): an infinitive
    with no subject of its own, which says what its governing act is for."""
    if verb.head.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.head.children):
        return False  # "went on to criticize Trump": what came next, not an aim
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _released(verb: Token) -> set[str]:
    """What a verb of release releases: its object, or the noun it describes as a participle ("the poll
    released Sunday") or as a relative clause with no object of its own ("the ad that Trump released"); what a
    noun of release names after "of" ("ordered the release of internal Trump University documents": the sixth
    pool round)."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"}
    found = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ not in ("WDT", "WP")}
    if verb.head.i != verb.i and verb.head.pos_ in ("NOUN", "PROPN") and (
            (verb.dep_ == "acl" and verb.tag_ == "VBN") or (verb.dep_ == "relcl" and not found)):
        found.add(verb.head.lemma_.lower())
        # ("A national poll by The New York Times and Siena College released on Sunday": the parser hangs the participle
        # on the pollster; the thing released is the noun the "by" phrase belongs to, the fourteenth wire battery round)
        cur = verb.head
        for _ in range(3):
            if cur.dep_ not in ("pobj", "conj") or cur.head.i == cur.i:
                break
            cur = cur.head if cur.dep_ == "conj" else cur.head.head
            if cur.pos_ in ("NOUN", "PROPN"):
                found.add(cur.lemma_.lower())
    return found


def _rank(events: list[CodedEvent]) -> list[CodedEvent]:
    """Most central first; a bare statement ("said") goes after any other event of its sentence."""
    return sorted(events, key=lambda e: (_bare_statement(e.cameo), e.depth, -e.confidence))


def _bare_statement(cameo: str) -> bool:
    """Statements rank last, but symbolic acts and condolences (017, 018) are events in their own right."""
    return cameo[:2] == _REPORTING_ROOT and cameo[:3] not in ("017", "018")


@Language.factory(
    "eventwire_events",
    requires=["doc._.actors", "token.dep", "token.lemma", "doc.ents"],
    assigns=["doc._.events"],
    default_config={"confidence": DEFAULT_WEIGHTS},
)
def make_event_coder(nlp: Language, name: str, confidence: dict) -> EventCoder:
    return EventCoder(nlp, name, confidence)
