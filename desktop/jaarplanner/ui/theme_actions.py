"""Themes in the navigator: add, rename, delete (after a confirmation) and move."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import PartData, ThemeData
from jaarplanner.services import themes as theme_service

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


def _parent_and_index(part: PartData, theme_id: int | None) -> tuple[ThemeData | None, int]:
    def search(
        parent: ThemeData | None, siblings: list[ThemeData]
    ) -> tuple[ThemeData | None, int] | None:
        for index, theme in enumerate(siblings):
            if theme.id == theme_id:
                return parent, index
            found = search(theme, theme.themes)
            if found is not None:
                return found
        return None

    found = search(None, part.themes)
    if found is None:
        raise LookupError(theme_id)
    return found


def add_theme(window: MainWindow, sub: bool = False) -> None:
    part, theme = window.selected_part_and_theme()
    if part is None or part.id is None:
        QMessageBox.information(window, _("Add theme"), _("Choose a part or theme first."))
        return
    title, ok = QInputDialog.getText(window, _("Add theme"), _("Title of the new theme:"))
    if not ok or not title.strip():
        return
    if sub and theme is not None:
        parent_id, index = theme.id, None
    elif theme is not None:
        parent, at = _parent_and_index(part, theme.id)
        parent_id, index = (parent.id if parent else None), at + 1
    else:
        parent_id, index = None, None
    part_id = part.id  # checked above; a lambda keeps no narrowing
    change = window.history.perform(
        lambda db: theme_service.add_theme(db, part_id, title, parent_id=parent_id, index=index)
    )
    if change is not None:
        window.select_in_navigator("ThemeData", change.result)


def rename_theme(window: MainWindow) -> None:
    _part, theme = window.selected_part_and_theme()
    if theme is None or theme.id is None:
        return
    title, ok = QInputDialog.getText(window, _("Rename theme"), _("New title:"), text=theme.title)
    if ok and title.strip() and title.strip() != theme.title:
        theme_id, version = theme.id, theme.version  # checked above; a lambda keeps no narrowing
        window.history.perform(
            lambda db: theme_service.edit_theme(db, theme_id, expected_version=version, title=title)
        )


def delete_theme(window: MainWindow) -> None:
    _part, theme = window.selected_part_and_theme()
    if theme is None or theme.id is None:
        return
    rows = sum(len(t.rows) for t in theme.walk())
    answer = QMessageBox.question(
        window,
        _("Delete theme"),
        ngettext(
            "Delete the theme '{title}' with its {n} row? You can undo this with Ctrl+Z.",
            "Delete the theme '{title}' with its {n} rows? You can undo this with Ctrl+Z.",
            rows,
        ).format(title=theme.title, n=rows),
    )
    if answer == QMessageBox.StandardButton.Yes:
        theme_id, version = theme.id, theme.version  # checked above; a lambda keeps no narrowing
        window.history.perform(
            lambda db: theme_service.delete_theme(db, theme_id, expected_version=version)
        )


def move_theme_before(window: MainWindow, moved_id: int, target_id: int) -> None:
    """A theme dropped on another theme goes just before it, under the same parent."""
    part = window.part_of_theme(target_id)
    if part is None:
        return
    parent, index = _parent_and_index(part, target_id)
    parent_id = parent.id if parent else None
    try:
        _old_parent, old_index = _parent_and_index(part, moved_id)
    except LookupError:
        QMessageBox.warning(
            window, _("Move theme"), _("A theme can only be moved within its own part.")
        )
        return
    same_parent = _old_parent is parent
    if same_parent and old_index < index:
        index -= 1
    window.history.perform(lambda db: theme_service.move_theme(db, moved_id, parent_id, index))
