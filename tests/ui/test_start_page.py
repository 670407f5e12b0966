"""The start page: shown on a database without documents and from Bestand → Start; Ctrl+N
is Nieuw document; the example opens in a copy; recent databases are one click away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from jaarplanner.services.new_document import NewDocument, new_document
from jaarplanner.storage.database import open_database
from jaarplanner.ui import database_flow
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.new_document_dialog import NewDocumentDialog
from tests.ui.newdoc_steps import LEFT, click_menu


def test_start_page_keys_example_and_recent(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "ander.sqlite"
    made = open_database(other)
    new_document(made, NewDocument("SWV Ander", "2026-2027", "action-cards"))
    made.close()
    database_flow.remember(other)
    db = open_database(tmp_path / "leeg.sqlite")
    database_flow.remember(db.path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.start_page
    assert window.pages.currentWidget() is page
    assert str(tmp_path / "leeg.sqlite") in page.where.text()
    assert not page.back_button.isVisible()

    opened: list[str] = []

    def cancel(dialog: NewDocumentDialog) -> int:
        opened.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", cancel)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["Nieuw document"]
    assert window.new_action.shortcut().isEmpty(), "Nieuwe database has no key any more"
    window.navigator.customContextMenuRequested.emit(QPoint(5, 5))  # a right-click
    menu = [a.text().replace("&", "") for a in window.last_menu.actions()]
    assert menu[-2:] == ["", "Nieuw document…"], "also in the navigator's right-click menu"
    window.last_menu.close()

    recent = [b for b in page.findChildren(QPushButton) if b.text() == str(other)]
    assert len(recent) == 1
    qtbot.mouseClick(recent[0], LEFT)
    assert window.db.path == other
    assert window.pages.currentIndex() == 1, "documents: the editor"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_menu(qtbot, window, window.file_menu, "Start")
    assert window.pages.currentWidget() is page and page.back_button.isVisible()
    qtbot.mouseClick(page.back_button, LEFT)
    assert window.pages.currentIndex() == 1

    click_menu(qtbot, window, window.file_menu, "Start")
    qtbot.mouseClick(page.example_button, LEFT)
    assert window.db.path.name.startswith("voorbeeld-")  # its own fresh copy of the example
    assert window.pages.currentIndex() == 1 and window.documents
    window.close()
