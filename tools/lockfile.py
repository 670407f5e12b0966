"""The lock files in ``requirements/``: which ranges of pyproject.toml they were made from.

    .venv/bin/python tools/lockfile.py NAME   # put the header on requirements/NAME.txt

``tools/lock.sh`` calls this after each compile; ``tests/test_lock.py`` compares the
header's ``# requires:`` lines with pyproject.toml, without a network, so a range changed
without re-locking fails the tests.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCKS = ("program", "test", "build")
REQUIRES = "# requires: "
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)(?:\s*;\s*([^\\]+?))?\s*\\?$")


def requirements(name: str, pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The requirement lines the lock ``name`` must satisfy, as pyproject.toml has them."""
    project = tomllib.loads(pyproject.read_text("utf-8"))["project"]
    found = list(project["dependencies"])
    if name != "program":
        found += project["optional-dependencies"][name]
    return sorted(set(found), key=str.lower)


def recorded(path: Path) -> list[str]:
    """The requirement lines a lock file says it was made from."""
    lines = path.read_text("utf-8").splitlines()
    return sorted((x[len(REQUIRES) :] for x in lines if x.startswith(REQUIRES)), key=str.lower)


def pins(path: Path) -> dict[str, list[str]]:
    """Every package of a lock file with its locked version(s) (one per platform marker)."""
    found: dict[str, list[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        match = PIN.match(line)
        if match:
            found.setdefault(canonical(match.group(1)), []).append(match.group(2))
    return found


def off_lock(name: str) -> list[str]:
    """Packages of requirements/NAME.txt meant for this platform whose installed version is
    not the locked one (or that are missing): an empty list means the environment is locked."""
    from importlib.metadata import PackageNotFoundError, version

    from packaging.markers import Marker

    wrong = []
    for line in (ROOT / "requirements" / f"{name}.txt").read_text("utf-8").splitlines():
        match = PIN.match(line)
        if match is None or (match.group(3) and not Marker(match.group(3)).evaluate()):
            continue
        package, locked = match.group(1), match.group(2)
        try:
            installed = version(package)
        except PackageNotFoundError:
            installed = "missing"
        if installed != locked:
            wrong.append(f"{package} {installed} (locked: {locked})")
    return wrong


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def header(name: str) -> str:
    lines = [
        "# Locked by tools/lock.sh from pyproject.toml (uv pip compile --universal",
        "# --generate-hashes): the same versions on Windows and Linux. Do not edit by hand.",
        f"# Install: python -m pip install --require-hashes -r requirements/{name}.txt",
        *(REQUIRES + line for line in requirements(name)),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    name = argv[0]
    path = ROOT / "requirements" / f"{name}.txt"
    body = [x for x in path.read_text("utf-8").splitlines(keepends=True) if not x.startswith("#")]
    while body and not body[0].strip():
        body.pop(0)
    path.write_text(header(name) + "".join(body), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
