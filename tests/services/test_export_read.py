"""The export's own reading (plain SQL, no ORM) gives the very document the program shows."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from jaarplanner.errors import UserError
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.services.export_read import newest_document_id, read_document
from jaarplanner.storage.database import Database, open_database
from tests.factories import sample_document

pytestmark = pytest.mark.processes

ROOT = Path(__file__).resolve().parents[2]


def test_the_export_reads_what_the_program_loads(db: Database) -> None:
    first = create_document(db, sample_document()).result
    later = sample_document("Jaarplan Voorbeeld 2025-2026")
    later = dataclasses.replace(later, school_year="2025-2026")
    second = create_document(db, later).result
    for ident in (first, second):
        loaded = load_document(db, ident)
        read = read_document(db, ident)
        assert read == loaded
        # the details equality might hide: dates as dates, flags as flags, numbers derived
        assert [s.date for s in read.steps] == [s.date for s in loaded.steps]
        rows = [r for p in read.parts for t in p.themes for r in t.rows]
        assert any(r.priority is True for r in rows)
        assert any(r.continuation is True for r in rows)
        assert any(r.kpis for r in rows)
    assert newest_document_id(db) == second


def test_a_missing_number_is_named_in_one_line(db: Database) -> None:
    create_document(db, sample_document())
    with pytest.raises(UserError, match="Er is geen document met nummer 999"):
        read_document(db, 999)


def test_an_export_read_leaves_the_orm_out(tmp_path: Path) -> None:
    """The point of reading with plain SQL: even through an open database (as the calendar
    export reads) a whole command does not import the ORM."""
    path = tmp_path / "plan.sqlite"
    db = open_database(path)
    create_document(db, sample_document())
    db.close()
    script = (
        "import sys\n"
        "from jaarplanner.services.export_read import newest_document_id, read_document\n"
        "from jaarplanner.storage.database import open_database\n"
        f"db = open_database({str(path)!r}, create=False)\n"
        "print(read_document(db, newest_document_id(db)).title)\n"
        "db.close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.orm')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.splitlines()
    assert out == ["Jaarplan Voorbeeld 2024-2025", "[]"]
