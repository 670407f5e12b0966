"""One Dutch line, never a traceback: a full disk while opening or editing, a text longer
than a PostgreSQL column, invalid UTF-8 in the file (which ``check`` reports). A full disk
never makes a good database "geen Jaarplanner-database"."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jaarplanner.errors import DatabaseError
from jaarplanner.services.check import check_database
from jaarplanner.services.documents import create_document, edit_document, list_documents
from jaarplanner.storage.database import open_database
from tests import postgres
from tests.factories import sample_document

pytestmark = pytest.mark.processes


def _made(path: Path) -> None:
    db = open_database(path)
    create_document(db, sample_document())
    db.close()


def _tiny_files() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, 1))


def test_a_full_disk_on_opening_is_not_called_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    _made(path)
    for leftover in tmp_path.glob("plan.sqlite-*"):
        leftover.unlink()
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "jaarplanner", "check", "--database", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "JAARPLANNER_LANGUAGE": "nl"},
        preexec_fn=_tiny_files,
    )
    assert result.returncode == 1
    assert "geen Jaarplanner-database" not in result.stderr
    assert "kan nu niet worden geopend" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


EDIT_ON_FULL_DISK = """
import resource, sys
from jaarplanner import i18n
from jaarplanner.errors import UserError
from jaarplanner.services.documents import edit_document, list_documents
from jaarplanner.storage.database import open_database

i18n.install("nl")
db = open_database(sys.argv[1])
document = list_documents(db)[0]
size = max(f.stat().st_size for f in __import__("pathlib").Path(sys.argv[1]).parent.iterdir())
resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))  # the disk is full from here on
try:
    edit_document(db, document.id, subtitle="x" * 3_000_000)
except UserError as error:
    print(error)
"""


def test_a_full_disk_while_editing_is_one_dutch_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    _made(path)
    result = subprocess.run(
        [sys.executable, "-c", EDIT_ON_FULL_DISK, str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "JAARPLANNER_LANGUAGE": "nl"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (
        "kon niet worden opgeslagen" in result.stdout and "Er is niets gewijzigd" in result.stdout
    )
    db = open_database(path)
    assert [d.title for d in list_documents(db)] == ["Jaarplan Voorbeeld 2024-2025"]
    db.close()


def test_a_text_longer_than_a_postgresql_column_is_one_dutch_line(
    pg_server: postgres.Server,
) -> None:
    db = open_database(pg_server.url(pg_server.create_database()))
    try:
        document_id = create_document(db, sample_document()).result
        with pytest.raises(DatabaseError, match="langer dan de database"):
            edit_document(db, document_id, title="Titel " * 200)
        assert [d.title for d in list_documents(db)] == ["Jaarplan Voorbeeld 2024-2025"]
    finally:
        db.close()


def test_check_reports_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    _made(path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE documents SET subtitle = CAST(x'4bff6f73' AS TEXT)")
    connection.commit()
    connection.close()
    db = open_database(path)
    try:
        problems = check_database(db)
    finally:
        db.close()
    assert any("documents.subtitle" in p and "geen geldige tekst" in p for p in problems)
