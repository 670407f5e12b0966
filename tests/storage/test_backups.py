"""Backups: one on the first open of each day (ten kept, then one per month), before an import
and a new school year; a damaged file is found on open, never overwritten, and the newest good
backup puts it right, from the command line and in the program."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jaarplanner.errors import DamagedDatabaseError, DatabaseError
from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.services.imports import import_documents
from jaarplanner.services.rollover import roll_forward
from jaarplanner.services.rows import edit_field
from jaarplanner.storage import backup as backups
from jaarplanner.storage.database import open_database
from tests.factories import row, sample_document

pytestmark = pytest.mark.processes


def _filled(path: Path, rows: int = 200) -> None:
    document = sample_document()
    document.parts[0].themes[0].rows.extend(
        row(f"Activiteit {n} " + "x" * 200) for n in range(rows)
    )
    db = open_database(path)
    try:
        create_document(db, document)
    finally:
        db.close()


def _texts(path: Path) -> list[str]:
    db = open_database(path, create=False)
    try:
        document = load_document(db, list_documents(db)[0].id)
        return [r.value(Field.WHAT) for r in document.parts[0].all_rows()]
    finally:
        db.close()


def _damage(path: Path) -> bytes:
    """Overwrite 4 KB in the middle of the file; return the damaged bytes."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_the_first_open_of_a_day_keeps_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "kantoor.sqlite"
    _filled(path)
    assert backups.list_backups(path) == []  # a new file has nothing to keep yet
    open_database(path).close()
    open_database(path).close()
    daily = [b for b in backups.list_backups(path) if b.reason == backups.DAILY]
    assert len(daily) == 1 and backups.is_good(daily[0].path)
    assert oct(daily[0].path.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    "reason", [backups.DAILY, "voor-import", "voor-migratie", "voor-nieuw-jaar", "voor-herstel"]
)
def test_every_kind_keeps_ten_copies_then_one_per_month(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reason: str
) -> None:
    path = tmp_path / "kantoor.sqlite"
    _filled(path, rows=1)
    start = dt.datetime(2026, 8, 1, 9, 0)
    clock = [start]
    monkeypatch.setattr(backups, "now", lambda: clock[0])
    other = "voor-import" if reason != "voor-import" else backups.DAILY
    backups.backup_sqlite(path, other)  # a copy of another kind is not counted with these
    for day in range(60):  # two months, one copy a day
        clock[0] = start + dt.timedelta(days=day)
        if reason == "voor-herstel":
            backups.restore(backups.list_backups(path)[-1].path, path)
        else:
            backups.backup_sqlite(path, reason)
    kept = [b.made.date() for b in backups.list_backups(path) if b.reason == reason]
    last = (start + dt.timedelta(days=59)).date()
    assert kept[:10] == [last - dt.timedelta(days=n) for n in range(10)]
    assert kept[10:] == [dt.date(2026, 8, 31)]  # September is among the ten; August once
    assert [b.made for b in backups.list_backups(path) if b.reason == other] == [start]


def test_import_and_new_year_keep_a_copy_first(tmp_path: Path) -> None:
    path = tmp_path / "kantoor.sqlite"
    _filled(path, rows=3)
    db = open_database(path)
    try:
        import_documents(db, [sample_document("Tweede")])
        roll_forward(db, list_documents(db)[0].id)
    finally:
        db.close()
    reasons = {b.reason for b in backups.list_backups(path)}
    assert {"voor-import", "voor-nieuw-jaar"} <= reasons


def test_a_damaged_file_is_found_left_alone_and_restored(tmp_path: Path) -> None:
    path = tmp_path / "kantoor.sqlite"
    _filled(path)
    before = _texts(path)  # this open made today's copy
    damaged = _damage(path)
    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(path)
    assert "beschadigd" in str(refused.value)
    assert path.read_bytes() == damaged  # never overwritten
    newest = backups.newest_good(path)
    assert newest is not None
    kept = backups.restore(newest.path, path)
    assert kept is not None and kept.read_bytes() == damaged  # the damaged file is kept
    assert _texts(path) == before


def test_restore_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "kantoor.sqlite"
    _filled(path)
    before = _texts(path)
    _damage(path)
    env = {**os.environ, "JAARPLANNER_LANGUAGE": "nl"}
    command = [sys.executable, "-m", "jaarplanner", "restore", "--database", str(path)]
    listed = subprocess.run([*command, "--list"], capture_output=True, text=True, env=env)
    assert listed.returncode == 0 and "dagelijkse kopie" in listed.stdout
    opened = subprocess.run(
        [sys.executable, "-m", "jaarplanner", "check", "--database", str(path)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert opened.returncode == 1 and "beschadigd" in opened.stderr
    assert "jaarplanner restore" in opened.stderr
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "kantoor.sqlite teruggezet uit kantoor-" in result.stdout
    assert _texts(path) == before


def test_the_program_offers_the_newest_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jaarplanner.ui.main_window import MainWindow
    from jaarplanner.ui.restore_flow import offer_restore

    path = tmp_path / "kantoor.sqlite"
    _filled(path)
    before = _texts(path)
    _damage(path)
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(path)
    db = offer_restore(None, refused.value)
    assert db is not None
    assert "beschadigd" in asked[0] and "reservekopie" in asked[0]
    window = MainWindow(db)
    qtbot.addWidget(window)
    texts = [r.value(Field.WHAT) for r in window.documents[0].parts[0].all_rows()]
    assert texts == before
    # and from the menu: put the same copy back over a changed database
    window.edit_field(window.documents[0].parts[0].all_rows()[0].id, Field.WHAT, "Gewijzigd")
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.restore_action.trigger()
    texts = [r.value(Field.WHAT) for r in window.documents[0].parts[0].all_rows()]
    assert texts == before
    assert any(b.reason == "voor-herstel" for b in backups.list_backups(path))


HOLDER = """
import sys
from jaarplanner.model.values import Field
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.services.rows import edit_field
from jaarplanner.storage.database import open_database

db = open_database(sys.argv[1])
document = load_document(db, list_documents(db)[0].id)
rows = document.parts[0].all_rows()
edit_field(db, rows[0].id, Field.WHAT, "Eerste wijziging")
print("open", flush=True)
sys.stdin.readline()
row = load_document(db, document.id).parts[0].all_rows()[1]
edit_field(db, row.id, Field.WHAT, "Tweede wijziging")
db.close()
print("klaar", flush=True)
"""


def test_restore_is_refused_while_a_second_program_has_the_database_open(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kantoor.sqlite"
    _filled(path, rows=3)
    open_database(path).close()  # today's copy
    newest = backups.newest_good(path)
    assert newest is not None
    second = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert second.stdout.readline().strip() == "open"
        listed = list(tmp_path.iterdir())
        with pytest.raises(DatabaseError, match="geopend in een ander programma"):
            backups.restore(newest.path, path)
        assert list(tmp_path.iterdir()) == listed  # nothing left behind
        env = {**os.environ, "JAARPLANNER_LANGUAGE": "nl"}
        refused = subprocess.run(
            [sys.executable, "-m", "jaarplanner", "restore", "--database", str(path)],
            capture_output=True,
            text=True,
            env=env,
        )
        assert refused.returncode == 1
        assert "geopend in een ander programma" in refused.stderr
        assert "Traceback" not in refused.stderr
        second.stdin.write("\n")
        second.stdin.flush()
        assert second.stdout.readline().strip() == "klaar"
    finally:
        second.stdin.close()
        second.wait(timeout=60)
    texts = _texts(path)  # the second program lost nothing
    assert texts[:2] == ["Eerste wijziging", "Tweede wijziging"]
    backups.restore(newest.path, path)  # once it is closed, the restore goes ahead
    assert _texts(path)[0] != "Eerste wijziging"


def test_the_kept_copy_has_its_log_private_and_restoring_it_loses_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kantoor.sqlite"
    _filled(path, rows=3)
    open_database(path).close()
    first = backups.newest_good(path)
    db = open_database(path)
    try:
        document = load_document(db, list_documents(db)[0].id)
        for number, line in enumerate(document.parts[0].all_rows()[:3]):
            edit_field(db, line.id, Field.WHAT, f"Vastgelegd {number}")
        assert Path(f"{path}-wal").exists()  # the three changes are in the log still
        # a program killed now leaves the log beside the file: copy both as they are
        import shutil

        shutil.copyfile(path, tmp_path / "stil.sqlite")
        shutil.copyfile(f"{path}-wal", tmp_path / "stil.sqlite-wal")
    finally:
        db.close()
    path.unlink()
    shutil.copyfile(tmp_path / "stil.sqlite", path)
    shutil.copyfile(tmp_path / "stil.sqlite-wal", f"{path}-wal")
    kept = backups.restore(first.path, path)
    assert kept is not None
    log = Path(f"{kept}-wal")
    assert log.exists() and oct(log.stat().st_mode & 0o777) == "0o600"
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
    backups.restore(kept, path)  # put "as it was" back: the three changes are there
    assert _texts(path)[:3] == [f"Vastgelegd {n}" for n in range(3)]
    assert oct(path.stat().st_mode & 0o777) == "0o600"
