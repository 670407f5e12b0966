"""Moving period texts to the next school year, in the writer's own words."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path

import pytest

from jaarplanner.periods import SchoolYear, parse_period, shift_period_text
from jaarplanner.periods.period import shift_date
from tests.seeds import ABSENT, require

# The project's own specification of period texts (first written from the seeds' texts).
EXAMPLES = json.loads((Path(__file__).with_name("examples.json")).read_text("utf-8"))


def moved(day: dt.date, *, month_end: bool) -> dt.date:
    day = shift_date(day, 1)
    if month_end:
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


def _is_month_end(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"] for e in EXAMPLES])
def test_shifted_text_means_the_same_a_year_later(example: dict) -> None:
    year = SchoolYear.parse(example["school_year"])
    deadline = example.get("column_is_deadline", False)
    before = parse_period(example["text"], year, deadline)
    text = shift_period_text(example["text"], year, year.next())
    after = parse_period(text, year.next(), deadline)
    assert after.kind == before.kind
    assert after.recurrence == before.recurrence
    expected = tuple(
        (moved(s, month_end=False), moved(e, month_end=_is_month_end(e) and s.day == 1))
        for s, e in before.spans
    )
    assert after.spans == expected, text


@pytest.mark.parametrize(
    "text, shifted",
    [
        ("oktober 2024", "oktober 2025"),
        ("schooljaar 2024-2025", "schooljaar 2025-2026"),
        ("2 nov 2023", "2 nov 2024"),
        ("di 17 sept 24", "17 sept 25"),
        ("Iedere donderdag 13.00u", "Iedere donderdag 13.00u"),
        ("01-04-2025", "01-04-2026"),
        ("gehele schooljaar (loopt tot 2024)", "gehele schooljaar (loopt tot 2025)"),
        ("Sept-dec 2020, evaluatie in '21", "Sept-dec 2021, evaluatie in '22"),
    ],
)
def test_the_writers_words_are_kept(text: str, shifted: str) -> None:
    assert shift_period_text(text, "2024-2025", "2025-2026") == shifted


def _seed_periods() -> list[tuple[str, str, bool]]:
    """Every period text of the five seeds, with its school year and column kind."""
    from jaarplanner.importers.seeds import read_seed
    from jaarplanner.model.richtext import to_plain
    from tests.seeds import present, seed_files

    if not present():
        return []
    found = []
    for path in seed_files():
        document = read_seed(path).document
        for part in document.parts:
            deadline = part.layout.deadline_field is not None
            for row in part.all_rows():
                text = to_plain(row.fields.get("period", ""))
                if text:
                    found.append((text, document.school_year, deadline))
        for series in document.meeting_series:
            found.extend((m.date_text, document.school_year, False) for m in series.meetings)
    return found


SEED_PERIODS = _seed_periods()


def test_the_seeds_have_many_period_texts() -> None:
    require()
    assert len(SEED_PERIODS) >= 300  # 235 rows with a period, and the meeting dates


@pytest.mark.parametrize(
    "text, year, deadline",
    SEED_PERIODS or [pytest.param("", "", False, id="seeds", marks=pytest.mark.skip(ABSENT))],
    ids=[f"{y}:{t[:30]}" for t, y, _d in SEED_PERIODS] or None,
)
def test_every_seed_period_moves_a_year(text: str, year: str, deadline: bool) -> None:
    source = SchoolYear.parse(year)
    before = parse_period(text, source, deadline)
    after = parse_period(shift_period_text(text, source, source.next()), source.next(), deadline)
    assert (after.kind, after.recurrence) == (before.kind, before.recurrence)
    expected = tuple(
        (moved(s, month_end=False), moved(e, month_end=_is_month_end(e) and s.day == 1))
        for s, e in before.spans
    )
    assert after.spans == expected
