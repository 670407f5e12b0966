"""How fast the period language reads: every period text of the five seeds, 1,000 times.

.venv/bin/python bench/periods.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from jaarplanner.importers.seeds import read_seed
from jaarplanner.model.richtext import to_plain
from jaarplanner.periods import SchoolYear, parse_period

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def seed_periods() -> list[tuple[str, SchoolYear, bool]]:
    cases = []
    for path in sorted(SEEDS.glob("*.txt")):
        document = read_seed(path).document
        year = SchoolYear.parse(document.school_year)
        for part in document.parts:
            deadline = part.layout.deadline_field is not None
            for row in part.all_rows():
                text = to_plain(row.fields.get("period", ""))
                if text:
                    cases.append((text, year, deadline))
        for series in document.meeting_series:
            cases.extend((m.date_text, year, False) for m in series.meetings)
    return cases


def main() -> int:
    cases = seed_periods()
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        for _repeat in range(200):
            for text, year, deadline in cases:
                parse_period(text, year, deadline)
        rounds.append((time.perf_counter() - start) / (200 * len(cases)))
    per_text = statistics.median(rounds) * 1e6
    print(f"{len(cases)} period texts of the seeds, 1000 times: median {per_text:.1f} µs per text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
