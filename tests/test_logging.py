"""Errors you can trace: a failure during start-up is the Dutch dialog and is in the log; a
swallowed failure (no daily backup) is a warning with the real exception; our own bug in an
importer is never called the user's bad file; the log is owner-only and rotates."""

from __future__ import annotations

import logging
import stat
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from jaarplanner import logs
from jaarplanner.importers import files
from jaarplanner.importers.sniff import ImportFileError
from jaarplanner.periods.period import shift_date
from jaarplanner.storage.database import open_database
from jaarplanner.storage.paths import backups_dir


def _log_text() -> str:
    for handler in logging.getLogger("jaarplanner").handlers:
        handler.flush()
    return logs.log_file().read_text("utf-8")


def _garbage_settings() -> None:
    """A settings file as a crashed editor or a bad copy leaves it: the window's geometry
    is text instead of Qt's bytes."""
    path = Path(
        QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Jaarplanner", "Jaarplanner"
        ).fileName()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[window]\ngeometry=kapot\n", "utf-8")


def test_a_start_up_failure_is_the_dutch_dialog_and_in_the_log(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from jaarplanner.ui import app

    _garbage_settings()
    shown: list[str] = []
    opened: list[QUrl] = []

    def critical(parent, title, text, buttons, default):
        shown.append(text)
        return QMessageBox.StandardButton.Open  # the user asks for the folder with the log

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    assert app.run(str(tmp_path / "plan.sqlite")) == 1
    assert len(shown) == 1
    assert "onverwachts" in shown[0] and "Traceback" not in shown[0]
    assert str(logs.log_file()) in shown[0]
    log = _log_text()
    assert "TypeError" in log and "restoreGeometry" in log  # the real exception, traced
    assert opened == [QUrl.fromLocalFile(str(logs.log_folder()))]
    assert not (tmp_path / "plan.sqlite").exists()  # nothing was made of the database


def test_the_log_is_owner_only_and_rotates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup()
    assert path == logs.log_file()
    for number in range(400):  # about 28 kB: more than six files of 2 kB
        logging.getLogger("jaarplanner.storage").warning("regel %d", number)
    written = sorted(logs.log_folder().iterdir())
    assert [p.name for p in written][:3] == [
        "jaarplanner.log",
        "jaarplanner.log.1",
        "jaarplanner.log.2",
    ]
    assert len(written) == 1 + logs.KEEP
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)
    assert "regel 399" in _log_text()


def test_a_daily_backup_that_fails_is_a_warning_with_the_reason(tmp_path: Path) -> None:
    logs.setup()
    database = tmp_path / "plan.sqlite"
    open_database(database).close()
    backups_dir().parent.mkdir(parents=True, exist_ok=True)
    if backups_dir().exists():
        import shutil

        shutil.rmtree(backups_dir())
    backups_dir().write_text("geen map", "utf-8")  # the backup folder cannot be made
    open_database(database).close()  # the work goes on
    log = _log_text()
    assert "WARNING jaarplanner.storage: no daily backup of plan.sqlite" in log
    assert "Error" in log.split("no daily backup", 1)[1]  # with the real exception


def test_our_own_bug_in_an_importer_is_not_the_users_bad_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import docx

    path = tmp_path / "plan.docx"
    document = docx.Document()
    document.add_paragraph("Jaarplan 2024-2025")
    document.save(path)
    logs.setup()

    def buggy(path: Path, mapping: object) -> object:
        return shift_date(None, 1)  # type: ignore[arg-type]  # raises inside jaarplanner

    monkeypatch.setattr("jaarplanner.importers.docx_reader.read_docx", buggy)
    with pytest.raises(AttributeError):  # the general error path: dialog and log
        files.read_any(path)

    def damaged(path: Path, mapping: object) -> None:
        raise zipfile.BadZipFile("Bad CRC-32 for file 'word/document.xml'")

    monkeypatch.setattr("jaarplanner.importers.docx_reader.read_docx", damaged)
    with pytest.raises(ImportFileError) as refused:
        files.read_any(path)
    message = str(refused.value)
    assert "plan.docx" in message and "Word" in message and "beschadigd" in message
    assert "CRC" not in message  # no English reason inside the Dutch sentence
    assert "Bad CRC-32" in _log_text()


def test_the_command_line_reports_a_bug_in_dutch_and_logs_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from jaarplanner.cli import commands
    from jaarplanner.cli.main import main

    def buggy(args: object) -> int:
        raise KeyError("ons eigen fout")

    monkeypatch.setattr(commands, "dump", buggy)
    assert main(["dump", "--database", str(tmp_path / "x.sqlite")]) == 1
    error = capsys.readouterr().err
    assert "onverwachts" in error and "Traceback" not in error
    assert "KeyError: 'ons eigen fout'" in _log_text()
