"""Attribution: who says so. Finds each claim in a text and the chain of sources behind it.

Kinds of attribution found, each for a reason analysts care about:

* direct quotes, in straight or curly marks, with the speaker before, after or in
  the middle ("A," he said, "B."), or after a dash; an unbalanced quote mark is
  ignored rather than allowed to swallow the rest of the text;
* indirect speech: a cue verb (data/attribution.json) with a clause ("X said
  that ..."), including "X reported Y as saying that ..." and "X was quoted as
  saying", which are chains of two;
* cue frames learnt from annotated news (data/attribution_cues.tsv, built by
  scripts/derive_cues.py): a cue word with the dependency that carries its content,
  on either side ("Z, the ministry said", "declined to comment", "urged X to ...",
  "described X as ..."), kept when the corpus shows the frame is precise enough
  (the component's ``min_frame_count`` and ``min_frame_ratio`` settings);
* a cue without a subject of its own takes the subject of the verb it hangs from
  ("X rejected the offer, saying ..."; "X said A and added B");
* source phrases: "according to X", "citing X" (a second link in the chain);
* social posts ("tweeted", "wrote on X") are marked with their medium;
* each source is typed (person, official, organization, government, media,
  document, social_post, anonymous) and resolved to an actor code when it names one.

Text no cue covers is left to the pipeline, which gives it the default chain of
the document (the poster, the publication).
"""

from __future__ import annotations

import bisect
import csv
import re
import threading
from dataclasses import dataclass, field
from functools import cache

from spacy.attrs import LEMMA, POS
from spacy.language import Language
from spacy.parts_of_speech import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from ._serial import serialisable
from ._view import DocView, extension, set_extension, view_of
from .actors import actor_for
from .attribution_model import AUX_DEP_IDS, CANDIDATE_POS_IDS, Model, content_candidates, is_candidate, model as cue_model
from ..resources import data_text, json_data

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


@cache
def lexicon() -> dict:
    raw = dict(json_data("nlp/data/attribution.json"))
    raw["anonymous_re"] = re.compile("|".join(f"(?:{p})" for p in raw["anonymous"]), re.I)
    raw["anonymity_re"] = re.compile("|".join(f"(?:{p})" for p in raw["anonymity"]), re.I)
    # Whether any government word occurs in a text, as a substring (one scan rather than one per word).
    raw["government_re"] = re.compile("|".join(re.escape(w) for w in raw["government_words"]) or "(?!)")
    # Whether a text names a social medium as a word (one scan rather than one per medium; a medium
    # matches where its own pattern would, since the alternatives are tried in turn at each position).
    media = "|".join(re.escape(m) for m in raw["social_media"]) or "(?!)"
    raw["social_media_re"] = re.compile(rf"\b(?:{media})\b")
    raw["on_social_media_re"] = re.compile(rf"\bon (?:{media})\b")
    raw["hedges_re"] = re.compile(r"\b(" + "|".join(re.escape(h) for h in sorted(raw["hedges"], key=len, reverse=True)) + r")\b", re.I)
    for key in ("cues", "weak_cues", "social_cues", "role_words", "official_words", "document_heads", "social_heads",
                "media_words", "medium_words", "agentless", "raising", "not_speakers", "aside_modals", "as_saying", "complementizers", "media_people", "report_heads",
                "not_sources", "not_source_words", "addressee_cues", "headline_sources", "news_agencies", "experiencer_objects", "poll_heads", "verbal_event_roots", "handover_verbs", "handover_objects"):
        raw[key] = frozenset(raw[key])
    return raw


Frames = dict  # lemma -> frozenset of (pos, dep, side)


@cache
def frames(min_count: int = 3, min_ratio: float = 0.3) -> Frames:
    """The derived cue frames precise enough to use: annotated at least ``min_count`` times
    and in at least ``min_ratio`` of the times the parser produced them."""
    return read_frames(data_text("nlp/data/attribution_cues.tsv"), min_count, min_ratio)


def read_frames(table: str, min_count: int = 3, min_ratio: float = 0.3) -> Frames:
    """The frames of a table in the format of data/attribution_cues.tsv (see ``frames``)."""
    out: dict[str, set] = {}
    lines = [line for line in table.splitlines() if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        cue, seen = int(row["cue"]), int(row["seen"])
        if cue >= min_count and cue / max(seen, 1) >= min_ratio:
            out.setdefault(row["lemma"], set()).add((row["pos"], row["dep"], row["side"]))
    # The hand-made speech verbs always take a clause after or before them.
    for lemma in lexicon()["cues"]:
        out.setdefault(lemma, set()).update({("VERB", "ccomp", ">"), ("VERB", "ccomp", "<")})
    return {k: frozenset(v) for k, v in out.items()}


@serialisable()
@dataclass
class SourceSpan:
    start: int
    end: int
    text: str
    kind: str
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    anonymous: bool = False
    cue: str = ""
    cue_start: int = 0
    cue_end: int = 0


@serialisable("segments")
@dataclass
class ClaimSpan:
    segments: list[tuple[int, int]]  # content, as character spans (several for a split quote)
    kind: str  # direct, indirect, mixed, according_to
    chain: list[SourceSpan] = field(default_factory=list)
    medium: str | None = None
    outer_start: int | None = None  # where the outer link's content starts ("Y as saying that ...")

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def covers(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.segments)


# -- spans -----------------------------------------------------------------------------
_EDGE_PUNCT = " \t\n,.;:—–-\"'“”‘’"


def _text(doc: Doc) -> str:
    """The document's text, joined once: ``Doc.text`` re-joins every token on each call, and the
    finders ask for it per candidate, which made claim finding quadratic in the article's length."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        view = getattr(_reading, "view", None)
        if view is not None and view.doc is doc and len(view.tokens) == len(doc):
            # = Doc.text (each word's text and its trailing space), from the view's strings: spaCy's own join
            # makes a Token per word, which cost a tenth of the component's time on one-sentence documents.
            text = "".join([t.text + " " if space else t.text for t, space in zip(view.tokens, view.spaces)])
        else:
            text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


_TEXT_KEY = "eventwire.text"


def claims_of(doc: Doc) -> list[ClaimSpan] | None:
    """``doc._.claims``, the component's claims of ``doc`` (read without making ``doc._``: see _view.extension)."""
    return extension(doc, "claims")


def know_text(doc: Doc, text: str) -> None:
    """Tell the finders ``doc``'s text, for a Doc made of ``text`` (its text is that string, since spaCy's
    tokenizer keeps every character): the pipeline has it, and ``_text`` then need not join the words again."""
    doc.user_data[_TEXT_KEY] = text


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = _text(doc)
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def _subtree_chars(tok: Token, skip: set[int] = frozenset()) -> tuple[int, int]:
    view = getattr(_reading, "view", None)
    if view is not None and (view.doc is tok.doc or view is tok.doc):
        # A content's subtree is a whole clause: read from the view, without a spaCy Token made per word.
        ids = [t.i for t in view.tokens[tok.i].subtree if t.i not in skip]
        return view.idx[ids[0]], view.idx[ids[-1]] + len(view.tokens[ids[-1]].text)
    toks = [t for t in tok.subtree if t.i not in skip]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


# The view of the Doc whose claims this thread is finding (find_claims), if it was given one.
_reading = threading.local()


def _view(doc: Doc) -> DocView | None:
    """The view of ``doc`` this thread reads its words from (find_claims), if there is one."""
    view = getattr(_reading, "view", None)
    return view if view is not None and view.doc is doc else None


def _subtree(tok: Token) -> list:
    """A word's subtree, as the view of its Doc gives it when there is one (the same words in the same order)."""
    view = getattr(_reading, "view", None)
    if view is not None and (view.doc is tok.doc or view is tok.doc):
        return view.tokens[tok.i].subtree
    return list(tok.subtree)


def _children(tok: Token) -> list:
    """A word's children, as the view of its Doc gives them when there is one (the same words in the same
    order, without a spaCy Token made for each): for reading their ``i``, ``idx``, ``text``, ``dep_``, ``lower_``,
    ``pos_``, ``is_punct``, ``children`` and ``subtree`` (spaCy makes a Token for each child at each read of
    ``Token.children``, walking the words between the token's edges, and decodes each string it is asked for)."""
    view = getattr(_reading, "view", None)
    if view is not None and (view.doc is tok.doc or view is tok.doc):
        return view.tokens[tok.i].children
    return list(tok.children)


def _content(doc: Doc, head: Token, cut: frozenset[int] = frozenset()) -> tuple[int, int]:
    """A complement clause without its "that" and final punctuation (nor the words in ``cut``)."""
    marks = lexicon()["complementizers"]
    skip = {c.i for c in _children(head) if c.dep_ == "mark" and c.lower_ in marks} | cut
    start, end = _subtree_chars(head, skip)
    return _trim(doc, start, end)


def _second_cue(verb: Token) -> bool:
    """"The board said the pipes were old and said it would replace them": the parser hangs the second
    "said" from the first one's clause, as its conjunct. It is a speech verb with no subject of its own
    and a clause of its own after it: a second attribution of the first verb's speaker, no part of the
    first one's content (annotators of news give each its own)."""
    return verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.lemma_ in lexicon()["cues"] and \
        verb.pos_ == "VERB" and verb.head.head.lemma_ in lexicon()["cues"] and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
        any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _second_cue_words(kids: list[Token]) -> frozenset[int]:
    """The words of the second cues (``_second_cue``) hanging from a content's clauses, with the
    conjunction and punctuation before each: what the first cue's content leaves out."""
    out: set[int] = set()
    for kid in kids:
        if kid.dep_ != "ccomp":
            continue
        for conj in kid.children:
            if conj.i > kid.i and _second_cue(conj):
                first = min(t.i for t in _subtree(conj))
                out.update(t.i for t in _subtree(conj))
                out.update(c.i for c in kid.children if c.dep_ in ("cc", "punct") and c.i < first and
                           all(k in out or kid.doc[k].dep_ in ("cc", "punct") for k in range(c.i, first)))
    return frozenset(out)


def _cue_span(verb: Token, content: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The verb group: auxiliaries before it, an addressee or medium right after ("told reporters"),
    but never a word of the content ("urged voters to ...": the voters are what is urged)."""
    first = verb
    kids = _children(verb)  # (lefts and rights: the children before and after the verb, in order)
    i = verb.i
    for child in kids:
        if child.i < i and child.dep_ in ("aux", "auxpass", "neg") and child.i >= i - 3:
            first = child if child.i < first.i else first
    last = verb
    for child in kids:
        if child.i < i:
            continue
        if child.dep_ == "prep" and child.i == last.i + 1 and any(g.i in content for g in child.children):
            last = child  # "called for": the preposition whose object is the content
            break
        if child.i in content:
            break
        if child.i == last.i + 1 and child.dep_ in ("dobj", "dative", "prt") and child.pos_ in ("NOUN", "PROPN", "PRON", "ADP"):
            last = child
        elif child.i == last.i + 1 and child.dep_ == "prep" and child.lower_ in ("in", "on", "to") and _medium_phrase(child):
            last = list(child.subtree)[-1]
    return first.idx, last.idx + len(last.text)


def _medium_phrase(prep: Token) -> bool:
    return bool({t.lower_ for t in _subtree(prep)} & lexicon()["medium_words"])


# -- sources ---------------------------------------------------------------------------
def classify(doc: Doc, start: int, end: int, cue_lemma: str = "") -> SourceSpan:
    lex = lexicon()
    span = doc.char_span(start, end, alignment_mode="expand")
    text = _text(doc)[start:end]
    low = text.lower()
    actor = None
    # The span's words and its root, read once (from the view of the Doc when there is one: the same answers
    # without a spaCy Token made, and its strings decoded, at each read); ``None`` when no words are covered.
    view = _view(doc)
    words_of: list | None = None
    root = None
    if span is not None:
        root = span.root
        if view is not None:
            words_of, root = view.tokens[span.start:span.end], view.tokens[root.i]
        else:
            words_of = list(span)
        owner = doc if view is None else view  # actor_for reads the actors through ``owner._`` (the view's is read once)
        for tok in words_of:
            actor = actor_for(owner, tok) or actor
            if actor is not None and actor.code:
                break
    head = root.lower_ if root is not None else low.split()[-1] if low.split() else ""
    words = set(_WORD.findall(low))
    anonymous = bool(lex["anonymous_re"].search(low)) and not (words_of is not None and any(t.ent_type_ == "PERSON" for t in words_of))
    src = SourceSpan(start, end, text, "person", anonymous=anonymous)
    if actor is not None and actor.code:
        src.code, src.sector, src.name = actor.code, actor.sector, actor.name
    if anonymous:
        src.kind = "official" if words & lex["official_words"] else ("person" if words & {"person", "people", "insider", "insiders"} - {"people"} else "anonymous")
        if not words & lex["role_words"] or head in ("source", "sources"):
            src.kind = "anonymous"
    elif head in lex["report_heads"] and words_of is not None and _is_media(words_of, words - {"report"}, "report"):
        src.kind = "media"  # "The Asian Lite report further asserted": the outlet speaks through its report
    elif head in lex["document_heads"] or (root is not None and root.lemma_ in lex["document_heads"]):
        src.kind = "document"
    elif head in lex["social_heads"] and root is not None and root.pos_ != "PROPN":
        src.kind = "social_post"  # "a post on X"; but "the Meridian Post" is a newspaper
    elif _is_media(words_of, words, cue_lemma):
        src.kind = "media"
    elif words & lex["official_words"] or (actor is not None and actor.kind == "person" and actor.sector in ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO")):
        src.kind = "official"
    elif lex["government_re"].search(low) or (actor is not None and actor.kind in ("country", "group") and actor.sector in ("GOV", None)):
        src.kind = "government" if actor is None or actor.kind != "organization" else "organization"
    elif actor is not None and actor.kind == "organization" or (root is not None and root.ent_type_ in ("ORG", "NORP")):
        src.kind = "organization"
    elif root is not None and root.lower_ in ("he", "she", "him", "her") and actor is not None and actor.sector:
        src.kind = "official"
    return src


_WORD = re.compile(r"[\w'-]+")


def _is_media(span: Span | list | None, words: set[str], cue_lemma: str) -> bool:
    """``span``: the source's words (a Span, or a list of its words)."""
    media = lexicon()["media_words"]
    if span is None:
        return False
    proper = any(t.pos_ == "PROPN" for t in span)
    if words & lexicon()["media_people"]:
        return True
    if proper and words & media:
        return True
    # An organisation that "reports" is, in practice, a publication.
    return proper and cue_lemma in ("report", "quote", "publish") and not any(t.ent_type_ in ("PERSON", "GPE") for t in span)


def _phrase_source(doc: Doc, tok: Token, cue_lemma: str, skip: set[int] = frozenset()) -> SourceSpan | None:
    start, end = _trim(doc, *_subtree_chars(tok, skip))
    cut = _text(doc).rfind("\n", start, end)
    if cut != -1:  # the parser joined a headline or a timestamp line to the sentence: the source is after it
        start, end = _trim(doc, cut + 1, end)
    clock = None
    for clock in _CLOCK.finditer(_text(doc), start, end):
        pass
    if clock is not None:  # a live blog's "February 6, 2016 10:57PMJane Roe said": the entry's time stamp, glued on
        start = clock.end()
    dateline = _dateline().match(_text(doc), start, end)
    if dateline:  # "WASHINGTON (AP) — Jane Roe said": the parser took the dateline into the subject
        start = dateline.end()
    if end <= start or not any(ch.isalnum() for ch in _text(doc)[start:end]):
        return None  # punctuation only; but a share of a poll's respondents speaks too ("42% say")
    return classify(doc, start, end, cue_lemma)


# A clock time ("10:57PM", "8:47 p.m."): no part of a speaker's name.
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)")


@cache
def _dateline() -> re.Pattern:
    """A wire story's opening "CITY, Date (AGENCY) —": where and who filed it, never who speaks."""
    agencies = "|".join(re.escape(a) for a in lexicon()["news_agencies"])
    return re.compile(rf"[A-Z][\w .,'-]{{0,60}}?\((?:{agencies})\)\s*(?:[—–-]{{1,2}}\s*|$)")


def _source_of(doc: Doc, verb: Token, skip: frozenset[int] = frozenset(), passive_subject: bool = True) -> SourceSpan | None:
    """The verb's subject. With ``passive_subject`` False, a passive's subject is not its source:
    "X was criticized" names whom, not who; the agent ("by Y") is the source, if any."""
    if not passive_subject and _is_passive(verb):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return _phrase_source(doc, pobj, verb.lemma_) if pobj is not None else None
    for child in _children(verb):
        if child.dep_ in ("nsubj", "nsubjpass") and not (child.dep_ == "nsubjpass" and child.lower_ == "it"):
            if child.i in skip:
                return None
            child = doc[child.i]  # (the finders below take the Doc's own Token)
            if child.lower_ in lexicon()["not_source_words"]:
                # "officials who said ...": the span is the relative pronoun, as annotators mark it, and
                # the name is the noun the clause hangs from, which is who speaks.
                if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
                    return None
                src = classify(doc, child.idx, child.idx + len(child.text), verb.lemma_)
                first = min(t.i for t in _subtree(verb))
                named = _phrase_source(doc, verb.head, verb.lemma_, {t.i for t in _subtree(verb.head) if t.i >= first})
                if named is not None:
                    src.kind, src.code, src.sector = named.kind, named.code, named.sector
                    src.name, src.anonymous = named.name or named.text, named.anonymous
                return src
            return _phrase_source(doc, child, verb.lemma_)
    return None


def _inherited_source(doc: Doc, verb: Token) -> SourceSpan | None:
    """A cue with no subject of its own speaks for the subject of the verb it hangs from:
    "X rejected the offer, saying ...", "X said A and added B", "X declined to say"."""
    if _second_cue(verb):  # "X said A and said B": X, not A's subject
        return _source_of(doc, verb.head.head)
    head = verb
    for _ in range(2):
        if head.dep_ not in ("advcl", "conj", "xcomp") or head.head is head:
            return None
        head = head.head
        src = _source_of(doc, head)
        if src is not None:
            if verb.dep_ == "xcomp":  # "X urged Y to act": Y, the object, is who is to act
                obj = next((c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)
                if obj is not None:
                    return _phrase_source(doc, obj, verb.lemma_) or src
            return src
    return None


def _adjacent_subject(doc: Doc, verb: Token, content: frozenset[int] = frozenset()) -> SourceSpan | None:
    """A cue the parser left without a subject, right after a noun phrase: "..., Speaker Jane Roe's office
    announced that ...", where the parser hung the phrase from an earlier word. The phrase just before
    the cue (adverbs aside) is who speaks, when it is a name, noun or pronoun of the same sentence."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("xcomp", "acl", "amod", "relcl", "pcomp", "advcl") or \
            verb.tag_ in ("VBG", "VBN") and not any(c.dep_ == "aux" for c in verb.children):
        return None  # participles and infinitives take their source from elsewhere, or have none
    k = verb.i - 1
    while k >= verb.sent.start and (doc[k].pos_ == "ADV" or doc[k].dep_ in ("aux", "neg")):
        k -= 1
    if k < verb.sent.start or k in content:
        return None
    head = doc[k]
    # A number too: "About 4 in 10 say ...", where the parser hangs the share from the verb as a modifier.
    if head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or head.lower_ in lexicon()["not_source_words"]:
        return None
    first = min(t.i for t in _subtree(head))
    if first in content or head.is_ancestor(verb):
        return None
    return _phrase_source(doc, head, verb.lemma_, {t.i for t in _subtree(head) if t.i > head.i})


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _fronted_subject(doc: Doc, verb: Token, content: frozenset[int] = frozenset()) -> SourceSpan | None:
    """"Jane Roe, a Hollywood rabbi helping to organize the boycott, said ...", "Jane Roe, meanwhile, who
    sits on the board, said ...": a subject long enough to be set off by commas, which the parser hung
    elsewhere (as an apposition of an earlier name, or as a clause of its own), leaving a finite cue
    verb with no subject at all. The phrase opening the sentence (after an opening phrase of time or
    place and its comma, "In a May message to X, ...") up to the comma before the cue is who speaks,
    when it starts with a name or a noun phrase."""
    if verb.pos_ != "VERB" or verb.i < 2:
        return None
    k = verb.i - 1  # the comma closing the subject, adverbs and auxiliaries aside (the cheapest test first)
    while k > 0 and (doc[k].pos_ == "ADV" or doc[k].dep_ in ("aux", "neg")):
        k -= 1
    if doc[k].text != "," or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
        return None  # participles and infinitives take their source from elsewhere, or have none
    sent = verb.sent
    if k <= sent.start:
        return None
    first = sent.start
    while first < k and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if doc[first].pos_ in ("ADP", "SCONJ", "ADV"):  # an opening phrase: the subject follows its comma
        comma = next((j for j in range(first, k) if doc[j].text == ","), None)
        if comma is None:
            return None
        first = comma + 1
    # Where the phrase ends: a last piece that is itself an adverb or a phrase of time or place
    # (", meanwhile,", ", on Tuesday,") belongs to the verb.
    end = k
    last_comma = max((j for j in range(first, k) if doc[j].text == ","), default=None)
    if last_comma is not None and doc[last_comma + 1].pos_ in ("ADP", "ADV"):
        end = last_comma
    words = doc[first:end]
    if not len(words) or doc[first].pos_ not in ("PROPN", "DET", "NUM", "NOUN", "ADJ") or \
            not any(t.pos_ in ("PROPN", "NOUN") for t in words[:4]) or any(t.i in content for t in words) or \
            any(t.is_space or t.text in ("\"", "“", "”", ":", ";") for t in words):
        return None
    start, stop = _trim(doc, words[0].idx, words[-1].idx + len(words[-1].text))
    return classify(doc, start, stop, verb.lemma_) if stop > start else None


def _with_cue(src: SourceSpan, doc: Doc, start: int, end: int) -> SourceSpan:
    src.cue, src.cue_start, src.cue_end = _text(doc)[start:end], start, end
    return src


# -- finders ---------------------------------------------------------------------------
def _content_children(tok: Token, allowed: frozenset, cue_frames: Frames) -> list[Token]:
    """The children of a cue that carry its content, by the cue's frames, all on one side.
    A child that is itself a cue ("rejected the offer, saying ...") is an attribution of its own."""
    pos = tok.pos_ if tok.pos_ in ("NOUN", "ADJ") else "VERB"
    kids = [c for c in tok.children if (pos, c.dep_, "<" if c.i < tok.i else ">") in allowed
            and not (c.dep_ in ("advcl", "conj") and c.lemma_.lower() in cue_frames)]
    # "talked about X", "called for X": the preposition belongs to the cue, its object is the content.
    kids += [g for c in tok.children if c.dep_ == "prep" and c.i > tok.i and (pos, f"prep_{c.lower_}", ">") in allowed
             for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if not kids:
        return []
    after = [c for c in kids if c.i > tok.i]
    # Content after the cue is the usual case; content before it ("Z, X said") when none follows.
    return after or kids


def _in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls inside one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (offset, 1 << 60)) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


_CUE_POS_IDS = frozenset({VERB, AUX, NOUN, ADJ})
_LOWER_LEMMAS: dict[int, str] = {}  # a lemma's hash -> the lemma lowercased (a hash names one string everywhere)


def _lower_lemma(lemma_id: int, strings) -> str:
    if len(_LOWER_LEMMAS) > 200_000:  # a long-running process meets ever new words: keep the memo bounded
        _LOWER_LEMMAS.clear()
    lemma = _LOWER_LEMMAS[lemma_id] = strings[lemma_id].lower()
    return lemma


def _indirect(doc: Doc, cue_frames: Frames | None = None, quotes: list[tuple[int, int]] = (), view: DocView | None = None) -> list[ClaimSpan]:
    lex = lexicon()
    cue_frames = cue_frames if cue_frames is not None else frames()
    claims = []
    xcomp_content: set[int] = set()
    as_saying = _as_saying_re().search(_text(doc)) is not None
    strings = doc.vocab.strings
    # Parts of speech and lemmas are read as numbers, all at once: a Token is made only for a word with
    # cue frames (most words have none, and making each Token and decoding its strings cost more).
    rows = zip(view.pos_ids, view.lemma_keys) if view is not None else doc.to_array([POS, LEMMA]).tolist()
    for i, (pos_id, lemma_id) in enumerate(rows):
        if pos_id not in _CUE_POS_IDS or i in xcomp_content:
            continue  # "declined to say who ...": "to say" is the content of "declined", not a second claim
        lemma = _LOWER_LEMMAS.get(lemma_id)
        if lemma is None:
            lemma = _lower_lemma(lemma_id, strings)
        allowed = cue_frames.get(lemma)
        if not allowed:
            continue
        tok = doc[i]
        # The word's strings read from the view when there is one (a spaCy Token decodes them at each read).
        word = tok if view is None else view.tokens[i]
        word_lemma, word_pos = word.lemma_, word.pos_
        if word.lower_ == "citing":
            continue  # "Citing X, Y said": X joins Y's chain (_citing), it is not a claim of its own
        if word_pos != "NOUN" and word_lemma in lex["cues"] and as_saying:
            nested = _as_saying(doc, tok)
            if nested is not None:
                claims.append(nested)
                continue
        hand = word_lemma in lex["cues"] and word_pos not in ("NOUN", "ADJ")
        if not hand and quotes and _in_spans(word.idx, quotes):
            continue  # the derived frames were measured outside quotes; inside one, the quoted speaker owns the words
        if view is None:
            kids = _content_children(tok, allowed, cue_frames)
        else:  # the children read from the view (most cues have no content child); the rest use the Doc's tokens
            kids = [doc[k.i] for k in _content_children(word, allowed, cue_frames)]
        if not kids:
            trailing = _trailing_speaker(doc, tok, quotes) if hand and word_lemma not in lex["weak_cues"] else None
            if trailing is not None:
                claims.append(trailing)
            continue
        if hand and word_lemma in lex["weak_cues"] and all(k.dep_ == "ccomp" for k in kids) and \
                not any(c.dep_ == "mark" for k in kids for c in k.children):
            continue  # "found the bodies were ...": a weak cue attributes only with "that"
        if any(k.dep_ == "ccomp" and k.pos_ not in ("VERB", "AUX") for k in kids) and len(kids) == 1:
            continue
        cut = _second_cue_words(kids) if hand else frozenset()
        content_idx = frozenset(t.i for k in kids for t in _subtree(k)) - cut
        passive = _is_passive(tok)
        if word_pos == "NOUN":
            source = _noun_source(doc, tok)
        elif word_pos == "ADJ":  # "X is critical of Y": the adjective's bearer holds the stance
            source = _source_of(doc, tok.head) if word.dep_ == "acomp" else None
        elif _raising(tok):
            source = _raised_source(doc, tok, cue_frames)  # "X seems to ...": the writer's impression, not X's claim
        else:
            source = _source_of(doc, tok, content_idx, passive_subject=False) or \
                (None if passive else _inherited_source(doc, tok) or _adjacent_subject(doc, tok, content_idx)
                 or _fronted_subject(doc, tok, content_idx))
        if source is not None and source.start >= 0 and quotes and _in_spans(source.start, quotes) and not _in_spans(word.idx, quotes):
            # "'My bosses, whoever they were,' said Jane Roe, 'heard it first'": the parser took the quote's
            # words for the subject; the speaker is the subject after the cue, outside the marks.
            after = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i and not _in_spans(c.idx, quotes)), None)
            source = _phrase_source(doc, after, word_lemma) if after is not None else source
        if source is None:
            aside = any(c.dep_ == "aux" and c.lower_ in lex["aside_modals"] for c in tok.children)
            sourceless = (passive or _raising(tok) or any(c.dep_ == "expl" for c in tok.children)) and not aside
            if word_pos in ("NOUN", "ADJ") or not sourceless or word.dep_ in ("amod", "acl"):
                continue  # "it may be noted that": the writer's aside, no one else's claim
            # "It was reported that ...": a link whose source is not named (start = end = -1).
            source = SourceSpan(-1, -1, "", "anonymous", anonymous=True)
        start, end = _span_content(doc, kids, cut)
        end = _run_on(doc, tok, end)
        if end <= start or lex["anonymity_re"].match(_text(doc)[start:end]):
            continue  # "who asked not to be named": why the source is anonymous, not a claim
        xcomp_content.update(k.i for k in kids if k.dep_ == "xcomp")
        segments = [(start, end)]
        inverted = _inverted_speaker(doc, tok, segments) if hand else _experiencer(doc, tok)
        if inverted is not None:
            source, segments = inverted
        chain = [_with_cue(source, doc, *_cue_span(tok, content_idx))]
        claims.append(ClaimSpan(segments, "indirect", chain, medium=_medium(doc, tok)))
    return claims


def _experiencer(doc: Doc, verb: Token) -> tuple[SourceSpan, list[tuple[int, int]]] | None:
    """"Her position has angered some Democrats": a verb whose object feels what its subject causes. The
    object holds the stance (PolNeAR's source), the subject is what it is about (the content)."""
    if verb.lemma_ not in lexicon()["experiencer_objects"] or _is_passive(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if obj is None or subj is None or subj.lower_ in lexicon()["not_source_words"]:
        return None
    src = _phrase_source(doc, obj, verb.lemma_)
    start, end = _trim(doc, *_subtree_chars(subj))
    return (src, [(start, end)]) if src is not None and end > start else None


def _inverted_speaker(doc: Doc, verb: Token, segments: list[tuple[int, int]]) -> tuple[SourceSpan, list[tuple[int, int]]] | None:
    """"The plan, said Jane Roe, a councillor, would cost too much": a speaker inverted in the middle of
    the content. The parser takes the words before the cue for its subject, and the speaker for the
    subject of the clause after it (or for a second subject of the cue); the speaker is the phrase right
    after the cue, set off by commas, and the content is the two pieces around the cue and the speaker."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    heads = [verb] + [k for k in verb.children if k.dep_ == "ccomp" and k.i > verb.i]
    inner = next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i
                  and min(t.i for t in _subtree(c)) == verb.i + 1), None)
    if inner is None or inner.pos_ not in ("PROPN", "NOUN"):
        return None
    last = max(t.i for t in _subtree(inner))
    if not (doc[last].text == "," or last + 1 < len(doc) and doc[last + 1].text == ","):
        return None
    src = _phrase_source(doc, inner, verb.lemma_)
    if src is None:
        return None
    rest_start = doc[last].idx + len(doc[last].text)
    pieces = [_trim(doc, *_subtree_chars(subj))]
    pieces += [_trim(doc, max(s, rest_start), e) for s, e in segments if e > rest_start]
    return src, [(s, e) for s, e in pieces if e > s]


# What may follow a trailing speaker's verb before the sentence ends: whom it was told, when, where.
# (Besides the paragraph break itself: the parser hangs the blank-line token after a paragraph's last
# sentence from its final stop, so it sits in the verb's subtree of every speaker that ends a paragraph.)
_TRAILING_TAIL = frozenset({"dobj", "dative", "npadvmod", "prep", "advmod", "punct", "prt", "pobj", "det", "compound",
                            "amod", "nummod", "pcomp", "poss", "case"})


def _raising(verb: Token) -> bool:
    """"X seems to ...", but not "X is looking to ...": in the progressive these verbs are X's own aim."""
    return verb.lemma_ in lexicon()["raising"] and verb.tag_ != "VBG"


def _is_passive(verb: Token) -> bool:
    """A passive cue, whose subject is not its source: "X was asked", and also the bare participle
    "Asked whether ..., X said", where X is who was asked and the asker (the reporter) is unnamed.
    "He's said he ..." is "has said": the parser reads the contracted "'s" as a passive's "is", but a
    passive cue takes no clause of its own after it unless its subject is an empty "it"."""
    kids = _children(verb)
    marks = [c for c in kids if c.dep_ in ("nsubjpass", "auxpass")]
    if marks:
        contracted = all(c.lower_ in ("'s", "’s") for c in marks if c.dep_ == "auxpass")
        subject_it = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in marks)
        has_clause = any(c.dep_ == "ccomp" and c.i > verb.i for c in kids)
        return not (contracted and has_clause and not subject_it)
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i and \
        not any(c.dep_ in ("nsubj", "aux") for c in kids)


def _raised_source(doc: Doc, verb: Token, cue_frames: Frames) -> SourceSpan | None:
    """"X seemed to urge a pause": a raising verb over a cue verb. The seeming is the writer's view, but
    the urging is X's, so X is the source; over any other verb ("X seems to be tired") there is none."""
    comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if comp is not None and comp.lemma_.lower() in cue_frames:
        return _source_of(doc, verb)
    # "X seemed hopeful that ...": an adjective of stance with its own clause is X's stance too.
    adj = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp") and c.pos_ == "ADJ"), None)
    if adj is not None and any(c.dep_ == "ccomp" for c in adj.children):
        return _source_of(doc, verb)
    return None


def _trailing_speaker(doc: Doc, verb: Token, quotes: list[tuple[int, int]]) -> ClaimSpan | None:
    """"The talks include a new offer, Defense Minister Jane Roe told a panel Wednesday.": the speaker
    after the content, where the parser made the cue a conjunct of the content (or gave it two subjects)
    instead of taking the content as its complement. The sentence up to the comma before the speaker is
    the content, when the cue ends the sentence (only whom, when or where after it) and no quote is
    involved (quotes have their own speaker rules)."""
    if verb.dep_ not in ("ROOT", "conj"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    sent = verb.sent
    if not subjects and len(after) == 1 and doc[verb.i - 1].text == ",":
        # "The mill is under pressure from imports, said Jane Roe, its chief executive.": the speaker after
        # the verb; the cue (and no more) follows the comma that ends the content.
        subj, first = after[0], verb.i
        own = {t.i for t in subj.subtree}
        if any(t.i > verb.i and t.i not in own and t.dep_ not in _TRAILING_TAIL and not t.is_space for t in verb.subtree):
            return None
    else:
        if not subjects:
            return None
        subj = subjects[-1]
        first = min(t.i for t in subj.subtree)
        if any(t.i > verb.i and t.dep_ not in _TRAILING_TAIL and not t.is_space for t in verb.subtree):
            return None
    if first - 1 <= sent.start or doc[first - 1].text != ",":
        return None
    if verb.lemma_ not in lexicon()["addressee_cues"] and any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # "..., his brother said nothing": what was said is the object, not the clause before
    start, end = _trim(doc, sent.start_char, doc[first - 1].idx)
    if end - start < 15 or any(s < end and start < e for s, e in quotes) or "\n" in _text(doc)[start:end]:
        return None
    src = _phrase_source(doc, subj, verb.lemma_)
    if src is None:
        return None
    return ClaimSpan([(start, end)], "indirect", [_with_cue(src, doc, *_cue_span(verb))], medium=_medium(doc, verb))


def _span_content(doc: Doc, kids: list[Token], cut: frozenset[int] = frozenset()) -> tuple[int, int]:
    spans = [_content(doc, k, cut) for k in kids]
    return min(s for s, _ in spans), max(e for _, e in spans)


def _run_on(doc: Doc, cue: Token, end: int) -> int:
    """Where a content after its cue really ends: the parser sometimes leaves the clause's last words
    unattached ("... spoke to the Army Chief of Staff (COAS) Jane Roe in the aftermath."), hanging them
    from the cue as ``dep`` (or as an object after its clause, where no object goes); when they follow
    the content with only punctuation between, they are its end."""
    text = _text(doc)
    kids = _children(cue)
    clausal = any(c.dep_ == "ccomp" and c.idx < end for c in kids)
    for child in kids:
        if not (child.dep_ == "dep" or child.dep_ == "dobj" and clausal) or child.idx < end or child.is_punct or child.is_space:
            continue
        first, last = _subtree_chars(child)
        if first >= end and not text[end:first].strip(_EDGE_PUNCT + "()") and "\n" not in text[end:first]:
            end = _trim(doc, first, last)[1]
    return end


def _noun_source(doc: Doc, noun: Token) -> SourceSpan | None:
    """"his claim that ...", "the claim by X that ...", "a statement from X"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return classify(doc, *_trim(doc, *_subtree_chars(child)), noun.lemma_)
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return classify(doc, *_trim(doc, *_subtree_chars(pobj)), noun.lemma_)
    mistagged = _verb_tagged_noun(noun)
    if mistagged is not None:
        return classify(doc, *_trim(doc, mistagged[0].idx, noun.idx), noun.lemma_)
    if noun.dep_ in ("dobj", "pobj") and noun.lower_ in lexicon()["medium_words"]:  # "X issued a statement saying ..."
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        if verb.pos_ in ("VERB", "AUX"):
            return _source_of(doc, verb)
    return None


def _verb_tagged_noun(noun: Token) -> list[Token] | None:
    """"Trump predicts that ...", "Many fear Trump will ...": a cue verb the tagger read as a noun (the
    sentence's root, its subject hung on it as a modifier, a clause with a subject of its own after it).
    The modifiers before it, with no determiner, are its subject: who speaks. Returns those words."""
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
        return None
    lefts = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "nsubj")]
    if not lefts or any(c.dep_ in ("det", "poss") for c in noun.lefts):
        return None
    if not any(c.i > noun.i and c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in noun.children):
        return None
    return [t for t in noun.doc[min(t.i for c in lefts for t in c.subtree):noun.i]]


@cache
def _as_saying_re() -> re.Pattern:
    """Whether a text can hold "as saying" (or another ``as_saying`` participle after "as"): most texts do
    not, and then no cue verb's subtree is walked for it."""
    words = "|".join(re.escape(w) for w in sorted(lexicon()["as_saying"]))
    return re.compile(rf"\bas\s*(?:{words})\b", re.I)


def _as_saying(doc: Doc, verb: Token) -> ClaimSpan | None:
    """"X has reported Y as saying that Z" and "Y was quoted as saying that Z"."""
    as_saying = lexicon()["as_saying"]
    saying = next((t for t in verb.subtree if t.lower_ in as_saying and t.i > verb.i and doc[t.i - 1].lower_ == "as"), None)
    if saying is None:
        return None
    comp = next((c for c in saying.children if c.dep_ in ("ccomp", "xcomp")), None)
    if comp is None:
        return None
    start, end = _content(doc, comp)
    inner_cue = (doc[saying.i - 1].idx, saying.idx + len(saying.text))
    outer = _source_of(doc, verb)
    mentioned = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    chain: list[SourceSpan] = []
    if passive and outer is not None:  # "Y was quoted as saying": Y speaks, reported by someone unnamed
        cue_start = _cue_span(verb)[0]
        chain = [_with_cue(outer, doc, cue_start, inner_cue[1])]
        return ClaimSpan([(start, end)], "indirect", chain)
    if outer is not None:
        chain.append(_with_cue(outer, doc, *_cue_span(verb)))
    if mentioned is not None:
        s, e = _trim(doc, *_subtree_chars(mentioned, {t.i for t in saying.subtree} | {saying.i - 1}))
        chain.append(_with_cue(classify(doc, s, e, "say"), doc, *inner_cue))
    if not chain:
        return None
    claim = ClaimSpan([(start, end)], "indirect", chain)
    claim.outer_start = chain[1].start if len(chain) > 1 else None
    return claim


def _medium(doc: Doc, verb: Token) -> str | None:
    lex = lexicon()
    if verb.lemma_ in lex["social_cues"]:
        return "social_post"
    for child in _children(verb):
        if child.dep_ == "prep" and child.lower_ in ("on", "in"):
            words = " ".join(t.lower_ for t in _subtree(child))
            if lex["social_media_re"].search(words) or "post" in words.split():
                return "social_post"
    return None


_CITING = re.compile(r"(?:^|(?<=[,;]\s))(?:[Cc]iting)\s+([^,.;]+?)(?=,|\.|;|\s+that\b)")


def _citing(doc: Doc, claims: list[ClaimSpan]) -> list[ClaimSpan]:
    """"Citing X, Y reported that ...": X joins the chain of the sentence's claim, after Y."""
    extra = []
    if "iting" not in _text(doc):
        return extra  # the pattern needs "citing" or "Citing": most texts are not read sentence by sentence
    for sent in doc.sents:
        for m in _CITING.finditer(sent.text):
            s, e = sent.start_char + m.start(1), sent.start_char + m.end(1)
            cue_s = sent.start_char + m.start()
            src = _with_cue(classify(doc, s, e, "cite"), doc, cue_s, cue_s + len("citing"))
            host = [c for c in claims if sent.start_char <= c.start < sent.end_char and c.kind != "direct"]
            if host:
                host[0].chain.append(src)
            else:
                start, end = _trim(doc, e, sent.end_char)
                extra.append(ClaimSpan([(start, end)], "according_to", [src]))
    return extra


# A line of a headline in title case: "Jane Roe Slams Council Over Water Fees". The tagger reads every
# word of such a line as a proper noun, so neither the cue frames nor the learnt scorer see its verb.
_TITLE_LINE = re.compile(r"(?m)^[^\n]{12,150}$")
_TWO_LOWER_WORDS = re.compile(r"\b[a-z][a-z'’-]{3,}\b.*?\b[a-z][a-z'’-]{3,}\b")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_TITLE_SPEAKER_WORDS = 5  # a headline's speaker is a short name: a cue-like word further on is no verb ("... In Swing States")


def _title_verb(word: str, cue_frames: Frames) -> bool:
    """Whether a capitalised word is a cue verb's third person or past form ("Slams", "Says", "Endorsed",
    "Dismissed") whose frames take an object or a clause after it."""
    low = word.lower()
    if not (low.endswith("s") or low.endswith("ed")) or low.endswith("ss"):
        return False
    for stem in (low[:-1], low[:-2]):  # "slams" -> "slam", "endorsed" -> "endorse", "dismissed" -> "dismiss"
        frames_of = cue_frames.get(stem)
        if frames_of and any(pos == "VERB" and dep in ("dobj", "ccomp") and side == ">" for pos, dep, side in frames_of):
            return True
    return False


def _title_headlines(doc: Doc, claims: list[ClaimSpan], cue_frames: Frames) -> list[ClaimSpan]:
    """"Jane Roe Slams Council Over Water Fees", "Water Board Says Rates Will Rise": a title-case
    headline line whose verb is a cue. The words before the verb (after a live blog's time stamp) are
    who speaks, the words after it what is said. A line already holding a claim is left alone."""
    text = _text(doc)
    out = []
    for m in _TITLE_LINE.finditer(text):
        line = m.group(0)
        if _TWO_LOWER_WORDS.search(line):
            continue  # running text (most lines): found after a few words, before the costlier count below
        words = _TITLE_WORD.findall(line)
        long_words = [w for w in words if len(w) > 3]
        if not 3 <= len(words) <= 25 or len(long_words) < 3 or sum(w[0].isupper() for w in long_words) < len(long_words) - 1 \
                or line.rstrip().endswith((".", "?", "!", ":", "”", '"')) and not line[:1].isupper():
            continue
        for w in list(_TITLE_WORD.finditer(line))[1:_TITLE_SPEAKER_WORDS + 1]:
            if not w.group(0)[0].isupper() or not _title_verb(w.group(0), cue_frames):
                continue
            if any(c.start < m.end() and m.start() < c.end for c in claims):
                break
            src_start, src_end = _trim(doc, m.start(), m.start() + w.start())
            clock = None
            for clock in _CLOCK.finditer(text, src_start, src_end):
                pass
            if clock is not None:  # "February 6, 2016 9:09PM Jane Roe Says ...": the entry's time stamp
                src_start = clock.end()
            start, end = _trim(doc, m.start() + w.end(), m.end())
            if src_end - src_start < 3 or end - start < 3 or not text[src_start:src_start + 1].isupper():
                break
            src = classify(doc, src_start, src_end, w.group(0).lower())
            out.append(ClaimSpan([(start, end)], "indirect",
                                 [_with_cue(src, doc, m.start() + w.start(), m.start() + w.end())]))
            break
    return out


# "PENCE: Well, the question is ...": a transcript line, its speaker in capitals before a colon.
# A transcript pasted as a quote may open each line with a quotation mark ('"WALLACE: ...').
_TRANSCRIPT = re.compile(r"(?m)^[\"“]?([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):[ \t]+(?=[A-Za-z“\"])([^\n]+)")


# "Jane Roe: Talks Will Resume in May": a headline or line that opens with a speaker's name and a colon.
_NAMED_LINE = re.compile(r"(?m)^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(?=[A-Za-z“\"‘'])([^\n]+)")


def _named_line(doc: Doc, m: re.Match) -> bool:
    """Whether a title-case "Name: words" line is someone speaking: the name is a person or an
    organisation the NER knows (not "Poll:", "Iowa:", "Contributing:"), not one of the paper's
    labels, and what follows is more than a figure or a list of names."""
    name, rest = m.group(1), m.group(2)
    if name.isupper() or name.startswith("The ") or name.lower() in lexicon()["not_speakers"]:
        return False
    if len(re.findall(r"[A-Za-z]{2,}", rest)) < 3 or rest.count(",") >= 3:
        return False
    if name.lower() in lexicon()["headline_sources"]:
        return True  # "Poll: Roe leads in Ohio": the poll is who says so, as annotators of news count it
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None:
        return False
    if span[-1].ent_type_ in ("PERSON", "ORG"):
        return True
    # A headline's bare surname ("Roe: Talks Will Resume") is often missed by the NER, which has little
    # context there; the article names the same person or body in full further on.
    last = span[-1].text
    return span[-1].is_title and any(
        e.label_ in ("PERSON", "ORG") and e[-1].text == last and e.start_char > m.end() for e in doc.ents)


def _transcript(doc: Doc) -> list[ClaimSpan]:
    claims = []
    text = _text(doc)
    # A transcript line is the speaker's own words; a headline's "Name:" line most often paraphrases them.
    lines = [(m, "direct") for m in _TRANSCRIPT.finditer(text)]
    lines += [(m, "indirect") for m in _NAMED_LINE.finditer(text) if _named_line(doc, m)]
    for m, kind in lines:
        if m.group(1).lower() in lexicon()["not_speakers"]:
            continue  # "UPDATE:", "CLARIFICATION:": the paper's own labels
        start, end = _trim(doc, m.start(2), m.end(2))
        if end > start:
            src = _with_cue(classify(doc, m.start(1), m.end(1)), doc, m.end(1), m.end(1) + 1)
            claims.append(ClaimSpan([(start, end)], kind, [src]))
    return claims


def _loose_phrase(doc: Doc, first: int) -> tuple[Token, tuple[int, int]] | None:
    """The words from ``first`` to the next comma or the sentence's end, and their last noun: the
    phrase after "according to" when the parser gave "to" no object ("..., according to the F.A.A."
    at a paragraph's end is often parsed as loose punctuation)."""
    if first >= len(doc):
        return None
    end = first
    sent_end = doc[first].sent.end
    while end < sent_end and not doc[end].is_space and doc[end].text not in (",", ";", ":", "—", "(", "“", '"') and \
            not (doc[end].text == "." and end == sent_end - 1):
        end += 1
    nouns = [t for t in doc[first:end] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not nouns or end - first > 12:
        return None
    s, e = _trim(doc, doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return (nouns[-1], (s, e)) if e > s else None


def _according_to(doc: Doc) -> list[ClaimSpan]:
    claims = []
    if "according" not in _text(doc).lower():
        return claims  # no token can be "according": the loop below would only make every Token
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        if pobj is None:
            phrase = _loose_phrase(doc, tok.i + 2)
            if phrase is None:
                continue
            pobj, (s, e) = phrase
        else:
            s, e = _trim(doc, *_subtree_chars(pobj))
        if pobj.lemma_.lower() in lexicon()["not_sources"] or pobj.lower_ in lexicon()["not_sources"]:
            continue  # "according to a formula", "according to the plan": a rule, not someone who says so
        src = _with_cue(classify(doc, s, e, "according"), doc, tok.idx, doc[tok.i + 1].idx + 2)
        sent = tok.sent
        phrase_end = max(e, doc[tok.i + 1].idx + 2)
        if tok.idx - sent.start_char <= 2:  # "According to X, Z"
            start, end = _trim(doc, phrase_end, sent.end_char)
        else:  # "Z, according to X"
            start, end = _trim(doc, sent.start_char, tok.idx)
        if end > start:
            claims.append(ClaimSpan([(start, end)], "according_to", [src]))
    return claims


def _in_a_poll(doc: Doc, view: DocView | None = None) -> list[ClaimSpan]:
    """"In a Register poll released Monday, Roe led by ten points": a sentence that opens with the poll
    it reports; the poll is the source of the rest of the sentence (PolNeAR's annotators count it so,
    and on its train split nearly always where the poll opens the sentence; elsewhere rarely)."""
    claims = []
    # Only a sentence whose first word is "in" can open with a poll: with a view, the others are passed over
    # without making their spans.
    for sent in doc.sents if view is None else (s.span for s in view.sents if view.lowers[s.start] == "in"):
        tok = sent[0]
        if tok.lower_ != "in" or tok.dep_ != "prep":
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in lexicon()["poll_heads"]:
            continue
        last = max(t.i for t in _subtree(pobj))
        if last + 1 >= sent.end or doc[last + 1].text != ",":
            continue
        start, end = _trim(doc, doc[last + 1].idx, sent.end_char)
        src_start, src_end = _trim(doc, *_subtree_chars(pobj))
        if end > start:
            src = _with_cue(classify(doc, src_start, src_end, "according"), doc, tok.idx, tok.idx + len(tok.text))
            claims.append(ClaimSpan([(start, end)], "according_to", [src]))
    return claims


_OPEN = "“\"‘"
_CLOSE = {"“": "”", '"': '"', "‘": "’"}


# A closing mark that opens a paragraph before a word ("”Mr. Roe is ...” ― Jane Doe") is a typing slip
# for an opening one: nothing can close there, so it is read as the quote's start.
_MARKS = re.compile("[“\"]|''|(?m:^)”(?=\\w)")


def _reopens(text: str, start: int, nxt: int, closing: str = "”") -> bool:
    """Whether the mark at ``nxt`` opens a paragraph that goes on the quote opened at ``start``: it begins
    its paragraph, and the quote's paragraph before it ends with no closing mark."""
    para = text.rfind("\n", start, nxt)
    return para != -1 and not text[para:nxt].strip() and closing not in text[start + 1:para] and "\n\n\n" not in text[start:nxt]


_STRAIGHT_END = re.compile('["”]')


def _straight_close(text: str, start: int) -> int:
    """Where a quote opened with a straight mark closes: at the next straight or curly closing mark
    (pasted text mixes them: '"The police are afraid,” he said.'), or -1 when the next mark opens
    another quote instead (after a space, before a word: 'he said. "They'), so that an unclosed quote
    leaves the text after it alone instead of turning everything up to the next quote inside out."""
    m = _STRAIGHT_END.search(text, start)
    if m is None:
        return -1
    j = m.start()
    opens = m.group() == '"' and text[j - 1].isspace() and j + 1 < len(text) and not text[j + 1].isspace()
    return -1 if opens else j


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: curly, straight, or the doubled apostrophes some papers
    print. An opening mark with no closing one is ignored."""
    spans, i, n = [], 0, len(text)
    while i < n:
        m = _MARKS.search(text, i)
        if m is None:
            break
        i, mark = m.start(), m.group()
        if mark != "“" and i > 0 and text[i - 1].isalnum():
            i += len(mark)  # a closing mark or an apostrophe, not an opening one
            continue
        close = _CLOSE.get(mark, mark)
        j = _straight_close(text, i + 1) if mark == '"' else text.find(close, i + len(mark))
        nxt_open = text.find("“", i + 1) if mark == "“" else -1
        # A quotation running over paragraphs: news style reopens it with “ at each new paragraph and
        # closes it only at its end; the paragraphs before the last belong to the same quote.
        last = i
        while nxt_open != -1 and (j == -1 or nxt_open < j) and _reopens(text, last, nxt_open):
            last = nxt_open
            j = text.find(close, last + 1)
            nxt_open = text.find("“", last + 1)
        while mark == '"' and j == -1 and not text[text.rfind("\n", 0, i) + 1:i].strip():
            # The same with straight marks: a block quoted from elsewhere, each of its paragraphs
            # opening with " (the first one too), the last one closing it.
            nxt = text.find('"', last + 1)
            if nxt == -1 or not _reopens(text, last, nxt, '"'):
                break
            last = nxt
            j = _straight_close(text, nxt + 1)
        if j == -1 or (nxt_open != -1 and nxt_open < j and "\n" in text[i:nxt_open]) or \
                (mark != "“" and "\n\n" in text[last:j]):
            i += len(mark)  # unbalanced: leave it, do not let it swallow what follows
            continue
        spans.append((i + len(mark), j))
        i = j + len(close)
    return spans


# A signature line on its own: a dash and a name of a few capitalised words, nothing else on the line.
_SIGNATURE = re.compile(r"\n[ \t]*\n?[ \t]*[—–―-]{1,2}[ \t]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}[ \t]*(?=\n|$)")
_SIGNATURE_NAME = re.compile(r"\s*[—–―-]{1,2}[ \t]*([A-Z][^\n]{1,60}?)[ \t]*$")


def _speaker_after(doc: Doc, end: int, cue_frames: Frames) -> tuple[SourceSpan, int] | None:
    """'," X said.' / '," said X.' / '" — Commissioner X': the speaker just after a quote."""
    text = _text(doc)
    rest = text[end + 1 : end + 120].split("\n", 1)[0]  # the speaker of a quote is in its own paragraph
    dash = re.match(r"\s*[—–―-]{1,2}\s*([A-Z][^\n.]{2,60})", rest)
    base = end + 1
    if dash is None and not rest.strip():
        # ... or signs it on the next line, alone: '"... will not pass."' then '- Jane Roe' (pasted lists of quotes)
        line = _SIGNATURE.match(text, end + 1 + len(rest))
        if line is not None:
            base, rest, dash = line.start(), line.group(), _SIGNATURE_NAME.match(line.group())
    if dash:
        s = base + dash.start(1)
        e = base + dash.end(1)
        dash_at = base + rest.index(dash.group(0).strip()[0])
        return _with_cue(classify(doc, *_trim(doc, s, e)), doc, dash_at, dash_at + 1), e
    span = doc.char_span(end + 1, min(len(text), end + 1 + len(rest)), alignment_mode="contract")
    if span is None:
        return None
    for tok in list(span)[:10]:
        if _speech_cue(tok, cue_frames) and not _own_clause_after(tok):
            src = _source_of(doc, tok)
            if src is not None and src.start <= end:
                # '"... Full panic mode," said Jane Roe': the parser gave the verb two subjects, the quote's
                # last words and the speaker; the quote's words are never its own speaker.
                after = next((c for c in tok.children if c.dep_ == "nsubj" and c.idx > end), None)
                src = _phrase_source(doc, after, tok.lemma_) if after is not None else None
            if src is None and not text[end:tok.idx].strip(_EDGE_PUNCT):
                src = _name_after(doc, tok)
            if src is not None:
                # '"A," said Jane Roe, "B."': the quote goes on after the speaker when the speaker follows the cue.
                return _with_cue(src, doc, *_cue_span(tok)), max(tok.idx + len(tok.text), src.end)
        if tok.text in ("“", '"') or tok.is_sent_start and tok.idx > end + 3:
            break
    return None


_NAME_END = frozenset({",", ".", ";", ":", "!", "?", '"', "“", "”", "''", "(", "—", "–"})


def _name_after(doc: Doc, verb: Token) -> SourceSpan | None:
    """'"...," said Jane Roe, half joking.', '"How big is it?" asked the boy, who ...': a cue right after a
    quote with its speaker after it, where the parser made the speaker the subject of the words after
    the name (or the cue's object). The name phrase right after the cue, up to a comma, is who speaks."""
    k = verb.i + 1
    if k >= len(doc) or doc[k].pos_ not in ("PROPN", "DET"):
        return None
    j = k
    while j < len(doc) and j - k < 8 and doc[j].text not in _NAME_END and not doc[j].is_space and doc[j].pos_ not in ("VERB", "AUX"):
        j += 1
    words = doc[k:j]
    if not len(words) or j - k >= 8 or not any(t.pos_ in ("PROPN", "NOUN") for t in words):
        return None
    return classify(doc, *_trim(doc, words.start_char, words.end_char), verb.lemma_)


def _own_clause_after(verb: Token) -> bool:
    """Whether a cue after a quote has a clause of its own after it ('"A." Later, the mayor said the city
    would B'): its speaker says B, and the quote before belongs to someone else."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _speaker_before(doc: Doc, start: int, cue_frames: Frames) -> SourceSpan | None:
    """'X said: "...' / 'X told reporters, "...': the speaker just before a quote."""
    text = _text(doc)
    base = max(0, start - 120)
    before = text[base : start - 1]
    if not re.search(r"[:,]\s*$", before):
        return None
    intro = before.rstrip()
    if intro.endswith(":") and "\n" in before[len(intro):]:
        # 'She declared:' closing its paragraph, the quote (a speech, often over paragraphs) set off below it:
        # the speaker is in the paragraph the colon ends. Otherwise never in the paragraph before.
        before = intro
    para = before.rfind("\n") + 1
    span = doc.char_span(base + para, base + len(before), alignment_mode="contract")
    if span is None:
        return None
    for tok in reversed(list(span)):
        statement = _issues_statement(tok)
        if statement or _speech_cue(tok, cue_frames):
            src = _source_of(doc, tok)
            if src is not None:
                cs, ce = _cue_span(tok)
                if statement:  # the verb's cue, so that the clause the rules gave the same verb is this quote
                    return _with_cue(src, doc, cs, ce)
                colon = text.rfind(":", ce, start)
                return _with_cue(src, doc, colon, colon + 1) if colon != -1 else _with_cue(src, doc, cs, ce)
    return None


def _issues_statement(tok: Token) -> bool:
    """'X issued the following statement: "..."': a verb whose object is a statement (a medium word)
    introduces the quote after the colon as X's words, though the verb itself is no speech verb."""
    return tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in lexicon()["medium_words"] for c in tok.children)


def _speech_cue(tok: Token, cue_frames: Frames) -> bool:
    """A verb that introduces a quote: a hand-made speech verb, or a derived cue that takes its clause before it."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.lemma_ in lexicon()["cues"] or ("VERB", "ccomp", "<") in cue_frames.get(tok.lemma_.lower(), ())


def _not_a_quote(text: str, s: int, e: int) -> bool:
    """Scare quotes and titles: a few words in marks inside a sentence, not a quotation.
    A real quote ends a clause (punctuation inside the marks) or opens after a colon."""
    inner = text[s:e].strip()
    words = inner.split()
    if not words or inner[-1] in ".,!?;:…—-" or len(words) > 5:
        return False
    if re.search(r"[:]\s*$", text[max(0, s - 4) : s - 1]):
        return False
    titled = len(words) >= 2 and all(w[:1].isupper() or w.lower() in ("of", "the", "a", "and", "in", "on", "to") for w in words)
    return titled or len(words) <= 3


def _direct(doc: Doc, indirect: list[ClaimSpan], cue_frames: Frames, spans: list[tuple[int, int]]) -> list[ClaimSpan]:
    claims: list[ClaimSpan] = []
    used: set[int] = set()
    for n, (s, e) in enumerate(spans):
        if n in used:
            continue
        inside = [c for c in indirect if c.start <= s <= c.end and c.kind != "direct"]
        if inside:
            host = inside[0]
            if host.start >= s - 1 and host.end <= e + 1:  # 'The envoy told reporters: "..."': the clause is the quote
                host.kind, host.segments = "direct", [(s, e)]
                colon = _text(doc).rfind(":", host.chain[0].cue_end, s) if host.chain else -1
                if colon != -1:
                    host.chain[0].cue, host.chain[0].cue_start, host.chain[0].cue_end = ":", colon, colon + 1
                continue
            host.kind = "mixed"  # a quote inside reported speech belongs to the reported speaker
            if e > host.end:  # ... and may run on past the sentence the parser gave the clause
                host.segments[-1] = (host.segments[-1][0], e)
            continue
        after = _speaker_after(doc, e, cue_frames)
        segments = [(s, e)]
        if after is not None:
            src, cue_end = after
            # '"A," he said, "B."': a second piece right after the cue is the same quote.
            # Only in the same paragraph: a list of quotes each signed "― Name" has one speaker per line.
            if n + 1 < len(spans) and 0 <= spans[n + 1][0] - cue_end <= 4 and "\n" not in _text(doc)[cue_end:spans[n + 1][0]]:
                segments.append(spans[n + 1])
                used.add(n + 1)
            claims.append(ClaimSpan(segments, "direct", [src], medium=_medium_near(doc, src)))
            continue
        src = _speaker_before(doc, s, cue_frames)
        if src is not None:
            claims.append(ClaimSpan(segments, "direct", [src], medium=_medium_near(doc, src)))
    return claims


def _medium_near(doc: Doc, src: SourceSpan) -> str | None:
    span = doc.char_span(src.cue_start, src.cue_end, alignment_mode="expand")
    if span is None:
        return None
    cue = lexicon()["social_cues"]
    words = _text(doc)[src.cue_start : src.cue_end].lower()
    if any(t.lemma_ in cue for t in span) or lexicon()["on_social_media_re"].search(words):
        return "social_post"
    return None


def _dedupe(claims: list[ClaimSpan]) -> list[ClaimSpan]:
    """One claim per cue: a quote found from its marks and the clause the parser gave the same
    verb are one attribution; the quote's segments win, as they hold all of it."""
    by_cue: dict[tuple[int, int], ClaimSpan] = {}
    out = []
    for claim in claims:
        if not claim.chain or claim.chain[0].cue_end <= 0:
            out.append(claim)
            continue
        key = (claim.chain[0].cue_start, claim.chain[0].cue_end)
        kept = by_cue.get(key)
        if kept is None:
            by_cue[key] = claim
            out.append(claim)
        elif claim.kind == "direct" and kept.kind != "direct":
            kept.kind, kept.segments, kept.medium = "direct", claim.segments, kept.medium or claim.medium
    return out


@dataclass(frozen=True)
class ModelSettings:
    """How the learnt scorers (attribution_model) join the rules: a word scored above ``cue``
    becomes a cue where no rule fired; its dependents scored above ``content`` are its content.
    ``sourceless``: whether a model cue with no source is still kept; ``source``: the score a learnt
    source must exceed where the rules name none."""

    cue: float = 0.0
    content: float = 0.0
    sourceless: bool = False
    source: float = 0.0
    veto: float | None = None


def _model_content(doc: Doc, tok: Token, scorer: Model, threshold: float) -> list[Token]:
    """The words of a model cue's content: the subtrees of the candidates scored above ``threshold``
    (the cue's own words and its subject never; for the word it hangs from, that word's subtree
    without the cue's own clause, as in "The talks will resume, the ministry said")."""
    words: set[int] = set()
    own = {t.i for t in _subtree(tok)}
    chosen = [cand for cand in content_candidates(tok) if scorer.content_score(tok, cand) > threshold]
    for cand in chosen:
        if cand.i == tok.head.i:  # spaCy makes a new Token per access: compare indexes
            words.update(t.i for t in _subtree(cand) if t.i not in own)
        else:
            words.update(t.i for t in _subtree(cand))
    words -= {c.i for c in tok.children if c.dep_ in ("nsubj", "aux", "auxpass", "neg")}
    words.discard(tok.i)
    ordered = [doc[i] for i in sorted(words)]
    if ordered and ordered[0].dep_ == "mark" and ordered[0].lower_ in lexicon()["complementizers"]:
        ordered = ordered[1:]  # "that" opens the content but is not part of it, as in the rules' contents
    return ordered


def _segments(doc: Doc, toks: list[Token]) -> list[tuple[int, int]]:
    """Character segments of a set of words: one per run of adjacent words (punctuation between two
    words of the set does not break a run), so a content split by its cue gives two pieces."""
    chosen = {t.i for t in toks}
    runs: list[list[Token]] = []
    for t in toks:
        if runs and all(doc[k].is_punct or doc[k].is_space for k in range(runs[-1][-1].i + 1, t.i)):
            runs[-1].append(t)
        else:
            runs.append([t])
    out = []
    for run in runs:
        if all(t.is_punct for t in run) and len(chosen) > len(run):
            continue
        s, e = _trim(doc, run[0].idx, run[-1].idx + len(run[-1].text))
        if e > s:
            out.append((s, e))
    return out


def _handed_over(tok: Token) -> bool:
    """Whether a verb hands a record over ("released his tax returns", "the records that she
    released", "published a book") rather than a message: PolNeAR's annotators count "released a
    statement" as an attribution, never "released his returns" (lists in data/attribution.json)."""
    lex = lexicon()
    if tok.lemma_.lower() not in lex["handover_verbs"]:
        return False
    thing = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if tok.dep_ in ("relcl", "acl") and (thing is None or thing.tag_ in ("WDT", "WP")):
        thing = tok.head  # "the records that Trump released" (its object is "that"), "the records released by X"
    return thing is not None and (thing.lemma_.lower() in lex["handover_objects"] or thing.lower_ in lex["handover_objects"])


def _model_claims(doc: Doc, claims: list[ClaimSpan], quotes: list[tuple[int, int]], scorer: Model,
                  settings: ModelSettings, cue_frames: Frames, view: DocView | None = None) -> list[ClaimSpan]:
    """Claims for the cues the learnt scorer finds where no rule fired. A word already a rule's cue,
    or inside a claim's content (a nested attribution, which the rules own), is left alone."""
    lex = lexicon()
    # Words the rules already gave a role: a cue, or a source ("A port official, who asked not to be
    # named, said ...": the relative clause describes the source, it is not a claim of its own).
    taken = ({(src.cue_start, src.cue_end) for c in claims for src in c.chain if src.cue_end > src.cue_start} |
                   {(src.start, src.end) for c in claims for src in c.chain if src.end > src.start})
    found: list[ClaimSpan] = []
    # Verbal events (statements, appeals, demands, disapproval, rejection, threats) are also stances the
    # annotators of news count as attributions ("X assailed Y for ..."); only the other acts stay the writer's.
    acts: set[int] | None = None  # read from the events when a model cue first needs it (most documents have none)
    # A word inside a rule's cue, source or content is never a model cue (below): it is not scored. The spans
    # are merged into disjoint ones, so that each word is tested by bisection rather than against every span.
    blocked = _union(taken | {seg for c in claims for seg in c.segments})
    cues = scorer.cues(doc, lambda offset: _in_spans(offset, quotes), settings.cue,
                       keep=lambda offset: not _in_spans(offset, blocked), view=view)
    for tok, _ in sorted(cues, key=lambda pair: -pair[1]):
        if any(s <= tok.idx < e for s, e in taken) or any(c.covers(tok.idx) for c in claims + found) or tok.lower_ == "citing":
            continue  # "Citing X, Y said": X is a link of Y's chain (_citing), as for the rules
        words = _model_content(doc, tok, scorer, settings.content)
        if not words:
            continue
        segments = _segments(doc, words)
        if segments and segments[-1][0] > tok.idx:
            segments[-1] = (segments[-1][0], _run_on(doc, tok, segments[-1][1]))
        if not segments or any(c.covers(s) for c in claims + found for s, _ in segments) or \
                lex["anonymity_re"].match(_text(doc)[segments[0][0]:segments[0][1]]):
            continue
        content_idx = frozenset(t.i for t in words)
        clausal = tok.head.i in content_idx or any(doc[i].dep_ in ("ccomp", "xcomp") or _in_spans(doc[i].idx, quotes) for i in content_idx)
        if acts is None:
            acts = {e.trigger_start for e in (doc._.events or []) if e.cameo[:2] not in lex["verbal_event_roots"]} \
                if doc.has_extension("events") else set()
        if tok.i in acts and tok.lemma_ not in lex["cues"] and not clausal:
            continue  # "Norway has offered naval support": an act the coder records, told by the writer, not a claim
        if _handed_over(tok):
            continue  # "Mitt Romney released his returns": a record handed over, not a message
        passive = _is_passive(tok)
        if tok.pos_ == "NOUN":
            source = _noun_source(doc, tok)
        elif tok.pos_ == "ADJ":
            source = _source_of(doc, tok.head) if tok.dep_ == "acomp" else None
        elif _raising(tok):
            source = _raised_source(doc, tok, cue_frames)
        else:
            source = _source_of(doc, tok, content_idx, passive_subject=False) or \
                (None if passive else _inherited_source(doc, tok) or _adjacent_subject(doc, tok, content_idx)
                 or _fronted_subject(doc, tok, content_idx))
        if source is None:
            # No rule names a source: the learnt scorer picks one from the cue's neighbourhood ("Y,
            # laying out plans"; "a group that urges"), the rules' kinds and codes still apply to it.
            # For a passive too: "X were thrilled with", "X is persuaded of" name their holder as subject,
            # which the scorer learnt per cue word; the subject is then no part of the content.
            picked = scorer.source(tok, settings.source)
            if picked is not None:
                source = _phrase_source(doc, picked, tok.lemma_, {t.i for t in tok.subtree} if picked.is_ancestor(tok) else set())
                if passive and source is not None and picked.head.i == tok.i:
                    own = {t.i for t in _subtree(picked)}
                    words = [t for t in words if t.i not in own]
                    segments = _segments(doc, words)
                    content_idx = frozenset(t.i for t in words)
                    if not segments:
                        continue
        if source is None:
            if not settings.sourceless:
                continue
            source = SourceSpan(-1, -1, "", "anonymous", anonymous=True)
        elif any(source.start < e and s < source.end for s, e in segments):
            continue  # the source inside its own content: a parse the rules would not trust either
        inverted = _inverted_speaker(doc, tok, segments) if tok.lemma_ in lex["cues"] else _experiencer(doc, tok)
        if inverted is not None:
            source, segments = inverted
        chain = [_with_cue(source, doc, *_cue_span(tok, content_idx))]
        found.append(ClaimSpan(segments, "indirect", chain, medium=_medium(doc, tok)))
    return found


def _union(spans) -> list[tuple[int, int]]:
    """The character spans ``spans`` (half-open, in any order, perhaps overlapping) merged into sorted
    disjoint ones covering the same offsets, as ``_in_spans`` takes them."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue  # covers no offset
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _vetoed(doc: Doc, claim: ClaimSpan, quotes: list[tuple[int, int]], scorer: Model, veto: float,
            view: DocView | None = None) -> bool:
    """Whether a rule's indirect claim has a cue the learnt scorer rates below ``veto``: a derived frame
    firing where annotators almost never see an attribution ("the storm left", "the plan seems").
    ``view``: a view of ``doc``, whose words the scorer reads (the same answers, cheaper)."""
    if claim.kind != "indirect" or not claim.chain or claim.chain[0].cue_end <= claim.chain[0].cue_start:
        return False
    span = doc.char_span(claim.chain[0].cue_start, claim.chain[0].cue_end, alignment_mode="expand")
    if span is None:
        return False
    if view is None:
        words = [t for t in span if is_candidate(t)]
        return bool(words) and max(scorer.cue_score(t, _in_spans(t.idx, quotes)) for t in words) < veto
    # The same test on the view's numbers and words: no spaCy Token is made for the cue's words.
    found = [i for i in range(span.start, span.end) if view.pos_ids[i] in CANDIDATE_POS_IDS and view.alpha[i]
             and view.dep_ids[i] not in AUX_DEP_IDS]
    return bool(found) and max(scorer.cue_score(view[i], _in_spans(view.idx[i], quotes)) for i in found) < veto


_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def _relative_aside(doc: Doc, claim: ClaimSpan) -> tuple[int, int] | None:
    """The characters of the relative clause a claim's cue heads when its speaker is not the relative
    word: "moves that he said improved the economy", "the deal, which an audit called careless". Such a
    clause is its own attribution in PolNeAR, not part of the claim whose content it sits in (on the
    held-out fifth of its train split, cutting it out made 11 more sources right and 1 wrong). The
    relative word is the cue's object or the subject of its clause: not "the obligations that the firm
    was seeking to get rid of" (an object of what someone does), nor "who say ..." (the speaker)."""
    src = claim.chain[0] if claim.chain else None
    if src is None or src.cue_end <= src.cue_start or src.start < 0:
        return None
    span = doc.char_span(src.cue_start, src.cue_end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    if tok.dep_ not in ("relcl", "acl"):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in _RELATIVE_TAGS:
        return None  # "voters who say ...": the relative word is the speaker, the clause describes them
    clause = sorted(tok.subtree, key=lambda t: t.i)  # the relative word hangs from the clause's verb, after the cue
    rel = clause[0]
    if rel.tag_ not in _RELATIVE_TAGS or rel.i > subj.i:
        return None  # "in which X said", "that" as a complementizer: not this shape
    if rel.head.i != tok.i and not (rel.head.head.i == tok.i and rel.head.dep_ in ("ccomp", "oprd")):
        return None  # what is said is the relative word, or what it does: not "the examples that critics point to"
    return clause[0].idx, clause[-1].idx + len(clause[-1].text)


def _cut_relative_asides(doc: Doc, claims: list[ClaimSpan]) -> None:
    """An indirect claim's content loses the relative clauses that are claims of their own (_relative_aside)."""
    # Which claims sit inside another's content, by bisection over the indirect contents' segments (sorted
    # by start, with the furthest end reached so far): a test of every pair was 5 % of the stage's time.
    segments = sorted((s, e) for c in claims if c.kind != "direct" for s, e in c.segments)
    starts = [s for s, _ in segments]
    reach, furthest = [], -1
    for _, e in segments:
        furthest = max(furthest, e)
        reach.append(furthest)
    for inner in claims:
        if not inner.chain or inner.chain[0].start < 0:
            continue
        cue = inner.chain[0].cue_start
        k = bisect.bisect_right(starts, cue)
        if not k or reach[k - 1] <= cue:
            continue  # inside no indirect content
        if not any(o is not inner and o.kind != "direct" and o.covers(cue) for o in claims):
            continue
        aside = _relative_aside(doc, inner)
        if aside is None:
            continue
        a, b = aside
        for outer in claims:
            if outer is inner or outer.kind == "direct" or not outer.covers(inner.chain[0].cue_start):
                continue
            pieces = []
            for s, e in outer.segments:
                for ps, pe in ((s, min(e, a)), (max(s, b), e)):
                    ps, pe = _trim(doc, ps, pe)
                    if pe > ps:
                        pieces.append((ps, pe))
            if pieces:
                outer.segments = pieces


def find_claims(doc: Doc, cue_frames: Frames | None = None, settings: ModelSettings | None = None,
                view: DocView | None = None) -> list[ClaimSpan]:
    """The claims of a document: the rules' claims, then (with ``settings``) the learnt scorer's
    claims where no rule fired. ``view``: a ``DocView`` of ``doc`` to read its parse from, when the
    caller has one (the component takes the event coder's)."""
    before, _reading.view = getattr(_reading, "view", None), view
    try:
        return _find_claims(doc, cue_frames if cue_frames is not None else frames(), settings, view)
    finally:
        _reading.view = before


def _find_claims(doc: Doc, cue_frames: Frames, settings: ModelSettings | None, view: DocView | None) -> list[ClaimSpan]:
    quotes = [(s, e) for s, e in quote_spans(_text(doc)) if not _not_a_quote(_text(doc), s, e)]
    indirect = _indirect(doc, cue_frames, quotes, view)
    claims = indirect + _according_to(doc) + _in_a_poll(doc, view) + _transcript(doc)
    claims += _title_headlines(doc, claims, cue_frames)
    claims += _citing(doc, claims)
    claims += _direct(doc, claims, cue_frames, quotes)
    claims = _dedupe(claims)
    if settings is not None:
        if settings.veto is not None:
            claims = [c for c in claims if not _vetoed(doc, c, quotes, cue_model(), settings.veto, view)]
        claims += _model_claims(doc, claims, quotes, cue_model(), settings, cue_frames, view)
    _cut_relative_asides(doc, claims)
    return sorted(claims, key=lambda c: (c.start, -c.end))


def hedges_in(text: str) -> list[str]:
    lex = lexicon()
    # Most sentences hedge nothing, and the pattern's scan of every position costs more than a few substring
    # searches: an ASCII text in whose lower case no hedge occurs cannot match (re.I matches no other letters
    # there; outside ASCII it does, "İ" for "i", so such a text is always scanned).
    if text.isascii():
        low = text.lower()
        if not any(h in low for h in _hedge_words()):
            return []
    return sorted({m.group(1).lower() for m in lex["hedges_re"].finditer(text)})


@cache
def _hedge_words() -> tuple[str, ...]:
    return tuple(h.lower() for h in lexicon()["hedges"])


class Attribution:
    """Stateless: its only attributes are the read-only cue frames and model settings its config selects."""

    def __init__(self, min_frame_count: int = 3, min_frame_ratio: float = 0.3, model: bool = True,
                 model_cue_threshold: float = -1.0, model_content_threshold: float = 0.0, model_source_threshold: float = 1.0,
                 model_sourceless: bool = True, model_veto: float = -7.0) -> None:
        self.frames = frames(min_frame_count, min_frame_ratio)
        self.settings = ModelSettings(model_cue_threshold, model_content_threshold, model_sourceless, model_source_threshold,
                                      model_veto) if model else None

    def __call__(self, doc: Doc) -> Doc:
        # The event coder's view of the parse, if it ran just before (else one made now): the scans and the
        # learnt scorer read the words from it rather than make a spaCy Token, and decode its strings, per read.
        view = view_of(doc)
        try:
            set_extension(doc, "claims", find_claims(doc, self.frames, self.settings, view))  # not doc._: see set_extension
        finally:
            view.close()
        return doc


@Language.factory(
    "eventwire_attribution",
    requires=["doc._.actors", "token.dep", "token.lemma", "doc.sents"],
    assigns=["doc._.claims"],
    default_config={"min_frame_count": 3, "min_frame_ratio": 0.3, "model": True, "model_cue_threshold": -1.0,
                    "model_content_threshold": 0.0, "model_source_threshold": 1.0, "model_sourceless": True,
                    "model_veto": -7.0},
)
def make_attribution(nlp: Language, name: str, min_frame_count: int, min_frame_ratio: float, model: bool,
                     model_cue_threshold: float, model_content_threshold: float, model_source_threshold: float,
                     model_sourceless: bool, model_veto: float) -> Attribution:
    """``min_frame_count`` and ``min_frame_ratio``: how often, and how reliably, a derived cue frame
    must be annotated in the corpus it was learnt from to be used (data/attribution_cues.tsv).
    ``model``: whether the learnt scorers (data/attribution_model.json) join the rules. Their settings,
    chosen on PolNeAR dev and the held-out fifth of its train split (the source threshold 1.0 on the
    latter: 0.0 gave 1 more right source and 9 more wrong ones): a word scored above ``model_cue_threshold`` is a cue where no rule fired;
    a dependent scored above ``model_content_threshold`` is its content; a source candidate scored
    above ``model_source_threshold`` is its source where the rules name none; ``model_sourceless``
    keeps a model cue with no source; a rule's indirect claim whose cue scores below ``model_veto``
    is dropped."""
    return Attribution(min_frame_count, min_frame_ratio, model, model_cue_threshold, model_content_threshold,
                       model_source_threshold, model_sourceless, model_veto)
