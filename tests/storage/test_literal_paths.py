"""``--database`` without ``scheme://`` is a file path, taken literally: a space, ``%20``,
``#``, ``?`` and non-ASCII letters are part of the name, never read as an address."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jaarplanner.services.documents import create_document, list_documents
from jaarplanner.storage import backup as backups
from jaarplanner.storage.database import open_database
from jaarplanner.storage.paths import sqlite_uri
from tests.factories import sample_document

pytestmark = pytest.mark.processes

NAMES = ["Plan B", "Plan%20B", "Plan#1", "Plan?versie=2", "Zoë's plannen", "100%", "a%2Fb"]


@pytest.mark.parametrize("folder", NAMES)
def test_a_database_is_written_exactly_at_the_given_path(tmp_path: Path, folder: str) -> None:
    # a database of the same name in the folder the name would decode to must stay untouched
    decoy = tmp_path / "Plan B" / "jaarplanner.sqlite"
    decoy.parent.mkdir()
    if folder != "Plan B":
        db = open_database(decoy)
        db.close()
        decoy_bytes = decoy.read_bytes()
    path = tmp_path / folder / "jaarplanner.sqlite"
    db = open_database(path)
    try:
        create_document(db, sample_document("Letterlijk"))
    finally:
        db.close()
    assert path.stat().st_size > 0
    db = open_database(path, create=False)  # opens again: the damage check read the same file
    try:
        assert [d.title for d in list_documents(db)] == ["Letterlijk"]
    finally:
        db.close()
    assert sorted(p.name for p in (tmp_path / folder).iterdir()) == ["jaarplanner.sqlite"]
    assert {p.name for p in tmp_path.iterdir()} == {folder, "Plan B", "data"}  # no stray file
    if folder != "Plan B":
        assert decoy.read_bytes() == decoy_bytes
    # the next day's copy is made of this very file
    assert backups.backup_sqlite(path, backups.DAILY).stat().st_size > 0


def test_the_command_line_takes_the_path_literally(tmp_path: Path) -> None:
    path = tmp_path / "Plan%20B #2" / "jaarplanner.sqlite"
    decoy = tmp_path / "Plan B #2" / "jaarplanner.sqlite"
    for made in (decoy, path):
        db = open_database(made)
        create_document(db, sample_document(made.parent.name))
        db.close()
    decoy_bytes = decoy.read_bytes()
    env = {**os.environ, "JAARPLANNER_LANGUAGE": "nl"}
    result = subprocess.run(
        [sys.executable, "-m", "jaarplanner", "check", "--database", str(path)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert decoy.read_bytes() == decoy_bytes
    assert [b.reason for b in backups.list_backups(path)] == [backups.DAILY]
    assert backups.list_backups(decoy) == []


def test_a_unc_path_becomes_a_four_slash_uri() -> None:
    from pathlib import PureWindowsPath

    uri = sqlite_uri(PureWindowsPath(r"\\server\share\Plan B\jaarplanner.sqlite"), "ro")
    assert uri == "file:////server/share/Plan%20B/jaarplanner.sqlite?mode=ro"
    uri = sqlite_uri(PureWindowsPath(r"C:\Plan#1\jaarplanner.sqlite"), "rw")
    assert uri == "file:///C:/Plan%231/jaarplanner.sqlite?mode=rw"
