import pytest

from eventwire.ingest._values import find_urls, parse_count
from eventwire.ingest._values import shown_date_iso as parse_date
from eventwire.ingest._values import shown_timestamp_iso as parse_timestamp
from eventwire.values import domain_of


@pytest.mark.parametrize(
    "text,expected",
    [("2,284", 2284), ("-28", -28), ("−5", -5), ("1.2K", 1200), ("3M", 3_000_000), ("12 408", 12408),
     ("2.284", 2284), ("0", 0), ("n/a", None), ("", None)],
)
def test_parse_count(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [("May 9, 2019", "2019-05-09"), ("May 2019", "2019-05"), ("Thu May 09, 2019 10:00 am", "2019-05-09"),
     ("2019-05-09", "2019-05-09"), ("Mar 2016", "2016-03"), ("yesterday", None), ("", None)],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_parse_timestamp_keeps_offset():
    assert parse_timestamp("2020-01-09T10:15:00+0500") == "2020-01-09T10:15:00+05:00"


def test_urls_lose_trailing_punctuation_but_keep_balanced_brackets():
    found = [u for _, _, u in find_urls("see https://a.example/x/. and (https://b.example/wiki/A_(b)).")]
    assert found == ["https://a.example/x/", "https://b.example/wiki/A_(b)"]


def test_domain_drops_www():
    assert domain_of("https://www.news.example.com/a") == "news.example.com"
    assert domain_of(None) is None
