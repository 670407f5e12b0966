"""How fast the window is there, and how fast it works.

    .venv/bin/python bench/startup.py

Whole processes: a bare PySide6 window, and Jaarplanner on a fresh copy of the example
(shown with the example loaded). In-process: a cell edit to its commit, and a generated
database of 50,000 rows opened and filtered, with the memory it takes.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow;"
    "from PySide6.QtCore import QTimer;"
    "app = QApplication([]); w = QMainWindow(); w.show();"
    "QTimer.singleShot(0, app.quit); app.exec()"
)


def _process(args: list[str], env: dict[str, str], times: int = 5) -> float:
    runs = []
    for _ in range(times):
        start = time.perf_counter()
        subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def _big_database(path: Path, rows: int) -> None:
    from jaarplanner.importers.seeds import layout
    from jaarplanner.model.document import (
        DocumentData,
        OrganisationData,
        PartData,
        RowData,
        ThemeData,
    )
    from jaarplanner.model.values import Field
    from jaarplanner.services.imports import import_documents
    from jaarplanner.storage.database import open_database

    part = layout("themed-table").part("jaarkalender")
    themes = []
    for t in range(50):
        themes.append(
            ThemeData(
                title=f"Thema {t + 1}",
                rows=[
                    RowData(
                        fields={
                            Field.PERIOD: "sept-dec 2025",
                            Field.WHAT: f"Activiteit {t}-{r} overleg met scholen",
                            Field.WHO: "Adviseur",
                            Field.RESULT: "Een afgesproken resultaat",
                        }
                    )
                    for r in range(rows // 50)
                ],
            )
        )
    document = DocumentData(
        OrganisationData("SWV Groot"),
        "2025-2026",
        "Groot jaarplan",
        "themed-table",
        parts=[PartData("jaarkalender", "Jaarkalender", part, themes=themes)],
    )
    db = open_database(path)
    import_documents(db, [document])
    db.close()


def main() -> int:
    folder = tempfile.mkdtemp()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JAARPLANNER_DATA_DIR": folder,
        "JAARPLANNER_QUIT_WHEN_SHOWN": "1",
    }
    subprocess.run(
        [sys.executable, "-m", "jaarplanner", "--demo", "check"],
        env=env,
        capture_output=True,
        check=True,
    )  # builds the cached example once
    bare_runs, painted_runs = [], []
    for _ in range(15):  # interleaved, so both see the same machine
        bare_runs.append(_process([sys.executable, "-c", BARE], env, times=1))
        painted_runs.append(
            _process(
                [sys.executable, "-m", "jaarplanner", "--demo"],
                {**env, "JAARPLANNER_QUIT_WHEN_PAINTED": "1"},
                times=1,
            )
        )
    bare, painted = statistics.median(bare_runs), statistics.median(painted_runs)
    print(
        f"bare PySide6 window: {bare:.2f} s; Jaarplanner's first painted window: "
        f"{painted:.2f} s ({painted / bare:.1f}x)"
    )
    shown = _process([sys.executable, "-m", "jaarplanner", "--demo"], env)
    print(
        f"bare PySide6 window: {bare:.2f} s; Jaarplanner with the example shown: "
        f"{shown:.2f} s ({shown / bare:.1f}x)"
    )

    os.environ.update({"QT_QPA_PLATFORM": "offscreen", "JAARPLANNER_DATA_DIR": folder})
    from PySide6.QtWidgets import QApplication

    from jaarplanner.demo import demo_copy
    from jaarplanner.model.values import Field
    from jaarplanner.services.documents import list_documents, load_document
    from jaarplanner.services.rows import edit_field
    from jaarplanner.storage.database import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(demo_copy())
    concept = next(d for d in list_documents(db) if d.state.value == "concept")
    row = load_document(db, concept.id).parts[0].all_rows()[0]
    edits = []
    for n in range(200):
        start = time.perf_counter()
        edit_field(db, row.id, Field.WHO, f"Adviseur {n}")
        edits.append(time.perf_counter() - start)
    db.close()
    print(
        f"cell edit to commit (SQLite, synchronous=FULL): median "
        f"{statistics.median(edits) * 1000:.1f} ms"
    )

    big = Path(folder) / "groot.sqlite"
    _big_database(big, 50_000)
    from jaarplanner.ui.main_window import MainWindow

    start = time.perf_counter()
    db = open_database(big)
    window = MainWindow(db)
    document = window.tree_model.index(0, 0)
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0, document))
    app.processEvents()
    opened = time.perf_counter() - start
    start = time.perf_counter()
    window.search.setText("overleg 17-3")
    filtered = time.perf_counter() - start
    memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"50,000 rows: open and show {opened:.2f} s, filter {filtered * 1000:.0f} ms, "
        f"memory {memory:.0f} MB"
    )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
