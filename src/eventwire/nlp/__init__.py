"""NLP: the stateless spaCy components and the knowledge they read.

The second stage of the pipeline. ``load()`` gives a spaCy pipeline with
eventwire's components (``eventwire_actors``, ``eventwire_events``,
``eventwire_attribution``); ``to_events`` turns a parsed post into Event records.
The knowledge (countries, organisations, office holders, agents, the trigger
lexicon, attribution cues) is in ``nlp/data``.
"""

from __future__ import annotations

from ._pipeline import BEFORE_PARSER, COMPONENTS, DEFAULT_MODEL, add_components, load, make_doc, model_name, sentence_bounds, to_events, unload

__all__ = ["BEFORE_PARSER", "COMPONENTS", "DEFAULT_MODEL", "add_components", "load", "make_doc", "model_name", "sentence_bounds", "to_events", "unload"]
