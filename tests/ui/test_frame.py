"""Around the editor: help and About, a Dutch dialog instead of a traceback, the window's
layout and the last database remembered, the first run's choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import Database
from jaarplanner.storage.paths import data_dir
from jaarplanner.ui import app, dialogs
from jaarplanner.ui.main_window import MainWindow
from tests.factories import sample_document

pytestmark = pytest.mark.processes


def test_help_and_about(qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "about", lambda p, title, text: shown.append(text))
    assert window.help_action.shortcut().toString() == "F1"
    window.help_action.trigger()
    window.about_action.trigger()
    assert "Ctrl+Z maakt ongedaan" in shown[0]
    assert "0.1.0" in shown[1] and "LGPL" in shown[1]


def test_an_unexpected_error_is_a_dutch_dialog_and_a_log(monkeypatch: pytest.MonkeyPatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda p, title, text, *buttons: messages.append(text)
    )
    try:
        raise ZeroDivisionError("boem")
    except ZeroDivisionError as error:
        dialogs.unexpected_error(None, type(error), error, error.__traceback__)
    assert "onverwachts" in messages[0] and "Traceback" not in messages[0]
    log = (data_dir() / "logboek" / "jaarplanner.log").read_text("utf-8")
    assert "ZeroDivisionError: boem" in log


def test_layout_and_last_database_are_remembered(qtbot: QtBot, sqlite_db: Database) -> None:
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.show()
    window.close()
    assert app.choose_database(None) == str(sqlite_db.path)
    again = MainWindow(sqlite_db)
    qtbot.addWidget(again)
    again.restore_layout()
    assert (again.size().width(), again.size().height()) == (700, 500)


def test_first_run_opens_the_default_database_on_the_start_page(qtbot: QtBot) -> None:
    from jaarplanner.storage.database import open_database
    from jaarplanner.storage.paths import default_database_path

    assert app.choose_database(None) is None  # no question first: the start page asks
    db = open_database(default_database_path())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.start_page
    assert window.start_page.example_button.isVisible()
    window.close()
    db.close()


def test_details_fit_at_1366_and_panel_widths_are_remembered(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    create_document(sqlite_db, sample_document())
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.fit_panels()
    window.table.select_row(1)
    QApplication.sendPostedEvents()  # the layout requests the new details page queued
    page = window.details.currentWidget()
    assert window.details.width() >= 320, window.details.width()
    assert not page.horizontalScrollBar().isVisible(), "nothing cut off at the right"
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0, window.tree_model.index(0, 0)))
    QApplication.sendPostedEvents()
    table = window.table
    widths = sum(table.columnWidth(c) for c in range(table.model().columnCount()))
    assert table.model().columnCount() >= 6
    assert widths <= table.viewport().width(), "the whole row is in view, no sideways scrolling"

    window.close()

    smaller = MainWindow(sqlite_db)  # the offscreen screen is 800 pixels wide
    qtbot.addWidget(smaller)
    smaller.resize(780, 600)
    smaller.show()
    smaller.splitter.setSizes([180, 300, 290])
    wanted = smaller.splitter.sizes()
    smaller.close()
    again = MainWindow(sqlite_db)
    qtbot.addWidget(again)
    again.restore_layout()
    again.show()
    assert again.splitter.sizes() == wanted


def test_the_first_window_is_painted_before_the_heavy_libraries_load(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from jaarplanner.demo import demo_copy

    demo_copy()  # the example is built once (with SQLAlchemy); the start only copies it
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JAARPLANNER_QUIT_WHEN_PAINTED": "1",
        "JAARPLANNER_DATA_DIR": str(tmp_path / "data"),
    }
    script = (
        "import sys; from jaarplanner.cli.main import main; code = main(['--demo']);"
        "print(sorted(m for m in ('sqlalchemy', 'reportlab', 'alembic') if m in sys.modules));"
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_example_is_shown_without_the_export_libraries(tmp_path: Path) -> None:
    """The PDF, Word and Excel libraries load when she first exports or imports, not while
    she waits for the window (ReportLab alone was a fifth of a second of every start)."""
    import os
    import subprocess
    import sys

    from jaarplanner.demo import demo_copy

    demo_copy()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JAARPLANNER_QUIT_WHEN_SHOWN": "1",
        "JAARPLANNER_DATA_DIR": str(tmp_path / "data"),
    }
    libraries = ("reportlab", "openpyxl", "docx", "pypdfium2", "icalendar", "pyphen", "PIL")
    script = (
        "import sys; from jaarplanner.cli.main import main; code = main(['--demo']);"
        f"print(sorted(m for m in {libraries!r} if m in sys.modules));"
        "print('sqlalchemy' in sys.modules); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded, database = result.stdout.strip().splitlines()[-2:]
    assert database == "True"  # the example was really read and shown
    assert loaded == "[]"
