"""Approval: the status trail (advised, approved, discussed, adopted), and a document that
is adopted (*vastgesteld*) stays read-only until someone reopens it on purpose, which is
recorded in the trail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import Session

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.values import DocumentState, StepAction
from jaarplanner.services.changes import Change
from jaarplanner.services.records import get
from jaarplanner.services.versions import keep_in
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

STEPS = orm.StatusStep.__table__


def _add_step(
    session: Session,
    document: orm.PlanDocument,
    body: str,
    action: StepAction,
    day: dt.date,
    note: str = "",
) -> int:
    step = orm.StatusStep(
        document=document,
        position=len(document.steps),
        body=body,
        action=action.value,
        date=day,
        note=note,
    )
    session.add(step)
    session.flush()
    return step.id


def adopt(db: Database, document_id: int, body: str, day: dt.date | None = None) -> Change:
    """Adopt (*vaststellen*) the document: it becomes read-only; the step is in the trail."""
    body = " ".join(body.split())
    if not body:
        raise UserError(_("Say who adopted the document."))
    with db.transaction() as session:
        document = get(session, orm.PlanDocument, document_id)
        if document.state == DocumentState.ADOPTED:
            raise UserError(_("This document has been adopted already."))
        step_id = _add_step(session, document, body, StepAction.ADOPTED, day or dt.date.today())
        document.state = DocumentState.ADOPTED.value
        # Issue 21: adopting keeps a frozen copy of the document as it was adopted.
        keep_in(session, document_id, _("Adopted by {body}").format(body=body), "adopted")
    return Change(
        _("Adopt document"),
        lambda d: _undo(d, document_id, step_id, DocumentState.CONCEPT),
        document_id,
    )


def reopen(
    db: Database, document_id: int, reason: str, confirmed: bool, day: dt.date | None = None
) -> Change:
    """Reopen an adopted document for changes; only on purpose (``confirmed``), with a reason
    that is kept in the trail."""
    if not confirmed:
        raise UserError(_("An adopted document is only reopened when you confirm it."))
    reason = " ".join(reason.split())
    if not reason:
        raise UserError(_("Say why the document is reopened."))
    with db.transaction() as session:
        document = get(session, orm.PlanDocument, document_id)
        if document.state != DocumentState.ADOPTED:
            raise UserError(_("This document is not adopted; it can be changed already."))
        step_id = _add_step(
            session, document, "", StepAction.REOPENED, day or dt.date.today(), reason
        )
        document.state = DocumentState.CONCEPT.value
    return Change(
        _("Reopen document"),
        lambda d: _undo(d, document_id, step_id, DocumentState.ADOPTED),
        document_id,
    )


def _undo(db: Database, document_id: int, step_id: int, state: DocumentState) -> Change:
    with db.transaction() as session:
        document = get(session, orm.PlanDocument, document_id)
        step = get(session, orm.StatusStep, step_id)
        body, action, day, note = step.body, StepAction(step.action), step.date, step.note
        session.execute(delete(STEPS).where(STEPS.c.id == step_id))
        document.state = state.value
    if action == StepAction.ADOPTED:
        return Change(_("Adopt document"), lambda d: adopt(d, document_id, body, day), document_id)
    return Change(
        _("Reopen document"), lambda d: reopen(d, document_id, note, True, day), document_id
    )
