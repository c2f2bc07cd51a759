"""Actor knowledge rules of docs/coding.md section 4, on sentences of our own."""

from __future__ import annotations

from datetime import date


from eventwire.nlp._pipeline import make_doc
from tests.coded import actor_ending as actor


def parse(nlp, text: str, day: date = date(2024, 1, 10)):
    return nlp(make_doc(nlp, text, day))


def test_a_bare_surname_takes_the_office_held_at_the_document_date(nlp):
    # roles.tsv: Baradar led the Taliban's political office (AFG REB) until 2021, then became deputy prime minister.
    before = actor(parse(nlp, "Baradar met Pakistani officials in Doha.", date(2020, 5, 1)), "Baradar")
    after = actor(parse(nlp, "Baradar met Pakistani officials in Doha.", date(2023, 5, 1)), "Baradar")
    assert (before.code, before.sector) == ("AFG", "REB")
    assert (after.code, after.sector) == ("AFG", "GOV")


def test_crowds_are_coded_by_where_they_are(nlp):
    doc = parse(nlp, "Thousands of residents in Dhaka protested against the power cuts.")
    assert (actor(doc, "residents").code, actor(doc, "residents").sector) == ("BGD", "CVL")
    doc = parse(nlp, "Ethnic Hungarians in Slovakia protested against the language law.")
    assert actor(doc, "Hungarians").code == "SVK"


def test_a_domestic_target_comes_from_the_text(nlp):
    (event,) = parse(nlp, "Police arrested protesters in Cairo.")._.events
    assert [(a.code, a.sector) for a in event.target] == [("EGY", "CVL")]


def test_a_place_that_is_attacked_is_an_actor_of_its_country(nlp):
    (event,) = parse(nlp, "Militants fired rockets at Sderot on Monday.")._.events
    assert [a.code for a in event.target] == ["ISR"] and not event.source


def test_a_place_one_acts_in_is_not_a_target(nlp):
    doc = parse(nlp, "Senator Kowalski campaigned for the governor in Iowa.")
    assert all(a.kind != "place" for e in doc._.events for a in e.target)


def test_first_level_divisions_resolve_to_their_own_country(nlp):
    doc = parse(nlp, "Colorado teachers protested outside the state capitol.")
    assert (actor(doc, "Colorado teachers").code, actor(doc, "Colorado teachers").sector) == ("USA", "EDU") or \
        actor(doc, "Colorado teachers").code == "USA"
    sanders = actor(parse(nlp, "Vermont Sen. Maria Okafor criticized the trade deal."), "Okafor")
    assert (sanders.code, sanders.sector) == ("USA", "LEG")
    bank = actor(parse(nlp, "Settlers attacked a village in the West Bank."), "West Bank")
    assert bank.code == "PSE" and bank.sector != "BUS"


def test_conjoined_subjects_of_reciprocal_acts_are_coded_both_ways(nlp):
    events = parse(nlp, "Spain and Morocco held talks on migration in Rabat.")._.events
    dyads = {(e.source[0].code, e.target[0].code) for e in events if e.source and e.target}
    assert {("ESP", "MAR"), ("MAR", "ESP")} <= dyads


def test_an_unresolved_person_is_kept_by_name_when_it_is_the_source(nlp):
    (event,) = parse(nlp, "Ingrid Halvorsen criticized the Norwegian government.")._.events
    (person,) = event.source
    assert person.code is None and person.kind == "person" and person.resolved_from == "unresolved"
    assert person.name == "Ingrid Halvorsen"


def test_the_former_and_the_latter_tell_two_persons_of_one_country_apart(nlp):
    # Both are USA: "the former" is the first named, not whatever came before the two.
    doc = parse(nlp, "Asked to choose between Bernie Sanders and Hillary Clinton, Kenya's envoy said he preferred "
                     "the former to the latter.", date(2016, 3, 1))
    former, latter = actor(doc, "former"), actor(doc, "latter")
    assert (former.code, former.name) == ("USA", "Bernie Sanders")
    assert (latter.code, latter.name) == ("USA", "Hillary Clinton")


def test_the_former_for_another_person_of_the_source_country_is_a_target(nlp):
    doc = parse(nlp, "Asked about a race between Bernie Sanders and Ted Cruz, Hillary Clinton said she would "
                     "support the former.", date(2016, 3, 1))
    support = [e for e in doc._.events if doc[e.trigger_start].lower_ == "support"]
    assert support and [a.name for a in support[0].target] == ["Bernie Sanders"]


def test_a_demonym_on_forces_is_their_nationality_not_where_they_are(nlp):
    # The residence convention is for a people named by its demonym, not for a country's troops abroad.
    assert actor(parse(nlp, "Russian troops in Ukraine shelled the town."), "troops").code == "RUS"
    assert actor(parse(nlp, "American soldiers in Iraq killed two gunmen."), "soldiers").code == "USA"
    assert actor(parse(nlp, "Ethnic Hungarians in Slovakia protested the language law."), "Hungarians").code == "SVK"


def test_the_last_demonym_of_a_people_is_where_they_live(nlp):
    assert actor(parse(nlp, "Cuban Americans backed the embargo."), "Americans").code == "USA"
    assert actor(parse(nlp, "Turkish Cypriots rallied against the border closure."), "Cypriots").code == "CYP"


def test_a_country_in_the_noun_phrase_beats_the_place_of_the_group(nlp):
    judge = actor(parse(nlp, "A U.S. district judge in Alexandria sentenced the hacker."), "judge")
    assert (judge.code, judge.sector) == ("USA", "JUD")


def test_a_state_after_a_town_says_which_town(nlp):
    assert actor(parse(nlp, "Police in Alexandria, Va., arrested two protesters."), "Police").code == "USA"
    assert actor(parse(nlp, "Police in Alexandria arrested two protesters."), "Police").code == "EGY"
    town = actor(parse(nlp, "Rebels shelled Alexandria, Va., on Monday."), "Alexandria")
    assert (town.code, town.kind) == ("USA", "place")


def test_a_title_and_a_chinese_or_korean_family_name_name_the_office_holder(nlp):
    # Family name first: "President Yoon" is Yoon Suk Yeol, and Phoenix's minister Yoon Jeung Hyun, whose office the
    # 2014 file left open, does not contest the team's dated entry in 2024.
    yoon = actor(parse(nlp, "President Yoon apologized to the nation on Saturday.", date(2024, 12, 7)), "Yoon")
    assert (yoon.code, yoon.sector, yoon.name) == ("KOR", "GOV", "Yoon Suk Yeol")
    moon = actor(parse(nlp, "President Moon met the envoy in Seoul.", date(2018, 4, 27)), "Moon")
    assert (moon.code, moon.name) == ("KOR", "Moon Jae-in")


def test_defunct_states_have_their_phoenix_codes(nlp):
    day = date(1985, 6, 1)
    doc = parse(nlp, "The Soviet Union accused Yugoslavia of aggression.", day)
    assert actor(doc, "Soviet Union").code == "SUN" and actor(doc, "Yugoslavia").code == "YUG"
    doc = parse(nlp, "East Germany and Czechoslovakia signed a trade pact.", day)
    assert actor(doc, "East Germany").code == "DDR" and actor(doc, "Czechoslovakia").code == "CSK"
    assert actor(parse(nlp, "Soviet troops attacked the rebels.", day), "troops").code == "SUN"
    # Phoenix's office holders of a defunct state keep its code for their dates.
    assert actor(parse(nlp, "Erich Honecker met the envoy.", day), "Honecker").code == "DDR"


def test_an_agent_word_as_an_adjective_of_a_thing_names_no_actor(nlp):
    doc = parse(nlp, "Gunmen in military uniforms stormed the museum before the general election.")
    assert [doc[a.start:a.end].text for a in doc._.actors if a.sector] == ["Gunmen"]
    # On an agent noun it stays part of the actor, and a religion's adjective is still a group.
    assert actor(parse(nlp, "Senior military officials met the envoy."), "officials").sector == "MIL"
    assert actor(parse(nlp, "Jewish groups condemned the plan."), "Jewish").sector == "REL"
