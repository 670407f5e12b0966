"""Read-only database files and folders (issue 19, item 12), with permissions that bite: the
command runs without the right to override file permissions (as root, the capabilities
that skip them are dropped with ``setpriv``; as anyone else they never applied). Each case
gives one Dutch line, no traceback, changes nothing and never calls a good database
"geen Jaarplanner-database"."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import open_database
from tests.factories import sample_document

pytestmark = pytest.mark.processes
# CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER let root ignore permission bits
_UNPRIVILEGED = (
    ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-all", "--"]
    if os.geteuid() == 0
    else []
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_UNPRIVILEGED, sys.executable, "-m", "jaarplanner", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "JAARPLANNER_LANGUAGE": "nl"},
        timeout=120,
    )


def _one_dutch_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "onverwachts" not in lines[0]  # not the general "something went wrong"
    assert "geen Jaarplanner-database" not in lines[0]
    assert "Nothing" not in lines[0] and "cannot" not in lines[0]  # Dutch, not English
    return lines[0]


def _database(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "plan.sqlite"
    db = open_database(path)
    create_document(db, sample_document())
    db.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new_document(path: Path) -> subprocess.CompletedProcess[str]:
    return _run(
        "--database",
        str(path),
        "new",
        "--organisation",
        "SWV Proefstad",
        "--school-year",
        "2025-2026",
        "--layout",
        "themed-table",
    )


def test_a_read_only_database_is_read_but_not_changed(tmp_path: Path) -> None:
    path = _database(tmp_path / "map")
    path.chmod(0o444)
    before = _digest(path)
    check = _run("--database", str(path), "check")
    assert check.returncode == 0, check.stderr
    assert "in orde" in check.stdout
    dump = _run("--database", str(path), "dump")
    assert dump.returncode == 0, dump.stderr
    assert "Deelnemersraad" in dump.stdout
    line = _one_dutch_line(_new_document(path))
    assert "alleen-lezen" in line
    assert _digest(path) == before


def test_restoring_a_read_only_database_is_refused_in_dutch(tmp_path: Path) -> None:
    path = _database(tmp_path / "map")
    copy = tmp_path / "kopie.sqlite"
    copy.write_bytes(path.read_bytes())
    path.chmod(0o444)
    before = _digest(path)
    line = _one_dutch_line(_run("--database", str(path), "restore", "--backup", str(copy)))
    assert "plan.sqlite" in line and "niets" in line.lower()
    assert _digest(path) == before


def test_no_database_is_made_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    line = _one_dutch_line(_new_document(folder / "nieuw.sqlite"))
    assert "nieuw.sqlite" in line
    assert list(folder.iterdir()) == []


def test_a_good_database_in_a_read_only_folder_stays_a_database(tmp_path: Path) -> None:
    path = _database(tmp_path / "map")
    path.parent.chmod(0o555)
    check = _run("--database", str(path), "check")
    assert "geen Jaarplanner-database" not in check.stdout + check.stderr
    assert "Traceback" not in check.stderr
    _one_dutch_line(_new_document(path))
    path.parent.chmod(0o755)
    assert _run("--database", str(path), "check").returncode == 0
