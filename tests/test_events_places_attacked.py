"""Places attacked and people fired at (docs/coding.md, "Places attacked"). Every sentence here is the team's own.

A harmed thing stands for the country it is in (§4, "A place that is attacked or targeted"). Before the round that
place was found only in the thing's own "in" phrase, and not when an unresolved group named whose the thing was
("Kurdish militia positions"); "of" and "near" places were missed; schoolchildren were no group; and people fired at
("fired tear gas at protesters") were read as a place, "at" being a preposition of where. The place of a harmed thing
was dropped again when the unnamed attackers took that same country, and "a suicide bomber" was a weapon, with no
country of its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2023, 5, 2))


@pytest.mark.parametrize("text, expected", [
    ("Turkish troops shelled Kurdish militia positions in northern Syria.", ("ASSAULT", ["TUR"], ["SYR"])),
    ("Russian forces shelled residential areas of Kyiv.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Israeli jets bombed targets near Damascus.", ("ASSAULT", ["ISR"], ["SYR"])),
    ("Gunmen kidnapped 20 schoolchildren in northern Nigeria.", ("ASSAULT", ["NGA"], ["NGA"])),
    ("Kenyan police fired tear gas at protesters.", ("COERCE", ["KEN"], ["KEN"])),
    # unnamed attackers are coded where they are, and the place of the harmed thing stays the target
    ("Gunmen killed 15 people at a market in Baghdad.", ("ASSAULT", ["IRQ"], ["IRQ"])),
    # a suicide bomber is a person there, not a weapon of someone else's
    ("A suicide bomber killed 15 people at a market in Baghdad.", ("ASSAULT", ["IRQ"], ["IRQ"])),
])
def test_the_place_of_a_harmed_thing_and_people_fired_at_are_the_target(nlp, text, expected):
    assert expected in dyads(nlp, text)

