"""``--demo`` is for one session: it never takes over the next normal start, and a second
``--demo`` gets its own fresh copy without touching one that is still open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from jaarplanner.demo import demo_copy
from jaarplanner.model.values import Field
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.storage.database import open_database

pytestmark = pytest.mark.processes

FIRST = """
import sys
from jaarplanner.demo import demo_copy
from jaarplanner.model.values import Field
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.services.rows import edit_field
from jaarplanner.storage.database import open_database

db = open_database(demo_copy())
print(db.path, flush=True)
sys.stdin.readline()
documents = [load_document(db, d.id) for d in list_documents(db)]
document = next(d for d in documents if d.state == "concept")
edit_field(db, document.parts[0].all_rows()[0].id, Field.WHAT, "Bewaard in de eerste demo")
db.close()
print("klaar", flush=True)
"""


def _first_what(path: Path) -> str:
    db = open_database(path, create=False)
    try:
        documents = [load_document(db, d.id) for d in list_documents(db)]
        document = next(d for d in documents if d.state == "concept")
        return document.parts[0].all_rows()[0].value(Field.WHAT)
    finally:
        db.close()


def test_a_second_demo_never_touches_one_still_open() -> None:
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first_path = Path(first.stdout.readline().strip())
        second_path = demo_copy()  # while the first is open
        assert second_path != first_path and first_path.exists()
        first.stdin.write("\n")
        first.stdin.flush()
        assert first.stdout.readline().strip() == "klaar"
    finally:
        first.stdin.close()
        first.wait(timeout=120)
    assert "Bewaard in de eerste demo" in _first_what(first_path)
    assert "Bewaard in de eerste demo" not in _first_what(second_path)


def test_a_demo_does_not_take_over_the_next_normal_start(qtbot: QtBot) -> None:
    from jaarplanner.storage.paths import default_database_path
    from jaarplanner.ui.app import choose_database
    from jaarplanner.ui.database_flow import recent, remember
    from jaarplanner.ui.main_window import MainWindow

    open_database(default_database_path()).close()  # the user's own database
    window = MainWindow(open_database(demo_copy()))
    qtbot.addWidget(window)
    remember(window.db.path)
    window.close()
    assert QSettings().value("database/last") is None
    assert str(window.db.path) not in recent()
    assert choose_database(None) is None  # the normal start: the user's own database
