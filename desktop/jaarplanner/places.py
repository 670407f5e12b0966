"""Where the user's own files live: the data folder. ``JAARPLANNER_DATA_DIR`` overrides it
(tests, portable use). A path only, so every layer may ask for it."""

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
