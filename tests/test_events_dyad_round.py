"""Rules of the dyad round (docs/coding.md §3, "The dyad round"): targets of events whose type is already right.

Every sentence here is the team's own. Each rule test fails on the coder before the round; each has counter-examples
that keep the event as it was (no target) or have none."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


# -- the people a request is addressed to, named by a plain noun, are coded by where they are ----------------------
@pytest.mark.parametrize("text, dyad", [
    ("The Kenyan health ministry warned people to boil their drinking water.", ("REQUEST", ["KEN"], ["KEN"])),
    ("The Turkish interior ministry urged people in the border towns to stay indoors.", ("REQUEST", ["TUR"], ["TUR"])),
    ("The Canadian prime minister called on members to stand together.", ("REQUEST", ["CAN"], ["CAN"])),
])
def test_people_asked_to_act_are_the_target(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # no country in the sentence: the people asked have none either, and no event is made up
    "The ministry urged people to stay calm.",
    # the people are not asked to do anything: no addressee of a request
    "The French government warned people about the storm.",
])
def test_people_not_asked_or_of_no_country_give_no_target(nlp, text):
    assert not any(d[0] == "REQUEST" and d[2] for d in dyads(nlp, text))


def test_people_named_without_a_request_stay_no_target(nlp):
    # "people" is no actor outside a request addressed to them: a statement about them has no target
    assert ("ACCUSE", ["FRA"], ["FRA"]) not in dyads(nlp, "The French president criticized people who ignored the storm warnings.")


def test_named_members_keep_their_own_code(nlp):
    # "members of the Bundestag" is an actor of its own, not the plain noun
    assert ("REQUEST", ["DEU"], ["DEU"]) in dyads(nlp, "The German chancellor called on members of the Bundestag to back the plan.")

