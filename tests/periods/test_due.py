"""Next due dates of recurring items in the kwaliteitskalender."""

from __future__ import annotations

import datetime as dt

from jaarplanner.periods import parse_period
from jaarplanner.periods.due import next_due


def test_next_due_dates() -> None:
    year = "2024-2025"
    october = parse_period("Jaarlijks voor 1 oktober", year)
    assert next_due(october, dt.date(2024, 9, 1)) == dt.date(2024, 9, 30)
    assert next_due(october, dt.date(2024, 11, 1)) == dt.date(2025, 9, 30)
    plan = parse_period("Een keer per vier jaar voor 1 mei", year)
    assert next_due(plan, dt.date(2025, 6, 1)) == dt.date(2029, 4, 30)
    once = parse_period("uiterlijk 1 december 2024", year)
    assert next_due(once, dt.date(2024, 10, 1)) == dt.date(2024, 12, 1)
    assert next_due(once, dt.date(2025, 1, 1)) is None
    assert next_due(parse_period("Jaarlijks", year), dt.date(2024, 10, 1)) is None
