"""Where the databases and their backups are, in the user's data folder, and how a file path
is handed to SQLite without being read as an address."""

from __future__ import annotations

from pathlib import Path, PurePath
from urllib.parse import quote

from jaarplanner.places import APP_DIR_NAME, data_dir

__all__ = ["APP_DIR_NAME", "backups_dir", "data_dir", "default_database_path", "sqlite_uri"]


def default_database_path() -> Path:
    return data_dir() / "jaarplanner.sqlite"


def backups_dir() -> Path:
    return data_dir() / "reservekopieen"


def sqlite_uri(path: PurePath, mode: str) -> str:
    """An SQLite ``file:`` URI for ``path`` taken literally: a space, ``%``, ``#`` and ``?``
    are escaped so they stay part of the name. A Windows UNC path (``\\\\server\\share``)
    becomes ``file:////server/share/...``, which SQLite turns back into the UNC path."""
    if isinstance(path, Path):
        path = path.absolute()
    posix = path.as_posix()
    if not posix.startswith("/"):  # C:/... on Windows
        posix = "/" + posix
    return f"file://{quote(posix, safe='/:')}?mode={mode}"
