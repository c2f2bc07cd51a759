"""Actors named in another sentence: pronouns and definite descriptions resolved across sentences.

CAMEO codes the actor a text refers to, not the words it uses: in "Senator Jane Roe spoke in Ohio on
Monday. The crowd was small. Many had come from Kentucky. She denounced the treaty", the source of
DENOUNCE is Roe (USA LEG), though her sentence names no one. The actor resolver (``actors.py``) already
reads a pronoun's own sentence and the one before it (``_resolve_pronouns``) and a description's earlier
mentions under the same agent words (``_descriptions``). This pass, run after them on what they left
uncoded, reads up to ``_SENTENCES_BACK`` sentences back (docs/coding.md, "Actors named in another sentence"):

* a personal pronoun ("he", "she", "him", "his", "her") → the last coded person (or office) named in the
  nearest earlier sentence that names a person, whose sex does not contradict the pronoun;
* "they", "their" → the coded actors named by a plural ("Republicans", "the rebels") as the subject of the
  nearest earlier sentence that names one; "its" → the coded organisation, country or (singular) group that is the subject of
  the nearest sentence with one. "it" and "them" are left alone: read on the `train` articles, they stood
  mostly for things ("It is a shift", "calling them corporate welfare");
* "the senator", "the company" (agent nouns after "the", ``agents.tsv``) → the nearest earlier coded actor
  whose sector matches, of the right kind: a body for "the company" (``institution_nouns`` in
  ``actor_words.json``), else a person or office whose own title or office (``roles.tsv``, at the document's
  date) has the noun ("Sen. Jane Roe ... the senator"; "President Obama ... the president", not
  "Secretary Kerry ... the president").

Only an antecedent with a code is taken, and a choice between antecedents of different codes is not made:
the side stays empty (an empty side beats a wrong one). The resolved actor keeps its own words (the
pronoun or the description) and records its antecedent's token span in ``Actor.antecedent``.

The pass is linear in the document: actors are visited once in order, and each reference looks at the
actors of at most ``_SENTENCES_BACK + 1`` sentences, found by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from spacy.tokens import Doc

from ..resources import data_text, json_data
from ._view import extension
from .knowledge import at_date

_WORDS = json_data("nlp/data/actor_words.json")
# How far back a reference may look: news names an actor again within a paragraph, which is rarely more
# than four sentences; further back, another actor has usually been named in between (and then the rule
# abstains), and what is left is mostly a person the files do not know.
_SENTENCES_BACK = 3
_PERSONAL = frozenset({"he", "she", "him", "his", "her"})
_PLURAL = frozenset({"they", "their"})
_SINGULAR = frozenset({"its"})
_SHE = frozenset({"she", "her"})
# Sectors of an office one person holds ("The Tunisian president ... he"): such a group stands for a person.
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "OPP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_QUOTES = frozenset({'"', "“", "”", "''", "``"})
_INSTITUTIONS = frozenset(_WORDS["institution_nouns"]["words"])
_GENDERED = {w: sex for sex in ("he", "she") for w in _WORDS["gendered_agents"][sex]}
_ABBREVIATIONS: dict[str, str] = _WORDS["title_abbreviations"]["words"]
# Pronouns for unnamed persons: as a subject before a personal pronoun ("Each acted for his own reason") they are
# its likelier antecedent, unknown here. (Not "that", "this": "That is not stopping him" names no one.)
_PERSON_QUANTIFIERS = frozenset({"each", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody",
                                 "one", "none", "neither", "either"})


def gendered(word: str) -> str | None:
    """"he" or "she" for a word that says a person's sex ("Mrs.", "congressman"; lower case), else None."""
    return _GENDERED.get(word)


@cache
def first_names() -> dict[str, str]:
    """Given name (lower case) → "he" or "she" (data/first_names.tsv; names used for both are not listed)."""
    out: dict[str, str] = {}
    for line in data_text("nlp/data/first_names.tsv").splitlines()[1:]:
        if line and not line.startswith("#"):
            name, sex = line.split("\t")[:2]
            out[name] = sex
    return out


def resolve_across_sentences(doc: Doc, actors: list, agents: dict, sentence_starts: list[int], kb=None) -> None:
    """Code the pronouns and definite descriptions the sentence-level rules left uncoded (see the module doc).

    ``actors``: the document's actors sorted by start; ``agents``: token → agent-noun match;
    ``sentence_starts``: the first token of each sentence, ascending; ``kb``: the knowledge files (for the offices
    of persons a description may name).
    """
    if len(sentence_starts) < 2:
        return  # one sentence: the sentence-level rules have seen everything
    starts = [a.start for a in actors]
    sexes = _sexes(doc, actors, kb)
    for n, actor in enumerate(actors):
        if actor.code:
            continue
        if actor.kind == "pronoun":
            low = doc[actor.end - 1].lower_
            if low in _PERSONAL or low in _PLURAL or low in _SINGULAR:
                target = _pronoun_antecedent(doc, actors, starts, n, low, sexes, sentence_starts, agents)
                if target is not None:
                    _take(actor, target, "pronoun")
                    if low in ("he", "she") and target.name:
                        sexes.setdefault(target.name, low)
        elif actor.sector and actor.start > 0 and doc[actor.start - 1].lower_ == "the":
            target = _description_antecedent(doc, actors, starts, n, agents, sentence_starts, kb)
            if target is not None:
                _take(actor, target, "description")


def _take(actor, target, how: str) -> None:
    actor.code, actor.sector, actor.name = target.code, target.sector, target.name
    actor.resolved_from = how
    # The named mention the chain started from, when the antecedent is itself a resolved reference.
    actor.antecedent = target.antecedent or [target.start, target.end]


def person_sexes(doc: Doc, actors: list, kb=None) -> dict[str, str]:
    """A person's name → "he" or "she" as the text and the files say it (``_sexes``), for the sentence-level pronoun
    rules of ``actors.py`` too."""
    return _sexes(doc, actors, kb)


def _sexes(doc: Doc, actors: list, kb=None) -> dict[str, str]:
    """A person's name → "he" or "she", as the text and the files say: a gendered title or agent noun in (or right
    before) the person's mention ("Mrs. Roe", "Congresswoman Roe"), a sex-specific given name (of the name, or of
    the full name the files give a bare surname), else a pronoun the sentence-level rules resolved to them (weaker:
    such a resolution may be wrong). A name with contradicting evidence of one strength gets neither."""
    names = first_names()
    strong: dict[str, set[str]] = {}
    weak: dict[str, set[str]] = {}
    full_names: set[str] = set()
    for a in actors:
        if not a.name:
            continue
        if a.kind == "person":
            said = strong.setdefault(a.name, set())
            said.update(_GENDERED[doc[i].lower_] for i in range(max(a.start - 1, 0), a.end) if doc[i].lower_ in _GENDERED)
            for full in _full_names(a.name, kb):
                if (given := names.get(full.split()[0].lower())) is not None:
                    said.add(given)
            if " " in a.name:
                full_names.add(a.name)
        elif a.kind == "pronoun" and a.code and doc[a.start].lower_ in ("he", "she"):
            weak.setdefault(a.name, set()).add(doc[a.start].lower_)
    out = {name: next(iter(said)) for name, said in strong.items() if len(said) == 1}
    out.update({name: next(iter(said)) for name, said in weak.items() if len(said) == 1 and not strong.get(name)})
    # A bare surname ("Clinton") is of the sex of the full names in the text that end with it, when they all have
    # one ("Hillary Clinton ... Clinton"; with "Bill Clinton" named too, the surname says nothing).
    surnames: dict[str, set[str]] = {}
    for full in full_names:
        surnames.setdefault(full.split()[-1], set()).add(out.get(full, "?"))
    for last, said in surnames.items():
        if len(said) == 1 and "?" not in said and not strong.get(last):
            out[last] = next(iter(said))
        elif len(said) > 1 and not strong.get(last):
            out.pop(last, None)
    return out


def _full_names(name: str, kb) -> list[str]:
    """The name itself when it has a given name, else the full names of the persons the files list under it."""
    if " " in name or kb is None:
        return [name] if " " in name else []
    return list({e.name for e in kb.names.get(name, ()) if e.kind == "person" and " " in e.name})


def _sentence(sentence_starts: list[int], i: int) -> int:
    return bisect_right(sentence_starts, i) - 1


def _window(actors: list, starts: list[int], sentence_starts: list[int], first: int, before: int) -> list:
    """The actors that start in sentence ``first`` or later and end before token ``before``."""
    lo = bisect_left(starts, sentence_starts[first])
    hi = bisect_right(starts, before)
    return [a for a in actors[lo:hi] if a.end <= before]


def _quoted(doc: Doc, i: int, sentence_starts: list[int]) -> bool:
    """An odd number of quotation marks before the token in its sentence, or after it: a pronoun inside a quotation
    is mostly someone the speaker talks of, whom this pass cannot tell from the actors around the quote."""
    s = _sentence(sentence_starts, i)
    end = sentence_starts[s + 1] if s + 1 < len(sentence_starts) else len(doc)
    before = sum(1 for t in doc[sentence_starts[s]:i] if t.text in _QUOTES)
    after = sum(1 for t in doc[i + 1:end] if t.text in _QUOTES)
    return before % 2 == 1 or after % 2 == 1


def _is_subject(doc: Doc, a) -> bool:
    """A subject, or a conjunct of one ("Asante and Vasquez met": both are)."""
    return any(doc[i].dep_ in _SUBJECT_DEPS or (doc[i].dep_ == "conj" and doc[i].head.dep_ in _SUBJECT_DEPS)
               for i in range(a.start, a.end))


def _plural(doc: Doc, a) -> bool:
    return doc[a.end - 1].tag_ in _PLURAL_TAGS


def _pronoun_antecedent(doc: Doc, actors: list, starts: list[int], n: int, low: str, sexes: dict[str, str],
                        sentence_starts: list[int], agents: dict):
    """What an uncoded third-person pronoun stands for, read sentence by sentence backwards from its own (see the
    module doc); None when the nearest sentence that names a fitting actor names none with a code, or two codes."""
    actor = actors[n]
    if _quoted(doc, actor.start, sentence_starts):
        return None
    s = _sentence(sentence_starts, actor.start)
    first = max(s - _SENTENCES_BACK, 0)
    window = _window(actors, starts, sentence_starts, first, actor.start)
    covered = {i for a in window if a.code for i in range(a.start, a.end)}
    s_end = sentence_starts[s + 1] if s + 1 < len(sentence_starts) else len(doc)
    if low in _PERSONAL and any(a.kind == "person" for a in actors[n + 1:bisect_left(starts, s_end, lo=n + 1)]):
        return None  # "Since announcing that he would not run, Mr. Biden ...": the person may come after the pronoun
    if any(doc[i].dep_ in _SUBJECT_DEPS and i not in covered
           and (doc[i].pos_ in ("NOUN", "PROPN") or doc[i].lower_ in _PERSON_QUANTIFIERS)
           for i in range(sentence_starts[s], actor.start)):
        # "the New York billionaire brushed off a video that cites his call", "Each acted for his own reason": a
        # subject of its own sentence that no coded actor covers is the likelier antecedent, and unknown here.
        return None
    for t in range(s, first - 1, -1):
        t_start = sentence_starts[t]
        t_end = sentence_starts[t + 1] if t + 1 < len(sentence_starts) else len(doc)
        here = [a for a in window if t_start <= a.start < t_end]
        if low in _PERSONAL:
            found = _personal(doc, here, low, sexes)
            # A subject proper noun no actor covers ("Pate told reporters he ..."): a person the model did not tag.
            blocked = any(doc[i].pos_ == "PROPN" and doc[i].dep_ in _SUBJECT_DEPS and i not in covered
                          for i in range(t_start, min(t_end, actor.start)))
        elif low in _PLURAL:
            found = _groups(doc, here, agents, actors, starts)
            # "Voters said they ...": a plural subject no actor covers is a likelier antecedent than any actor.
            blocked = any(doc[i].tag_ in _PLURAL_TAGS and doc[i].dep_ in _SUBJECT_DEPS and i not in covered
                          for i in range(t_start, min(t_end, actor.start)))
        else:
            if t == s:
                continue  # "its" in its own sentence is the sentence rules'
            found = _bodies(doc, here)
            # The subject of that sentence that is no actor ("The plan ... It ..."): "it" is mostly a thing.
            blocked = any(doc[i].pos_ in ("NOUN", "PROPN") and doc[i].dep_ in _SUBJECT_DEPS and i not in covered
                          for i in range(t_start, t_end))
        if found is None and not blocked:
            continue  # nothing this pronoun may stand for in that sentence: look one further back
        if found is None or blocked or not found:
            return None
        if t >= s - 1 and any(a.kind != "pronoun" for a in found):
            return None  # the sentence-level rules read these two sentences and chose not to code it: so be it
        # Salience: news keeps the actor it is about as the subject of its sentences ("Senator Roe spoke in
        # Ohio. The crowd was small. She denounced the treaty"), so a sentence's subject is the likelier
        # antecedent than an actor named as an object or inside a phrase.
        subjects = [a for a in found if _is_subject(doc, a) or a.kind == "pronoun" and doc[a.start].dep_ in _SUBJECT_DEPS]
        pool = subjects or found
        if low not in _PERSONAL and not subjects:
            return None  # read on the `train` articles, a far "they" or "its" for a non-subject was mostly wrong
        if len({(a.code, a.name if low in _PERSONAL else None) for a in pool}) != 1:
            return None  # two actors (two persons) it may stand for: an empty side beats a guess
        return pool[-1]
    return None


def _personal(doc: Doc, here: list, low: str, sexes: dict[str, str]) -> list | None:
    """The coded persons (and offices) of a sentence a personal pronoun may stand for; None when the sentence names
    no person of the pronoun's sex, [] when it names one but with no code (the pronoun is likely that person)."""
    sex = "she" if low in _SHE else "he"
    # "her" is also the possessive of "she"; "his" of "he": both stand for one person of that sex.
    # An office is a common noun ("the Tunisian president"), not a seat of power ("Berlin", "the Kremlin").
    persons = [a for a in here if (a.kind == "person" or (a.kind == "group" and a.sector in _OFFICE_SECTORS
                                                          and doc[a.end - 1].tag_ == "NN" and a.code)
                                   or (a.kind == "pronoun" and a.code and doc[a.end - 1].lower_ in _PERSONAL and a.name))
               and sexes.get(a.name or "", sex) == sex]
    if not persons:
        return None
    if any(a.kind == "person" and not a.code for a in persons):
        return []
    # A person the text says is of the pronoun's sex before one it says nothing of ("Chancellor Tomas Brandt met
    # Prime Minister Margaret Oduya ... She"): the given-name list is short, an unknown sex is no evidence.
    persons = [a for a in persons if sexes.get(a.name or "") == sex] or persons
    # A person named by name before an office named by a noun: "Merkel met the Russian president in Berlin. She ..."
    named = [a for a in persons if a.kind != "group"]
    return named or persons


def _groups(doc: Doc, here: list, agents: dict, actors: list, starts: list[int]) -> list | None:
    """The coded groups of a sentence "they" may stand for (None: none named; []: one named without a code)."""
    # A group named by a plural agent noun: "Kenyan opposition lawmakers", "the rebels", "Clinton's advisers". Not a
    # party ("Democrats ... Their appearances" were Obama's and Biden's) nor a demonym ("Spanish"): read on the
    # `train` articles, a "they" far from those was mostly some other people.
    def named_group(a) -> bool:
        return a.kind == "group" and _plural(doc, a) and (a.end - 1) in agents

    # A "they" already resolved continues its group only when that is such a group too.
    groups = [a for a in here if named_group(a) or (a.kind == "pronoun" and a.code and doc[a.end - 1].lower_ in _PLURAL
                                                    and (named := _named(actors, starts, a)) is not None and named_group(named))]
    if not groups:
        return None
    if any(not a.code for a in groups):
        return []
    return groups


def _named(actors: list, starts: list[int], a):
    """The named actor a resolved reference records as its antecedent, if any."""
    if not a.antecedent:
        return None
    k = bisect_left(starts, a.antecedent[0])
    return actors[k] if k < len(actors) and actors[k].start == a.antecedent[0] else None


def _bodies(doc: Doc, here: list) -> list | None:
    """The coded organisations, countries and singular groups of a sentence "it" may stand for."""
    bodies = [a for a in here if a.kind in ("organization", "country") or (a.kind == "group" and not _plural(doc, a))
              or (a.kind == "pronoun" and a.code and doc[a.end - 1].lower_ in _SINGULAR)]
    if not bodies:
        return None
    if any(not a.code for a in bodies):
        return []
    return bodies


def _description_antecedent(doc: Doc, actors: list, starts: list[int], n: int, agents: dict, sentence_starts: list[int],
                            kb=None):
    """What "the senator", "the company" stands for: the coded actors of its sector and kind named in its own sentence
    before it or in the ``_SENTENCES_BACK`` before that, when they all have one code (the nearest is taken)."""
    actor = actors[n]
    head = doc[actor.end - 1]
    if head.tag_ != "NN" or not all(i in agents for i in range(actor.start, actor.end)):
        return None  # a plural ("the senators") is a group of its own; a word that is no agent noun names more
    if head.dep_ == "attr" or (head.dep_ == "appos" and head.head.i < actor.start):
        return None  # "if Trump is the nominee", "Brown, the governor,": says what someone is, refers to no one new
    if actor.end < len(doc) and (doc[actor.end].lower_ == "of" or doc[actor.end].tag_ == "POS"):
        return None  # "the president of the club", "the minister's aide": qualified, another actor
    s = _sentence(sentence_starts, actor.start)
    window = _window(actors, starts, sentence_starts, max(s - _SENTENCES_BACK, 0), actor.start)
    noun = head.lower_
    if noun in _INSTITUTIONS:
        # A body named as one: an organisation, or a group whose own noun names a body ("Russia's foreign ministry"),
        # not an office ("the ruling party" is not "the vice president of the United States").
        found = [a for a in window if a.sector == actor.sector
                 and (a.kind == "organization" or (a.kind == "group" and doc[a.end - 1].lower_ in _INSTITUTIONS))]
    else:
        day = extension(doc, "doc_date")
        found = [a for a in window if a.sector == actor.sector and (a.kind == "person" or (a.kind == "group" and not _plural(doc, a)))
                 and noun in _titles(doc, a, kb, day)]
    if not found or any(not a.code for a in found) or len({(a.code, a.name) for a in found}) != 1:
        return None  # none, one the files do not know, or two: an empty side beats a guess
    return found[-1]


def _titles(doc: Doc, a, kb, day) -> set[str]:
    """The title words of an actor: its own words ("Sen." as "senator") and, for a person the files know, the words
    of the office they hold at the document's date (not a former one)."""
    words = {_ABBREVIATIONS.get(doc[i].lower_, doc[i].lower_) for i in range(a.start, a.end)}
    if a.kind == "person" and a.name and kb is not None:
        entries = [e for e in kb.names.get(a.name, []) + kb.people.get(a.name, []) if e.kind == "person"]
        for e in at_date(entries, day):
            for part in e.role.lower().split(";"):
                if not part.strip().startswith("former"):
                    words.update(w.strip(",.()'") for w in part.split())
    return words
