"""Properties of the period language, for any input (hypothesis)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jaarplanner.periods import Period, SchoolYear, format_period, merge_spans, parse_period
from jaarplanner.periods.parser import parse_text
from jaarplanner.periods.period import month_span

pytestmark = pytest.mark.large
YEARS = st.integers(min_value=2015, max_value=2035).map(SchoolYear)
WORDS = st.sampled_from(
    [
        "jan",
        "feb",
        "mrt",
        "april",
        "mei",
        "juni",
        "juli",
        "aug",
        "sept",
        "okt",
        "nov",
        "dec",
        "2024",
        "2025",
        "'24",
        "24",
        "-",
        "t/m",
        "&",
        "en",
        ",",
        "uiterlijk",
        "voor",
        "gereed",
        "week",
        "wk",
        "38",
        "1",
        "15",
        "31",
        "gehele schooljaar",
        "schooljaar",
        "2024-2025",
        "eerste helft",
        "tweede helft",
        "jaarlijks",
        "per kwartaal",
        "3x per jaar",
        "ca.",
        "medio",
        "continu",
        "doorlopend",
        "Q2",
        "najaar",
        "winter",
        "01-04-2025",
        "24-09",
        "(loopt tot 2027)",
        "di",
        "13.00u",
        "p.m.",
        "€",
        "<b>",
        "\x00",
        "é",
        "😀",
        "een keer per vier jaar",
    ]
)


def _check(period: Period) -> None:
    spans = list(period.spans)
    assert spans == sorted(spans)
    for start, end in spans:
        assert start <= end
    for (_s1, end1), (start2, _e2) in itertools.pairwise(spans):
        assert start2 > end1 + dt.timedelta(days=1), "touching spans must be merged"
    assert period.kind in ("span", "whole_year", "continuous", "deadline", "unscheduled")
    if period.kind == "unscheduled":
        assert spans == []
    else:
        assert spans


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80), YEARS, st.booleans())
def test_any_text_never_raises(text: str, year: SchoolYear, deadline: bool) -> None:
    _check(parse_text(text, year, deadline))


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=10).map(" ".join), YEARS, st.booleans())
def test_word_soup_never_raises(text: str, year: SchoolYear, deadline: bool) -> None:
    _check(parse_text(text, year, deadline))


# -- periods the program can produce -------------------------------------------------

DAYS = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2036, 12, 31))


@st.composite
def month_spans(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    first = draw(DAYS)
    length = draw(st.integers(min_value=0, max_value=14))
    last_month = first.month - 1 + length
    end_year, end_month = first.year + last_month // 12, last_month % 12 + 1
    return month_span(first.year, first.month)[0], month_span(end_year, end_month)[1]


@st.composite
def day_spans(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    first = draw(DAYS)
    return first, first + dt.timedelta(days=draw(st.integers(min_value=0, max_value=120)))


@st.composite
def week_spans(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    first = draw(DAYS)
    monday = first - dt.timedelta(days=first.weekday())
    weeks = draw(st.integers(min_value=1, max_value=4))
    return monday, monday + dt.timedelta(days=7 * weeks - 1)


SPANS = st.one_of(month_spans(), day_spans(), week_spans())
RECURRENCES = st.sampled_from(
    [
        None,
        "yearly",
        "quarterly",
        "monthly",
        "weekly",
        "cyclic",
        "periodic",
        "times_per_year:3",
        "times_per_year:4",
        "every_n_years:2",
        "every_n_years:4",
    ]
)


@st.composite
def producible(draw: st.DrawFn) -> tuple[Period, SchoolYear]:
    year = draw(YEARS)
    kind = draw(st.sampled_from(["span", "whole_year", "continuous", "deadline", "unscheduled"]))
    recurrence = draw(RECURRENCES)
    approximate = draw(st.booleans())
    if kind == "span":
        spans = merge_spans(draw(st.lists(SPANS, min_size=1, max_size=4)))
    elif kind in ("whole_year", "continuous"):
        spans = ((year.start, year.end),)
    elif kind == "deadline":
        days = draw(st.lists(DAYS, min_size=1, max_size=2))
        spans = merge_spans([(d, d) for d in days])
    else:
        spans = ()
    return Period(kind, spans, recurrence, approximate), year


@settings(max_examples=600, deadline=None)
@given(producible())
def test_format_then_parse_gives_the_period_back(case: tuple[Period, SchoolYear]) -> None:
    period, year = case
    text = format_period(period)
    assert parse_period(text, year) == period, text
