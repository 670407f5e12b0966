"""Every change reported done survives SIGKILL at any moment, and the file stays whole."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.killer import run_kills


def test_fifty_kills_lose_nothing_and_damage_nothing(tmp_path: Path) -> None:
    outcome = run_kills(tmp_path, rounds=50, seed=20261123)
    assert outcome.rounds == 50
    assert outcome.failures == []
    assert outcome.damaged == []
    assert outcome.lost == []
    assert outcome.reported > 100  # the worker really was killed in the middle of its work
