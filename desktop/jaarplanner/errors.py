"""Errors a user can do something about. Their message is Dutch and fit to show as is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class UserError(Exception):
    """Something the user asked for cannot be done; ``str(error)`` says why, in Dutch."""


class DatabaseError(UserError):
    """A database that cannot be opened or used; it was left as it was."""


class DamagedDatabaseError(DatabaseError):
    """The database file is damaged; it was not changed. ``path``: the file."""

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class UnfinishedDatabaseError(DamagedDatabaseError):
    """The file was never finished (an interrupted first start left it empty or half made);
    it holds nothing and may be made again, after asking."""


class NotFoundError(UserError):
    """The object asked for does not exist (any more)."""


class ConflictError(UserError):
    """Somebody else changed the same object in the meantime. For a text: ``mine`` (what
    this user wanted), ``theirs`` (what is stored now) and ``retry``, the same change made
    over theirs (a callable taking the database)."""

    def __init__(
        self,
        message: str,
        *,
        label: str = "",
        mine: str | None = None,
        theirs: str | None = None,
        retry: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.label, self.mine, self.theirs, self.retry = label, mine, theirs, retry
