"""Helpers shared by the event-coding tests: one text through the whole pipeline, and its events as dyads."""

from __future__ import annotations

from datetime import date

import eventwire
from eventwire.model import Event
from eventwire.pipeline import analyze


def coded(nlp, text: str, day: date) -> list[Event]:
    """The typed events ``analyze`` codes in ``text``, dated as if published on ``day``."""
    doc = eventwire.read(text.encode())[0]
    (result,) = list(analyze([doc], nlp=nlp, date_override=day))
    return [e for e in result.events if e.plover_type]


def all_cameo_codes(nlp, text: str, day: date) -> list[str]:
    """The CAMEO codes of every event ``analyze`` codes in ``text``, statements (no PLOVER type) included."""
    doc = eventwire.read(text.encode())[0]
    (result,) = list(analyze([doc], nlp=nlp, date_override=day))
    return [e.cameo for e in result.events]


def dyads(evs: list[Event], *, known: bool = True) -> list[tuple[str, list, list]]:
    """(PLOVER type, source codes, target codes) per event; ``known`` leaves out actors without a code."""
    def codes(actors) -> list:
        return sorted({a.code for a in actors if a.code or not known})
    return [(e.plover_type, codes(e.source), codes(e.target)) for e in evs]


def cameo_dyads(nlp, text: str, day: date) -> list[tuple[str, list, list]]:
    """(CAMEO code, source codes, target codes) per typed event of one text dated ``day`` (the wire battery tests)."""
    def known(actors) -> list:
        return sorted({a.code for a in actors if a.code})
    return [(e.cameo, known(e.source), known(e.target)) for e in coded(nlp, text, day)]


def dyads_on(day: date):
    """``dyads(nlp, text)``: the dyads of one text coded as if published on ``day`` (the helper the event-rule tests share)."""
    def dyads_of(nlp, text: str) -> list[tuple[str, list, list]]:
        return dyads(coded(nlp, text, day))
    return dyads_of


def types_on(day: date):
    """``types(nlp, text)``: the PLOVER types of one text coded as if published on ``day``, in text order."""
    dyads_of = dyads_on(day)

    def types_of(nlp, text: str) -> list[str]:
        return [d[0] for d in dyads_of(nlp, text)]
    return types_of


def script(name: str):
    """``scripts/<name>.py`` as a module (scripts/ is no package), registered in ``sys.modules`` before it runs, as
    its dataclasses need; loaded once per test process."""
    import importlib.util
    import sys
    from pathlib import Path

    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def actors_on(day: date):
    """``actors(nlp, text, words)``: the actors of one text, dated ``day``, whose words are ``words``, in text order."""
    from eventwire.nlp._pipeline import make_doc

    def actors_of(nlp, text: str, words: str) -> list:
        doc = nlp(make_doc(nlp, text, day))
        found = [a for a in doc._.actors if doc[a.start:a.end].text == words]
        assert found, [doc[a.start:a.end].text for a in doc._.actors]
        return found
    return actors_of


def code_and_sector(actor) -> tuple:
    """An actor's (country code, sector)."""
    return actor.code, actor.sector


def actor_ending(doc, words: str):
    """The first actor the pipeline found in ``doc`` whose text ends with ``words`` (fails, listing them, when none)."""
    found = [a for a in doc._.actors if doc[a.start:a.end].text.endswith(words)]
    assert found, [doc[a.start:a.end].text for a in doc._.actors]
    return found[0]
