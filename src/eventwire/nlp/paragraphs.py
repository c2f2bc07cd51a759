"""Paragraph breaks are sentence breaks: a spaCy component that runs before the parser.

Why: spaCy's small parser often joins a paragraph to the one before it when the break is only
whitespace ("... the minority leader said.\\n\\n“This is wrong,” he said."). The second
paragraph's quote then hangs from the first paragraph's cue as its content, and the real
speaker's attribution is lost inside it (about one sentence in ten of PolNeAR's news crosses a
paragraph this way). Marking the first word after a paragraph break as a sentence start makes
the parser keep the paragraphs apart. A line break counts when it is a blank line, or when the
line before ends a sentence (final punctuation or a closing quote); a hard-wrapped line inside a
sentence ("... the\\nministry said") is left alone.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ._view import strings_of

__all__ = ["Paragraphs"]

# What a sentence ends with: final punctuation, or a quote mark right after it.
_FINAL = frozenset(".!?:;…")
_QUOTE_MARKS = frozenset({"”", '"', "'", "’", "''"})


class Paragraphs:
    """Stateless: ``blank_line_only`` (a setting) makes only blank lines break sentences."""

    def __init__(self, blank_line_only: bool = False) -> None:
        self.blank_line_only = blank_line_only

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP") or doc.has_annotation("SENT_START") or not len(doc):
            return doc  # already parsed or split: its sentences are settled
        # Plain lists and one array write: setting ``is_sent_start`` token by token cost more
        # than a third of the parser's own time on news articles. The words are read as one array of
        # numbers too: making a Token per word, twice, cost more than the rest of this component.
        orth, space = doc.to_array([ORTH, IS_SPACE]).T.tolist()
        texts = strings_of(doc, orth)
        # Whether a sentence may end after each word: final punctuation, or a quote mark closing one
        # ('... stalled.”'); a mark after anything else may be the opening of a quote.
        final = [t[-1:] in _FINAL for t in texts]
        ends = [(i > 0 and final[i - 1]) if t in _QUOTE_MARKS else final[i] for i, t in enumerate(texts)]
        # 1 a sentence start, -1 none, 0 the parser decides: no sentence ends inside a line without its punctuation.
        starts = [1] + [0 if here or before or end else -1 for here, before, end in zip(space[1:], space, ends)]
        for j in [k for k, s in enumerate(space) if s]:  # the line breaks are among the space tokens
            i = j + 1
            if i < 2 or i >= len(texts) or space[i] or "\n" not in texts[j]:
                continue
            if texts[j].count("\n") >= 2 or (not self.blank_line_only and (ends[i - 2] or texts[i - 2] in _QUOTE_MARKS)):
                starts[i] = 1
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc


@Language.factory("eventwire_paragraphs", default_config={"blank_line_only": False})
def make_paragraphs(nlp: Language, name: str, blank_line_only: bool) -> Paragraphs:
    """``blank_line_only``: break sentences only at blank lines, not at a single line break after a
    sentence's end (for text whose every line is hard-wrapped)."""
    return Paragraphs(blank_line_only)
