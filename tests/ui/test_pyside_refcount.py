"""PySide6 6.12.0 on Python 3.11 releases ``None`` once too often in Python overrides of
virtual methods and in ``index.data()``; on a big table that aborts the program within
seconds. pyproject.toml keeps PySide6 below 6.12; this test fails on a version that has
the fault, so an upgrade cannot bring the crash back unnoticed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 20

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


class _Delegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        index.model()
        return super().sizeHint(option, index)


def test_none_is_not_released_too_often(qtbot: QtBot) -> None:
    model = _Model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(_Delegate(view))
    before = sys.getrefcount(None)
    for _ in range(200):
        view.resizeRowsToContents()
    index = model.index(1, 1)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) - before > -100
