"""Restoring from something that is no backup file: a folder, a missing file, a named pipe or
a device such as /dev/zero (which was copied without end, 4.6 GB in 30 s, beside the
database; the pipe stands for it here, so that a regression cannot fill the disk). Each is
refused in one Dutch message before anything is read or written."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from jaarplanner.errors import DatabaseError
from jaarplanner.services.documents import create_document
from jaarplanner.storage import backup as backups
from jaarplanner.storage.database import open_database
from tests.factories import sample_document


def _odd(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.sqlite"
    if kind == "folder":
        path.mkdir()
    elif kind == "pipe":
        os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", ["folder", "missing", "pipe"])
def test_something_that_is_no_backup_file_is_refused(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "plan.sqlite"
    db = open_database(target)
    create_document(db, sample_document())
    db.close()
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    odd = _odd(tmp_path, kind)
    with pytest.raises(DatabaseError) as refused:
        backups.restore(odd, target)
    assert str(refused.value) == (
        f"'{odd.name}' is geen reservekopie: het bestaat niet of is geen gewoon bestand."
    )
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert not (tmp_path / "plan.sqlite.herstel").exists()
