"""A read-only view of a parsed Doc made of plain Python objects, for the event coder.

Why: the coder asks each token it looks at for its head, children, lemma, dependency and tag many
times over. On a spaCy Token each such read builds new objects (``tok.head`` and each of
``tok.children`` a new Token, ``tok.dep_`` a string looked up in the string store); on the bench's
sentences that cost more than the coder's own logic. The view reads the parse once per document
into one object per token with the same attribute names (``i``, ``text``, ``lower_``, ``lemma_``,
``pos_``, ``tag_``, ``dep_``, ``ent_type_``, ``is_punct``, ``head``, ``children``, ``lefts``,
``rights``, ``subtree``, ``sent``, ``doc``), so code written for spaCy tokens runs on it unchanged.

It answers exactly as spaCy does: the children in document order, the subtree in spaCy's order
(each left child's subtree, the token, each right child's subtree), the sentences of ``doc.sents``.
Anything else is asked of the real token or Doc. Nothing may be written through a view: ``doc._``
of a view is a snapshot of the extension values at the time it was made.
"""

from __future__ import annotations

import threading
from collections import namedtuple
from functools import partial

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc
from spacy.tokens.underscore import Underscore

__all__ = ["DocView", "TokenView", "SentView", "extension", "handed_doc", "keep_view", "kept_view", "read_columns",
           "set_extension", "strings_of", "view_of"]

_ATTRS = [HEAD, DEP, POS, TAG, LEMMA, LOWER, ORTH, ENT_TYPE, IS_PUNCT, SENT_START, IDX, SPACY, IS_ALPHA, ENT_IOB]


class _Handoff(threading.local):
    """What one component hands the next on the same Doc, per thread (a thread running the pipeline on its own
    Docs never sees another's): ``columns``, the parse's columns as the actor resolver last read them (``read_columns``):
    (Doc, array, lists); ``view``, the view the event coder made of the Doc it just coded, for the attribution component.

    The event coder runs right after the actor resolver on the same Doc and makes its view of the columns rather
    than read the parse again (a ``Doc.to_array`` call costs about as much per column as the view's other work per
    token); the attribution component runs next and reads the same parse (its learnt scorer reads a dozen
    attributes of each word it scores). The columns are one tuple, swapped whole, so that a reader sees those of one
    Doc; each is taken once, and only for its own Doc."""

    def __init__(self) -> None:
        self.columns: tuple = (None, None, None)
        self.view: DocView | None = None


_handoff = _Handoff()


def read_columns(doc: Doc) -> list[list[int]]:
    """The columns of ``doc`` a view reads (``_ATTRS``, in that order, as lists), kept for the next view of it."""
    array = doc.to_array(_ATTRS) if len(doc) else numpy.zeros((0, len(_ATTRS)), dtype="uint64")
    columns = array.T.tolist()  # one conversion for all the columns (a column at a time cost twice as much)
    _handoff.columns = (doc, array, columns)
    return columns


def _take_columns(doc: Doc) -> tuple[numpy.ndarray, list[list[int]]]:
    """The columns the actor resolver read of this Doc just before, else read now; either way none are kept."""
    slot = _handoff
    handed, slot.columns = slot.columns, (None, None, None)
    if handed[0] is not doc:
        read_columns(doc)
        handed, slot.columns = slot.columns, (None, None, None)
    return handed[1], handed[2]


def handed_doc() -> Doc | None:
    """The Doc whose columns this thread holds for its next view (None once a view took them): for tests."""
    return _handoff.columns[0]

# A token's fields. ``head_i`` is its head's index; ``kids`` its children (a list filled once the tokens exist).
_Fields = namedtuple("_Fields", "i doc text lower_ lemma_ pos_ tag_ dep_ ent_type_ is_punct head_i kids sent")


class TokenView(_Fields):
    """A token of a view. A tuple, made by one C call per token and read by index: a view is made for
    every document, and with an object whose ``__init__`` set each attribute the making cost more than
    the coder's reads of it. It compares and hashes by identity, as the coder uses tokens, never by
    its fields."""

    __slots__ = ()
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__
    children = _Fields.kids

    @property
    def head(self) -> TokenView:
        return self.doc.tokens[self.head_i]

    @property
    def lefts(self) -> list[TokenView]:
        i = self.i
        return [k for k in self.kids if k.i < i]

    @property
    def rights(self) -> list[TokenView]:
        i = self.i
        return [k for k in self.kids if k.i > i]

    @property
    def subtree(self) -> list[TokenView]:
        subtrees = self.doc.subtrees
        found = subtrees.get(self.i)
        if found is None:
            found = []
            i = self.i
            for k in self.kids:
                if k.i < i:
                    found += k.subtree
            found.append(self)
            for k in self.kids:
                if k.i > i:
                    found += k.subtree
            subtrees[i] = found
        return found

    @property
    def idx(self) -> int:
        return self.doc.idx[self.i]  # Token.idx, read with the view's other columns

    @property
    def right_edge(self) -> TokenView:
        return self.doc.tokens[self.doc.doc[self.i].right_edge.i]

    @property
    def left_edge(self) -> TokenView:
        return self.doc.tokens[self.doc.doc[self.i].left_edge.i]

    def __getattr__(self, name: str):
        # Anything the view does not hold is read from the real token.
        return getattr(self.doc.doc[self.i], name)

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


_token = partial(tuple.__new__, TokenView)  # not _Fields._make, which checks len(), here the text's length


class SentView:
    """A sentence of a view: ``start``, ``end``, its tokens; text, root and entities from the real Span."""

    __slots__ = ("doc", "start", "end", "start_char", "end_char", "_text", "_span")

    def __init__(self, doc: DocView, start: int, end: int, start_char: int, end_char: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.start_char = start_char
        self.end_char = end_char
        self._text: str | None = None
        self._span = None

    @property
    def span(self):
        if self._span is None:
            self._span = self.doc.doc[self.start : self.end]
        return self._span

    @property
    def text(self) -> str:
        if self._text is None:
            # = Span.text: each token's text and its trailing space, without the last token's
            tokens, space = self.doc.tokens, self.doc.spaces
            last = self.end - 1
            self._text = "".join([t.text + " " if space[t.i] else t.text for t in tokens[self.start : last]]) + tokens[last].text
        return self._text

    @property
    def root(self) -> TokenView:
        return self.doc.tokens[self.span.root.i]

    @property
    def ents(self):
        return self.span.ents

    def __iter__(self):
        return iter(self.doc.tokens[self.start : self.end])

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.span[i]
        if i < 0:
            i += self.end - self.start
        if not 0 <= i < self.end - self.start:
            raise IndexError(i)
        return self.doc.tokens[self.start + i]


def extension(doc: Doc, name: str):
    """``doc._.<name>``. Each ``doc._`` builds a new object whose every read checks the extension's kind: a plain
    value (a default, no getter, setter or method) is read here where spaCy keeps it, in ``doc.user_data`` under the
    key its ``Underscore`` uses for a Doc (tests/test_doc_view.py checks that the two agree)."""
    ext = Underscore.doc_extensions.get(name)
    if ext is not None and ext[1] is None and ext[2] is None and not isinstance(ext[0], Underscore.mutable_types):
        return doc.user_data.get(("._.", name, None, None), ext[0])
    return getattr(doc._, name)


def set_extension(doc: Doc, name: str, value) -> None:
    """``doc._.<name> = value``, for a plain value stored where ``doc._`` stores it (see ``extension``)."""
    ext = Underscore.doc_extensions.get(name)
    if ext is not None and ext[1] is None and ext[2] is None and ext[3] is None:
        doc.user_data[("._.", name, None, None)] = value
    else:
        setattr(doc._, name, value)


class _Extensions:
    """``doc._`` of a view: the values the coder reads, read once; anything else from the real Doc."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self.actors = extension(doc, "actors")
        self.actor_at = extension(doc, "actor_at")
        self.doc_date = extension(doc, "doc_date")

    def __getattr__(self, name: str):
        return getattr(self._doc._, name)


class DocView:
    """A parsed Doc read once: ``view[i]`` is a TokenView, ``view.doc`` the real Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.vocab = doc.vocab
        self._ = _Extensions(doc)
        self._ents = None
        self.subtrees: dict[int, list[TokenView]] = {}  # a token's subtree, made when first asked for
        # What the event coder reads of the whole document, made when it first asks (events.py: _doc_words,
        # _date_entities): kept here rather than in a table keyed by the Doc, which costs a weak reference a read.
        self.words: frozenset[str] | None = None
        self.date_entities: list[tuple[int, int, str]] | None = None
        n = len(doc)
        array, columns = _take_columns(doc)
        heads = (numpy.arange(n, dtype="int64") + array[:, 0].astype("int64")).tolist()
        # (the head column as uint64 holds relative heads wrapped around: read above, as signed numbers)
        dep, pos, tag, lemma, lower, orth, ent = (_strings(doc, columns[k]) for k in range(1, 8))
        punct = list(map(bool, columns[8]))
        self.lemmas, self.lowers, self.ent_types = lemma, lower, ent
        idx = columns[10]
        self.spaces = columns[11]
        self.lemma_keys, self.lower_keys = columns[4], columns[5]
        # The numbers the attribution component's scans test (parts of speech and dependencies as symbol ids).
        self.pos_ids, self.dep_ids, self.alpha, self.idx = columns[2], columns[1], columns[12], idx
        self._iob, self._ent_keys = columns[13], columns[7]
        # The sentences as Doc.sents gives them: a sentence starts at the first token and at each
        # token marked as a start.
        starts = [0] + [i for i, flag in enumerate(columns[9]) if flag == 1 and i > 0] if n else []
        self.sents = []
        sent_of: list[SentView] = []
        for k, first in enumerate(starts):
            last = starts[k + 1] if k + 1 < len(starts) else n
            sent = SentView(self, first, last, idx[first], idx[last - 1] + len(orth[last - 1]))
            self.sents.append(sent)
            sent_of += [sent] * (last - first)
        kids: list[list[TokenView]] = [[] for _ in range(n)]
        self.tokens = tokens = list(map(_token, zip(range(n), [self] * n, orth, lower, lemma, pos, tag, dep, ent, punct,
                                                    heads, kids, sent_of)))
        for tok, head in zip(tokens, heads):
            if head != tok.i:
                kids[head].append(tok)

    def close(self) -> None:
        """Drop the links from the view to its tokens and sentences (and the subtrees, which hold tokens), so that
        reference counting frees them at once rather than leaving cycles to the garbage collector."""
        self.subtrees = {}
        self.tokens = []
        self.sents = []

    @property
    def ents(self):
        if self._ents is None:
            self._ents = self.doc.ents  # Doc.ents builds its spans anew on each call
        return self._ents

    def entity_spans(self, labels: frozenset[str]) -> list[tuple[int, int, str]]:
        """The entities labelled one of ``labels`` as (start, end, text), as ``Doc.ents`` finds them (the same
        walk over the IOB codes: 3 begins an entity, 1 goes on with it, 2 or 0 ends it), without making a Span
        of every entity and decoding its label."""
        found = []
        start = -1
        iob, keys = self._iob, self._ent_keys
        for i, code in enumerate(iob):
            if code == 1:
                if start == -1:  # "inside" no entity: Doc.ents raises its error on this, let it
                    return [(e.start, e.end, e.text) for e in self.doc.ents if e.label_ in labels]
            elif code == 2 or code == 0 or (code == 3 and keys[i] == 0):
                if start != -1:
                    found.append((start, i))
                start = -1
            elif code == 3:
                if start != -1:
                    found.append((start, i))
                start = i
        if start != -1:
            found.append((start, len(iob)))
        types = self.ent_types  # an entity's label is its first word's entity type
        return [(s, e, self._span_text(s, e)) for s, e in found if types[s] and types[s] in labels]

    def _span_text(self, start: int, end: int) -> str:
        """= Span.text: each word's text and its trailing space, without the last word's."""
        tokens, space = self.tokens, self.spaces
        return "".join([t.text + " " if space[t.i] else t.text for t in tokens[start : end - 1]]) + tokens[end - 1].text

    @property
    def text(self) -> str:
        return self.doc.text

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.doc[i]
        return self.tokens[i]


def keep_view(view: DocView) -> None:
    """Keep ``view`` for this thread's next ``view_of`` its Doc (a view kept before is closed: its Doc went unclaimed)."""
    slot = _handoff
    before, slot.view = slot.view, view
    if before is not None and before is not view:
        before.close()


def view_of(doc: Doc) -> DocView:
    """The view this thread kept of ``doc``, else a new one; either way the caller owns it (and closes it)."""
    slot = _handoff
    view, slot.view = slot.view, None
    if view is not None and view.doc is doc:
        return view
    if view is not None:
        view.close()
    return DocView(doc)


def kept_view() -> DocView | None:
    """The view this thread keeps for the next ``view_of`` (None once taken), without taking it: for tests."""
    return _handoff.view


# Hash → string for the labels and words documents share, across documents: the string store's own
# lookup costs more than a dict's. Emptied when large, so that a long-running process does not keep
# every word it has seen twice.
_NAMES: dict[int, str] = {0: ""}
_MAX_NAMES = 500_000


def strings_of(doc: Doc, keys: list[int]) -> list[str]:
    """The strings of ``doc``'s string hashes ``keys`` (a word's ORTH, LEMMA ... as ``Doc.to_array`` gives them)."""
    return _strings(doc, keys)


def _strings(doc: Doc, keys: list[int]) -> list[str]:
    try:
        return list(map(_NAMES.__getitem__, keys))
    except KeyError:
        if len(_NAMES) > _MAX_NAMES:
            _NAMES.clear()
            _NAMES[0] = ""
        strings = doc.vocab.strings
        for key in keys:
            if key not in _NAMES:
                _NAMES[key] = strings[key]
        return list(map(_NAMES.__getitem__, keys))
