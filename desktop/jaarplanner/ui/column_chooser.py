"""Which columns the table shows (a right click on the column headers): a column such as
*Middelen (personeel)* can be hidden, per part, and the choice is remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu

from jaarplanner.i18n import _

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow
    from jaarplanner.ui.window_surface import WindowSurface


def _key(window: WindowSurface) -> str:
    part, _theme = window.selected_part_and_theme()
    return f"columns/{part.key if part is not None else 'document'}/hidden"


def hidden_fields(window: WindowSurface) -> set[str]:
    value = QSettings().value(_key(window), [])
    if isinstance(value, str):
        value = [value] if value else []
    return {str(v) for v in value} if isinstance(value, (list, tuple)) else set()


def apply(window: WindowSurface) -> None:
    """Hide the columns chosen for this part; the others share the width."""
    layout = window.rows_model.layout
    if layout is None:
        return
    hidden = hidden_fields(window)
    changed = False
    for position, column in enumerate(layout.columns, start=1):
        hide = column.field.value in hidden
        changed |= window.table.isColumnHidden(position) != hide
        window.table.setColumnHidden(position, hide)
    if changed:  # the same columns as before (another theme of the part): her widths stay
        window.table.fit_columns()
    window.table.measure_rows()


def set_shown(window: MainWindow, field: str, shown: bool) -> None:
    hidden = hidden_fields(window)
    hidden.discard(field) if shown else hidden.add(field)
    layout = window.rows_model.layout
    if layout is not None and len(hidden) >= len(layout.columns):
        return  # one column at least stays
    QSettings().setValue(_key(window), sorted(hidden))
    apply(window)


def menu(window: MainWindow, at: QPoint) -> QMenu:
    chooser = QMenu(_("Columns"), window)
    chooser.setObjectName("columns_menu")
    layout = window.rows_model.layout
    hidden = hidden_fields(window)
    for column in layout.columns if layout is not None else []:
        action = chooser.addAction(column.label or column.field.value)
        action.setCheckable(True)
        action.setChecked(column.field.value not in hidden)
        action.toggled.connect(lambda shown, f=column.field.value: set_shown(window, f, shown))
    window.last_menu = chooser
    chooser.popup(at)
    return chooser


def install(window: MainWindow) -> None:
    header = window.table.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda point: menu(window, header.mapToGlobal(point)))
