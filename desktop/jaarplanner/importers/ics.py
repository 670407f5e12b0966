"""School holidays from an iCalendar (``.ics``) file, as schools and the government publish
them: every ``VEVENT`` with a summary and whole-day dates. ``DTEND`` of a whole-day event is
the day after the last day."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from jaarplanner.errors import UserError
from jaarplanner.holidays.public import Holiday
from jaarplanner.i18n import _

_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})")
MAX_SIZE = 5_000_000


def read_ics(path: Path) -> list[Holiday]:
    """The events of ``path`` as school holidays; a clear Dutch message when it is none."""
    try:
        if path.stat().st_size > MAX_SIZE:
            raise UserError(
                _("'{name}' is too large for a holiday calendar.").format(name=path.name)
            )
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        logging.getLogger("jaarplanner.importers").warning(
            "%s: unreadable", path.name, exc_info=True
        )
        raise UserError(
            _("'{name}' could not be read as a calendar file.").format(name=path.name)
        ) from error
    return parse_ics(text, path.name)


def _unfolded(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _date(value: str) -> dt.date:
    match = _DATE.match(value.strip())
    if not match:
        raise ValueError(value)
    return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def parse_ics(text: str, name: str = "") -> list[Holiday]:
    if "BEGIN:VCALENDAR" not in text.upper():
        raise UserError(_("'{name}' is not a calendar (.ics) file.").format(name=name))
    found: list[Holiday] = []
    event: dict[str, tuple[str, str]] | None = None
    for line in _unfolded(text):
        key, _sep, value = line.partition(":")
        field, *params = key.upper().split(";")
        if field == "BEGIN" and value.strip().upper() == "VEVENT":
            event = {}
        elif field == "END" and value.strip().upper() == "VEVENT" and event is not None:
            found.append(_holiday(event, name))
            event = None
        elif event is not None and field in ("SUMMARY", "DTSTART", "DTEND"):
            event[field] = (";".join(params), value)
    if not found:
        raise UserError(_("'{name}' holds no holidays.").format(name=name))
    return sorted(found, key=lambda h: h.start)


def _holiday(event: dict[str, tuple[str, str]], name: str) -> Holiday:
    summary = event.get("SUMMARY", ("", ""))[1].replace("\\,", ",").replace("\\;", ";").strip()
    try:
        start = _date(event["DTSTART"][1])
        end = _date(event["DTEND"][1]) - dt.timedelta(days=1) if "DTEND" in event else start
    except (KeyError, ValueError) as error:
        raise UserError(
            _("'{name}' has a holiday without a readable date ({summary}).").format(
                name=name, summary=summary or "?"
            )
        ) from error
    timed = "T" in event["DTSTART"][1] and "VALUE=DATE" not in event["DTSTART"][0].upper()
    if timed and "DTEND" in event:
        end = _date(event["DTEND"][1])  # a timed end is the last day itself
    return Holiday(summary or _("Holiday"), start, max(end, start), "school")
