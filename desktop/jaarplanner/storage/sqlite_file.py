"""An SQLite file looked at read-only, with the standard library only (no SQLAlchemy, so that
a command that only reads can use it without importing SQLAlchemy): a file that is not an
SQLite database, is damaged, belongs to another program or was never finished is refused with
a Dutch message and left byte for byte as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jaarplanner.errors import DamagedDatabaseError, DatabaseError, UnfinishedDatabaseError
from jaarplanner.i18n import _
from jaarplanner.oserrors import reason
from jaarplanner.storage.paths import sqlite_uri

SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = {"alembic_version", "documents", "organisations"}


def inspect_sqlite_file(path: Path) -> str | None:
    """Look at an existing file read-only; return its revision, or None when it is empty."""
    name = path.name
    if path.exists() and not path.is_file() and not path.is_dir():
        # a device or a pipe (/dev/null reads as an empty, "unfinished" file that a start
        # would then replace, removing the device for every program)
        raise DatabaseError(
            _("'{name}' is no ordinary file, so it cannot be a database.").format(name=name)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except IsADirectoryError as error:
        raise DatabaseError(_("'{name}' is a folder, not a database.").format(name=name)) from error
    except OSError as error:
        raise DatabaseError(
            _("The file '{name}' cannot be read: {reason}").format(
                name=name, reason=error.strerror or error
            )
        ) from error
    if not header:
        raise _unfinished(path)
    if header != SQLITE_MAGIC:
        raise DatabaseError(
            _("The file '{name}' is not a Jaarplanner database. It has not been changed.").format(
                name=name
            )
        )
    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=2)
    except sqlite3.Error as error:
        raise DatabaseError(
            _("The file '{name}' cannot be opened: {reason}").format(name=name, reason=error)
        ) from error
    try:
        verdict = connection.execute("PRAGMA quick_check").fetchone()
        if not verdict or verdict[0] != "ok":
            raise _damaged(path)
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if not OUR_TABLES & tables:
            raise DatabaseError(
                _(
                    "The file '{name}' is a database of another program. It has not been changed."
                ).format(name=name)
            )
        if _holds_nothing(connection, tables) and not _version(connection, tables):
            raise _unfinished(path)  # tables made, but the first start never finished
        if "alembic_version" not in tables:
            raise DatabaseError(
                _("The database '{name}' is incomplete. It has not been changed.").format(name=name)
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError as error:
        if is_locked(error):
            raise DatabaseError(locked_message(name)) from error
        # a full disk, a read-only folder, a file that cannot be read: the file is fine
        raise DatabaseError(
            _(
                "The database '{name}' cannot be opened now: {reason}. It has not been changed."
            ).format(name=name, reason=reason(error))
        ) from error
    except sqlite3.DatabaseError as error:
        # The header says SQLite, but the pages cannot be read: the file is damaged.
        raise _damaged(path) from error
    finally:
        connection.close()


def _holds_nothing(connection: sqlite3.Connection, tables: set[str]) -> bool:
    for table in sorted({"organisations", "documents", "kpis"} & tables):
        if connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            return False
    return True


def _version(connection: sqlite3.Connection, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _unfinished(path: Path) -> UnfinishedDatabaseError:
    return UnfinishedDatabaseError(
        _(
            "The database '{name}' was never finished: an earlier start was interrupted "
            "before it was made. It holds nothing yet and can be made again."
        ).format(name=path.name),
        path,
    )


def _damaged(path: Path) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        _("The database '{name}' is damaged. It has not been changed; restore a backup.").format(
            name=path.name
        ),
        path,
    )


def is_locked(error: BaseException) -> bool:
    message = str(getattr(error, "orig", None) or error).lower()
    return "locked" in message or "busy" in message


def locked_message(name: str) -> str:
    return _(
        "The database '{name}' is in use by another program, which holds it locked. Nothing "
        "was changed; close that program or try again in a moment."
    ).format(name=name)
