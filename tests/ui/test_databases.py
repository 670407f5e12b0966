"""Another database from the program: new, open, recent; a bad file keeps the current one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.services.documents import create_document, list_documents
from jaarplanner.storage.database import Database, open_database
from jaarplanner.ui import database_flow
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document


def test_new_open_and_recent(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    fresh = tmp_path / "nieuw.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(fresh), ""))
    window.new_action.trigger()
    assert str(fresh) in window.windowTitle()
    assert window.tree_model.rowCount() == 0 and list_documents(window.db) == []
    other = tmp_path / "ander.sqlite"
    db = open_database(other)
    create_document(db, sample_document("Ander jaarplan"))
    db.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(other), ""))
    window.open_action.trigger()
    assert [d.title for d in list_documents(window.db)] == ["Ander jaarplan"]
    assert database_flow.recent()[:2] == [str(other), str(fresh)]
    window.recent_menu.aboutToShow.emit()
    titles = [a.text() for a in window.recent_menu.actions()]
    assert titles[:2] == [str(other), str(fresh)]
    window.recent_menu.actions()[1].trigger()
    assert str(fresh) in window.windowTitle()


def test_a_bad_file_keeps_the_current_database(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    letter = tmp_path / "brief.sqlite"
    letter.write_bytes(b"Beste collega")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(letter), ""))
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: messages.append(text))
    window.open_action.trigger()
    assert "geen Jaarplanner-database" in messages[0]
    assert window.db is sqlite_db and len(list_documents(window.db)) == 1
    assert letter.read_bytes() == b"Beste collega"
