"""For bench/startup.py: the moment a window is first painted, measured at the paint
itself (an event filter on the window's first Paint event; the time is printed when that
paint pass is over, and the program ends).

JAARPLANNER_FIRST_PAINT names the window ("opening" or "window"), JAARPLANNER_T0 holds the
wall-clock time at which the benchmark started the process."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def wanted(which: str) -> bool:
    return os.environ.get("JAARPLANNER_FIRST_PAINT") == which


class FirstPaint(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)  # after this paint pass (children included)
        return False

    def report(self) -> None:
        started = float(os.environ.get("JAARPLANNER_T0", "0") or 0)
        print(f"first-paint {time.time() - started:.4f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)  # once the event loop runs, if not yet
