"""School holidays from an iCalendar (``.ics``) file as Outlook, Google and Apple write them,
read with the ``icalendar`` package: escapes and parameters (``ALTREP``) handled there, UTC and
``TZID`` times turned into Dutch local dates, whole-day ends exclusive, a timed end at
midnight not counted as a day, and a repeating event (``RRULE``, ``EXDATE``) expanded with
``dateutil`` within the school year."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from jaarplanner.errors import UserError
from jaarplanner.holidays.public import Holiday
from jaarplanner.i18n import _

MAX_SIZE = 5_000_000
MAX_OCCURRENCES = 400
LOCAL = ZoneInfo("Europe/Amsterdam")


def read_ics(path: Path, school_year: object | None = None) -> list[Holiday]:
    """The events of ``path`` as school holidays; a clear Dutch message when it is none.
    ``school_year`` (a ``SchoolYear``) bounds the repeats of a repeating event."""
    try:
        if not path.is_file():
            raise UserError(
                _("'{name}' could not be read as a calendar file.").format(name=path.name)
            )
        if path.stat().st_size > MAX_SIZE:
            raise UserError(
                _("'{name}' is too large for a holiday calendar.").format(name=path.name)
            )
        data = path.read_bytes()
    except OSError as error:
        logging.getLogger("jaarplanner.importers").warning(
            "%s: unreadable", path.name, exc_info=True
        )
        raise UserError(
            _("'{name}' could not be read as a calendar file.").format(name=path.name)
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Outlook on Windows, now and then
    if "\x00" in text[:2048]:
        raise UserError(_("'{name}' could not be read as a calendar file.").format(name=path.name))
    return parse_ics(text, path.name, school_year)


def _local_day(value: object, *, end: bool = False) -> dt.date:
    """A DTSTART/DTEND value as the Dutch calendar day; an end at midnight belongs to the day
    before, a whole-day end is exclusive."""
    if isinstance(value, dt.datetime):
        moment = value.astimezone(LOCAL) if value.tzinfo is not None else value
        if end and moment.time() == dt.time(0, 0):
            return moment.date() - dt.timedelta(days=1)
        return moment.date()
    if isinstance(value, dt.date):
        return value - dt.timedelta(days=1) if end else value
    raise ValueError(value)


def parse_ics(text: str, name: str = "", school_year: object | None = None) -> list[Holiday]:
    import icalendar

    if "BEGIN:VCALENDAR" not in text.upper():
        raise UserError(_("'{name}' is not a calendar (.ics) file.").format(name=name))
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError, TypeError) as error:
        raise UserError(_("'{name}' is not a calendar (.ics) file.").format(name=name)) from error
    found: list[Holiday] = []
    for event in calendar.walk("VEVENT"):
        found.extend(_holidays(event, name, school_year))
    if not found:
        raise UserError(_("'{name}' holds no holidays.").format(name=name))
    return sorted(found, key=lambda h: (h.start, h.name))


def _summary(event: object) -> str:
    value = event.get("SUMMARY")  # type: ignore[attr-defined]
    return " ".join(str(value).split()) if value is not None else ""


def _holidays(event: object, name: str, school_year: object | None) -> list[Holiday]:
    summary = _summary(event)

    def unreadable(error: Exception | None = None) -> UserError:
        return UserError(
            _("'{name}' has a holiday without a readable date ({summary}).").format(
                name=name, summary=summary or "?"
            )
        )

    try:
        start_value = event.decoded("DTSTART")  # type: ignore[attr-defined]
        start = _local_day(start_value)
        if event.get("DTEND") is not None:  # type: ignore[attr-defined]
            end = _local_day(event.decoded("DTEND"), end=True)  # type: ignore[attr-defined]
        elif event.get("DURATION") is not None:  # type: ignore[attr-defined]
            end = _local_day(start_value + event.decoded("DURATION"), end=True)  # type: ignore[attr-defined]
        else:
            end = start
    except (KeyError, ValueError, TypeError, OverflowError) as error:
        raise unreadable(error) from error
    if isinstance(start_value, dt.datetime) and end < start:
        end = start  # a timed event that ends at the midnight it starts on
    if end < start:
        raise UserError(
            _(
                "'{name}': the holiday '{summary}' ends ({end}) before it starts ({start}); "
                "correct the calendar and import it again."
            ).format(
                name=name,
                summary=summary or "?",
                end=end.isoformat(),
                start=start.isoformat(),
            )
        )
    title = summary or _("Holiday")
    length = end - start
    return [
        Holiday(title, day, day + length, "school")
        for day in _occurrences(event, start_value, start, school_year)
    ]


def _occurrences(
    event: object, start_value: object, start: dt.date, school_year: object | None
) -> list[dt.date]:
    rule = event.get("RRULE")  # type: ignore[attr-defined]
    if rule is None:
        return [start]
    from dateutil.rrule import rrulestr

    from jaarplanner.periods import SchoolYear

    year = school_year if isinstance(school_year, SchoolYear) else SchoolYear.containing(start)
    first = dt.datetime.combine(start, dt.time(0, 0))
    text = rule.to_ical().decode()
    # the rule runs on local dates: an UNTIL in UTC becomes the end of that day
    text = re.sub(r"UNTIL=(\d{8})(T\d{6}Z?)?", r"UNTIL=\1T235959", text)
    try:
        rules = rrulestr(text, dtstart=first)
    except (ValueError, TypeError) as error:
        raise UserError(
            _("'{summary}' repeats in a way Jaarplanner cannot read.").format(
                summary=_summary(event) or "?"
            )
        ) from error
    skipped = set()
    exdates = event.get("EXDATE")  # type: ignore[attr-defined]
    for group in exdates if isinstance(exdates, list) else [exdates] if exdates else []:
        for item in getattr(group, "dts", []):
            skipped.add(_local_day(item.dt))
    window = (
        dt.datetime.combine(year.start, dt.time(0, 0)),
        dt.datetime.combine(year.end, dt.time(23, 59)),
    )
    days: list[dt.date] = []
    for moment in rules.xafter(window[0] - dt.timedelta(days=1), count=MAX_OCCURRENCES):
        if moment > window[1]:
            break
        if moment.date() not in skipped and moment >= window[0]:
            days.append(moment.date())
    return days
