"""Copies of an SQLite database, made with SQLite's own backup so a copy is always whole."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from jaarplanner.storage.paths import backups_dir


def backup_sqlite(source: Path, reason: str, target_dir: Path | None = None) -> Path:
    """Copy the database at ``source`` to the backups folder and return the copy's path."""
    folder = target_dir or backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target
