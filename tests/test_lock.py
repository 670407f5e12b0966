"""The lock files in requirements/ are current with pyproject.toml, agree with each other, and
hold every package with hashes. (Whether the installed versions are the locked ones is not
a test: any version within the ranges must pass; the build checks it, packaging/build.py.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import lockfile  # noqa: E402


@pytest.mark.parametrize("name", lockfile.LOCKS)
def test_each_lock_was_made_from_the_ranges_of_pyproject(name: str) -> None:
    """A range changed in pyproject.toml without `bash tools/lock.sh` fails here."""
    path = ROOT / "requirements" / f"{name}.txt"
    assert lockfile.recorded(path) == lockfile.requirements(name), (
        "pyproject.toml changed since the lock was made: run `bash tools/lock.sh`"
    )


@pytest.mark.parametrize("name", lockfile.LOCKS)
def test_each_locked_version_lies_within_its_range(name: str) -> None:
    pins = lockfile.pins(ROOT / "requirements" / f"{name}.txt")
    outside = []
    for line in lockfile.requirements(name):
        requirement = Requirement(line)
        versions = pins.get(lockfile.canonical(requirement.name), [])
        assert versions, f"{requirement.name} is not in the lock"
        outside += [f"{line}: {v}" for v in versions if v not in requirement.specifier]
    assert outside == []


@pytest.mark.parametrize("name", lockfile.LOCKS)
def test_every_locked_package_has_a_version_and_hashes(name: str) -> None:
    text = (ROOT / "requirements" / f"{name}.txt").read_text("utf-8")
    entries = [x for x in text.split("\n") if x and not x.startswith((" ", "#"))]
    assert entries, "an empty lock"
    assert all(lockfile.PIN.match(entry) for entry in entries), entries
    assert text.count("--hash=sha256:") >= len(entries)


def test_the_program_tested_is_the_program_built() -> None:
    """What the program, the tests and the build share is locked at the same versions."""
    program, test, build = (
        lockfile.pins(ROOT / "requirements" / f"{name}.txt") for name in lockfile.LOCKS
    )
    for package, versions in program.items():
        assert test.get(package) == versions == build.get(package), package
    for package, versions in build.items():
        assert test.get(package) == versions, package


def test_a_changed_range_is_noticed(tmp_path: Path) -> None:
    changed = (
        (ROOT / "pyproject.toml").read_text("utf-8").replace('"Babel>=2.14,<3"', '"Babel>=2.14,<4"')
    )
    assert changed != (ROOT / "pyproject.toml").read_text("utf-8")
    (tmp_path / "pyproject.toml").write_text(changed, "utf-8")
    recorded = lockfile.recorded(ROOT / "requirements" / "program.txt")
    assert lockfile.requirements("program", tmp_path / "pyproject.toml") != recorded
