"""Writing periods back as text: the canonical text (``format_period``) and a short Dutch
explanation for people (``describe_period``)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from jaarplanner.i18n import _, babel_locale, ngettext
from jaarplanner.periods.period import Period, Span, is_month_end, is_month_start
from jaarplanner.periods.vocabulary import month_abbreviation

_RECURRENCE_TEXT = {
    "yearly": "jaarlijks",
    "quarterly": "per kwartaal",
    "monthly": "maandelijks",
    "weekly": "wekelijks",
    "cyclic": "cyclisch",
    "periodic": "periodiek",
}


def _day(day: dt.date, *, year: bool = True) -> str:
    text = f"{day.day} {month_abbreviation(day.month)}"
    return f"{text} {day.year}" if year else text


def _span_text(span: Span) -> str:
    start, end = span
    if is_month_start(start) and is_month_end(end):
        if (start.year, start.month) == (end.year, end.month):
            return f"{month_abbreviation(start.month)} {start.year}"
        if start.year == end.year:
            return f"{month_abbreviation(start.month)}-{month_abbreviation(end.month)} {end.year}"
        return (
            f"{month_abbreviation(start.month)} {start.year}-"
            f"{month_abbreviation(end.month)} {end.year}"
        )
    if start == end:
        return _day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{_day(end)}"
    return f"{_day(start)}-{_day(end)}"


def _recurrence_text(recurrence: str | None) -> str:
    if recurrence is None:
        return ""
    if recurrence in _RECURRENCE_TEXT:
        return _RECURRENCE_TEXT[recurrence]
    name, _sep, count = recurrence.partition(":")
    if name == "times_per_year":
        return f"{count} keer per jaar"
    return f"een keer per {count} jaar"


def format_period(period: Period) -> str:
    """The canonical Dutch text; ``parse_period`` of it gives ``period`` back."""
    words: list[str] = []
    if period.recurrence:
        words.append(_recurrence_text(period.recurrence))
    if period.approximate:
        words.append("ca.")
    if period.kind == "whole_year":
        words.append("gehele schooljaar")
    elif period.kind == "continuous":
        words.append("doorlopend")
    elif period.kind == "deadline":
        words.append(" & ".join(f"uiterlijk {_day(end)}" for _start, end in period.spans))
    elif period.kind == "span":
        words.append(" & ".join(_span_text(span) for span in period.spans))
    return " ".join(word for word in words if word)


# -- for people ------------------------------------------------------------------------


def _date(day: dt.date) -> str:
    return format_date(day, "d MMM y", locale=babel_locale())


def _length(span: Span) -> str:
    start, end = span
    if is_month_start(start) and is_month_end(end):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return ngettext("{n} month", "{n} months", months).format(n=months)
    days = (end - start).days + 1
    return ngettext("{n} day", "{n} days", days).format(n=days)


def _describe_span(span: Span) -> str:
    start, end = span
    if start == end:
        return _date(start)
    return _("{start} – {end} ({length})").format(
        start=_date(start), end=_date(end), length=_length(span)
    )


def _describe_recurrence(recurrence: str) -> str:
    simple = {
        "yearly": _("every year"),
        "quarterly": _("every quarter"),
        "monthly": _("every month"),
        "weekly": _("every week"),
        "cyclic": _("cyclic"),
        "periodic": _("periodic"),
    }
    if recurrence in simple:
        return simple[recurrence]
    name, _sep, count = recurrence.partition(":")
    n = int(count)
    if name == "times_per_year":
        return ngettext("{n} time a year", "{n} times a year", n).format(n=n)
    return _("once every {n} years").format(n=n)


def describe_period(period: Period) -> str:
    """A short Dutch explanation: ``1 sep 2024 – 31 dec 2024 (4 maanden)``."""
    if period.kind == "whole_year":
        what = _("the whole school year")
    elif period.kind == "continuous":
        what = _("ongoing, the whole school year")
    elif period.kind == "deadline":
        what = "; ".join(_("due {date}").format(date=_date(end)) for _s, end in period.spans)
    elif period.kind == "span":
        what = "; ".join(_describe_span(span) for span in period.spans)
    else:
        what = _("not placeable: no date recognised")
    if period.approximate:
        what = _("about {what}").format(what=what)
    if period.recurrence:
        what = _("{recurrence}, {what}").format(
            recurrence=_describe_recurrence(period.recurrence), what=what
        )
    return what
