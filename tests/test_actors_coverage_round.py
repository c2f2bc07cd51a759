"""The actor coverage round (docs/coding.md §4, "The actor coverage round"): a family-name-first person named in full
codes the later bare family name, even where the small model tags it as a place; a person introduced with a role of
membership or office in a known organisation is of that organisation. Every sentence is the team's own; the persons
not in the tables are invented."""

from __future__ import annotations

from datetime import date

from eventwire.nlp.actors import _surname_and_given
from tests.coded import actors_on, code_and_sector, dyads_on

actors_2016 = actors_on(date(2016, 5, 2))
actors_2024 = actors_on(date(2024, 12, 6))
actors_2015 = actors_on(date(2015, 3, 18))


# -- family name first: the document's memory -------------------------------------------------------------------

def test_a_family_name_first_surname_is_the_first_word_of_the_name():
    assert _surname_and_given("Yoon Suk Yeol", True) == ("Yoon", "Suk")
    # another romanisation and a name the model cut short are the same bearer, not two persons
    assert _surname_and_given("Yoon Suk-yeol", True) == ("Yoon", "Suk") == _surname_and_given("Yoon Suk", True)
    assert _surname_and_given("Robert Mugabe", False) == ("Mugabe", "Robert")


def test_a_bare_family_name_the_model_tags_as_a_place_is_the_person_named_before(nlp):
    # The small model reads this "Yoon" as a GPE: it was no actor, and the request had no target.
    text = "South Korean President Yoon Suk Yeol spoke on Friday. Han Dong-hoon urged Yoon to step down."
    (yoon,) = actors_2024(nlp, text, "Yoon")
    assert code_and_sector(yoon) == ("KOR", "GOV") and yoon.name == "Yoon Suk Yeol"
    assert ("REQUEST", ["KOR"], ["KOR"]) in dyads_on(date(2024, 12, 6))(nlp, text)


def test_a_bare_family_name_is_not_a_foreign_town(nlp):
    # "Ban" alone was the Dominican town of Baní in the gazetteer.
    text = "U.N. Secretary-General Ban Ki-moon spoke in Geneva on Monday. Ban criticized the Syrian government."
    (ban,) = actors_2016(nlp, text, "Ban")
    assert ban.code == "UNO" and ban.resolved_from == "learned"


def test_the_first_word_of_a_western_name_stays_what_it_is(nlp):
    # Only a person of a family-name-first country whom the tables know has the family name first.
    (jordan,) = actors_2016(nlp, "Jordan Peterson spoke on Friday. Jordan criticized Israel.", "Jordan")
    assert jordan.code == "JOR" and jordan.kind != "person"


def test_another_family_name_after_a_full_name_stays_unresolved(nlp):
    (kim,) = actors_2024(nlp, "Yoon Suk Yeol spoke on Friday. Kim criticized the government.", "Kim")
    assert kim.code is None


def test_a_bare_family_name_with_no_full_mention_stays_unresolved(nlp):
    # Sentence coded alone: "Kim" is as common in Korea as "Smith" in the US, and several of its bearers are figures on
    # the day (the surname guard keeps it out; "Yoon", one figure of the day, is coded: tests/test_actors_surnames.py).
    (kim,) = actors_2024(nlp, "Mr. Kim apologized to the nation on Saturday.", "Kim")
    assert kim.code is None


# -- roles of membership or office in an organisation named after them -------------------------------------------

def test_a_person_introduced_as_the_leader_of_a_party_is_of_the_party(nlp):
    text = "Rachid Ghannouchi, the leader of Ennahda, condemned the attack on Tunisia's parliament."
    (person,) = actors_2015(nlp, text, "Rachid Ghannouchi")
    assert person.code == "TUN" and person.resolved_from == "affiliation"


def test_a_person_introduced_as_the_chair_of_a_committee_is_of_its_country(nlp):
    text = "Dana Whitlock, the chairwoman of the Democratic National Committee, attacked Trump."
    (person,) = actors_2016(nlp, text, "Dana Whitlock")
    assert person.code == "USA"


def test_a_critic_or_a_lawyer_is_not_of_whom_they_follow(nlp):
    (critic,) = actors_2016(nlp, "Dana Whitlock, a critic of Obama, attacked the plan.", "Dana Whitlock")
    (lawyer,) = actors_2016(nlp, "Dana Whitlock, a lawyer for Trump, attacked the judge.", "Dana Whitlock")
    assert critic.code is None and lawyer.code is None
