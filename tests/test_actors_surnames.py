"""The surname round (docs/coding.md §4, "The surname round"): a person named by the surname alone, with no full
mention before it, is the one office holder of that surname in office on the document's date, when the tables leave
no doubt; otherwise the person stays unresolved (an empty actor beats a wrong one)."""

from __future__ import annotations

from datetime import date

from tests.coded import actors_on, code_and_sector, dyads_on

actors_2016 = actors_on(date(2016, 6, 1))
dyads_2016 = dyads_on(date(2016, 6, 1))


def test_a_surname_after_an_honorific_is_the_holder_of_the_date(nlp):
    (kerry,) = actors_2016(nlp, "Mr. Kerry met the Russian foreign minister in Geneva.", "Kerry")
    assert code_and_sector(kerry) == ("USA", "GOV")
    assert kerry.name == "John Kerry" and kerry.resolved_from == "surname"


def test_a_bare_surname_is_the_holder_of_the_date(nlp):
    (kerry,) = actors_2016(nlp, "Kerry praised the Egyptian government on Monday.", "Kerry")
    assert code_and_sector(kerry) == ("USA", "GOV")


def test_the_office_is_the_one_held_on_the_date(nlp):
    # One person with two dated roles in roles.tsv: an advocacy group's president, then a campaign's deputy manager.
    text = "Bossie criticized the Iranian government."
    (before,) = actors_2016(nlp, text, "Bossie")
    (after,) = actors_on(date(2016, 10, 1))(nlp, text, "Bossie")
    assert code_and_sector(before) == ("USA", "NGO") and code_and_sector(after) == ("USA", "ELI")


def test_a_holder_only_the_phoenix_table_knows_is_not_named(nlp):
    # In 2010 John Kerry was a senator in the Phoenix table only: a surname unique among its 17,000 persons is
    # still mostly someone else in a news story.
    (kerry,) = actors_on(date(2010, 6, 1))(nlp, "Kerry criticized the Iranian government.", "Kerry")
    assert kerry.code is None


def test_the_event_gets_its_target(nlp):
    assert ("REQUEST", ["USA"], ["USA"]) in dyads_2016(nlp, "Obama instructed Mr. Kerry to continue talks with Russia.")


def test_a_holder_who_left_office_before_the_date_is_not_named(nlp):
    (kerry,) = actors_on(date(2018, 6, 1))(nlp, "Mr. Kerry met the Russian foreign minister in Geneva.", "Kerry")
    assert kerry.code is None and kerry.resolved_from == "unresolved"


def test_a_common_surname_stays_unresolved_and_the_event_keeps_its_other_side(nlp):
    (johnson,) = actors_2016(nlp, "Mr. Johnson met the Russian foreign minister in Geneva.", "Johnson")
    assert johnson.code is None
    assert ("CONSULT", [], ["RUS"]) in dyads_2016(nlp, "Mr. Johnson met the Russian foreign minister in Geneva.")


def test_two_holders_of_the_surname_on_the_date_leave_it_unresolved(nlp):
    # A congressman and an agency head of the same surname, both in office in 2016.
    (mccarthy,) = actors_2016(nlp, "McCarthy criticized the Iranian government.", "McCarthy")
    assert mccarthy.code is None
    # Two ministers of two countries in 2010.
    (konate,) = actors_on(date(2010, 6, 1))(nlp, "Mr. Konate met the French envoy.", "Konate")
    assert konate.code is None


def test_a_recent_former_holder_of_the_surname_is_a_doubt(nlp):
    # The National Security Advisor of 2016 and a Secretary of State who left office in 2009 share the surname.
    (rice,) = actors_2016(nlp, "Rice criticized the Iranian government.", "Rice")
    assert rice.code is None


def test_a_word_used_as_a_first_name_is_not_taken_for_a_surname(nlp):
    (warren,) = actors_2016(nlp, "Warren criticized the Iranian government.", "Warren")
    assert warren.code is None


def test_an_honorific_of_the_other_sex_is_another_person(nlp):
    (kerry,) = actors_2016(nlp, "Mrs. Kerry met the Russian foreign minister in Geneva.", "Kerry")
    assert kerry.code is None


def test_a_full_mention_of_another_person_earlier_in_the_document_wins(nlp):
    text = "Dana Kerry runs a bakery in Ohio. Kerry met the Russian foreign minister in Geneva."
    (kerry,) = actors_2016(nlp, text, "Kerry")
    assert kerry.code is None


def test_a_surname_inside_a_longer_actor_names_only_itself(nlp):
    (lawyer,) = actors_2016(nlp, "Kerry's lawyer Dana Whitlock did not respond.", "Kerry's lawyer Dana Whitlock")
    assert lawyer.code is None


def test_a_person_the_sentence_describes_is_who_the_sentence_says(nlp):
    text = "''The budget is far too small,'' said Mr. Kerry, the president of a parents' group in Ohio."
    (kerry,) = actors_2016(nlp, text, "Kerry")
    assert kerry.code is None


def test_a_surname_many_persons_of_the_tables_bear_stays_unresolved(nlp):
    # Only one of the four persons of this surname in the tables held an office in 2005 (a minister of Sierra
    # Leone): in news, the surname is still mostly someone else's.
    (adams,) = actors_on(date(2005, 6, 1))(nlp, "Mr. Adams met the French envoy in Paris.", "Adams")
    assert adams.code is None


def test_a_surname_common_in_the_population_stays_unresolved(nlp):
    # One person of this surname in the tables (a campaign adviser in 2016), but many outside them: a judge, a
    # senator the tables do not list.
    (sullivan,) = actors_2016(nlp, "Sullivan criticized the Iranian government.", "Sullivan")
    assert sullivan.code is None


def test_two_persons_of_one_office_give_the_office_not_a_name(nlp):
    # Two brothers who run one firm: the code is not in doubt, which of them is.
    (koch,) = actors_2016(nlp, "Koch criticized the Iranian government.", "Koch")
    assert code_and_sector(koch) == ("USA", "BUS") and koch.name == "Koch"


def test_a_three_letter_surname_needs_an_honorific(nlp):
    text = "Mr. Lew criticized the Chinese government at a forum in Beijing."
    (lew,) = actors_2016(nlp, text, "Lew")
    assert code_and_sector(lew) == ("USA", "GOV") and lew.name == "Jack Lew"
    (alone,) = actors_2016(nlp, "Lew criticized the Chinese government at a forum in Beijing.", "Lew")
    assert alone.code is None


def test_a_family_name_first_is_the_one_bearer_in_office(nlp):
    # Korean family names are borne by many persons of the tables: "Yoon" alone is still the president of the date
    # when no other bearer is a figure then (an office Phoenix left open in 2009 is none in 2024; "Byun Do Yoon" bears
    # no "Yoon"), and two spellings of one person are one ("Moon Jae in", "Moon Jae-in").
    (yoon,) = actors_on(date(2024, 12, 7))(nlp, "Yoon defended the martial law decree on Saturday.", "Yoon")
    assert code_and_sector(yoon) == ("KOR", "GOV") and yoon.name == "Yoon Suk Yeol"
    (moon,) = actors_on(date(2018, 5, 22))(nlp, "Moon met Trump in Washington on Tuesday.", "Moon")
    assert code_and_sector(moon) == ("KOR", "GOV")


def test_a_family_name_many_hold_at_once_stays_unresolved(nlp):
    (kim,) = actors_on(date(2018, 4, 27))(nlp, "Kim crossed the border at Panmunjom on Friday.", "Kim")
    assert kim.code is None
    (park,) = actors_on(date(2016, 11, 4))(nlp, "Ms. Park apologized to the nation on Friday.", "Park")
    assert park.code is None
