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

from jaarplanner.errors import DamagedDatabaseError
from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.services.imports import import_documents
from jaarplanner.services.rollover import roll_forward
from jaarplanner.storage import backup as backups
from jaarplanner.storage.database import open_database
from jaarplanner.storage.paths import backups_dir
from tests.factories import row, sample_document


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


def test_ten_daily_copies_then_one_per_month(tmp_path: Path) -> None:
    path = tmp_path / "kantoor.sqlite"
    folder = backups_dir()
    folder.mkdir(parents=True)
    start = dt.datetime(2026, 8, 1, 9, 0)
    for day in range(60):  # two months of copies, one a day
        stamp = (start + dt.timedelta(days=day)).strftime("%Y%m%d-%H%M%S-%f")
        (folder / f"kantoor-{stamp}-dagelijks.sqlite").write_bytes(b"")
    (folder / "kantoor-20260801-080000-000000-voor-import.sqlite").write_bytes(b"")
    backups.prune(path)
    daily = [b.made.date() for b in backups.list_backups(path) if b.reason == backups.DAILY]
    last = (start + dt.timedelta(days=59)).date()
    assert daily[:10] == [last - dt.timedelta(days=n) for n in range(10)]
    assert daily[10:] == [dt.date(2026, 8, 31)]  # September is among the ten; August once
    assert any(b.reason == "voor-import" for b in backups.list_backups(path))


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
