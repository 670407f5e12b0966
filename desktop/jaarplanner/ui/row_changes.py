"""The main window's changes to rows: edit a text (with the version shown), add, insert,
duplicate, delete, move, drop on a theme, copy and paste. Each is one service call through
the undo history. Mixed into ``MainWindow``, which provides the views and the history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import ThemeData
from jaarplanner.model.richtext import from_plain, to_plain
from jaarplanner.model.values import Field
from jaarplanner.services import row_batch
from jaarplanner.services import rows as row_service
from jaarplanner.ui.navigator import OBJECT_ROLE

if TYPE_CHECKING:  # the window the mixin is part of (see window_surface)
    from jaarplanner.ui.window_surface import WindowSurface as _Window
else:
    _Window = object


class RowChanges(_Window):
    """Row actions of the main window (``self`` is the ``MainWindow``)."""

    def edit_field(
        self,
        row_id: int,
        field: Field,
        value: str,
        version: int | None = None,
        session: object | None = None,
    ) -> bool:
        """Save one text of a row. The row's version as shown is sent along: when somebody
        else changed the row since, the user sees both texts and chooses. Saves in one typing
        ``session`` (a details editor keeping the focus) make one undo step."""
        if version is None:
            version = self.shown_version(row_id)
        return (
            self.history.perform(
                lambda db: row_service.edit_field(
                    db, row_id, field, value, expected_version=version
                ),
                session,
            )
            is not None
        )

    def shown_version(self, row_id: int) -> int | None:
        row = self.store.row(row_id)
        return row.version if row is not None else None

    def move_period(self, row_id: int, text: str) -> None:
        """A bar dragged in the calendar: the period text becomes the new dates."""
        if self.edit_field(row_id, Field.PERIOD, from_plain(text)):
            self.statusBar().showMessage(_("Period is now: {text}").format(text=text), 5000)

    def _theme_and_index(self) -> tuple[ThemeData | None, int | None]:
        line = self.rows_model.line(self.table.currentIndex())
        if line is None:
            payload = self.navigator.currentIndex().data(OBJECT_ROLE)
            return (payload if isinstance(payload, ThemeData) else None), None
        if line.row is None:
            return line.theme, 0
        return line.theme, line.theme.rows.index(line.row)

    def add_row(self, above: bool = False) -> None:
        """A new row below (or above) the current one; a cell being typed in is saved first,
        and the new row's first cell becomes current, ready for typing."""
        self.commit_cell_editor()
        theme, index = self._theme_and_index()
        if theme is None or theme.id is None:
            QMessageBox.information(self, _("Add row"), _("Choose a theme first."))
            return
        at = index if above else (None if index is None else index + 1)
        theme_id = theme.id  # checked above; a lambda keeps no narrowing
        change = self.history.perform(lambda db: row_service.add_row(db, theme_id, at))
        if change is not None:
            self.table.select_row(change.result, 1)
            self.table.setFocus()

    def duplicate_row(self) -> None:
        row = self.table.current_row()
        row_id = row.id if row is not None else None
        if row_id is not None:
            change = self.history.perform(lambda db: row_service.duplicate_row(db, row_id))
            if change is not None:
                self.table.select_row(change.result, max(self.table.currentIndex().column(), 1))

    def delete_rows(self) -> None:
        """The selected rows (or the current one) go, as one step: "Delete 3 rows"."""
        self.commit_cell_editor()
        ids = [row.id for row in self.selected_rows() if row.id is not None]
        if ids:
            self.history.perform(lambda db: row_batch.delete_rows(db, ids))

    delete_row = delete_rows  # the older name

    def move_row(self, step: int) -> None:
        theme, index = self._theme_and_index()
        row = self.table.current_row()
        if theme is None or row is None or index is None or theme.id is None or row.id is None:
            return
        target = index + step
        if 0 <= target < len(theme.rows):
            row_id, theme_id = row.id, theme.id  # checked above; a lambda keeps no narrowing
            self.history.perform(lambda db: row_service.move_row(db, row_id, theme_id, target))

    def move_rows_to(self, row_ids: list[int], theme_id: int) -> None:
        """Rows dropped on a theme in the navigator go to its end, as one step."""
        if row_ids:
            self.history.perform(lambda db: row_batch.move_rows(db, row_ids, theme_id))

    def selected_rows(self) -> list:
        seen: list = []
        for index in self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]:
            line = self.rows_model.line(index)
            if line is not None and line.row is not None and line.row not in seen:
                seen.append(line.row)
        return seen

    def copy_rows(self) -> None:
        from PySide6.QtCore import QMimeData
        from PySide6.QtWidgets import QApplication

        from jaarplanner.ui.clipboard import rows_to_clipboard

        rows = self.selected_rows()
        if not rows or self.rows_model.layout is None:
            return
        html, text = rows_to_clipboard(rows, self.rows_model.layout)
        from jaarplanner.ui.clipboard import ROWS_MARK

        data = QMimeData()
        data.setHtml(html)
        data.setText(text)
        data.setData(ROWS_MARK, b"1")  # rows were copied: Ctrl+V pastes rows
        QApplication.clipboard().setMimeData(data)

    def paste_rows(self) -> None:
        from PySide6.QtWidgets import QApplication

        from jaarplanner.ui.clipboard import cells_from_clipboard, rows_for_layout

        theme, index = self._theme_and_index()
        layout = self.rows_model.layout
        if theme is None or theme.id is None or layout is None:
            QMessageBox.information(self, _("Paste rows"), _("Choose a theme first."))
            return
        data = QApplication.clipboard().mimeData()
        cells = cells_from_clipboard(data.html() if data.hasHtml() else "", data.text())
        rows = [r for r in rows_for_layout(cells, layout) if r]
        if not rows:
            QMessageBox.information(
                self, _("Paste rows"), _("The clipboard holds no rows to paste.")
            )
            return
        at = None if index is None else index + 1
        theme_id = theme.id  # checked above; a lambda keeps no narrowing
        change = self.history.perform(lambda db: row_service.add_rows(db, theme_id, at, rows))
        if change is not None and change.result:
            self.table.select_row(change.result[0])

    # -- cells ----------------------------------------------------------------------------
    def selected_cells(self) -> list[tuple[int, Field, int | None]]:
        """(row id, field, version) of each selected text cell (or the current one)."""
        layout = self.rows_model.layout
        if layout is None:
            return []
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        found = []
        for index in sorted(indexes, key=lambda i: (i.row(), i.column())):
            line = self.rows_model.line(index)
            if line is None or line.row is None or line.row.id is None or index.column() < 1:
                continue
            field = layout.columns[index.column() - 1].field
            found.append((line.row.id, field, line.row.version))
        return found

    def set_cells_to(self, value: str, label: str) -> None:
        from jaarplanner.services.cells import CellEdit, set_cells

        if self.read_only_document():
            return
        edits = [
            CellEdit(row_id, field, value, version)
            for row_id, field, version in self.selected_cells()
            if (row.value(field) if (row := self.store.row(row_id)) else None) != value
        ]
        if edits:
            self.history.perform(lambda db: set_cells(db, edits, label.format(n=len(edits))))

    def clear_cells(self) -> None:
        """Del: the selected cells' text goes, as one step (the rows stay)."""
        count = len(self.selected_cells())
        self.set_cells_to("", ngettext("Clear cell", "Clear {n} cells", count))

    def copy_cells(self) -> None:
        """Ctrl+C: whole rows when whole rows are selected, else the cells' text."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtWidgets import QApplication

        model = self.rows_model
        selection = self.table.selectionModel()
        rows = self.selected_rows()
        whole = bool(rows) and all(
            (at := model.row_position(r.id)) is not None
            and selection.isRowSelected(at, QModelIndex())
            for r in rows
        )
        if whole:
            self.copy_rows()
            return
        cells = self.selected_cells()
        if not cells:
            return
        text = "\n".join(
            to_plain(row.value(field)) if (row := self.store.row(row_id)) else ""
            for row_id, field, _v in cells
        )
        data = QMimeData()
        data.setText(text)
        QApplication.clipboard().setMimeData(data)

    def paste(self) -> None:
        """Ctrl+V: rows when rows were copied (from this program), else the text into the
        current cell or into each selected cell, as one step."""
        from PySide6.QtWidgets import QApplication

        from jaarplanner.ui.clipboard import ROWS_MARK

        data = QApplication.clipboard().mimeData()
        if data is None:
            return
        tabular = "\t" in data.text() or "<table" in (data.html() if data.hasHtml() else "")
        if data.hasFormat(ROWS_MARK) or tabular:  # rows copied here, or a table from Excel
            self.paste_rows()
            return
        if data.hasText():
            count = len(self.selected_cells())
            self.set_cells_to(
                from_plain(data.text().rstrip("\n")),
                ngettext("Paste into cell", "Paste into {n} cells", count),
            )
