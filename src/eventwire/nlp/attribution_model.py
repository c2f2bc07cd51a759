"""A small learnt model of attribution over the spaCy parse: which words are cues, and which of
their dependents carry the content.

It exists because rules only fire where someone wrote one: PolNeAR's annotators count
stances, cognition verbs, nouns and idioms as attributions far more often than any
hand-made cue list covers. Two averaged-perceptron scorers, trained on PolNeAR's
``train`` split by ``scripts/train_attribution.py`` (``make attribution-model``), are
kept as one JSON table of feature weights (``data/attribution_model.json``):

* ``cue``: for a word (a verb, noun or adjective that is not an auxiliary), a score for
  "this word is the head of an attribution cue", from its lemma, its part of speech, its
  dependency, the dependencies of its children and whether it sits inside a quote;
* ``content``: for a cue and one candidate (a child of the cue, or the word the cue hangs
  from, as in "Z, the ministry said"), a score for "this subtree is the cue's content".

The model decides nothing about chains: sources come from the same rules as the rules'
claims (the cue's subject, an inherited subject, a passive's agent), and the attribution
component adds a model cue only where no rule fired (see ``attribution.find_claims``).
Scoring is a few dictionary look-ups per word, cheap beside the parse.
"""

from __future__ import annotations

from functools import cache
from itertools import repeat

from spacy.attrs import DEP, IS_ALPHA, LEMMA, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..resources import json_data

__all__ = ["AUX_DEP_IDS", "CANDIDATE_POS", "CANDIDATE_POS_IDS", "Model", "content_candidates", "content_features", "cue_features", "is_candidate", "model",
           "source_candidates", "source_features"]

CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})
# Children that never carry the content of their cue (its subject, auxiliaries, punctuation, modifiers).
NOT_CONTENT = frozenset({"nsubj", "aux", "auxpass", "neg", "punct", "cc", "mark", "det", "poss", "expl",
                         "prt", "agent", "case", "compound", "amod", "nummod", "predet", "appos"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


# is_candidate's tests on numbers, as Doc.to_array gives them (a part of speech is its symbol's id).
CANDIDATE_POS_IDS = frozenset(get_string_id(p) for p in CANDIDATE_POS)
AUX_DEP_IDS = frozenset(get_string_id(d) for d in ("aux", "auxpass"))


def is_candidate(tok: Token) -> bool:
    """A word the cue scorer looks at: a content word that is not an auxiliary of another verb."""
    return tok.pos_ in CANDIDATE_POS and tok.is_alpha and tok.dep_ not in ("aux", "auxpass")


_LEXICAL_PAIRS = frozenset({"xcomp", "ccomp", "dobj", "prep", "prt"})
_PERSON_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _subject_and_speaker(kids: list[tuple[Token, str]]) -> tuple[str, str]:
    """The cue features' subject class and whether the subject can speak, from a token's children."""
    subj = next((c for c, c_dep in kids if c_dep in _SUBJECTS), None)
    if subj is None:
        return "none", "none"
    subj_pos, subj_ent, subj_lower = subj.pos_, subj.ent_type_, subj.lower_
    subject = "pron:" + subj_lower if subj_pos == "PRON" else subj_ent or subj_pos
    # Whether the subject can speak: "the records suggest" and "the senator suggests" read differently.
    speaker = "speaker" if subj_lower in _PERSON_PRONOUNS or subj_ent in _SPEAKER_ENTS else \
        "thing" if subj_pos in ("NOUN", "PRON") else "name"
    return subject, speaker


def cue_features(tok: Token, in_quote: bool) -> list[str]:
    # Each attribute of a spaCy Token is read once into a local: a read decodes a string each time, and
    # ``.children`` walks the words up to the token's edges; reading them per feature was most of the cost.
    lemma, pos, dep, tag, i = tok.lemma_.lower(), tok.pos_, tok.dep_, tok.tag_, tok.i
    head = tok.head
    kids = [(c, c.dep_) for c in tok.children]
    subject, speaker = _subject_and_speaker(kids)
    feats = ["bias", f"l={lemma}", f"p={pos}", f"d={dep}", f"lp={lemma}|{pos}", f"ld={lemma}|{dep}", f"pd={pos}|{dep}",
             f"hp={head.pos_}|{dep}", f"hl={head.lemma_.lower()}|{dep}", f"q={in_quote}", f"lq={lemma}|{in_quote}",
             f"subj={subject}", f"lsubj={lemma}|{subject != 'none'}", f"tag={tag}",
             f"ltag={lemma}|{tag}", f"lsk={lemma}|{speaker}"]
    for c, c_dep in kids:
        if c_dep == "punct":
            continue
        side = "<" if c.i < i else ">"
        feats.append(f"c={c_dep}{side}")
        feats.append(f"lc={lemma}|{c_dep}{side}")
        if c_dep in _LEXICAL_PAIRS:
            # "declined to comment" and "declined to extend it", "called for" and "called him":
            # the complement's own word tells a stance from an act.
            feats.append(f"lcl={lemma}|{c_dep}|{c.lemma_.lower()}")
            if c_dep == "prep":
                feats.append(f"lprep={lemma}|{c.lower_}")
            elif c_dep in ("ccomp", "xcomp"):
                mark = next((g for g in c.children if g.dep_ == "mark"), None)
                if mark is not None:
                    feats.append(f"mark={c_dep}|{mark.lower_}")
    doc = tok.doc
    if i > 0:
        feats.append(f"prev={doc[i - 1].lower_}")
    if i + 1 < len(doc):
        nxt = doc[i + 1].lower_
        feats += [f"next={nxt}", f"lnext={lemma}|{nxt}"]
    return feats


# The cue features that join the word's lemma to something else ("lc=say|ccomp>"): the scorer keeps their
# weights per lemma (``Model._cue_by_lemma``), each under its name and the rest of the feature ("lc|ccomp>").
_LEMMA_KINDS = frozenset({"l", "lp", "ld", "lq", "lsubj", "ltag", "lsk", "lc", "lcl", "lprep", "lnext"})


def _split_cue_weights(weights: dict[str, float]) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """The cue weights as (per lemma: the weights of its lemma features, keyed without the lemma; the weights of
    the other features, keyed as before). For a lemma without "|" the two tables hold the same weights as
    ``weights``: a feature "kind=lemma|rest" is found under ``[lemma]["kind|rest"]``, "l=lemma" under ``[lemma]["l"]``."""
    by_lemma: dict[str, dict[str, float]] = {}
    other: dict[str, float] = {}
    for key, weight in weights.items():
        kind, _, rest = key.partition("=")
        if kind not in _LEMMA_KINDS:
            other[key] = weight
        elif kind == "l":
            by_lemma.setdefault(rest, {})["l"] = weight
        else:
            lemma, bar, tail = rest.partition("|")
            if bar:
                by_lemma.setdefault(lemma, {})[f"{kind}|{tail}"] = weight
    return by_lemma, other


def _cue_weights_of(tok: Token, in_quote: bool, own: dict[str, float], other: dict[str, float], lemma: str | None = None,
                    memo: dict[tuple, tuple[float, ...]] | None = None) -> list[float]:
    """The weights of ``cue_features(tok, in_quote)``, in the same order (0.0 for a feature without one),
    looked up in ``_split_cue_weights``'s tables for the token's lemma (``own``) and the rest (``other``).
    It builds the same features as ``cue_features``, without the lemma in the strings: a look-up in the
    lemma's small table of a short string costs less than one in the table of all the features.
    ``lemma``: the token's lemma in lower case, when the caller has it. ``memo``: where to keep the weights
    of the features that depend only on word classes (part of speech, dependency, tag, the head's part of
    speech, the quote, the subject's class), by those classes: there are few of them, and one look-up of
    the classes costs less than building and looking up their eight feature strings for every word scored."""
    if lemma is None:
        lemma = tok.lemma_.lower()
    pos, dep, tag, i = tok.pos_, tok.dep_, tok.tag_, tok.i
    head = tok.head
    kids = [(c, c.dep_) for c in tok.children]
    subject, speaker = _subject_and_speaker(kids)
    mine, theirs = own.get, other.get
    head_pos = head.pos_
    # (``in_quote`` as its string when not a bool: True and 1 are one key, but "q=True" and "q=1" two features)
    classes = (pos, dep, tag, head_pos, in_quote if in_quote.__class__ is bool else str(in_quote), subject)
    fixed = memo.get(classes) if memo is not None else None
    if fixed is None:
        fixed = (theirs("bias", 0.0), theirs(f"p={pos}", 0.0), theirs(f"d={dep}", 0.0), theirs(f"pd={pos}|{dep}", 0.0),
                 theirs(f"hp={head_pos}|{dep}", 0.0), theirs(f"q={in_quote}", 0.0), theirs(f"subj={subject}", 0.0),
                 theirs(f"tag={tag}", 0.0))
        if memo is not None:
            if len(memo) > _MAX_MEMO:  # bounded whatever the input (the classes are few: this is a safeguard)
                memo.clear()
            memo[classes] = fixed
    bias, p, d, pd, hp, q, subj, tg = fixed
    out = [bias, mine("l", 0.0), p, d, mine(f"lp|{pos}", 0.0), mine(f"ld|{dep}", 0.0), pd, hp,
           theirs(f"hl={head.lemma_.lower()}|{dep}", 0.0), q, mine(f"lq|{in_quote}", 0.0), subj,
           mine(f"lsubj|{subject != 'none'}", 0.0), tg, mine(f"ltag|{tag}", 0.0), mine(f"lsk|{speaker}", 0.0)]
    for c, c_dep in kids:
        if c_dep == "punct":
            continue
        side = "<" if c.i < i else ">"
        out.append(theirs(f"c={c_dep}{side}", 0.0))
        out.append(mine(f"lc|{c_dep}{side}", 0.0))
        if c_dep in _LEXICAL_PAIRS:
            out.append(mine(f"lcl|{c_dep}|{c.lemma_.lower()}", 0.0))
            if c_dep == "prep":
                out.append(mine(f"lprep|{c.lower_}", 0.0))
            elif c_dep in ("ccomp", "xcomp"):
                mark = next((g for g in c.children if g.dep_ == "mark"), None)
                if mark is not None:
                    out.append(theirs(f"mark={c_dep}|{mark.lower_}", 0.0))
    doc = tok.doc
    lowers = getattr(doc, "lowers", None)  # a DocView's words in lower case, read without making their TokenViews
    if lowers is None:
        lowers = _Lowers(doc)
    if i > 0:
        out.append(theirs(f"prev={lowers[i - 1]}", 0.0))
    if i + 1 < len(doc):
        nxt = lowers[i + 1]
        out += [theirs(f"next={nxt}", 0.0), mine(f"lnext|{nxt}", 0.0)]
    return out


class _Lowers:
    """A spaCy Doc's words in lower case by index, as a DocView's ``lowers`` gives them."""

    __slots__ = ("doc",)

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __getitem__(self, i: int) -> str:
        return self.doc[i].lower_


_MAX_MEMO = 100_000


def content_candidates(cue: Token) -> list[Token]:
    """Where a cue's content may hang: its own dependents, or the word it hangs from when the cue
    is a parenthetical or trailing clause ("The talks will resume, the ministry said")."""
    out = [c for c in cue.children if c.dep_ not in NOT_CONTENT and not c.is_punct]
    if cue.head.i != cue.i and cue.dep_ in ("parataxis", "advcl", "conj", "ccomp", "relcl", "acl", "xcomp", "dep"):
        out.append(cue.head)
    return out


def content_features(cue: Token, cand: Token) -> list[str]:
    lemma = cue.lemma_.lower()
    up = cand.i == cue.head.i
    rel = ("up:" + cue.dep_) if up else cand.dep_
    side = "<" if cand.i < cue.i else ">"
    size = len(list(cand.subtree)) if not up else len(list(cand.subtree)) - len(list(cue.subtree))
    bucket = "1" if size <= 1 else "2-3" if size <= 3 else "4-8" if size <= 8 else "9+"
    feats = ["bias", f"r={rel}{side}", f"lr={lemma}|{rel}{side}", f"cp={cand.pos_}", f"rcp={rel}|{cand.pos_}",
             f"size={bucket}", f"rsize={rel}|{bucket}", f"cuep={cue.pos_}|{rel}{side}"]
    if cand.dep_ == "prep" and not up:
        feats += [f"prep={cand.lower_}", f"lprep={lemma}|{cand.lower_}"]
    marks = [g.lower_ for g in cand.children if g.dep_ == "mark"]
    if marks and not up:
        feats.append(f"mark={marks[0]}")
    others = sorted({c.dep_ for c in cue.children if c is not cand and c.dep_ in ("ccomp", "xcomp", "dobj", "prep")})
    feats.append(f"others={','.join(others)}|{rel}")
    return feats


_SOURCE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative", "npadvmod"})


def source_candidates(cue: Token) -> list[tuple[Token, str]]:
    """Who may be the source of a cue whose rules found none, each with its path from the cue: its
    own subject or possessor, the agent of a passive, or a subject (or the modified noun) up to
    three words up the tree ("X rose to call out Y", "Y, laying out plans", "a group that urges")."""
    out: list[tuple[Token, str]] = []
    for c in cue.children:
        if c.dep_ in _SOURCE_DEPS:
            out.append((c, c.dep_))
        elif c.dep_ == "agent":
            out += [(g, "agent") for g in c.children if g.dep_ == "pobj"]
    node, path = cue, ""
    for _ in range(3):
        if node.head.i == node.i:
            break
        path += f"^{node.dep_}"
        node = node.head
        if node.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append((node, path + ">self"))
        out += [(c, f"{path}>{c.dep_}") for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != cue.i]
    return out


def source_features(cue: Token, cand: Token, path: str) -> list[str]:
    lemma = cue.lemma_.lower()
    kind = cand.lower_ if cand.pos_ == "PRON" else (cand.ent_type_ or cand.pos_)
    side = "<" if cand.i < cue.i else ">"
    return ["bias", f"path={path}", f"lpath={lemma}|{path}", f"kind={kind}", f"pkind={path}|{kind}", f"side={path}|{side}",
            f"cuep={cue.pos_}|{path}", f"cdep={cand.dep_}", f"dist={min(abs(cand.i - cue.i), 12)}"]


_NO_WEIGHTS: dict[str, float] = {}


class Model:
    """Two linear scorers read from the shipped weight table (read-only)."""

    def __init__(self, table: dict) -> None:
        self.cue_weights: dict[str, float] = table["cue"]
        self.content_weights: dict[str, float] = table["content"]
        self.source_weights: dict[str, float] = table.get("source", {})
        self.meta: dict = table.get("meta", {})
        # Lemmas annotated as a cue at least once in training: only these are scored, since a word the
        # corpus never shows as a cue is one the scorer knows nothing about (and skipping it is most of its speed).
        self.cue_lemmas: frozenset[str] = frozenset(table.get("cue_lemmas", ()))
        self._cue_lemma_ids: dict[int, bool] = {}  # lemma hash → in cue_lemmas (a cache of fixed data)
        self._cue_by_lemma, self._cue_other = _split_cue_weights(self.cue_weights)
        self._cue_classes: dict[tuple, tuple[float, ...]] = {}  # _cue_weights_of's memo (weights of fixed data)

    @staticmethod
    def _score(weights: dict[str, float], feats: list[str]) -> float:
        return sum(map(weights.get, feats, repeat(0.0)))  # in feature order, as a generator would add them

    def cue_score(self, tok: Token, in_quote: bool) -> float:
        lemma = tok.lemma_.lower()
        if "|" in lemma:  # the split tables key such a lemma's features ambiguously: the whole table decides
            return self._score(self.cue_weights, cue_features(tok, in_quote))
        # The same weights added in the same order as the sum over cue_features, so the same score to the last bit.
        return sum(_cue_weights_of(tok, in_quote, self._cue_by_lemma.get(lemma, _NO_WEIGHTS), self._cue_other, lemma,
                                   self._cue_classes))

    def content_score(self, cue: Token, cand: Token) -> float:
        return self._score(self.content_weights, content_features(cue, cand))

    def source(self, cue: Token, threshold: float) -> Token | None:
        """The best-scored source candidate of a cue, if it scores above ``threshold``."""
        best, top = None, threshold
        for cand, path in source_candidates(cue):
            score = self._score(self.source_weights, source_features(cue, cand, path))
            if score > top:
                best, top = cand, score
        return best

    def cues(self, doc: Doc, in_quote, threshold: float, keep=None, view=None) -> list[tuple[Token, float]]:
        """The words scored as cue heads above ``threshold``; ``in_quote(offset)`` says whether a
        character offset is inside a quotation. ``keep(offset)``, if given, says which words are worth
        scoring at all (scoring is most of the cost: the rest need not pay it). ``view``: a ``DocView`` of
        ``doc`` (nlp/_view.py), whose words the features are read from (they answer as spaCy's do, cheaper)."""
        out = []
        # The candidates (is_candidate, with a lemma the corpus shows as a cue) found from one array read of
        # numbers: a Token, and its strings, are made only for them (most words are none).
        if view is not None:
            rows = zip(view.pos_ids, view.alpha, view.dep_ids, view.lemma_keys)
        else:
            rows = doc.to_array([POS, IS_ALPHA, DEP, LEMMA]).tolist()
        for i, (pos, alpha, dep, lemma) in enumerate(rows):
            if pos not in CANDIDATE_POS_IDS or not alpha or dep in AUX_DEP_IDS or \
                    (self.cue_lemmas and not self._cue_lemma(lemma, doc.vocab.strings)):
                continue
            word = doc[i] if view is None else view[i]
            idx = word.idx if view is None else view.idx[i]
            if keep is None or keep(idx):
                score = self.cue_score(word, in_quote(idx))
                if score > threshold:
                    out.append((doc[i] if view is not None else word, score))
        return out

    def _cue_lemma(self, lemma_id: int, strings) -> bool:
        """Whether a lemma (by its hash), in lower case, is among ``cue_lemmas`` (remembered per hash)."""
        known = self._cue_lemma_ids.get(lemma_id)
        if known is None:
            if len(self._cue_lemma_ids) > 200_000:  # a long-running process meets ever new words: keep the memo bounded
                self._cue_lemma_ids.clear()
            known = self._cue_lemma_ids[lemma_id] = strings[lemma_id].lower() in self.cue_lemmas
        return known


@cache
def model() -> Model:
    return Model(json_data("nlp/data/attribution_model.json"))
