from datetime import date

import pytest

from eventwire.nlp.dates import is_historical, resolve

DOC = date(2020, 1, 9)  # a Thursday


@pytest.mark.parametrize(
    "text,expected,precision",
    [
        ("earlier this week", "2020-01-06", "week"),
        ("two years ago", "2018-01-01", "year"),
        ("eighteen months ago", "2018-07-01", "month"),
        ("on Tuesday", "2020-01-07", "day"),
        ("last Thursday", "2020-01-02", "day"),
        ("yesterday", "2020-01-08", "day"),
        ("last month", "2019-12-01", "month"),
        ("in March", "2019-03-01", "month"),
        ("on 3 March", "2019-03-03", "day"),
        ("March 5, 2019", "2019-03-05", "day"),
        ("in 2017", "2017-01-01", "year"),
        ("recently", None, None),
        ("in the aftermath", None, None),
    ],
)
def test_resolve(text, expected, precision):
    got = resolve(text, DOC)
    assert (got.date, got.precision, got.text) == (expected, precision, text)


def test_without_a_document_date_only_absolute_dates_resolve():
    assert resolve("on Tuesday", None).date is None
    assert resolve("5 May 2021", None).date == "2021-05-05"


def test_historical():
    assert is_historical(resolve("two years ago", DOC), DOC)
    assert not is_historical(resolve("last month", DOC), DOC)
