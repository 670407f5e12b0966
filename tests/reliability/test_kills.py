"""Every change reported done survives SIGKILL at any moment, and the file stays whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.killer import run_kills

pytestmark = pytest.mark.processes


def test_kills_lose_nothing_and_damage_nothing(tmp_path: Path) -> None:
    """Workers are killed after 0 to 4 reported changes each until 120 changes have been
    reported (about 50 kills); how long that takes depends on the machine, what is checked
    does not."""
    outcome = run_kills(tmp_path, changes=120, seed=20261123, most_per_kill=4)
    assert outcome.failures == []
    assert outcome.damaged == []
    assert outcome.lost == []
    assert outcome.reported >= 120
    assert outcome.rounds >= 120 // 6  # at most 4 + 2 changes a kill: many kills
