"""A secretary's day, through the widgets: find a row, change its period, undo and redo,
move a row to another theme, paste rows from the clipboard, close, start again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jaarplanner.demo import demo_copy
from jaarplanner.exporters.dump import dump
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.storage.database import open_database
from jaarplanner.ui.delegates import PeriodEditor
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.navigator import OBJECT_ROLE
from tests.ui.dragdrop import drop_on


def _index_of(window: MainWindow, text: str, parent: QModelIndex | None = None) -> QModelIndex:
    model = window.tree_model
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == text:
            return index
        found = _index_of(window, text, index)
        if found.isValid():
            return found
    return QModelIndex()


def _document_index(window: MainWindow, year: str) -> QModelIndex:
    model = window.tree_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        document = index.data(OBJECT_ROLE)
        if document.school_year == year and document.layout == "themed-table":
            return index
    raise AssertionError(year)


def _visible_texts(window: MainWindow, column: int) -> list[str]:
    model = window.rows_model
    return [
        model.index(r, column).data()
        for r in range(model.rowCount())
        if not window.table.isRowHidden(r)
    ]


def test_a_day_at_the_office(qtbot: QtBot, tmp_path: Path) -> None:
    path = demo_copy()
    db = open_database(path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    QAbstractItemModelTester(window.rows_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    document = _document_index(window, "2026-2027")
    part = window.tree_model.index(0, 0, document)  # the jaarkalender
    window.navigator.setCurrentIndex(part)

    # find Plaatsingswijzer
    window.actions_by_name["find"].trigger()
    QTest.keyClicks(window.search, "plaatsingswijzer")
    qtbot.waitUntil(lambda: window.hits.text() == "1 treffer")  # after a pause in typing
    position = next(
        r
        for r in range(window.rows_model.rowCount())
        if not window.table.isRowHidden(r)
        and "Plaatsingswijzer" in (window.rows_model.index(r, 2).data() or "")
    )
    row_id = window.rows_model.line(window.rows_model.index(position, 0)).row.id

    # change its period in the cell editor
    period_cell = window.rows_model.index(position, 1)
    window.table.setCurrentIndex(period_cell)
    window.table.edit(period_cell)
    editor = window.table.findChild(PeriodEditor)
    assert editor is not None
    editor.line.selectAll()
    QTest.keyClicks(editor.line, "okt-nov 2026")
    assert editor.feedback.text() == "1 okt 2026 – 30 nov 2026 (2 maanden)"
    QTest.keyClick(editor.line, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.table.findChild(PeriodEditor) is None
            or not window.table.findChild(PeriodEditor).isVisible()
        )
    )

    def period_now() -> str:
        position = window.rows_model.row_position(row_id)
        return window.rows_model.index(position, 1).data()

    assert period_now() == "okt-nov 2026"
    assert window.undo_action.text().replace("&", "") == (
        "Ongedaan maken: periode (wanneer) wijzigen"
    )
    window.undo_action.trigger()
    assert period_now() == "2026-2027 jaarlijks"
    window.redo_action.trigger()
    assert period_now() == "okt-nov 2026"

    # move the row to another theme by dropping it on the theme in the navigator
    window.search.clear()
    qtbot.waitUntil(lambda: window.hits.text() == "")  # after a pause in typing
    target_theme = _index_of(window, "3. Kwaliteit (3)", _document_index(window, "2026-2027"))
    window.navigator.scrollTo(target_theme)
    mime = window.rows_model.mimeData(
        [window.rows_model.index(window.rows_model.row_position(row_id), 2)]
    )
    drop_on(qtbot, window.navigator, target_theme, mime, window.rows_model.supportedDragActions())

    # paste two rows copied from Excel (tab-separated) below the first row of a theme
    window.navigator.setCurrentIndex(
        _index_of(window, "1. Ondersteuning op school (5)", _document_index(window, "2026-2027"))
    )
    window.table.setCurrentIndex(window.rows_model.index(1, 2))
    QApplication.clipboard().setText(
        "maart 2027\tTeamdag bureau\tAlle medewerkers\tEen gezamenlijke planning\t\t€ 750\n"
        "juni 2027\tAfsluiting schooljaar\tBestuur, bureau\tTerugblik\tDirecteur\t-\n"
    )
    window.actions_by_name["paste_rows"].trigger()
    texts = _visible_texts(window, 2)
    assert texts[2:4] == ["Teamdag bureau", "Afsluiting schooljaar"]
    assert _visible_texts(window, 0)[1:5] == ["1", "2", "3", "4"]

    # close the program, start it again: every change is there
    window.close()
    db.close()
    db = open_database(path)
    again = MainWindow(db)
    qtbot.addWidget(again)
    current = next(
        d for d in list_documents(db) if d.school_year == "2026-2027" and d.layout == "themed-table"
    )
    data = dump([load_document(db, current.id)])["documents"][0]
    kalender = data["parts"][0]["themes"]
    quality = next(t for t in kalender if t["title"] == "Kwaliteit")
    moved = [r for r in quality["rows"] if "Plaatsingswijzer" in r["fields"]["what"]]
    assert moved and moved[0]["fields"]["period"] == "okt-nov 2026"
    first = kalender[0]["rows"]
    assert [r["fields"]["what"] for r in first[1:3]] == ["Teamdag bureau", "Afsluiting schooljaar"]
    assert first[1]["fields"]["finance"] == "€ 750"
    db.close()


def test_filters_and_highlighting(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt as QtCore_Qt

    from jaarplanner.ui.rows_model import HIT

    db = open_database(demo_copy())
    window = MainWindow(db)
    qtbot.addWidget(window)
    document = _document_index(window, "2026-2027")
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0, document))
    window.month_filter.setCurrentIndex(window.month_filter.findData(10))  # oktober
    shown = _visible_texts(window, 1)
    assert "oktober 2026" in shown and "feb-apr 2027" not in shown
    assert window.hits.text().endswith("treffers")
    window.month_filter.setCurrentIndex(0)
    window.kpi_filter.setCurrentIndex(window.kpi_filter.findData(5))
    assert [t for t in _visible_texts(window, 2) if t and "KPI" in t] == [
        "Kwartaalgesprek over de ontwikkelingsperspectieven (KPI 5)"
    ]
    window.kpi_filter.setCurrentIndex(0)
    QTest.keyClicks(window.search, "secretariaat")
    qtbot.waitUntil(lambda: window.hits.text() != "")  # after a pause in typing
    position = next(
        r
        for r in range(window.rows_model.rowCount())
        if not window.table.isRowHidden(r)
        and window.rows_model.line(window.rows_model.index(r, 0)).row
    )
    hit = window.rows_model.index(position, 5)
    assert hit.data(QtCore_Qt.ItemDataRole.BackgroundRole).color() == HIT
    db.close()
