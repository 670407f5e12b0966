"""The table of a part or theme, like the document: theme band rows, derived numbers,
continuation rows, one column per field of the layout."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from jaarplanner.model.document import PartData, RowData, ThemeData
from jaarplanner.model.filtering import SearchIndex
from jaarplanner.model.layout import ColumnLayout
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RICH_ROLE = Qt.ItemDataRole.UserRole + 3
BAND = QColor("#D9E2F3")
PRIORITY = QColor("#1F4E9A")
HIT = QColor("#FFF2CC")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Line:
    """One line of the table: a theme band, or a row with the theme it is in."""

    theme: ThemeData
    row: RowData | None = None

    @property
    def is_band(self) -> bool:
        return self.row is None


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.layout: ColumnLayout | None = None
        self.all_lines: list[Line] = []  # every line of the part or theme
        self.lines: list[Line] = []  # the lines the filter lets through: what the view shows
        self.keep: set[int] | None = None  # ids of the rows the filter lets through
        self._index: SearchIndex | None = None
        self._index_of: list[Line] | None = None
        self.editor: Any = None  # set by the window: edit(row_id, field, value)
        self.highlight: list[str] = []  # search words to mark

    # -- content ----------------------------------------------------------------------
    def show(self, part: PartData | None, themes: list[ThemeData] | None = None) -> None:
        self.beginResetModel()
        self.layout = part.layout if part else None
        self.all_lines = []
        for theme in themes if themes is not None else (part.themes if part else []):
            self._add(theme)
        self.lines = self._filtered()
        self.endResetModel()

    def set_filter(self, rows: list[RowData] | None) -> int:
        """Show only ``rows`` (theme bands always; None: every row); returns how many.

        The filter works on the model's own list in one pass and one reset: a
        QSortFilterProxyModel asks Python once per row, which alone takes longer than a
        search may take on 50,000 rows."""
        self.beginResetModel()
        self.keep = None if rows is None else {id(row) for row in rows}
        self.lines = self._filtered()
        self.endResetModel()
        return sum(1 for line in self.lines if line.row is not None)

    def search_index(self) -> SearchIndex:
        """The search index of every row shown, made at the first search."""
        if self._index is None or self._index_of is not self.all_lines:
            rows = [line.row for line in self.all_lines if line.row is not None]
            self._index, self._index_of = SearchIndex(rows), self.all_lines
        return self._index

    def _filtered(self) -> list[Line]:
        keep = self.keep
        if keep is None:
            return self.all_lines
        return [line for line in self.all_lines if line.row is None or id(line.row) in keep]

    def _add(self, theme: ThemeData) -> None:
        self.all_lines.append(Line(theme))
        self.all_lines.extend(Line(theme, row) for row in theme.rows)
        for child in theme.themes:
            self._add(child)

    def fields(self) -> list[Field]:
        return list(self.layout.fields) if self.layout else []

    def line(self, index: Index) -> Line | None:
        return (
            self.lines[index.row()] if index.isValid() and index.row() < len(self.lines) else None
        )

    def row_position(self, row_id: int) -> int | None:
        return next(
            (
                i
                for i, line in enumerate(self.lines)
                if line.row is not None and line.row.id == row_id
            ),
            None,
        )

    # -- Qt ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.layout is None else len(self.layout.columns) + 1

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.layout is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if section == 0:
            return self.layout.number_label or "nr"
        return self.layout.columns[section - 1].label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index)
        if line is None or self.layout is None:
            return None
        if line.is_band:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                theme = line.theme
                return f"{theme.label} {theme.title}" if theme.label else theme.title
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(BAND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == OBJECT_ROLE:
                return line.theme
            return None
        row = line.row
        assert row is not None
        field = None if index.column() == 0 else self.layout.columns[index.column() - 1].field
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return row.number or "" if field is None else to_plain(row.value(field))
        if role in (Qt.ItemDataRole.EditRole, RICH_ROLE):
            return "" if field is None else row.value(field)
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.priority:
            return QBrush(PRIORITY)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight and field is not None:
            text = to_plain(row.value(field)).lower()
            if any(word in text for word in self.highlight):
                return QBrush(HIT)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        line = self.line(index)
        if line is None:
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if line.is_band or index.column() == 0:
            return base
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    def setData(
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        line = self.line(index)
        if (
            role != Qt.ItemDataRole.EditRole
            or line is None
            or line.row is None
            or index.column() == 0
            or self.editor is None
            or self.layout is None
        ):
            return False
        field = self.layout.columns[index.column() - 1].field
        if str(value) == line.row.value(field):
            return False
        return bool(self.editor(line.row.id, field, str(value)))

    def mimeTypes(self) -> list[str]:
        from jaarplanner.ui.navigator import ROWS_MIME

        return [ROWS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        from jaarplanner.ui.navigator import ROWS_MIME

        ids: list[int] = []
        for index in indexes:
            line = self.line(index)
            if line is not None and line.row is not None and line.row.id not in ids:
                ids.append(int(line.row.id))
        data = QMimeData()
        data.setData(ROWS_MIME, ",".join(str(i) for i in ids).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
