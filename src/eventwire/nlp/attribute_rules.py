"""spaCy's attribute ruler, matched by dictionary look-ups: the same rules, the same annotations, about a tenth of
the CPU.

Why: the English models' ``attribute_ruler`` (the tag map, a few word rules, and the rules that read the parse:
"I" as a subject, an auxiliary, "there is") tests every one of its 179 rules at every word with spaCy's
``Matcher``. On the bench's sentences that was about 1 ms a sentence, 18 % of the whole parse and more than
any of eventwire's own components. Its rules are plain: a fixed run of words, each word tested for equality,
membership or a regular expression on its tag, lower-case form, dependency label or whether it is white space.
So each rule is filed under a value its first word must have (a lower-case form, else a tag, else a label), a
word looks up only the rules filed under its own values (and the few filed under none), and the matches are
applied exactly as spaCy's ruler applies them: every rule matched first, then each match's attributes set with
spaCy's own ``set_token_attrs``, in the order of the rules (a later rule overrides an earlier one), with the
normalised attributes the ruler itself holds. The annotations are the same as the ruler's (tested on the team's
gold sentences and on news articles, every token's tag, part of speech, morphology, lemma and label).

A model whose ruler has a rule outside that plain form (a quantifier ``OP``, another attribute, another kind of
test) keeps spaCy's ruler: ``compile_rules`` returns None and nothing is replaced.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from operator import eq

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["FastAttributeRuler", "Filing", "compile_rules", "replace_ruler"]

# The word attributes a rule may test, in the order of the columns read from the Doc.
_COLUMNS = {"TAG": 0, "DEP": 1, "LOWER": 2, "IS_SPACE": 3}
_ARRAY = [TAG, DEP, LOWER, IS_SPACE]
# A word test: (column, test of the column's value).
Test = tuple[int, Callable[[int], bool]]


def _string_id(strings, value) -> int:
    """The number spaCy's Matcher compares a pattern's string with (the empty string is 0, as in ``get_string_id``)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    return 0 if value == "" else strings.add(value)


class _Regex:
    """A word test by regular expression on the string of the word's value (a plain object: the component pickles)."""

    def __init__(self, strings, expression: str) -> None:
        self.strings = strings
        self.pattern = re.compile(expression)
        self.seen: dict[int, bool] = {}  # a value is tested once per process: the answer depends on the string alone

    def __call__(self, value: int) -> bool:
        hit = self.seen.get(value)
        if hit is None:
            hit = self.seen[value] = bool(self.pattern.search(self.strings[value]))
        return hit


def _not_in(members: frozenset[int], value: int) -> bool:
    return value not in members


def _tests(strings, spec: dict) -> tuple[list[Test], tuple[int, frozenset[int]] | None] | None:
    """One word's tests, and the (column, values) the word must have, to file the rule under; None if not plain."""
    tests: list[Test] = []
    keys: dict[int, frozenset[int]] = {}
    for name, value in spec.items():
        column = _COLUMNS.get(name)
        if column is None:
            return None
        if isinstance(value, (str, int)):  # bool is an int
            wanted = _string_id(strings, value)
            tests.append((column, partial(eq, wanted)))
            keys.setdefault(column, frozenset({wanted}))
            continue
        if not isinstance(value, dict) or not value:
            return None
        for op, operand in value.items():
            if op in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, (str, int)) for v in operand):
                members = frozenset(_string_id(strings, v) for v in operand)
                tests.append((column, members.__contains__ if op == "IN" else partial(_not_in, members)))
                if op == "IN":
                    keys.setdefault(column, members)
            elif op == "REGEX" and isinstance(operand, str) and name != "IS_SPACE":
                tests.append((column, _Regex(strings, operand)))
            else:
                return None
    # File under the most telling value: the word itself, else its tag, else its label.
    for column in (_COLUMNS["LOWER"], _COLUMNS["TAG"], _COLUMNS["DEP"]):
        if column in keys:
            return tests, (column, keys[column])
    return tests, None


class FastAttributeRuler:
    """A stateless pipeline component: the rules of a spaCy ``AttributeRuler``, applied as it applies them.

    What the one-word rules do to a word depends on its tag, label, lower-case form and white space alone,
    so it is worked out once per combination of those (``_cache``): the rules that match, in order, and
    their attributes merged into one dict (each attribute set by the last rule that sets it: spaCy sets
    them one by one, each a field of its own, so the result is the same). A word's form is part of the key
    only when a one-word rule names it (else -1, which no rule's value equals), so the cache holds the
    model's tags x labels x the few dozen named words, not the vocabulary. The rules of several words are
    tested at each word, filed as above; a word they reach has all its rules applied one by one, in order.
    """

    def __init__(self, attrs: list[dict], singles: Filing, multis: Filing, named: frozenset[int] | None) -> None:
        self.attrs = attrs  # the ruler's normalised attributes, by rule number
        self.singles = singles  # the one-word rules
        self.multis = multis  # the rules of several words
        self.named = named  # the forms the one-word rules name (None: some test forms by pattern, all count)
        self._cache: dict[tuple[int, int, int, int], tuple[tuple[int, ...], dict | None]] = {}

    def _single(self, row: tuple[int, int, int, int]) -> tuple[tuple[int, ...], dict | None]:
        rules = sorted({rule for rule, words, _ in self.singles.candidates(row)
                        if all(test(row[column]) for column, test in words[0])})
        merged: dict = {}
        for rule in rules:
            merged.update(self.attrs[rule])
        return tuple(rules), merged or None

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array(_ARRAY).tolist()
        cache, named, multis = self._cache, self.named, self.multis
        if len(cache) > _CACHE_LIMIT:  # only where a rule tests forms by pattern: the key is then the word itself
            cache.clear()
        singles: list[tuple[tuple[int, ...], dict | None]] = []
        extra: dict[int, list[int]] = {}  # word -> the rules of several words that set it
        for i, (tag, dep, lower, space) in enumerate(rows):
            key = (tag, dep, lower if named is None or lower in named else -1, space)
            found = cache.get(key)
            if found is None:
                found = cache[key] = self._single(key)
            singles.append(found)
            if multis.any:
                for rule, words, index in multis.candidates(rows[i]):
                    size = len(words)
                    if i + size <= n and all(test(rows[i + k][column]) for k, word in enumerate(words)
                                             for column, test in word):
                        extra.setdefault(i + (index if index >= 0 else size + index), []).append(rule)
        attrs = self.attrs
        for i, (rules, merged) in enumerate(singles):
            if i in extra:  # a rule of several words: all of the word's rules one by one, in order, as spaCy does
                for rule in sorted(set(rules).union(extra[i])):
                    set_token_attrs(doc[i], attrs[rule])
            elif merged is not None:
                set_token_attrs(doc[i], merged)
        return doc


# Where the cache is keyed by the word itself (see above), it is emptied past this many entries.
_CACHE_LIMIT = 100_000


class Filing:
    """Rules filed under a value their first word must have: (rule, [word tests...], index) by column and value,
    and those with no such value (tested at every word)."""

    def __init__(self) -> None:
        self.filed: list[dict[int, list]] = [{} for _ in _COLUMNS]
        self.unfiled: list = []
        self.any = False

    def add(self, candidate: tuple, file_under: tuple[int, frozenset[int]] | None) -> None:
        self.any = True
        if file_under is None:
            self.unfiled.append(candidate)
            return
        column, values = file_under
        for value in values:
            self.filed[column].setdefault(value, []).append(candidate)

    def candidates(self, row) -> list:
        """The rules whose first word may be ``row`` (each at most once: a rule is filed under one column)."""
        out = list(self.unfiled)
        for column, value in enumerate(row):
            found = self.filed[column].get(value)
            if found:
                out += found
        return out


def compile_rules(ruler) -> FastAttributeRuler | None:
    """The rules of spaCy's ``AttributeRuler`` ``ruler`` as a FastAttributeRuler, or None where one is not plain."""
    strings = ruler.vocab.strings
    singles, multis = Filing(), Filing()
    named: set[int] | None = set()
    patterns = ruler.patterns
    if len(patterns) != len(ruler.attrs) or any("_" in attrs for attrs in ruler.attrs):
        return None  # (extension attributes are set key by key, not replaced: merging them would differ)
    for rule, entry in enumerate(patterns):
        index = entry.get("index", 0)
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern or not -len(pattern) <= index < len(pattern):
                return None
            words = []
            file_under = None
            for k, spec in enumerate(pattern):
                compiled = _tests(strings, spec) if isinstance(spec, dict) and spec else None
                if compiled is None:
                    return None
                words.append(compiled[0])
                if k == 0:
                    file_under = compiled[1]
            if len(words) > 1:
                multis.add((rule, words, index), file_under)
                continue
            singles.add((rule, words, index), file_under)
            if named is not None:
                forms = _forms(strings, pattern[0].get("LOWER"))
                named = None if forms is None else named | forms
    return FastAttributeRuler(list(ruler.attrs), singles, multis, None if named is None else frozenset(named))


def _forms(strings, value) -> set[int] | None:
    """The lower-case forms a word test accepts (empty: it tests no form); None where it accepts forms by pattern
    or by exclusion (then every form counts in the cache's key)."""
    if value is None:
        return set()
    if isinstance(value, (str, int)):
        return {_string_id(strings, value)}
    if set(value) == {"IN"}:
        return {_string_id(strings, v) for v in value["IN"]}
    return None


@Language.factory("eventwire_attribute_ruler")
def _make(nlp: Language, name: str) -> FastAttributeRuler:
    compiled = compile_rules(nlp.get_pipe("attribute_ruler"))
    if compiled is None:  # replace_ruler checks first; a direct add_pipe on an unusual model gets a clear error
        raise ValueError("the attribute_ruler's rules are not all plain; keep spaCy's ruler")
    return compiled


def replace_ruler(nlp: Language) -> bool:
    """Put the FastAttributeRuler in the place of ``nlp``'s attribute_ruler where its rules allow; True if done."""
    if "attribute_ruler" not in nlp.pipe_names or compile_rules(nlp.get_pipe("attribute_ruler")) is None:
        return False
    nlp.add_pipe("eventwire_attribute_ruler", before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return True
