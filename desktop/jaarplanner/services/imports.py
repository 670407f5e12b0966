"""Importing: all documents of one import in one transaction, after a backup."""

from __future__ import annotations

from sqlalchemy import func, select

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import DocumentData
from jaarplanner.services.changes import Change
from jaarplanner.services.documents import delete_document, store_document
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
    label = ngettext("Import document", "Import {n} documents", len(ids)).format(n=len(ids))
    return Change(label, lambda d: _remove(d, ids), ids)


def _remove(db: Database, ids: list[int]) -> Change:
    changes = [delete_document(db, ident) for ident in ids]

    def restore(d: Database) -> Change:
        for change in changes:
            change.revert(d)
        return Change(_("Import"), lambda again: _remove(again, ids), ids)

    return Change(_("Import"), restore, ids)
