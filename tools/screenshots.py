"""Screenshots of the main window with the example open, for docs/ (offscreen): at
1366×768 (100 %), and a 1920×1080 screen at 150 % (QT_SCALE_FACTOR=1.5: the window is
1280×720 in Qt's own pixels, the picture 1920×1080).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shoot(scaled: bool) -> None:
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
    size, name = ((1280, 720), "1920x1080-150") if scaled else ((1366, 768), "1366x768")
    window.resize(*size)
    window.show()
    window.fit_panels()
    app.processEvents()
    window.table.fit_columns()
    window.table.measure_rows()
    window.table.setCurrentIndex(window.rows_model.index(1, 2))
    window.table.setFocus()
    app.processEvents()
    target = ROOT / "docs" / f"main-window-{name}.png"
    window.grab().save(str(target))
    print(target)
    if not scaled:
        window.views.setCurrentWidget(window.calendar)
        app.processEvents()
        target = ROOT / "docs" / "calendar-1366x768.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    db.close()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scaled = "--scaled" in sys.argv
    if not scaled:  # the 150 % picture in its own process: the scale is fixed at start
        env = {**os.environ, "QT_SCALE_FACTOR": "1.5"}
        subprocess.run([sys.executable, __file__, "--scaled"], env=env, check=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JAARPLANNER_DATA_DIR"] = folder
        shoot(scaled)
    return 0


if __name__ == "__main__":
    sys.exit(main())
