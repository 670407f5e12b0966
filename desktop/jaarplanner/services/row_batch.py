"""Several rows in one step: deleting a selection of rows, moving rows dropped on a theme.
One transaction, one undoable change whose name says how many."""

from __future__ import annotations

from sqlalchemy import delete

from jaarplanner.errors import UserError
from jaarplanner.i18n import _, ngettext
from jaarplanner.services.changes import Change, TouchKind, rows_touch
from jaarplanner.services.records import (
    Capture,
    ensure_editable,
    get,
    place,
    renumber,
    sibling_ids,
    theme_document,
)
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

ROWS = orm.Row.__table__
HISTORY = orm.StatusChange.__table__


def delete_rows(db: Database, row_ids: list[int]) -> Change:
    """Delete these rows (with their KPI links and status history) as one change."""
    if not row_ids:
        raise UserError(_("There are no rows to delete."))
    places: list[tuple[int, int, int]] = []  # (row, theme, index), restored in this order
    capture = Capture()
    with db.transaction() as session:
        for row_id in row_ids:
            row = get(session, orm.Row, row_id)
            ensure_editable(theme_document(row.theme))
            siblings = sibling_ids(session, ROWS, ROWS.c.theme_id == row.theme_id)
            places.append((row_id, row.theme_id, siblings.index(row_id)))
        ids = list(row_ids)
        capture.add(session, ROWS, ROWS.c.id.in_(ids))
        capture.add(session, orm.row_kpis, orm.row_kpis.c.row_id.in_(ids))
        capture.add(session, HISTORY, HISTORY.c.row_id.in_(ids))
        session.execute(delete(orm.row_kpis).where(orm.row_kpis.c.row_id.in_(ids)))
        session.execute(delete(HISTORY).where(HISTORY.c.row_id.in_(ids)))
        session.execute(delete(ROWS).where(ROWS.c.id.in_(ids)))
        for theme_id in {theme for _row, theme, _index in places}:
            renumber(session, ROWS, ROWS.c.theme_id == theme_id)
    label = _delete_label(len(row_ids))
    return Change(
        label,
        lambda d: _restore_rows(d, capture, places, label),
        list(row_ids),
        (rows_touch(TouchKind.ROWS_REMOVED, row_ids),),
    )


def _delete_label(count: int) -> str:
    return ngettext("Delete row", "Delete {n} rows", count).format(n=count)


def _restore_rows(
    db: Database, capture: Capture, places: list[tuple[int, int, int]], label: str
) -> Change:
    with db.transaction() as session:
        for _row, theme_id, _index in places:
            ensure_editable(theme_document(get(session, orm.Theme, theme_id)))
        capture.restore(session)
        for row_id, theme_id, index in sorted(places, key=lambda p: p[2]):
            place(session, ROWS, ROWS.c.theme_id == theme_id, row_id, index)
    ids = [p[0] for p in places]
    return Change(
        label,
        lambda d: delete_rows(d, ids),
        ids,
        (rows_touch(TouchKind.ROWS_ADDED, ids),),
    )


def move_rows(db: Database, row_ids: list[int], theme_id: int) -> Change:
    """Move rows to the end of ``theme_id`` in their order, as one change."""
    if not row_ids:
        raise UserError(_("There are no rows to move."))
    before: list[tuple[int, int, int]] = []
    with db.transaction() as session:
        target = get(session, orm.Theme, theme_id)
        document = theme_document(target)
        ensure_editable(document)
        for row_id in row_ids:
            row = get(session, orm.Row, row_id)
            if theme_document(row.theme).id != document.id:
                raise UserError(_("A row can only be moved within its own document."))
            siblings = sibling_ids(session, ROWS, ROWS.c.theme_id == row.theme_id)
            before.append((row_id, row.theme_id, siblings.index(row_id)))
        for row_id, old_theme, _index in before:
            get(session, orm.Row, row_id).theme_id = theme_id
            session.flush()
            renumber(session, ROWS, ROWS.c.theme_id == old_theme)
            place(session, ROWS, ROWS.c.theme_id == theme_id, row_id, None)
    count = len(row_ids)
    label = ngettext("Move row", "Move {n} rows", count).format(n=count)
    return Change(
        label,
        lambda d: _move_back(d, before, theme_id, label),
        list(row_ids),
        (rows_touch(TouchKind.ROW_MOVED, row_ids, theme_id),),
    )


def _move_back(
    db: Database, before: list[tuple[int, int, int]], theme_id: int, label: str
) -> Change:
    with db.transaction() as session:
        ensure_editable(theme_document(get(session, orm.Theme, theme_id)))
        for row_id, old_theme, index in sorted(before, key=lambda p: p[2]):
            get(session, orm.Row, row_id).theme_id = old_theme
            session.flush()
            place(session, ROWS, ROWS.c.theme_id == old_theme, row_id, index)
        renumber(session, ROWS, ROWS.c.theme_id == theme_id)
    ids = [p[0] for p in before]
    return Change(
        label,
        lambda d: move_rows(d, ids, theme_id),
        ids,
        (rows_touch(TouchKind.ROW_MOVED, ids),),
    )
