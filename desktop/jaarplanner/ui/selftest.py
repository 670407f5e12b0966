"""``jaarplanner --selftest``: does this installation work? (What an IT department runs after
rolling the program out, and what the packaging test runs on the bundle.)

It opens a fresh copy of the example database in a temporary data folder, shows
the main window and the calendar off screen, exports a PDF and checks it. Exit code 0 when
all went well, 1 with a Dutch message otherwise. A watchdog ends the process after a time
limit, so it can never hang, whatever Qt does.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from jaarplanner.i18n import _
from jaarplanner.version import APP_NAME

T = TypeVar("T")


DEFAULT_LIMIT = 120.0  # seconds; JAARPLANNER_SELFTEST_LIMIT overrides it


class SelfTestFailure(Exception):
    """A check found something wrong; the message is for the user."""


def _say(line: str) -> None:
    stream = sys.stdout or sys.stderr  # a windowed program on Windows may have neither
    if stream is not None:
        print(line, file=stream, flush=True)


def _number(value: float) -> str:
    from babel.numbers import format_decimal

    from jaarplanner.i18n import babel_locale

    return format_decimal(value, locale=babel_locale())


def _watchdog(limit: float) -> threading.Timer:
    def give_up() -> None:
        _say(
            _("Self-test failed: it took longer than {seconds} seconds.").format(
                seconds=_number(limit)
            )
        )
        os._exit(1)

    timer = threading.Timer(limit, give_up)
    timer.daemon = True
    timer.start()
    return timer


def run_selftest(limit: float | None = None) -> int:
    """Run every check; return the exit code."""
    if limit is None:
        limit = float(os.environ.get("JAARPLANNER_SELFTEST_LIMIT", DEFAULT_LIMIT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    timer = _watchdog(limit)
    started = time.perf_counter()
    data_dir = os.environ.get("JAARPLANNER_DATA_DIR")
    try:
        with tempfile.TemporaryDirectory(prefix="jaarplanner-zelftest-") as folder:
            os.environ["JAARPLANNER_DATA_DIR"] = folder  # the user's own data stays untouched
            _run_steps(Path(folder))
    except SelfTestFailure as failure:
        _say(_("Self-test failed: {reason}").format(reason=failure))
        return 1
    finally:
        timer.cancel()
        if data_dir is None:
            os.environ.pop("JAARPLANNER_DATA_DIR", None)
        else:
            os.environ["JAARPLANNER_DATA_DIR"] = data_dir
    _say(
        _("Self-test passed in {seconds} seconds.").format(
            seconds=_number(round(time.perf_counter() - started, 1))
        )
    )
    return 0


def _step(title: str, work: Callable[[], T]) -> T:
    try:
        result = work()
    except SelfTestFailure:
        raise
    except Exception as error:  # every failure becomes a message, never a traceback
        raise SelfTestFailure(
            _("{step}: {reason}").format(step=title, reason=f"{type(error).__name__}: {error}")
        ) from error
    _say(f"✓ {title}")
    return result


def _run_steps(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from jaarplanner.demo import demo_copy
    from jaarplanner.i18n import current_language
    from jaarplanner.storage.database import open_database

    database = _step(_("Copy the example database"), demo_copy)
    db = _step(_("Open the database"), lambda: open_database(database, create=False))
    try:
        app = QApplication.instance() or QApplication([sys.argv[0]])
        # settings the window writes go where the program's own go, never to a folder
        # called "Unknown Organization"
        app.setOrganizationName(APP_NAME)
        app.setApplicationName(APP_NAME)
        if not _step(_("Load Qt's own translations"), lambda: _qt_catalog(app, current_language())):
            raise SelfTestFailure(_("Qt's own translations are missing."))
        window = _step(_("Show the main window"), lambda: _main_window(db, app))
        _step(_("Show the calendar"), lambda: _calendar(window, app))
        _step(_("Export a PDF"), lambda: _pdf(window, folder / "zelftest.pdf"))
        window.close()
    finally:
        db.close()


def _qt_catalog(app, language: str) -> bool:
    """Qt's catalog is loaded and answers: its *Cancel* button speaks the language."""
    from PySide6.QtWidgets import QDialogButtonBox

    from jaarplanner.ui.language import apply_language

    if not apply_language(app, language):
        return False
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    return language == "en" or cancel != "Cancel"


def _main_window(db, app):
    from jaarplanner.ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    app.processEvents()
    document = window.current_document() or (window.documents[0] if window.documents else None)
    if document is None:
        raise SelfTestFailure(_("the example database holds no documents."))
    part = next((p for p in document.parts if p.all_rows()), None)
    if part is None:
        raise SelfTestFailure(_("the example document holds no rows."))
    window.select_in_navigator("PartData", part.id)
    app.processEvents()
    if window.rows_model.rowCount() == 0:
        raise SelfTestFailure(_("the table shows no rows."))
    if window.grab().isNull():
        raise SelfTestFailure(_("the main window cannot be drawn."))
    return window


def _calendar(window, app) -> None:
    window.views.setCurrentWidget(window.calendar)
    app.processEvents()
    canvas = window.calendar.canvas
    rows = [line.row for line in window.rows_model.lines if line.row is not None]
    placed = [row for row in rows if any(kind != "unplaced" for kind, _r in canvas.shapes(row.id))]
    if not placed or canvas.grab().isNull():
        raise SelfTestFailure(_("the calendar shows nothing."))


def _pdf(window, target: Path) -> None:
    from jaarplanner.exporters.pdf import export_pdf

    document = window.current_document()
    export_pdf(document, target)
    data = target.read_bytes()
    pages = len(re.findall(rb"/Type /Page[^s]", data))
    if not data.startswith(b"%PDF-") or pages == 0:
        raise SelfTestFailure(_("the exported PDF is not a readable PDF."))
    if b"/FontFile2" not in data:
        raise SelfTestFailure(_("the exported PDF has no embedded fonts."))
