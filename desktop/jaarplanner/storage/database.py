"""Opening a database: an SQLite file (the default) or any SQLAlchemy URL.

An SQLite file is looked at read-only before anything is written: a file that is not an
SQLite database, is damaged, or belongs to another program is refused with a Dutch message
and left byte for byte as it was. Migrations run when a database is opened, after a copy of
the file has been kept.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import glob
import logging
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, OperationalError, SQLAlchemyError

from jaarplanner.errors import (
    ConflictError,
    DatabaseError,
    UnfinishedDatabaseError,
)
from jaarplanner.i18n import _
from jaarplanner.oserrors import reason
from jaarplanner.storage.backup import adopt, backup_sqlite, daily_backup
from jaarplanner.storage.migrations import HEAD, SCRIPT_LOCATION
from jaarplanner.storage.network import is_network_path
from jaarplanner.storage.paths import default_database_path
from jaarplanner.storage.sqlite_file import inspect_sqlite_file, is_locked, locked_message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

CHANNEL = "jaarplanner"  # PostgreSQL: NOTIFY after every change, LISTEN in every window
BUSY_MS = 2000  # how long to wait for another program's lock before saying so
log = logging.getLogger("jaarplanner.storage")


@dataclass
class Database:
    """An open database: the engine, a session factory and where it came from."""

    engine: Engine
    url: str
    path: Path | None
    backup: Path | None = None
    # who made a change, in PostgreSQL's notifications: one's own changes are no news
    sender: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)
    _sessions: sessionmaker[Session] | None = dataclasses.field(default=None, repr=False)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory, made on first use: importing SQLAlchemy's ORM costs about
        a second, which a command that only reads with plain SQL (an export) does not pay."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back when it raises."""
        from sqlalchemy.orm.exc import StaleDataError

        session = self.sessions()
        try:
            yield session
            if self.engine.dialect.name == "postgresql":
                # other users' windows listen for this; delivered only when the commit is
                session.execute(
                    text("SELECT pg_notify(:channel, :me)"),
                    {"channel": CHANNEL, "me": self.sender},
                )
            session.commit()
        except StaleDataError as error:
            # a colleague's change landed between reading and writing: the conflict path
            session.rollback()
            raise ConflictError(
                _("Somebody else changed this in the meantime. Your change was not saved.")
            ) from error
        except OperationalError as error:
            session.rollback()
            if is_locked(error):
                raise DatabaseError(locked_message(self.display_name)) from error
            raise DatabaseError(_not_saved(error)) from error
        except DataError as error:  # PostgreSQL: a text longer than its column
            session.rollback()
            raise DatabaseError(
                _(
                    "A text is longer than the database can hold. Nothing was changed; make "
                    "it shorter and try again."
                )
            ) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def keep_backup(self, reason: str) -> Path | None:
        """A copy of an SQLite file before a big step; a server's backups are its own."""
        if self.path is None or not self.path.exists():
            return None
        return backup_sqlite(self.path, reason)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            yield session
        except OperationalError as error:
            if is_locked(error):
                raise DatabaseError(locked_message(self.display_name)) from error
            raise
        finally:
            session.rollback()
            session.close()

    @contextlib.contextmanager
    def plain_records(self) -> Iterator[Callable[..., list[Any]]]:
        """``records(sql, **values)`` over one connection: reading with plain SQL, no ORM."""
        with self.engine.connect() as connection:

            def records(sql: str, **values: Any) -> list[Any]:
                return list(connection.execute(text(sql), values))

            yield records

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(journal: str) -> Callable[[sqlite3.Connection, object], None]:
    def apply(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        # WAL (DELETE on a network share) with synchronous=FULL: a commit that returned
        # survives a power loss.
        cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        cursor.close()

    return apply


def resolve_target(target: str | os.PathLike[str] | None) -> tuple[str, Path | None]:
    """Return the SQLAlchemy URL and, for an SQLite file, its path."""
    if target is None:
        path = default_database_path()
        return f"sqlite:///{path}", path
    raw = os.fspath(target)
    if "://" in raw:
        try:
            url = make_url(raw)
        except (ArgumentError, ValueError) as error:
            raise DatabaseError(
                _("'{target}' is not a database address that can be used.").format(
                    target=_hidden(raw)
                )
            ) from error
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return raw, Path(url.database)
        return raw, None
    path = Path(raw).expanduser()
    return f"sqlite:///{path}", path


def _hidden(address: str) -> str:
    """The address without its password, for messages (a wrong driver, a typo)."""
    try:
        return make_url(address).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", address)


def _create_atomically(path: Path, *, replace: bool = False) -> None:
    """Make a new database whole or not at all: built and migrated in a private file beside
    ``path``, then put in place in one step. A kill or a full disk on the way leaves no
    file at ``path`` (or, with ``replace``, the unfinished one as it was)."""
    building = path.with_name(f".{path.name}.nieuw-{uuid.uuid4().hex[:8]}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(building, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        engine = create_engine(URL.create("sqlite", database=str(building)))
        try:
            migrate(engine)
            with engine.connect() as connection:  # one self-contained file, no log beside
                connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
        finally:
            engine.dispose()
        with open(building, "rb+") as handle:
            os.fsync(handle.fileno())
        if replace:
            os.replace(building, path)
        else:
            _put_new(building, path)
        for leftover in path.parent.glob(f".{glob.escape(path.name)}.nieuw-*"):
            leftover.unlink(missing_ok=True)  # of a start killed before ours
    except (OSError, SQLAlchemyError) as error:
        raise DatabaseError(
            _("A new database cannot be made at '{path}': {reason}").format(
                path=path, reason=reason(error)
            )
        ) from error
    finally:
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            leftover.unlink(missing_ok=True)


def _put_new(building: Path, path: Path) -> None:
    """Put the new file in place, never over a file that appeared in the meantime."""
    try:
        os.link(building, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some shares)
        if path.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
        os.rename(building, path)


def _known_revisions() -> set[str]:
    return {
        p.stem.split("_", 1)[0]
        for p in (SCRIPT_LOCATION / "versions").glob("*.py")
        if p.stem[0].isdigit()
    }


def migrate(engine: Engine) -> None:
    """Bring the database's tables to the newest revision."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    backup_dir: Path | None = None,
    rebuild: bool = False,
) -> Database:
    """Open (and when needed create or migrate) the database at ``target``. With
    ``rebuild`` a file that was never finished (``UnfinishedDatabaseError``, asked first) is
    made again; nothing else is ever replaced."""
    url, path = resolve_target(target)
    revision: str | None = None
    existed = path is not None and path.exists()
    if path is not None:
        if existed:
            try:
                revision = inspect_sqlite_file(path)
            except UnfinishedDatabaseError:
                if not rebuild:
                    raise
                for suffix in ("-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                _create_atomically(path, replace=True)
                existed, revision = False, HEAD
        elif not create:
            raise DatabaseError(_("The database '{name}' does not exist.").format(name=path.name))
        else:
            _create_atomically(path)
            revision = HEAD
    if revision is not None and revision != HEAD and revision not in _known_revisions():
        raise DatabaseError(
            _(
                "The database '{name}' was made by a newer Jaarplanner. Install the newest version."
            ).format(name=path.name if path else url)
        )
    try:
        # a file path goes to SQLite as it is: "%20", "#" and "?" are part of the name
        engine = create_engine(URL.create("sqlite", database=str(path)) if path else url)
    except (ArgumentError, ImportError, SQLAlchemyError) as error:
        raise DatabaseError(
            _("'{target}' is not a database address that can be used.").format(target=_hidden(url))
        ) from error
    if engine.dialect.name == "sqlite":
        journal = "DELETE" if path is not None and is_network_path(path) else "WAL"
        event.listen(engine, "connect", _sqlite_pragmas(journal))
    backup = None
    try:
        if path is None:
            revision = _current_revision(engine)
        if revision != HEAD:
            if path is not None and existed and revision is not None:
                backup = backup_sqlite(path, "voor-migratie", backup_dir)
            migrate(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except SQLAlchemyError as error:
        engine.dispose()
        raise DatabaseError(
            _("The database cannot be opened: {reason}").format(reason=_short(error))
        ) from error
    if path is not None:
        with contextlib.suppress(OSError):  # copies from before identities find their home
            moved = adopt(path, backup_dir, ours=backup)
            backup = next((m for m in moved if backup and m.name == backup.name), backup)
    if path is not None and existed and revision is not None:
        # no copy today (a full disk, a lock) does not stop the work: the file itself is fine
        try:
            daily_backup(path, backup_dir)
        except (OSError, sqlite3.Error):
            log.warning("no daily backup of %s could be made", path.name, exc_info=True)
    if engine.dialect.name == "sqlite":
        # one pooled connection that has read the file stays open: from now on the file is
        # seen as in use by this program (a restore or a second --demo leaves it alone)
        with contextlib.suppress(SQLAlchemyError), engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    return Database(engine=engine, url=url, path=path, backup=backup)


def _not_saved(error: BaseException) -> str:
    """A write that failed (a full disk, a read-only file or folder), in one Dutch line."""
    return _("The change could not be saved: {reason}. Nothing was changed.").format(
        reason=reason(getattr(error, "orig", None) or error)
    )


def _short(error: BaseException) -> str:
    message = str(getattr(error, "orig", None) or error)
    return message.splitlines()[0][:200]
