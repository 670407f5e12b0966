"""Files that look small or ordinary but are not: a pipe named .csv, a sheet declaring a
million rows, mixed encodings, more rows than an import takes."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from jaarplanner.importers import sheet_reader
from jaarplanner.importers.files import read_any
from jaarplanner.importers.sniff import ImportFileError

pytestmark = pytest.mark.large


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_pipe_named_csv_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "planning.csv"
    os.mkfifo(pipe)
    with pytest.raises(ImportFileError, match="geen gewoon bestand"):
        read_any(pipe)


def test_mixed_encodings_are_read_line_by_line_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "gemengd.csv"
    path.write_bytes(
        b"Datum;Activiteit\n"
        + "4-9-2023;Opening café\n".encode()
        + "5-9-2023;Overleg één\n".encode("cp1252")
    )
    result = read_any(path)
    rows = result.document.parts[0].themes[0].rows
    assert [r.fields["what"] for r in rows] == ["Opening café", "Overleg één"]
    assert any("tekensets" in str(r) for r in result.report.remarks)


def test_a_declared_sheet_size_is_not_trusted(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Datum", "Activiteit"])
    sheet.append(["4 september 2023", "Opening"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    huge = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(huge, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b'<dimension ref="A1:B2"/>', b'<dimension ref="A1:XFD1048576"/>'
                )
                assert b"XFD1048576" in data
            target.writestr(item, data)
    rows = read_any(huge).document.parts[0].themes[0].rows
    assert [r.fields["what"] for r in rows] == ["Opening"]


def test_more_rows_than_an_import_takes_names_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_reader, "MAX_ROWS", 50)
    path = tmp_path / "lang.csv"
    path.write_text(
        "Datum;Activiteit\n" + "".join(f"{i % 28 + 1}-9-2023;Rij {i}\n" for i in range(60))
    )
    with pytest.raises(ImportFileError, match="meer dan 50 rijen"):
        read_any(path)
