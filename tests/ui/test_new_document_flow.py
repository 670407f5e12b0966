"""Issue 17's new user: on an empty database, with the real dialogs and menus, a document for
a fictional network is made, filled, its columns changed, exported and found again after a
restart; a layout travels to another database; a bad layout file is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from jaarplanner.model.values import Field
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.storage.database import Database, open_database
from jaarplanner.ui.delegates import RichEditor
from jaarplanner.ui.main_window import MainWindow
from jaarplanner.ui.new_document_dialog import NewDocumentDialog
from jaarplanner.ui.parts_dialog import PartsDialog
from tests.exporters.pdftools import page_texts
from tests.ui.newdoc_steps import (
    LEFT,
    answer_next_input,
    click_menu,
    new_document_driver,
    parts_driver,
)

NETWORK = "Samenwerkingsverband Lage Landen Fictief"


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _back_to(qtbot: QtBot, window: MainWindow) -> None:
    """The offscreen platform does not give the activation back when a dialog closes, as a
    desktop does; the window keeps its own focus widget, which comes back with it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _type_in_cell(qtbot: QtBot, window: MainWindow, column: int, text: str) -> None:
    """Move with the arrow keys to ``column`` of the current row and type ``text``."""
    table = window.table
    assert QApplication.focusWidget() is table
    while table.currentIndex().column() < column:
        QTest.keyClick(table, Qt.Key.Key_Right)
    while table.currentIndex().column() > column:
        QTest.keyClick(table, Qt.Key.Key_Left)
    QTest.keyClick(table, text[0])  # any key starts editing
    editor = QApplication.focusWidget()
    assert isinstance(editor, RichEditor)
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # Tab ends editing and saves
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), RichEditor))
    table.setFocus()


def _add_row(qtbot: QtBot, window: MainWindow, column: int, text: str) -> None:
    _back_to(qtbot, window)
    qtbot.mouseClick(window.table.viewport(), LEFT, pos=window.table.viewport().rect().center())
    assert QApplication.focusWidget() is window.table
    before = window.rows_model.rowCount()
    QTest.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.rows_model.rowCount() == before + 1)
    _type_in_cell(qtbot, window, column, text)


def _export_pdf(
    qtbot: QtBot, window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    _back_to(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists)
    return " ".join(" ".join(page_texts(target)).split())


def _start_new_document(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    layout: str,
    first_theme: str,
    seen: list[str],
) -> None:
    assert window.pages.currentWidget() is window.start_page
    monkeypatch.setattr(
        NewDocumentDialog,
        "exec",
        new_document_driver(qtbot, NETWORK, "SWV LLF", "Gouda", layout, seen),
    )
    answer_next_input(first_theme, seen)  # the cursor is in the first theme's title
    qtbot.mouseClick(window.start_page.new_button, LEFT)
    qtbot.waitUntil(lambda: bool(list_documents(window.db)))
    assert window.pages.currentIndex() == 1, "the editor, not the start page"


def test_a_themed_table_for_a_new_network(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "netwerk.sqlite"
    db = open_database(path)
    window = _window(qtbot, db)
    seen: list[str] = []
    _start_new_document(qtbot, window, monkeypatch, "themed-table", "Toeleiding", seen)
    assert seen[0] == "Gouda ligt in regio midden."
    assert seen[1] == "Jaarkalender & Jaarplan SWV LLF " + seen[1].split()[-1]
    assert seen[2].startswith("Thema hernoemen|Nieuw thema|True")
    document = load_document(db, list_documents(db)[0].id)
    assert [p.title for p in document.parts] == ["Jaarkalender", "Jaarplan"]
    assert document.parts[0].themes[0].title == "Toeleiding"
    _back_to(qtbot, window)
    assert QApplication.focusWidget() is window.navigator

    # a second theme: Ins in the navigator, a title, Enter
    answer_next_input("Ondersteuning", seen)
    QTest.keyClick(window.navigator, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: len(load_document(db, document.id).parts[0].themes) == 2)
    assert window.selected_part_and_theme()[1].title == "Ondersteuning"

    # two rows in it
    _add_row(qtbot, window, 2, "Scholing")
    _add_row(qtbot, window, 2, "Netwerkdag")
    theme = load_document(db, document.id).parts[0].themes[1]
    assert [r.value(Field.WHAT) for r in theme.rows] == ["Scholing", "Netwerkdag"]

    # Document → Delen en kolommen: rename a column, add Opmerking
    monkeypatch.setattr(
        PartsDialog,
        "exec",
        parts_driver(qtbot, "Jaarkalender", "Activiteiten (wat)", "Aanpak", seen),
    )
    click_menu(qtbot, window, window.document_menu, "Delen en kolommen…")
    qtbot.waitUntil(lambda: window.rows_model.columnCount() == 8)
    assert seen[-2] == "Opmerking"
    headers = [window.rows_model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[2] == "Aanpak" and headers[7] == "Opmerking"
    assert window.undo_action.text().replace("&", "") == "Ongedaan maken: delen en kolommen"
    _type_in_cell_at_row(qtbot, window, "Netwerkdag", 7, "Zaal")

    text = _export_pdf(qtbot, window, tmp_path / "plan.pdf", monkeypatch)
    for word in ("Aanpak", "Opmerking", "Scholing", "Netwerkdag", "Zaal", "Toeleiding"):
        assert word in text, word
    assert "Activiteiten (wat)" not in text.split("Jaarplan")[0] or "Aanpak" in text

    # restart
    window.close()
    db.close()
    again_db = open_database(path)
    again = _window(qtbot, again_db)
    assert again.pages.currentIndex() == 1
    stored = load_document(again_db, document.id)
    labels = [c.label for c in stored.parts[0].layout.columns]
    assert labels[1] == "Aanpak" and labels[-1] == "Opmerking"
    assert stored.parts[0].themes[1].rows[1].value(Field.REMARK) == "Zaal"
    again.close()
    again_db.close()


def _type_in_cell_at_row(
    qtbot: QtBot, window: MainWindow, what: str, column: int, text: str
) -> None:
    row = next(
        line.row.id
        for line in window.rows_model.lines
        if line.row is not None and line.row.value(Field.WHAT) == what
    )
    _back_to(qtbot, window)
    window.table.select_row(row, 1)
    window.table.setFocus()
    _type_in_cell(qtbot, window, column, text)


def test_action_cards_for_a_new_network(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kaarten.sqlite"
    db = open_database(path)
    window = _window(qtbot, db)
    seen: list[str] = []
    _start_new_document(qtbot, window, monkeypatch, "action-cards", "Thuiszitters", seen)
    ident = list_documents(db)[0].id
    goal = load_document(db, ident).parts[0].themes[0]
    assert goal.title == "Thuiszitters" and goal.label == "Doel 1"

    # a topic under the goal: Shift+Ins
    _back_to(qtbot, window)
    assert QApplication.focusWidget() is window.navigator
    answer_next_input("Verzuim", seen)
    QTest.keyClick(window.navigator, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(load_document(db, ident).parts[0].themes[0].themes) == 1)
    assert window.selected_part_and_theme()[1].title == "Verzuim"
    _add_row(qtbot, window, 1, "Verzuimspreekuur")
    _add_row(qtbot, window, 1, "Terugkeerplan")
    topic = load_document(db, ident).parts[0].themes[0].themes[0]
    assert [r.value(Field.TITLE) for r in topic.rows] == ["Verzuimspreekuur", "Terugkeerplan"]

    monkeypatch.setattr(PartsDialog, "exec", parts_driver(qtbot, "Doelen", "Wie", "Trekker", seen))
    click_menu(qtbot, window, window.document_menu, "Delen en kolommen…")
    qtbot.waitUntil(
        lambda: (
            [c.label for c in load_document(db, ident).parts[0].layout.columns][-1] == "Opmerking"
        )
    )
    text = _export_pdf(qtbot, window, tmp_path / "kaarten.pdf", monkeypatch)
    for word in ("Trekker", "Opmerking", "Verzuimspreekuur", "Terugkeerplan", "Thuiszitters"):
        assert word in text, word

    window.close()
    db.close()
    again_db = open_database(path)
    again = _window(qtbot, again_db)
    stored = load_document(again_db, ident).parts[0]
    assert [c.label for c in stored.layout.columns] == [
        "Acties",
        "Wat",
        "Trekker",
        "Wanneer",
        "Budget",
        "Opmerking",
    ]
    assert [r.value(Field.TITLE) for r in stored.themes[0].themes[0].rows] == [
        "Verzuimspreekuur",
        "Terugkeerplan",
    ]
    again.close()
    again_db.close()
