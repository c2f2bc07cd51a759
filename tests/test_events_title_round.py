"""The title round (docs/coding.md, "The title round"): a titled person the tables do not know, in a sentence that names
one country only as whom the person acts on, is not of that country. Every sentence here is the team's own. Each rule
test fails on the coder before the round; each counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    # a US press title keeps its country; another title gives none
    ("Sen. Dale Hollis criticized Iran on Tuesday.", date(2016, 1, 12), [("111", ["USA"], ["IRN"])]),
    ("Rep. Dale Hollis accused China of currency manipulation.", date(2016, 1, 12), [("112", ["USA"], ["CHN"])]),
    ("Foreign Minister Dale Hollis condemned Russia.", date(2016, 1, 12), [("111", [], ["RUS"])]),
])
def test_a_title_is_not_of_the_country_it_acts_on(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # the country named as a place or by the title's own words keeps the default
    ("Interior Minister Dale Hollis arrested protesters in Tehran.", date(2016, 1, 12), [("173", ["IRN"], ["IRN"])]),
    ("Iranian Foreign Minister Dale Hollis criticized Iran's parliament.", date(2016, 1, 12),
     [("111", ["IRN"], ["IRN"])]),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected
