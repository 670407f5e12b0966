"""Our Word export, edited in Word and imported again: what she changed in the body is what
comes back. A themed table's footnotes stand under it, each theme's under a line naming the
theme (*Voetnoten bij Kwaliteit:*), and come back on that theme as she left them: edited,
with their formatting, in several paragraphs, without a footnote mark, for two themes of
the same title; never in a text section."""

from __future__ import annotations

from pathlib import Path

import docx

from jaarplanner.exporters.docx_export import write_docx
from jaarplanner.importers.files import read_any
from jaarplanner.model.document import DocumentData, ThemeData
from tests.factories import row, sample_document


def _themes(document: DocumentData) -> list[ThemeData]:
    return document.parts[0].all_themes()


def _document() -> DocumentData:
    document = sample_document()
    themes = document.parts[0].themes
    themes[0].footnotes = "<p>Zie bijlage 3 voor de planning.</p><p>En het jaarverslag.</p>"
    themes[1].footnotes = "<p>¹ Noot met <i>cursief</i> erin.</p>"
    return document


def _edit(path: Path, old: str, new: str) -> None:
    """As she would in Word: the paragraph's text replaced, its formatting kept."""
    word = docx.Document(str(path))
    paragraphs = list(word.paragraphs)
    for table in word.tables:
        for cells in table.rows:
            for cell in cells.cells:
                paragraphs += cell.paragraphs
    found = [p for p in paragraphs if old in p.text]
    assert found, old
    for paragraph in found:
        runs = paragraph.runs
        runs[0].text = paragraph.text.replace(old, new)
        for run in runs[1:]:
            run.text = ""
    word.save(str(path))


def test_footnotes_come_back_on_their_theme_and_not_in_a_section(tmp_path: Path) -> None:
    document = _document()
    path = tmp_path / "plan.docx"
    write_docx(document, path)
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert f"Voetnoten bij {document.parts[0].themes[0].title}:" in paragraphs
    again = read_any(path).document
    first, second = _themes(again)[0], next(t for t in _themes(again) if t.footnotes.count("¹"))
    assert first.footnotes == "<p>Zie bijlage 3 voor de planning.</p><p>En het jaarverslag.</p>"
    assert second.footnotes == "<p>¹ Noot met <i>cursief</i> erin.</p>"
    sections = " ".join(s.body for s in again.sections)
    assert "bijlage" not in sections and "jaarverslag" not in sections and "Noot" not in sections


def test_what_she_changed_in_word_is_what_comes_back(tmp_path: Path) -> None:
    document = _document()
    document.parts[0].themes[0].goal = "<p>Goed werk</p>"
    path = tmp_path / "plan.docx"
    write_docx(document, path)
    _edit(path, "Goed werk", "Beter werk dan vorig jaar")
    _edit(path, "En het jaarverslag.", "En het nieuwe jaarverslag.")
    again = read_any(path).document
    first = _themes(again)[0]
    assert first.goal == "<p>Beter werk dan vorig jaar</p>"
    assert first.footnotes.endswith("<p>En het nieuwe jaarverslag.</p>")


def test_two_themes_of_one_title_keep_their_own_footnotes(tmp_path: Path) -> None:
    document = sample_document()
    part = document.parts[0]
    part.themes = [
        ThemeData("Algemeen", rows=[row("Eerste")], footnotes="<p>Noot A</p>"),
        ThemeData("Algemeen", rows=[row("Tweede")], footnotes="<p>Noot B</p>"),
    ]
    path = tmp_path / "plan.docx"
    write_docx(document, path)
    again = _themes(read_any(path).document)
    assert [(t.title, t.footnotes) for t in again] == [
        ("Algemeen", "<p>Noot A</p>"),
        ("Algemeen", "<p>Noot B</p>"),
    ]
