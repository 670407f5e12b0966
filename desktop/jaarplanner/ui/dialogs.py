"""Small dialogs: *Over Jaarplanner* with the version and licences, help with the keys, and
the Dutch message for an unexpected error (the details go to a log file, never a traceback
on screen)."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import traceback
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from jaarplanner.i18n import _
from jaarplanner.places import data_dir
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


_QUERY = re.compile(r"\[(SQL|parameters): .*?\](?=\s*(\(|\[|$))", re.S)


def log_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """Write the details of an unexpected error to the log; return the log's path."""
    folder = data_dir() / "logboek"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "fouten.log"
    # owner only; the statements and values of database errors (document text) are left out
    handle = os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a")
    os.chmod(path, 0o600)
    with handle:
        handle.write(
            f"\n== {dt.datetime.now().isoformat(timespec='seconds')} {APP_NAME} {__version__}\n"
        )
        details = "".join(traceback.format_exception(kind, error, trace))
        handle.write(
            re.sub(r"\[(SQL|parameters): .*?\](?=\s*(\(|\[|$))", r"[\1: …]", details, flags=re.S)
        )
    return str(path)


def unexpected_error(
    parent: QWidget | None,
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
) -> None:
    path = log_error(kind, error, trace)
    QMessageBox.critical(
        parent,
        APP_NAME,
        _(
            "Something went wrong that Jaarplanner did not expect. Your work so far has been "
            "saved. The details are in {path}; please send that file to your administrator."
        ).format(path=path),
    )


def first_run_choice(parent: QWidget | None = None) -> str | None:
    """On the very first start: an empty database, or the example? None: the user stopped."""
    box = QMessageBox(parent)
    box.setWindowTitle(APP_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        _(
            "Welcome to Jaarplanner. Do you want to start with an empty database, or "
            "look around in the example first?"
        )
    )
    empty = box.addButton(_("New, empty"), QMessageBox.ButtonRole.AcceptRole)
    example = box.addButton(_("Open the example"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(empty)
    box.exec()
    clicked = box.clickedButton()
    if clicked is empty:
        return "empty"
    if clicked is example:
        return "example"
    return None
