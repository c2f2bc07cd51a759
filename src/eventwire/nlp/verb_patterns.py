"""Phrase patterns of the CAMEO verb dictionary: a verb with the words of its phrase gives a CAMEO code.

The patterns come from ``data/phoenix_patterns.tsv``, derived by ``scripts/convert_phoenix.py`` from the
verb dictionary of the Phoenix project (MIT, notice in ``data/PHOENIX-LICENSE.txt``), with the selection
rule in docs/coding.md ("Phrase patterns of the CAMEO verb dictionary"). A row is a verb lemma, the
subject's head word (any when empty), the words after the verb, and the code:

* ``a|b``: one of these words in the verb's phrase (its object, a particle, a word under them);
* ``p/`` or ``p/+``: the preposition ``p`` in the verb's phrase (with ``+``: its object is the target);
* ``p/a|b/c``: the preposition ``p`` with one word of each list below it ("for/financial/aid").

The coder asks only about verbs its lexicon does not match. Only the trigger is decided here. The event coder gives a hit the same treatment as any lexicon entry:
its arguments, the governing predicate, negation, modality and the target rules (docs/coding.md).

Why an index by lemma: the coder asks about every candidate verb, and most verbs have no pattern, so a
token costs one dict look-up; a verb with patterns reads its phrase once and looks its words up in the
verb's index of pattern words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..resources import json_data, table

__all__ = ["PatternTrigger", "heads", "match"]

# Clauses below the verb tell another story ("opened an inquiry into whether troops fired"): their words
# are no part of the verb's phrase. Nor are its auxiliaries and marks.
_SKIPPED = frozenset({"advcl", "relcl", "conj", "parataxis", "ccomp", "xcomp", "csubj", "aux", "auxpass", "mark",
                      "punct", "cc", "neg", "nsubj", "nsubjpass", "expl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PREPS = frozenset({"prep", "agent", "dative"})
_DEPTH = 4  # the verb's phrase: four levels below it ("called for an end to the siege")


@dataclass(frozen=True)
class PatternTrigger:
    """A hit, read by the coder like a lexicon entry: ``words`` are the verb and the pattern's words (its
    prepositions among them, so that the entry's own preposition names the target, as for "fire on")."""

    words: tuple[str, ...]
    pos: str
    cameo: str
    # A verb the lexicon does not code is an event only by its pattern, and only with a named actor as target
    # (as PETRARCH, for which the patterns were written, codes only a source and a target together): "cut a
    # deal with Gingrich" is AGREE, "held a lead in the polls" is not an election called.
    needs_target: bool = False


@dataclass(frozen=True)
class _Pattern:
    subject: frozenset[str]
    words: tuple[frozenset[str], ...]
    preps: tuple[tuple[str, tuple[frozenset[str], ...]], ...]
    trigger: PatternTrigger

    @property
    def size(self) -> int:
        return len(self.words) + sum(1 + len(below) for _, below in self.preps) + bool(self.subject)


def _parse(row: dict[str, str], needs_target: bool) -> _Pattern:
    words: list[frozenset[str]] = []
    preps: list[tuple[str, tuple[frozenset[str], ...]]] = []
    named: list[str] = []
    for item in row["words"].split():
        if "/" in item:
            prep, *below = item.split("/")
            preps.append((prep, tuple(frozenset(b.split("|")) for b in below if b and b != "+")))
            named.append(prep)
        else:
            words.append(frozenset(item.split("|")))
            named.append(item.split("|")[0])
    subject = frozenset(row["subject"].split("|")) if row["subject"] else frozenset()
    trigger = PatternTrigger((row["verb"], *named), "VERB", row["cameo"], needs_target)
    return _Pattern(subject, tuple(words), tuple(preps), trigger)


@cache
def _index() -> dict[str, tuple[tuple[_Pattern, ...], dict[str, tuple[int, ...]], frozenset[str]]]:
    """verb lemma → (its patterns, largest first; each word a pattern needs → the positions of those patterns;
    those words)."""
    from . import codes  # (the code tables: a pattern whose code eventwire does not know is left out)

    team = _team_types()
    # A light verb ("launched an attack", event_words.json) only says that its noun's act happened: the noun
    # and its senses decide ("Trump launched an attack against Obama" is ACCUSE), not the dictionary's "- *
    # ATTACK [190]".
    light = frozenset(json_data("nlp/data/event_words.json")["light_verbs"]["words"])
    by_verb: dict[str, list[_Pattern]] = {}
    for row in table("nlp/data/phoenix_patterns.tsv"):
        if row["verb"] in light:
            continue
        kind = codes.event_type(row["cameo"])
        # Only PLOVER events: a statement pattern ("express concern", 01x) would turn the team's event into
        # none. A verb the team's lexicon codes keeps its type (its senses and the conventions built on them
        # decide it: "opposed the bill" is REJECT, where the dictionary has 111): a pattern may refine the
        # code of a verb whose entries all have its type, or give a code to a verb the lexicon does not list
        # ("cut a deal").
        if kind in codes.PLOVER_TYPES and team.get(row["verb"], {kind}) == {kind}:
            by_verb.setdefault(row["verb"], []).append(_parse(row, row["verb"] not in team))
    index = {}
    for verb, patterns in by_verb.items():
        patterns.sort(key=lambda p: -p.size)  # the most specific first (a stable sort: file order otherwise)
        keys: dict[str, list[int]] = {}
        for n, p in enumerate(patterns):
            # A pattern is looked at only when the phrase has its key word: the last word outside a preposition
            # (the object's head: "{MASS RALLY}" → rally), else the last word below its first preposition with
            # words ("(ON FIRE)" → fire); never the preposition itself, which nearly every phrase has.
            for w in _key(p):
                keys.setdefault(w, []).append(n)
        index[verb] = (tuple(patterns), {w: tuple(ns) for w, ns in keys.items()}, frozenset(keys))
    return index


def _team_types() -> dict[str, set[str]]:
    """The PLOVER types of the one-word verb entries of the lexicon (the team's and the derived verbs)."""
    from . import codes

    found: dict[str, set[str]] = {}
    for path in ("nlp/data/trigger_lexicon.tsv", "nlp/data/phoenix_triggers.tsv"):
        for row in table(path):
            if row["pos"].upper() == "VERB" and " " not in row["lemma"].strip():
                found.setdefault(row["lemma"].strip().lower(), set()).add(codes.event_type(row["cameo"]))
    return found


def _key(p: _Pattern) -> frozenset[str]:
    if p.words:
        return p.words[-1]
    return next((below[-1] for _, below in p.preps if below), frozenset())


@cache
def heads() -> frozenset[str]:
    """The verbs that have patterns."""
    return frozenset(_index())




def match(tok, verb: str) -> PatternTrigger | None:
    """The most specific pattern of ``verb`` (the token's lemma) that the token's phrase fits, if any."""
    found = _index().get(verb)
    if found is None:
        return None
    patterns, keys, _ = found
    # A pattern's key word is the verb's object (a child) or the object of one of its prepositions (a
    # grandchild): the patterns to try are found by those words, and a verb with none of its patterns' key
    # words there ("give" has patterns, most uses of "give" none of their words) is passed over unread.
    tried: tuple[int, ...] = ()
    for c in tok.children:
        if (ns := keys.get(c.lemma_)) is not None:
            tried += ns
        if c.dep_ in _PREPS:
            for g in c.children:
                if (ns := keys.get(g.lemma_)) is not None:
                    tried += ns
    if not tried:
        return None
    subject: set[str] = set()
    words: set[str] = set()
    preps: dict[str, set[str]] = {}
    particles = set()
    for child in tok.children:
        dep = child.dep_
        if dep in _SUBJECTS:
            subject.update(_lemmas(child))
            subject.update(g.lemma_.lower() for g in child.children)
        elif dep not in _SKIPPED:
            if dep == "prt":
                particles.add(child.lower_)
            words |= _walk(child, 1, preps)
    for n in sorted(set(tried)):
        p = patterns[n]
        if p.subject and p.subject.isdisjoint(subject):
            continue
        if any(alts.isdisjoint(words) for alts in p.words):
            continue
        if any(prep not in preps or any(alts.isdisjoint(preps[prep]) for alts in below) for prep, below in p.preps):
            continue
        # A particle makes another verb ("set off", "put up"): the pattern must name it, as a lexicon entry must.
        if particles and not particles <= set(p.trigger.words[1:]):
            continue
        return p.trigger
    return None


def _lemmas(tok) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


def _walk(tok, depth: int, preps: dict[str, set[str]]) -> set[str]:
    """The words of the verb's phrase from ``tok`` down (``_DEPTH`` levels below the verb); each preposition
    met is noted with the words below it."""
    found = set(_lemmas(tok))
    if depth < _DEPTH:
        for child in tok.children:
            if child.dep_ not in _SKIPPED and child.pos_ not in ("VERB", "AUX"):
                found |= _walk(child, depth + 1, preps)
    if tok.dep_ in _PREPS:
        preps.setdefault(tok.lower_, set()).update(found)
    return found
