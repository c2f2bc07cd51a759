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

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc

__all__ = ["DocView", "TokenView", "SentView"]

_ATTRS = [HEAD, DEP, POS, TAG, LEMMA, LOWER, ORTH, ENT_TYPE, IS_PUNCT, SENT_START, IDX, SPACY]


class TokenView:
    __slots__ = ("i", "doc", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "is_punct",
                 "_head", "_kids", "_subtree", "_sent")

    def __init__(self, doc: DocView, i: int, head: int, text: str, lower: str, lemma: str, pos: str, tag: str,
                 dep: str, ent_type: str, is_punct: bool) -> None:
        self.doc = doc
        self.i = i
        self._head = head
        self.text = text
        self.lower_ = lower
        self.lemma_ = lemma
        self.pos_ = pos
        self.tag_ = tag
        self.dep_ = dep
        self.ent_type_ = ent_type
        self.is_punct = is_punct
        self._kids: list[TokenView] = []
        self._subtree: list[TokenView] | None = None
        self._sent: SentView | None = None

    @property
    def head(self) -> TokenView:
        return self.doc.tokens[self._head]

    @property
    def children(self) -> list[TokenView]:
        return self._kids

    @property
    def lefts(self) -> list[TokenView]:
        i = self.i
        return [k for k in self._kids if k.i < i]

    @property
    def rights(self) -> list[TokenView]:
        i = self.i
        return [k for k in self._kids if k.i > i]

    @property
    def subtree(self) -> list[TokenView]:
        if self._subtree is None:
            out: list[TokenView] = []
            i = self.i
            for k in self._kids:
                if k.i < i:
                    out += k.subtree
            out.append(self)
            for k in self._kids:
                if k.i > i:
                    out += k.subtree
            self._subtree = out
        return self._subtree

    @property
    def right_edge(self) -> TokenView:
        return self.doc.tokens[self.doc.doc[self.i].right_edge.i]

    @property
    def left_edge(self) -> TokenView:
        return self.doc.tokens[self.doc.doc[self.i].left_edge.i]

    @property
    def sent(self) -> SentView:
        return self._sent

    def __getattr__(self, name: str):
        # Anything the view does not hold is read from the real token.
        return getattr(self.doc.doc[self.i], name)

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


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


class _Extensions:
    """``doc._`` of a view: the values the coder reads, read once; anything else from the real Doc."""

    def __init__(self, doc: Doc) -> None:
        underscore = doc._
        self._underscore = underscore
        self.actors = underscore.actors
        self.actor_at = underscore.actor_at
        self.doc_date = underscore.doc_date

    def __getattr__(self, name: str):
        return getattr(self._underscore, name)


class DocView:
    """A parsed Doc read once: ``view[i]`` is a TokenView, ``view.doc`` the real Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.vocab = doc.vocab
        self._ = _Extensions(doc)
        self._ents = None
        n = len(doc)
        columns = doc.to_array(_ATTRS).T if n else numpy.zeros((len(_ATTRS), 0), dtype="uint64")
        heads = (numpy.arange(n, dtype="int64") + columns[0].astype("int64")).tolist()
        dep, pos, tag, lemma, lower, orth, ent = (_strings(doc, columns[k].tolist()) for k in range(1, 8))
        punct = list(map(bool, columns[8].tolist()))
        self.tokens = tokens = [TokenView(self, i, *row) for i, row in enumerate(zip(heads, orth, lower, lemma, pos, tag, dep, ent, punct))]
        for tok in tokens:
            if tok._head != tok.i:
                tokens[tok._head]._kids.append(tok)
        # The sentences as Doc.sents gives them: a sentence starts at the first token and at each
        # token marked as a start.
        starts = [0] + [i for i, flag in enumerate(columns[9].tolist()) if flag == 1 and i > 0] if n else []
        idx = columns[10].tolist()
        self.spaces = columns[11].tolist()
        self.lemma_keys, self.lower_keys = columns[4].tolist(), columns[5].tolist()
        self.sents = []
        for k, first in enumerate(starts):
            last = starts[k + 1] if k + 1 < len(starts) else n
            sent = SentView(self, first, last, idx[first], idx[last - 1] + len(tokens[last - 1].text))
            self.sents.append(sent)
            for tok in tokens[sent.start : sent.end]:
                tok._sent = sent

    def close(self) -> None:
        """Drop the links from the view to its tokens (and a token's subtree, which holds the token), so that
        reference counting frees them at once rather than leaving cycles to the garbage collector."""
        for tok in self.tokens:
            tok._subtree = None
        self.tokens = []
        self.sents = []

    @property
    def ents(self):
        if self._ents is None:
            self._ents = self.doc.ents  # Doc.ents builds its spans anew on each call
        return self._ents

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


# Hash → string for the labels and words documents share, across documents: the string store's own
# lookup costs more than a dict's. Emptied when large, so that a long-running process does not keep
# every word it has seen twice.
_NAMES: dict[int, str] = {0: ""}
_MAX_NAMES = 500_000


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
