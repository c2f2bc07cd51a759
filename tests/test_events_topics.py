"""What is discussed is no party (docs/coding.md, "Topics discussed"): a consultation is with whom it is held, not
with the country or person it is about. Every sentence here is the team's own. Each rule test fails on the coder
before the rule; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on

dyads = dyads_on(date(2016, 6, 1))


@pytest.mark.parametrize("text, expected", [
    # conjoined subjects meet each other; the object is the topic
    ("Putin and Erdogan discussed Syria in a phone call.", [("CONSULT", ["RUS"], ["TUR"]), ("CONSULT", ["TUR"], ["RUS"])]),
    # "with" names the counterpart, the object is the topic
    ("Merkel discussed Ukraine with Putin.", [("CONSULT", ["DEU"], ["RUS"]), ("CONSULT", ["RUS"], ["DEU"])]),
    # a consultation's "on" is its topic, also under a light verb
    ("Kerry held talks with Lavrov on Syria.", [("CONSULT", ["RUS"], ["USA"]), ("CONSULT", ["USA"], ["RUS"])]),
    ("Kerry and Lavrov held a meeting on Syria in Geneva.", [("CONSULT", ["RUS"], ["USA"]), ("CONSULT", ["USA"], ["RUS"])]),
])
def test_a_topic_is_no_counterpart(nlp, text, expected):
    assert sorted(dyads(nlp, text)) == expected


def test_a_topic_alone_makes_no_meeting(nlp):
    # no one named to meet: the president discussing a region is no consultation with a country in it
    assert dyads(nlp, "President Obama spent Thursday discussing challenges in Asia, from North Korea to China.") == []


@pytest.mark.parametrize("text, dyad", [
    ("Kerry held talks with Lavrov in Geneva.", ("CONSULT", ["USA"], ["RUS"])),
    ("Secretary Kerry visited Moscow for talks on Syria.", ("CONSULT", ["USA"], ["RUS"])),
    ("Discussions between Kenya and Somalia resumed in Nairobi.", ("CONSULT", ["KEN"], ["SOM"])),
])
def test_whom_a_consultation_is_with_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
