"""A document's parts and their columns, changed in the program (*Delen en kolommen*): the
whole dialog is one service call and one undoable step."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.layout import ColumnLayout, LayoutError
from jaarplanner.model.values import Field
from jaarplanner.services.changes import Change
from jaarplanner.services.records import Capture, ensure_editable, get
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

PARTS = orm.Part.__table__
THEMES = orm.Theme.__table__
ROWS = orm.Row.__table__


@dataclass(frozen=True)
class PartPlan:
    """One part as the dialog leaves it; ``id`` ``None`` for a new part."""

    title: str
    layout: ColumnLayout
    id: int | None = None


def text_cells(db: Database, part_id: int, fields: set[Field]) -> dict[Field, int]:
    """How many rows of the part hold text in each of ``fields`` (what hiding them hides)."""
    found: dict[Field, int] = {}
    with db.reading() as session:
        for name in fields:
            column = ROWS.c[name.value]
            count = session.scalar(
                select(func.count())
                .select_from(ROWS.join(THEMES, ROWS.c.theme_id == THEMES.c.id))
                .where(THEMES.c.part_id == part_id, column != "")
            )
            if count:
                found[name] = int(count)
    return found


def _key(title: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "deel"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def _capture(session: Session, part_ids: list[int]) -> Capture:
    """The parts ``part_ids`` with everything in them, to put back as they were."""
    capture = Capture()
    if not part_ids:
        return capture
    capture.add(session, PARTS, PARTS.c.id.in_(part_ids))
    # parents before children, so the restore can insert them in this order
    themes = [
        dict(r._mapping)
        for r in session.execute(
            select(THEMES).where(THEMES.c.part_id.in_(part_ids)).order_by(THEMES.c.id)
        )
    ]
    ordered: list[dict[str, Any]] = []
    placed: set[int] = set()
    while themes:
        ready = [t for t in themes if t["parent_id"] is None or t["parent_id"] in placed]
        ordered.extend(ready)
        placed.update(t["id"] for t in ready)
        themes = [t for t in themes if t["id"] not in placed]
    if ordered:
        capture.tables.append((THEMES, ordered))
    theme_ids = [t["id"] for t in ordered]
    rows = capture.add(session, ROWS, ROWS.c.theme_id.in_(theme_ids))
    row_ids = [r["id"] for r in rows]
    capture.add(session, orm.row_kpis, orm.row_kpis.c.row_id.in_(row_ids))
    history = orm.StatusChange.__table__
    capture.add(session, history, history.c.row_id.in_(row_ids))
    return capture


Shape = tuple[int, str, str]  # a part's position, title and layout (JSON)
Fields = dict[int, tuple[Shape, Shape]]  # part id: (what to set, what it must be now)


def _transition(
    db: Database, document_id: int, fields: Fields, delete_ids: list[int], insert: Capture
) -> Change:
    """Undo and redo of a parts change: set the kept parts' places, titles and columns back,
    take out the parts the change made (kept, with whatever was typed in them since, for a
    redo), put back the parts it removed. Only what the change did is reversed; when a kept
    part was changed again since, nothing happens and the user is told."""
    with db.transaction() as session:
        document = get(session, orm.PlanDocument, document_id)
        ensure_editable(document)
        parts = {part.id: part for part in document.parts}
        for ident, (_target, expected) in fields.items():
            part = parts.get(ident)
            if part is None or (part.title, part.layout_json) != expected[1:]:
                raise UserError(
                    _("The parts were changed again since; this step cannot be undone.")
                )
        reverse: Fields = {}
        taken = _capture(session, delete_ids)
        if delete_ids:
            session.execute(delete(PARTS).where(PARTS.c.id.in_(delete_ids)))
        for ident, (target, _expected) in fields.items():
            part = parts[ident]
            reverse[ident] = ((part.position, part.title, part.layout_json), target)
            part.position, part.title, part.layout_json = target
        session.flush()
        session.expunge_all()
        insert.restore(session)
        restored = [row["id"] for table, rows in insert.tables if table is PARTS for row in rows]
    return Change(
        _("Parts and columns"),
        lambda d: _transition(d, document_id, reverse, restored, taken),
        document_id,
    )


def _check(plans: list[PartPlan]) -> list[PartPlan]:
    if not plans:
        raise UserError(_("A document keeps at least one part."))
    cleaned = []
    for plan in plans:
        title = " ".join(plan.title.split())
        if not title:
            raise UserError(_("Every part needs a title."))
        try:
            plan.layout.validate()
        except LayoutError as error:
            raise UserError(
                _("The columns of '{part}' cannot be used: {detail}").format(
                    part=title, detail=error
                )
            ) from error
        cleaned.append(PartPlan(title, plan.layout, plan.id))
    return cleaned


def apply_parts(db: Database, document_id: int, plans: list[PartPlan]) -> Change:
    """Make the document's parts what ``plans`` say, in that order: parts left out are
    removed with their themes and rows, new ones get one empty theme. One undoable step."""
    plans = _check(plans)
    with db.transaction() as session:
        document = get(session, orm.PlanDocument, document_id)
        ensure_editable(document)
        existing = {part.id: part for part in document.parts}
        unknown = [p.id for p in plans if p.id is not None and p.id not in existing]
        if unknown:
            raise UserError(_("This item no longer exists; somebody may have deleted it."))
        kept = {p.id for p in plans if p.id is not None}
        gone = [ident for ident in existing if ident not in kept]
        removed = _capture(session, gone)
        if gone:
            session.execute(delete(PARTS).where(PARTS.c.id.in_(gone)))
        taken = {existing[i].key for i in kept}
        previous: Fields = {}
        added: list[int] = []
        for position, plan in enumerate(plans):
            text = json.dumps({**plan.layout.to_dict(), "title": plan.title}, ensure_ascii=False)
            if plan.id is not None:
                part = existing[plan.id]
                previous[part.id] = (
                    (part.position, part.title, part.layout_json),
                    (position, plan.title, text),
                )
                part.position, part.title, part.layout_json = position, plan.title, text
                continue
            key = _key(plan.title, taken)
            taken.add(key)
            part = orm.Part(
                document_id=document_id,
                position=position,
                key=key,
                title=plan.title,
                layout_json=text,
            )
            session.add(part)
            session.flush()
            session.add(orm.Theme(part_id=part.id, position=0, title=_("New theme")))
            added.append(part.id)
        session.flush()
    return Change(
        _("Parts and columns"),
        lambda d: _transition(d, document_id, previous, added, removed),
        document_id,
    )


def rows_of_parts(db: Database, part_ids: list[int]) -> int:
    """How many rows the parts hold (what removing them removes)."""
    if not part_ids:
        return 0
    with db.reading() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(ROWS.join(THEMES, ROWS.c.theme_id == THEMES.c.id))
                .where(or_(*(THEMES.c.part_id == i for i in part_ids)))
            )
            or 0
        )
