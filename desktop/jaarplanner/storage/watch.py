"""Noticing changes made by others on the same database, without a restart.

SQLite: ``PRAGMA data_version`` on a connection of the watcher's own changes whenever any
other connection commits. Our own commits count too, so the window calls ``absorb()`` after
each of its own changes (it reloads then anyway). PostgreSQL: every change sends a
``NOTIFY`` with the id of the ``Database`` that made it (see ``Database.transaction``); the
watcher ``LISTEN``s and ignores its own.
"""

from __future__ import annotations

import contextlib
from typing import Any

from jaarplanner.storage.database import CHANNEL, Database


class ChangeWatcher:
    def __init__(self, db: Database) -> None:
        self.kind = db.engine.dialect.name
        self.sender = db.sender
        self.raw = db.engine.raw_connection()
        connection = self.raw.driver_connection
        assert connection is not None
        self.connection: Any = connection  # sqlite3's or psycopg's
        self.seen = None
        if self.kind == "sqlite":
            self.seen = self._data_version()
        elif self.kind == "postgresql":
            self.connection.autocommit = True
            self.connection.execute(f"LISTEN {CHANNEL}")

    def _data_version(self) -> int:
        return int(self.connection.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """Did somebody else commit a change since the last look?"""
        try:
            if self.kind == "sqlite":
                now = self._data_version()
                news, self.seen = now != self.seen, now
                return news
            if self.kind == "postgresql":
                return any(
                    note.payload != self.sender
                    for note in self.connection.notifies(timeout=0, stop_after=100)
                )
        except Exception:  # a lost connection or a locked file is no news; look again later
            return False
        return False

    def absorb(self) -> None:
        """Our own changes are not news: forget what happened until now."""
        if self.kind == "sqlite":
            self.seen = self._data_version()

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a broken connection may fail too
            self.raw.invalidate()
