"""Editing a row with the keyboard only, as in a spreadsheet: every text lands where it was
typed, and the focus never leaves the table (checked after every key)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database, open_database
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document

PERIOD, WHAT = 1, 2  # the columns of the jaarkalender


def _in_table(window: MainWindow) -> bool:
    """The focus is on the table or on a cell editor in it."""
    widget: QWidget | None = QApplication.focusWidget()
    while widget is not None:
        if widget is window.table:
            return True
        widget = widget.parentWidget()
    return False


def _key(window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the focus"
    QTest.keyClick(target, key, modifier)
    assert _in_table(window), f"focus lost after {key}: {QApplication.focusWidget()}"


def _type(window: MainWindow, text: str) -> None:
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the focus"
        QTest.keyClicks(target, char)
        assert _in_table(window), f"focus lost after {char!r}: {QApplication.focusWidget()}"


def _open(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    document = window.tree_model.index(0, 0)
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0, document))  # jaarkalender
    return window


def test_a_whole_row_with_the_keyboard_only(qtbot: QtBot, sqlite_db: Database) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    path = sqlite_db.path
    window = _open(qtbot, sqlite_db)
    table, model = window.table, window.rows_model
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)

    # to the period cell of the first row: down from the theme band, right from the number
    table.setCurrentIndex(model.index(0, 0))
    _key(window, Qt.Key.Key_Down)
    _key(window, Qt.Key.Key_Right)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, PERIOD)

    _type(window, "mei 2025")  # typing replaces the old period
    _key(window, Qt.Key.Key_Tab)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, WHAT)
    assert QApplication.focusWidget() is table
    _type(window, "Evaluatie met de raad")
    _key(window, Qt.Key.Key_Return)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, WHAT)
    _key(window, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 3
    _key(window, Qt.Key.Key_F2)  # edit with the cursor at the end
    _type(window, " en scholen")
    _key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save, add a row
    assert QApplication.focusWidget() is table
    assert table.currentIndex().row() == 4 and table.currentIndex().column() == PERIOD
    _type(window, "juni 2025")
    _key(window, Qt.Key.Key_Tab)
    _type(window, "Afsluiting")
    _key(window, Qt.Key.Key_Return)

    window.close()
    sqlite_db.close()

    # the program again, on that database
    db = open_database(path)
    again = _open(qtbot, db)
    texts = [
        (to_plain(line.row.value(Field.PERIOD)), to_plain(line.row.value(Field.WHAT)))
        for line in again.rows_model.lines
        if line.row is not None
    ][:5]
    assert texts[0] == ("mei 2025", "Evaluatie met de raad")
    assert texts[1][1] == "Monitor tevredenheid"  # Enter only moved past it
    assert texts[2] == ("", "Vervolg op de monitor en scholen")
    assert texts[3] == ("juni 2025", "Afsluiting")
    rows = load_document(db, document_id).parts[0].themes[0].rows
    assert len(rows) == 4  # the theme had three rows; Ctrl+Enter added one
    again.close()
    db.close()
