"""Steps a new user takes through the real widgets, shared by the tests of issue 17: the
start page's button, the Nieuw document dialog, a title typed in a modal input dialog, a menu
opened with the mouse, the parts and columns dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jaarplanner.ui.new_document_dialog import KEY_ROLE, NewDocumentDialog
from jaarplanner.ui.parts_dialog import LABEL, PartsDialog

LEFT = Qt.MouseButton.LeftButton


def _show(qtbot: QtBot, dialog: QWidget) -> None:
    """What exec() would do before its loop: show the dialog and give it the focus."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def answer_next_input(text: str, seen: list[str]) -> None:
    """When the next modal input dialog opens: its line has the focus; type ``text``, Enter."""

    tries = [0]

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        line = dialog.findChild(QLineEdit) if isinstance(dialog, QInputDialog) else None
        tries[0] += 1
        if line is None or (QApplication.focusWidget() is not line and tries[0] < 400):
            QTimer.singleShot(5, handle)  # polling for the dialog and its focus
            return
        seen.append(f"{dialog.windowTitle()}|{line.text()}|{QApplication.focusWidget() is line}")
        line.selectAll()
        QTest.keyClicks(line, text)
        QTest.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, handle)


def click_menu(qtbot: QtBot, window: QWidget, menu: QMenu, text: str) -> None:
    """Open ``menu`` in the menu bar with the mouse and click the entry ``text``."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def new_document_driver(
    qtbot: QtBot, organisation: str, short: str, place: str, layout: str, seen: list[str]
) -> Callable[[NewDocumentDialog], int]:
    def drive(dialog: NewDocumentDialog) -> int:
        _show(qtbot, dialog)
        line = dialog.organisation.lineEdit()
        assert QApplication.focusWidget() is dialog.organisation, "it opens on the organisation"
        QTest.keyClicks(dialog.organisation, organisation)
        assert line.text() == organisation
        QTest.keyClick(line, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.short_name
        QTest.keyClicks(dialog.short_name, short)
        qtbot.mouseClick(dialog.place, LEFT)
        assert QApplication.focusWidget() is dialog.place
        QTest.keyClicks(dialog.place, place)
        seen.append(dialog.region_note.text())
        item = next(
            dialog.layouts.item(r)
            for r in range(dialog.layouts.count())
            if dialog.layouts.item(r).data(KEY_ROLE) == layout
        )
        dialog.layouts.scrollToItem(item)
        rect = dialog.layouts.visualItemRect(item)
        qtbot.mouseClick(dialog.layouts.viewport(), LEFT, pos=rect.center())
        assert dialog.chosen_key() == layout
        seen.append(dialog.title.text())
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return dialog.result()

    return drive


def parts_driver(
    qtbot: QtBot, part: str, column: str, new_label: str, seen: list[str]
) -> Callable[[PartsDialog], int]:
    """Rename the column ``column`` of ``part`` to ``new_label``, add a column *Opmerking*."""

    def drive(dialog: PartsDialog) -> int:
        _show(qtbot, dialog)
        row = next(r for r in range(dialog.parts.count()) if dialog.parts.item(r).text() == part)
        item_rect = dialog.parts.visualItemRect(dialog.parts.item(row))
        qtbot.mouseClick(dialog.parts.viewport(), LEFT, pos=item_rect.center())
        assert dialog.part_title.text() == part
        table = dialog.columns
        position = next(r for r in range(table.rowCount()) if table.item(r, LABEL).text() == column)
        cell = table.visualItemRect(table.item(position, LABEL))
        qtbot.mouseClick(table.viewport(), LEFT, pos=cell.center())
        assert QApplication.focusWidget() is table
        QTest.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        QTest.keyClicks(editor, new_label)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.add_column_button, LEFT)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit), "the new column's heading is being edited"
        seen.append(editor.text())
        editor.selectAll()
        QTest.keyClicks(editor, "Opmerking")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        seen.append(" | ".join(table.item(r, LABEL).text() for r in range(table.rowCount())))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, LEFT)
        return dialog.result()

    return drive
