"""The plan in Outlook: an ``.ics`` file with the dated rows as all-day events, deadlines on
their day and every meeting of the jaarplanning with its time and place. Identifiers follow
the stored row and the meeting's body and date, so importing a newer export updates the
events instead of doubling them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, MeetingData, MeetingSeriesData, RowData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import SchoolYear, parse_period

ZONE = ZoneInfo("Europe/Amsterdam")
_TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})(?:\s*[-–]\s*(\d{1,2})[.:](\d{2}))?")
MEETING_HOURS = 2  # when only a start time is known


@dataclass(frozen=True)
class IcsChoice:
    """What goes into the file."""

    rows: bool = True
    deadlines: bool = True
    meetings: bool = True


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "swv"


def _what(row: RowData) -> str:
    text = to_plain(row.value(Field.WHAT) or row.value(Field.TITLE))
    return " ".join(text.split()) or _("Activity")


def _row_uid(row: RowData, n: int, domain: str) -> str:
    if row.id is not None:
        return f"row-{row.id}-{n}@{domain}"
    digest = hashlib.sha1(_what(row).encode("utf-8")).hexdigest()[:12]
    return f"row-{digest}-{n}@{domain}"


def calendar_of(
    document: DocumentData, part_key: str | None = None, choice: IcsChoice = IcsChoice()
) -> Calendar:
    year = SchoolYear.parse(document.school_year)
    domain = f"{_slug(document.organisation.short_name or document.organisation.name)}.jaarplanner"
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//Jaarplanner//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", document.title)
    for part in document.parts:
        if part_key not in (None, part.key, part.title):
            continue
        deadline_column = part.layout.deadline_field == Field.PERIOD
        for theme in part.all_themes():
            for row in theme.rows:
                period = parse_period(to_plain(row.value(Field.PERIOD)), year, deadline_column)
                wanted = choice.deadlines if period.kind == "deadline" else choice.rows
                if period.kind not in ("span", "deadline") or not wanted:
                    continue
                for n, (start, end) in enumerate(period.spans):
                    event = Event()
                    event.add("uid", _row_uid(row, n, domain))
                    event.add("dtstamp", stamp)
                    if period.kind == "deadline":
                        event.add("summary", _("Deadline: {what}").format(what=_what(row)))
                        start = end
                    else:
                        event.add("summary", _what(row))
                    event.add("dtstart", start)
                    event.add("dtend", end + dt.timedelta(days=1))
                    event.add("transp", "TRANSPARENT")
                    details = [to_plain(row.value(f)) for f in (Field.WHO, Field.RESULT)]
                    event.add("description", "\n".join(d for d in details if d))
                    event.add("categories", [f"{theme.label or ''} {theme.title}".strip()])
                    calendar.add_component(event)
    if choice.meetings and part_key is None:
        for series in document.meeting_series:
            for meeting in series.meetings:
                if meeting.date is not None:
                    calendar.add_component(_meeting(series, meeting, domain, stamp))
    return calendar


def _meeting(
    series: MeetingSeriesData, meeting: MeetingData, domain: str, stamp: dt.datetime
) -> Event:
    assert meeting.date is not None
    event = Event()
    if meeting.id is not None:  # the stored meeting: moving it to another day updates it
        event.add("uid", f"meeting-{meeting.id}@{domain}")
    else:
        event.add("uid", f"meeting-{_slug(series.body)}-{meeting.date.isoformat()}@{domain}")
    event.add("dtstamp", stamp)
    event.add("summary", series.title or series.body)
    found = _TIME.search(meeting.time) or _TIME.search(series.day_time)
    if found:
        hour, minute = int(found.group(1)), int(found.group(2))
        start = dt.datetime.combine(meeting.date, dt.time(hour % 24, minute % 60), ZONE)
        if found.group(3):
            end_time = dt.time(int(found.group(3)) % 24, int(found.group(4)) % 60)
            end = dt.datetime.combine(meeting.date, end_time, ZONE)
        else:
            end = start + dt.timedelta(hours=MEETING_HOURS)
        event.add("dtstart", start)
        event.add("dtend", max(end, start))
    else:
        event.add("dtstart", meeting.date)
        event.add("dtend", meeting.date + dt.timedelta(days=1))
    location = meeting.location or series.location
    if location:
        event.add("location", location)
    if meeting.note:
        event.add("description", meeting.note)
    return event


def write_ics(
    document: DocumentData,
    target: Path,
    part_key: str | None = None,
    choice: IcsChoice = IcsChoice(),
) -> None:
    target.write_bytes(calendar_of(document, part_key, choice).to_ical())
