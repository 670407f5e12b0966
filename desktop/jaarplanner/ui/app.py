"""Starting the program: the Qt application, the database, the main window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from jaarplanner.errors import DamagedDatabaseError, UserError
from jaarplanner.i18n import _
from jaarplanner.version import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QMainWindow


def run(database: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    from jaarplanner.ui.language import apply_language, startup_language

    apply_language(app, startup_language())
    app.setWindowIcon(window_icon())
    database = choose_database(database)
    if database == "":
        return 0
    opening = _opening_window()  # painted before the heavy imports (SQLAlchemy, ReportLab)
    if os.environ.get("JAARPLANNER_QUIT_WHEN_PAINTED"):  # for bench/startup.py
        return 0
    from jaarplanner.storage.database import open_database

    try:
        db = open_database(database)
    except DamagedDatabaseError as error:
        from jaarplanner.ui.restore_flow import offer_restore

        restored = offer_restore(opening, error)
        if restored is None:
            return 1
        db = restored
    except UserError as error:
        QMessageBox.critical(opening, APP_NAME, str(error))
        return 1
    from jaarplanner.ui.import_flow import offer_layout_repair
    from jaarplanner.ui.main_window import MainWindow

    offer_layout_repair(db, opening)  # a layout an older version damaged: say so, offer repair
    window = MainWindow(db)
    if db.path is not None:
        from jaarplanner.ui.database_flow import remember

        remember(db.path)

    def on_error(kind, error, trace) -> None:
        from jaarplanner.ui.dialogs import unexpected_error

        unexpected_error(app.activeWindow() or window, kind, error, trace)

    sys.excepthook = on_error
    window.restore_layout()
    window.show()
    opening.close()
    if os.environ.get("JAARPLANNER_QUIT_WHEN_SHOWN"):  # for bench/startup.py
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        db.close()


def _opening_window() -> QMainWindow:
    """A window in the place and size of the last one, saying the database is being
    opened: on screen at once, while the rest of the program loads."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    label = QLabel(_("Opening the database…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    geometry = QSettings().value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1280, 760)
    window.show()
    QApplication.processEvents()
    return window


def window_icon() -> QIcon:
    """The program's icon, in every size that was drawn for it."""
    from PySide6.QtGui import QIcon

    from jaarplanner.resources import icons_dir

    icon = QIcon()
    for path in sorted(icons_dir().glob("jaarplanner-*.png")):
        icon.addFile(str(path))
    return icon


def window_title(database_name: str) -> str:
    return _("{app} — {database}").format(app=APP_NAME, database=database_name)


def choose_database(given: str | None) -> str | None:
    """The database to open: the one asked for, the last one used, or (on the first run)
    an empty one or the example, as the user chooses. ``""``: the user stopped."""
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from jaarplanner.storage.paths import default_database_path

    if given is not None:
        return given
    last = QSettings().value("database/last")
    if last and Path(str(last)).exists():
        return str(last)
    if default_database_path().exists():
        return None
    from jaarplanner.ui.dialogs import first_run_choice

    choice = first_run_choice()
    if choice is None:
        return ""
    if choice == "example":
        from jaarplanner.demo import demo_copy

        return str(demo_copy())
    return None
