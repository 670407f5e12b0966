"""Where the program's shipped files are: the source tree, or a frozen bundle."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any


@cache
def base_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return base_dir() / "resources"


def translations_dir() -> Path:
    return base_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def licenses_dir() -> Path:
    return resources_dir() / "licenses"


def layouts_dir() -> Path:
    return resources_dir() / "layouts"


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)
