"""Whatever a user can type reaches the PDF: any characters, control characters, emoji, a
1 MB cell; and a 5,000-row document stays usable in the window."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from jaarplanner.exporters.pdf import export_pdf
from jaarplanner.model.richtext import clean, from_plain, to_plain
from jaarplanner.model.values import Field
from jaarplanner.services import rows
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.main_window import MainWindow
from tests.exporters.pdftools import page_texts, pages
from tests.factories import row, sample_document

pytestmark = pytest.mark.large
TYPED = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300
) | st.sampled_from(
    ["\x00\x01\x02\x1b[31m", "👩‍🏫📅✅🇳🇱", "\u202eomgekeerd", "a\r\nb\tc", "<b>&amp;</b>"]
)


def _document_with(texts: list[str]):
    document = sample_document()
    theme = document.parts[0].themes[0]
    theme.title = from_plain(texts[0])
    for text in texts:
        theme.rows.append(row(from_plain(text), period=from_plain(text[:40]), who=from_plain(text)))
    return document


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(TYPED, min_size=1, max_size=4))
def test_any_typed_text_exports_to_a_readable_pdf(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "uit.pdf"
        export_pdf(_document_with(texts), target)
        data = target.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


# the PDF cuts a cell at 100,000 characters (about 60 pages); the whole megabyte would be
# about 600 pages and took ReportLab nine minutes
MOST_PAGES = 80


def test_a_one_megabyte_cell_is_stored_and_exported(sqlite_db: Database, tmp_path: Path) -> None:
    words = " ".join(f"woord{n}" for n in range(150_000))[: 1024 * 1024]
    create_document(sqlite_db, sample_document())
    document = load_document(sqlite_db, list_documents(sqlite_db)[0].id)
    target_row = document.parts[0].all_rows()[0]
    rows.edit_field(sqlite_db, target_row.id, Field.WHAT, from_plain(words))
    document = load_document(sqlite_db, document.id)
    stored = to_plain(document.parts[0].all_rows()[0].value(Field.WHAT))
    assert stored == words
    export_pdf(document, tmp_path / "groot.pdf")
    # it took nine minutes before the PDF cut the cell; the cut bounds the work, not a clock
    assert len(pages(tmp_path / "groot.pdf")) <= MOST_PAGES
    printed = " ".join(page_texts(tmp_path / "groot.pdf")).replace("\n", " ")
    assert "woord100 woord101" in printed  # the start of the text is there
    assert "ingekort in de PDF" in printed and "1.048.576 tekens" in printed


def test_control_characters_never_reach_the_stored_text() -> None:
    assert clean(from_plain("a\x00b\x07c\x1bd")) == clean(from_plain("abcd"))


def test_five_thousand_rows_stay_usable(qtbot: QtBot, sqlite_db: Database) -> None:
    document = sample_document()
    themes = document.parts[0].themes
    for n in range(5000):
        themes[n % len(themes)].rows.append(row(f"Activiteit {n}", who=f"collega {n % 37}"))
    create_document(sqlite_db, document)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    part = window.documents[0].parts[0]
    window.select_in_navigator("PartData", part.id)
    assert window.rows_model.rowCount() > 5000
    window.search.setText("Activiteit 4321")
    window.apply_search()
    assert window.hits.text().startswith("1 ")
    last = part.all_rows()[-1]
    assert window.edit_field(last.id, Field.WHAT, from_plain("Laatste rij aangepast"))
    again = load_document(sqlite_db, window.documents[0].id).parts[0].all_rows()
    assert to_plain(again[-1].value(Field.WHAT)) == "Laatste rij aangepast"
