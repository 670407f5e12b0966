"""Starting the program: the Qt application, the database, the main window."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from jaarplanner.errors import DamagedDatabaseError, UserError
from jaarplanner.i18n import _
from jaarplanner.version import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMainWindow


def run(database: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from jaarplanner import i18n, logs

    logs.setup()
    i18n.install()  # Dutch (or the environment's language) for a failure before the settings
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    # before anything else starts: a failure from here on is the Dutch dialog and the log
    sys.excepthook = _on_error
    logging.getLogger("jaarplanner.ui").info("%s %s starts", APP_NAME, __version__)
    try:
        return _start(app, database)
    except Exception:
        _on_error(*sys.exc_info())
        return 1


def _on_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    from PySide6.QtWidgets import QApplication

    from jaarplanner.ui.dialogs import unexpected_error

    unexpected_error(QApplication.activeWindow(), kind, error, trace)


def _start(app: QApplication, database: str | None) -> int:
    from PySide6.QtWidgets import QMessageBox

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
    from jaarplanner.ui import paint_clock

    if paint_clock.wanted("opening"):
        return app.exec()  # ends at the opening window's first paint
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

    window.restore_layout()
    if paint_clock.wanted("window"):
        paint_clock.FirstPaint(window)
    window.show()
    opening.close()
    if os.environ.get("JAARPLANNER_QUIT_WHEN_SHOWN"):  # for bench/startup.py
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    from jaarplanner.ui.clipboard import hand_over_at_exit

    app.aboutToQuit.connect(hand_over_at_exit)
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
        screen = QApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None:
            window.resize(1280, 720)
        else:  # the first window fits the screen's free area (a 768-pixel screen too)
            window.resize(min(1280, area.width()), min(760, area.height() - 40))
    if os.environ.get("JAARPLANNER_FIRST_PAINT") == "opening":
        from jaarplanner.ui.paint_clock import FirstPaint

        FirstPaint(window)
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
    """The database to open: the one asked for, the last one used, or (``None``) the
    default one; a new user meets the start page there, with the example one click away."""
    from pathlib import Path

    from PySide6.QtCore import QSettings

    if given is not None:
        return given
    from jaarplanner.demo import is_demo_copy

    last = QSettings().value("database/last")
    if last and Path(str(last)).exists() and not is_demo_copy(str(last)):
        return str(last)
    return None
