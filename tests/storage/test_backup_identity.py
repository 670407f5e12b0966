"""Backups belong to one database: two files called ``jaarplanner.sqlite`` in different
folders each get their own daily copy, list only their own, and a restore never puts the
other one in place. Copies from before databases had an identity are adopted by content."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from jaarplanner.services.documents import create_document, list_documents
from jaarplanner.storage import backup as backups
from jaarplanner.storage.database import open_database
from jaarplanner.storage.paths import backups_dir
from tests.factories import sample_document


def _made(path: Path, title: str) -> None:
    db = open_database(path)
    try:
        create_document(db, sample_document(title))
    finally:
        db.close()


def _titles(path: Path) -> list[str]:
    db = open_database(path, create=False)
    try:
        return [d.title for d in list_documents(db)]
    finally:
        db.close()


def test_two_databases_of_the_same_name_keep_their_own_backups(tmp_path: Path) -> None:
    mine = tmp_path / "eigen" / "jaarplanner.sqlite"
    shared = tmp_path / "gedeeld" / "jaarplanner.sqlite"
    _made(mine, "Eigen plan")
    _made(shared, "Gedeeld plan")
    assert _titles(mine) == ["Eigen plan"]  # the first open of the day: a copy of each
    assert _titles(shared) == ["Gedeeld plan"]
    own = backups.list_backups(mine)
    theirs = backups.list_backups(shared)
    assert [b.reason for b in own] == [backups.DAILY]
    assert [b.reason for b in theirs] == [backups.DAILY]
    assert not {b.path for b in own} & {b.path for b in theirs}
    assert backups.identity(mine) != backups.identity(shared)
    # the newest good copy of the shared database is of the shared database
    newest = backups.newest_good(shared)
    assert newest is not None
    backups.restore(newest.path, shared)
    assert _titles(shared) == ["Gedeeld plan"]
    assert _titles(mine) == ["Eigen plan"]
    # the restored file keeps its identity, so its copies (the kept one too) stay its own
    assert {b.reason for b in backups.list_backups(shared)} == {backups.DAILY, "voor-herstel"}
    assert [b.reason for b in backups.list_backups(mine)] == [backups.DAILY]


def test_a_damaged_file_still_finds_its_own_backups(tmp_path: Path) -> None:
    mine = tmp_path / "eigen" / "jaarplanner.sqlite"
    shared = tmp_path / "gedeeld" / "jaarplanner.sqlite"
    _made(mine, "Eigen plan")
    _made(shared, "Gedeeld plan")
    _titles(mine), _titles(shared)
    shared.write_bytes(b"\0" * shared.stat().st_size)  # nothing readable is left
    found = backups.list_backups(shared)
    assert len(found) == 1
    backups.restore(found[0].path, shared)
    assert _titles(shared) == ["Gedeeld plan"]


def test_a_backup_of_another_database_restored_takes_this_ones_identity(tmp_path: Path) -> None:
    mine = tmp_path / "eigen" / "jaarplanner.sqlite"
    other = tmp_path / "ander" / "plan.sqlite"
    _made(mine, "Eigen plan")
    _made(other, "Ander plan")
    own = backups.identity(mine)
    copy = backups.backup_sqlite(other, "voor-import")
    backups.restore(copy, mine)
    assert backups.identity(mine) == own
    assert _titles(mine) == ["Ander plan"]


def test_backups_from_before_identities_are_adopted_by_their_own_database(
    tmp_path: Path,
) -> None:
    mine = tmp_path / "eigen" / "jaarplanner.sqlite"
    shared = tmp_path / "gedeeld" / "jaarplanner.sqlite"
    _made(mine, "Eigen plan")
    _made(shared, "Gedeeld plan")
    folder = backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for source, stamp in ((mine, "20261101-090000-000000"), (shared, "20261102-090000-000000")):
        old = folder / f"jaarplanner-{stamp}-dagelijks.sqlite"
        shutil.copyfile(source, old)
        connection = sqlite3.connect(old)
        connection.execute("DROP TABLE settings")  # as an older Jaarplanner made it
        connection.commit()
        connection.close()
    _titles(mine)
    _titles(shared)
    own = [b.made.day for b in backups.list_backups(mine) if b.made.month == 11]
    theirs = [b.made.day for b in backups.list_backups(shared) if b.made.month == 11]
    assert own == [1] and theirs == [2]
    assert not list(folder.glob("*.sqlite"))
