"""Reading a database with plain SQL for a command that only reads (an export). A plain
SQLite file already at the newest revision is read through the standard library's ``sqlite3``,
read-only, after the same checks ``open_database`` makes: SQLAlchemy's import is a third of a
whole ``jaarplanner export``. Any other database (a server's address, an older file that must
be migrated first, an empty, damaged or foreign file) goes through ``open_database`` exactly
as before, so it is migrated, refused or named as it always was."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jaarplanner.errors import DatabaseError
from jaarplanner.i18n import _
from jaarplanner.oserrors import reason
from jaarplanner.storage.backup import adopt, daily_backup
from jaarplanner.storage.migrations import HEAD
from jaarplanner.storage.paths import default_database_path, sqlite_uri
from jaarplanner.storage.sqlite_file import inspect_sqlite_file, is_locked, locked_message

Records = Callable[..., list[Any]]  # records(sql, **values): the rows, by name and by place


@contextlib.contextmanager
def plain_reading(target: str | os.PathLike[str] | None) -> Iterator[Records]:
    """``records(sql, **values)`` over the database at ``target`` (as ``open_database`` takes
    it), for the length of the block; the database must exist."""
    path = _plain_file(target)
    if path is not None and inspect_sqlite_file(path) == HEAD:
        with _sqlite_records(path) as records:
            yield records
        return
    from jaarplanner.storage.database import open_database

    db = open_database(target, create=False)
    try:
        with db.plain_records() as records:
            yield records
    finally:
        db.close()


def _plain_file(target: str | os.PathLike[str] | None) -> Path | None:
    """The path of an existing ordinary file named as a path (not as an address)."""
    if target is None:
        path = default_database_path()
    else:
        raw = os.fspath(target)
        if "://" in raw:
            return None
        path = Path(raw).expanduser()
    return path if path.is_file() else None


@contextlib.contextmanager
def _sqlite_records(path: Path) -> Iterator[Records]:
    # the same housekeeping as open_database: old copies find their home, a copy a day
    with contextlib.suppress(OSError):
        adopt(path)
    with contextlib.suppress(OSError, sqlite3.Error):
        daily_backup(path)
    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=2)
    except sqlite3.Error as error:
        raise _unreadable(path, error) from error
    connection.row_factory = _record

    def records(sql: str, **values: Any) -> list[Any]:
        try:
            return connection.execute(sql, values).fetchall()
        except sqlite3.Error as error:
            raise _unreadable(path, error) from error

    try:
        yield records
    finally:
        connection.close()


def _unreadable(path: Path, error: sqlite3.Error) -> DatabaseError:
    if is_locked(error):
        return DatabaseError(locked_message(path.name))
    return DatabaseError(
        _("The database '{name}' cannot be opened now: {reason}. It has not been changed.").format(
            name=path.name, reason=reason(error)
        )
    )


def _record(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Any:
    return _record_class(tuple(column[0] for column in cursor.description))(row)


@cache
def _record_class(names: tuple[str, ...]) -> type:
    """A row read by place, by name (``row.title``) and as ``row._mapping``, as SQLAlchemy's
    rows are, so the reading code is the same for both ways."""
    places = {name: place for place, name in enumerate(names)}

    class Record(tuple[Any, ...]):
        __slots__ = ()

        def __getattr__(self, name: str) -> Any:
            try:
                return self[places[name]]
            except KeyError:
                raise AttributeError(name) from None

        @property
        def _mapping(self) -> dict[str, Any]:
            return dict(zip(names, self, strict=True))

    return Record
