"""Every example of examples.json (first taken from the seeds) is read as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jaarplanner.periods import SchoolYear, describe_period, format_period, parse_period

# The project's own specification of period texts (first written from the seeds' texts).
EXAMPLES = json.loads((Path(__file__).with_name("examples.json")).read_text("utf-8"))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"] for e in EXAMPLES])
def test_example(example: dict) -> None:
    period = parse_period(
        example["text"],
        SchoolYear.parse(example["school_year"]),
        column_is_deadline=example.get("column_is_deadline", False),
    )
    result = period.to_json()
    assert result["kind"] == example["kind"]
    assert result["spans"] == example["spans"]
    assert result["recurrence"] == example["recurrence"]
    assert result["approximate"] == example["approximate"]


def test_there_are_91_examples() -> None:
    # 86 from the design notes, then five for "eind maart" / "begin oktober" (issue 16)
    assert len(EXAMPLES) == 91


@pytest.mark.parametrize(
    "text, expected",
    [
        ("sept-dec 2024", "1 sep 2024 – 31 dec 2024 (4 maanden)"),
        ("2 nov 2024", "2 nov 2024"),
        ("11 - 22 september", "11 sep 2024 – 22 sep 2024 (12 dagen)"),
        ("2024-2025 cyclisch per kwartaal", "elk kwartaal, het hele schooljaar"),
        ("Volgens nog op te stellen planning", "niet te plaatsen: geen datum herkend"),
        ("uiterlijk einde schooljaar", "uiterlijk 31 jul 2025"),
        ("ca. sept 2024", "ongeveer 1 sep 2024 – 30 sep 2024 (1 maand)"),
        ("Drie keer per jaar (kwartaal)", "3 keer per jaar, niet te plaatsen: geen datum herkend"),
        ("Doorlopend", "doorlopend, het hele schooljaar"),
    ],
)
def test_describe_in_dutch(text: str, expected: str) -> None:
    assert describe_period(parse_period(text, "2024-2025")) == expected


@pytest.mark.parametrize(
    "text, canonical",
    [
        ("Sept-dec 2024", "sept-dec 2024"),
        ("nov 2024-feb & mei 2025", "nov 2024-feb 2025 & mei 2025"),
        ("2 november 2024", "2 nov 2024"),
        ("schooljaar 2024-2025", "gehele schooljaar"),
        ("Jaarlijks voor 1 juli", "jaarlijks uiterlijk 30 jun 2025"),
        ("wk 38-39", "16-29 sept 2024"),
    ],
)
def test_canonical_text(text: str, canonical: str) -> None:
    assert format_period(parse_period(text, "2024-2025")) == canonical


@pytest.mark.parametrize(
    "text, spans",
    [
        ("16 juli – 28 augustus", [["2025-07-16", "2025-08-28"]]),
        ("25 december - 5 januari", [["2024-12-25", "2025-01-05"]]),
        ("19-2 t/m 23-2", [["2025-02-19", "2025-02-23"]]),
        ("15 en 18 april", [["2025-04-15", "2025-04-15"], ["2025-04-18", "2025-04-18"]]),
        ("2 & 9 oktober 2025", [["2025-10-02", "2025-10-02"], ["2025-10-09", "2025-10-09"]]),
        ("oktober en december 2025", [["2025-10-01", "2025-10-31"], ["2025-12-01", "2025-12-31"]]),
        ("nov-feb 2025", [["2024-11-01", "2025-02-28"]]),
        ("25-12", [["2024-12-25", "2024-12-25"]]),
        ("week 38", [["2024-09-16", "2024-09-22"]]),
        ("Q1 2025", [["2025-01-01", "2025-03-31"]]),
        ("1e kwartaal 2025", [["2025-01-01", "2025-03-31"]]),
        ("tweede helft 2024", [["2024-07-01", "2024-12-31"]]),
        ("najaar", [["2024-09-01", "2024-11-30"]]),
        ("einde schooljaar", [["2025-05-01", "2025-07-31"]]),
        ("voor 1 oktober", [["2024-09-30", "2024-09-30"]]),
        ("3-5 sep 2024", [["2024-09-03", "2024-09-05"]]),
    ],
)
def test_rules_of_periods_md(text: str, spans: list) -> None:
    assert parse_period(text, "2024-2025").to_json()["spans"] == spans


def test_warnings() -> None:
    stale = parse_period("sep-dec 2022", "2023-2024")
    assert stale.warnings == ("De periode valt buiten schooljaar 2023-2024.",)
    assert parse_period("1 augustus 2025", "2024-2025", column_is_deadline=True).warnings == ()
    assert parse_period("p.m.", "2024-2025").warnings == ("niet te plaatsen: geen datum herkend",)
    assert parse_period("31 feb 2025", "2024-2025").warnings == (
        "Een datum in de tekst bestaat niet.",
    )
    assert parse_period("", "2024-2025").warnings == ()
