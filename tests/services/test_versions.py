"""Versions: adopting keeps one, each status step too, by hand with a name; a version
compared with now lists exactly what was changed since, with the changed words marked."""

from __future__ import annotations

import datetime as dt

import pytest

from jaarplanner.errors import UserError
from jaarplanner.model.compare import CHANGED, UNCHANGED
from jaarplanner.model.values import DocumentState, Field, RowStatus, StepAction
from jaarplanner.model.words import changed_words
from jaarplanner.services import rows as row_service
from jaarplanner.services import simple
from jaarplanner.services.approval import adopt, reopen
from jaarplanner.services.compare import Source, compare_sources
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.services.versions import (
    keep_version,
    list_versions,
    load_version,
    start_from_version,
)
from jaarplanner.storage.database import Database
from tests.factories import sample_document


def _rows(db: Database, document_id: int):
    return [r for p in load_document(db, document_id).parts for r in p.all_rows()]


def test_adopt_three_edits_and_compare_with_now(db: Database) -> None:
    document_id = create_document(db, sample_document()).result
    adopt(db, document_id, "directeur-bestuurder", dt.date(2024, 6, 30))
    [version] = list_versions(db, document_id)
    assert version.reason == "adopted" and "directeur-bestuurder" in version.name
    assert load_version(db, version.id).state == DocumentState.ADOPTED
    reopen(db, document_id, "Opmerkingen van de OPR verwerken", True)
    first, second, third = _rows(db, document_id)[:3]
    # The three edits a secretary makes after the OPR's remarks:
    row_service.edit_field(db, first.id, Field.WHAT, first.value(Field.WHAT) + " met de ouders")
    row_service.edit_field(db, second.id, Field.PERIOD, "jan-mrt 2025")
    row_service.set_status(db, third.id, RowStatus.RUNNING, "gestart", dt.date(2024, 9, 1))

    result = compare_sources(
        db, Source(version_id=version.id), Source(document_id=document_id)
    ).comparison
    changed = result.rows(CHANGED)
    assert [c.row.id for c in changed] == [first.id, second.id, third.id]
    assert len(result.rows()) == len(_rows(db, document_id))
    assert result.count(UNCHANGED) == len(result.rows()) - 3
    words, period, status = changed
    assert changed_words(list(words.fields[0].words)) == ([], ["met", "de", "ouders"])
    assert period.period is not None and period.period.new == "jan-mrt 2025"
    assert changed_words(list(period.period.words)) == (
        second.value(Field.PERIOD).split(),
        ["jan-mrt", "2025"],
    )
    assert status.fields == [] and status.status == (RowStatus.PLANNED, RowStatus.RUNNING)
    assert result.sections == []  # the text sections were not touched


def test_a_changed_text_section_is_compared_word_for_word(sqlite_db: Database) -> None:
    db = sqlite_db
    document_id = create_document(db, sample_document()).result
    version = keep_version(db, document_id, "concept").result
    section = load_document(db, document_id).sections[0]
    simple.edit(db, "section", section.id, body="<p>Een <b>langere</b> inleiding.</p>")
    result = compare_sources(
        db, Source(version_id=version), Source(document_id=document_id)
    ).comparison
    [changed] = result.sections
    assert changed.title == section.title and changed.kind == CHANGED
    assert changed_words(list(changed.words)) == (["korte"], ["langere"])
    assert result.count(CHANGED) == 0


def test_each_status_step_and_a_name_keep_a_version(sqlite_db: Database) -> None:
    db = sqlite_db
    document_id = create_document(db, sample_document()).result
    simple.add(db, "step", document_id, body="OPR", action="besproken", date=dt.date(2024, 6, 9))
    change = keep_version(db, document_id, "  concept voor   OPR ")
    versions = list_versions(db, document_id)
    assert [(v.reason, v.name) for v in versions] == [
        ("step", "besproken – OPR – 09-06-2024"),
        ("manual", "concept voor OPR"),
    ]
    # The step's version holds the step; undoing a kept version forgets it.
    assert load_version(db, versions[0].id).steps[-1].action == StepAction.DISCUSSED
    change.revert(db)
    assert [v.reason for v in list_versions(db, document_id)] == ["step"]
    with pytest.raises(UserError):
        keep_version(db, document_id, "   ")


def test_a_version_starts_a_new_document(sqlite_db: Database) -> None:
    db = sqlite_db
    document_id = create_document(db, sample_document()).result
    version_id = keep_version(db, document_id, "concept").result
    row = _rows(db, document_id)[0]
    row_service.edit_field(db, row.id, Field.WHAT, "Iets heel anders")
    new_id = start_from_version(db, version_id, "Jaarplan opnieuw").result
    assert len(list_documents(db)) == 2
    copy = load_document(db, new_id)
    assert copy.title == "Jaarplan opnieuw" and copy.state == DocumentState.CONCEPT
    assert copy.steps == []
    before = load_version(db, version_id)
    assert [r.fields for p in copy.parts for r in p.all_rows()] == [
        r.fields for p in before.parts for r in p.all_rows()
    ]
    # A copy is another document: the comparison pairs its rows by their text.
    result = compare_sources(
        db, Source(version_id=version_id), Source(document_id=new_id)
    ).comparison
    assert result.count(UNCHANGED) == len(result.rows())
