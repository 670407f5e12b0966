"""Importing: all documents of one import in one transaction, after a backup."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from jaarplanner.i18n import ngettext
from jaarplanner.model.document import DocumentData
from jaarplanner.services.changes import Change
from jaarplanner.services.documents import delete_in, held_contents, store_document
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database


def import_documents(db: Database, documents: list[DocumentData]) -> Change:
    """Store every document, or none; ``result`` is the list of new ids."""
    if db.path is not None:
        with db.reading() as session:
            has_content = session.scalar(select(func.count()).select_from(orm.PlanDocument))
        if has_content:
            db.keep_backup("voor-import")
    with db.transaction() as session:
        ids = [store_document(session, document) for document in documents]
        session.flush()
        held = {ident: held_contents(session, ident) for ident in ids}
    return Change(_label(len(ids)), lambda d: _remove(d, ids, held), ids)


def _label(count: int) -> str:
    return ngettext("Import document", "Import {n} documents", count).format(n=count)


def _remove(db: Database, ids: list[int], expected: dict[int, tuple[Any, ...]]) -> Change:
    """Undo an import: every document of it in one transaction, none when a colleague
    changed one of them since (the conflict path then asks)."""
    with db.transaction() as session:
        taken = [delete_in(session, ident, expected_contents=expected[ident]) for ident in ids]

    def restore(d: Database) -> Change:
        with d.transaction() as session:
            for capture, _held in taken:
                capture.restore(session)
        back = {ident: held for ident, (_capture, held) in zip(ids, taken, strict=True)}
        return Change(_label(len(ids)), lambda again: _remove(again, ids, back), ids)

    return Change(_label(len(ids)), restore, ids)
