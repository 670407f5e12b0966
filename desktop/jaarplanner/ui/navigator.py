"""The navigator: documents, their parts and themes, with row counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import DocumentData, PartData, ThemeData

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


def _rows_in(theme: ThemeData) -> int:
    return len(theme.rows) + sum(_rows_in(child) for child in theme.themes)


def _item(text: str, payload: object) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(payload, OBJECT_ROLE)
    return item


def _theme_item(theme: ThemeData) -> QStandardItem:
    count = _rows_in(theme)
    label = f"{theme.label} {theme.title}" if theme.label else theme.title
    item = _item(label, theme)
    item.setToolTip(ngettext("{n} row", "{n} rows", count).format(n=count))
    for child in theme.themes:
        item.appendRow(_theme_item(child))
    return item


def _part_item(part: PartData) -> QStandardItem:
    item = _item(part.title, part)
    for theme in part.themes:
        item.appendRow(_theme_item(theme))
    return item


def build_model(documents: list[DocumentData]) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([_("Documents")])
    for document in documents:
        title = _("{title} ({year})").format(title=document.title, year=document.school_year)
        item = _item(title, document)
        for part in document.parts:
            item.appendRow(_part_item(part))
        model.appendRow(item)
    return model
