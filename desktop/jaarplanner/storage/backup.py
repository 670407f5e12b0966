"""Copies of an SQLite database, and putting one back.

Copies are made with SQLite's own backup, so a copy is always whole: on the first open of
each day (the last ten kept, and one per month before that), before a migration, an import
or a new school year, and of the current file before a restore. They live in the backups
folder as ``<name>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite``, readable by the owner only.
A restore never overwrites anything without keeping it first, damaged files included.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jaarplanner.errors import DatabaseError
from jaarplanner.i18n import N_, _, babel_locale
from jaarplanner.oserrors import reason as os_reason
from jaarplanner.storage import locking
from jaarplanner.storage.paths import backups_dir, sqlite_uri

DAILY = "dagelijks"
REASONS = {
    DAILY: N_("daily copy"),
    "voor-migratie": N_("before an upgrade of the tables"),
    "voor-import": N_("before an import"),
    "voor-nieuw-jaar": N_("before a new school year"),
    "voor-herstel": N_("the database as it was before a restore"),
}
KEEP_DAILY = 10
IDENTITY_KEY = "database_id"
WHERE = "database.txt"  # in each folder: where its database was last seen
NO_IDENTITY = "zonder-identiteit"  # copies of a file from before identities, until adopted
_STAMP = "%Y%m%d-%H%M%S-%f"


def now() -> dt.datetime:
    """The clock the copies are stamped by (tests turn it)."""
    return dt.datetime.now()


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


def _read(path: Path, query: str) -> list[tuple[object, ...]]:
    """Rows of a read-only query on an SQLite file; nothing when it cannot be read."""
    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=2)
    except sqlite3.Error:
        return []
    try:
        return connection.execute(query).fetchall()
    except sqlite3.Error:
        return []
    finally:
        connection.close()


def identity(path: Path) -> str | None:
    """The database's own identity (migration 0006), or None (older, damaged, unreadable)."""
    found = _read(path, f"SELECT value FROM settings WHERE key = '{IDENTITY_KEY}'")
    return str(found[0][0]) if found else None


def _fingerprint(path: Path) -> set[tuple[object, ...]]:
    """What a database written before identities has of its own: its documents."""
    return set(
        _read(
            path,
            "SELECT d.id, d.title, d.school_year, o.name FROM documents d "
            "JOIN organisations o ON o.id = d.organisation_id",
        )
    )


def folder_of(source: Path, target_dir: Path | None = None) -> Path | None:
    """The backups folder of the database at ``source``: named by its identity; for a file
    whose identity cannot be read (damaged), the folder that last recorded its path."""
    base = _folder(target_dir)
    own = identity(source)
    if own is not None:
        return base / own
    where = str(source.resolve())
    for record in sorted(base.glob(f"*/{WHERE}")) if base.exists() else []:
        with contextlib.suppress(OSError, UnicodeError):
            if record.read_text(encoding="utf-8").strip() == where:
                return record.parent
    return None


def _claim(source: Path, target_dir: Path | None) -> Path:
    """The folder of ``source`` made, with the path of its database recorded in it."""
    folder = folder_of(source, target_dir)
    if folder is None:  # no identity yet: only before migration 0006 ran
        folder = _folder(target_dir) / NO_IDENTITY
    folder.mkdir(parents=True, exist_ok=True)
    if folder.name != NO_IDENTITY:
        with contextlib.suppress(OSError):
            (folder / WHERE).write_text(str(source.resolve()), encoding="utf-8")
    return folder


def adopt(source: Path, target_dir: Path | None = None, ours: Path | None = None) -> list[Path]:
    """Move copies made before databases had an identity into this database's folder, when
    they are of it: the same name, and the same documents where both have them; ``ours``
    (the copy made just before the migration that gave it its identity) always."""
    base = _folder(target_dir)
    if not base.exists():
        return []
    loose = [*base.glob(f"{glob.escape(source.stem)}-*.sqlite")]
    loose += (base / NO_IDENTITY).glob("*.sqlite")
    own = identity(source) if loose else None  # nothing loose: nothing to read (every open)
    if own is None:
        return []
    mine = _fingerprint(source)
    moved = []
    for backup in sorted(loose):
        theirs = identity(backup)
        strange = theirs is not None or not (mine & _fingerprint(backup))
        if backup != ours and theirs != own and strange:
            continue
        folder = _claim(source, target_dir)
        for file in (backup, Path(f"{backup}-wal")):
            if file.exists():
                os.replace(file, folder / file.name)
        moved.append(folder / backup.name)
    return moved


def _private(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def backup_sqlite(source: Path, reason: str, target_dir: Path | None = None) -> Path:
    """Copy the database at ``source`` to the backups folder and return the copy's path."""
    folder = _claim(source, target_dir)
    stamp = now().strftime(_STAMP)
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite"
    _private(target)
    src = sqlite3.connect(sqlite_uri(source, "ro"), uri=True, timeout=5)
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
    prune(source, target_dir)
    return target


def list_backups(source: Path, target_dir: Path | None = None) -> list[Backup]:
    """The copies of the database at ``source`` (and of no other), newest first."""
    folder = folder_of(source, target_dir)
    if folder is None:
        return []
    pattern = re.compile(rf"^{re.escape(source.stem)}-(\d{{8}}-\d{{6}}-\d{{6}})-([a-z-]+)\.sqlite$")
    found = []
    for path in folder.glob(f"{glob.escape(source.stem)}-*.sqlite") if folder.exists() else []:
        match = pattern.match(path.name)
        if match:
            made = dt.datetime.strptime(match.group(1), _STAMP)
            found.append(Backup(path, made, match.group(2)))
    return sorted(found, key=lambda backup: backup.made, reverse=True)


def daily_backup(
    source: Path, target_dir: Path | None = None, today: dt.date | None = None
) -> Path | None:
    """The first open of a day keeps a copy; older daily copies are thinned out."""
    today = today or now().date()
    if any(b.reason == DAILY and b.made.date() == today for b in list_backups(source, target_dir)):
        return None
    return backup_sqlite(source, DAILY, target_dir)


def prune(source: Path, target_dir: Path | None = None) -> list[Path]:
    """Of every kind of copy (daily, before an import, a migration, a new year, a restore)
    keep the newest ten and, before those, the newest one of each month."""
    removed = []
    by_reason: dict[str, list[Backup]] = {}
    for backup in list_backups(source, target_dir):
        by_reason.setdefault(backup.reason, []).append(backup)
    for kind in by_reason.values():
        newest = {(b.made.year, b.made.month) for b in kind[:KEEP_DAILY]}
        months: set[tuple[int, int]] = set()
        for backup in kind[KEEP_DAILY:]:
            month = (backup.made.year, backup.made.month)
            if month in newest or month in months:
                for file in (backup.path, Path(f"{backup.path}-wal")):
                    file.unlink(missing_ok=True)
                removed.append(backup.path)
            else:
                months.add(month)
    return removed


def is_good(path: Path) -> bool:
    """A whole SQLite file of Jaarplanner that passes SQLite's quick check."""
    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=2)
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
    first, as it is (with its write-ahead log), even when damaged; that copy's path is
    returned (None: no file was there). Refused while another program has it open, and
    in Dutch when the file or its folder may not be written (read-only, disk full)."""
    if not backup.is_file():  # a folder, a pipe or a device (/dev/zero) would never end
        raise DatabaseError(
            _("'{name}' is not a backup file: it does not exist or is no ordinary file.").format(
                name=backup.name
            )
        )
    try:
        return _restore(backup, target, target_dir)
    except OSError as error:
        raise DatabaseError(
            _("The database '{name}' cannot be restored: {reason}. Nothing was changed.").format(
                name=target.name, reason=os_reason(error)
            )
        ) from error


def _restore(backup: Path, target: Path, target_dir: Path | None) -> Path | None:
    with locking.exclusive(target):
        folder = folder_of(target, target_dir) if target.exists() else None
        own = identity(target) or (folder.name if folder and folder.name != NO_IDENTITY else None)
        incoming = _whole_copy(backup, target.with_name(target.name + ".herstel"), own)
        try:
            kept = _keep_as_is(target, target_dir) if target.exists() else None
            for suffix in ("-wal", "-shm"):  # an old log must never meet the restored file
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            locking.replace(incoming, target)
        except BaseException:
            incoming.unlink(missing_ok=True)
            raise
    prune(target, target_dir)
    return kept


def _whole_copy(backup: Path, incoming: Path, own: str | None) -> Path:
    """Copy ``backup`` and its write-ahead log (a kept "as it was" copy has one) beside the
    target, fold the log in, give it the identity ``own`` of the database it replaces (so
    its backups stay its own), check it and write it to disk; refuse a bad backup."""
    log = Path(f"{backup}-wal")
    for stale in (incoming, Path(f"{incoming}-wal"), Path(f"{incoming}-shm")):
        stale.unlink(missing_ok=True)
    _private(incoming)
    try:
        shutil.copyfile(backup, incoming)
        if log.exists():
            _private(Path(f"{incoming}-wal"))
            shutil.copyfile(log, Path(f"{incoming}-wal"))
        with contextlib.suppress(sqlite3.Error):  # not a database: refused just below
            if log.exists() or own is not None:
                _settle(incoming, own)
        if not is_good(incoming) or (log.exists() and Path(f"{incoming}-wal").exists()):
            raise DatabaseError(
                _("The backup '{name}' is damaged or not a Jaarplanner database.").format(
                    name=backup.name
                )
            )
        with open(incoming, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        for stale in (incoming, Path(f"{incoming}-wal"), Path(f"{incoming}-shm")):
            stale.unlink(missing_ok=True)
        raise
    return incoming


def _settle(incoming: Path, own: str | None) -> None:
    """Fold the committed changes in the log into the file and write the identity."""
    connection = sqlite3.connect(sqlite_uri(incoming, "rw"), uri=True, timeout=2)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if own is not None and "documents" in _tables(connection):
            connection.execute(
                "CREATE TABLE IF NOT EXISTS settings (key VARCHAR(100) NOT NULL, "
                "value TEXT NOT NULL, CONSTRAINT pk_settings PRIMARY KEY (key))"
            )
            connection.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (IDENTITY_KEY, own)
            )
            connection.commit()
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}


def _keep_as_is(target: Path, target_dir: Path | None) -> Path:
    """A byte copy of the file and its write-ahead log, whatever state they are in, owner
    only."""
    folder = _claim(target, target_dir)
    stamp = now().strftime(_STAMP)
    kept = folder / f"{target.stem}-{stamp}-voor-herstel.sqlite"
    _private(kept)
    shutil.copyfile(target, kept)
    wal = Path(f"{target}-wal")
    if wal.exists():
        _private(Path(f"{kept}-wal"))
        shutil.copyfile(wal, Path(f"{kept}-wal"))
    return kept
