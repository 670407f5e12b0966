"""``jaarplanner --selftest`` from the source tree: it passes, it fails with a Dutch message,
and it never hangs. (The bundled program's self-test is in tests/packaging.)"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from jaarplanner import demo
from jaarplanner.storage.paths import data_dir
from jaarplanner.ui.selftest import run_selftest

pytestmark = pytest.mark.processes


def test_selftest_passes_and_leaves_the_data_folder_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_selftest() == 0
    out = capsys.readouterr().out
    assert "✓ Hoofdvenster tonen" in out and "✓ Kalender tonen" in out
    assert "Zelftest geslaagd in" in out
    assert not data_dir().exists()


def test_selftest_fails_with_a_dutch_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "example_sources", lambda: [])  # a bundle without its examples
    assert run_selftest() == 1
    out = capsys.readouterr().out
    assert "Zelftest mislukt: de voorbeelddatabase bevat geen documenten." in out
    assert "Traceback" not in out


def test_selftest_gives_up_at_its_time_limit() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "jaarplanner", "--selftest"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "JAARPLANNER_SELFTEST_LIMIT": "0.2"},
    )
    assert result.returncode == 1
    assert "Zelftest mislukt: hij duurde langer dan 0,2 seconden." in result.stdout
