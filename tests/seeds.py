"""Where the seeds are: five real documents (other organisations' texts) kept as text in
``../shared/seeds/`` beside the repository, never inside it.

A clone without that folder runs everything else; every test that reads a seed skips with
the one reason below. ``JAARPLANNER_SHARED`` names another folder (a git worktree, for one,
is not beside ``shared``). Nothing here reads a file while tests are being collected.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("JAARPLANNER_SHARED") or ROOT.parent / "shared")
SEEDS = SHARED / "seeds"
ABSENT = (
    "no ../shared/seeds/ beside the repository: the five seed documents (other "
    "organisations' texts) are not part of it"
)


def present() -> bool:
    return SEEDS.is_dir() and any(SEEDS.glob("*.txt"))


def require() -> None:
    """Skip the calling test (or fixture) when the seeds are not there."""
    if not present():
        pytest.skip(ABSENT)


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (``"000"`` … ``"004"``)."""
    require()
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_files() -> list[Path]:
    """All seed files, in name order."""
    require()
    return sorted(SEEDS.glob("*.txt"))
