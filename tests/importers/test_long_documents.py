"""Long Word documents are read in one pass: 5,000 short paragraphs all arrive (the text
sections are cleaned once, not again for every paragraph), and a document past the cap is
refused with a Dutch message that names it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from jaarplanner.importers import docx_reader
from jaarplanner.importers.files import read_any
from jaarplanner.importers.sniff import ImportFileError
from jaarplanner.model.richtext import to_plain

pytestmark = pytest.mark.large


def _document(path: Path, paragraphs: int) -> None:
    document = docx.Document()
    document.add_heading("Jaarplan 2024-2025", level=0)
    document.add_heading("Inleiding", level=1)
    for number in range(paragraphs):
        document.add_paragraph(f"Alinea {number} over passend onderwijs.")
    document.add_heading("Activiteiten", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Wanneer", "Wat"
    table.cell(1, 0).text, table.cell(1, 1).text = "sept 2024", "Start"
    document.save(path)


def test_five_thousand_paragraphs_all_arrive(tmp_path: Path) -> None:
    path = tmp_path / "lang.docx"
    _document(path, 5000)
    document = read_any(path).document
    text = to_plain(document.sections[0].body)
    assert text.count("over passend onderwijs") == 5000
    assert "Alinea 0 over" in text and "Alinea 4999 over" in text
    assert document.parts[0].themes[0].rows[0].fields["what"] == "Start"


def test_a_document_past_the_cap_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_PARAGRAPHS", 100)
    path = tmp_path / "lang.docx"
    _document(path, 200)
    with pytest.raises(ImportFileError, match="meer dan 100 alinea"):
        read_any(path)
