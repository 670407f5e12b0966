"""The print preview: Bestand → Afdrukvoorbeeld shows the real PDF's pages, pages through
them, and follows the page-break setting (kept with the document, undoable)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.preview import PreviewDialog
from tests.exporters.pdftools import page_texts
from tests.exporters.test_pdf_breaks import medium_rows_document


def _open(qtbot: QtBot, db: Database) -> tuple[MainWindow, PreviewDialog]:
    create_document(db, medium_rows_document())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.preview_action.trigger()
    dialog = window.findChild(PreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_count() > 1)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return window, dialog


def test_the_preview_pages_and_follows_the_setting(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    window, dialog = _open(qtbot, sqlite_db)
    assert dialog.windowTitle() == "Afdrukvoorbeeld"
    assert dialog.where.text() == f"Pagina 1 van {dialog.page_count()}"
    first = dialog.image.pixmap().toImage()
    assert first.width() > 400 and first.width() > first.height()  # landscape
    dialog.next.setFocus()
    qtbot.keyClick(dialog.next, Qt.Key.Key_Space)
    assert dialog.where.text() == f"Pagina 2 van {dialog.page_count()}"
    assert QApplication.focusWidget() is dialog.next
    assert dialog.image.pixmap().toImage() != first
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.page == 2
    qtbot.mouseClick(dialog.previous, Qt.MouseButton.LeftButton)
    assert dialog.page == 1

    long_pages = dialog.page_count()
    assert dialog.breaks.currentText() == "Alleen lange rijen splitsen"
    dialog.breaks.setFocus()
    qtbot.keyClick(dialog.breaks, Qt.Key.Key_Up)  # "Rijen nooit splitsen"
    assert QApplication.focusWidget() is dialog.breaks
    qtbot.waitUntil(lambda: dialog.page_count() != long_pages)
    assert dialog.page_count() > long_pages
    assert dialog.breaks.currentText() == "Rijen nooit splitsen"
    ident = window.current_document().id
    assert load_document(sqlite_db, ident).row_breaks == "never"
    window.undo_action.trigger()  # the setting is undone, and the preview follows
    qtbot.waitUntil(lambda: dialog.page_count() == long_pages)
    assert load_document(sqlite_db, ident).row_breaks == "long"

    zoomed = dialog.image.pixmap().width()
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(150))
    assert dialog.image.pixmap().width() > zoomed * 1.5


def test_export_from_the_preview_writes_the_pages_shown(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, dialog = _open(qtbot, sqlite_db)
    target = tmp_path / "voorbeeld.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(page_texts(target)) == dialog.page_count()


def test_printing_draws_every_page(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    _window, dialog = _open(qtbot, sqlite_db)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    assert dialog.paint(printer)
    assert len(page_texts(tmp_path / "afdruk.pdf", raw=True)) == dialog.page_count()


def test_publish_as_web_page_writes_one_html_file(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_document(sqlite_db, medium_rows_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    asked: list[str] = []

    def save_name(parent, title, start, filters):
        asked.append(Path(start).name)
        return str(tmp_path / "plan"), filters  # the suffix is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.publish_action.trigger()
    assert asked and asked[0].endswith(".html")
    html = (tmp_path / "plan.html").read_text("utf-8")
    assert '<html lang="nl">' in html and "<caption>" in html


def test_export_as_pdf_can_show_the_preview_first(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bestand → Voorbeeld tonen vóór het exporteren: Ctrl+P (Exporteren als PDF…) then opens
    the preview, and only its Exporteren… asks for the file name."""
    create_document(sqlite_db, medium_rows_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    asked: list[str] = []
    target = tmp_path / "na-voorbeeld.pdf"

    def save_name(parent, title, start, filters):
        asked.append(title)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    file_menu = window.preview_first_action.associatedObjects()
    assert any(getattr(menu, "title", lambda: "")() == "&Bestand" for menu in file_menu)
    assert not window.preview_first_action.isChecked()  # off unless she chooses it
    window.preview_first_action.trigger()
    assert window.preview_first_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_count() > 1)
    assert asked == []  # nothing asked, nothing written yet
    assert not target.exists()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.isAncestorOf(QApplication.focusWidget())
    assert dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["Exporteren als PDF"]
    assert len(page_texts(target)) == dialog.page_count()
    # the choice is kept for the next time the program starts
    again = MainWindow(sqlite_db)
    qtbot.addWidget(again)
    assert again.preview_first_action.isChecked()
