"""An export reads a plain SQLite file at the newest revision without SQLAlchemy; it reads
the very same document, and every other file is migrated, refused or named as before."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jaarplanner.demo import demo_copy
from jaarplanner.errors import DamagedDatabaseError, DatabaseError
from jaarplanner.services.documents import create_document, list_documents
from jaarplanner.services.export_read import newest_document_id, read_document
from jaarplanner.storage.database import open_database
from jaarplanner.storage.migrations import HEAD
from jaarplanner.storage.plain_read import plain_reading
from tests.factories import sample_document
from tests.storage.test_migrations import _database_at

pytestmark = pytest.mark.processes

ROOT = Path(__file__).resolve().parents[2]


def test_the_example_reads_the_same_both_ways() -> None:
    path = demo_copy()
    db = open_database(path, create=False)
    try:
        numbers = [d.id for d in list_documents(db)]
        through_sqlalchemy = [read_document(db, n) for n in numbers]
        newest = newest_document_id(db)
    finally:
        db.close()
    assert len(numbers) >= 2
    with plain_reading(path) as records:
        assert [read_document(records, n) for n in numbers] == through_sqlalchemy
        assert newest_document_id(records) == newest
    # and the same through an address, which always goes the SQLAlchemy way
    with plain_reading(f"sqlite:///{path}") as records:
        assert [read_document(records, n) for n in numbers] == through_sqlalchemy


def test_a_whole_export_of_a_current_file_does_not_import_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    db = open_database(path)
    create_document(db, sample_document())
    db.close()
    script = (
        "import sys\n"
        "from jaarplanner.cli.main import main\n"
        f"code = main(['export', '--database', {str(path)!r}, '--output', "
        f"{str(tmp_path / 'plan.pdf')!r}])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('sqlalchemy')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.splitlines()
    assert out[-1] == "0 []"
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_an_older_file_is_backed_up_and_migrated_first(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    _database_at(path, "0001")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO organisations (name, short_name, sector, region) "
        "VALUES ('SWV Oud', '', 'po', 'zuid')"
    )
    connection.execute(
        "INSERT INTO documents (organisation_id, school_year, title, subtitle, "
        "layout, state, version) VALUES (1, '2022-2023', 'Oud plan', '', "
        "'themed-table', 'concept', 1)"
    )
    connection.commit()
    connection.close()
    with plain_reading(path) as records:
        assert read_document(records, newest_document_id(records)).title == "Oud plan"
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    connection.close()


def _damaged(path: Path) -> bytes:
    db = open_database(path)
    create_document(db, sample_document())
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 3000] = b"\xa5" * 3000
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    before = _damaged(path)
    with pytest.raises(DamagedDatabaseError, match="beschadigd"), plain_reading(path):
        pass
    assert path.read_bytes() == before


def test_another_programs_file_and_a_missing_file_are_named(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="ander programma"), plain_reading(path):
        pass
    assert path.read_bytes() == before
    missing = tmp_path / "weg.sqlite"
    with pytest.raises(DatabaseError, match="bestaat niet"), plain_reading(missing):
        pass
    assert not missing.exists()


def test_a_file_of_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nieuwer.sqlite"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="nieuwere Jaarplanner"), plain_reading(path):
        pass
    assert path.read_bytes() == before
