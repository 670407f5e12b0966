"""Small dialogs: *Over Jaarplanner* with the version and licences, help with the keys, and
the Dutch message for an unexpected error (the details go to a log file, never a traceback
on screen)."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from jaarplanner.i18n import _
from jaarplanner.version import APP_NAME, PUBLISHER, __version__


def about(parent: QWidget) -> None:
    from jaarplanner.resources import base_dir

    folder = str(base_dir())
    QMessageBox.about(
        parent,
        _("About {app}").format(app=APP_NAME),
        _(
            "<h3>{app} {version}</h3>"
            "<p>Year calendar and year plan for samenwerkingsverbanden passend onderwijs.</p>"
            "<p>Made by {publisher}.</p>"
            "<p>Uses Qt (LGPL 3, through PySide6), SQLAlchemy and Alembic (MIT), ReportLab "
            "(BSD), Babel (BSD), python-docx and openpyxl (MIT), icalendar (BSD), psycopg "
            "(LGPL 3). Fonts: Carlito (SIL Open Font License), DejaVu Sans (free licence), "
            "Symbola (free for any use). The licence texts are in the folders "
            "<i>licenses</i>, <i>resources/licenses</i> and <i>resources/fonts</i> in "
            "{folder}.</p>"
        ).format(
            app=APP_NAME, version=__version__, publisher=PUBLISHER, folder=html.escape(folder)
        ),
    )


def keys_help(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        _("Help"),
        _(
            "<p><b>Editing</b>: F2, Enter or just typing edits a cell; Ctrl+B, Ctrl+I and Ctrl+U "
            "make text bold, italic or underlined; Enter in the period cell saves it.</p>"
            "<p><b>Rows</b>: Ctrl+Enter adds a row, Ctrl+Shift+Enter inserts one above, Ctrl+D "
            "duplicates, Del deletes, Alt+Up and Alt+Down move; Ctrl+C and Ctrl+V copy and "
            "paste rows as a table for Word or Excel.</p>"
            "<p><b>Always</b>: Ctrl+Z undoes, Ctrl+Y redoes; every change is saved at once. "
            "Ctrl+F searches, Ctrl+P exports a PDF.</p>"
        ),
    )


def log_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """Write the details of an unexpected error to the log; return the log's path."""
    from jaarplanner import logs

    path = logs.setup() or logs.log_file()
    logging.getLogger("jaarplanner.ui").critical("unexpected error", exc_info=(kind, error, trace))
    return str(path)


def unexpected_error(
    parent: QWidget | None,
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
) -> None:
    path = log_error(kind, error, trace)
    buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close
    answer = QMessageBox.critical(
        parent,
        APP_NAME,
        _(
            "Something went wrong that Jaarplanner did not expect. Your work so far has been "
            "saved. The details are in the log {path}; please send that file to your "
            "administrator. Open the folder with the log?"
        ).format(path=path),
        buttons,
        QMessageBox.StandardButton.Close,
    )
    if answer == QMessageBox.StandardButton.Open:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
