"""School holidays from an .ics file; a file that is not one gets a Dutch message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jaarplanner.errors import UserError
from jaarplanner.importers.ics import read_ics

GOOD = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Basisschool De Linde//NL\r\n"
    "BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Herfstvakantie\\, alle locaties\r\n"
    "DTSTART;VALUE=DATE:20251020\r\nDTEND;VALUE=DATE:20251027\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Kerstvakantie voor de leerlingen van de \r\n"
    " onderbouw\r\nDTSTART;VALUE=DATE:20251222\r\nDTEND;VALUE=DATE:20260105\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:3\r\nSUMMARY:Studiedag\r\nDTSTART:20260211T083000\r\n"
    "DTEND:20260211T150000\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_whole_day_events_become_holidays_with_their_last_day(tmp_path: Path) -> None:
    path = tmp_path / "vakanties.ics"
    path.write_text(GOOD, encoding="utf-8", newline="")
    holidays = read_ics(path)
    assert [(h.name, h.start, h.end) for h in holidays] == [
        ("Herfstvakantie, alle locaties", dt.date(2025, 10, 20), dt.date(2025, 10, 26)),
        (
            "Kerstvakantie voor de leerlingen van de onderbouw",
            dt.date(2025, 12, 22),
            dt.date(2026, 1, 4),
        ),
        ("Studiedag", dt.date(2026, 2, 11), dt.date(2026, 2, 11)),
    ]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"Naam;Begin;Eind\nHerfst;20-10-2025;26-10-2025\n", "geen kalenderbestand"),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "geen vakanties"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Herfst\r\nDTSTART:volgende week\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n",
            "Herfst",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "niet worden gelezen"),
    ],
)
def test_a_wrong_file_gets_a_dutch_message(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "vakanties.ics"
    path.write_bytes(content)
    with pytest.raises(UserError, match=words):
        read_ics(path)
