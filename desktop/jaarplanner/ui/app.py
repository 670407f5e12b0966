"""Starting the program: the Qt application, the database, the main window."""

from __future__ import annotations

import sys

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.version import APP_NAME, __version__


def run(database: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    from jaarplanner.storage.database import open_database

    try:
        db = open_database(database)
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    from jaarplanner.ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()


def window_title(database_name: str) -> str:
    return _("{app} — {database}").format(app=APP_NAME, database=database_name)
