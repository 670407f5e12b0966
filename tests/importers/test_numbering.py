"""Numbering as offices type it: Word chapters "1. Ondersteuning" in a Heading 1 style over a
table with a 1.1, 1.2 column become themes titled without the number, numbered again by the
layout, and no export after the import prints the number twice ("1. 1. Ondersteuning")."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import openpyxl
import pytest

from jaarplanner.exporters.csv_export import write_csv
from jaarplanner.exporters.docx_export import write_docx
from jaarplanner.exporters.xlsx_export import write_xlsx
from jaarplanner.importers.files import read_any
from jaarplanner.model.numbering import number_part
from jaarplanner.model.values import Field

CHAPTERS = [
    (
        "Ondersteuning",
        [("Overleg intern begeleiders", "september 2024"), ("Scholing", "oktober 2024")],
    ),
    ("Kwaliteit", [("Audit", "november 2024"), ("Rapportage", "december 2024")]),
    ("Communicatie", [("Nieuwsbrief", "januari 2025")]),
]


def _word_with_chapters(path: Path) -> Path:
    """As an office writes it: a title, then per chapter a numbered Heading 1 and a table."""
    document = docx.Document()
    document.add_heading("Jaarplanning 2024-2025 SWV De Vallei", level=0)
    for n, (title, rows) in enumerate(CHAPTERS, start=1):
        document.add_heading(f"{n}. {title}", level=1)
        table = document.add_table(rows=1, cols=3)
        for cell, header in zip(table.rows[0].cells, ["Nr.", "Activiteit", "Wanneer"], strict=True):
            cell.text = header
        for i, (what, when) in enumerate(rows, start=1):
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = f"{n}.{i}", what, when
    document.save(path)
    return path


def _imported(path: Path):
    document = read_any(path).document
    for part in document.parts:
        number_part(part)
    return document


def test_word_chapters_become_numbered_themes(tmp_path: Path) -> None:
    document = _imported(_word_with_chapters(tmp_path / "jaarplanning.docx"))
    assert len(document.parts) == 1
    themes = document.parts[0].themes
    assert [t.title for t in themes] == [title for title, _rows in CHAPTERS]
    assert [t.number for t in themes] == ["1", "2", "3"]
    for theme, (_title, rows) in zip(themes, CHAPTERS, strict=True):
        assert len(theme.rows) == len(rows)
        assert [r.number for r in theme.rows] == [str(i) for i in range(1, len(rows) + 1)]
        for row, (what, when) in zip(theme.rows, rows, strict=True):
            values = list(row.fields.values())
            assert what in values and when in values
            assert not row.notes  # the 1.1 column is the numbering, not text kept aside


def _export_text(document, kind: str, target: Path) -> str:
    if kind == "docx":
        write_docx(document, target)
        word = docx.Document(str(target))
        lines = [p.text for p in word.paragraphs]
        for table in word.tables:
            lines += [c.text for row in table.rows for c in row.cells]
        return "\n".join(lines)
    if kind == "xlsx":
        write_xlsx(document, target)
        book = openpyxl.load_workbook(target)
        return "\n".join(
            str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
        )
    write_csv(document, target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        return "\n".join(";".join(r) for r in csv.reader(handle, delimiter=";"))


@pytest.mark.parametrize("kind", ["docx", "xlsx", "csv"])
def test_no_export_after_import_doubles_the_chapter_number(tmp_path: Path, kind: str) -> None:
    document = _imported(_word_with_chapters(tmp_path / "jaarplanning.docx"))
    text = _export_text(document, kind, tmp_path / f"export.{kind}")
    for n, (title, _rows) in enumerate(CHAPTERS, start=1):
        assert title in text
        assert f"{n}. {n}. {title}" not in text and f"{n}. {n}.{title}" not in text
        assert f"{n}.{n}. {title}" not in text


def _sheet(path: Path, rows: list[tuple]) -> Path:
    """As an office keeps it: a title row, an empty row, the header, then the rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Jaarplanning 2024-2025 SWV De Vallei"])
    sheet.append([])
    sheet.append(["Nr.", "Activiteit", "Wanneer"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _outline(document) -> list[tuple]:
    return [
        (
            t.title,
            t.number,
            [(r.number, r.value(Field.WHAT), r.value(Field.PERIOD), r.notes) for r in t.rows],
        )
        for p in document.parts
        for t in p.themes
    ]


def test_excel_chapters_and_sub_numbers_become_themes_and_rows(tmp_path: Path) -> None:
    rows = [("1", "Ondersteuning", None)]
    rows += [("1.1", "Overleg intern begeleiders", "september 2024")]
    rows += [("1.2", "Scholing", "oktober 2024"), ("2", "Kwaliteit", None)]
    rows += [("2.1", "Audit", "november 2024"), ("2.2", "Rapportage", "december 2024")]
    document = _imported(_sheet(tmp_path / "planning.xlsx", rows))
    assert _outline(document) == [
        (
            "Ondersteuning",
            "1",
            [
                ("1", "Overleg intern begeleiders", "september 2024", ""),
                ("2", "Scholing", "oktober 2024", ""),
            ],
        ),
        (
            "Kwaliteit",
            "2",
            [("1", "Audit", "november 2024", ""), ("2", "Rapportage", "december 2024", "")],
        ),
    ]


def test_sub_numbers_without_chapter_rows_still_group_the_rows(tmp_path: Path) -> None:
    rows = [("1.1", "Overleg", "september 2024"), ("1.2", "Scholing", "oktober 2024")]
    rows += [("2.1", "Audit", "november 2024")]
    document = _imported(_sheet(tmp_path / "planning.xlsx", rows))
    outline = _outline(document)
    assert [(number, [r[:3] for r in found]) for _t, number, found in outline] == [
        ("1", [("1", "Overleg", "september 2024"), ("2", "Scholing", "oktober 2024")]),
        ("2", [("1", "Audit", "november 2024")]),
    ]
    assert all(not r[3] for _t, _n, found in outline for r in found)  # numbers not in notes


def test_plain_numbers_are_the_row_numbering_not_themes(tmp_path: Path) -> None:
    rows = [("1", "Overleg", "september 2024"), ("2", "Scholing", None)]
    rows += [("3", "Audit", "november 2024")]
    document = _imported(_sheet(tmp_path / "planning.xlsx", rows))
    outline = _outline(document)
    assert len(outline) == 1
    assert [r[:2] for r in outline[0][2]] == [("1", "Overleg"), ("2", "Scholing"), ("3", "Audit")]
    assert all(not r[3] for r in outline[0][2])
