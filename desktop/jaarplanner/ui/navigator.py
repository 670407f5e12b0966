"""The navigator: documents, their parts and themes, with row counts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import DocumentData, PartData, ThemeData
from jaarplanner.ui.document_labels import decorate, document_label, organisation_groups

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

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME, THEME_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
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
            return bytes(data.data(THEME_MIME)).decode() != str(target.id)
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
            moved = int(bytes(data.data(THEME_MIME)).decode())
            if moved != theme.id:
                self.on_theme_drop(moved, theme.id)
            return False
        if data.hasFormat(ROWS_MIME) and self.on_drop is not None:
            ids = [int(x) for x in bytes(data.data(ROWS_MIME)).decode().split(",") if x]
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


def _theme_item(theme: ThemeData) -> QStandardItem:
    count = _rows_in(theme)
    label = f"{theme.label} {theme.title}" if theme.label else theme.title
    item = _item(f"{label} ({count})", theme)
    item.setDropEnabled(True)
    item.setDragEnabled(True)
    item.setToolTip(ngettext("{n} row", "{n} rows", count).format(n=count))
    for child in theme.themes:
        item.appendRow(_theme_item(child))
    return item


def _part_item(part: PartData) -> QStandardItem:
    item = _item(part.title, part)
    for theme in part.themes:
        item.appendRow(_theme_item(theme))
    return item


def build_model(documents: list[DocumentData]) -> NavigatorModel:
    model = NavigatorModel()
    model.setHorizontalHeaderLabels([_("Documents")])
    groups = organisation_groups(documents)  # issue 17: labels and grouping
    for document in documents:
        item = _item(document_label(document), document)
        decorate(item, document)
        for part in document.parts:
            item.appendRow(_part_item(part))
        (groups[document.organisation.name] if groups else model).appendRow(item)
    for group in groups.values():
        model.appendRow(group)
    return model
