"""The table editor: the rows of the selected part or theme, edited in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from jaarplanner.i18n import _
from jaarplanner.model.document import RowData
from jaarplanner.periods import SchoolYear
from jaarplanner.ui.delegates import CellDelegate
from jaarplanner.ui.rows_model import RowsModel


class RowsView(QTableView):
    def __init__(
        self,
        model: RowsModel,
        school_year: Callable[[], SchoolYear],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(_("Rows"))
        self.setWordWrap(True)
        self.setItemDelegate(CellDelegate(self, school_year))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model.modelReset.connect(self.after_reset)
        self.measured: set[int] = set()
        self.verticalScrollBar().valueChanged.connect(self.resize_visible_rows)

    @property
    def rows_model(self) -> RowsModel:
        model = self.model()
        assert isinstance(model, RowsModel)
        return model

    MEASURE_ALL = (
        300  # rows: above this, only the rows in view are measured (and more as they come)
    )

    def after_reset(self) -> None:
        self.measured = set()
        self.clearSpans()
        model = self.rows_model
        for position, line in enumerate(model.lines):
            if line.is_band and model.columnCount() > 1:
                self.setSpan(position, 0, 1, model.columnCount())
        self.fit_columns()
        if model.rowCount() <= self.MEASURE_ALL:
            self.resizeRowsToContents()
        else:  # a big table: measure the rows that are in view, and more as they come
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3)
            self.resize_visible_rows()

    MIN_COLUMN = 56  # pixels: narrower than this a column cannot be read

    def fit_columns(self) -> None:
        """The number column as wide as a number, the others share the rest in the layout's
        proportions: the whole row is in view without scrolling sideways (at 1366 px too)."""
        model = self.rows_model
        if model.layout is None:
            return
        number = self.fontMetrics().horizontalAdvance("00.00") + 12
        self.setColumnWidth(0, number)
        room = self.viewport().width() - number - 2
        if not self.verticalScrollBar().isVisible():  # it will come when the rows are measured
            room -= self.verticalScrollBar().sizeHint().width()
        shares = [column.width for column in model.layout.columns]
        total = sum(shares) or 1
        for index, share in enumerate(shares, start=1):
            self.setColumnWidth(index, max(self.MIN_COLUMN, int(room * share / total)))
        self.horizontalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_columns()
            self.measured = set()
            if self.rows_model.rowCount() <= self.MEASURE_ALL:
                self.resizeRowsToContents()
            else:
                self.resize_visible_rows()

    def resize_visible_rows(self) -> None:
        if self.rows_model.rowCount() <= self.MEASURE_ALL:
            return
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height())
        last = self.rows_model.rowCount() - 1 if last < 0 else last
        for row in range(first, min(last + 1, first + 200)):
            if row not in self.measured:
                self.resizeRowToContents(row)
                self.measured.add(row)

    def current_row(self) -> RowData | None:
        line = self.rows_model.line(self.currentIndex())
        return line.row if line else None

    def select_row(self, row_id: int, column: int = 1) -> None:
        position = self.rows_model.row_position(row_id)
        if position is not None:
            self.setCurrentIndex(self.rows_model.index(position, column))
