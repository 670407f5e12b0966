"""Opening databases: new files are private, bad files are refused and left untouched."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from jaarplanner.errors import DatabaseError
from jaarplanner.storage.database import open_database
from jaarplanner.storage.paths import default_database_path


def test_new_database_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nieuw" / "plan.sqlite"
    db = open_database(path)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    db = open_database(None)
    assert db.path == default_database_path()
    assert db.path.is_relative_to(tmp_path)
    db.close()


@pytest.mark.parametrize(
    "content",
    [
        b"Dit is een brief, geen database.\n",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    ],
)
def test_a_file_that_is_not_a_database_is_refused_and_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "plan.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="geen Jaarplanner-database"):
        open_database(path)
    assert path.read_bytes() == content


def test_a_database_of_another_program_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="ander programma"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_damaged_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    db = open_database(path)
    with db.transaction() as session:
        from jaarplanner.services.documents import store_document
        from tests.factories import sample_document

        store_document(session, sample_document())
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 3000] = b"\xa5" * 3000
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="beschadigd"):
        open_database(path)
    assert path.read_bytes() == bytes(data)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="map"):
        open_database(tmp_path)


def test_a_wrong_address_is_refused() -> None:
    with pytest.raises(DatabaseError, match="database-adres"):
        open_database("nosuchdriver://x/y")
