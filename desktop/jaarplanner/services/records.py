"""Low-level helpers the services share: ordering siblings, and taking whole records out of
the database and putting them back with their own ids (for undoing a delete)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, and_, insert, select, update
from sqlalchemy.orm import Session

from jaarplanner.errors import ConflictError, NotFoundError, UserError
from jaarplanner.i18n import _
from jaarplanner.model.values import DocumentState
from jaarplanner.storage import orm

T = TypeVar("T")


@dataclass
class Capture:
    """Rows of tables, in the order they must be inserted back."""

    tables: list[tuple[Table, list[dict[str, Any]]]] = field(default_factory=list)

    def add(self, session: Session, table: Table, condition: Any) -> list[dict[str, Any]]:
        rows = [dict(r._mapping) for r in session.execute(select(table).where(condition))]
        if rows:
            self.tables.append((table, rows))
        return rows

    def restore(self, session: Session) -> None:
        for table, rows in self.tables:
            session.execute(insert(table), rows)


def get(session: Session, cls: type[T], ident: int) -> T:
    obj = session.get(cls, ident)
    if obj is None:
        raise NotFoundError(_("This item no longer exists; somebody may have deleted it."))
    return obj


def set_positions(session: Session, table: Table, ids: Sequence[int]) -> None:
    """Give the objects ``ids`` the positions 0, 1, 2 … in that order."""
    for position, ident in enumerate(ids):
        session.execute(
            update(table)
            .where(and_(table.c.id == ident, table.c.position != position))
            .values(position=position)
        )


def sibling_ids(session: Session, table: Table, condition: Any) -> list[int]:
    return list(
        session.scalars(select(table.c.id).where(condition).order_by(table.c.position, table.c.id))
    )


def place(session: Session, table: Table, condition: Any, ident: int, index: int | None) -> int:
    """Put ``ident`` at ``index`` among the siblings selected by ``condition``."""
    ids = [i for i in sibling_ids(session, table, condition) if i != ident]
    index = len(ids) if index is None else max(0, min(index, len(ids)))
    ids.insert(index, ident)
    set_positions(session, table, ids)
    return index


def ensure_editable(document: orm.PlanDocument) -> None:
    if document.state == DocumentState.ADOPTED:
        raise UserError(
            _(
                "This document has been adopted (vastgesteld) and cannot be changed. Reopen it "
                "first."
            )
        )


def theme_document(theme: orm.Theme) -> orm.PlanDocument:
    return theme.part.document


def subtree_theme_ids(session: Session, theme_id: int) -> list[int]:
    """The theme and every theme below it, parents before children."""
    found = [theme_id]
    frontier = [theme_id]
    themes = orm.Theme.__table__
    while frontier:
        children = list(
            session.scalars(
                select(themes.c.id)
                .where(themes.c.parent_id.in_(frontier))
                .order_by(themes.c.position)
            )
        )
        found.extend(children)
        frontier = children
    return found


def renumber(session: Session, table: Table, condition: Any) -> None:
    """Close the gaps in the positions of the siblings selected by ``condition``."""
    set_positions(session, table, sibling_ids(session, table, condition))


def refuse_if_changed(
    obj: Any, expected_version: int | None, label: str, mine: str, theirs: str, retry: Any
) -> None:
    """Somebody else changed ``obj`` since it was shown (its version moved on): refuse, with
    both versions for the user to choose from. ``retry(db)`` makes the same change
    knowingly over the other's."""
    if expected_version is not None and obj.version != expected_version:
        raise ConflictError(
            _("Somebody else changed this in the meantime. Your change was not saved."),
            label=label,
            mine=mine,
            theirs=theirs,
            retry=retry,
        )


def joined(values: dict[str, Any]) -> str:
    """Several changed values as one text for the conflict dialog."""
    return "<br>".join(str(value) for value in values.values())


def refuse_if_moved_on(
    found: Any, expected: Any, label: str, mine: str, theirs: str, retry: Any
) -> None:
    """Like ``refuse_if_changed`` for what a version alone does not show: a theme with its
    sub-themes and rows, a whole document (``contents``), several rows at once."""
    if expected is not None and found != expected:
        raise ConflictError(
            _("Somebody else changed this in the meantime. Your change was not saved."),
            label=label,
            mine=mine,
            theirs=theirs,
            retry=retry,
        )


State = tuple[tuple[str, Any], ...]


def state(session: Session, table: Table, ident: int, *, placed: bool = False) -> State | None:
    """What a record holds (not its version: one's own undone edits move that on too), and
    with ``placed`` where it stands. Undo and redo expect the state they left behind."""
    found = session.execute(select(table).where(table.c.id == ident)).first()
    if found is None:
        return None
    skip = {"version"} if placed else {"version", "position"}
    return tuple((k, v) for k, v in found._mapping.items() if k not in skip)


def contents(session: Session, theme_ids: Sequence[int]) -> tuple[Any, ...]:
    """What themes hold: any edit, addition or removal by somebody else shows."""
    themes = orm.Theme.__table__
    rows = orm.Row.__table__
    found: list[tuple[str, int, State]] = []
    for kind, table, key in (("theme", themes, themes.c.id), ("row", rows, rows.c.theme_id)):
        for record in session.execute(select(table).where(key.in_(theme_ids))):
            values = record._mapping
            kept = tuple((k, v) for k, v in values.items() if k not in ("version", "position"))
            found.append((kind, values["id"], kept))
    return tuple(sorted(found, key=lambda item: (item[0], item[1])))
