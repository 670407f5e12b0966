"""The table editor: the rows of the selected part or theme, edited in place like a
spreadsheet. Typing on a cell replaces its text, F2 or a double click edits it with the
cursor at the end; Enter goes down, Tab right (Shift back). The model is set once; after a
change it is patched, and the view keeps its columns, scroll position and current cell."""

from __future__ import annotations

from collections.abc import Callable
from typing import overload

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QTableView,
    QWidget,
)

from jaarplanner.i18n import _
from jaarplanner.model.document import RowData
from jaarplanner.ui.delegates import CellDelegate
from jaarplanner.ui.rows_model import RowsModel
from jaarplanner.ui.table_header import WrappingHeader

Trigger = QAbstractItemView.EditTrigger


class RowsView(QTableView):
    context_requested = Signal(object)  # the global position of a right click on a row

    def __init__(
        self,
        model: RowsModel,
        school_year: Callable,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(self))
        self.setModel(model)
        self.setAccessibleName(_("Rows"))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(CellDelegate(self, school_year))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(Trigger.DoubleClicked | Trigger.EditKeyPressed | Trigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab is handled here: it moves, it never leaves
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda point: self.context_requested.emit(self.viewport().mapToGlobal(point))
        )
        model.modelReset.connect(self.after_reset)
        model.rowsInserted.connect(self._rows_inserted)
        model.layoutChanged.connect(self._after_layout)
        model.dataChanged.connect(self._rows_changed)
        self.measured: set[int] = set()
        self.start_trigger: Trigger | None = None
        self._fitted_for: object = None
        self._fitted_width = -1
        # a width change is answered once the layout settled: a panel that grows and shrinks
        # again in one pass of the event loop (the details of another row) leaves her widths
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._refit_now)
        self.verticalScrollBar().valueChanged.connect(self.resize_visible_rows)

    @property
    def rows_model(self) -> RowsModel:
        model = self.model()
        assert isinstance(model, RowsModel)
        return model

    MEASURE_ALL = (
        300  # rows: above this, only the rows in view are measured (and more as they come)
    )

    # -- after the model changed --------------------------------------------------------------
    def after_reset(self) -> None:
        self.measured = set()
        self.clearSpans()
        model = self.rows_model
        for position, line in enumerate(model.lines):
            if line.is_band and model.columnCount() > 1:
                self.setSpan(position, 0, 1, model.columnCount())
        if model.layout is not self._fitted_for and model.layout != self._fitted_for:
            self.fit_columns()  # another layout: widths she dragged for this one stay
        self.measure_rows()

    def _after_layout(self) -> None:
        """Other lines in view (a search): spans again, and the rows in view measured; the
        others are measured when they scroll into view (a search waits for no row)."""
        self.clearSpans()
        model = self.rows_model
        for position, line in enumerate(model.lines):
            if line.is_band and model.columnCount() > 1:
                self.setSpan(position, 0, 1, model.columnCount())
        self.measure_rows(everything=False)

    def measure_rows(self, everything: bool = True) -> None:
        if everything and self.rows_model.rowCount() <= self.MEASURE_ALL:
            self.resizeRowsToContents()
        else:  # a big table: measure the rows that are in view, and more as they come
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3)
            self.measured = set()
            self.resize_visible_rows(always=True)

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        model = self.rows_model
        columns = model.columnCount()
        for position in range(first, last + 1):
            line = model.lines[position] if position < len(model.lines) else None
            if line is not None and line.is_band and columns > 1:
                self.setSpan(position, 0, 1, columns)
            self.resizeRowToContents(position)
        self.measured = {p if p < first else p + last - first + 1 for p in self.measured}

    def _rows_changed(
        self, top: QModelIndex, bottom: QModelIndex, _roles: list[int] | None = None
    ) -> None:
        """Row heights follow the text; rows far out of view are measured when they come."""
        if bottom.row() - top.row() > 200:
            first = max(self.rowAt(0), 0)
            last = self.rowAt(self.viewport().height())
            rows = range(first, (last if last >= 0 else first + 50) + 1)
        else:
            rows = range(top.row(), bottom.row() + 1)
        for row in rows:
            self.resizeRowToContents(row)

    MIN_COLUMN = 56  # pixels: narrower than this a column cannot be read

    def fit_columns(self) -> None:
        """The number column as wide as a number, the others share the rest in the layout's
        proportions: the whole row is in view without scrolling sideways (at 1366 px too)."""
        model = self.rows_model
        if model.layout is None:
            return
        self._fitted_for = model.layout
        self._fitted_width = self.width()
        number = self.fontMetrics().horizontalAdvance("00.00") + 12
        self.setColumnWidth(0, number)
        room = self.viewport().width() - number - 2
        if not self.verticalScrollBar().isVisible():  # it will come when the rows are measured
            room -= self.verticalScrollBar().sizeHint().width()
        shares = [column.width for column in model.layout.columns]
        total = sum(shares) or 1
        for index, share in enumerate(shares, start=1):
            if not self.isColumnHidden(index):
                self.setColumnWidth(index, max(self.MIN_COLUMN, int(room * share / total)))
        self.horizontalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._refit.start()

    def _refit_now(self) -> None:
        if self.width() != self._fitted_width:
            self.fit_columns()
            self.measure_rows()

    def resize_visible_rows(self, *_args: object, always: bool = False) -> None:
        if not always and not self.measured and self.rows_model.rowCount() <= self.MEASURE_ALL:
            return  # a small table measured whole
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height())
        last = self.rows_model.rowCount() - 1 if last < 0 else last
        for row in range(first, min(last + 1, first + 200)):
            if row not in self.measured:
                self.resizeRowToContents(row)
                self.measured.add(row)

    # -- where the user is --------------------------------------------------------------------
    def current_row(self) -> RowData | None:
        line = self.rows_model.line(self.currentIndex())
        return line.row if line else None

    def select_row(self, row_id: int, column: int = 1) -> None:
        position = self.rows_model.row_position(row_id)
        if position is not None:
            self.setCurrentIndex(self.rows_model.index(position, column))

    def step(self, rows: int, columns: int) -> None:
        """Move the current cell like a spreadsheet: down or up past theme bands, right or
        left within the row (it stays at the edge)."""
        current = self.currentIndex()
        if not current.isValid():
            return
        model = self.rows_model
        row, column = current.row(), current.column()
        if columns:
            column = min(max(column + columns, 1), model.columnCount() - 1)
            while 0 < column < model.columnCount() - 1 and self.isColumnHidden(column):
                column += 1 if columns > 0 else -1
        if rows:
            target = row + rows
            while 0 <= target < model.rowCount() and model.lines[target].is_band:
                target += rows
            if 0 <= target < model.rowCount():
                row = target
        index = model.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    # -- keys ---------------------------------------------------------------------------------
    # Qt's two forms: edit(index) opens the editor, edit(index, trigger, event) asks first
    @overload
    def edit(self, index: QModelIndex | QPersistentModelIndex, /) -> None: ...

    @overload
    def edit(
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger,
        event: QEvent,
        /,
    ) -> bool: ...

    def edit(self, index, trigger=None, event=None) -> bool | None:
        if trigger is None:
            return super().edit(index)
        if trigger == Trigger.AnyKeyPressed and isinstance(event, QKeyEvent):
            # a shortcut's letter (Ctrl+B ...) opens no editor; a typed character does
            text = event.text()
            if (
                not text
                or not text.isprintable()
                or event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                return False
        self.start_trigger = trigger
        return super().edit(index, trigger, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.step(1, 0)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                modifiers == Qt.KeyboardModifier.ShiftModifier
            ):
                self.step(-1, 0)
                return
            if key == Qt.Key.Key_Tab and plain:
                self.step(0, 1)
                return
            if key == Qt.Key.Key_Backtab or (
                key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.ShiftModifier
            ):
                self.step(0, -1)
                return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Tab must reach keyPressEvent instead of moving the focus out of the table
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key()
            in (
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
            )
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming back from a cell editor repaints the current cell, not the whole view
        (QAbstractItemView repaints everything on a focus change: 300 cells in Python)."""
        QAbstractScrollArea.focusInEvent(self, event)
        current = self.currentIndex()
        if not current.isValid() and self.rows_model.rowCount():
            self.selectionModel().setCurrentIndex(
                self.rows_model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._repaint_place()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        QAbstractScrollArea.focusOutEvent(self, event)
        self._repaint_place()

    def _repaint_place(self) -> None:
        region = QRegion(self.visualRect(self.currentIndex()))
        selection = self.selectionModel().selection()
        if selection.size() < 50:
            region = region.united(self.visualRegionForSelection(selection))
        self.viewport().update(region)

    def open_editor_here(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.start_trigger = Trigger.EditKeyPressed
        super().edit(index)
