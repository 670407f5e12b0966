"""Versions of a document: frozen copies kept on adopting, on each new status step, and by
hand with a name (*concept voor OPR*); listed, opened read-only, and made the start of a
new document."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.snapshot import from_snapshot, to_snapshot, without_ids
from jaarplanner.model.values import DocumentState
from jaarplanner.services.changes import Change
from jaarplanner.services.records import get
from jaarplanner.services.row_data import rows_of_document
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

VERSIONS = orm.DocumentVersion.__table__
REASONS = ("adopted", "step", "manual")


@dataclass(frozen=True)
class VersionSummary:
    id: int
    document_id: int
    name: str
    reason: str
    created: dt.datetime


def document_in(session: Session, document_id: int) -> DocumentData:
    """The document as it stands inside the caller's transaction."""
    # The one way a document is read into data lives in services.document_data.
    from jaarplanner.services.document_data import as_data as _as_data

    document = get(session, orm.PlanDocument, document_id)
    session.flush()
    session.expire(document)
    return _as_data(document, rows_of_document(session, document_id))


def keep_in(session: Session, document_id: int, name: str, reason: str) -> int:
    """Freeze the document as it is now, inside the caller's transaction; return the id."""
    snapshot = to_snapshot(document_in(session, document_id))
    version = orm.DocumentVersion(
        document_id=document_id,
        name=" ".join(name.split())[:300],
        reason=reason,
        created=dt.datetime.now().replace(microsecond=0),
        snapshot=json.dumps(snapshot, ensure_ascii=False),
    )
    session.add(version)
    session.flush()
    return version.id


def keep_version(db: Database, document_id: int, name: str) -> Change:
    """Keep a version by hand, with a name; ``result`` is its id."""
    name = " ".join(name.split())
    if not name:
        raise UserError(_("Give the version a name, for example 'concept voor OPR'."))
    with db.transaction() as session:
        ident = keep_in(session, document_id, name, "manual")
    return Change(_("Keep version"), lambda d: _forget(d, ident, document_id, name), ident)


def _forget(db: Database, ident: int, document_id: int, name: str) -> Change:
    with db.transaction() as session:
        session.execute(delete(VERSIONS).where(VERSIONS.c.id == ident))
    return Change(_("Keep version"), lambda d: keep_version(d, document_id, name), ident)


def list_versions(db: Database, document_id: int) -> list[VersionSummary]:
    """The document's versions, oldest first."""
    with db.reading() as session:
        found = session.execute(
            select(VERSIONS.c.id, VERSIONS.c.name, VERSIONS.c.reason, VERSIONS.c.created)
            .where(VERSIONS.c.document_id == document_id)
            .order_by(VERSIONS.c.created, VERSIONS.c.id)
        ).all()
    return [VersionSummary(i, document_id, n, r, c) for i, n, r, c in found]


def load_version(db: Database, version_id: int) -> DocumentData:
    """The document as the version froze it (to show read-only, print or compare)."""
    with db.reading() as session:
        text = session.scalar(select(VERSIONS.c.snapshot).where(VERSIONS.c.id == version_id))
    if text is None:
        raise UserError(_("There is no version with number {id}.").format(id=version_id))
    return from_snapshot(json.loads(text))


def start_from_version(db: Database, version_id: int, title: str = "") -> Change:
    """A new document (a concept, without a status trail) that starts as the version was;
    ``result`` is its id."""
    from jaarplanner.services.documents import create_document

    copy = without_ids(load_version(db, version_id))
    copy.state = DocumentState.CONCEPT
    copy.steps = []
    if title.strip():
        copy.title = " ".join(title.split())
    return create_document(db, copy)


def step_name(step: orm.StatusStep) -> str:
    """*geadviseerd – Deelnemersraad, 26-05-2026*: the name of the version a step keeps."""
    from jaarplanner.model.values import StepAction, step_label

    when = step.date.strftime("%d-%m-%Y") if step.date else ""
    return " – ".join(x for x in (step_label(StepAction(step.action)), step.body, when) if x)
