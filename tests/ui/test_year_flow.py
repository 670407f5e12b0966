"""The yearly cycle in the program: new school year with review, evaluation, adopt, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.demo import demo_copy
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.storage.database import open_database
from jaarplanner.ui import year_flow
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.navigator import OBJECT_ROLE
from tests.exporters.pdftools import page_texts


def _select(window: MainWindow, year: str, layout: str) -> None:
    model = window.tree_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        document = index.data(OBJECT_ROLE)
        if document.school_year == year and document.layout == layout:
            window.navigator.setCurrentIndex(index)
            return
    raise AssertionError((year, layout))


def test_new_year_evaluation_adopt_reopen(
    qtbot: QtBot,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = open_database(demo_copy())
    window = MainWindow(db)
    qtbot.addWidget(window)
    _select(window, "2025-2026", "themed-table")
    reviews: list[str] = []

    def carry(dialog: year_flow.CarryDialog) -> int:
        dialog.rows.item(0).setCheckState(Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(year_flow.CarryDialog, "exec", carry)
    monkeypatch.setattr(
        year_flow.TextDialog, "exec", lambda dialog: reviews.append(dialog.text.toPlainText())
    )
    before = {d.id for d in list_documents(db)}
    window.year_actions["new_year"].trigger()
    new_ids = {d.id for d in list_documents(db)} - before
    assert len(new_ids) == 1
    assert "periode verschoven" in reviews[0] and "niet meegenomen" in reviews[0]
    assert window.current_document().id in new_ids  # the new document is selected

    # the evaluation of last year, as a PDF and as a section of the new document
    _select(window, "2025-2026", "themed-table")
    pdf = tmp_path / "evaluatie.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(pdf), ""))

    def evaluate_and_use(dialog: year_flow.TextDialog) -> None:
        reviews.append(dialog.text.toPlainText())
        for button in dialog.buttons.buttons():
            if button.text() != dialog.buttons.button(dialog.buttons.StandardButton.Close).text():
                button.click()

    monkeypatch.setattr(year_flow.TextDialog, "exec", evaluate_and_use)
    window.year_actions["evaluate"].trigger()
    assert "gerealiseerd" in reviews[-1] and "Per thema" in reviews[-1]
    assert "Evaluatie 2025-2026" in " ".join(page_texts(pdf))
    new_document = load_document(db, next(iter(new_ids)))
    assert new_document.sections[-1].title == "Evaluatie jaarplan 2025-2026"

    # adopt, then reopen on purpose
    _select(window, "2025-2026", "themed-table")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Directeur", True))
    window.year_actions["adopt"].trigger()
    adopted = window.current_document()
    assert adopted.state.value == "vastgesteld"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Correctie", True))
    window.year_actions["reopen"].trigger()
    reopened = window.current_document()
    assert reopened.state.value == "concept"
    assert [s.action.value for s in reopened.steps][-2:] == ["vastgesteld", "heropend"]
    db.close()


def test_adding_steps_to_the_trail(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    db = open_database(demo_copy())
    window = MainWindow(db)
    qtbot.addWidget(window)
    _select(window, "2026-2027", "themed-table")

    def fill(dialog: year_flow.StepDialog) -> int:
        dialog.body.setText("Raad van Toezicht")
        dialog.action.setCurrentIndex(dialog.action.findData("goedgekeurd"))
        dialog.date.setDate(QDate(2026, 6, 2))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(year_flow.StepDialog, "exec", fill)
    window.year_actions["step"].trigger()
    steps = window.current_document().steps
    assert (steps[-1].body, steps[-1].action.value, steps[-1].date) == (
        "Raad van Toezicht",
        "goedgekeurd",
        dt.date(2026, 6, 2),
    )
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: messages.append(text))
    monkeypatch.setattr(
        year_flow.StepDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted
    )  # no body given
    window.year_actions["step"].trigger()
    assert messages == ["Geef aan welk orgaan deze stap zette."]
    db.close()
