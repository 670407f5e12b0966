"""The details panel: larger editors for every field, status with an explanation, priority,
KPIs; the document's title and text sections."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from jaarplanner.model.values import RowStatus
from jaarplanner.services import rows as row_service
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document
from tests.services.helpers import theme_by_title


def _part_index(window: MainWindow) -> QModelIndex:
    return window.tree_model.index(0, 0, window.tree_model.index(0, 0))


def test_row_details_save_and_undo(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    window.navigator.setCurrentIndex(_part_index(window))
    window.table.setCurrentIndex(window.rows_model.index(1, 2))  # the first row
    details = window.details
    assert details.currentWidget() is details.row_page
    who = details.field_editors["who"]
    who.setFocus()
    who.setPlainText("Directeur en secretariaat")
    window.table.setFocus()  # leaving the editor saves it
    qtbot.waitUntil(
        lambda: (
            "secretariaat"
            in theme_by_title(load_document(sqlite_db, document_id), "Onderwijs & ondersteuning")
            .rows[0]
            .value(load_document(sqlite_db, document_id).parts[0].layout.columns[2].field)
        )
    )
    window.details.priority.setChecked(True)
    row = theme_by_title(load_document(sqlite_db, document_id), "Onderwijs & ondersteuning").rows[0]
    assert row.priority
    window.undo_action.trigger()
    row = theme_by_title(load_document(sqlite_db, document_id), "Onderwijs & ondersteuning").rows[0]
    assert not row.priority
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("klaar in oktober", True))
    status = window.details.status
    status.setCurrentIndex(status.findData(RowStatus.REALISED.value))
    status.activated.emit(status.currentIndex())
    history = row_service.status_history(sqlite_db, row.id)
    assert [(h.status, h.explanation) for h in history] == [
        (RowStatus.REALISED, "klaar in oktober")
    ]
    kpis = window.details.kpis
    assert [kpis.item(i).checkState() for i in range(kpis.count())] == [
        Qt.CheckState.Checked,
        Qt.CheckState.Checked,
    ]
    kpis.item(1).setCheckState(Qt.CheckState.Unchecked)
    row = theme_by_title(load_document(sqlite_db, document_id), "Onderwijs & ondersteuning").rows[0]
    assert row.kpis == [1]


def test_document_details(qtbot: QtBot, sqlite_db: Database) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0))
    details = window.details
    assert details.currentWidget() is details.document_page
    details.title.setText("Jaarplan Voorbeeld, herzien")
    details.title.editingFinished.emit()
    assert load_document(sqlite_db, document_id).title == "Jaarplan Voorbeeld, herzien"
    section = load_document(sqlite_db, document_id).sections[0]
    editor = window.details.section_editors[section.id]
    editor.setFocus()
    editor.setPlainText("Nieuwe tekst vooraf.")
    window.table.setFocus()
    qtbot.waitUntil(
        lambda: load_document(sqlite_db, document_id).sections[0].body == "Nieuwe tekst vooraf."
    )


def test_closing_the_window_saves_what_is_being_typed(qtbot: QtBot, sqlite_db: Database) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    window.navigator.setCurrentIndex(_part_index(window))
    window.table.setCurrentIndex(window.rows_model.index(1, 2))
    editor = window.details.field_editors["result"]
    editor.setPlainText("Nog niet bewaard, maar wel getypt")
    window.close()  # before the pause has passed
    row = theme_by_title(load_document(sqlite_db, document_id), "Onderwijs & ondersteuning").rows[0]
    from jaarplanner.model.values import Field

    assert row.value(Field.RESULT) == "Nog niet bewaard, maar wel getypt"


def test_formatting_toolbar(qtbot: QtBot, sqlite_db: Database) -> None:
    from jaarplanner.model.values import Field

    document_id = create_document(sqlite_db, sample_document()).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.navigator.setCurrentIndex(_part_index(window))
    window.table.setCurrentIndex(window.rows_model.index(1, 2))
    editor = window.details.field_editors["result"]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.setPlainText("Belangrijk")
    editor.selectAll()
    window.format_actions["bold"].trigger()
    window.format_actions["list"].trigger()
    editor.flush()
    row = theme_by_title(load_document(sqlite_db, document_id), "Onderwijs & ondersteuning").rows[0]
    assert row.value(Field.RESULT) == "<ul><li><b>Belangrijk</b></li></ul>"


def test_quality_calendar_shows_next_due_and_history(qtbot: QtBot, sqlite_db: Database) -> None:
    import datetime as dt

    from jaarplanner.importers.seeds import read_seed
    from jaarplanner.services.imports import import_documents
    from tests.importers.seedoracle import seed

    import_documents(sqlite_db, [read_seed(seed("003")).document])
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    document = window.tree_model.index(0, 0)
    calendar = window.tree_model.index(1, 0, document)  # the kwaliteitskalender
    window.navigator.setCurrentIndex(calendar)
    position = next(
        r
        for r in range(window.rows_model.rowCount())
        if window.rows_model.index(r, 2).data() == "Jaarlijks voor 1 oktober"
    )
    row = window.rows_model.line(window.rows_model.index(position, 0)).row
    row_service.set_status(sqlite_db, row.id, RowStatus.REALISED, "ingediend", dt.date(2024, 9, 20))
    window.store.publish_remote()  # as when somebody else's change arrives
    window.navigator.setCurrentIndex(window.tree_model.index(1, 0, window.tree_model.index(0, 0)))
    window.table.setCurrentIndex(window.rows_model.index(position, 1))
    labels = [
        w.text()
        for w in window.details.row_page.widget().findChildren(
            __import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel
        )
    ]
    assert any("30 september" in t for t in labels)  # next due: 30 september of some year
    assert any("20-09-2024: gerealiseerd – ingediend" in t for t in labels)


def test_status_trail_and_kpis_are_edited_in_the_panel(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from jaarplanner.ui.year_flow import StepDialog

    document_id = create_document(sqlite_db, sample_document()).result
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0))
    steps = window.details.steps
    before = len(load_document(sqlite_db, document_id).steps)
    assert steps.table.rowCount() == before

    # a step added with the panel's button
    def fill_in(dialog: StepDialog) -> QDialog.DialogCode:
        dialog.body.setText("Ondersteuningsplanraad")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StepDialog, "exec", fill_in)
    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    trail = load_document(sqlite_db, document_id).steps
    assert len(trail) == before + 1 and trail[-1].body == "Ondersteuningsplanraad"

    # a body changed by typing in its cell, then undone
    steps = window.details.steps
    steps.table.item(0, 1).setText("Raad van toezicht (RvT)")
    assert load_document(sqlite_db, document_id).steps[0].body == "Raad van toezicht (RvT)"
    window.undo_action.trigger()
    assert load_document(sqlite_db, document_id).steps[0].body != "Raad van toezicht (RvT)"

    # KPIs: the text edited in place, one added, one removed
    kpis = window.details.kpis
    count = kpis.table.rowCount()
    kpis.table.item(0, 1).setText("Alle leerlingen een passende plek")
    stored = load_document(sqlite_db, document_id).kpis
    assert stored[0].text == "Alle leerlingen een passende plek"
    qtbot.mouseClick(window.details.kpis.add_button, Qt.MouseButton.LeftButton)
    assert len(load_document(sqlite_db, document_id).kpis) == count + 1
    kpis = window.details.kpis
    kpis.table.setCurrentCell(kpis.table.rowCount() - 1, 0)
    qtbot.mouseClick(kpis.remove_button, Qt.MouseButton.LeftButton)
    assert len(load_document(sqlite_db, document_id).kpis) == count
