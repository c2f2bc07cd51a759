"""The field's coding convention (docs/coding.md): the governing predicate decides the event.

Every sentence here is the team's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded
from tests.coded import dyads as coded_dyads

DAY = date(2024, 5, 6)


def events(nlp, text: str):
    return coded(nlp, text, DAY)


def dyads(evs):
    return coded_dyads(evs, known=False)


@pytest.mark.parametrize("text, expected", [
    ("Norway urged Sweden to withdraw its troops from the border.", ("REQUEST", ["NOR"], ["SWE"])),
    ("The Chilean government called on Peru to release the detained fishermen.", ("REQUEST", ["CHL"], ["PER"])),
    ("Senegal demanded that Mali return the seized trucks.", ("REQUEST", ["SEN"], ["MLI"])),
])
def test_requests_are_request_by_who_asks_to_who_is_asked(nlp, text, expected):
    found = dyads(events(nlp, text))
    assert found == [expected], found


@pytest.mark.parametrize("text", [
    "Norway is ready to send peacekeepers to Ghana.",
    "Japan pledged to rebuild the bridges in Laos.",
    "Brazil offered to mediate between Colombia and Venezuela.",
    "Germany will deliver two air-defence batteries to Ukraine next month.",
])
def test_promises_offers_and_intentions_are_agree(nlp, text):
    found = events(nlp, text)
    assert [e.plover_type for e in found] == ["AGREE"], dyads(found)


@pytest.mark.parametrize("text", [
    "Turkey threatened to close its border with Syria.",
    "India vowed to strike back at Pakistan.",
])
def test_threats_are_threaten(nlp, text):
    found = events(nlp, text)
    assert [e.plover_type for e in found] == ["THREATEN"], dyads(found)


@pytest.mark.parametrize("text", [
    "The Bolivian government refused to extradite the suspect to Peru.",
    "Kenya failed to reach a deal with Somalia on the maritime border.",
    "Hungary will not allow Ukrainian inspectors into the plant.",
])
def test_refusals_and_failures_are_reject(nlp, text):
    found = events(nlp, text)
    assert [e.plover_type for e in found] == ["REJECT"], dyads(found)


@pytest.mark.parametrize("text", [
    "Poland wants Germany to pay reparations.",
    "Argentina hopes that Chile will sign the fishing treaty.",
    "Refugees in Greece feared being deported to Turkey.",
    "It is unclear whether Russia will attack Moldova.",
    "Analysts believe that Iran could send drones to Venezuela.",
    "Officials in Cairo spoke of a need for dialogue with Ethiopia.",
    "Serbia would like to see talks with Kosovo.",
    "If you count the number of Sudanese civilians killed by the army, the toll is higher.",
])
def test_no_wish_fear_or_belief_comes_out_as_an_event(nlp, text):
    assert events(nlp, text) == [], dyads(events(nlp, text))


@pytest.mark.parametrize("text", [
    "Tehran has offered no public response to the proposal.",
    "Iraq did not attack Kuwait.",
])
def test_a_negated_act_is_not_the_act(nlp, text):
    assert events(nlp, text) == [], dyads(events(nlp, text))


@pytest.mark.parametrize("text", [
    "Russia warned on Tuesday.",
    "The Chinese government rejected the report.",
    "Pakistan threatened retaliation.",
    "Iran condemned the decision in a statement.",
    "Moscow accused the West of lying.",
    "The Kenyan police demanded calm.",
    "Thousands of Indonesian workers protested in Jakarta.",
    "Egyptian police arrested dozens of protesters.",
])
def test_no_verbal_event_comes_out_as_a_self_dyad(nlp, text):
    for e in events(nlp, text):
        if e.plover_type in ("REQUEST", "ACCUSE", "REJECT", "THREATEN") or not e.target:
            assert not e.target or {a.code for a in e.target} != {a.code for a in e.source}, dyads([e])


def test_verbal_events_get_no_default_target(nlp):
    found = events(nlp, "Russia warned on Tuesday about the deployment.")
    assert all(not e.target for e in found if e.plover_type in ("THREATEN", "ACCUSE", "REQUEST", "REJECT"))


def test_a_demand_said_by_a_speaker_is_the_speaker_s_request(nlp):
    found = dyads(events(nlp, "Valdonia must release the fishermen, the Chilean envoy said."))
    assert all(t == "REQUEST" for t, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    ("Kenya must hold elections soon, the Ugandan foreign minister said.", ("REQUEST", ["UGA"], ["KEN"])),
    ("Norway said Sweden has to pay for the bridge.", ("REQUEST", ["NOR"], ["SWE"])),
    # a speaker named but not coded still asks (kept by name, no code)
    ("Maria Okonkwo suggested that Chile should send more engineers to Bolivia.", ("REQUEST", [None], ["CHL"])),
])
def test_a_reported_obligation_is_the_speaker_s_request_whatever_the_act(nlp, text, expected):
    assert dyads(events(nlp, text)) == [expected]


@pytest.mark.parametrize("text", [
    "Should Kenya hold elections?",
    "Kenya must hold elections soon.",  # no one says so
])
def test_an_obligation_without_a_speaker_is_no_event(nlp, text):
    assert events(nlp, text) == [], dyads(events(nlp, text))


def test_a_report_noun_makes_would_a_stated_future(nlp):
    found = dyads(events(nlp, "The ministry confirmed reports that Japan would deliver aid to Laos."))
    found += dyads(events(nlp, "There was news that Japan would deliver aid to Laos."))
    assert found and all(t == "AGREE" for t, _, _ in found), found


def test_conjoined_subjects_of_a_reciprocal_act_go_both_ways(nlp):
    found = dyads(events(nlp, "France and Germany signed a defence pact in Paris."))
    assert ("AGREE", ["FRA"], ["DEU"]) in found and ("AGREE", ["DEU"], ["FRA"]) in found, found
