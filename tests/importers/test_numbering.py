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
