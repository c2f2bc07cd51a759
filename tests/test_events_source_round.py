"""Rules of the source round (docs/coding.md, "The source round"): events lost because their doer is an organisation
or a body the tables do not code. Every sentence here is the team's own.

Each rule test fails on the coder before the round; each rule has a counter-example that keeps no event (or its
old one)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import coded, dyads_on

DAY = date(2016, 5, 1)
dyads = dyads_on(DAY)


def _sources(nlp, text: str) -> list[tuple]:
    """(PLOVER type, code, sector, kind, name, resolved_from) of every source of every event of ``text``."""
    return [(e.plover_type, a.code, a.sector, a.kind, a.name, a.resolved_from) for e in coded(nlp, text, DAY) for a in e.source]


# -- dotted acronyms read as the files write them -------------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("The F.B.I. arrested two Kenyan diplomats.", ("COERCE", ["USA"], ["KEN"])),
    ("The C.I.A. accused Russia of hacking the party's servers.", ("ACCUSE", ["USA"], ["RUS"])),
    ("The I.A.E.A. criticized Iran for blocking the inspectors.", ("ACCUSE", ["IAE"], ["IRN"])),
])
def test_a_dotted_acronym_is_the_acronym(nlp, text, dyad):
    assert dyad in dyads(nlp, text)


def test_dotted_initials_of_a_person_name_no_body(nlp):
    # "RT" is in the files, "R.T." is not made from it: two dotted letters are mostly a person's initials.
    assert not any(code == "RUS" for _, codes, _ in dyads(nlp, "R.T. Pellow criticized Kenya.") for code in codes)


# -- US election boards are election administrators, as an election commission is -----------------------------------
def test_the_board_of_elections_is_a_government_body(nlp):
    assert ("REJECT", ["USA"], ["USA"]) in dyads(
        nlp, "The board of elections rejected the petition filed by Senator Ted Cruz's campaign.")


def test_a_board_of_directors_is_no_election_body(nlp):
    assert dyads(nlp, "The board rejected the petition.") == []


# -- a named organisation the files do not know keeps its event, uncoded ---------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("Harwell Logistics sued the government of Kenya.", "ACCUSE"),
    ("The Kestrel Foundation condemned the decision by Kenya.", "ACCUSE"),
    ("Kestrel Daily criticized Senator Ted Cruz.", "ACCUSE"),
])
def test_an_unknown_named_organisation_is_kept_uncoded(nlp, text, kind):
    sources = _sources(nlp, text)
    assert any(t == kind and code is None and k == "organization" and name and how == "unresolved"
               for t, code, _, k, name, how in sources), sources


@pytest.mark.parametrize("text", [
    "Senator Ted Cruz was criticized by Kestrel Daily.",  # the "by" agent of a passive
    "Kestrel Daily's criticism of Senator Ted Cruz was harsh.",  # a nominal's possessor, named without its "'s"
])
def test_the_uncoded_organisation_is_named_as_written(nlp, text):
    assert ("ACCUSE", None, None, "organization", "Kestrel Daily", "unresolved") in _sources(nlp, text)


def test_a_company_is_in_the_business_sector(nlp):
    sources = _sources(nlp, "Harwell Logistics Inc. sued the government of Kenya.")
    assert ("ACCUSE", None, "BUS", "organization", "Harwell Logistics Inc.", "unresolved") in sources


def test_an_unknown_organisation_gets_no_country(nlp):
    # The sentence names Kenya, whose default codes unnamed groups: a named organisation is not one.
    assert all(code is None for _, code, *_ in _sources(nlp, "Harwell Logistics sued the government of Kenya."))


def test_a_pronoun_as_subject_stays_no_event(nlp):
    assert dyads(nlp, "He vowed to fight on.") == []  # a pronoun, no one named


@pytest.mark.parametrize("text", [
    "The lawsuit accuses Kenya of fraud.",  # a thing as subject
    "The report criticized the government of Kenya.",
])
def test_a_thing_as_subject_is_no_organisation(nlp, text):
    # A text is no named organisation: since the doer-less round it speaks with an empty source
    # (tests/test_events_doerless_round.py), never with an uncoded organisation as source.
    assert _sources(nlp, text) == []


def test_whoever_urges_an_unknown_organisation_acts(nlp):
    # The organisation is the object, not the doer: the request stays Kenya's, with no uncoded source added.
    sources = _sources(nlp, "Kenya urged Harwell Logistics to pay the workers.")
    assert not any(k == "organization" and code is None for _, code, _, k, *_ in sources), sources
