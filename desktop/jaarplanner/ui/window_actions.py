"""The main window's QActions, made from the one list in ``actions.py``: text, shortcut and
where the shortcut works. Menus, toolbars and right-click menus only show these actions.
A later feature adds its own entry to ``ACTIONS`` and a handler here."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar

from jaarplanner.i18n import _
from jaarplanner.ui.actions import ACTIONS, FORMAT_SIGNS, FORMATTING, text_of

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

FORMAT_METHODS = {
    "bold": "toggle_bold",
    "italic": "toggle_italic",
    "underline": "toggle_underline",
    "list": "toggle_list",
    "superscript": "toggle_superscript",
}


def handlers(window: MainWindow) -> dict[str, Callable[[], object]]:
    return {
        "import": window.ask_import,
        "export_pdf": window.export_pdf,
        "export_calendar": lambda: window.export_pdf(calendar=True),
        "export_docx": lambda: window.export_file("docx"),
        "export_xlsx": lambda: window.export_file("xlsx"),
        "export_csv": lambda: window.export_file("csv"),
        "export_ics": lambda: window.export_file("ics"),
        "quit": window.close,
        "add_row": lambda: window.add_row(above=False),
        "insert_row": lambda: window.add_row(above=True),
        "duplicate_row": window.duplicate_row,
        "delete_row": window.delete_rows,
        "clear_cells": window.clear_cells,
        "move_up": lambda: window.move_row(-1),
        "move_down": lambda: window.move_row(1),
        "find": window.focus_search,
        "copy_rows": window.copy_cells,
        "paste_rows": window.paste,
        "edit_cell": lambda: window.table.open_editor_here(window.table.currentIndex()),
        **{name: partial(format_focused, name) for name in FORMATTING},
    }


def make_actions(window: MainWindow) -> dict[str, QAction]:
    made: dict[str, QAction] = {}
    connect = handlers(window)
    for name, spec in ACTIONS.items():
        action = QAction(text_of(name), window)
        if isinstance(spec.shortcut, tuple):
            action.setShortcuts([QKeySequence(keys) for keys in spec.shortcut])
        elif spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if name in connect:
            action.triggered.connect(lambda _checked=False, h=connect[name]: h())
        if spec.scope == "table":  # in the table and in its cell editor
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            window.table.addAction(action)
        elif spec.scope == "cells":  # the table itself; an open editor keeps Del, Ctrl+C/V
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            window.table.addAction(action)
        else:
            window.addAction(action)
        made[name] = action
    from jaarplanner.ui.export_flow import (
        open_after,
        preview_first,
        set_open_after,
        set_preview_first,
    )

    details = made["show_details"]
    details.setCheckable(True)
    details.setChecked(bool(QSettings().value("window/details", True, type=bool)))
    window.details.setVisible(details.isChecked())
    details.toggled.connect(lambda shown: _show_details_panel(window, shown))
    made["open_after"].setCheckable(True)
    made["open_after"].setChecked(open_after())
    made["open_after"].toggled.connect(set_open_after)
    made["preview_first"].setCheckable(True)
    made["preview_first"].setChecked(preview_first())
    made["preview_first"].toggled.connect(set_preview_first)
    stack = window.history.stack
    window.undo_action = QAction(_("&Undo"), window)
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.undo_action.triggered.connect(stack.undo)
    window.redo_action = QAction(_("&Redo"), window)
    window.redo_action.setShortcuts(
        [QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)]
    )
    window.redo_action.triggered.connect(stack.redo)
    for action, prefix, can, text_changed, now in (
        (window.undo_action, _("&Undo"), stack.canUndoChanged, stack.undoTextChanged, "undo"),
        (window.redo_action, _("&Redo"), stack.canRedoChanged, stack.redoTextChanged, "redo"),
    ):
        # a window that takes over the history (a change of language) starts where it was
        action.setEnabled(getattr(stack, f"can{now.title()}")())
        action.setText(step_text(prefix, getattr(stack, f"{now}Text")()))
        can.connect(action.setEnabled)
        text_changed.connect(_StepText(action, prefix).show)
    return made


class _StepText(QObject):
    """Puts the step's name in an undo or redo action. A QObject child of the action, so the
    connection to the history (kept by a window that replaces this one) ends with it."""

    def __init__(self, action: QAction, prefix: str) -> None:
        super().__init__(action)
        self.action, self.prefix = action, prefix

    def show(self, text: str) -> None:
        self.action.setText(step_text(self.prefix, text))


def step_text(prefix: str, label: str) -> str:
    """ "Ongedaan maken: rij verplaatsen" (not "Ongedaan maken Rij verplaatsen")."""
    if not label:
        return prefix
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        label = label[0].lower() + label[1:]  # "KPI koppelen" keeps its capitals
    return f"{prefix}: {label}"


def _show_details_panel(window: MainWindow, shown: bool) -> None:
    """The details panel folds away (more room for the table on a small screen)."""
    window.details.flush()
    window.details.setVisible(shown)
    QSettings().setValue("window/details", shown)


def format_focused(name: str) -> None:
    """Bold, italic, ... on the rich-text editor with the focus (a cell or a detail field)."""
    from jaarplanner.ui.delegates import RichEditor

    widget = QApplication.focusWidget()
    if isinstance(widget, RichEditor) and not widget.isReadOnly():
        getattr(widget, FORMAT_METHODS[name])()


def format_bar(window: MainWindow) -> QToolBar:
    """Buttons for the same formatting actions."""
    bar = QToolBar(_("Formatting"), window)
    bar.setObjectName("formatting")
    for name in FORMATTING:
        action = window.actions_by_name[name]
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{text_of(name).replace('&', '')} ({shortcut})" if shortcut else text_of(name)
        action.setIconText(FORMAT_SIGNS[name])
        action.setToolTip(tip.replace("&", ""))
        action.setStatusTip(tip.replace("&", ""))
        bar.addAction(action)
    window.format_actions = {name: window.actions_by_name[name] for name in FORMATTING}
    return bar
