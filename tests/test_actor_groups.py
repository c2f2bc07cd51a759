"""Groups, crowds, places, organisations and US politics as actors (docs/coding.md, section 4), on our own sentences."""

from __future__ import annotations

from datetime import date


from eventwire.nlp._pipeline import make_doc
from tests.coded import actor_ending as actor


def parse(nlp, text: str, day: date = date(2016, 3, 1)):
    return nlp(make_doc(nlp, text, day))


def coded(a) -> tuple:
    return a.code, a.sector


def test_a_crowd_is_of_the_place_of_its_clause(nlp):
    doc = parse(nlp, "Thousands of residents protested in Kiev against the new tax.")
    assert coded(actor(doc, "residents")) == ("UKR", "CVL")
    doc = parse(nlp, "Supporters of the jailed mayor marched through Lagos on Sunday.")
    assert coded(actor(doc, "Supporters")) == ("NGA", "CVL")


def test_armed_groups_and_officials_are_not_coded_by_where_they_meet(nlp):
    doc = parse(nlp, "The rebels held talks with the envoy in Geneva.")
    assert actor(doc, "rebels").code is None


def test_ethnic_groups_are_coded_by_where_they_live(nlp):
    assert coded(actor(parse(nlp, "Kurds in Syria celebrated the new year."), "Kurds")) == ("SYR", "CVL")
    assert coded(actor(parse(nlp, "Uighurs marched through Istanbul."), "Uighurs")) == ("TUR", "CVL")
    # no place named: no country is guessed from the group's name
    assert actor(parse(nlp, "Rohingya leaders criticized the plan."), "Rohingya leaders").code is None


def test_a_town_that_is_attacked_is_an_actor_of_its_country(nlp):
    events = parse(nlp, "Rebels shelled Donetsk overnight.")._.events
    assert [a.code for e in events for a in e.target] == ["UKR"]
    # a town one acts in is where, not whom
    doc = parse(nlp, "The minister praised the volunteers in Kharkiv.")
    assert all(a.kind != "place" for e in doc._.events for a in e.target)


def test_defunct_organisations_keep_their_codes(nlp):
    doc = parse(nlp, "The Organisation of African Unity condemned the Warsaw Pact.", date(1985, 5, 1))
    oau, pact = actor(doc, "African Unity"), actor(doc, "Warsaw Pact")
    assert (oau.code, oau.kind) == ("OAU", "organization")
    assert pact.kind == "organization" and pact.code and pact.sector == "IGO"


def test_media_are_their_country_with_sector_med(nlp):
    doc = parse(nlp, "Fox News criticized the senator, and Reuters reported the dispute.")
    assert coded(actor(doc, "Fox News")) == ("USA", "MED")
    assert coded(actor(doc, "Reuters")) == ("GBR", "MED")


def test_us_parties_and_campaigns_are_usa(nlp):
    doc = parse(nlp, "Republicans criticized the Democratic Party over the budget.")
    assert actor(doc, "Republicans").code == "USA" and actor(doc, "Democratic Party").code == "USA"
    (event,) = [e for e in parse(nlp, "The Trump campaign attacked Clinton on Tuesday.")._.events if e.source]
    assert [a.code for a in event.source] == ["USA"] and [a.code for a in event.target] == ["USA"]
