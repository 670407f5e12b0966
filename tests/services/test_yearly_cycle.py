"""The yearly cycle: a new school year from last year's document, statuses with their
history, the evaluation of a year, and adoption that makes a document read-only."""

from __future__ import annotations

import datetime as dt

import pytest

from jaarplanner.demo import demo_copy
from jaarplanner.errors import UserError
from jaarplanner.exporters.dump import dump
from jaarplanner.importers.seeds import read_seed
from jaarplanner.model.evaluation import evaluate, evaluation_text
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.periods import shift_period_text
from jaarplanner.services import rows as row_service
from jaarplanner.services.approval import adopt, reopen
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.services.imports import import_documents
from jaarplanner.services.rollover import roll_forward
from jaarplanner.storage.database import Database, open_database
from tests.factories import sample_document
from tests.importers.seedoracle import seed

pytestmark = pytest.mark.processes


def test_rolling_002_forward(sqlite_db: Database) -> None:
    source_id = import_documents(sqlite_db, [read_seed(seed("002")).document]).result[0]
    source = load_document(sqlite_db, source_id)
    change = roll_forward(sqlite_db, source_id)
    rolled = load_document(sqlite_db, change.result.document_id)
    assert rolled.school_year == "2025-2026" and rolled.state.value == "concept"
    before = [r for p in source.parts for r in p.all_rows()]
    after = [r for p in rolled.parts for r in p.all_rows()]
    kalender_before = source.parts[0].all_rows()
    kalender_after = rolled.parts[0].all_rows()
    assert len(kalender_after) == len(kalender_before)  # every row of the jaarkalender
    assert len(after) == len(before)  # nothing realised yet: every jaarplan row carried
    for old, new in zip(before, after, strict=True):
        text = to_plain(old.value(Field.PERIOD))
        assert to_plain(new.value(Field.PERIOD)) == shift_period_text(
            text, "2024-2025", "2025-2026"
        )
        assert new.status == RowStatus.PLANNED
    periods = [r for r in change.result.review if r.kind == "period"]
    assert len(periods) >= 40
    assert {r.kind for r in change.result.review} >= {"period", "carried"}
    change.revert(sqlite_db)
    assert [d.id for d in list_documents(sqlite_db)] == [source_id]


def test_rolling_the_example_carries_only_what_was_not_realised(tmp_path) -> None:
    db = open_database(demo_copy())
    last = next(d for d in list_documents(db) if d.school_year == "2025-2026")
    document = load_document(db, last.id)
    plan = document.parts[1]
    open_rows = [
        r for r in plan.all_rows() if r.status not in (RowStatus.REALISED, RowStatus.DROPPED)
    ]
    rolled = load_document(db, roll_forward(db, last.id).result.document_id)
    assert len(rolled.parts[1].all_rows()) == len(open_rows) < len(plan.all_rows())
    assert all(r.status == RowStatus.PLANNED for p in rolled.parts for r in p.all_rows())
    db.close()


def test_meetings_move_to_the_same_weekday(sqlite_db: Database) -> None:
    source_id = import_documents(sqlite_db, [read_seed(seed("003")).document]).result[0]
    source = load_document(sqlite_db, source_id)
    rolled = load_document(sqlite_db, roll_forward(sqlite_db, source_id).result.document_id)
    old = [m for s in source.meeting_series for m in s.meetings]
    new = [m for s in rolled.meeting_series for m in s.meetings]
    assert len(new) == len(old)
    for a, b in zip(old, new, strict=True):
        assert b.date.weekday() == a.date.weekday()
        assert 360 <= (b.date - a.date).days <= 370


def test_a_row_walks_through_every_status(sqlite_db: Database) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    row = load_document(sqlite_db, document_id).parts[0].themes[0].rows[0]
    walk = [
        RowStatus.RUNNING,
        RowStatus.POSTPONED,
        RowStatus.RUNNING,
        RowStatus.PARTLY,
        RowStatus.NOT_REALISED,
        RowStatus.REALISED,
        RowStatus.DROPPED,
    ]
    for number, status in enumerate(walk):
        row_service.set_status(
            sqlite_db,
            row.id,
            status,
            f"stap {number}",
            dt.date(2024, 9, 1) + dt.timedelta(days=number),
        )
    history = row_service.status_history(sqlite_db, row.id)
    assert [h.status for h in history] == walk
    assert history[0].old_status == RowStatus.PLANNED
    assert [h.explanation for h in history][-1] == "stap 6"


def test_evaluation_of_the_example_year() -> None:
    db = open_database(demo_copy())
    last = next(d for d in list_documents(db) if d.school_year == "2025-2026")
    document = load_document(db, last.id)
    evaluation = evaluate(document)
    rows = [r for p in document.parts for r in p.all_rows()]
    for status in RowStatus:
        assert evaluation.total[status] == sum(r.status == status for r in rows)
    assert len(evaluation.realised) == sum(r.status == RowStatus.REALISED for r in rows)
    per_theme = {(t.part, t.theme): sum(t.counts.values()) for t in evaluation.themes}
    for part in document.parts:
        for theme in part.all_themes():
            assert per_theme[(part.title, theme.title)] == len(theme.rows)
    text = to_plain(evaluation_text(evaluation))
    assert f"{len(rows)} activiteiten" in text and "gerealiseerd" in text
    db.close()


def test_adopted_documents_are_read_only_until_reopened(sqlite_db: Database) -> None:
    document_id = create_document(sqlite_db, sample_document()).result
    row = load_document(sqlite_db, document_id).parts[0].themes[0].rows[0]
    adopt(sqlite_db, document_id, "Directeur-bestuurder", dt.date(2024, 7, 1))
    with pytest.raises(UserError, match="vastgesteld"):
        row_service.edit_field(sqlite_db, row.id, Field.WHAT, "anders")
    # progress is recorded on the adopted plan: the status is not what was adopted
    row_service.set_status(sqlite_db, row.id, RowStatus.RUNNING, "gestart")
    with pytest.raises(UserError, match="bevestigt"):
        reopen(sqlite_db, document_id, "correctie", confirmed=False)
    change = reopen(
        sqlite_db, document_id, "Correctie van een bedrag", confirmed=True, day=dt.date(2024, 9, 2)
    )
    row_service.edit_field(sqlite_db, row.id, Field.WHAT, "anders")
    steps = dump([load_document(sqlite_db, document_id)])["documents"][0]["status"]
    assert [s["action"] for s in steps][-2:] == ["vastgesteld", "heropend"]
    assert steps[-1]["date"] == "2024-09-02"
    assert load_document(sqlite_db, document_id).steps[-1].note == "Correctie van een bedrag"
    change.revert(sqlite_db)
    assert load_document(sqlite_db, document_id).state.value == "vastgesteld"


def test_kpi_overview_and_commands(sqlite_db: Database) -> None:
    import json
    import os
    import subprocess
    import sys

    from jaarplanner.services.kpis import kpi_overview

    document_id = import_documents(sqlite_db, [read_seed(seed("001")).document]).result[0]
    organisation = load_document(sqlite_db, document_id).organisation
    overview = {k.number: k for k in kpi_overview(sqlite_db, organisation.id)}
    assert len(overview) == 12
    assert any("Evaluatie schooljaar" in what for _d, _t, what in overview[1].rows)
    assert all(len(k.rows) > 0 for k in overview.values() if k.number <= 6)
    env = {**os.environ, "JAARPLANNER_LANGUAGE": "nl"}
    path = str(sqlite_db.path)
    run = [sys.executable, "-m", "jaarplanner"]
    result = subprocess.run(
        [*run, "new-year", "--document", str(document_id), "--database", path],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "periode verschoven" in result.stdout and "oktober 2024" in result.stdout
    dumped = json.loads(
        subprocess.run(
            [*run, "dump", "--database", path], capture_output=True, text=True, timeout=120
        ).stdout
    )
    assert {d["school_year"] for d in dumped["documents"]} == {"2023-2024", "2024-2025"}
    result = subprocess.run(
        [*run, "evaluate", "--document", str(document_id), "--database", path],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0 and "57 activiteiten" in result.stdout
