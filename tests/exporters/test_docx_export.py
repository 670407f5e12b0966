"""The Word export: landscape, the header row repeated, rich text kept, and importing the file
again gives the same content for every seed."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from jaarplanner.exporters.docx_export import write_docx
from jaarplanner.exporters.dump import document_dump
from jaarplanner.importers.files import read_any
from jaarplanner.importers.seeds import read_seed
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.services.imports import import_documents
from jaarplanner.storage.database import Database
from tests.factories import sample_document
from tests.importers.seedoracle import seed
from tests.importers.test_docx import COMPARED


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_export_imports_back_to_the_same_content(
    sqlite_db: Database, tmp_path: Path, prefix: str
) -> None:
    stored = import_documents(sqlite_db, [read_seed(seed(prefix)).document]).result[0]
    document = load_document(sqlite_db, stored)
    path = tmp_path / "plan.docx"
    write_docx(document, path)
    result = read_any(path)
    result.document.organisation.name = document.organisation.name
    again = document_dump(
        load_document(sqlite_db, import_documents(sqlite_db, [result.document]).result[0])
    )
    original = document_dump(document)
    for key in COMPARED:
        assert again[key] == original[key], key


def test_landscape_repeated_header_and_rich_text(sqlite_db: Database, tmp_path: Path) -> None:
    document = load_document(sqlite_db, create_document(sqlite_db, sample_document()).result)
    path = tmp_path / "plan.docx"
    write_docx(document, path)
    word = docx.Document(str(path))
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    table = word.tables[0]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.rows[1].cells[0].text == "1. Onderwijs & ondersteuning"
    bold = [r.text for p in word.paragraphs for r in p.runs if r.bold]
    assert "korte" in bold, "bold in the Vooraf section stays bold"
    bullets = [p.text for p in word.paragraphs if p.style.name.startswith("List Bullet")]
    assert bullets == ["een", "twee"]
