"""Dropping on a view as a mouse drop does: drag-enter, drag-move and drop events at a
place in the view, handled by the view itself (its drop position, its call to the model).
QDrag's own loop cannot be driven offscreen, so the drag's start is its mime data."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot


def drop_on(
    qtbot: QtBot, view: QAbstractItemView, index: QModelIndex, mime, actions: Qt.DropAction
) -> None:
    point = view.visualRect(index).center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted(), "the view refuses this drag"
    move = QDragMoveEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted(), "the view refuses the drop here"
    drop = QDropEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), drop)
    QApplication.sendPostedEvents()  # what the drop queued (no waiting: nothing runs later)
