"""Holiday calendars as Outlook, Google and Apple write them: time zones, escapes,
parameters, whole-day ends, repeats; a broken end gives one Dutch line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jaarplanner.errors import UserError
from jaarplanner.importers.ics import read_ics
from jaarplanner.periods import SchoolYear

D = dt.date

OUTLOOK = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Vakanties OBS De Linde
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
DTSTART;VALUE=DATE:20251020
DTEND;VALUE=DATE:20251025
SUMMARY;LANGUAGE=nl:Herfstvakantie
UID:040000008200E00074C5B7101A82E00800000000
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID="W. Europe Standard Time":20260211T000000
DTEND;TZID="W. Europe Standard Time":20260212T000000
SUMMARY;LANGUAGE=nl:Studiedag\\, leerlingen vrij
UID:040000008200E00074C5B7101A82E00800000001
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")

GOOGLE = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Amsterdam
BEGIN:VEVENT
DTSTART:20251221T230000Z
DTEND:20260104T230000Z
SUMMARY:Kerstvakantie\\nregio noord
DESCRIPTION:Zie https://example.org/vakanties\\\\2025
UID:abc123@google.com
END:VEVENT
BEGIN:VEVENT
DTSTART:20260302T070000Z
DTEND:20260302T150000Z
SUMMARY:Studiedag team
UID:def456@google.com
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")

APPLE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:7F0C2A1E-1
DTSTART;TZID=Europe/Amsterdam:20250905T140000
DTEND;TZID=Europe/Amsterdam:20250905T153000
SUMMARY;ALTREP="https://school.example/vrij":Vrije middag
RRULE:FREQ=WEEKLY;INTERVAL=4;UNTIL=20251031T120000Z
EXDATE;TZID=Europe/Amsterdam:20251003T140000
END:VEVENT
BEGIN:VEVENT
UID:7F0C2A1E-2
DTSTART;VALUE=DATE:20260427
DTEND;VALUE=DATE:20260428
SUMMARY:Koningsdag
RRULE:FREQ=YEARLY
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")


def _read(tmp_path: Path, text: str, year: SchoolYear | None = None):
    path = tmp_path / "vakanties.ics"
    path.write_text(text, encoding="utf-8", newline="")
    return [(h.name, h.start, h.end) for h in read_ics(path, year)]


def test_outlook_whole_days_end_exclusive_and_a_midnight_end_is_not_a_day(tmp_path: Path) -> None:
    assert _read(tmp_path, OUTLOOK) == [
        ("Herfstvakantie", D(2025, 10, 20), D(2025, 10, 24)),
        ("Studiedag, leerlingen vrij", D(2026, 2, 11), D(2026, 2, 11)),
    ]


def test_google_utc_times_are_dutch_dates_and_escapes_are_read(tmp_path: Path) -> None:
    assert _read(tmp_path, GOOGLE) == [
        ("Kerstvakantie regio noord", D(2025, 12, 22), D(2026, 1, 4)),
        ("Studiedag team", D(2026, 3, 2), D(2026, 3, 2)),
    ]


def test_apple_parameters_and_repeats_within_the_school_year(tmp_path: Path) -> None:
    found = _read(tmp_path, APPLE, SchoolYear.parse("2025-2026"))
    assert ("Koningsdag", D(2026, 4, 27), D(2026, 4, 27)) in found
    free = [start for name, start, _end in found if name == "Vrije middag"]
    assert free == [D(2025, 9, 5), D(2025, 10, 31)]  # every 4 weeks, 3 Oct left out


def test_an_end_in_the_year_one_gives_one_dutch_line(tmp_path: Path) -> None:
    text = GOOGLE.replace("DTEND:20260302T150000Z", "DTEND:00010101")
    with pytest.raises(UserError, match=r"leesbare datum|eindigt") as caught:
        _read(tmp_path, text)
    assert "\n" not in str(caught.value) and "Studiedag team" in str(caught.value)
