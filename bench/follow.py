"""How fast the year is followed: *Deze maand* over 5,000 rows, and comparing two versions of
a document of 5,000 rows (with 60 edits between them).

.venv/bin/python bench/follow.py
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jaarplanner.model.compare import compare
from jaarplanner.model.document import DocumentData, PartData, RowData, ThemeData
from jaarplanner.model.due_now import due_list
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.resources import layouts_dir, read_json
from jaarplanner.services.documents import create_document
from jaarplanner.services.this_month import this_month
from jaarplanner.storage.database import open_database

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PERIODS = [
    "sept-dec 2026",
    "gehele schooljaar",
    "Doorlopend",
    "nov 2026-feb & mei 2027",
    "uiterlijk 1 december 2026",
    "week 39",
    "Jaarlijks voor 1 juli",
    "Q1 2027",
    "2 & 9 oktober 2026",
    "eerste helft 2027",
    "voor 1 maart 2027",
    "p.m.",
]
WHO = [
    "Directeur",
    "Adviseurs, scholen",
    "OPR, bestuur",
    "ECT en intern begeleiders",
    "Secretariaat / leerplicht",
    "Werkgroep PO-VO & basisscholen",
]
WORDS = [
    "scholen",
    "ouders",
    "adviseur",
    "leerlingen",
    "overleg",
    "evaluatie",
    "plan",
    "route",
    "netwerk",
    "aanbod",
]


def big_document(rows: int, seed: int = 1) -> DocumentData:
    rng = random.Random(seed)
    layout = DocumentLayout.from_dict(read_json(layouts_dir() / "themed-table.json"))
    part_layout = layout.default_part
    themes = []
    for t in range(rows // 50):
        theme = ThemeData(f"Thema {t + 1}", id=t + 1)
        for r in range(50):
            ident = t * 50 + r + 1
            theme.rows.append(
                RowData(
                    {
                        Field.PERIOD: rng.choice(PERIODS),
                        Field.WHAT: " ".join(rng.choices(WORDS, k=12)) + f" {ident}",
                        Field.WHO: rng.choice(WHO),
                        Field.RESULT: " ".join(rng.choices(WORDS, k=20)),
                    },
                    status=rng.choice(list(RowStatus)),
                    id=ident,
                )
            )
        themes.append(theme)
    from jaarplanner.model.document import OrganisationData

    return DocumentData(
        OrganisationData("SWV Bench"),
        "2026-2027",
        "Bench",
        "themed-table",
        parts=[PartData("jaarkalender", "Jaarkalender", part_layout, themes=themes)],
        id=1,
    )


def edited(document: DocumentData, edits: int, seed: int = 2) -> DocumentData:
    rng = random.Random(seed)
    after = copy.deepcopy(document)
    themes = after.parts[0].themes
    for n in range(edits):
        theme = rng.choice(themes)
        row = rng.choice(theme.rows)
        if n % 3 == 0:
            row.fields[Field.WHAT] = (
                row.fields[Field.WHAT].replace("plan", "jaarplan", 1) + " extra"
            )
        elif n % 3 == 1:
            row.fields[Field.PERIOD] = rng.choice(PERIODS)
        else:
            theme.rows.remove(row)
    return after


def timed(run: Callable[[], object], rounds: int = 7) -> float:
    """The median processor time of a run: on a shared machine, waiting does not count."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> int:
    document = big_document(5000)
    day = dt.date(2026, 11, 2)
    due = timed(lambda: due_list([document], day))
    print(f"Deze maand over 5,000 rows: median {due * 1000:.0f} ms (target under 100 ms)")
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        stored = copy.deepcopy(document)
        for theme in stored.parts[0].themes:
            theme.id = None
            for row in theme.rows:
                row.id = None
        stored.id = None
        create_document(db, stored)
        whole = timed(lambda: this_month(db, day), rounds=3)
        wall = time.perf_counter()
        this_month(db, day)
        wall = time.perf_counter() - wall
        db.close()
    print(
        f"the same read from a database first: median {whole * 1000:.0f} ms processor, "
        f"{wall * 1000:.0f} ms wall clock once"
    )
    after = edited(document, 60)
    by_id = timed(lambda: compare(document, after), rounds=5)
    print(f"compare two versions of 5,000 rows (60 edits): median {by_id:.2f} s (under 1 s)")
    other = copy.deepcopy(after)
    other.id = 2  # another document: rows paired by their text, not their ids
    by_text = timed(lambda: compare(document, other), rounds=5)
    print(f"compare two documents of 5,000 rows by text: median {by_text:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
