"""Exports never carry a formula: a text that starts with = + - or @ (or a tab or carriage
return before them) stays text in CSV (a leading ') and in Excel (a text cell with the quote
prefix); LibreOffice shows it as typed and evaluates nothing. Numbers stay numbers."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jaarplanner.exporters.csv_export import write_csv
from jaarplanner.exporters.xlsx_export import write_xlsx
from jaarplanner.model.document import DocumentData
from tests.factories import row, sample_document

pytestmark = pytest.mark.libreoffice
HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://example.org/x";"klik hier")',
    "=cmd|' /C calc'!A0",
    "+31 6 12345678",
    "-2+3",
    "@SUM(A1:A3)",
    "=> zie bijlage",
    "\t=1+1",
    "\r=2+2",
    "-",
]
NUMBERS = ["-250", "+12,50", "2026"]


def _document() -> DocumentData:
    document = sample_document()
    theme = document.parts[0].themes[0]
    theme.title = "=2*21"
    theme.rows[:] = [row(text, period="") for text in HOSTILE + NUMBERS]
    return document


def _libreoffice_csv(source: Path, tmp_path: Path) -> list[list[str]]:
    """What LibreOffice shows: the file opened and saved again as CSV (UTF-8, ;)."""
    out = tmp_path / "uit"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profiel'}",
            "--headless",
            "--infilter=CSV:59,34,76,1" if source.suffix == ".csv" else "--norestore",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    text = (out / f"{source.stem}.csv").read_text(encoding="utf-8-sig")
    return list(csv.reader(text.splitlines(), delimiter=";"))


def test_csv_writes_formula_texts_with_a_leading_quote(tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    write_csv(_document(), target)
    lines = list(csv.reader(target.read_text("utf-8-sig").splitlines(), delimiter=";"))
    texts = [line[4] for line in lines[1 : 1 + len(HOSTILE) + len(NUMBERS)]]
    assert texts[: len(HOSTILE)] == ["'" + text.strip() for text in HOSTILE]
    assert texts[len(HOSTILE) :] == NUMBERS
    assert lines[1][1] == "'=2*21"
    shown = _libreoffice_csv(target, tmp_path)
    table = shown[: next(i for i, line in enumerate(shown) if not any(line))]
    cells = [cell for line in table for cell in line]  # not the block Over dit document
    for text in texts:
        assert text in cells  # as written: nothing was evaluated to a number
    assert "2" not in cells and "42" not in cells


def test_excel_keeps_formula_texts_as_text(tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    write_xlsx(_document(), target)
    sheet = load_workbook(target)["Jaarkalender"]
    cells = [cell for line in sheet.iter_rows() for cell in line if cell.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    what = [sheet.cell(r, 4).value for r in range(3, 3 + len(HOSTILE) + len(NUMBERS))]
    written = {str(text).strip() for text in what}
    shown = _libreoffice_csv(target, tmp_path)
    seen = {cell.strip() for line in shown for cell in line}
    for text in HOSTILE + NUMBERS:
        assert text.strip() in written
        assert text.strip() in seen, text  # shown as typed, no formula result
    assert "2" not in seen and "42" not in seen and "#NAME?" not in seen
    assert "=2*21" in seen
