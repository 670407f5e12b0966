"""The dates a dragged bar gets: moved or stretched by whole months, or by days (Shift)."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

from jaarplanner.periods.period import Span

DragMode = Literal["move", "start", "end"]
DAYS_PER_MONTH = 30.4


def dragged_span(mode: DragMode, span: Span, days: int, by_day: bool) -> Span:
    """``span`` after dragging its bar (``move``) or one end ``days`` days to the right."""
    start, end = span
    if by_day:
        shift = dt.timedelta(days=days)
        if mode == "move":
            return start + shift, end + shift
        if mode == "start":
            return min(start + shift, end), end
        return start, max(end + shift, start)
    months = round(days / DAYS_PER_MONTH)
    if mode == "move":
        return add_months(start, months), month_end(add_months(end, months))
    if mode == "start":
        new = add_months(start.replace(day=1), months)
        return min(new, end.replace(day=1)), end
    new = month_end(add_months(end.replace(day=1), months))
    return start, max(new, month_end(start))


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def in_the_same_style(old_text: str, new_text: str) -> str:
    """The rewritten period in the office's style: full month names ("oktober 2026") when
    the text had them, instead of the short form the period writer uses ("okt 2026")."""
    import re

    from babel.dates import get_month_names

    from jaarplanner.periods.vocabulary import month_abbreviation

    full = get_month_names("wide", locale="nl_NL")
    if not any(re.search(rf"\b{full[m]}\b", old_text, re.IGNORECASE) for m in range(1, 13)):
        return new_text
    for month in range(1, 13):
        short = month_abbreviation(month)
        if short != full[month]:
            new_text = re.sub(rf"\b{re.escape(short)}\b\.?", full[month], new_text)
    return new_text
