"""Screenshots of the main window with the example open, for docs/ (offscreen).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JAARPLANNER_DATA_DIR"] = folder
        from PySide6.QtWidgets import QApplication

        from jaarplanner import i18n
        from jaarplanner.demo import demo_copy
        from jaarplanner.storage.database import open_database
        from jaarplanner.ui.main_window import MainWindow
        from jaarplanner.ui.navigator import OBJECT_ROLE

        i18n.install("nl")
        app = QApplication.instance() or QApplication(sys.argv)
        db = open_database(demo_copy())
        window = MainWindow(db)
        model = window.tree_model
        for row in range(model.rowCount()):
            document = model.index(row, 0)
            data = document.data(OBJECT_ROLE)
            if data.school_year == "2026-2027" and data.layout == "themed-table":
                window.navigator.setCurrentIndex(model.index(0, 0, document))
        for width, height in ((1366, 768), (1920, 1080)):
            window.resize(width, height)
            window.show()
            app.processEvents()
            window.table.after_reset()
            app.processEvents()
            target = ROOT / "docs" / f"main-window-{width}x{height}.png"
            window.grab().save(str(target))
            print(target)
        window.resize(1366, 768)
        window.views.setCurrentWidget(window.calendar)
        app.processEvents()
        target = ROOT / "docs" / "calendar-1366x768.png"
        window.grab().save(str(target))
        print(target)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
