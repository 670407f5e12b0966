"""The whole visible path of a cell edit, through the real window: the key that commits a
typed text (Tab) to the end of the table's next paint, on the example, 5,000 and 50,000
rows; and the memory over 100 edits.

    .venv/bin/python bench/editing.py

Offscreen (QT_QPA_PLATFORM=offscreen), so the paint is Qt's own drawing into the window's
backing store; a real screen adds its compositor's frame.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


class PaintWatch(QObject):
    """Notes the time at which a widget's paint event has been handled."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            # the paint runs after this filter; the time is taken right after it (below)
            QApplication.instance().postEvent(self, QEvent(QEvent.Type.User))
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            self.painted_at = time.perf_counter()
            return True
        return super().event(event)


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def edit_path(window, runs: int) -> list[float]:
    """ms from the Tab that commits a typed word to the repainted cell."""
    app = QApplication.instance()
    table, model = window.table, window.rows_model
    position = next(p for p, line in enumerate(model.lines) if line.row is not None)
    watch = PaintWatch()
    table.viewport().installEventFilter(watch)
    times = []
    for n in range(runs):
        table.setCurrentIndex(model.index(position, 3))
        table.setFocus()
        app.processEvents()
        QTest.keyClick(table, Qt.Key.Key_F2)
        QTest.keyClicks(app.focusWidget(), f" {n}")
        app.processEvents()
        watch.painted_at = None
        start = time.perf_counter()
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
        while watch.painted_at is None:
            app.processEvents()
            if time.perf_counter() - start > 5:
                raise RuntimeError("the table was not painted again")
        times.append((watch.painted_at - start) * 1000)
    table.viewport().removeEventFilter(watch)
    return times


def open_window(path: Path):
    from jaarplanner.storage.database import open_database
    from jaarplanner.ui.main_window import MainWindow

    db = open_database(path)
    window = MainWindow(db)
    window.resize(1366, 740)
    window.show()
    document = window.tree_model.index(0, 0)
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0, document))
    QApplication.instance().processEvents()
    return window, db


def main() -> int:
    folder = tempfile.mkdtemp()
    os.environ["JAARPLANNER_DATA_DIR"] = folder
    app = QApplication.instance() or QApplication([])
    from startup import _big_database

    from jaarplanner.demo import demo_copy

    sizes = [("the example", demo_copy())]
    for rows in (5_000, 50_000):
        path = Path(folder) / f"rows-{rows}.sqlite"
        _big_database(path, rows)
        sizes.append((f"{rows:,} rows", path))
    for name, path in sizes:
        window, db = open_window(path)
        times = edit_path(window, 30)
        print(
            f"{name}: Tab to repainted cell median {statistics.median(times):.1f} ms "
            f"(min {min(times):.1f}, max {max(times):.1f})"
        )
        if name == "5,000 rows":
            edit_path(window, 1)
            gc.collect()
            first = rss_mb()
            edit_path(window, 100)
            gc.collect()
            after = rss_mb()
            print(
                f"{name}: memory after the first edit {first:.0f} MB, after 100 more "
                f"{after:.0f} MB ({(after / first - 1) * 100:+.1f} %)"
            )
        window.close()
        db.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
