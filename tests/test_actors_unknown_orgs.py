"""Organisations the knowledge files do not list (docs/coding.md §4, "Unknown organisations").

They are not coded by the country the document is about: on the dev splits that rule found no
event, and in use it coded news sites and programmes as actors of the wrong country. Every
sentence here is the team's own; the names are invented.
"""

from __future__ import annotations

from datetime import date

from eventwire.nlp._pipeline import make_doc
from tests.coded import coded, dyads

DAY = date(2020, 1, 10)


def _actor_codes(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(make_doc(nlp, text, DAY))
    return {doc[a.start:a.end].text: a.code for a in doc._.actors}


def test_a_news_site_the_files_do_not_list_takes_no_country(nlp):
    # a story about the United States and Pakistan: the site is no actor of either
    codes = _actor_codes(nlp, "Citing officials in Washington, Kestrel Daily reported that Pakistan had "
                              "resumed talks with the United States.")
    assert not any(name.endswith("Kestrel Daily") and code for name, code in codes.items())


def test_a_programme_named_in_apposition_is_no_actor(nlp):
    # "IMET, a programme which offers ...": the programme offers nothing to anyone as an actor
    text = ("The State Department runs ORBEX, a scheme which offers places to foreign naval officers "
            "at American colleges.")
    assert [d for d in dyads(coded(nlp, text, DAY)) if d[0] == "AGREE"] == []


def test_an_unknown_organisation_is_no_party_even_in_a_story_about_one_country(nlp):
    # the Harwell Institute is in no knowledge file: praise of it has no coded target
    text = ("The Harwell Policy Institute, a research group in Washington, criticized the United States "
            "government on Monday. Senator Ted Cruz praised the Harwell Policy Institute for its report.")
    found = dyads(coded(nlp, text, date(2016, 3, 1)))
    assert ("SUPPORT", ["USA"], ["USA"]) not in found
    assert all(d[1] or d[2] for d in found)  # and no event is left with neither side coded


def test_a_listed_organisation_is_still_coded(nlp):
    # the rule's removal touches only names the files do not know
    assert ("ACCUSE", ["USA"], ["USA"]) in dyads(coded(nlp, "Judicial Watch criticized Senator Bernie Sanders on Tuesday.",
                                                       date(2016, 3, 1)))
