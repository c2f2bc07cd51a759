"""NLP: the stateless spaCy components and the knowledge they read.

The second stage of the pipeline. ``load()`` gives a spaCy pipeline with
eventwire's components (``eventwire_actors``, ``eventwire_events``,
``eventwire_attribution``); ``to_events`` turns a parsed post into Event records.
The knowledge (countries, organisations, office holders, agents, the trigger
lexicon, attribution cues) is in ``nlp/data``.
"""

from __future__ import annotations

# spaCy and the components load when one of these is first asked for, not with the package: a module that needs
# only the knowledge files or the places (``outputs.gdelt``, the query commands) does not pay for importing spaCy.
_PIPELINE = ("BEFORE_PARSER", "COMPONENTS", "DEFAULT_MODEL", "add_components", "load", "make_doc", "model_name",
             "sentence_bounds", "to_events", "unload")


def __getattr__(name: str):
    if name in _PIPELINE:
        from . import _pipeline

        return getattr(_pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BEFORE_PARSER", "COMPONENTS", "DEFAULT_MODEL", "add_components", "load", "make_doc", "model_name", "sentence_bounds", "to_events", "unload"]
