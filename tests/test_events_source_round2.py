"""Rules of the second source round (docs/coding.md, "The second source round"): events lost because the subject of
their verb is a relative pronoun whose noun is a predicate of a copula, and the copula's subject was not taken. Every
sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that keeps no event, or whose
event keeps the doer it had."""

from __future__ import annotations

from datetime import date

from tests.coded import dyads_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)


# -- a relative clause on a role noun after a copula tells what the copula's subject does -------------------------
def test_a_relative_clause_on_a_predicate_noun(nlp):
    assert ("ACCUSE", ["DEU"], ["RUS"]) in dyads(nlp, "Merkel is a veteran leader who has repeatedly criticized Russia.")


def test_a_relative_clause_on_conjoined_predicate_nouns(nlp):
    # "a chancellor and a veteran politician who ...": the clause hangs on the second noun, a conjunct of the first.
    assert ("ACCUSE", ["DEU"], ["RUS"]) in dyads(nlp, "Merkel is a chancellor and a veteran politician who has condemned Russia.")


def test_a_negated_copula_says_who_did_not_act(nlp):
    assert not any(d[0] == "ACCUSE" for d in dyads(nlp, "Merkel is not the leader who condemned Russia."))


def test_a_thing_as_the_copulas_subject_acts_for_no_one(nlp):
    assert not any(d[0] == "ASSAULT" for d in dyads(nlp, "The problem is the people who attacked Kenya."))


def test_a_coded_predicate_noun_keeps_its_own_act(nlp):
    # The antecedent is an actor with a country: it is who acts, not the copula's subject.
    assert dyads(nlp, "The speaker at the summit was the Russian envoy who criticized Kenya.") == [("ACCUSE", ["RUS"], ["KEN"])]


def test_an_apposition_misread_as_a_second_predicate_names_no_act_of_the_subject(nlp):
    # The parser reads "a non-profit" as a second predicate of "is": the clause is the non-profit's, not Merkel's.
    found = dyads(nlp, "Merkel is Co-founder and National Director of The Harbor Project, a non-profit that advocates "
                       "for families of Kenyans.")
    assert not any(d[1] == ["DEU"] for d in found)


# -- an "-ing" clause of means or time is done by the governing verb's subject, with the governing verb's mood -------
def test_a_means_clause_is_done_by_the_governing_subject(nlp):
    assert ("ACCUSE", ["KEN"], ["UGA"]) in dyads(nlp, "Kenya responded to the charges by sharply denouncing Uganda.")


def test_a_time_clause_is_done_by_the_governing_subject(nlp):
    assert ("CONSULT", ["DEU"], ["RUS"]) in dyads(nlp, "Merkel flew home after meeting Putin.")


def test_a_means_clause_shares_the_governing_modal(nlp):
    # A possible or recommended act is no deed, and a promised harm is a threat, as with the verb itself.
    assert dyads(nlp, "Trump could win the primary by attacking Clinton.") == []
    assert dyads(nlp, "Trump should respond by attacking Clinton.") == []
    assert ("THREATEN", ["KEN"], ["UGA"]) in dyads(nlp, "Kenya will respond by imposing sanctions on Uganda.")
    assert not any(d[0] == "SANCTION" for d in dyads(nlp, "Kenya will respond by imposing sanctions on Uganda."))


def test_a_refusal_of_no_one_in_a_means_clause_is_no_rejection(nlp):
    assert dyads(nlp, "Kenya responded by refusing to admit any fault.") == []
    # counter-example: a refusal that names whom it refuses keeps its event
    assert ("REJECT", ["KEN"], ["UGA"]) in dyads(nlp, "Kenya responded by refusing to meet Uganda.")


def test_a_change_of_course_yields_to_no_one(nlp):
    assert not any(d[0] == "CONCEDE" for d in dyads(nlp, "Obama backed the deal after reversing course."))
    assert not any(d[0] == "CONCEDE" for d in dyads(nlp, "Rubio reversed course."))


def test_who_is_talked_about_is_no_counterpart(nlp):
    assert not any(d[0] == "CONSULT" for d in dyads(nlp, "Trump launched his campaign by talking about Mexican rapists."))
    # counter-example: a talk with someone about something names its counterpart
    assert ("CONSULT", ["USA"], ["MEX"]) in dyads(nlp, "Trump talked with Mexican officials about trade.")


def test_a_modal_perfect_asks_nothing(nlp):
    # "should have": a past act judged, which no one can be asked to do; found through a means clause on the pool.
    assert dyads(nlp, "Trump responded by saying he should not have called Rubio a lightweight.") == []
    assert not any(d[0] == "REQUEST" for d in dyads(nlp, "Trump said Rubio should have apologized to Cruz."))
    # counter-example: an obligation on a future act stays the speaker's demand
    assert ("REQUEST", ["USA"], ["USA"]) in dyads(nlp, "Trump said Rubio should apologize to Cruz.")
