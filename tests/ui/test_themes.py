"""Themes in the navigator: add, rename, delete after a question, reorder by dropping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.navigator import OBJECT_ROLE
from tests.factories import sample_document
from tests.ui.dragdrop import drop_on


def _titles(db: Database, document_id: int) -> list[str]:
    return [t.title for t in load_document(db, document_id).parts[0].themes]


def _find(window: MainWindow, title: str, parent: QModelIndex | None = None) -> QModelIndex:
    model = window.tree_model
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        payload = index.data(OBJECT_ROLE)
        if getattr(payload, "title", None) == title and hasattr(payload, "rows"):
            return index
        found = _find(window, title, index)
        if found.isValid():
            return found
    return QModelIndex()


def test_add_rename_delete_and_reorder(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.navigator.setCurrentIndex(_find(window, "Onderwijs & ondersteuning"))
    answers = iter([("Communicatie", True), ("Communicatie en media", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    add, _sub, rename, delete = window.theme_actions
    assert (rename.shortcut().toString(), delete.shortcut().toString()) == ("F2", "Del")
    add.trigger()
    assert _titles(sqlite_db, document_id) == [
        "Onderwijs & ondersteuning",
        "Communicatie",
        "Kwaliteit",
    ]
    rename.trigger()
    assert _titles(sqlite_db, document_id)[1] == "Communicatie en media"
    asked: list[str] = []

    def question(parent, title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.navigator.setCurrentIndex(_find(window, "Kwaliteit"))
    delete.trigger()
    assert "2 rijen" in asked[0]
    assert _titles(sqlite_db, document_id) == ["Onderwijs & ondersteuning", "Communicatie en media"]
    window.undo_action.trigger()
    assert "Kwaliteit" in _titles(sqlite_db, document_id)
    moved = _find(window, "Kwaliteit")
    target = _find(window, "Onderwijs & ondersteuning")
    mime = window.tree_model.mimeData([moved])
    assert window.tree_model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    window.tree_model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert _titles(sqlite_db, document_id) == [
        "Kwaliteit",
        "Onderwijs & ondersteuning",
        "Communicatie en media",
    ]


def test_rows_dragged_from_the_table_onto_a_theme_move_there(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    window.navigator.setCurrentIndex(_find(window, "Onderwijs & ondersteuning"))
    source = load_document(sqlite_db, document_id).parts[0].themes[0].rows[0]
    window.table.select_row(source.id, 2)
    mime = window.rows_model.mimeData(window.table.selectedIndexes())
    actions = window.rows_model.supportedDragActions()  # what the table's drag offers
    drop_on(qtbot, window.navigator, _find(window, "Kwaliteit"), mime, actions)
    themes = load_document(sqlite_db, document_id).parts[0].themes
    assert source.id not in [r.id for r in themes[0].rows]
    assert source.id in [r.id for r in themes[1].rows]
    window.undo_action.trigger()
    themes = load_document(sqlite_db, document_id).parts[0].themes
    assert source.id in [r.id for r in themes[0].rows]


def test_a_theme_dropped_on_another_goes_before_it(qtbot: QtBot, sqlite_db: Database) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    moved = _find(window, "Kwaliteit")
    mime = window.tree_model.mimeData([moved])
    actions = window.tree_model.supportedDragActions()  # what the navigator's drag offers
    drop_on(qtbot, window.navigator, _find(window, "Onderwijs & ondersteuning"), mime, actions)
    assert _titles(sqlite_db, document_id) == ["Kwaliteit", "Onderwijs & ondersteuning"]
