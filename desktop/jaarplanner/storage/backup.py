"""Copies of an SQLite database, and putting one back.

Copies are made with SQLite's own backup, so a copy is always whole: on the first open of
each day (the last ten kept, and one per month before that), before a migration, an import
or a new school year, and of the current file before a restore. They live in the backups
folder as ``<name>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite``, readable by the owner only.
A restore never overwrites anything without keeping it first, damaged files included.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jaarplanner.errors import DatabaseError
from jaarplanner.i18n import N_, _, babel_locale
from jaarplanner.storage.paths import backups_dir

DAILY = "dagelijks"
REASONS = {
    DAILY: N_("daily copy"),
    "voor-migratie": N_("before an upgrade of the tables"),
    "voor-import": N_("before an import"),
    "voor-nieuw-jaar": N_("before a new school year"),
    "voor-herstel": N_("the database as it was before a restore"),
}
KEEP_DAILY = 10
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    reason: str


def describe(backup: Backup) -> str:
    """'23 november 2026 14:05 — daily copy', in the interface language."""
    from babel.dates import format_datetime

    when = format_datetime(backup.made, "d MMMM y HH:mm", locale=babel_locale())
    reason = _(REASONS[backup.reason]) if backup.reason in REASONS else backup.reason
    return _("{when} — {reason}").format(when=when, reason=reason)


def _folder(target_dir: Path | None) -> Path:
    return target_dir or backups_dir()


def _private(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def backup_sqlite(source: Path, reason: str, target_dir: Path | None = None) -> Path:
    """Copy the database at ``source`` to the backups folder and return the copy's path."""
    folder = _folder(target_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime(_STAMP)
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite"
    _private(target)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=5)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.Error:
        dst.close()
        target.unlink(missing_ok=True)
        raise
    finally:
        dst.close()
        src.close()
    return target


def list_backups(source: Path, target_dir: Path | None = None) -> list[Backup]:
    """The copies of the database at ``source``, newest first."""
    folder = _folder(target_dir)
    pattern = re.compile(rf"^{re.escape(source.stem)}-(\d{{8}}-\d{{6}}-\d{{6}})-([a-z-]+)\.sqlite$")
    found = []
    for path in folder.glob(f"{source.stem}-*.sqlite") if folder.exists() else []:
        match = pattern.match(path.name)
        if match:
            made = dt.datetime.strptime(match.group(1), _STAMP)
            found.append(Backup(path, made, match.group(2)))
    return sorted(found, key=lambda backup: backup.made, reverse=True)


def daily_backup(
    source: Path, target_dir: Path | None = None, today: dt.date | None = None
) -> Path | None:
    """The first open of a day keeps a copy; older daily copies are thinned out."""
    today = today or dt.date.today()
    if any(b.reason == DAILY and b.made.date() == today for b in list_backups(source, target_dir)):
        return None
    made = backup_sqlite(source, DAILY, target_dir)
    prune(source, target_dir)
    return made


def prune(source: Path, target_dir: Path | None = None) -> list[Path]:
    """Keep the newest ten daily copies and, before those, the newest one of each month."""
    daily = [b for b in list_backups(source, target_dir) if b.reason == DAILY]
    months: set[tuple[int, int]] = set()
    removed = []
    for backup in daily[KEEP_DAILY:]:
        month = (backup.made.year, backup.made.month)
        if month in months or any((b.made.year, b.made.month) == month for b in daily[:KEEP_DAILY]):
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
        else:
            months.add(month)
    return removed


def is_good(path: Path) -> bool:
    """A whole SQLite file of Jaarplanner that passes SQLite's quick check."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return False
    try:
        if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
            return False
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        return {"documents", "alembic_version"} <= tables
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def newest_good(source: Path, target_dir: Path | None = None) -> Backup | None:
    return next((b for b in list_backups(source, target_dir) if is_good(b.path)), None)


def restore(backup: Path, target: Path, target_dir: Path | None = None) -> Path | None:
    """Put ``backup`` in place of the database at ``target``. The file it replaces is kept
    first, as it is, even when damaged; that copy's path is returned (None: no file was
    there). Nobody may have the database open."""
    if not is_good(backup):
        raise DatabaseError(
            _("The backup '{name}' is damaged or not a Jaarplanner database.").format(
                name=backup.name
            )
        )
    kept = _keep_as_is(target, target_dir) if target.exists() else None
    incoming = target.with_name(target.name + ".herstel")
    incoming.unlink(missing_ok=True)
    _private(incoming)
    shutil.copyfile(backup, incoming)
    with open(incoming, "rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):  # an old log must never be applied to the restored file
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(incoming, target)
    return kept


def _keep_as_is(target: Path, target_dir: Path | None) -> Path:
    """A byte copy of the file (and its write-ahead log), whatever state it is in."""
    folder = _folder(target_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime(_STAMP)
    kept = folder / f"{target.stem}-{stamp}-voor-herstel.sqlite"
    _private(kept)
    shutil.copyfile(target, kept)
    wal = Path(str(target) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(kept) + "-wal"))
    return kept
