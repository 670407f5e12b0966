"""Every empty place says what to do and has the button that fills it."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.services.documents import load_document
from jaarplanner.services.new_document import NewDocument, new_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.main_window import MainWindow
from tests.ui.newdoc_steps import LEFT


def test_empty_theme_search_calendar_and_part(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ident = new_document(sqlite_db, NewDocument("SWV Leeg", "2026-2027", "themed-table")).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.select_in_navigator("PartData", load_document(sqlite_db, ident).parts[0].id)
    hint = window.table_hint
    assert hint.isVisible() and hint.text.text() == "Dit thema heeft nog geen rijen."
    qtbot.mouseClick(hint.button, LEFT)
    assert len(load_document(sqlite_db, ident).parts[0].themes[0].rows) == 1
    assert not hint.isVisible()

    QTest.keyClicks(window.search, "bestaatniet")
    # the search waits for a pause in typing
    qtbot.waitUntil(
        lambda: hint.isVisible() and hint.text.text() == "Niets gevonden met deze zoekopdracht."
    )
    qtbot.mouseClick(hint.button, LEFT)
    assert window.search.text() == ""
    qtbot.waitUntil(lambda: not hint.isVisible())

    window.views.setCurrentWidget(window.calendar)
    qtbot.waitUntil(window.calendar_hint.isVisible)
    assert window.calendar_hint.text.text().startswith("Geen enkele rij heeft een datum")
    qtbot.mouseClick(window.calendar_hint.button, LEFT)
    assert window.views.currentWidget() is window.table

    theme = load_document(sqlite_db, ident).parts[0].themes[0]
    window.select_in_navigator("ThemeData", theme.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.theme_actions[3].trigger()  # delete the only theme
    window.select_in_navigator("PartData", load_document(sqlite_db, ident).parts[0].id)
    assert hint.isVisible() and hint.text.text() == "Dit deel heeft nog geen thema's."
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Passend aanbod", True))
    qtbot.mouseClick(hint.button, LEFT)
    assert [t.title for t in load_document(sqlite_db, ident).parts[0].themes] == ["Passend aanbod"]
