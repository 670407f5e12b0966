"""The meaning of a period text: ``Period``, and the span arithmetic it needs."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from jaarplanner.periods.schoolyear import SchoolYear

Kind = Literal["span", "whole_year", "continuous", "deadline", "unscheduled"]
Span = tuple[dt.date, dt.date]
KINDS: tuple[Kind, ...] = ("span", "whole_year", "continuous", "deadline", "unscheduled")
SIMPLE_RECURRENCES = ("yearly", "quarterly", "monthly", "weekly", "cyclic", "periodic")


@dataclass(frozen=True)
class Period:
    """What a text says about when: see ``shared/design/periods.md``.

    Two periods are equal when kind, spans, recurrence and approximation are; the warnings
    are remarks for people and do not count.
    """

    kind: Kind
    spans: tuple[Span, ...] = ()
    recurrence: str | None = None
    approximate: bool = False
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "spans": [[start.isoformat(), end.isoformat()] for start, end in self.spans],
            "recurrence": self.recurrence,
            "approximate": self.approximate,
            "warnings": list(self.warnings),
        }

    @property
    def first_day(self) -> dt.date | None:
        return self.spans[0][0] if self.spans else None

    @property
    def last_day(self) -> dt.date | None:
        return self.spans[-1][1] if self.spans else None

    @property
    def placeable(self) -> bool:
        return bool(self.spans)


def merge_spans(spans: list[Span] | tuple[Span, ...]) -> tuple[Span, ...]:
    """Sort spans and unite those that overlap or touch."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + dt.timedelta(days=1):
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def month_span(year: int, month: int) -> Span:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def month_range(year1: int, month1: int, year2: int, month2: int) -> Span:
    return month_span(year1, month1)[0], month_span(year2, month2)[1]


def whole_year_span(year: SchoolYear) -> Span:
    return year.start, year.end


def is_month_start(day: dt.date) -> bool:
    return day.day == 1


def is_month_end(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def shift_date(day: dt.date, years: int) -> dt.date:
    """The same calendar date ``years`` on; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
