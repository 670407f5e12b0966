"""The table of a part or theme, like the document: theme band rows, derived numbers,
continuation rows, one column per field of the layout."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from jaarplanner.model.document import PartData, RowData, ThemeData
from jaarplanner.model.filtering import SearchIndex, searchable_texts
from jaarplanner.model.layout import ColumnLayout
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RICH_ROLE = Qt.ItemDataRole.UserRole + 3
BAND = QColor("#D9E2F3")
PRIORITY = QColor("#1F4E9A")
HIT = QColor("#FFF2CC")
OUT_OF_YEAR = QColor("#FCE4D6")  # the warning colour of an unreadable period too
Index = QModelIndex | QPersistentModelIndex


class Line(NamedTuple):
    """One line of the table: a theme band, or a row with the theme it is in. A tuple, not
    a dataclass: a search over 50,000 rows makes a line per row, and a dataclass's own
    dictionary per line doubled what the garbage collector then walked (seconds, measured)."""

    theme: ThemeData
    row: RowData | None = None

    @property
    def is_band(self) -> bool:
        return self.row is None


def line_key(line: Line) -> tuple[str, int]:
    """A line's identity across re-reads: the row's id, or the theme's for a band."""
    if line.row is not None:
        return ("r", line.row.id if line.row.id is not None else id(line.row))
    return ("t", line.theme.id if line.theme.id is not None else id(line.theme))


def lines_of(themes: list[ThemeData]) -> list[Line]:
    lines: list[Line] = []

    def add(theme: ThemeData) -> None:
        lines.append(Line(theme))
        lines.extend([Line(theme, row) for row in theme.rows])
        for child in theme.themes:
            add(child)

    for theme in themes:
        add(theme)
    return lines


class RowsModel(QAbstractTableModel):
    """The lines of a part, a theme or (searching) the whole document. After a change the
    model is patched: ``rows_changed`` repaints rows, ``reconcile`` inserts and removes
    lines by id; a reset happens only when the user shows something else."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.layout: ColumnLayout | None = None
        self.all_lines: list[Line] = []  # every line of the part or theme
        self.roots: list[ThemeData] = []  # the themes those lines were made of
        self.lines: list[Line] = []  # the lines the filter lets through: what the view shows
        self.keep: set[int] | None = None  # ids of the rows the filter lets through
        self._index: SearchIndex | None = None
        self._index_of: list[Line] | None = None
        self._positions: dict[int, int] | None = None  # row id -> position in lines
        self._ids: list[int | None] = []
        self._ids_of: list[Line] | None = None
        self.editor: Any = None  # set by the window: edit(row_id, field, value)
        self.highlight: list[str] = []  # search words to mark
        self.read_only = False  # an adopted document: cells open no editor
        self.out_of_year: Any = None  # set by the window: row -> True when outside the year
        # the rows' search texts are read in small steps while the window is idle
        self._warming = QTimer(self)
        self._warming.setInterval(0)
        self._warming.timeout.connect(self._warm_step)
        self._warm_rows: list[RowData] = []

    # -- content ----------------------------------------------------------------------
    def show(self, part: PartData | None, themes: list[ThemeData] | None = None) -> None:
        roots = themes if themes is not None else (part.themes if part else [])
        self.show_lines(part.layout if part else None, lines_of(roots), roots)

    def shows(self, layout: ColumnLayout | None, roots: list[ThemeData]) -> bool:
        """Whether the lines of ``roots`` in ``layout`` are what the model holds already (a
        search over the whole document of one part shows the part's own lines: making
        50,000 lines again would be the slowest step of the first search)."""
        return (
            layout == self.layout
            and len(roots) == len(self.roots)
            and all(new is old for new, old in zip(roots, self.roots, strict=True))
        )

    def show_lines(
        self, layout: ColumnLayout | None, lines: list[Line], roots: list[ThemeData] | None = None
    ) -> None:
        """Show other lines (the user chose another part or theme): the one reset."""
        self.beginResetModel()
        self.layout = layout
        self.all_lines = lines
        self.roots = list(roots) if roots is not None else []
        self._warm_later()
        self.lines = self._filtered()
        self._positions = None
        self.endResetModel()

    def set_filter(self, rows: list[RowData] | None) -> int:
        """Show only ``rows`` (theme bands always; None: every row); returns how many.

        The filter works on the model's own list; the lines that come or go are inserted
        or removed (no reset), so the view keeps its columns and current cell."""
        self.keep = None if rows is None else {row.id for row in rows if row.id is not None}
        self._relayout(self._filtered())
        return sum(1 for line in self.lines if line.row is not None)

    def _relayout(self, new: list[Line]) -> None:
        """Other lines in view, in one ``layoutChanged``: the current cell and the selection
        (persistent indexes) follow their rows by id; a line filtered away drops out."""
        self.layoutAboutToBeChanged.emit()
        old_lines = self.lines
        persistent = self.persistentIndexList()
        self.lines = new
        self._positions = None
        where = {line_key(line): p for p, line in enumerate(new)}
        moved = []
        for index in persistent:
            row = index.row()
            key = line_key(old_lines[row]) if 0 <= row < len(old_lines) else None
            position = where.get(key) if key is not None else None
            moved.append(
                self.index(position, index.column()) if position is not None else QModelIndex()
            )
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def reconcile(
        self,
        lines: list[Line],
        layout: ColumnLayout | None = None,
        roots: list[ThemeData] | None = None,
    ) -> None:
        """The same part or theme read again: lines that stayed keep their place (their
        objects are exchanged), new ones are inserted, gone ones removed."""
        if layout is not None and self.layout is not None and layout != self.layout:
            self.show_lines(layout, lines, roots)
            return
        if layout is not None:
            self.layout = layout
        self.all_lines = lines
        self.roots = list(roots) if roots is not None else []
        self._warm_later()
        self._index = None
        self._reconcile_visible(self._filtered())

    def _reconcile_visible(self, new: list[Line]) -> None:
        from difflib import SequenceMatcher

        old_keys = [line_key(line) for line in self.lines]
        new_keys = [line_key(line) for line in new]
        # the same start and end cost nothing; only the middle is compared
        head = 0
        limit = min(len(old_keys), len(new_keys))
        while head < limit and old_keys[head] == new_keys[head]:
            head += 1
        tail = 0
        while tail < limit - head and old_keys[len(old_keys) - 1 - tail] == new_keys[-1 - tail]:
            tail += 1
        old_mid = old_keys[head : len(old_keys) - tail]
        new_mid = new_keys[head : len(new_keys) - tail]
        matcher = SequenceMatcher(None, old_mid, new_mid, autojunk=False)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            at = head + i1
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), at, at + i2 - i1 - 1)
                del self.lines[at : at + i2 - i1]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), at, at + j2 - j1 - 1)
                self.lines[at:at] = new[head + j1 : head + j2]
                self.endInsertRows()
        self.lines = new  # the same keys in the same order; the new objects
        self._positions = None
        if new and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(new) - 1, self.columnCount() - 1)
            )

    def rows_changed(
        self, row_ids: frozenset[int], fields: frozenset[str] | None = None
    ) -> list[int]:
        """Repaint the rows with these ids (their objects were updated): for a few rows
        only the cells of the changed fields (Qt repaints a single cell's rectangle, but the
        whole view for a range), for many rows one ``dataChanged`` per run of neighbours.
        Returns the positions."""
        positions = sorted(p for i in row_ids if (p := self.position_of(i)) is not None)
        if self._index is not None and row_ids:
            self._index = None  # the words changed: made again at the next search
        if not positions or self.layout is None:
            return positions
        by_field = {c.field.value: n for n, c in enumerate(self.layout.columns, start=1)}
        columns = (
            sorted(by_field[f] for f in fields)
            if fields and all(f in by_field for f in fields)
            else list(range(self.columnCount()))  # status, priority ...: the whole row
        )
        if len(positions) * len(columns) <= 64:
            for position in positions:
                for column in columns:
                    cell = self.index(position, column)
                    self.dataChanged.emit(cell, cell)
            return positions
        last_column = self.columnCount() - 1
        start: int | None = None
        previous: int | None = None  # set whenever start is
        for at in [*positions, None]:  # None: the end, which closes the last run
            if start is not None and previous is not None and (at is None or at != previous + 1):
                self.dataChanged.emit(self.index(start, 0), self.index(previous, last_column))
                start = None
            if at is not None and start is None:
                start = at
            previous = at
        return positions

    def themes_changed(self, theme_ids: frozenset[int]) -> None:
        for position, line in enumerate(self.lines):
            if line.row is None and line.theme.id in theme_ids:
                self.dataChanged.emit(self.index(position, 0), self.index(position, 0))

    def position_of(self, row_id: int) -> int | None:
        if self._positions is None:
            self._positions = {
                line.row.id: p
                for p, line in enumerate(self.lines)
                if line.row is not None and line.row.id is not None
            }
        return self._positions.get(row_id)

    WARM_STEP = 2_000  # rows per idle step: a few milliseconds, never felt while typing

    def _warm_later(self) -> None:
        """Make the rows' search texts while the window is idle, a few thousand per step, then
        the search index, so that the first search over 50,000 rows waits for neither."""
        self._warm_rows = [line.row for line in self.all_lines if line.row is not None]
        self._warming.start()

    def _warm_step(self) -> None:
        step, self._warm_rows = (
            self._warm_rows[: self.WARM_STEP],
            self._warm_rows[self.WARM_STEP :],
        )
        searchable_texts(step)
        if not self._warm_rows:
            self._warming.stop()
            self.search_index()  # and the index of them: the first search only searches

    def search_index(self) -> SearchIndex:
        """The search index of every row shown, made at the first search."""
        if self._index is None or self._index_of is not self.all_lines:
            rows = [line.row for line in self.all_lines if line.row is not None]
            self._index, self._index_of = SearchIndex(rows), self.all_lines
        return self._index

    def _filtered(self) -> list[Line]:
        keep = self.keep
        if keep is None:
            return list(self.all_lines)
        if self._ids_of is not self.all_lines:  # the row ids, read once per set of lines
            self._ids = [line.row.id if line.row is not None else None for line in self.all_lines]
            self._ids_of = self.all_lines
        return [
            line
            for line, ident in zip(self.all_lines, self._ids, strict=True)
            if ident is None or ident in keep
        ]

    def fields(self) -> list[Field]:
        return list(self.layout.fields) if self.layout else []

    def line(self, index: Index) -> Line | None:
        return (
            self.lines[index.row()] if index.isValid() and index.row() < len(self.lines) else None
        )

    def row_position(self, row_id: int) -> int | None:
        return self.position_of(row_id)

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
            return self.layout.number_heading or "nr"
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
        if role == Qt.ItemDataRole.BackgroundRole and field is not None:
            if self.highlight:
                text = to_plain(row.value(field)).lower()
                if any(word in text for word in self.highlight):
                    return QBrush(HIT)
            if field == Field.PERIOD and self.out_of_year is not None and self.out_of_year(row):
                return QBrush(OUT_OF_YEAR)
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
        if self.read_only:
            return base | Qt.ItemFlag.ItemIsDragEnabled
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

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        from jaarplanner.ui.navigator import ROWS_MIME

        ids: list[int] = []
        for index in indexes:
            line = self.line(index)
            row_id = line.row.id if line is not None and line.row is not None else None
            if row_id is not None and row_id not in ids:
                ids.append(row_id)
        data = QMimeData()
        data.setData(ROWS_MIME, ",".join(str(i) for i in ids).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
