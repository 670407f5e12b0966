"""What the calendar lists, top to bottom: a band per body with its meetings, then the
themes in the table's order with their rows, then the rows whose period cannot be placed,
with their text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from jaarplanner.i18n import _
from jaarplanner.model.document import MeetingSeriesData, RowData, ThemeData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import Period, SchoolYear, describe_period, parse_period

LineKind = Literal["band", "row", "meetings", "unplaced"]


@dataclass
class CalendarLine:
    kind: LineKind
    label: str
    row: RowData | None = None
    period: Period | None = None
    series: MeetingSeriesData | None = None
    note: str = ""  # for an unplaced row: its text and what the program made of it

    @property
    def is_band(self) -> bool:
        return self.kind == "band"


def row_label(row: RowData) -> str:
    what = " ".join(to_plain(row.value(Field.WHAT) or row.value(Field.TITLE)).split())
    return f"{row.number} {what}" if row.number else what


def calendar_lines(
    themes: list[ThemeData],
    meetings: list[MeetingSeriesData],
    year: SchoolYear,
    deadline_column: bool,
) -> list[CalendarLine]:
    lines: list[CalendarLine] = []
    series = [s for s in meetings if any(m.date in year for m in s.meetings if m.date)]
    if series:
        lines.append(CalendarLine("band", _("Meetings")))
        lines.extend(CalendarLine("meetings", s.title or s.body, series=s) for s in series)
    unplaced: list[CalendarLine] = []
    outside: list[CalendarLine] = []

    def add(theme: ThemeData) -> None:
        lines.append(CalendarLine("band", f"{theme.label} {theme.title}".strip()))
        for row in theme.rows:
            written = to_plain(row.value(Field.PERIOD)).strip()
            period = parse_period(written, year, deadline_column)
            lines.append(CalendarLine("row", row_label(row), row, period))
            if not period.placeable and written:
                note = f"{written} ({describe_period(period)})"
                unplaced.append(CalendarLine("unplaced", row_label(row), row, period, note=note))
            elif outside_year(period, year):  # drawn at the edge at most: listed apart too
                note = f"{written} ({describe_period(period)})"
                outside.append(CalendarLine("unplaced", row_label(row), row, period, note=note))
        for child in theme.themes:
            add(child)

    for theme in themes:
        add(theme)
    if unplaced:
        lines.append(CalendarLine("band", _("Not placed in the calendar")))
        lines.extend(unplaced)
    if outside:
        lines.append(CalendarLine("band", _("Outside this school year")))
        lines.extend(outside)
    return lines


def outside_year(period: Period, year: SchoolYear) -> bool:
    """The period lies (partly) outside the school year."""
    return any(start < year.start or end > year.end for start, end in period.spans)
