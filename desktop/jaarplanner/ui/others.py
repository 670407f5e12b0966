"""Changes made by somebody else on the same database appear in the window by themselves:
a look every second; when the user is not in the middle of typing (then it waits until the
text is saved) the store reads the data again and the views reconcile by id, so her place
(current cell, scroll, widths, expanded themes) stays."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.storage.watch import ChangeWatcher

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

POLL_MS = 1000


class OthersWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watcher = ChangeWatcher(window.db)
        self.waiting = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> bool:
        """Reload when somebody else changed something; True when it did."""
        if self.watcher.changed():
            self.waiting = True
        if not self.waiting or self._busy():
            return False
        self.waiting = False
        window = self.window
        try:  # the same path as a change of our own: the views patch, her place stays
            window.store.publish_remote()
        except UserError:  # the file is locked for a moment: look again at the next tick
            self.waiting = True
            return False
        window.statusBar().showMessage(_("Updated with changes made by somebody else."), 5000)
        return True

    def _busy(self) -> bool:
        window = self.window
        if QApplication.activeModalWidget() is not None:
            return True
        # a details field being typed in is no reason to wait: the panel leaves it alone
        return window.table.state() == QAbstractItemView.State.EditingState

    def own_change(self) -> None:
        self.watcher.absorb()

    def close(self) -> None:
        self.timer.stop()
        self.watcher.close()
