"""Word files: a file built from a dump imports back to the same dump; formatting survives;
an unknown header asks for a column mapping, which can be kept as a layout."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from jaarplanner.exporters.dump import document_dump
from jaarplanner.importers.files import read_any
from jaarplanner.importers.seeds import read_seed
from jaarplanner.importers.tables import Mapping
from jaarplanner.services.documents import load_document
from jaarplanner.services.imports import import_documents
from jaarplanner.storage.database import Database
from tests.importers.docx_builder import build_docx
from tests.importers.seedoracle import seed

pytestmark = pytest.mark.processes

COMPARED = (
    "title",
    "subtitle",
    "school_year",
    "layout",
    "state",
    "status",
    "sections",
    "kpis",
    "parts",
)


def _dump(db: Database, document) -> dict:
    return document_dump(load_document(db, import_documents(db, [document]).result[0]))


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_word_file_from_a_dump_imports_back_to_the_same_dump(
    sqlite_db: Database, tmp_path: Path, prefix: str
) -> None:
    original = _dump(sqlite_db, read_seed(seed(prefix)).document)
    path = tmp_path / "plan.docx"
    build_docx(original, path)
    result = read_any(path)
    result.document.organisation.name = original["organisation"]
    again = _dump(sqlite_db, result.document)
    for key in COMPARED:
        assert again[key] == original[key], key


def _table_document(path: Path, header: list[str], rows: list[list[str]]) -> None:
    document = docx.Document()
    document.add_heading("Jaarplan Voorbeeldregio 2025-2026", level=0)
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    document.save(str(path))


def test_formatting_survives(tmp_path: Path) -> None:
    path = tmp_path / "opmaak.docx"
    document = docx.Document()
    document.add_heading("Jaarkalender Voorbeeldregio schooljaar 2025 - 2026", level=1)
    table = document.add_table(rows=2, cols=7)
    for cell, text in zip(
        table.rows[0].cells,
        [
            "",
            "Periode (wanneer)",
            "Activiteiten (wat)",
            "Betrokkenen (wie)",
            "Gewenst resultaat",
            "Middelen (personeel)",
            "Middelen (financieel)",
        ],
        strict=True,
    ):
        cell.text = text
    band = table.rows[1].cells[0].merge(table.rows[1].cells[6])
    band.text = "1. Zorg"
    cells = table.add_row().cells
    cells[0].text = "1"
    cells[1].text = "okt 2025"
    paragraph = cells[2].paragraphs[0]
    paragraph.add_run("Vet").bold = True
    paragraph.add_run(" en ")
    paragraph.add_run("schuin").italic = True
    paragraph.add_run(" en ")
    paragraph.add_run("onder").underline = True
    paragraph.add_run(", de 3")
    paragraph.add_run("de").font.superscript = True
    run = paragraph.add_run(" regel")
    run.add_break()
    paragraph.add_run("nieuwe regel")
    cells[3].text = ""
    cells[3].paragraphs[0].text = "Teams"
    cells[3].add_paragraph("scholen", style="List Bullet")
    cells[3].add_paragraph("besturen", style="List Bullet 2")
    cells[4].text = "Klaar"
    continuation = table.add_row().cells
    continuation[1].text = "nov 2025"
    continuation[2].text = "Vervolg"
    document.save(str(path))
    imported = read_any(path).document
    rows = imported.parts[0].themes[0].rows
    assert rows[0].fields["what"] == (
        "<b>Vet</b> en <i>schuin</i> en <u>onder</u>, de 3<sup>de</sup> regel<br>nieuwe regel"
    )
    assert rows[0].fields["who"] == (
        "<p>Teams</p><ul><li>scholen<ul><li>besturen</li></ul></li></ul>"
    )
    assert rows[1].continuation
    assert imported.parts[0].themes[0].title == "Zorg"
    assert imported.school_year == "2025-2026"


def test_unknown_header_is_read_by_its_words_a_mapping_overrides_and_is_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "eigen.docx"
    _table_document(
        path,
        ["Wanneer", "Actie", "Trekker", "Kosten"],
        [
            ["sept 2025", "Startbijeenkomst", "Directeur", "€ 500"],
            ["voorjaar 2026", "Evaluatie", "Adviseur", ""],
        ],
    )
    guessed = read_any(path).document.parts[0]
    row = guessed.themes[0].rows[0]
    assert [c.label for c in guessed.layout.columns] == ["Wanneer", "Actie", "Trekker", "Kosten"]
    assert (row.fields["period"], row.fields["what"], row.fields["who"]) == (
        "sept 2025",
        "Startbijeenkomst",
        "Directeur",
    )
    mapping = Mapping.parse("Wanneer=period; Actie=what; Trekker=remark; Kosten=-")
    document = read_any(path, mapping).document
    row = document.parts[0].themes[0].rows[0]
    assert (row.fields["period"], row.fields["what"], row.fields["remark"]) == (
        "sept 2025",
        "Startbijeenkomst",
        "Directeur",
    )
    assert "finance" not in row.fields and "500" not in row.notes  # left out on purpose
    database = tmp_path / "plan.sqlite"
    env = {**os.environ, "JAARPLANNER_LANGUAGE": "nl"}
    command = [
        sys.executable,
        "-m",
        "jaarplanner",
        "import",
        str(path),
        "--database",
        str(database),
    ]
    kept = subprocess.run(
        [
            *command,
            "--mapping",
            "Wanneer=period; Actie=what; Trekker=remark; Kosten=finance",
            "--save-layout",
            "Mijn indeling",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert kept.returncode == 0, kept.stderr
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 0, again.stderr
    dump = subprocess.run(
        [sys.executable, "-m", "jaarplanner", "dump", "--database", str(database)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    layouts = [d["layout"] for d in json.loads(dump.stdout)["documents"]]
    assert layouts == ["mijn-indeling", "mijn-indeling"]  # the saved layout is recognised


def test_a_bad_mapping_is_explained() -> None:
    with pytest.raises(Exception, match="geen veld"):
        Mapping.parse("Wanneer=wanneer")
    with pytest.raises(Exception, match="Kolomkop=veld"):
        Mapping.parse("Wanneer")


def test_excel_and_csv_in_every_encoding(tmp_path: Path) -> None:
    import openpyxl

    header = [
        "nr",
        "Periode (wanneer)",
        "Activiteiten (wat)",
        "Betrokkenen (wie)",
        "Gewenst resultaat",
        "Middelen (personeel)",
        "Middelen (financieel)",
    ]
    rows = [
        ["1. Ondersteuning", "", "", "", "", "", ""],
        ["1", "sept-dec 2025", "Overleg ‘ECT’ – café", "Team", "Afspraken", "Adviseur", "€ 1.000"],
        ["", "jan 2026", "Vervolg", "", "", "", ""],
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jaarkalender 2025-2026"
    for values in [header, *rows]:
        sheet.append(values)
    book.save(tmp_path / "plan.xlsx")
    results = [read_any(tmp_path / "plan.xlsx")]
    for name, encoding, separator, bom in [
        ("a.csv", "utf-8", ";", True),
        ("b.csv", "utf-8", ",", False),
        ("c.csv", "cp1252", ";", False),
    ]:
        text = "\r\n".join(separator.join(f'"{v}"' for v in values) for values in [header, *rows])
        data = text.encode(encoding)
        (tmp_path / name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
        results.append(read_any(tmp_path / name))
    for result in results:
        theme = result.document.parts[0].themes[0]
        assert theme.title == "Ondersteuning"
        assert theme.rows[0].fields["what"] == "Overleg ‘ECT’ – café"
        assert theme.rows[0].fields["finance"] == "€ 1.000"
        assert theme.rows[1].continuation


def test_docx_bytes_in_memory_are_not_needed(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    path = tmp_path / "leeg.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(Exception, match="geen tekst"):
        read_any(path)
