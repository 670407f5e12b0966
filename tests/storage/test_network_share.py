"""An SQLite file on a network share uses the rollback journal (WAL needs shared memory the
share does not give) and still refuses a change over somebody else's."""

from __future__ import annotations

from pathlib import Path

import pytest

from jaarplanner.errors import ConflictError
from jaarplanner.model.values import Field
from jaarplanner.services import rows
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.storage import database
from jaarplanner.storage.network import _mount_type
from tests.factories import sample_document


def test_the_mount_of_a_path_is_found(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//server/kantoor /mnt/kantoor cifs rw 0 0\n"
        "server:/export /mnt/kantoor/nfs nfs4 rw 0 0\n"
    )
    assert _mount_type(Path("/mnt/kantoor/plan.sqlite"), str(mounts)) == "cifs"
    assert _mount_type(Path("/mnt/kantoor/nfs/plan.sqlite"), str(mounts)) == "nfs4"
    assert _mount_type(Path("/mnt/kantoorx/plan.sqlite"), str(mounts)) == "ext4"
    assert _mount_type(Path("/home/a/plan.sqlite"), str(tmp_path / "none")) == ""


def test_a_file_on_a_share_uses_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "is_network_path", lambda path: True)
    path = tmp_path / "gedeeld.sqlite"
    anne = database.open_database(path)
    bert = database.open_database(path)
    try:
        with anne.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        assert mode == "delete"
        create_document(anne, sample_document())
        seen = load_document(bert, list_documents(bert)[0].id).parts[0].all_rows()[0]
        rows.edit_field(anne, seen.id, Field.WHAT, "Anne", expected_version=seen.version)
        with pytest.raises(ConflictError):
            rows.edit_field(bert, seen.id, Field.WHAT, "Bert", expected_version=seen.version)
    finally:
        anne.close()
        bert.close()
    assert not Path(str(path) + "-wal").exists()
