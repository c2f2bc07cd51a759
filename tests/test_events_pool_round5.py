"""Rules of the fifth pool round (docs/coding.md, "The fifth pool round"): classes of false events read on
unannotated news, each taken by a general rule. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each counter-example keeps its event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import dyads_on, types_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)

_types = types_on(DAY)


# -- an election won or lost is no harm, whoever wins -------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    # a head of state wins: the figurative-harm rule does not read a winner who commands forces
    ("Vladimir Putin crushed his rivals in the 2012 election, winning 64 percent of the votes.", "COERCE"),
    # the tally in a parenthesis on the winner
    ("Jacob Zuma was crushed by Cyril Ramaphosa (2,440 votes) at the party congress.", "COERCE"),
    # the race itself as what is left
    ("Kemal Kilicdaroglu exited the race after the first round.", "SANCTION"),
])
def test_an_election_won_or_lost_is_no_event(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    # an armed doer keeps its act, wherever it strikes
    ("Police beat voters outside the polls in Harare.", ("ASSAULT", ["ZWE"], ["ZWE"])),
    # no electoral cue: force
    ("Russian troops crushed the protest in Kiev.", ("COERCE", ["RUS"], ["UKR"])),
    # leaving a pact is no race
    ("Kenya exited the trade pact with Uganda.", ("SANCTION", ["KEN"], ["UGA"])),
])
def test_harm_and_leaving_outside_an_election_stay(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- a record of conduct is a habit ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Kenyan officials have historically criticized Uganda for its border policy.", "ACCUSE"),
    ("Greek leaders have consistently brushed aside Turkish demands for decades.", "REJECT"),
])
def test_a_record_of_conduct_is_no_event(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("Kenyan officials criticized Uganda on Monday for its border policy.", ("ACCUSE", ["KEN"], ["UGA"])),
    # the simple past tells bounded acts
    ("Greek leaders consistently brushed aside Turkish demands during the talks.", ("REJECT", ["GRC"], ["TUR"])),
])
def test_a_dated_act_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


# -- an unreal past, a possible act, a generic or truth condition -----------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    # a counterfactual past, said by someone
    ("Angela Merkel said she would have expelled the Russian diplomats if the inquiry had named Moscow.", "THREATEN"),
    # an act named as possible
    ("The return of the refugees to Turkey is a step towards their potential repatriation to Syria.", "CONCEDE"),
    ("As the rumors broke of the possible Merkel endorsement of Macron's candidacy, Le Pen shrugged.", "SUPPORT"),
    # a condition with the generic "you"
    ("If you talk to young Kenyans, they completely reject the policies Uganda has adopted.", "REJECT"),
    # a condition on a claim's truth
    ("The agency said that, if the reports are true, Iran is violating the Security Council resolutions.", "REJECT"),
])
def test_an_unreal_or_generic_act_is_no_event(nlp, text, kind):
    assert kind not in _types(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("Angela Merkel said she would expel the Russian diplomats if the inquiry named Moscow.", ("THREATEN", ["DEU"], ["RUS"])),
    ("Angela Merkel expelled the Russian diplomats.", ("COERCE", ["DEU"], ["RUS"])),
    ("Turkey began the repatriation of Syrian refugees to Syria on Monday.", ("CONCEDE", ["TUR"], ["SYR"])),
    # a condition that names a real party is a threat
    ("If the talks fail, Kenya will close the border with Uganda, the minister said.", ("THREATEN", ["KEN"], ["UGA"])),
    ("Kenya accused Uganda of violating the border treaty.", ("ACCUSE", ["KEN"], ["UGA"])),
])
def test_a_real_act_or_a_threat_stays(nlp, text, dyad):
    assert dyad in dyads(nlp, text)
