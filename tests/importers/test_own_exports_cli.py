"""The command line's own round trip: ``jaarplanner export --format xlsx`` and then
``jaarplanner import`` of that file into a fresh database give the same ``jaarplanner
dump``, every field of the document included."""

from __future__ import annotations

import json
from pathlib import Path

from jaarplanner.services.documents import create_document
from jaarplanner.storage.database import open_database
from tests.cli.inprocess import run_main
from tests.factories import sample_document


def test_export_to_excel_and_import_into_a_new_database_gives_the_same_dump(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "plan.sqlite", tmp_path / "nieuw.sqlite"
    document = sample_document()
    document.parts[0].themes[0].rows[0].notes = "Zaal: de aula"
    db = open_database(first)
    create_document(db, document)
    db.close()
    target = tmp_path / "plan.xlsx"
    exported = run_main(
        "export", "--database", str(first), "--format", "xlsx", "--output", str(target)
    )
    assert exported.returncode == 0, exported.stderr
    imported = run_main("import", "--database", str(second), str(target))
    assert imported.returncode == 0, imported.stderr
    before = json.loads(run_main("dump", "--database", str(first)).stdout)
    after = json.loads(run_main("dump", "--database", str(second)).stdout)
    assert before["documents"][0]["meeting_series"], "meetings to carry"
    assert after == before
