"""Creating a database is atomic: built and migrated beside it, then put in place. A start
killed half way leaves nothing at the path; a 0-byte or half-made file from an older
version is recognised and made again after asking, never a real database."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jaarplanner.errors import DatabaseError, UnfinishedDatabaseError
from jaarplanner.services.documents import create_document, list_documents
from jaarplanner.storage.database import open_database
from tests.factories import sample_document

pytestmark = pytest.mark.processes

KILLED = """
import os, sys
from jaarplanner.storage import database

original = database.migrate

def migrate_then_die(engine):
    original(engine)
    os._exit(9)  # killed after the tables, before the file is whole in its place

database.migrate = migrate_then_die
database.open_database(sys.argv[1])
"""


def test_a_start_killed_half_way_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.sqlite"
    result = subprocess.run([sys.executable, "-c", KILLED, str(path)], check=False)
    assert result.returncode == 9
    assert not path.exists()  # nothing half made at the path
    db = open_database(path)
    create_document(db, sample_document())
    db.close()
    assert [p.name for p in tmp_path.iterdir()] == ["nieuw.sqlite"]  # the leftover cleared


def _half_made(path: Path) -> None:
    """What an older version left after a kill during the first migration."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE organisations (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("kind", ["empty", "half"])
def test_an_unfinished_file_is_recognised_and_made_again(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "plan.sqlite"
    if kind == "empty":
        path.write_bytes(b"")
    else:
        _half_made(path)
    before = path.read_bytes()
    with pytest.raises(UnfinishedDatabaseError, match="nooit afgemaakt"):
        open_database(path)
    assert path.read_bytes() == before  # not without asking
    db = open_database(path, rebuild=True)
    create_document(db, sample_document())
    db.close()
    db = open_database(path)
    assert len(list_documents(db)) == 1
    db.close()


def test_a_file_with_data_is_never_made_again(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    _half_made(path)
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO documents (title) VALUES ('Iets van waarde')")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="onvolledig") as refused:
        open_database(path, rebuild=True)
    assert not isinstance(refused.value, UnfinishedDatabaseError)
    assert path.read_bytes() == before


def test_the_program_asks_before_making_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jaarplanner.ui.restore_flow import offer_restore

    path = tmp_path / "plan.sqlite"
    path.write_bytes(b"")
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with pytest.raises(UnfinishedDatabaseError) as refused:
        open_database(path)
    db = offer_restore(None, refused.value)
    assert db is not None and "nooit afgemaakt" in asked[0]
    assert list_documents(db) == []
    db.close()
