"""Undoing a paste of N rows or an import of N documents is one transaction (all or none),
and the step is named with its count."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from jaarplanner.errors import ConflictError
from jaarplanner.model.values import Field
from jaarplanner.services import rows
from jaarplanner.services.documents import create_document, list_documents, load_document
from jaarplanner.services.imports import import_documents
from jaarplanner.storage.database import Database, open_database
from tests.factories import sample_document


def _count_transactions(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    opened: list[int] = []
    original = db.transaction

    @contextmanager
    def counted() -> Iterator:
        opened.append(1)
        with original() as session:
            yield session

    monkeypatch.setattr(db, "transaction", counted)
    return opened


def _titled(title: str):
    document = sample_document()
    document.title = title
    return document


def test_undoing_and_redoing_an_import_is_one_transaction(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_document(db, _titled("Al aanwezig"))
    imported = import_documents(db, [_titled(f"Jaarplan {n}") for n in range(3)])
    assert imported.label == "3 documenten importeren"
    opened = _count_transactions(db, monkeypatch)
    undone = imported.revert(db)
    assert len(opened) == 1
    assert [d.title for d in list_documents(db)] == ["Al aanwezig"]
    assert undone.label == "3 documenten importeren"
    redone = undone.revert(db)
    assert len(opened) == 2
    assert sorted(d.title for d in list_documents(db)) == [
        "Al aanwezig",
        "Jaarplan 0",
        "Jaarplan 1",
        "Jaarplan 2",
    ]
    redone.revert(db)  # and undone again, as often as she likes
    assert len(opened) == 3
    assert [d.title for d in list_documents(db)] == ["Al aanwezig"]


def test_undoing_an_import_keeps_every_document_when_a_colleague_worked_in_one(
    db: Database,
) -> None:
    imported = import_documents(db, [_titled(f"Jaarplan {n}") for n in range(3)])
    bert = open_database(db.url)
    try:
        second = load_document(bert, imported.result[1])
        row_id = second.parts[0].all_rows()[0].id
        rows.edit_field(bert, row_id, Field.WHAT, "Bert werkt hierin")
    finally:
        bert.close()
    with pytest.raises(ConflictError):
        imported.revert(db)
    assert len(list_documents(db)) == 3  # all or none: none went


def test_undoing_a_paste_of_five_rows_is_one_transaction(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id = create_document(db, sample_document()).result
    theme = load_document(db, document_id).parts[0].themes[0]
    before = len(theme.rows)
    pasted = rows.add_rows(db, theme.id, 0, [{Field.WHAT: f"Rij {n}"} for n in range(5)])
    assert pasted.label == "5 rijen plakken"
    opened = _count_transactions(db, monkeypatch)
    pasted.revert(db)
    assert len(opened) == 1
    assert len(load_document(db, document_id).parts[0].themes[0].rows) == before
