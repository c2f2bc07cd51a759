"""Rules of the real-news train round (docs/coding.md, "The train round"): every sentence here is the
team's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on

DAY = date(2016, 3, 1)
dyads = dyads_on(DAY)


@pytest.mark.parametrize("text", [
    "Governor Chris Christie faced a fierce backlash from party leaders in Congress.",
    "Senator Marco Rubio is facing attack ads ahead of the primary in Florida.",
])
def test_received_criticism_is_accuse_aimed_at_the_receiver(nlp, text):
    assert any(kind == "ACCUSE" and target == ["USA"] for kind, _s, target in dyads(nlp, text))


def test_a_prison_sentence_is_detention(nlp):
    found = dyads(nlp, "A court in Cairo sentenced the Egyptian activist to five years in prison.")
    assert [kind for kind, _s, _t in found] == ["COERCE"]


def test_a_death_sentence_keeps_the_verdict_code(nlp):
    events = coded(nlp, "A court in Cairo sentenced the Egyptian activist to death.", DAY)
    assert [e.cameo for e in events] == ["116"]


@pytest.mark.parametrize("text, kind", [
    ("Senate Republicans blocked the nomination of Senator Tim Kaine.", "REJECT"),
    ("Thousands of protesters blocked the bridge in Kiev on Monday.", "PROTEST"),
])
def test_blocking_a_decision_is_reject_and_a_crowd_blocking_a_place_is_protest(nlp, text, kind):
    assert [k for k, _s, _t in dyads(nlp, text)] == [kind]


@pytest.mark.parametrize("text", [
    "No other delegate recognized Secretary John Kerry at the airport.",
    "Nobody criticized Governor John Kasich at the dinner in Ohio.",
])
def test_an_act_denied_of_every_doer_is_no_event(nlp, text):
    assert dyads(nlp, text) == []


def test_an_apology_needs_no_one_named_to_receive_it(nlp):
    events = coded(nlp, "Prime Minister Justin Trudeau apologized for his remarks on Tuesday.", DAY)
    assert [(e.plover_type, e.cameo) for e in events] == [("SUPPORT", "055")]


def test_harm_pledged_to_no_one_is_no_threat(nlp):
    assert dyads(nlp, "Governor Scott Walker pledged to ban the practice in Wisconsin.") == []


def test_a_threat_word_keeps_its_event_without_a_target(nlp):
    assert ("THREATEN", ["USA"], []) in dyads(nlp, "President Barack Obama threatened to veto the bill.")


def test_an_agentless_killing_in_a_time_anchor_clause_is_no_event(nlp):
    text = "After six soldiers were killed near Mosul in May, the minister resigned."
    assert not any(kind == "ASSAULT" for kind, _s, _t in dyads(nlp, text))


def test_being_met_with_a_thing_is_no_meeting(nlp):
    assert not any(kind == "CONSULT" for kind, _s, _t in dyads(nlp, "Senator Ted Cruz was met with boos in Ohio."))


def test_a_meeting_still_to_come_is_the_announcers_intention_one_way(nlp):
    found = dyads(nlp, "Chancellor Angela Merkel will meet with President Barack Obama next week, her office said.")
    assert found == [("AGREE", ["DEU"], ["USA"])]


def test_a_meeting_that_happened_is_mutual(nlp):
    found = dyads(nlp, "Chancellor Angela Merkel met with President Barack Obama in Berlin.")
    assert sorted(found) == [("CONSULT", ["DEU"], ["USA"]), ("CONSULT", ["USA"], ["DEU"])]


def test_agreeing_to_let_someone_act_is_agree_toward_who_is_let_act(nlp):
    found = dyads(nlp, "Egypt agreed to allow Canadian inspectors to visit the prison.")
    assert ("AGREE", ["EGY"], ["CAN"]) in found


def test_a_complaint_is_aimed_at_the_subject_of_what_is_complained_of(nlp):
    found = dyads(nlp, "Senator Bernie Sanders complained that the Democratic National Committee had limited the debates.")
    assert ("ACCUSE", ["USA"], ["USA"]) in found


def test_thoughts_offered_on_someone_are_no_offer(nlp):
    assert dyads(nlp, "Senator Rand Paul offered his thoughts on Donald Trump's appeal among voters.") == []


def test_a_contracted_would_is_would(nlp):
    # "'d" before a bare verb, with no reporter: speculation, like "would support"
    assert dyads(nlp, "Maybe he'd support Hillary Clinton.") == dyads(nlp, "Maybe he would support Hillary Clinton.")


def test_the_place_a_harmed_site_is_in_is_the_target(nlp):
    found = dyads(nlp, "Russian jets bombed a market in Idlib on Tuesday.")
    assert ("ASSAULT", ["RUS"], ["SYR"]) in found


def test_an_ordered_strike_is_the_orderers_act_on_where_its_target_is(nlp):
    found = dyads(nlp, "President Barack Obama ordered an air strike against a weapons depot in Raqqa.")
    assert any(kind == "ASSAULT" and source == ["USA"] and target == ["SYR"] for kind, source, target in found)


def test_a_practice_named_by_an_ism_noun_is_no_act(nlp):
    found = dyads(nlp, "The senator criticized the plan for combating Islamic State terrorism.")
    assert not any(kind == "ASSAULT" for kind, _s, _t in found)


@pytest.mark.parametrize("text, kind", [
    ("Governor John Kasich came under fire from Republicans over the budget.", "ACCUSE"),
    ("The convoy came under fire from rebels near Donetsk.", "ASSAULT"),
])
def test_fire_received_is_words_from_the_unarmed_and_gunfire_from_the_armed(nlp, text, kind):
    assert kind in [k for k, _s, _t in dyads(nlp, text)]


def test_an_act_done_to_oneself_is_no_event(nlp):
    assert dyads(nlp, "Governor Jeb Bush reversed himself on the issue again.") == []


def test_money_returned_is_no_release(nlp):
    found = dyads(nlp, "Senator Marco Rubio returned $40,000 in donations from Canadian donors last year.")
    assert not any(kind == "CONCEDE" for kind, _s, _t in found)


def test_a_thing_named_by_a_relative_pronoun_does_not_act(nlp):
    text = "The convention could produce a primary that scrambles the plans of Governor John Kasich."
    assert not any(kind == "MOBILIZE" for kind, _s, _t in dyads(nlp, text))


def test_an_infinitive_under_a_modal_of_possibility_is_not_asserted(nlp):
    text = "Governor John Kasich may have his own party to blame for the defeat."
    assert not any(kind == "ACCUSE" for kind, _s, _t in dyads(nlp, text))


def test_assuring_someone_that_a_third_party_is_good_vouches_for_it(nlp):
    found = dyads(nlp, "Senator Bernie Sanders assured his supporters that Mrs. Clinton was a fighter.")
    assert found == [("SUPPORT", ["USA"], ["USA"])]


def test_assuring_someone_of_a_future_act_is_a_promise(nlp):
    found = dyads(nlp, "President Barack Obama assured Israel that the United States would defend it.")
    assert [kind for kind, _s, _t in found] == ["AGREE"]


def test_respondents_saying_what_they_will_do_is_a_poll(nlp):
    text = "The race could tighten, with 40 percent of Ohio voters saying they will support Senator Rob Portman."
    assert not any(kind in ("AGREE", "SUPPORT") for kind, _s, _t in dyads(nlp, text))


@pytest.mark.parametrize("text", [
    "Senator Rand Paul said Governor John Kasich had an obligation to release the records.",
    "Senator Rand Paul said Governor John Kasich had the chance and the duty to release the records.",
])
def test_having_an_obligation_said_by_another_is_a_request(nlp, text):
    assert ("REQUEST", ["USA"], ["USA"]) in dyads(nlp, text)


def test_having_an_opportunity_is_no_request(nlp):
    text = "Senator Rand Paul said Governor John Kasich had the opportunity to release the records."
    assert not any(kind == "REQUEST" for kind, _s, _t in dyads(nlp, text))
