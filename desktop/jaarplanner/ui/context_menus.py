"""Right-click menus: on a row or cell of the table, on a theme or document in the
navigator, on a bar in the calendar. They only show the window's actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, ThemeData
from jaarplanner.model.values import Field
from jaarplanner.ui.navigator import OBJECT_ROLE

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

TABLE_ENTRIES = (
    "edit_cell",
    None,
    "add_row",
    "insert_row",
    "duplicate_row",
    "delete_row",
    None,
    "clear_cells",
    "copy_rows",
    "paste_rows",
    None,
    "move_up",
    "move_down",
)


def install_context_menus(window: MainWindow) -> None:
    window.table.context_requested.connect(lambda at: table_menu(window, at))
    window.navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.navigator.customContextMenuRequested.connect(
        lambda point: navigator_menu(window, window.navigator.viewport().mapToGlobal(point))
    )
    window.calendar.canvas.row_menu_requested.connect(
        lambda row_id, at: calendar_menu(window, row_id, at)
    )


def _show(menu: QMenu, at: QPoint) -> None:
    from jaarplanner.ui.main_window import MainWindow  # loaded: it installs these menus

    window = menu.parent()
    if isinstance(window, MainWindow):
        window.last_menu = menu  # the tests read it; the menu stays open until chosen
    menu.popup(at)


def table_menu(window: MainWindow, at: QPoint) -> QMenu:
    menu = QMenu(window)
    menu.setObjectName("table_menu")
    for name in TABLE_ENTRIES:
        if name is None:
            menu.addSeparator()
        else:
            menu.addAction(window.actions_by_name[name])
    _show(menu, at)
    return menu


def navigator_menu(window: MainWindow, at: QPoint) -> QMenu:
    menu = QMenu(window)
    menu.setObjectName("navigator_menu")
    payload = window.navigator.currentIndex().data(OBJECT_ROLE)
    for action in window.theme_actions:
        if isinstance(payload, ThemeData) or action is window.theme_actions[0]:
            menu.addAction(action)
    if isinstance(payload, DocumentData):
        menu.addSeparator()
        for name in ("export_pdf", "export_docx", "export_xlsx"):
            menu.addAction(window.actions_by_name[name])
        menu.addSeparator()
        for name in ("step", "adopt", "reopen", "new_year"):
            menu.addAction(window.year_actions[name])
    new_document = getattr(window, "new_document_action", None)
    if new_document is not None:
        menu.addSeparator()
        menu.addAction(new_document)
    _show(menu, at)
    return menu


def calendar_menu(window: MainWindow, row_id: int, at: QPoint) -> QMenu:
    menu = QMenu(window)
    menu.setObjectName("calendar_menu")
    show = QAction(_("Show in the table"), menu)
    show.triggered.connect(lambda: _to_table(window, row_id, None))
    edit = QAction(_("Edit the period…"), menu)
    edit.triggered.connect(lambda: _to_table(window, row_id, Field.PERIOD))
    menu.addAction(show)
    menu.addAction(edit)
    _show(menu, at)
    return menu


def _to_table(window: MainWindow, row_id: int, field: Field | None) -> None:
    window.views.setCurrentWidget(window.table)
    layout = window.rows_model.layout
    column = 1
    if field is not None and layout is not None:
        column = next(
            (i for i, c in enumerate(layout.columns, start=1) if c.field == field), column
        )
    window.table.select_row(row_id, column)
    window.table.setFocus()
    if field is not None:
        window.table.open_editor_here(window.table.currentIndex())
