"""How fast the period language reads: every period text of the seeds, 1,000 times.

    .venv/bin/python bench/periods.py

Until the seed importer exists the texts are the 86 of periods-examples.json, which were
taken from the seeds' period columns.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from jaarplanner.periods import SchoolYear, parse_period

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT.parent / "shared" / "design" / "periods-examples.json"


def main() -> int:
    cases = [
        (e["text"], SchoolYear.parse(e["school_year"]), e.get("column_is_deadline", False))
        for e in json.loads(EXAMPLES.read_text("utf-8"))
    ]
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        for _repeat in range(200):
            for text, year, deadline in cases:
                parse_period(text, year, deadline)
        rounds.append((time.perf_counter() - start) / (200 * len(cases)))
    per_text = statistics.median(rounds) * 1e6
    print(f"{len(cases)} texts x 1000 parses: median {per_text:.1f} µs per text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
