"""Undo and redo: every change is one service call, wrapped in one command on a QUndoStack.

The service call runs *before* the command is pushed, so a refused change (a Dutch
``UserError``) never reaches the stack; undo and redo both call ``change.revert``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from jaarplanner.errors import ConflictError, UserError
from jaarplanner.i18n import _
from jaarplanner.services.changes import Change
from jaarplanner.storage.database import Database

Action = Callable[[Database], Change]


class ChangeCommand(QUndoCommand):
    MERGING = 1  # the id of commands that may combine (one typing session in one text)

    def __init__(self, history: History, change: Change, session: object | None = None) -> None:
        super().__init__(change.label)
        self.history = history
        self.change = change
        self.session = session
        self.applied = True  # the service call has already been made

    def id(self) -> int:
        mergeable = self.session is not None and self.change.merge_key is not None
        return self.MERGING if mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """The same text saved again in the same typing session: one step, from the oldest
        before to the newest after; no step at all when the text is back as it was."""
        if not isinstance(other, ChangeCommand) or other.session is not self.session:
            return False
        if other.change.merge_key != self.change.merge_key or self.change.merge_with is None:
            return False
        merged = self.change.merge_with(other.change)
        if merged is None:
            self.setObsolete(True)
        else:
            self.change = merged
        return True

    def redo(self) -> None:
        if self.applied:
            self.applied = False  # QUndoStack.push calls redo once; the change is done
            return
        self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        """Undo or redo: the stored change's own reversal. When somebody else changed the
        same thing since, the user sees both and chooses; a step that cannot be made any
        more (the other's text kept, the row deleted) leaves the undo history."""
        try:
            self.change = self.history.run(self.change.revert)
        except ConflictError as error:
            from jaarplanner.ui.conflict_dialog import resolve_conflict

            if error.retry is not None and resolve_conflict(self.history.window, error):
                self.change = self.history.run(error.retry)
            else:
                self.setObsolete(True)
                self.history.publish(None)
        except UserError as error:
            QMessageBox.warning(self.history.window, _("Not possible"), str(error))
            self.setObsolete(True)
            self.history.publish(None)


class History(QObject):
    """The program's undo stack over one database. Every change made, undone or redone goes
    to ``publish`` (the window's store, which tells the views what it touched); ``changed``
    then says it is done, with the change (None: unknown, everything was read again)."""

    changed = Signal(object)  # the Change, or None

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.stack = QUndoStack(self)
        self.window = parent
        self.publisher: Callable[[Change | None], None] | None = None

    def publish(self, change: Change | None) -> None:
        if self.publisher is not None:
            self.publisher(change)
        self.changed.emit(change)

    def run(self, action: Action) -> Change:
        change = action(self.db)
        self.publish(change)
        return change

    def perform(self, action: Action, session: object | None = None) -> Change | None:
        """Make a change; on a refusal show the Dutch reason and change nothing. Changes of
        one text made in the same typing ``session`` (any object) make one undo step."""
        try:
            change = action(self.db)
        except ConflictError as error:
            from jaarplanner.ui.conflict_dialog import resolve_conflict

            if error.retry is not None and resolve_conflict(self.window, error):
                return self.perform(error.retry, session)
            self.publish(None)  # show what is stored now
            return None
        except UserError as error:
            QMessageBox.warning(self.window, _("Not possible"), str(error))
            return None
        self.stack.push(ChangeCommand(self, change, session))
        self.publish(change)
        return change
