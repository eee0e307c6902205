"""Date normalisation at the written precision, anchored on the publication date (pure)."""

from __future__ import annotations

import os
import time
from datetime import date

import pytest

from newsie.normalise.dates import normalise_date, parse_published

PUB = date(2018, 11, 22)  # a Thursday


@pytest.mark.parametrize(
    "text,value,end,gran",
    [
        ("2017", "2017", None, "year"),
        ("in 2017", "2017", None, "year"),
        ("March 2005", "2005-03", None, "month"),
        ("Nov. 2018", "2018-11", None, "month"),
        ("21 November 2018", "2018-11-21", None, "day"),
        ("November 21, 2018", "2018-11-21", None, "day"),
        ("March 01, 2008", "2008-03-01", None, "day"),
        ("Tuesday, September 1, 2015", "2015-09-01", None, "day"),
        ("Wednesday, 21 November", "2018-11-21", None, "day"),
        ("21 November", "2018-11-21", None, "day"),
        ("Wednesday", "2018-11-21", None, "day"),
        ("on Wednesday", "2018-11-21", None, "day"),
        ("last Thursday", "2018-11-15", None, "day"),
        ("next Monday", "2018-11-26", None, "day"),
        ("yesterday", "2018-11-21", None, "day"),
        ("today", "2018-11-22", None, "day"),
        ("this year", "2018", None, "year"),
        ("last year", "2017", None, "year"),
        ("next year", "2019", None, "year"),
        ("last month", "2018-10", None, "month"),
        ("next month", "2018-12", None, "month"),
        ("last week", "2018-11-12", "2018-11-18", "day"),
        ("3-6 July", "2018-07-03", "2018-07-06", "day"),
        ("21-22 November 2018", "2018-11-21", "2018-11-22", "day"),
        ("from March to May 2005", "2005-03", "2005-05", "month"),
        ("2009-2010", "2009", "2010", "year"),
        ("between 1991 and 1995", "1991", "1995", "year"),
        ("the 1990s", "1990", "1999", "year"),
        ("December", "2018-12", None, "month"),
        ("January", "2019-01", None, "month"),
        ("Sept. 12", "2018-09-12", None, "day"),
        # holidays: their day in the year written, else the occurrence nearest publication (PUB 2018-11-22)
        ("Christmas", "2018-12-25", None, "day"),
        ("last Christmas", "2017-12-25", None, "day"),
        ("Christmas 2004", "2004-12-25", None, "day"),
        ("Boxing Day", "2018-12-26", None, "day"),
        ("Black Friday", "2018-11-23", None, "day"),
        ("Cyber Monday", "2018-11-26", None, "day"),
        ("Easter 2019", "2019-04-21", None, "day"),
        ("Good Friday 2005", "2005-03-25", None, "day"),
        # the publication's decade or the next (PUB 2018-11-22); "the past decade" is a duration
        ("the next decade", "2020", "2029", "year"),
        ("the present decade", "2010", "2019", "year"),
        ("from February 2016 through May 2017", "2016-02", "2017-05", "month"),
        # year first, any one separator (a Korean theatre notice's "2018.04.05 ~ OPEN RUN")
        ("2018-04-05", "2018-04-05", None, "day"),
        ("2018.04.05", "2018-04-05", None, "day"),
        ("2019/11/18", "2019-11-18", None, "day"),
        # a split year is the season, crop or fiscal year across two calendar years (Reuters' "the 1986/87 crop")
        ("1986/87", "1986", "1987", "year"),
        ("fiscal 1987/88", "1987", "1988", "year"),
        ("1999/2000", "1999", "2000", "year"),
    ],
)
def test_values(text, value, end, gran):
    d = normalise_date(text, PUB)
    assert d is not None, text
    assert (d.value, d.end_value, d.granularity) == (value, end, gran)


@pytest.mark.parametrize(
    "text,value,end",
    [
        # a season is its three months (GOLD_FORMAT's convention); PUB is late November, inside autumn 2018
        ("last autumn", "2017-09", "2017-11"),
        ("this fall", "2018-09", "2018-11"),
        ("last spring", "2018-03", "2018-05"),  # spring 2018 is over: "last" is this year's, not 2017's
        ("next spring", "2019-03", "2019-05"),
        ("last winter", "2017-12", "2018-02"),
        ("next summer", "2019-06", "2019-08"),
        ("the summer", "2018-06", "2018-08"),
        ("summer 2008", "2008-06", "2008-08"),
        ("the summer of 2003", "2003-06", "2003-08"),
        ("the winter of 2010", "2010-12", "2011-02"),
    ],
)
def test_seasons_are_month_ranges(text, value, end):
    d = normalise_date(text, PUB)
    assert (d.value, d.end_value, d.granularity, d.qualifier) == (value, end, "month", "season")


@pytest.mark.parametrize(
    "text,value,end",
    [
        # part of a year is a month range (the pattern of bbc business/258, reuters21578 17598, web b0cf2bbf)
        ("the first six months of 2005", "2005-01", "2005-06"),
        ("the last three months of 2004", "2004-10", "2004-12"),
        ("the first half of 1985", "1985-01", "1985-06"),
        ("the second half of the year", "2018-07", "2018-12"),
        ("the first half of next year", "2019-01", "2019-06"),
        ("the first seven months of the year", "2018-01", "2018-07"),
    ],
)
def test_parts_of_a_year_are_month_ranges(text, value, end):
    d = normalise_date(text, PUB)
    assert (d.value, d.end_value, d.granularity) == (value, end, "month")


def test_some_months_of_a_year_is_not_a_date():
    # which six months is not said; dateparser read it as the current year
    assert normalise_date("six months of 2005", PUB) is None


def test_season_without_publication_date_keeps_row_with_empty_value():
    d = normalise_date("last autumn", None)
    assert d.value is None and d.granularity == "month" and d.relative


@pytest.mark.parametrize(
    "text,qualifier,value",
    [("up to 2040", "before", "2040"), ("by 2030", "before", "2030"), ("since 2014", "since", "2014"),
     ("until 2020", "until", "2020"), ("early 2005", "approx", "2005"), ("the 1990s", "decade", "1990")],
)
def test_qualifiers(text, qualifier, value):
    d = normalise_date(text, PUB)
    assert d.qualifier == qualifier and d.value == value


@pytest.mark.parametrize(
    "text",
    ["two weeks", "years", "the last two weeks", "fifty-year", "five years", "a year", "42-year-old", "the 5th", "recent years", "three months", "decades", "now",
     # no such day; years that do not follow each other are no split year
     "2018.13.05", "2018.02.30", "1986/88", "the past decade", "a decade"],
)
def test_not_dates(text):
    assert normalise_date(text, PUB) is None


@pytest.mark.parametrize("text,gran", [("this year", "year"), ("yesterday", "day"), ("Wednesday", "day"), ("21 November", "day"), ("last month", "month")])
def test_relative_without_publication_date_keeps_row_with_empty_value(text, gran):
    d = normalise_date(text, None)
    assert d is not None and d.value is None and d.relative and d.granularity == gran


def test_weekday_infers_year_without_publication_date_when_anchored():
    d = normalise_date("Wednesday, 21 November", None, no_year_anchor=2020)
    assert d.value == "2018-11-21" and "weekday" in d.note


def test_never_fills_missing_month_or_day():
    assert normalise_date("2017", PUB).value == "2017"
    assert normalise_date("March 2005", PUB).value == "2005-03"


@pytest.mark.parametrize("tz", ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"])
def test_independent_of_time_zone(tz, monkeypatch):
    monkeypatch.setenv("TZ", tz)
    if hasattr(time, "tzset"):
        time.tzset()
    try:
        assert normalise_date("yesterday", PUB).value == "2018-11-21"
        assert normalise_date("this year", date(2015, 1, 1)).value == "2015"
    finally:
        monkeypatch.setenv("TZ", os.environ.get("TZ", "UTC"))


def test_parse_published():
    assert parse_published("2018-11-22") == PUB
    assert parse_published(None) is None
    with pytest.raises(ValueError):
        parse_published("22/11/2018")


@pytest.mark.parametrize(
    "text,value,end,qualifier",
    [
        ("the sixties", "1960", "1969", "decade"),
        ("the nineteen-eighties", "1980", "1989", "decade"),
        ("the 1930’s", "1930", "1939", "decade"),
        ("the 20th century", "1900", "1999", "century"),
        ("this past week", "2018-11-12", "2018-11-18", None),
        ("earlier this week", "2018-11-19", "2018-11-25", None),
        ("later this year", "2018", None, None),
        ("January of this year", "2018-01", None, None),
        ("the third quarter of this year", "2018-07", "2018-09", None),
        ("Q1 2009", "2009-01", "2009-03", None),
        ("third-quarter", "2018-07", "2018-09", None),
        ("November 20 to December 11", "2018-11-20", "2018-12-11", None),
        ("28 December to 3 January 2015", "2014-12-28", "2015-01-03", None),
        ("seventeen years ago", "2001", None, "approx"),
        ("two weeks ago", "2018-11-08", None, "approx"),
    ],
)
def test_more_forms(text, value, end, qualifier):
    d = normalise_date(text, PUB)
    assert (d.value, d.end_value, d.qualifier) == (value, end, qualifier)


@pytest.mark.parametrize(
    "text,future,value",
    [("Wednesday", False, "2018-11-21"), ("Wednesday", True, "2018-11-28"), ("Thursday", True, "2018-11-22"),
     ("21 November", True, "2018-11-21"), ("May 1", True, "2019-05-01"), ("May 1", False, "2018-05-01"), ("this weekend", False, "2018-11-24"),
     ("this weekend", True, "2018-11-24")],
)
def test_future_preference(text, future, value):
    assert normalise_date(text, PUB, prefer_future=future).value == value


def test_weekend_early_in_week_is_the_one_just_past():
    assert normalise_date("this weekend", date(2016, 9, 5)).value == "2016-09-03"


@pytest.mark.parametrize(
    "text,expected",
    [("26-FEB-1987 15:01:01.79", date(1987, 2, 26)), ("Thu, 22 Nov 2018 10:00:00 +0000", PUB), ("22 November 2018", PUB),
     ("September 22, 2018", date(2018, 9, 22)), ("2018/11/22", PUB), ("2018-11-22T10:00:00Z", PUB)],
)
def test_parse_published_feed_formats(text, expected):
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", ["03/04/2018", "yesterday", "2018-13-45x", "soon"])
def test_parse_published_rejects_ambiguous_or_invalid(text):
    with pytest.raises(ValueError):
        parse_published(text)
