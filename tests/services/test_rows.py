"""Row use cases, on SQLite and PostgreSQL: each change, its undo and its redo."""

from __future__ import annotations

import pytest

from jaarplanner.errors import ConflictError, NotFoundError, UserError
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.services import rows
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.storage.database import Database
from tests.factories import sample_document
from tests.services.helpers import snapshot, theme_by_title


@pytest.fixture
def doc_id(db: Database) -> int:
    return create_document(db, sample_document()).result


def test_add_row_then_undo_and_redo(db: Database, doc_id: int) -> None:
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    before = snapshot(db, doc_id)
    change = rows.add_row(db, theme.id, 1, {Field.WHAT: "Nieuwe <b>activiteit</b>"})
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    assert [r.value(Field.WHAT) for r in theme.rows][1] == "Nieuwe <b>activiteit</b>"
    assert [r.number for r in theme.rows] == ["1", "2", "3", None]
    undo = change.revert(db)
    assert snapshot(db, doc_id) == before
    redo = undo.revert(db)
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    assert theme.rows[1].id == change.result == redo.result


def test_edit_field_cleans_and_undoes(db: Database, doc_id: int) -> None:
    row = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    change = rows.edit_field(db, row.id, Field.PERIOD, "jan-mrt 2025<script>x()</script>")
    assert change.label == "Periode (wanneer) wijzigen"
    stored = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    assert stored.value(Field.PERIOD) == "jan-mrt 2025"
    change.revert(db)
    stored = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    assert stored.value(Field.PERIOD) == "nov 2024-feb &amp; mei 2025"


def test_edit_refused_when_someone_else_changed_the_row(db: Database, doc_id: int) -> None:
    row = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    version = rows.row_version(db, row.id)
    rows.edit_field(db, row.id, Field.WHO, "collega", expected_version=version)
    with pytest.raises(ConflictError, match="Iemand anders"):
        rows.edit_field(db, row.id, Field.WHO, "ik", expected_version=version)
    stored = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    assert stored.value(Field.WHO) == "collega"


def test_move_row_across_themes_and_back(db: Database, doc_id: int) -> None:
    document = load_document(db, doc_id)
    source = theme_by_title(document, "Onderwijs & ondersteuning")
    target = theme_by_title(document, "Onderzoek")
    moved = source.rows[0]
    before = snapshot(db, doc_id)
    change = rows.move_row(db, moved.id, target.id, 0)
    document = load_document(db, doc_id)
    assert theme_by_title(document, "Onderzoek").rows[0].id == moved.id
    assert [r.number for r in theme_by_title(document, "Onderwijs & ondersteuning").rows] == [
        "1",
        None,
    ]
    change.revert(db)
    assert snapshot(db, doc_id) == before


def test_move_within_theme(db: Database, doc_id: int) -> None:
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    ids = [r.id for r in theme.rows]
    change = rows.move_row(db, ids[0], theme.id, 2)
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    assert [r.id for r in theme.rows] == [ids[1], ids[2], ids[0]]
    change.revert(db)
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    assert [r.id for r in theme.rows] == ids


def test_move_into_another_document_is_refused(db: Database, doc_id: int) -> None:
    other = create_document(db, sample_document("Ander plan")).result
    row = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    foreign = theme_by_title(load_document(db, other), "Kwaliteit")
    with pytest.raises(UserError, match="eigen document"):
        rows.move_row(db, row.id, foreign.id)


def test_delete_row_undo_restores_id_position_links_and_history(db: Database, doc_id: int) -> None:
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    first = theme.rows[0]
    assert first.kpis == [1, 2]
    rows.set_status(db, first.id, RowStatus.REALISED, "klaar in oktober")
    before = snapshot(db, doc_id)
    change = rows.delete_row(db, first.id)
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    assert first.id not in [r.id for r in theme.rows]
    assert theme.rows[0].number == "1"
    redo = change.revert(db)
    assert snapshot(db, doc_id) == before
    assert rows.status_history(db, first.id)[0].explanation == "klaar in oktober"
    redo.revert(db)
    with pytest.raises(NotFoundError):
        rows.edit_field(db, first.id, Field.WHAT, "weg")


def test_duplicate_row(db: Database, doc_id: int) -> None:
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    change = rows.duplicate_row(db, theme.rows[0].id)
    theme = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning")
    assert theme.rows[1].id == change.result
    assert theme.rows[1].fields == theme.rows[0].fields
    assert theme.rows[1].kpis == [1, 2]
    change.revert(db)
    assert len(theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning").rows) == 3


def test_status_history_and_undo(db: Database, doc_id: int) -> None:
    row = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    first = rows.set_status(db, row.id, RowStatus.RUNNING, "gestart")
    rows.set_status(db, row.id, RowStatus.PARTLY, "half af")
    history = rows.status_history(db, row.id)
    assert [(h.old_status, h.status) for h in history] == [
        (RowStatus.PLANNED, RowStatus.RUNNING),
        (RowStatus.RUNNING, RowStatus.PARTLY),
    ]
    assert first.label == "Status wijzigen"


def test_attributes_and_kpi_links(db: Database, doc_id: int) -> None:
    document = load_document(db, doc_id)
    row = theme_by_title(document, "Kwaliteit").rows[0]
    change = rows.set_attributes(db, row.id, priority=True, amount_cents=500_000, notes="n")
    link = rows.link_kpi(db, row.id, document.kpis[1].id)
    stored = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    assert (stored.priority, stored.amount_cents, stored.notes, stored.kpis) == (
        True,
        500_000,
        "n",
        [2],
    )
    link.revert(db)
    change.revert(db)
    stored = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    assert (stored.priority, stored.amount_cents, stored.kpis) == (False, None, [])
    with pytest.raises(UserError, match="bedrag"):
        rows.set_attributes(db, row.id, amount_cents="veel")
