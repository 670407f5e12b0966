"""*Deze maand* on the example: exactly what the period language says is due."""

from __future__ import annotations

import datetime as dt

import pytest

from jaarplanner.demo import demo_copy
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.periods import parse_period
from jaarplanner.periods.due import next_due
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.services.this_month import this_month
from jaarplanner.storage.database import open_database

DONE = {RowStatus.REALISED, RowStatus.DROPPED, RowStatus.POSTPONED}


def _expected(documents, day: dt.date, end: dt.date) -> dict[str, set]:
    """The expectation, straight from ``parse_period`` for every row of the documents."""
    found: dict[str, set] = {k: set() for k in ("late", "deadline", "quality", "starts", "running")}
    found["meeting"] = set()
    for document in documents:
        for part in document.parts:
            is_due_column = part.layout.deadline_field == Field.PERIOD
            for row in part.all_rows():
                period = parse_period(
                    to_plain(row.value(Field.PERIOD)), document.school_year, is_due_column
                )
                if not period.spans:
                    continue
                if period.kind == "deadline":
                    due = next_due(period, day)
                    if period.recurrence is None and period.spans[-1][1] < day:
                        if row.status not in DONE:
                            found["late"].add(row.id)
                    elif due is not None and due <= end:
                        kind = "quality" if part.key == "kwaliteitskalender" else "deadline"
                        found[kind].add(row.id)
                    continue
                if period.spans[-1][1] < day:
                    if row.status not in DONE:
                        found["late"].add(row.id)
                elif any(start <= day <= stop for start, stop in period.spans):
                    found["running"].add(row.id)
                elif any(day < start <= end for start, _stop in period.spans):
                    found["starts"].add(row.id)
        for series in document.meeting_series:
            for meeting in series.meetings:
                if meeting.date and day <= meeting.date <= end:
                    found["meeting"].add((meeting.date, series.body))
    return found


DAYS = [dt.date(2026, 9, 14), dt.date(2026, 11, 9), dt.date(2026, 12, 7), dt.date(2027, 6, 7)]


@pytest.mark.parametrize("day", DAYS)
def test_deze_maand_on_the_example_is_what_the_periods_say(day: dt.date) -> None:
    db = open_database(demo_copy())
    try:
        due = this_month(db, day)
        documents = [
            load_document(db, s.id) for s in list_documents(db) if s.school_year == "2026-2027"
        ]
    finally:
        db.close()
    assert due.end == day + dt.timedelta(days=27)
    expected = _expected(documents, day, due.end)
    for kind in ("late", "deadline", "quality", "starts", "running"):
        assert due.row_ids(kind) == expected[kind], kind
    meetings = {(i.date, i.body) for i in due.of_kind("meeting")}
    assert meetings == expected["meeting"]
    assert all(i.body for i in due.of_kind("meeting"))
    assert len(due.items) == sum(len(v) for v in expected.values())


def test_the_example_has_every_kind_of_line() -> None:
    db = open_database(demo_copy())
    try:
        kinds = {i.kind for day in DAYS for i in this_month(db, day).items}
    finally:
        db.close()
    # Each kind of line is there on one of the days, so the test above checks every kind.
    assert kinds == {"late", "deadline", "quality", "starts", "running", "meeting"}
