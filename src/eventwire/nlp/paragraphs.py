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

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["Paragraphs"]

# What a sentence ends with: final punctuation, or a quote mark right after it.
_FINAL = frozenset(".!?:;…")
_QUOTE_MARKS = frozenset({"”", '"', "'", "’", "''"})


class Paragraphs:
    """Stateless: ``blank_line_only`` (a setting) makes only blank lines break sentences."""

    def __init__(self, blank_line_only: bool = False) -> None:
        self.blank_line_only = blank_line_only

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
            return doc  # already parsed or split: its sentences are settled
        for tok in doc[1:]:
            if not tok.is_space and not doc[tok.i - 1].is_space and not self._ends_sentence(doc[tok.i - 1]):
                tok.is_sent_start = False  # no sentence ends inside a line without its punctuation
        for tok in doc[2:]:
            gap = doc[tok.i - 1]
            if tok.is_space or not gap.is_space or "\n" not in gap.text:
                continue
            before = doc[tok.i - 2]
            if gap.text.count("\n") >= 2 or (not self.blank_line_only and (self._ends_sentence(before) or before.text in _QUOTE_MARKS)):
                tok.is_sent_start = True
        return doc

    @staticmethod
    def _ends_sentence(tok) -> bool:
        """Whether a sentence may end after ``tok``: final punctuation, or a quote mark closing one
        ('... stalled.”'); a mark after anything else may be the opening of a quote."""
        if tok.text in _QUOTE_MARKS:
            return tok.i > 0 and tok.doc[tok.i - 1].text[-1:] in _FINAL
        return tok.text[-1:] in _FINAL


@Language.factory("eventwire_paragraphs", default_config={"blank_line_only": False})
def make_paragraphs(nlp: Language, name: str, blank_line_only: bool) -> Paragraphs:
    """``blank_line_only``: break sentences only at blank lines, not at a single line break after a
    sentence's end (for text whose every line is hard-wrapped)."""
    return Paragraphs(blank_line_only)
