"""The long kill run: workers making changes are killed with SIGKILL at random moments
until 1,500 changes have been reported done (about 500 kills); after each kill the database
must pass PRAGMA integrity_check and hold every change the worker reported done. (The tests
run the same harness until 120 changes.)

    .venv/bin/python bench/kills.py [CHANGES]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from tests.reliability.killer import run_kills

    changes = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JAARPLANNER_DATA_DIR"] = str(Path(folder) / "data")
        outcome = run_kills(Path(folder), changes=changes, seed=500)
    print(f"kills: {outcome.rounds}")
    print(f"changes reported done: {outcome.reported}")
    print(f"lost: {len(outcome.lost)}  damaged: {len(outcome.damaged)}")
    print(f"workers that stopped by themselves: {len(outcome.failures)}")
    print(f"time: {outcome.seconds:.1f} s")
    for problem in outcome.lost + outcome.damaged + outcome.failures:
        print("  ", problem)
    return 0 if not (outcome.lost or outcome.damaged or outcome.failures) else 1


if __name__ == "__main__":
    sys.exit(main())
