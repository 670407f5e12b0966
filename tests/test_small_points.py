"""Issue 19's smaller points: the PostgreSQL password is never echoed, ``--selftest`` writes
no settings under "Unknown Organization", the error log is the owner's only and keeps no
document text from database errors."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from jaarplanner.errors import DatabaseError
from jaarplanner.storage.database import open_database

pytestmark = pytest.mark.processes


@pytest.mark.parametrize(
    "address",
    [
        "postgresql+geendriver://anne:Geheim-Wachtwoord@server/plan",
        "postgresql://anne:Geheim-Wachtwoord@server:notaport/plan",
    ],
)
def test_the_password_is_never_echoed(address: str) -> None:
    with pytest.raises(DatabaseError) as refused:
        open_database(address)
    assert "Geheim-Wachtwoord" not in str(refused.value)
    assert "anne" in str(refused.value)


def test_selftest_writes_no_settings_under_unknown_organization(tmp_path: Path) -> None:
    home = tmp_path / "thuis"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "JAARPLANNER_LANGUAGE": "nl",
    }
    result = subprocess.run(
        [sys.executable, "-m", "jaarplanner", "--selftest"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    written = [str(p.relative_to(home)) for p in home.rglob("*")]
    assert not [p for p in written if "Unknown" in p], written


def test_the_error_log_is_private_and_keeps_no_document_text() -> None:
    from jaarplanner.ui.dialogs import log_error

    error = IntegrityError(
        "INSERT INTO rows (what) VALUES (?)", ("Vertrouwelijk: leerling Jan",), Exception("x")
    )
    path = Path(log_error(IntegrityError, error, None))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "Vertrouwelijk" not in path.read_text(encoding="utf-8")
    assert "IntegrityError" in path.read_text(encoding="utf-8")
