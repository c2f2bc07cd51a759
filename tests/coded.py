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


def dyads(evs: list[Event], *, known: bool = True) -> list[tuple[str, list, list]]:
    """(PLOVER type, source codes, target codes) per event; ``known`` leaves out actors without a code."""
    def codes(actors) -> list:
        return sorted({a.code for a in actors if a.code or not known})
    return [(e.plover_type, codes(e.source), codes(e.target)) for e in evs]


def dyads_on(day: date):
    """``dyads(nlp, text)``: the dyads of one text coded as if published on ``day`` (the helper the event-rule tests share)."""
    def dyads_of(nlp, text: str) -> list[tuple[str, list, list]]:
        return dyads(coded(nlp, text, day))
    return dyads_of
