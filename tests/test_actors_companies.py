"""Companies and media (docs/coding.md, "Companies and media").

A company is coded by its home country with sector BUS (MED for a news organisation), as gold annotators code "Marvel
received a slew of criticism" as USA and CAMEO codes EXXON [MNCUSA]. The rows come from Phoenix's [MNC...] entries
(scripts/convert_phoenix.py) and from the hand-checked companies.tsv. Every sentence here is the team's own.
"""

from __future__ import annotations

from datetime import date

from eventwire.nlp._pipeline import make_doc
from tests.coded import coded, dyads, script

DAY = date(2016, 6, 10)


def _actors(nlp, text: str) -> dict[str, tuple]:
    doc = nlp(make_doc(nlp, text, DAY))
    return {doc[a.start:a.end].text: (a.code, a.sector, a.kind) for a in doc._.actors}


def test_a_company_as_the_source_is_coded_by_its_home_country(nlp):
    found = [d for d in dyads(coded(nlp, "Toyota sharply criticized the Brazilian government on Tuesday.", DAY))]
    assert any("JPN" in src and "BRA" in tgt for _, src, tgt in found)
    assert _actors(nlp, "Toyota sharply criticized the Brazilian government on Tuesday.")["Toyota"] == \
        ("JPN", "BUS", "organization")


def test_a_company_as_the_target_is_coded_by_its_home_country(nlp):
    found = dyads(coded(nlp, "The Kenyan government accused Exxon Mobil of polluting the lake.", DAY))
    assert any("KEN" in src and "USA" in tgt for _, src, tgt in found)


def test_a_news_organisation_is_media(nlp):
    assert _actors(nlp, "Univision criticized the candidate's remarks about Mexico.")["Univision"][:2] == ("USA", "MED")


def test_a_company_name_that_is_an_ordinary_word_makes_no_actor(nlp):
    # "Total" and "Target" are firms in Phoenix, but ordinary words in news: at a sentence's start they are no actor
    assert "Total" not in _actors(nlp, "Total spending on the new bridge rose by a third.")
    assert "Target" not in _actors(nlp, "Target dates for the talks were set by the ministry.")


def test_a_company_named_like_an_agent_noun_keeps_its_sector(nlp):
    # "carrier" is an agent noun (an aircraft carrier, MIL); Carrier the firm is a business
    assert _actors(nlp, "Carrier announced that it would move its plant to Monterrey.")["Carrier"][:2] == ("USA", "BUS")


def test_google_is_no_place(nlp):
    # "Google" is a gazetteer alternate name of Topeka (USA): the firm, not the town
    code, sector, kind = _actors(nlp, "Google filed a complaint against the European Commission.")["Google"]
    assert kind == "organization" and code == "USA"


def test_an_alternate_town_name_the_model_reads_as_an_organisation_is_no_place(nlp):
    from eventwire.nlp.actors import _gazetteer_place

    doc = nlp("Google filed a complaint against the commission.")
    assert doc[0].ent_type_ == "ORG" and _gazetteer_place(doc, 0, 1, {}) is None
    # counter-example: the town's own name stays the town
    doc = nlp("Officials in Topeka filed a complaint.")
    place = _gazetteer_place(doc, 2, 3, {})
    assert place is not None and place.country == "USA"


def test_a_town_named_like_a_company_stays_a_place(nlp):
    # "Toyota" is a firm in the tables and the main name of a Japanese town: "in Toyota" is the town
    code, sector, kind = _actors(nlp, "Police in Toyota, Aichi, arrested two men on Friday.")["Toyota"]
    assert kind == "place" and code == "JPN"


def test_a_town_named_like_a_company_with_its_state_after_a_comma_is_the_town(nlp):
    # "flew to Boise, Idaho": the state after the comma says which town, whatever the preposition
    found = _actors(nlp, "The governor flew to Boise, Idaho, for a rally on Sunday.")
    assert found.get("Boise", ("USA",))[0] == "USA" and not any(code == "MNC" for code, _, _ in found.values())


def test_converter_codes_mnc_entries():
    conv = script("convert_phoenix")
    countries = {"USA", "KOR", "GBR"}
    assert conv._code("MNCUSA", countries) == ("USA", "BUS", "USA")
    assert conv._code("MNCUSAHLH", countries) == ("USA", "BUS", "USA")  # the firm's trade leaves it a business
    assert conv._code("MNCGBRMED", countries) == ("GBR", "MED", "GBR")
    assert conv._code("MNCAFRMED", countries) == ("MNC", "MED", "")  # a region is no country
    assert conv._code("MNC", countries) == ("MNC", "BUS", "")  # as a country-less NGO is "NGO"


def test_converter_leaves_out_company_people_and_ordinary_words():
    conv = script("convert_phoenix")
    given = {"tom", "robert"}
    assert conv._company_person("TOM_FAILLA_", given)  # a spokesman
    assert conv._company_person("R_S_BUTOLA_", given)  # initials
    assert conv._company_person("CHIEF_EXECUTIVE_OF_MCC_", given)  # an office
    assert not conv._company_person("ROBERT_HALF_INTERNATIONAL_INC_", given)  # a legal form: a firm
    assert not conv._company_person("HITACHI_", given)
    lower, capital = {"total": 50, "exxon": 0}, {"total": 3, "exxon": 11}
    assert conv._ordinary_word("Total", lower, capital)
    assert not conv._ordinary_word("Exxon", lower, capital)
    assert not conv._ordinary_word("Total Capital", lower, capital)  # a name of several words is a name
    assert conv._company_case("BHP_BILLITON_", {"billiton": 0}) == ["BHP Billiton"]
    assert conv._company_case("HITACHI_LTD_", {}) == ["Hitachi Ltd", "Hitachi"]  # also without its legal form
    assert conv._company_case("CPI_CORPORATION_", {}) == ["CPI Corporation"]  # a bare acronym names other things
    assert conv._company_case("AIR_FRANCE_", {"air": 9}) == ["Air France"]  # a short ordinary word is no acronym


def test_a_firms_purchase_or_sale_is_no_event(nlp):
    assert not [d for d in dyads(coded(nlp, "Walmart bought Nabisco for a large sum last year.", DAY))
                if d[0] == "COOPERATE"]
    # counter-example: a sale between states stays economic cooperation
    assert ("COOPERATE", ["RUS"], ["UKR"]) in dyads(coded(nlp, "Russia sold gas to Ukraine last winter.", DAY))


def test_a_companys_home_country_is_no_sentence_default(nlp):
    # unnamed protesters and police are not Americans because a Walmart store is named
    assert not [d for d in dyads(coded(nlp, "Protesters denounced the police outside a Walmart store.", DAY))
                if "USA" in d[1] + d[2]]
    # counter-example: a country the sentence names still gives the groups theirs
    assert ("ACCUSE", ["MEX"], ["MEX"]) in dyads(coded(nlp, "Protesters denounced the Mexican police outside a "
                                                           "Walmart store.", DAY))


def test_a_company_word_in_a_persons_name_is_a_name(nlp):
    # "Lance" is a snack maker in Phoenix; "Lance Okafor" is a person of no known country
    code, sector, kind = _actors(nlp, "Lance Okafor, a retired teacher, criticized the school board.")["Lance Okafor"]
    assert kind == "person" and sector != "BUS"


def test_violence_aimed_only_at_a_company_by_no_one_armed_is_a_figure(nlp):
    text = "Critics worry about the explosion of delivery apps such as Uber in small towns."
    assert not [d for d in dyads(coded(nlp, text, DAY)) if d[0] == "ASSAULT"]
    # counter-example: an armed attacker still attacks the firm
    found = dyads(coded(nlp, "Gunmen attacked Exxon Mobil's offices in Lagos on Monday.", DAY))
    assert any(d[0] == "ASSAULT" and "USA" in d[2] for d in found)
