"""Nothing a document contains is ever opened by the program on its own: a link in a cell is
shown, but clicking it in the table or the details opens nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit
from pytestqt.qtbot import QtBot

from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document


def test_links_in_a_document_are_never_opened(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = sample_document()
    first = document.parts[0].themes[0].rows[0]
    first.fields[Field.WHAT] = '<p><a href="file:///etc/passwd">klik</a></p>'
    first.fields[Field.RESULT] = '<p><a href="https://example.org/x">site</a></p>'
    create_document(sqlite_db, document)
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    window.select_in_navigator("PartData", window.documents[0].parts[0].id)
    row = window.documents[0].parts[0].all_rows()[0]
    window.table.select_row(row.id, 2)
    for label in window.findChildren(QLabel):
        assert not label.openExternalLinks(), label.text()
    for browser in window.findChildren(QTextBrowser):
        assert not browser.openExternalLinks() and not browser.openLinks()
    for editor in window.findChildren(QTextEdit):
        if editor.isVisible():
            qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(12, 8))
    rect = window.table.visualRect(window.table.currentIndex())
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []
