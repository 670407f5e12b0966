"""How fast the window is there, and how fast it works.

    .venv/bin/python bench/startup.py

Whole processes, timed at the first paint itself (an event filter on the window's first
Paint event, see ``jaarplanner/ui/paint_clock.py``): a bare PySide6 window, Jaarplanner's
first window, the example shown, and a generated database of 50,000 rows shown. In-process:
a cell edit to its commit, the 50,000 rows filtered, with the memory it takes. The whole
path of an edit through the window is in ``bench/editing.py``.
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
# the same bare window, timed at its first paint like Jaarplanner's (paint_clock.py)
BARE_PAINT = (
    "import os, time;"
    "from PySide6.QtWidgets import QApplication, QMainWindow;"
    "from PySide6.QtCore import QEvent, QObject, QTimer;"
    "app = QApplication([]); w = QMainWindow(); w.resize(1280, 720)\n"
    "class F(QObject):\n"
    "    done = False\n"
    "    def eventFilter(self, o, e):\n"
    "        if e.type() == QEvent.Type.Paint and not self.done:\n"
    "            self.done = True; QTimer.singleShot(0, self.report)\n"
    "        return False\n"
    "    def report(self):\n"
    "        t = time.time() - float(os.environ['JAARPLANNER_T0'])\n"
    "        print(f'first-paint {t:.4f}', flush=True); QTimer.singleShot(0, app.quit)\n"
    "f = F(); w.installEventFilter(f); w.show(); app.exec()"
)


def _first_paint(args: list[str], env: dict[str, str], which: str) -> float:
    """Seconds from starting the process to the end of the window's first paint."""
    env = {k: v for k, v in env.items() if k != "JAARPLANNER_QUIT_WHEN_SHOWN"}
    env.update({"JAARPLANNER_FIRST_PAINT": which, "JAARPLANNER_T0": repr(time.time())})
    done = subprocess.run(args, env=env, check=True, capture_output=True, text=True, timeout=120)
    line = next(x for x in done.stdout.splitlines() if x.startswith("first-paint "))
    return float(line.split()[1])


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
        # the modules compiled once, as the installed program has them (PyInstaller bundles
        # the bytecode): where PYTHONDONTWRITEBYTECODE is set, every start would compile ours
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": "offscreen",
        "JAARPLANNER_DATA_DIR": folder,
        "JAARPLANNER_QUIT_WHEN_SHOWN": "1",
    }
    subprocess.run(
        [sys.executable, "-m", "jaarplanner", "--demo", "check"],
        env=env,
        capture_output=True,
        check=True,
    )  # builds the cached example once, and compiles the modules
    bare_runs, painted_runs, shown_runs = [], [], []
    for _ in range(5):  # interleaved, so all see the same machine
        bare_runs.append(_first_paint([sys.executable, "-c", BARE_PAINT], env, "bare"))
        jaarplanner = [sys.executable, "-m", "jaarplanner", "--demo"]
        painted_runs.append(_first_paint(jaarplanner, env, "opening"))
        shown_runs.append(_first_paint(jaarplanner, env, "window"))
    bare = statistics.median(bare_runs)
    painted, shown = statistics.median(painted_runs), statistics.median(shown_runs)
    print(
        f"at the first paint: bare PySide6 window {bare:.3f} s; Jaarplanner's first window "
        f"{painted:.3f} s ({painted / bare:.2f}x); the example shown {shown:.2f} s "
        f"({shown / bare:.1f}x)"
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
    big_shown = statistics.median(
        _first_paint([sys.executable, "-m", "jaarplanner", "--database", str(big)], env, "window")
        for _ in range(2)
    )
    from jaarplanner.ui.main_window import MainWindow

    db = open_database(big)
    window = MainWindow(db)
    document = window.tree_model.index(0, 0)
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0, document))
    app.processEvents()
    while window.rows_model._warming.isActive():  # the moments before she starts to type
        app.processEvents()
    start = time.perf_counter()
    window.search.setText("overleg 17-3")
    window.apply_search()  # at once, without the pause in typing the window waits for
    filtered = time.perf_counter() - start
    memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"50,000 rows: the window shown at its first paint {big_shown:.2f} s, "
        f"filter {filtered * 1000:.0f} ms, memory {memory:.0f} MB"
    )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
