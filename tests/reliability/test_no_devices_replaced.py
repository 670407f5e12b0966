"""Exports, the comparison and the database never replace or read what is no ordinary file
(a named pipe here stands for /dev/full or /dev/null, which an export run as the
administrator replaced with a PDF), and the comparison's partial file is never a name
someone could plant a link at."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import open_database
from tests.factories import sample_document

pytestmark = pytest.mark.processes


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jaarplanner", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "JAARPLANNER_LANGUAGE": "nl"},
        timeout=120,
    )


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite"
    db = open_database(path)
    create_document(db, sample_document())
    db.close()
    return path


def _pipe(tmp_path: Path) -> Path:
    pipe = tmp_path / "uit.pdf"
    os.mkfifo(pipe)
    return pipe


def test_an_export_does_not_replace_a_device(tmp_path: Path) -> None:
    database, pipe = _database(tmp_path), _pipe(tmp_path)
    result = _run("--database", str(database), "export", "--format", "pdf", "--output", str(pipe))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "jaarplanner: 'uit.pdf' is geen gewoon bestand; er is niets geschreven. "
        "Kies een bestandsnaam."
    )
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


def test_a_comparison_does_not_replace_a_device_or_follow_a_planted_link(tmp_path: Path) -> None:
    database, pipe = _database(tmp_path), _pipe(tmp_path)
    compare = ("--database", str(database), "compare", "--document", "1", "--with", "1")
    result = _run(*compare, "--output", str(pipe))
    assert result.returncode == 1
    assert "geen gewoon bestand" in result.stderr and "Traceback" not in result.stderr
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    victim = tmp_path / "slachtoffer"
    (tmp_path / ".vergelijking.pdf.deel").symlink_to(victim)
    result = _run(*compare, "--output", str(tmp_path / "vergelijking.pdf"))
    assert result.returncode == 0, result.stderr
    assert not victim.exists()
    assert (tmp_path / "vergelijking.pdf").read_bytes().startswith(b"%PDF")


def test_a_device_is_not_taken_for_a_database(tmp_path: Path) -> None:
    pipe = tmp_path / "plan.sqlite"
    os.mkfifo(pipe)
    result = _run("--database", str(pipe), "dump")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "jaarplanner: 'plan.sqlite' is geen gewoon bestand en kan dus geen database zijn."
    )
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
