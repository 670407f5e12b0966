"""Use cases for rows (activities, actions, quality-calendar items)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from jaarplanner.errors import NotFoundError, UserError
from jaarplanner.i18n import _, ngettext
from jaarplanner.model import richtext
from jaarplanner.model.values import Field, RowStatus, field_label, status_label
from jaarplanner.services.changes import Change, TouchKind, field_touch, rows_touch
from jaarplanner.services.records import (
    Capture,
    ensure_editable,
    get,
    place,
    refuse_if_changed,
    renumber,
    sibling_ids,
    theme_document,
)
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

ROWS = orm.Row.__table__
ATTRIBUTES = ("continuation", "status", "priority", "amount_cents", "notes")
HISTORY = orm.StatusChange.__table__


def _editable_row(session: Session, row_id: int) -> orm.Row:
    row = get(session, orm.Row, row_id)
    ensure_editable(theme_document(row.theme))
    return row


def add_row(
    db: Database,
    theme_id: int,
    index: int | None = None,
    fields: dict[Field, str] | None = None,
    *,
    continuation: bool = False,
) -> Change:
    """Add a row to a theme at ``index`` (the end when None); ``result`` is the new id."""
    with db.transaction() as session:
        theme = get(session, orm.Theme, theme_id)
        ensure_editable(theme_document(theme))
        values = {f.value: richtext.clean(v) for f, v in (fields or {}).items()}
        row = orm.Row(theme_id=theme_id, position=10**6, continuation=continuation, **values)
        session.add(row)
        session.flush()
        place(session, ROWS, ROWS.c.theme_id == theme_id, row.id, index)
        row_id = row.id
    return Change(
        _("Add row"),
        lambda d: delete_row(d, row_id),
        row_id,
        (rows_touch(TouchKind.ROWS_ADDED, [row_id], theme_id),),
    )


def edit_field(
    db: Database, row_id: int, field: Field, value: str, *, expected_version: int | None = None
) -> Change:
    """Set one rich-text field of a row; the value is cleaned into the stored form."""
    field = Field(field)
    with db.transaction() as session:
        row = _editable_row(session, row_id)
        old = getattr(row, field.value)
        new = richtext.clean(value)
        if new != old:  # typing the same text as the other is no conflict
            stored = row.version
            refuse_if_changed(
                row,
                expected_version,
                field_label(field),
                new,
                old,
                lambda d: edit_field(d, row_id, field, new, expected_version=stored),
            )
        if new != old:
            setattr(row, field.value, new)
            session.flush()  # the new version, which undoing this change expects to find
            if field == Field.WHO:  # issue 21: the row's people follow its text
                from jaarplanner.services.people import keep_row_in_step

                keep_row_in_step(session, row_id, old)
        after = row.version
    label = _("Edit {field}").format(field=field_label(field))
    # undo refuses too when somebody else changed the row after this change
    return Change(
        label,
        lambda d: edit_field(d, row_id, field, old, expected_version=after),
        row_id,
        (field_touch([row_id], field.value),),
    )


def set_attributes(
    db: Database, row_id: int, *, expected_version: int | None = None, **values: Any
) -> Change:
    """Change priority, amount (in cents), notes or whether the row continues."""
    unknown = set(values) - set(ATTRIBUTES) | ({"status"} & set(values))
    if unknown:
        raise ValueError(f"not a row attribute here: {sorted(unknown)}")
    amount = values.get("amount_cents")
    if amount is not None and (not isinstance(amount, int) or abs(amount) > 10**13):
        raise UserError(_("The amount is not a valid number of euros."))
    with db.transaction() as session:
        row = _editable_row(session, row_id)
        old = {name: getattr(row, name) for name in values}
        stored = row.version
        refuse_if_changed(
            row,
            expected_version,
            _("Change row"),
            _describe(values),
            _describe(old),
            lambda d: set_attributes(d, row_id, expected_version=stored, **values),
        )
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        after = row.version
    return Change(
        _("Change row"),
        lambda d: set_attributes(d, row_id, expected_version=after, **old),
        row_id,
        (field_touch([row_id], *values),),
    )


def _describe(values: dict[str, Any]) -> str:
    words = {True: _("yes"), False: _("no")}
    names = {"priority": _("Priority"), "notes": _("Notes"), "continuation": _("Continues")}
    return "; ".join(
        f"{names.get(name, name)}: {words.get(value, value) if isinstance(value, bool) else value}"
        for name, value in values.items()
    )


def delete_row(db: Database, row_id: int, *, expected_version: int | None = None) -> Change:
    with db.transaction() as session:
        row = _editable_row(session, row_id)
        stored = row.version
        refuse_if_changed(
            row,
            expected_version,
            _("Delete row"),
            _("(the row deleted)"),
            row.what,
            lambda d: delete_row(d, row_id, expected_version=stored),
        )
        theme_id = row.theme_id
        index = sibling_ids(session, ROWS, ROWS.c.theme_id == theme_id).index(row_id)
        capture = Capture()
        capture.add(session, ROWS, ROWS.c.id == row_id)
        capture.add(session, orm.row_kpis, orm.row_kpis.c.row_id == row_id)
        capture.add(session, HISTORY, HISTORY.c.row_id == row_id)
        session.execute(delete(orm.row_kpis).where(orm.row_kpis.c.row_id == row_id))
        session.execute(delete(HISTORY).where(HISTORY.c.row_id == row_id))
        session.execute(delete(ROWS).where(ROWS.c.id == row_id))
        renumber(session, ROWS, ROWS.c.theme_id == theme_id)
    return Change(
        _("Delete row"),
        lambda d: _restore_row(d, capture, theme_id, index),
        row_id,
        (rows_touch(TouchKind.ROWS_REMOVED, [row_id], theme_id),),
    )


def _restore_row(db: Database, capture: Capture, theme_id: int, index: int) -> Change:
    row_id = capture.tables[0][1][0]["id"]
    with db.transaction() as session:
        ensure_editable(theme_document(get(session, orm.Theme, theme_id)))
        capture.restore(session)
        place(session, ROWS, ROWS.c.theme_id == theme_id, row_id, index)
    return Change(
        _("Delete row"),
        lambda d: delete_row(d, row_id),
        row_id,
        (rows_touch(TouchKind.ROWS_ADDED, [row_id], theme_id),),
    )


def move_row(db: Database, row_id: int, theme_id: int, index: int | None = None) -> Change:
    """Move a row to ``index`` in ``theme_id`` (another theme of the same document too)."""
    with db.transaction() as session:
        row = _editable_row(session, row_id)
        target = get(session, orm.Theme, theme_id)
        if theme_document(target).id != theme_document(row.theme).id:
            raise UserError(_("A row can only be moved within its own document."))
        old_theme = row.theme_id
        old_index = sibling_ids(session, ROWS, ROWS.c.theme_id == old_theme).index(row_id)
        row.theme_id = theme_id
        session.flush()
        renumber(session, ROWS, ROWS.c.theme_id == old_theme)
        new_index = place(session, ROWS, ROWS.c.theme_id == theme_id, row_id, index)
    label = _("Move row")
    touched = (rows_touch(TouchKind.ROW_MOVED, [row_id], theme_id),)
    if old_theme == theme_id and old_index == new_index:
        return Change(label, lambda d: move_row(d, row_id, theme_id, new_index), row_id, touched)
    return Change(label, lambda d: move_row(d, row_id, old_theme, old_index), row_id, touched)


def duplicate_row(db: Database, row_id: int) -> Change:
    """A copy of the row, with its KPI links, directly below it; ``result`` is the copy's id."""
    with db.transaction() as session:
        row = _editable_row(session, row_id)
        copy = orm.Row(
            theme_id=row.theme_id,
            position=10**6,
            **{f.value: getattr(row, f.value) for f in Field},
            **{name: getattr(row, name) for name in ATTRIBUTES},
        )
        copy.kpis = list(row.kpis)
        session.add(copy)
        session.flush()
        index = sibling_ids(session, ROWS, ROWS.c.theme_id == row.theme_id).index(row_id) + 1
        place(session, ROWS, ROWS.c.theme_id == row.theme_id, copy.id, index)
        copy_id = copy.id
    return Change(
        _("Duplicate row"),
        lambda d: delete_row(d, copy_id),
        copy_id,
        (rows_touch(TouchKind.ROWS_ADDED, [copy_id]),),
    )


def link_kpi(db: Database, row_id: int, kpi_id: int) -> Change:
    with db.transaction() as session:
        row = _editable_row(session, row_id)
        kpi = get(session, orm.Kpi, kpi_id)
        if kpi.organisation_id != theme_document(row.theme).organisation_id:
            raise UserError(_("This KPI belongs to another organisation."))
        if kpi not in row.kpis:
            row.kpis.append(kpi)
    return Change(
        _("Link KPI"),
        lambda d: unlink_kpi(d, row_id, kpi_id),
        row_id,
        (field_touch([row_id], "kpis"),),
    )


def unlink_kpi(db: Database, row_id: int, kpi_id: int) -> Change:
    with db.transaction() as session:
        row = _editable_row(session, row_id)
        row.kpis = [k for k in row.kpis if k.id != kpi_id]
    return Change(
        _("Unlink KPI"),
        lambda d: link_kpi(d, row_id, kpi_id),
        row_id,
        (field_touch([row_id], "kpis"),),
    )


def row_version(db: Database, row_id: int) -> int:
    with db.reading() as session:
        version = session.scalar(select(ROWS.c.version).where(ROWS.c.id == row_id))
    if version is None:
        raise NotFoundError(_("This item no longer exists; somebody may have deleted it."))
    return int(version)


def set_status(
    db: Database,
    row_id: int,
    status: RowStatus | str,
    explanation: str = "",
    day: dt.date | None = None,
    *,
    expected_version: int | None = None,
) -> Change:
    """Give a row a new status; the change is kept in its history with date and explanation.

    Progress is recorded on an adopted plan too: the status is not part of what was adopted.
    """
    status = RowStatus(status)
    with db.transaction() as session:
        row = get(session, orm.Row, row_id)
        old = row.status
        stored = row.version
        refuse_if_changed(
            row,
            expected_version,
            _("Status"),
            status_label(status),
            status_label(RowStatus(old)),
            lambda d: set_status(d, row_id, status, explanation, day, expected_version=stored),
        )
        row.status = status.value
        record = orm.StatusChange(
            row_id=row_id,
            date=day or dt.date.today(),
            old_status=old,
            status=status.value,
            explanation=" ".join(explanation.split()),
        )
        session.add(record)
        session.flush()
        record_id, after = record.id, row.version
    return Change(
        _("Change status"),
        lambda d: _undo_status(d, row_id, record_id, expected_version=after),
        row_id,
        (field_touch([row_id], "status"),),
    )


def _undo_status(
    db: Database, row_id: int, record_id: int, *, expected_version: int | None = None
) -> Change:
    with db.transaction() as session:
        row = get(session, orm.Row, row_id)
        record = get(session, orm.StatusChange, record_id)
        status, explanation, day = record.status, record.explanation, record.date
        stored = row.version
        refuse_if_changed(
            row,
            expected_version,
            _("Status"),
            _status_text(record.old_status),
            _status_text(row.status),
            lambda d: _undo_status(d, row_id, record_id, expected_version=stored),
        )
        row.status = record.old_status
        session.delete(record)
        session.flush()
        after = row.version
    return Change(
        _("Change status"),
        lambda d: set_status(d, row_id, status, explanation, day, expected_version=after),
        row_id,
        (field_touch([row_id], "status"),),
    )


def _status_text(value: str) -> str:
    try:
        return status_label(RowStatus(value))
    except ValueError:  # an old record without a status before it
        return value


@dataclass(frozen=True)
class StatusEntry:
    date: dt.date
    old_status: RowStatus | None
    status: RowStatus
    explanation: str


def status_history(db: Database, row_id: int) -> list[StatusEntry]:
    with db.reading() as session:
        records = session.scalars(
            select(orm.StatusChange)
            .where(orm.StatusChange.row_id == row_id)
            .order_by(orm.StatusChange.id)
        )
        return [
            StatusEntry(
                r.date,
                RowStatus(r.old_status) if r.old_status else None,
                RowStatus(r.status),
                r.explanation,
            )
            for r in records
        ]


def add_rows(
    db: Database, theme_id: int, index: int | None, rows: list[dict[Field, str]]
) -> Change:
    """Several rows at once (a paste), as one change; ``result`` is the list of new ids."""
    if not rows:
        raise UserError(_("There are no rows to add."))
    with db.transaction() as session:
        theme = get(session, orm.Theme, theme_id)
        ensure_editable(theme_document(theme))
        ids = []
        for offset, fields in enumerate(rows):
            values = {f.value: richtext.clean(v) for f, v in fields.items()}
            row = orm.Row(theme_id=theme_id, position=10**6, **values)
            session.add(row)
            session.flush()
            at = None if index is None else index + offset
            place(session, ROWS, ROWS.c.theme_id == theme_id, row.id, at)
            ids.append(row.id)
    return Change(
        ngettext("Paste row", "Paste {n} rows", len(ids)).format(n=len(ids)),
        lambda d: _delete_rows(d, ids),
        ids,
        (rows_touch(TouchKind.ROWS_ADDED, ids, theme_id),),
    )


def _delete_rows(db: Database, ids: list[int]) -> Change:
    changes = [delete_row(db, ident) for ident in reversed(ids)]

    def restore(d: Database) -> Change:
        for change in reversed(changes):
            change.revert(d)
        return Change(
            changes[0].label,
            lambda again: _delete_rows(again, ids),
            ids,
            (rows_touch(TouchKind.ROWS_ADDED, ids),),
        )

    return Change(_("Delete rows"), restore, ids, (rows_touch(TouchKind.ROWS_REMOVED, ids),))
