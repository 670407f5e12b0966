"""The main window's changes to rows: edit a text (with the version shown), add, insert,
duplicate, delete, move, drop on a theme, copy and paste. Each is one service call through
the undo history. Mixed into ``MainWindow``, which provides the views and the history."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from jaarplanner.i18n import _
from jaarplanner.model.document import ThemeData
from jaarplanner.model.richtext import from_plain
from jaarplanner.model.values import Field
from jaarplanner.services import rows as row_service
from jaarplanner.ui.navigator import OBJECT_ROLE


class RowChanges:
    """Row actions of the main window (``self`` is the ``MainWindow``)."""

    def edit_field(self, row_id: int, field: Field, value: str, version: int | None = None) -> bool:
        """Save one text of a row. The row's version as shown is sent along: when somebody
        else changed the row since, the user sees both texts and chooses."""
        if version is None:
            version = self.shown_version(row_id)
        return (
            self.history.perform(
                lambda db: row_service.edit_field(
                    db, row_id, field, value, expected_version=version
                )
            )
            is not None
        )

    def shown_version(self, row_id: int) -> int | None:
        for line in self.rows_model.lines:
            if line.row is not None and line.row.id == row_id:
                return line.row.version
        for document in self.documents:
            for part in document.parts:
                for row in part.all_rows():
                    if row.id == row_id:
                        return row.version
        return None

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
        theme, index = self._theme_and_index()
        if theme is None or theme.id is None:
            QMessageBox.information(self, _("Add row"), _("Choose a theme first."))
            return
        at = index if above else (None if index is None else index + 1)
        self.history.perform(lambda db: row_service.add_row(db, theme.id, at))

    def duplicate_row(self) -> None:
        row = self.table.current_row()
        if row is not None and row.id is not None:
            self.history.perform(lambda db: row_service.duplicate_row(db, row.id))

    def delete_row(self) -> None:
        row = self.table.current_row()
        if row is not None and row.id is not None:
            self.history.perform(
                lambda db: row_service.delete_row(db, row.id, expected_version=row.version)
            )

    def move_row(self, step: int) -> None:
        theme, index = self._theme_and_index()
        row = self.table.current_row()
        if theme is None or row is None or index is None or theme.id is None:
            return
        target = index + step
        if 0 <= target < len(theme.rows):
            self.history.perform(lambda db: row_service.move_row(db, row.id, theme.id, target))

    def move_rows_to(self, row_ids: list[int], theme_id: int) -> None:
        """Rows dropped on a theme in the navigator go to its end, as one step each."""
        for row_id in row_ids:
            self.history.perform(lambda db, r=row_id: row_service.move_row(db, r, theme_id))

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
        data = QMimeData()
        data.setHtml(html)
        data.setText(text)
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
        change = self.history.perform(lambda db: row_service.add_rows(db, theme.id, at, rows))
        if change is not None and change.result:
            self.table.select_row(change.result[0])
