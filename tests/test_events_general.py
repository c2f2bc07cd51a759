"""General argument and actor rules of the real-news generality round (docs/coding.md, sections 3 and 4):
an active participle on a noun, material that speaks for its maker, part of a group, a name that is both a
country and a US state, a small town abroad in a text about another country.

Every sentence here is the team's own; the persons in them are invented, or real office holders (facts from
the knowledge files).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp._pipeline import make_doc
from tests.coded import dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


def actors(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(make_doc(nlp, text, DAY))
    return {doc[a.start:a.end].text: a.code for a in doc._.actors}


# -- an active participle on a noun: the noun's referent acts ----------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Democrats supporting Mrs. Clinton gathered in Ohio on Monday.", ("SUPPORT", ["USA"], ["USA"])),
    ("Congressional Republicans probing Clinton's server met on Tuesday.", ("ACCUSE", ["USA"], ["USA"])),
    ("German ministers criticising Poland left the meeting early.", ("ACCUSE", ["DEU"], ["POL"])),
])
def test_an_active_participle_on_an_actor_is_its_act(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


def test_a_participle_on_a_thing_is_still_no_act(nlp):
    assert dyads(nlp, "The dispute surrounding Nagorno-Karabakh deepened on Monday.") == []


@pytest.mark.parametrize("text, dyad", [
    ("Merkel issued a statement condemning Russia.", ("ACCUSE", ["DEU"], ["RUS"])),
    ("Senator Ted Cruz sent a letter urging Obama to veto the bill.", ("REQUEST", ["USA"], ["USA"])),
])
def test_material_speaks_for_its_maker(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- part of a group -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Many of Germany's ministers criticized Poland.", ("ACCUSE", ["DEU"], ["POL"])),
    ("Three-quarters of the Kenyan lawmakers backed Raila Odinga.", ("SUPPORT", ["KEN"], [])),
])
def test_part_of_a_group_acts_for_the_group(nlp, text, dyad):
    found = dyads(nlp, text)
    assert any(f[:2] == dyad[:2] for f in found), found


# -- Georgia: the country, or the US state -------------------------------------------------------
def test_georgia_is_the_us_state_in_a_text_about_americans(nlp):
    assert ("SUPPORT", ["USA"], ["USA"]) in dyads(nlp, 'Donald Trump posted a message reading "Thank you Georgia" after the polls closed.')
    assert actors(nlp, "Marco Rubio campaigned in Georgia with Nikki Haley.")["Georgia"] == "USA"


@pytest.mark.parametrize("text", [
    "Russian troops attacked Georgia in August.",
    "Mikheil Saakashvili said Georgia would join NATO.",
])
def test_georgia_is_the_country_otherwise(nlp, text):
    assert actors(nlp, text)["Georgia"] == "GEO"


# -- a small town abroad in a text about another country -----------------------------------------
def test_a_small_foreign_town_in_an_american_text_is_not_coded_abroad(nlp):
    found = actors(nlp, "Police in Palm Beach questioned Donald Trump's driver.")
    assert found.get("Palm Beach") in (None, "USA")
    assert "AUS" not in found.values()


def test_a_small_town_keeps_its_country_when_the_text_names_it(nlp):
    assert actors(nlp, "Police in Palm Beach questioned two Australian surfers.").get("Police") == "AUS"


# -- a word of doubt or deliberation with a nominal object does the act ------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Jeb Bush questioned Donald Trump's tactics.", ("ACCUSE", ["USA"], ["USA"])),
    ("Angela Merkel discussed the budget with François Hollande.", ("CONSULT", ["DEU"], ["FRA"])),
])
def test_doubt_or_deliberation_about_an_object_is_an_act(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Jeb Bush questioned whether Donald Trump could win.",
    "Angela Merkel feared an attack by Russia.",
])
def test_doubt_about_a_clause_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_an_unnamed_critic_of_a_country_is_not_of_that_country(nlp):
    found = dyads(nlp, "Officials criticized Russia for the attack.")
    assert not any(s == t == ["RUS"] for _, s, t in found), found


# -- nominal attacks through a light verb, material in a relative clause, a pronoun's infinitive -------
def test_a_light_verb_leaves_the_attack_noun_its_senses(nlp):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Donald Trump launched a blistering attack against Obama on Monday.")
    assert ("ASSAULT", ["RUS"], ["UKR"]) in dyads(nlp, "Russia launched an attack on Ukrainian positions near Donetsk.")


def test_material_in_a_relative_clause_speaks_for_its_maker(nlp):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Senator Ted Cruz released a video that accuses Marco Rubio of flip-flopping.")


@pytest.mark.parametrize("text", [
    "He began to criticize Marco Rubio.",
    "She flew to Iowa, criticizing Marco Rubio on the way.",
])
def test_a_pronoun_subject_reaches_its_infinitive_or_participle(nlp, text):
    assert ("ACCUSE", [], ["USA"]) in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "They are raising more money to fight Mr. Trump.",
    "We are going to have to beat Donald Trump at the ballot box.",
    "Many Republican leaders have been hesitant to endorse Donald Trump.",
])
def test_a_purpose_an_obligation_or_a_hesitation_is_no_act(nlp, text):
    assert not [d for d in dyads(nlp, text) if d[0] in ("ASSAULT", "SUPPORT")]


def test_an_unnamed_domestic_institution_still_acts_on_the_countrys_persons(nlp):
    assert ("REJECT", ["USA"], ["USA"]) in dyads(nlp, "The Senate rejected Obama's nominee.")


# -- first names ------------------------------------------------------------------------------------
def test_a_first_name_after_the_full_name_is_that_person(nlp):
    found = actors(nlp, "Angela Merkel met the press in Berlin. Later, Angela criticized Russia.")
    assert found["Angela"] == "DEU"


def test_a_first_name_two_persons_share_stays_unresolved(nlp):
    assert actors(nlp, "Angela Merkel and Angela Okafor met. Later, Angela left.")["Angela"] is None


def test_candidates_who_campaigned_by_first_name(nlp):
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(nlp, "Hillary attacked Trump over his tax returns.")


def test_a_conjoined_act_shares_its_governor(nlp):
    assert dyads(nlp, "Poland wants Germany to apologize and to pay reparations to Warsaw.") == []
    found = dyads(nlp, "Angela Merkel urged Vladimir Putin to withdraw his troops and to release the prisoners.")
    assert [d[0] for d in found] == ["REQUEST"], found


# -- nominal events: a visit's "of", a received endorsement, a quality shown by someone -----------
@pytest.mark.parametrize("text, dyad", [
    ("The visit of Angela Merkel to Warsaw ended on Friday.", ("CONSULT", ["DEU"], ["POL"])),
    ("The trip of Angela Merkel to China ended on Friday.", ("CONSULT", ["DEU"], ["CHN"])),
])
def test_of_names_the_visitor(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


def test_a_received_endorsement_is_the_endorsers(nlp):
    assert ("SUPPORT", ["USA"], ["USA"]) in dyads(nlp, "Hillary Clinton received the endorsement of Sarah Palin.")


@pytest.mark.parametrize("text, dyad", [
    ("Angela Merkel praised the courage shown by Polish firefighters.", ("SUPPORT", ["DEU"], ["POL"])),
    ("Ted Cruz criticized the arrogance displayed by Donald Trump.", ("ACCUSE", ["USA"], ["USA"])),
])
def test_praise_or_blame_of_a_quality_goes_to_who_showed_it(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


def test_a_small_foreign_town_does_not_split_the_sentence_country(nlp):
    found = dyads(nlp, "Corey Lewandowski said he appreciates the professionalism displayed by the state attorney in Palm Beach.")
    assert ("SUPPORT", ["USA"], ["USA"]) in found


# -- precision rules read off the unannotated pool ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Donald Trump named Ted Cruz when asked to pick a running mate.",  # a reduced passive: Trump is asked
    "Senator Kasich has sought to distinguish himself from Donald Trump.",  # an attempt, no request
    "Hillary Clinton clinched a majority of pledged delegates.",  # a participle describing a noun
    "Senator Bernie Sanders held a rally at Penn State on Tuesday night.",  # a campaign event
    "Obama will say so, according to excerpts of his speech released by the White House.",  # documents
    "In 2015, most burglaries were committed by Americans, according to the FBI.",  # no commitment
])
def test_no_event(nlp, text):
    assert dyads(nlp, text) == []


@pytest.mark.parametrize("text, dyad", [
    ("Thousands of protesters held a rally in Kiev against the government.", ("PROTEST", ["UKR"], ["UKR"])),
    ("Hamas released two Israeli hostages on Monday.", ("CONCEDE", ["PSE"], ["ISR"])),
    ("Angela Merkel asked Barack Obama to intervene.", ("REQUEST", ["DEU"], ["USA"])),
])
def test_the_acts_these_rules_keep(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
