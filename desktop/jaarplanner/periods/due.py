"""When a recurring item of the kwaliteitskalender is next due (*Jaarlijks voor 1 oktober*,
*Een keer per vier jaar voor 1 mei*)."""

from __future__ import annotations

import datetime as dt

from jaarplanner.periods.period import Period, shift_date


def next_due(period: Period, today: dt.date) -> dt.date | None:
    """The first due date on or after ``today``; None for what has no date to go on."""
    if period.kind != "deadline" or not period.spans:
        return None
    due = period.spans[-1][1]
    if period.recurrence is None:
        return due if due >= today else None
    step = 1
    if period.recurrence.startswith("every_n_years:"):
        step = int(period.recurrence.split(":")[1])
    while due < today:
        due = shift_date(due, step)
    return due
