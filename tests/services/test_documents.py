"""Whole documents and their flat records: sections, status steps, KPIs, meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from jaarplanner.errors import UserError
from jaarplanner.model.values import Field
from jaarplanner.services import rows, simple
from jaarplanner.services.documents import (
    create_document,
    delete_document,
    edit_document,
    list_documents,
    load_document,
)
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database
from tests.factories import sample_document
from tests.services.helpers import snapshot, theme_by_title


@pytest.fixture
def doc_id(db: Database) -> int:
    return create_document(db, sample_document()).result


def test_create_list_delete_and_undo(db: Database, doc_id: int) -> None:
    before = snapshot(db, doc_id)
    assert [(d.title, d.school_year) for d in list_documents(db)] == [
        ("Jaarplan Voorbeeld 2024-2025", "2024-2025")
    ]
    change = delete_document(db, doc_id)
    assert list_documents(db) == []
    change.revert(db)
    assert snapshot(db, doc_id) == before


def test_second_document_shares_organisation_and_kpis(db: Database, doc_id: int) -> None:
    other = create_document(db, sample_document("Tweede plan")).result
    first, second = load_document(db, doc_id), load_document(db, other)
    assert first.organisation.id == second.organisation.id
    assert [k.id for k in first.kpis] == [k.id for k in second.kpis]


def test_edit_document_properties(db: Database, doc_id: int) -> None:
    change = edit_document(db, doc_id, title="Jaarplan 2025", school_year="2025-26")
    document = load_document(db, doc_id)
    assert (document.title, document.school_year) == ("Jaarplan 2025", "2025-2026")
    change.revert(db)
    assert load_document(db, doc_id).school_year == "2024-2025"
    with pytest.raises(UserError, match="geen schooljaar"):
        edit_document(db, doc_id, school_year="volgend jaar")


def test_adopted_document_refuses_changes(db: Database, doc_id: int) -> None:
    with db.transaction() as session:
        session.execute(update(orm.PlanDocument).values(state="vastgesteld"))
    row = theme_by_title(load_document(db, doc_id), "Kwaliteit").rows[0]
    before = snapshot(db, doc_id)
    with pytest.raises(UserError, match="vastgesteld"):
        rows.edit_field(db, row.id, Field.WHAT, "anders")
    with pytest.raises(UserError, match="vastgesteld"):
        simple.add(db, "section", doc_id, title="Nieuw")
    assert snapshot(db, doc_id) == before
    # The status trail may still grow: adopting is itself a step.
    simple.add(db, "step", doc_id, body="OPR", action="besproken", date=dt.date(2024, 7, 1))
    assert load_document(db, doc_id).steps[-1].body == "OPR"


@pytest.mark.parametrize(
    "what, parent, values, changed",
    [
        (
            "section",
            "document",
            {"title": "Evaluatie", "body": "<p>Terugblik</p>"},
            {"title": "Evaluatie jaarplan"},
        ),
        (
            "step",
            "document",
            {"body": "OPR", "action": "besproken", "date": dt.date(2024, 6, 10)},
            {"action": "goedgekeurd"},
        ),
        (
            "kpi",
            "organisation",
            {"number": 3, "text": "Minder verzuim", "plan_period": "2023-2027"},
            {"text": "Veel minder verzuim"},
        ),
        (
            "series",
            "document",
            {"body": "Bestuur", "title": "Bestuursvergadering", "chair": "vz"},
            {"location": "Assen"},
        ),
    ],
)
def test_flat_records_add_edit_delete_and_undo(
    db: Database, doc_id: int, what: str, parent: str, values: dict, changed: dict
) -> None:
    document = load_document(db, doc_id)
    parent_id = doc_id if parent == "document" else document.organisation.id
    before = snapshot(db, doc_id)
    added = simple.add(db, what, parent_id, **values)
    after_add = snapshot(db, doc_id)
    assert after_add != before
    edited = simple.edit(db, what, added.result, **changed)
    assert snapshot(db, doc_id) != after_add
    edited.revert(db)
    assert snapshot(db, doc_id) == after_add
    removed = simple.remove(db, what, added.result)
    assert snapshot(db, doc_id) == before
    removed.revert(db)
    assert snapshot(db, doc_id) == after_add
    added.revert(db)
    assert snapshot(db, doc_id) == before


def test_deleting_a_series_takes_its_meetings_and_undo_brings_them(
    db: Database, doc_id: int
) -> None:
    before = snapshot(db, doc_id)
    with db.reading() as session:
        series_id = session.query(orm.MeetingSeries.id).scalar()
    meeting = simple.add(
        db, "meeting", series_id, date=dt.date(2025, 6, 3), time="19.30", note="teams"
    )
    with_meeting = snapshot(db, doc_id)
    assert with_meeting["documents"][0]["meeting_series"][0]["meetings"][-1]["note"] == "teams"
    moved = simple.edit(db, "meeting", meeting.result, date=dt.date(2025, 6, 10), location="Assen")
    changed = snapshot(db, doc_id)["documents"][0]["meeting_series"][0]["meetings"][-1]
    assert (changed["date"], changed["location"]) == ("2025-06-10", "Assen")
    moved.revert(db)
    assert snapshot(db, doc_id) == with_meeting
    change = simple.remove(db, "series", series_id)
    assert snapshot(db, doc_id)["documents"][0]["meeting_series"] == []
    change.revert(db)
    assert snapshot(db, doc_id) == with_meeting
    meeting.revert(db)
    assert snapshot(db, doc_id) == before


def test_deleting_a_kpi_unlinks_rows_and_undo_relinks(db: Database, doc_id: int) -> None:
    document = load_document(db, doc_id)
    before = snapshot(db, doc_id)
    change = simple.remove(db, "kpi", document.kpis[0].id)
    first = theme_by_title(load_document(db, doc_id), "Onderwijs & ondersteuning").rows[0]
    assert first.kpis == [2]
    change.revert(db)
    assert snapshot(db, doc_id) == before


def test_bad_values_are_refused_in_dutch(db: Database, doc_id: int) -> None:
    with pytest.raises(UserError, match="statusverloop"):
        simple.add(db, "step", doc_id, body="x", action="gewonnen")
    with pytest.raises(UserError, match="geen datum"):
        simple.add(db, "meeting", 1, date="morgen")
    with pytest.raises(UserError, match="KPI-nummer"):
        simple.add(db, "kpi", 1, number=-4)
