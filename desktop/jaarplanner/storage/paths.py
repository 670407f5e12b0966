"""Where the user's data lives. ``JAARPLANNER_DATA_DIR`` overrides it (tests, portable use)."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "Jaarplanner"


def data_dir() -> Path:
    override = os.environ.get("JAARPLANNER_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)


def default_database_path() -> Path:
    return data_dir() / "jaarplanner.sqlite"


def backups_dir() -> Path:
    return data_dir() / "reservekopieen"
