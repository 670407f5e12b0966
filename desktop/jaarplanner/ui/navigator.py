"""The navigator: documents, their parts and themes, with row counts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import DocumentData, PartData, ThemeData
from jaarplanner.ui.document_labels import OrganisationGroup, decorate, document_label, grouped

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
ROWS_MIME = "application/x-jaarplanner-rows"
THEME_MIME = "application/x-jaarplanner-theme"


class NavigatorModel(QStandardItemModel):
    """The navigator's items. Rows dragged from the table can be dropped on a theme (they
    move there); a theme dragged onto another theme moves just before it."""

    def __init__(self) -> None:
        super().__init__()
        self.on_drop: Callable[[list[int], int], None] | None = None
        self.on_theme_drop: Callable[[int, int], None] | None = None
        self.hits: dict[int, int] | None = None  # searched theme id -> rows found in it

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and self.hits is not None:
            theme = super().data(index, OBJECT_ROLE)
            searched = isinstance(theme, ThemeData) and theme.id is not None
            count = self.hits.get(theme.id) if searched else None
            if count is not None:  # a theme the search looked in
                return f"{value} — " + ngettext("{n} hit", "{n} hits", count).format(n=count)
        return value

    def show_hits(self, hits: dict[int, int] | None) -> None:
        """Show (or, with None, stop showing) how many rows the search found per theme."""
        if hits == self.hits:
            return
        self.hits = hits
        self._repaint_themes(QModelIndex())

    def _repaint_themes(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows:
            self.dataChanged.emit(
                self.index(0, 0, parent),
                self.index(rows - 1, 0, parent),
                [Qt.ItemDataRole.DisplayRole],
            )
        for row in range(rows):
            self._repaint_themes(self.index(row, 0, parent))

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME, THEME_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        themes = [i.data(OBJECT_ROLE) for i in indexes]
        themes = [t for t in themes if isinstance(t, ThemeData) and t.id is not None]
        if themes:
            data.setData(THEME_MIME, str(themes[0].id).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _theme_at(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex
    ) -> ThemeData | None:
        index = parent if row < 0 else self.index(row, column, parent)
        payload = index.data(OBJECT_ROLE) if index.isValid() else None
        return payload if isinstance(payload, ThemeData) else None

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        target = self._theme_at(row, column, parent)
        if target is None:
            return False
        if data.hasFormat(THEME_MIME):
            return bytes(data.data(THEME_MIME).data()).decode() != str(target.id)
        return data.hasFormat(ROWS_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        theme = self._theme_at(row, column, parent)
        if theme is None or theme.id is None:
            return False
        if data.hasFormat(THEME_MIME) and self.on_theme_drop is not None:
            moved = int(bytes(data.data(THEME_MIME).data()).decode())
            if moved != theme.id:
                self.on_theme_drop(moved, theme.id)
            return False
        if data.hasFormat(ROWS_MIME) and self.on_drop is not None:
            ids = [int(x) for x in bytes(data.data(ROWS_MIME).data()).decode().split(",") if x]
            self.on_drop(ids, theme.id)
        return False  # the views reload from the database; Qt must not remove anything


def _rows_in(theme: ThemeData) -> int:
    return len(theme.rows) + sum(_rows_in(child) for child in theme.themes)


def _item(text: str, payload: object) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setDropEnabled(False)
    item.setDragEnabled(False)
    item.setData(payload, OBJECT_ROLE)
    return item


def theme_text(theme: ThemeData) -> str:
    label = f"{theme.label} {theme.title}" if theme.label else theme.title
    return f"{label} ({_rows_in(theme)})"


def _decorate(item: QStandardItem, payload: object) -> None:
    """Text, tooltip and drag rules of an item for its (new) payload."""
    if isinstance(payload, ThemeData):
        count = _rows_in(payload)
        item.setDropEnabled(True)
        item.setDragEnabled(True)
        tip = ngettext("{n} row", "{n} rows", count).format(n=count)
        if item.toolTip() != tip:
            item.setToolTip(tip)
        text = theme_text(payload)
    elif isinstance(payload, PartData):
        text = payload.title
    elif isinstance(payload, DocumentData):
        text = document_label(payload)  # the school year first, the state as an icon
        decorate(item, payload)
    elif isinstance(payload, OrganisationGroup):
        text = payload.id
        item.setDropEnabled(False)
        item.setDragEnabled(False)
    else:
        text = str(payload)
    if item.text() != text:
        item.setText(text)
    item.setData(payload, OBJECT_ROLE)


def key_of(payload: object) -> tuple[str, int]:
    return (type(payload).__name__, getattr(payload, "id", None) or id(payload))


def _children(payload: object) -> list[object]:
    if isinstance(payload, OrganisationGroup):
        return list(payload.documents)
    if isinstance(payload, DocumentData):
        return list(payload.parts)
    if isinstance(payload, (PartData, ThemeData)):
        return list(payload.themes)
    return []


def sync_children(parent: QStandardItem, payloads: list[object]) -> None:
    """Make ``parent``'s children show ``payloads`` in this order, item by item: an item
    whose object is still there is updated (text, payload), kept with its expansion and
    selection; new ones are inserted, gone ones taken out. Never a ``clear()``."""
    wanted = [key_of(p) for p in payloads]
    wanted_set = set(wanted)
    for row in reversed(range(parent.rowCount())):
        child = parent.child(row)
        if key_of(child.data(OBJECT_ROLE)) not in wanted_set:
            parent.removeRow(row)
    for position, payload in enumerate(payloads):
        key = wanted[position]
        found = None
        for row in range(position, parent.rowCount()):
            if key_of(parent.child(row).data(OBJECT_ROLE)) == key:
                found = row
                break
        if found is None:
            item = _item("", payload)
            parent.insertRow(position, [item])
        elif found != position:
            parent.insertRow(position, parent.takeRow(found))
        item = parent.child(position)
        _decorate(item, payload)
        sync_children(item, _children(payload))


class _Root:
    """The invisible root as a QStandardItem-like parent for ``sync_children``."""

    def __init__(self, model: QStandardItemModel) -> None:
        self.model = model

    def rowCount(self) -> int:
        return self.model.rowCount()

    def child(self, row: int) -> QStandardItem:
        return self.model.item(row)

    def removeRow(self, row: int) -> None:
        self.model.removeRow(row)

    def insertRow(self, row: int, item: QStandardItem | list[QStandardItem]) -> None:
        self.model.insertRow(row, item)

    def takeRow(self, row: int) -> list[QStandardItem]:
        return self.model.takeRow(row)


def sync_model(model: QStandardItemModel, documents: list[DocumentData]) -> None:
    # Documents under their organisation when the database holds more than one.
    sync_children(_Root(model), grouped(documents))  # type: ignore[arg-type]


def build_model(documents: list[DocumentData]) -> NavigatorModel:
    model = NavigatorModel()
    model.setHorizontalHeaderLabels([_("Documents")])
    sync_model(model, documents)
    return model
