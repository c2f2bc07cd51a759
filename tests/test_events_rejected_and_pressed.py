"""Two misreadings found on our own sentences (docs/coding.md, "Acts rejected in the passive" and "Acts carried
forward by "press""). Every sentence here is the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2016, 5, 1))


@pytest.mark.parametrize("text", [
    "The request by Germany for an inquiry was rejected.",
    "The offer by Iran to mediate was turned down.",
])
def test_the_doer_of_a_rejected_act_does_not_reject(nlp, text):
    # who asked or offered is turned down; with no rejecter named there is no one to code as the source
    assert not any(d[0] == "REJECT" and d[1] in (["DEU"], ["IRN"]) for d in dyads(nlp, text))


@pytest.mark.parametrize("text, want", [
    ("The request by Germany for an inquiry was rejected by Russia.", ("REJECT", ["RUS"], ["DEU"])),
    ("The offer by Iran to mediate was rejected by Saudi Arabia.", ("REJECT", ["SAU"], ["IRN"])),
])
def test_the_rejecter_turns_down_the_doer(nlp, text, want):
    assert want in dyads(nlp, text)


def test_an_active_rejection_keeps_its_dyad(nlp):
    # the counter-example: the possessive and the active voice were already right, and stay so
    assert ("REJECT", ["RUS"], ["DEU"]) in dyads(nlp, "Russia rejected Germany's request for an inquiry.")


@pytest.mark.parametrize("text, want", [
    ("The Russian general pressed his attack on the Ukrainian town.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("The Russian army pressed its attack on Kharkiv.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("The German chancellor pressed her criticism of Russia.", ("ACCUSE", ["DEU"], ["RUS"])),
])
def test_pressing_an_act_does_the_act(nlp, text, want):
    got = dyads(nlp, text)
    assert want in got
    assert not any(d[0] == "REQUEST" for d in got)


@pytest.mark.parametrize("text, want", [
    ("The Turkish president pressed Russia to withdraw its troops.", ("REQUEST", ["TUR"], ["RUS"])),
    ("The French president pressed for talks with Iran.", ("REQUEST", ["FRA"], ["IRN"])),
    ("The German chancellor pressed Iran on its nuclear program.", ("REQUEST", ["DEU"], ["IRN"])),
])
def test_pressing_someone_still_asks(nlp, text, want):
    assert want in dyads(nlp, text)
