"""Yearly calendars as offices keep them (see ``office_files``): every row arrives with all
its text and the period a person reads in it, title lines give the title and school year,
notes sheets are passed over and named, headings become themes."""

from __future__ import annotations

from pathlib import Path

import pytest

from jaarplanner.importers.files import read_any
from jaarplanner.model.richtext import to_plain
from jaarplanner.periods import parse_period
from tests.importers.office_files import BUILDERS


def _rows(document):
    return [
        (theme, row) for part in document.parts for theme in part.all_themes() for row in theme.rows
    ]


@pytest.mark.parametrize("shape", sorted(BUILDERS))
def test_every_row_arrives_whole_with_its_period(tmp_path: Path, shape: str) -> None:
    office = BUILDERS[shape](tmp_path)
    result = read_any(office.path)
    document = result.document
    assert document.school_year == office.school_year
    found = _rows(document)
    assert [to_plain(row.fields.get("what", "")) for _t, row in found] == [
        e.what for e in office.rows
    ]
    for (_theme, row), expected in zip(found, office.rows, strict=True):
        period = parse_period(to_plain(row.fields.get("period", "")), document.school_year)
        assert period.spans, (expected.what, row.fields)
        assert (period.spans[0][0], period.spans[-1][1]) == (expected.first, expected.last), (
            expected.what,
            to_plain(row.fields.get("period", "")),
        )
        text = " ".join([*(to_plain(v) for v in row.fields.values()), row.notes])
        for word in expected.words:
            assert word in text, (expected.what, word, text)
    themes = [t.title for part in document.parts for t in part.all_themes()]
    for theme in office.themes:
        assert theme in themes
    report = "\n".join(result.report.summary(document))
    if office.skipped_sheet:
        assert office.skipped_sheet in report
    assert "aangenomen" not in report  # the school year came from the file


def test_title_lines_give_title_and_organisation(tmp_path: Path) -> None:
    document = read_any(BUILDERS["po-jaaragenda-xlsx"](tmp_path).path).document
    assert document.title == "Jaaragenda schooljaar 2023-2024"
    swv = read_any(BUILDERS["swv-van-tot-xlsx"](tmp_path).path).document
    assert swv.organisation.name == "SWV Passend Onderwijs Zuid-Kennemerland"


def test_a_status_column_sets_the_real_status(tmp_path: Path) -> None:
    document = read_any(BUILDERS["swv-van-tot-xlsx"](tmp_path).path).document
    statuses = [row.status.value for _t, row in _rows(document)]
    assert statuses == ["gepland", "gerealiseerd", "loopt", "uitgesteld"]
    word = read_any(BUILDERS["word-jaarplanning-docx"](tmp_path).path).document
    assert [row.status.value for _t, row in _rows(word)] == [
        "gerealiseerd",
        "gerealiseerd",
        "loopt",
        "gepland",
    ]
    labels = [c.label for c in word.parts[0].layout.columns]
    assert all("<" not in label for label in labels) and "Activiteit" in labels


def test_the_report_names_what_was_not_read_into_a_field(tmp_path: Path) -> None:
    result = read_any(BUILDERS["po-jaaragenda-xlsx"](tmp_path).path)
    report = "\n".join(result.report.summary(result.document))
    assert "kolom 'Dag'" in report and "notities" in report
    assert "kopregel 'SEPTEMBER 2023' is een thema geworden" in report
    weeks = read_any(BUILDERS["vo-weken-xlsx"](tmp_path).path)
    lines = "\n".join(weeks.report.summary(weeks.document))
    assert "samengevoegde cel" in lines
