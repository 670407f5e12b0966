"""More shapes of yearly calendars as offices keep them in Excel: weeks as rows, the month in
its own column beside the day. Every row's text and period is checked after import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from jaarplanner.importers.files import read_any
from jaarplanner.model.values import Field
from jaarplanner.periods import parse_period

D = dt.date


def _book(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _rows(path: Path) -> list[tuple[str, tuple]]:
    document = read_any(path).document
    found = []
    for part in document.parts:
        for row in part.all_rows():
            period = parse_period(row.value(Field.PERIOD), "2023-2024")
            found.append((row.value(Field.WHAT), period.spans))
    return found


def test_weeks_as_rows(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "weekplanning.xlsx",
        [
            ["Jaarplanning 2023-2024 SWV Rivierenland"],
            [],
            ["Week", "Activiteit", "Wie"],
            ["week 36", "Start schooljaar, kennismaking IB", "Team"],
            ["wk 37-38", "Groepsbesprekingen", "IB"],
            ["week 40", "Netwerk gedrag", "Adviseurs"],
        ],
    )
    assert _rows(path) == [
        ("Start schooljaar, kennismaking IB", ((D(2023, 9, 4), D(2023, 9, 10)),)),
        ("Groepsbesprekingen", ((D(2023, 9, 11), D(2023, 9, 24)),)),
        ("Netwerk gedrag", ((D(2023, 10, 2), D(2023, 10, 8)),)),
    ]


def test_month_in_its_own_column_and_day_written_short(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "kalender.xlsx",
        [
            ["Jaarkalender schooljaar 2023-2024"],
            ["Maand", "Datum", "Activiteit"],
            ["September", "ma 4 sep", "Eerste schooldag"],
            ["", "di 19 sep", "Informatieavond ouders"],
            ["Oktober", "wo 11 okt", "Studiedag"],
        ],
    )
    assert _rows(path) == [
        ("Eerste schooldag", ((D(2023, 9, 4), D(2023, 9, 4)),)),
        ("Informatieavond ouders", ((D(2023, 9, 19), D(2023, 9, 19)),)),
        ("Studiedag", ((D(2023, 10, 11), D(2023, 10, 11)),)),
    ]


def test_month_column_and_bare_day_column(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "kalender-dagen.xlsx",
        [
            ["Jaarkalender 2023-2024"],
            ["Maand", "Dag", "Activiteit"],
            ["September", "4", "Eerste schooldag"],
            ["", "18-22", "Week van de ondersteuning"],
            ["Januari", "8", "Start tweede helft"],
        ],
    )
    assert _rows(path) == [
        ("Eerste schooldag", ((D(2023, 9, 4), D(2023, 9, 4)),)),
        ("Week van de ondersteuning", ((D(2023, 9, 18), D(2023, 9, 22)),)),
        ("Start tweede helft", ((D(2024, 1, 8), D(2024, 1, 8)),)),
    ]


def test_two_tables_one_under_the_other(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "twee-tabellen.xlsx",
        [
            ["Jaarplanning 2023-2024"],
            ["Datum", "Activiteit"],
            ["4 september 2023", "Eerste schooldag"],
            ["11 oktober 2023", "Studiedag"],
            [],
            ["Vergaderingen"],
            ["Datum", "Activiteit"],
            ["19 september 2023", "Bestuursvergadering"],
            ["14 november 2023", "OPR-vergadering"],
        ],
    )
    assert [what for what, _spans in _rows(path)] == [
        "Eerste schooldag",
        "Studiedag",
        "Bestuursvergadering",
        "OPR-vergadering",
    ]
    assert [spans for _what, spans in _rows(path)] == [
        ((D(2023, 9, 4), D(2023, 9, 4)),),
        ((D(2023, 10, 11), D(2023, 10, 11)),),
        ((D(2023, 9, 19), D(2023, 9, 19)),),
        ((D(2023, 11, 14), D(2023, 11, 14)),),
    ]
