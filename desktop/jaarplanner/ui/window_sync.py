"""How the main window's views follow the store's hub: each signal patches what it names.
A field edit repaints rows and puts new values in the details panel; a re-read document is
reconciled into the navigator and the table by id, and the user's place (current cell,
selection, scroll position, column widths, expanded levels) stays where it was.
Mixed into ``MainWindow``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex

from jaarplanner.ui.navigator import OBJECT_ROLE, key_of, sync_model
from jaarplanner.ui.rows_model import Line, lines_of

if TYPE_CHECKING:  # the window the mixin is part of (see window_surface)
    from jaarplanner.model.document import ThemeData
    from jaarplanner.model.layout import ColumnLayout
    from jaarplanner.ui.window_surface import WindowSurface as _Window
else:
    _Window = object


class ViewSync(_Window):
    """Slots of the hub's signals (``self`` is the ``MainWindow``)."""

    def connect_hub(self) -> None:
        hub = self.store.hub
        hub.rowsChanged.connect(self.on_rows_changed)
        hub.structureChanged.connect(self.on_structure_changed)

    # -- a field of some rows -------------------------------------------------------------
    def on_rows_changed(self, row_ids: frozenset[int], fields: frozenset[str]) -> None:
        self.rows_model.rows_changed(row_ids, fields)
        details_row = self.details.row
        if details_row is not None and details_row.id in row_ids:
            self.details.update_row(fields)
        self._refresh_calendar()
        if "status" in fields or "kpis" in fields:
            self.apply_search()  # a filter on status or KPI may now hide or show the row

    # -- a document (or all of them) read again -------------------------------------------
    def on_structure_changed(self, document_id: int) -> None:
        self.details._histories.clear()  # somebody may have recorded a status
        self.follow_documents()  # the start page when there is no document (issue 17)
        from jaarplanner.model.people import people_of_documents  # issue 21

        self.search_bar.set_people(people_of_documents(self.store.documents))
        place = self.save_place()
        self.navigator.setUpdatesEnabled(False)
        sync_model(self.tree_model, self.store.documents)
        self.navigator.setUpdatesEnabled(True)
        layout, roots = self.source_themes()
        self.rows_model.reconcile(lines_of(roots), layout, roots)
        self.apply_search(now=True)
        self.restore_place(place)
        self.show_read_only()
        self._fill_kpi_filter()
        self._show_details(self.table.currentIndex())
        self._refresh_calendar()

    def _refresh_calendar(self) -> None:
        part, themes = self.selected_part_and_theme()
        self.calendar.show_part(part, [themes] if themes else None, self.current_document())

    def source_themes(self) -> tuple[ColumnLayout | None, list[ThemeData]]:
        """The layout and the top themes of what the table shows for the navigator's choice
        (and the search's scope)."""
        part, theme = self.selected_part_and_theme()
        document = self.current_document()
        scope = self.search_bar.scope() if self.search_bar.active() else None
        if document is not None and (
            scope == "document" or (part is None and self._selected_payload() is document)
        ):
            parts = [p for p in document.parts if p.themes] or document.parts
            layout = parts[0].layout if parts else None
            return layout, [t for p in parts for t in p.themes]
        if part is None:
            return None, []
        if theme is not None and scope != "part":
            return part.layout, [theme]
        return part.layout, list(part.themes)

    def _selected_payload(self) -> object:
        index = self.navigator.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    # -- the user's place -----------------------------------------------------------------
    def save_place(self) -> dict:
        table = self.table
        current = table.currentIndex()
        line = self.rows_model.line(current)
        selected = {
            (self._line_key(self.rows_model.line(i)), i.column())
            for i in table.selectionModel().selectedIndexes()
        }
        expanded: set[object] = set()
        self._walk_expanded(QModelIndex(), expanded)
        return {
            "current": (self._line_key(line), current.column()) if line else None,
            "selected": selected,
            "vscroll": table.verticalScrollBar().value(),
            "hscroll": table.horizontalScrollBar().value(),
            "nav": key_of(self._selected_payload()) if self._selected_payload() else None,
            "expanded": expanded,
            "nav_scroll": self.navigator.verticalScrollBar().value(),
        }

    @staticmethod
    def _line_key(line: Line | None) -> tuple | None:
        if line is None:
            return None
        return ("r", line.row.id) if line.row is not None else ("t", line.theme.id)

    def _walk_expanded(self, parent: QModelIndex, found: set[object]) -> None:
        model = self.tree_model
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if self.navigator.isExpanded(index):
                found.add(key_of(index.data(OBJECT_ROLE)))
            self._walk_expanded(index, found)

    def restore_place(self, place: dict) -> None:
        """Back where she was; only what moved is set again (setting the current cell when
        it is already right would close nothing, but scrolls)."""
        self._restore_navigator(place)
        table, model = self.table, self.rows_model
        positions = {self._line_key(line): p for p, line in enumerate(model.lines)}
        if place["current"] is not None:
            key, column = place["current"]
            position = positions.get(key)
            current = table.currentIndex()
            if position is not None and (current.row() != position or current.column() != column):
                table.selectionModel().setCurrentIndex(
                    model.index(position, column), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        selection = QItemSelection()
        for key, column in place["selected"]:
            position = positions.get(key)
            if position is not None:
                index = model.index(position, column)
                selection.select(index, index)
        if selection.indexes() != table.selectionModel().selection().indexes():
            table.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        table.verticalScrollBar().setValue(place["vscroll"])
        table.horizontalScrollBar().setValue(place["hscroll"])

    def _restore_navigator(self, place: dict) -> None:
        model = self.tree_model
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                key = key_of(index.data(OBJECT_ROLE))
                if key in place["expanded"] and not self.navigator.isExpanded(index):
                    self.navigator.setExpanded(index, True)
                if key == place["nav"] and self.navigator.currentIndex() != index:
                    self.navigator.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                stack.append(index)
        self.navigator.verticalScrollBar().setValue(place["nav_scroll"])
