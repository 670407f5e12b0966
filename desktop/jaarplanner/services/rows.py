"""Use cases for rows (activities, actions, quality-calendar items)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from jaarplanner.errors import NotFoundError, UserError
from jaarplanner.i18n import _, ngettext
from jaarplanner.model import richtext
from jaarplanner.model.values import Field, RowStatus, field_label, status_label
from jaarplanner.services.changes import Change, TouchKind, field_touch, rows_touch
from jaarplanner.services.records import (
    Capture,
    State,
    ensure_editable,
    get,
    place,
    refuse_if_changed,
    refuse_if_moved_on,
    renumber,
    sibling_ids,
    state,
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
        row_id, after = row.id, state(session, ROWS, row.id)
    # undo deletes the row only as it was added: not once a colleague typed in it
    return Change(
        _("Add row"),
        lambda d: delete_row(d, row_id, expected_state=after),
        row_id,
        (rows_touch(TouchKind.ROWS_ADDED, [row_id], theme_id),),
    )


def edit_field(
    db: Database,
    row_id: int,
    field: Field,
    value: str,
    *,
    expected_version: int | None = None,
    expected_value: str | None = None,
) -> Change:
    """Set one rich-text field of a row; the value is cleaned into the stored form. Refused
    when the row changed since it was shown (``expected_version``) or, for undo and redo,
    when the field no longer holds what this program left in it (``expected_value``)."""
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
            refuse_if_moved_on(
                old,
                expected_value,
                field_label(field),
                new,
                old,
                lambda d: edit_field(d, row_id, field, new),
            )
        if new != old:
            setattr(row, field.value, new)
            session.flush()
            if field == Field.WHO:  # issue 21: the row's people follow its text
                from jaarplanner.services.people import keep_row_in_step

                keep_row_in_step(session, row_id, old)
    return _field_change(row_id, field, old, new)


def _field_change(row_id: int, field: Field, old: str, new: str) -> Change:
    """A text set from ``old`` to ``new``; a later save of the same text in one typing
    session combines with it (from this one's ``old`` to the later ``new``)."""

    def merged(later: Change) -> Change | None:
        return None if later.after == old else _field_change(row_id, field, old, later.after)

    # undo refuses when somebody else changed this text after this change (one's own undone
    # changes in between move the version on, but leave the text as this change left it)
    return Change(
        _("Edit {field}").format(field=field_label(field)),
        lambda d: edit_field(d, row_id, field, old, expected_value=new),
        row_id,
        (field_touch([row_id], field.value),),
        merge_key=("field", row_id, field.value),
        merge_with=merged,
        after=new,
    )


def set_attributes(
    db: Database,
    row_id: int,
    *,
    expected_version: int | None = None,
    expected_values: dict[str, Any] | None = None,
    **values: Any,
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
        refuse_if_moved_on(
            old if expected_values is None else {n: getattr(row, n) for n in expected_values},
            expected_values,
            _("Change row"),
            _describe(values),
            _describe(old),
            lambda d: set_attributes(d, row_id, **values),
        )
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
    return Change(
        _("Change row"),
        lambda d: set_attributes(d, row_id, expected_values=dict(values), **old),
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


def delete_row(
    db: Database,
    row_id: int,
    *,
    expected_version: int | None = None,
    expected_state: State | None = None,
) -> Change:
    """Delete a row; refused when it changed since it was shown (``expected_version``) or,
    for undo and redo, since this program left it (``expected_state``)."""
    with db.transaction() as session:
        capture, theme_id, index = _delete_in(session, row_id, expected_version, expected_state)
    return Change(
        _("Delete row"),
        lambda d: _restore_row(d, capture, theme_id, index),
        row_id,
        (rows_touch(TouchKind.ROWS_REMOVED, [row_id], theme_id),),
    )


def _delete_in(
    session: Session, row_id: int, expected_version: int | None, expected_state: State | None
) -> tuple[Capture, int, int]:
    row = _editable_row(session, row_id)
    stored = row.version
    label, mine = _("Delete row"), _("(the row deleted)")
    again = lambda d: delete_row(d, row_id, expected_version=stored)  # noqa: E731
    refuse_if_changed(row, expected_version, label, mine, row.what, again)
    refuse_if_moved_on(state(session, ROWS, row_id), expected_state, label, mine, row.what, again)
    theme_id = row.theme_id
    index = sibling_ids(session, ROWS, ROWS.c.theme_id == theme_id).index(row_id)
    capture = Capture()
    capture.add(session, ROWS, ROWS.c.id == row_id)
    capture.add(session, orm.row_kpis, orm.row_kpis.c.row_id == row_id)
    capture.add(session, HISTORY, HISTORY.c.row_id == row_id)
    session.execute(delete(orm.row_kpis).where(orm.row_kpis.c.row_id == row_id))
    session.execute(delete(HISTORY).where(HISTORY.c.row_id == row_id))
    # the version too: a colleague's change that lands between reading and deleting wins
    # a DELETE's result is a CursorResult, which counts the rows
    result = cast(
        "CursorResult[Any]",
        session.execute(delete(ROWS).where(ROWS.c.id == row_id, ROWS.c.version == stored)),
    )
    deleted = result.rowcount
    if deleted != 1:
        refuse_if_changed(row, -1, _("Delete row"), _("(the row deleted)"), row.what, None)
    renumber(session, ROWS, ROWS.c.theme_id == theme_id)
    return capture, theme_id, index


def _restore_row(db: Database, capture: Capture, theme_id: int, index: int) -> Change:
    row_id = capture.tables[0][1][0]["id"]
    with db.transaction() as session:
        ensure_editable(theme_document(get(session, orm.Theme, theme_id)))
        capture.restore(session)
        place(session, ROWS, ROWS.c.theme_id == theme_id, row_id, index)
        back = state(session, ROWS, row_id)
    # redo deletes it again only while nobody changed it since it came back
    return Change(
        _("Delete row"),
        lambda d: delete_row(d, row_id, expected_state=back),
        row_id,
        (rows_touch(TouchKind.ROWS_ADDED, [row_id], theme_id),),
    )


def move_row(
    db: Database,
    row_id: int,
    theme_id: int,
    index: int | None = None,
    *,
    expected_version: int | None = None,
    expected_state: State | None = None,
) -> Change:
    """Move a row to ``index`` in ``theme_id`` (another theme of the same document too);
    undo expects the row where, and as, this move left it (``expected_state``)."""
    with db.transaction() as session:
        row = _editable_row(session, row_id)
        target = get(session, orm.Theme, theme_id)
        if theme_document(target).id != theme_document(row.theme).id:
            raise UserError(_("A row can only be moved within its own document."))
        stored = row.version
        refuse_if_changed(
            row,
            expected_version,
            _("Move row"),
            target.title,
            row.theme.title,
            lambda d: move_row(d, row_id, theme_id, index, expected_version=stored),
        )
        refuse_if_moved_on(
            state(session, ROWS, row_id, placed=True),
            expected_state,
            _("Move row"),
            target.title,
            row.theme.title,
            lambda d: move_row(d, row_id, theme_id, index),
        )
        old_theme = row.theme_id
        old_index = sibling_ids(session, ROWS, ROWS.c.theme_id == old_theme).index(row_id)
        row.theme_id = theme_id
        row.position = 10**6  # a move is a change of the row: its version moves on
        session.flush()
        renumber(session, ROWS, ROWS.c.theme_id == old_theme)
        new_index = place(session, ROWS, ROWS.c.theme_id == theme_id, row_id, index)
        after = state(session, ROWS, row_id, placed=True)
    label = _("Move row")
    touched = (rows_touch(TouchKind.ROW_MOVED, [row_id], theme_id),)
    if old_theme == theme_id and old_index == new_index:
        old_index = new_index
    # undo moves it back only from where this move left it, not over a later move
    return Change(
        label,
        lambda d: move_row(d, row_id, old_theme, old_index, expected_state=after),
        row_id,
        touched,
    )


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
        copy_id, after = copy.id, state(session, ROWS, copy.id)
    return Change(
        _("Duplicate row"),
        lambda d: delete_row(d, copy_id, expected_state=after),
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
    expected_status: str | None = None,
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
        refuse_if_moved_on(
            old,
            expected_status,
            _("Status"),
            status_label(status),
            _status_text(old),
            lambda d: set_status(d, row_id, status, explanation, day),
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
        record_id = record.id
    return Change(
        _("Change status"),
        lambda d: _undo_status(d, row_id, record_id, expected_status=status.value),
        row_id,
        (field_touch([row_id], "status"),),
    )


def _undo_status(
    db: Database, row_id: int, record_id: int, *, expected_status: str | None = None
) -> Change:
    with db.transaction() as session:
        row = get(session, orm.Row, row_id)
        record = get(session, orm.StatusChange, record_id)
        status, explanation, day = record.status, record.explanation, record.date
        refuse_if_moved_on(
            row.status,
            expected_status,
            _("Status"),
            _status_text(record.old_status),
            _status_text(row.status),
            lambda d: _undo_status(d, row_id, record_id),
        )
        back = row.status = record.old_status
        session.delete(record)
        session.flush()
    return Change(
        _("Change status"),
        lambda d: set_status(d, row_id, status, explanation, day, expected_status=back),
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
        versions = {ident: state(session, ROWS, ident) for ident in ids}
    return Change(
        ngettext("Paste row", "Paste {n} rows", len(ids)).format(n=len(ids)),
        lambda d: _delete_rows(d, versions),
        ids,
        (rows_touch(TouchKind.ROWS_ADDED, ids, theme_id),),
    )


def _delete_rows(db: Database, versions: dict[int, State | None]) -> Change:
    """Delete pasted rows again, all or none: none when a colleague changed one of them."""
    ids = list(versions)
    with db.transaction() as session:
        taken = [_delete_in(session, ident, None, versions[ident]) for ident in reversed(ids)]

    def restore(d: Database) -> Change:
        with d.transaction() as session:
            for capture, theme_id, index in reversed(taken):
                ensure_editable(theme_document(get(session, orm.Theme, theme_id)))
                capture.restore(session)
                row_id = capture.tables[0][1][0]["id"]
                place(session, ROWS, ROWS.c.theme_id == theme_id, row_id, index)
            back = {ident: state(session, ROWS, ident) for ident in ids}
        return Change(
            _("Paste row"),
            lambda again: _delete_rows(again, back),
            ids,
            (rows_touch(TouchKind.ROWS_ADDED, ids),),
        )

    return Change(_("Delete rows"), restore, ids, (rows_touch(TouchKind.ROWS_REMOVED, ids),))
