"""A period outside the document's school year: the warning colour in the table, a list
"Buiten dit schooljaar" in the calendar, and the new school year offers to move it in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui import year_flow
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.rows_model import OUT_OF_YEAR
from tests.factories import row, sample_document


def test_a_period_outside_the_year_is_marked_listed_and_moved(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = sample_document()  # 2024-2025
    document.parts[0].themes[0].rows.append(row("Vorig jaar begonnen", "sep 2023-dec 2023"))
    create_document(sqlite_db, document)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    first = window.tree_model.index(0, 0)
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0, first))
    model = window.rows_model
    lines = [line.row for line in model.lines]
    position = next(
        p for p, r in enumerate(lines) if r and "Vorig jaar" in to_plain(r.value(Field.WHAT))
    )
    colour = model.index(position, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert colour is not None and colour.color() == OUT_OF_YEAR
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # "oktober 2024"

    window.views.setCurrentWidget(window.calendar)
    labels = [(line.kind, line.label) for line in window.calendar.canvas.lines]
    band = labels.index(("band", "Buiten dit schooljaar"))
    assert any("Vorig jaar begonnen" in label for _kind, label in labels[band + 1 :])

    asked: list[str] = []
    monkeypatch.setattr(year_flow.CarryDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(year_flow.TextDialog, "exec", lambda d: None)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    before = {d.id for d in list_documents(sqlite_db)}
    window.year_actions["new_year"].trigger()
    [new_id] = {d.id for d in list_documents(sqlite_db)} - before
    assert asked and "sep 2024-dec 2024 → sep 2025-dec 2025" in asked[0]
    moved = next(
        r
        for r in load_document(sqlite_db, new_id).parts[0].all_rows()
        if "Vorig jaar" in to_plain(r.value(Field.WHAT))
    )
    assert to_plain(moved.value(Field.PERIOD)) == "sep 2025-dec 2025"
    assert window.undo_action.text().replace("&", "") == (
        "Ongedaan maken: periode in het jaar zetten"
    )
