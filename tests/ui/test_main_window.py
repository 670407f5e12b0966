"""The first window: the navigator shows documents, parts and themes; a theme's rows appear."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document


def _find(model: QAbstractItemModel, text: str, parent: QModelIndex | None = None) -> QModelIndex:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == text:
            return index
        found = _find(model, text, index)
        if found.isValid():
            return found
    return QModelIndex()


def test_window_shows_a_theme_like_the_document(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    QAbstractItemModelTester(window.tree_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    window.show()
    assert str(sqlite_db.path) in window.windowTitle()
    index = _find(window.tree_model, "2. Kwaliteit (2)")
    assert index.isValid()
    window.navigator.setCurrentIndex(index)
    model = window.rows_model
    texts = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert texts[0][0] == "2. Kwaliteit"
    assert texts[1] == ["1", "nov 2024-feb & mei 2025", "Plaatsingswijzer bijwerken"]
    assert texts[2][0] == "2.1 Onderzoek"
    bands = [line.theme.title for line in model.lines if line.row is None]
    assert len(bands) == len(set(bands)), "a sub-theme is shown once"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Periode (wanneer)"
    window.grab().save(str(tmp_path / "window.png"))
    assert (tmp_path / "window.png").stat().st_size > 1000
