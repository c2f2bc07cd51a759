"""The nominal and passive recall round (docs/coding.md, "Nominal and passive recall round"): every sentence here
is the team's own.

The round traced each gold event of `train`, `train2`, `train3` and real `dev` that the default mode misses with a
nominal trigger (doer a possessive, a "by" / "from" phrase or no one) or a passive. Put in sentences whose actors
the files know, the constructions of those misses are coded; what the misses lack is an actor (a name the files do
not know, a pronoun, a doer only the article names). These tests hold the constructions the finding rests on, so
that a later rule cannot lose one unseen, with counter-examples that stay no event (a nominal that is only a topic
or a reference back, §4a)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


# -- a nominal trigger: its possessive, "by" or "from" phrase is its doer ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a possessive doer, and the "of" of a visit or an annexation is whom it is done to
    ("President Obama's visit to Cuba was historic.", ("CONSULT", ["USA"], ["CUB"])),
    ("Russia's annexation of Crimea angered the United States.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("The German government's criticism of Russia was sharp.", ("ACCUSE", ["DEU"], ["RUS"])),
    # a "by" doer after the "of" of the one acted upon
    ("The criticism of Russia by Chancellor Merkel was sharp.", ("ACCUSE", ["DEU"], ["RUS"])),
    ("The arrest of the Kenyan opposition leader by police sparked protests.", ("COERCE", ["KEN"], ["KEN"])),
    # a "by" doer with an "against" target
    ("A protest by Kenyan farmers against the Ugandan government turned violent.", ("PROTEST", ["KEN"], ["UGA"])),
    # a "from" doer of a received act, aimed at who receives it
    ("Germany faced criticism from France over the plan.", ("ACCUSE", ["FRA"], ["DEU"])),
    ("Senator Cruz fields attacks from Senator Rubio.", ("ACCUSE", ["USA"], ["USA"])),
])
def test_a_nominal_trigger_takes_its_possessive_by_or_from_phrase_as_doer(nlp, text, expected):
    assert dyads(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "The threat of war with Russia worried Germany.",  # a topic, no act (§2)
    "Germany raised taxes after the attacks.",  # a known event referred back to (§4a)
    "Senator Cruz spoke amid attacks from Senator Rubio.",  # a reference back, even with its doer named (§4a)
])
def test_a_nominal_that_is_only_a_topic_or_a_reference_back_stays_no_event(nlp, text):
    assert dyads(nlp, text) == []


# -- a passive: the "by" agent is the source, the subject the target; no agent, no source ------------------------
@pytest.mark.parametrize("text, expected", [
    ("Senator Rubio was criticised by President Obama.", ("ACCUSE", ["USA"], ["USA"])),
    ("The Kenyan president was praised by the Ugandan foreign minister.", ("SUPPORT", ["UGA"], ["KEN"])),
    ("The Kenyan farmers were attacked by Ugandan troops.", ("ASSAULT", ["UGA"], ["KEN"])),
    # no agent: the act is asserted with an empty source ...
    ("Kenyan opposition leaders were arrested on Monday.", ("COERCE", [], ["KEN"])),
    # ... except an arrest in a named country, done by that country's police (§4, "Implied authorities")
    ("Two British journalists were arrested in Egypt.", ("COERCE", ["EGY"], ["GBR"])),
])
def test_a_passive_takes_its_by_agent_as_source_and_its_subject_as_target(nlp, text, expected):
    assert dyads(nlp, text) == [expected]
