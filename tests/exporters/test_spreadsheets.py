"""Word, Excel and CSV exports, opened with their own libraries and with LibreOffice."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jaarplanner.exporters.csv_export import write_csv
from jaarplanner.exporters.docx_export import write_docx
from jaarplanner.exporters.xlsx_export import write_xlsx
from jaarplanner.model.document import DocumentData
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from tests.cli.test_export import run
from tests.exporters.pdftools import page_texts
from tests.factories import row, sample_document


def _document(db: Database) -> DocumentData:
    document = sample_document()
    document.parts[0].themes[0].rows.append(row("Studiedag", "12 februari 2025"))
    return load_document(db, create_document(db, document).result)


def test_xlsx_has_a_sheet_per_part_with_frozen_header_filters_and_groups(
    sqlite_db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "plan.xlsx"
    write_xlsx(_document(sqlite_db), target)
    book = load_workbook(target)
    assert book.sheetnames == ["Jaarkalender", "Jaarplan", "Over dit document"]
    about = [[c for c in line if c] for line in book["Over dit document"].values]
    assert about[0] == ["Over dit document", "Jaarplanner"]
    assert ["Schooljaar", "2024-2025"] in about  # what a part's sheet cannot hold
    sheet = book["Jaarkalender"]
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Thema", "nr", "Periode (wanneer)"]
    assert header[-2:] == ["Prioriteit", "Datum"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    assert sheet.page_setup.orientation == "landscape"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0][0] == "1. Onderwijs & ondersteuning" and rows[0][1] is None
    first = rows[1]
    assert first[:3] == ("1. Onderwijs & ondersteuning", "1", "oktober 2024")
    assert "Evaluatie van het jaar" in first
    study = next(r for r in rows if "Studiedag" in r)
    assert study[-1] == dt.datetime(2025, 2, 12), "a one-day period is a real date"
    assert first[-1] is None
    sub = next(
        i for i, r in enumerate(rows, start=2) if r[0] == "2. Kwaliteit › 2.1 Onderzoek" and r[1]
    )
    assert sheet.row_dimensions[sub].outline_level == 2
    assert sheet.cell(3, 3).alignment.wrap_text
    assert sheet.column_dimensions["D"].width > 10


def test_csv_opens_in_dutch_excel(sqlite_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    write_csv(_document(sqlite_db), target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM"
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][:4] == ["Deel", "Thema", "Nr.", "Periode (wanneer)"]
    evaluation = next(line for line in lines if "Evaluatie van het jaar" in line)
    assert evaluation[:4] == ["Jaarkalender", "1. Onderwijs & ondersteuning", "1", "oktober 2024"]
    assert any(line[0] == "Jaarplan" and "Scholing" in line for line in lines)
    assert len({len(line) for line in lines}) == 1, "one table, every line as wide"


def test_the_command_line_writes_word_excel_and_csv(tmp_path: Path) -> None:
    for kind in ("docx", "xlsx", "csv"):
        target = tmp_path / f"plan.{kind}"
        result = run("--demo", "export", "--format", kind, "--output", str(target))
        assert result.returncode == 0, result.stderr
        assert target.stat().st_size > 1000


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our Excel and Word files turned into PDF by LibreOffice: one start for both (each start
    with a fresh profile costs several seconds)."""
    from jaarplanner import i18n
    from jaarplanner.storage.database import open_database

    folder = tmp_path_factory.mktemp("libreoffice")
    with pytest.MonkeyPatch.context() as patch:  # as fresh_environment does for one test
        patch.setenv("JAARPLANNER_DATA_DIR", str(folder / "data"))
        i18n.install("nl")
        db = open_database(folder / "plan.sqlite")
        try:
            document = _document(db)
        finally:
            db.close()
    write_xlsx(document, folder / "plan-xlsx.xlsx")
    write_docx(document, folder / "plan-docx.docx")
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{folder / 'profiel'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "pdf"),
            str(folder / "plan-xlsx.xlsx"),
            str(folder / "plan-docx.docx"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return folder / "pdf"


@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_libreoffice_opens_the_file(converted: Path, kind: str) -> None:
    text = " ".join(" ".join(page_texts(converted / f"plan-{kind}.pdf")).split())
    assert "Plaatsingswijzer bijwerken" in text and "Onderwijs & ondersteuning" in text
