"""The command line as people and scripts use it: output, Dutch errors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import open_database
from jaarplanner.version import __version__
from tests.factories import sample_document

pytestmark = pytest.mark.processes


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jaarplanner", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "JAARPLANNER_LANGUAGE": "nl"},
        timeout=120,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Jaarplanner {__version__}"


def test_dump_of_a_new_database_is_empty(tmp_path: Path) -> None:
    result = run("dump", "--database", str(tmp_path / "leeg.sqlite"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"documents": []}


def test_dump_shows_the_document_as_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    db = open_database(path)
    document_id = create_document(db, sample_document()).result
    db.close()
    result = run("--database", str(path), "dump", "--document", str(document_id))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)["documents"][0]
    assert document["school_year"] == "2024-2025"
    assert document["status"][0] == {
        "body": "Deelnemersraad",
        "action": "geadviseerd",
        "date": "2024-05-27",
    }
    theme = document["parts"][0]["themes"][1]
    assert theme["number"] == "2" and theme["title"] == "Kwaliteit"
    assert theme["rows"][0]["fields"]["period"] == "nov 2024-feb & mei 2025"
    first = document["parts"][0]["themes"][0]["rows"]
    assert [r["number"] for r in first] == ["1", "2"]
    assert first[1]["rows"][0]["fields"]["what"] == "Vervolg op de monitor"
    assert document["sections"][1]["text"] == "• een\n• twee"


def test_check_on_a_new_and_a_migrated_database(tmp_path: Path) -> None:
    from tests.storage.test_migrations import _database_at

    new = tmp_path / "nieuw.sqlite"
    open_database(new).close()
    result = run("check", "--database", str(new))
    assert result.returncode == 0
    assert "De database is in orde" in result.stdout
    old = tmp_path / "oud.sqlite"
    _database_at(old, "0001")
    result = run("check", "--database", str(old))
    assert result.returncode == 0, result.stderr
    assert run("dump", "--database", str(old)).returncode == 0


def test_not_a_database_gives_one_dutch_line_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "brief.sqlite"
    path.write_bytes(b"Beste collega,\n")
    for command in ("dump", "check"):
        result = run(command, "--database", str(path))
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1
        assert "geen Jaarplanner-database" in result.stderr
        assert "Traceback" not in result.stderr
    assert path.read_bytes() == b"Beste collega,\n"


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "geheim.sqlite"
    path.write_bytes(b"x" * 100)
    path.chmod(0)
    try:
        result = run("dump", "--database", str(path))
        if os.geteuid() == 0:  # root reads anything; the file is still no database
            assert "geen Jaarplanner-database" in result.stderr
        else:
            assert "kan niet worden gelezen" in result.stderr
        assert result.returncode == 1
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == b"x" * 100


def test_check_of_a_missing_database_does_not_create_it(tmp_path: Path) -> None:
    path = tmp_path / "bestaat-niet.sqlite"
    result = run("check", "--database", str(path))
    assert result.returncode == 1
    assert "bestaat niet" in result.stderr
    assert not path.exists()


def test_wrong_usage_exits_2() -> None:
    result = run("dump", "--document", "geen-getal")
    assert result.returncode == 2
    assert "onjuist gebruik" in result.stderr


def test_period_command_prints_json() -> None:
    result = run("period", "nov 2023-feb & mei 2024", "--school-year", "2023-2024")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["spans"] == [["2023-11-01", "2024-02-29"], ["2024-05-01", "2024-05-31"]]
    deadline = run("period", "Maart 2025", "--school-year", "2024-2025", "--deadline")
    assert json.loads(deadline.stdout)["kind"] == "deadline"
    wrong = run("period", "mei", "--school-year", "volgend jaar")
    assert wrong.returncode == 1 and "geen schooljaar" in wrong.stderr
