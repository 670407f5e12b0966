"""Undo, redo and delete among colleagues (SQLite and a real PostgreSQL server): every one of
them checks the version of what it changes, so a colleague's later work is never wiped;
a race that SQLAlchemy notices (``StaleDataError``) is the same conflict, never a traceback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event

from jaarplanner.errors import ConflictError
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.services import rows, simple, themes
from jaarplanner.services.documents import (
    create_document,
    delete_document,
    edit_document,
    list_documents,
    load_document,
)
from jaarplanner.storage.database import Database, open_database
from tests.factories import sample_document


@pytest.fixture
def two(db: Database) -> Iterator[tuple[Database, Database]]:
    """Anne and Bert: two connections to the same database."""
    create_document(db, sample_document())
    other = open_database(db.url)
    yield db, other
    other.close()


def _document(db: Database):
    return load_document(db, list_documents(db)[0].id)


def _texts(db: Database) -> list[str]:
    return [to_plain(r.value(Field.WHAT)) for r in _document(db).parts[0].all_rows()]


def test_undoing_an_added_row_keeps_what_a_colleague_typed_in_it(two) -> None:
    anne, bert = two
    theme = _document(anne).parts[0].themes[0]
    added = rows.add_row(anne, theme.id)
    rows.edit_field(bert, added.result, Field.WHAT, "Bert vult dit in")
    with pytest.raises(ConflictError) as refused:
        added.revert(anne)
    assert "Bert vult dit in" in refused.value.theirs
    assert "Bert vult dit in" in _texts(anne)
    refused.value.retry(anne)  # Anne decides, having seen it: now it goes
    assert "Bert vult dit in" not in _texts(anne)


def test_undoing_a_duplicate_or_a_paste_keeps_a_colleagues_edit(two) -> None:
    anne, bert = two
    theme = _document(anne).parts[0].themes[0]
    copy = rows.duplicate_row(anne, theme.rows[0].id)
    pasted = rows.add_rows(anne, theme.id, 0, [{Field.WHAT: "Een"}, {Field.WHAT: "Twee"}])
    rows.edit_field(bert, copy.result, Field.WHAT, "Bert past de kopie aan")
    rows.edit_field(bert, pasted.result[1], Field.WHAT, "Bert past Twee aan")
    before = _texts(anne)
    with pytest.raises(ConflictError):
        copy.revert(anne)
    with pytest.raises(ConflictError):
        pasted.revert(anne)
    assert _texts(anne) == before  # all or nothing: "Een" is still there too


def test_redoing_a_delete_keeps_a_row_edited_in_between(two) -> None:
    anne, bert = two
    row = _document(anne).parts[0].all_rows()[0]
    deleted = rows.delete_row(anne, row.id, expected_version=row.version)
    back = deleted.revert(anne)  # undo
    rows.edit_field(bert, row.id, Field.WHAT, "Bert werkt verder")
    with pytest.raises(ConflictError):
        back.revert(anne)  # redo
    assert "Bert werkt verder" in _texts(anne)


def test_undoing_a_move_does_not_override_a_later_move(two) -> None:
    anne, bert = two
    part = _document(anne).parts[0]
    row = part.themes[0].rows[0]
    moved = rows.move_row(anne, row.id, part.themes[1].id, 0)
    sub = part.themes[1].themes[0]
    rows.move_row(bert, row.id, sub.id, 0)
    with pytest.raises(ConflictError):
        moved.revert(anne)
    after = _document(anne).parts[0]
    assert after.themes[1].themes[0].rows[0].id == row.id


def test_themes_undo_and_delete_check_the_version(two) -> None:
    anne, bert = two
    part = _document(anne).parts[0]
    added = themes.add_theme(anne, part.id, "Nieuw thema")
    rows.add_row(bert, added.result, fields={Field.WHAT: "Bert zet hier een rij"})
    with pytest.raises(ConflictError):
        added.revert(anne)
    assert "Bert zet hier een rij" in _texts(anne)
    theme = part.themes[0]
    themes.edit_theme(bert, theme.id, title="Door Bert hernoemd")
    with pytest.raises(ConflictError):
        themes.delete_theme(anne, theme.id, expected_version=theme.version)
    moved = themes.move_theme(anne, theme.id, None, 2)
    themes.edit_theme(bert, theme.id, goal="Bert schrijft een doel")
    with pytest.raises(ConflictError):
        moved.revert(anne)
    deleted = themes.delete_theme(anne, part.themes[1].id)
    back = deleted.revert(anne)
    rows.edit_field(bert, part.themes[1].rows[0].id, Field.WHAT, "Bert na het terugzetten")
    with pytest.raises(ConflictError):
        back.revert(anne)
    assert "Bert na het terugzetten" in _texts(anne)


@pytest.mark.parametrize("what", ["section", "kpi", "step"])
def test_sections_kpis_and_steps_check_the_version(two, what: str) -> None:
    anne, bert = two
    document = _document(anne)
    values = {
        "section": ("section", document.id, {"title": "Nieuw", "body": "<p>Anne</p>"}),
        "kpi": ("kpi", document.organisation.id, {"number": 9, "text": "<p>Anne</p>"}),
        "step": ("step", document.id, {"body": "MR", "action": "geadviseerd"}),
    }[what]
    kind, parent, fields = values
    added = simple.add(anne, kind, parent, **fields)
    change = {"section": {"title": "Bert"}, "kpi": {"text": "Bert"}, "step": {"body": "Bert"}}
    simple.edit(bert, kind, added.result, **change[what])
    with pytest.raises(ConflictError):
        added.revert(anne)  # undo of the add
    with pytest.raises(ConflictError):  # deleting what Anne saw (version 1), Bert changed
        simple.remove(anne, kind, added.result, expected_version=1)
    removed = simple.remove(anne, kind, added.result)
    back = removed.revert(anne)
    simple.edit(bert, kind, added.result, **{k: f"{v} weer" for k, v in change[what].items()})
    with pytest.raises(ConflictError):
        back.revert(anne)


def test_documents_undo_and_delete_check_the_version(two) -> None:
    anne, bert = two
    created = create_document(anne, sample_document("Tweede plan"))
    document = load_document(anne, created.result)
    rows.edit_field(bert, document.parts[0].all_rows()[0].id, Field.WHAT, "Bert begint")
    with pytest.raises(ConflictError):
        created.revert(anne)
    assert created.result in [d.id for d in list_documents(anne)]
    edit_document(bert, document.id, title="Tweede plan (Bert)")
    with pytest.raises(ConflictError):
        delete_document(anne, document.id, expected_version=document.version)
    assert created.result in [d.id for d in list_documents(anne)]


def test_a_race_caught_by_sqlalchemy_is_the_conflict_path(two) -> None:
    """Bert's change lands after Anne read the row and before her write."""
    anne, bert = two
    row = _document(anne).parts[0].all_rows()[0]
    done = []

    @event.listens_for(anne.sessions, "before_flush")
    def bert_first(session, context, instances) -> None:
        if not done:
            done.append(True)
            rows.edit_field(bert, row.id, Field.WHAT, "Bert was eerder")

    try:
        with pytest.raises(ConflictError):
            rows.edit_field(anne, row.id, Field.WHAT, "Anne", expected_version=row.version)
    finally:
        event.remove(anne.sessions, "before_flush", bert_first)
    assert "Bert was eerder" in _texts(anne)


def test_one_persons_undo_history_never_conflicts_with_itself(db: Database) -> None:
    """Undoing one's own changes in order, with one's own undone edits in between (each
    moves the version on), never shows a conflict."""
    create_document(db, sample_document())
    document = _document(db)
    theme = document.parts[0].themes[0]
    row = theme.rows[0]
    steps = [
        rows.edit_field(db, row.id, Field.WHAT, "een"),
        rows.set_attributes(db, row.id, priority=False),
        rows.set_status(db, row.id, "gerealiseerd"),
        rows.edit_field(db, row.id, Field.WHAT, "twee"),
        rows.move_row(db, row.id, theme.id, 2),
        themes.edit_theme(db, theme.id, title="Ander thema"),
        themes.edit_theme(db, theme.id, title="Nog een thema"),
        simple.edit(db, "kpi", document.kpis[0].id, text="Andere KPI"),
        edit_document(db, document.id, title="Ander plan"),
    ]
    added = rows.add_row(db, theme.id, fields={Field.WHAT: "nieuw"})
    typed = rows.edit_field(db, added.result, Field.WHAT, "nieuw, getypt")
    before = _texts(db)
    typed = typed.revert(db)  # undo the typing
    added = added.revert(db)  # undo the add: no conflict
    undone = [step.revert(db) for step in reversed(steps)]
    assert _texts(db)[0] == to_plain(row.value(Field.WHAT))
    for step in reversed(undone):  # and redo all of it
        step.revert(db)
    added.revert(db)
    typed.revert(db)
    assert _texts(db) == before
