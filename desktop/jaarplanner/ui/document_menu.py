"""Bestand → Start and Nieuw document (Ctrl+N); the menu *Document*: parts and columns, the
organisation, layouts saved, exported and imported."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from jaarplanner.errors import UserError
from jaarplanner.i18n import _

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


def add_document_menu(
    window: MainWindow, file_menu: QMenu, before: QAction, theme_menu: QMenu
) -> None:
    from jaarplanner.ui.start_page import show_start

    start = QAction(_("&Start"), window)
    start.triggered.connect(lambda: show_start(window))
    new = QAction(_("&New document…"), window)
    new.setShortcut(QKeySequence.StandardKey.New)
    new.triggered.connect(lambda: _new_document(window))
    file_menu.insertAction(before, start)
    file_menu.insertAction(before, new)
    file_menu.insertSeparator(before)
    window.new_document_action = new  # the navigator's right-click menu offers it too
    _navigator_menu(window, new)
    menu = QMenu(_("&Document"), window)
    window.menuBar().insertMenu(theme_menu.menuAction(), menu)
    window.document_actions = {"start": start, "new": new}
    for name, text, handler in (
        ("parts", _("&Parts and columns…"), _parts),
        ("organisation", _("&Organisation…"), _organisation),
        (None, None, None),
        ("save_layout", _("&Save as layout…"), save_layout),
        ("export_layout", _("&Export layout…"), export_layout),
        ("import_layout", _("&Import layout…"), import_layout),
    ):
        if name is None or text is None:
            menu.addSeparator()
            continue
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, h=handler: h(window))
        menu.addAction(action)
        window.document_actions[name] = action
    window.document_menu, window.file_menu = menu, file_menu


def _navigator_menu(window: MainWindow, new: QAction) -> None:
    """The navigator's right-click menu: its theme actions and, after a line, Nieuw
    document. Left alone when the navigator already has a menu of its own."""
    navigator = window.navigator
    if navigator.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
        return
    navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    line = QAction(window)
    line.setSeparator(True)
    navigator.addAction(line)
    navigator.addAction(new)


def _new_document(window: MainWindow) -> None:
    from jaarplanner.ui.new_document_dialog import ask_new_document

    ask_new_document(window)


def _parts(window: MainWindow) -> None:
    from jaarplanner.ui.parts_flow import edit_parts

    edit_parts(window)


def _organisation(window: MainWindow) -> None:
    from jaarplanner.ui.organisation_dialog import edit_organisation

    edit_organisation(window)


def _document_or_say(window: MainWindow, title: str):
    document = window.current_document()
    if document is None:
        QMessageBox.information(window, title, _("Make or import a document first."))
    return document


def save_layout(window: MainWindow) -> None:
    from jaarplanner.services.layout_catalogue import layout_of_document
    from jaarplanner.services.layout_catalogue import save_layout as keep

    title = _("Save as layout")
    document = _document_or_say(window, title)
    if document is None:
        return
    name, ok = QInputDialog.getText(
        window,
        title,
        _("Name of the layout (New document offers it from now on):"),
        text=_("Layout of {organisation}").format(
            organisation=document.organisation.short_name or document.organisation.name
        ),
    )
    if not ok:
        return
    try:
        layout = layout_of_document(document, name)
    except UserError as error:
        QMessageBox.warning(window, title, str(error))
        return
    window.history.perform(lambda db: keep(db, layout))


def export_layout(window: MainWindow, target: Path | None = None) -> Path | None:
    from jaarplanner.services.layout_catalogue import layout_file_text, layout_of_document

    title = _("Export layout")
    document = _document_or_say(window, title)
    if document is None:
        return None
    if target is None:
        name, _filter = QFileDialog.getSaveFileName(
            window, title, str(Path.home() / "indeling.json"), _("Layouts (*.json)")
        )
        if not name:
            return None
        target = Path(name)
    layout = layout_of_document(document, document.title)
    try:
        target.write_text(layout_file_text(layout), encoding="utf-8")
    except OSError as error:
        QMessageBox.warning(
            window,
            title,
            _("'{name}' cannot be written: {reason}").format(
                name=target.name, reason=error.strerror or error
            ),
        )
        return None
    return target


def import_layout(window: MainWindow, source: Path | None = None) -> bool:
    from jaarplanner.services.layout_catalogue import import_layout as keep

    title = _("Import layout")
    if source is None:
        name, _filter = QFileDialog.getOpenFileName(
            window, title, str(Path.home()), _("Layouts (*.json);;All files (*)")
        )
        if not name:
            return False
        source = Path(name)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        QMessageBox.warning(
            window,
            title,
            _("'{name}' cannot be read: {reason}").format(name=source.name, reason=error),
        )
        return False
    change = window.history.perform(lambda db: keep(db, text))
    if change is None:
        return False
    QMessageBox.information(
        window,
        title,
        _("The layout is kept; New document offers it from now on."),
    )
    return True
