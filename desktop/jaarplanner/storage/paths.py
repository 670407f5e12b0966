"""Where the databases and their backups are, in the user's data folder."""

from __future__ import annotations

from pathlib import Path

from jaarplanner.places import APP_DIR_NAME, data_dir

__all__ = ["APP_DIR_NAME", "backups_dir", "data_dir", "default_database_path"]


def default_database_path() -> Path:
    return data_dir() / "jaarplanner.sqlite"


def backups_dir() -> Path:
    return data_dir() / "reservekopieen"
