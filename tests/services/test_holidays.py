"""The office's own school holidays replace the shipped defaults for one year and region,
undoably; wrong dates are refused and change nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from jaarplanner.errors import UserError
from jaarplanner.holidays.public import Holiday
from jaarplanner.holidays.school import school_holidays
from jaarplanner.model.values import Region
from jaarplanner.periods import SchoolYear
from jaarplanner.services.holidays import holidays_for, school_holidays_for, set_school_holidays
from jaarplanner.storage.database import Database

YEAR = SchoolYear.parse("2025-2026")


def _autumn(holidays: list[Holiday]) -> Holiday:
    return next(h for h in holidays if h.start.month == 10)


def test_the_defaults_until_the_office_sets_its_own(db: Database) -> None:
    defaults = school_holidays(YEAR, Region.NORTH)
    assert school_holidays_for(db, YEAR, Region.NORTH) == defaults
    autumn = _autumn(defaults)
    ours = [
        Holiday(h.name, h.start + dt.timedelta(days=7), h.end + dt.timedelta(days=7), "school")
        if h is autumn
        else h
        for h in defaults
    ]
    change = set_school_holidays(db, YEAR, Region.NORTH, ours)

    got = school_holidays_for(db, YEAR, Region.NORTH)
    assert _autumn(got).start == autumn.start + dt.timedelta(days=7)
    assert school_holidays_for(db, YEAR, Region.SOUTH) == school_holidays(YEAR, Region.SOUTH)
    assert school_holidays_for(db, YEAR.next(), Region.NORTH) == school_holidays(
        YEAR.next(), Region.NORTH
    )
    everything = holidays_for(db, YEAR, Region.NORTH)
    assert any(h.kind == "public" and h.start == dt.date(2026, 4, 27) for h in everything)
    assert _autumn([h for h in everything if h.kind == "school"]).start == _autumn(got).start

    redo = change.revert(db)
    assert school_holidays_for(db, YEAR, Region.NORTH) == defaults
    redo.revert(db)
    assert _autumn(school_holidays_for(db, YEAR, Region.NORTH)) == _autumn(got)


@pytest.mark.parametrize(
    ("holiday", "words"),
    [
        (Holiday(" ", dt.date(2025, 10, 13), dt.date(2025, 10, 17), "school"), "naam"),
        (Holiday("Herfst", dt.date(2025, 10, 17), dt.date(2025, 10, 13), "school"), "eindigt"),
        (Holiday("Herfst", dt.date(2027, 10, 11), dt.date(2027, 10, 15), "school"), "2025-2026"),
    ],
)
def test_wrong_holidays_are_refused_in_dutch(db: Database, holiday: Holiday, words: str) -> None:
    set_school_holidays(db, YEAR, Region.MIDDLE, school_holidays(YEAR, Region.MIDDLE)[:2])
    before = school_holidays_for(db, YEAR, Region.MIDDLE)
    with pytest.raises(UserError, match=words):
        set_school_holidays(db, YEAR, Region.MIDDLE, [holiday])
    assert school_holidays_for(db, YEAR, Region.MIDDLE) == before
