"""*Deze maand*: what the plan asks for in the weeks from a date, read with the period
language only (``periods``), so the list says exactly what the period texts say.

A row's *Periode* text is read in its document's school year; in a column whose meaning is a
due date (*Wanneer gereed*) a day is a deadline. Then, for the window from ``day`` up to and
including ``day + weeks * 7 - 1``:

* **deadline**: a deadline whose next due date (``periods.due.next_due``) falls in the window;
  in the *kwaliteitskalender* part it is a **quality** item;
* **starts**: a span that starts inside the window (after ``day``);
* **running**: a span that runs on ``day``;
* **late**: a period that ended before ``day`` (a recurring deadline never ends) while the
  status is not *gerealiseerd*, *vervallen* or *uitgesteld*;
* **meeting**: a meeting of the document's meeting overview dated in the window.

A row appears at most once: late before deadline before starts before running.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from jaarplanner.model.document import DocumentData, PartData, RowData, ThemeData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.periods import Period, parse_period
from jaarplanner.periods.due import next_due

CLOSED = frozenset({RowStatus.REALISED, RowStatus.DROPPED, RowStatus.POSTPONED})
QUALITY_PART = "kwaliteitskalender"
KINDS = ("late", "deadline", "quality", "starts", "running", "meeting")


@dataclass(slots=True)  # not frozen: building thousands of frozen items costs a third
class DueItem:
    kind: str  # one of KINDS
    date: dt.date  # the due date, start date, end date (late) or meeting date
    document_id: int | None
    document_title: str
    part_key: str = ""
    theme: str = ""
    row_id: int | None = None
    number: str | None = None
    text: str = ""
    who: str = ""
    period: str = ""
    status: RowStatus = RowStatus.PLANNED
    time: str = ""  # meetings
    location: str = ""
    body: str = ""
    meeting_id: int | None = None


@dataclass
class DueList:
    day: dt.date
    end: dt.date
    items: list[DueItem] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[DueItem]:
        return [item for item in self.items if item.kind in kinds]

    def row_ids(self, *kinds: str) -> set[int]:
        return {i.row_id for i in self.of_kind(*kinds) if i.row_id is not None}

    def only(self, keep: Callable[[DueItem], bool]) -> DueList:
        """The same window with only the lines ``keep`` accepts (a person filter)."""
        return DueList(self.day, self.end, [i for i in self.items if keep(i)])


def plain(value: str) -> str:
    """The words of a cell on one line; plain text (most cells) skips the HTML reader."""
    if "<" in value or "&" in value:
        return _plain_markup(value)
    return " ".join(value.split())


@lru_cache(maxsize=16384)
def _plain_markup(value: str) -> str:
    return " ".join(to_plain(value).split())


def row_text(row: RowData) -> str:
    """What a line says about the row: its title, else its activity, else its result."""
    for name in (Field.TITLE, Field.WHAT, Field.RESULT, Field.REMARK):
        text = plain(row.fields.get(name, ""))
        if text:
            return text
    return ""


def row_period(row: RowData, part: PartData, school_year: str) -> Period:
    deadline = part.layout.deadline_field == Field.PERIOD
    return _period(row.fields.get(Field.PERIOD, ""), school_year, deadline)


@lru_cache(maxsize=4096)
def _period(text: str, school_year: str, deadline: bool) -> Period:
    """Plans repeat their period texts (*gehele schooljaar*, a month): each is read once."""
    return parse_period(to_plain(text), school_year, deadline)


def classify(
    period: Period, status: RowStatus, day: dt.date, end: dt.date, quality: bool = False
) -> tuple[str, dt.date] | None:
    """The kind of line a row with ``period`` and ``status`` gets in the window, and its date."""
    if not period.spans:
        return None
    last = period.spans[-1][1]
    recurring_deadline = period.kind == "deadline" and period.recurrence is not None
    if last < day and not recurring_deadline:
        return ("late", last) if status not in CLOSED else None
    if period.kind == "deadline":
        due = next_due(period, day)
        if due is not None and due <= end:
            return ("quality" if quality else "deadline", due)
        return None
    for start, stop in period.spans:
        if start <= day <= stop:
            return "running", day
        if day < start <= end:
            return "starts", start
    return None


def _themes(part: PartData) -> Iterable[tuple[ThemeData, str]]:
    def walk(theme: ThemeData, path: str) -> Iterable[tuple[ThemeData, str]]:
        label = " ".join(x for x in (theme.number or "", theme.title) if x).strip()
        here = f"{path} › {label}" if path else label
        yield theme, here
        for child in theme.themes:
            yield from walk(child, here)

    for theme in part.themes:
        yield from walk(theme, "")


def due_list(documents: Iterable[DocumentData], day: dt.date, weeks: int = 4) -> DueList:
    """Every line of *Deze maand* for ``day`` and the ``weeks`` after it, by date."""
    end = day + dt.timedelta(days=weeks * 7 - 1)
    result = DueList(day, end)
    for document in documents:
        year = document.school_year
        for part in document.parts:
            quality = part.key == QUALITY_PART
            deadline = part.layout.deadline_field == Field.PERIOD
            for theme, path in _themes(part):
                for row in theme.rows:
                    period = _period(row.fields.get(Field.PERIOD, ""), year, deadline)
                    found = classify(period, row.status, day, end, quality)
                    if found is None:
                        continue
                    result.items.append(
                        DueItem(
                            kind=found[0],
                            date=found[1],
                            document_id=document.id,
                            document_title=document.title,
                            part_key=part.key,
                            theme=path,
                            row_id=row.id,
                            number=row.number,
                            text=row_text(row),
                            who=plain(row.fields.get(Field.WHO, "")),
                            period=plain(row.fields.get(Field.PERIOD, "")),
                            status=row.status,
                        )
                    )
        for series in document.meeting_series:
            for meeting in series.meetings:
                if meeting.date is not None and day <= meeting.date <= end:
                    result.items.append(
                        DueItem(
                            kind="meeting",
                            date=meeting.date,
                            document_id=document.id,
                            document_title=document.title,
                            text=series.title or series.body,
                            body=series.body,
                            time=meeting.time or series.day_time,
                            location=meeting.location or series.location,
                            meeting_id=meeting.id,
                        )
                    )
    result.items.sort(key=lambda i: (KINDS.index(i.kind), i.date, i.theme, i.number or ""))
    return result


def week_of(day: dt.date) -> tuple[int, int]:
    """The ISO year and week a line is grouped under."""
    year, week, _weekday = day.isocalendar()
    return year, week
