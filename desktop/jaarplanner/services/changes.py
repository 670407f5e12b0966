"""What a service call returns: a label for the Edit menu, its result, the way back, and
what it touched.

``change.revert(db)`` performs the opposite service call and returns *its* ``Change``, so
undo and redo are the same operation: ``change = change.revert(db)``.

``touched`` says which part of the data the change reached, so the window refreshes only
that (one row's fields, rows added to a theme, ...). The service fills it in because only
the service knows the side effects. An empty ``touched`` means "not said": the window then
re-reads everything (and still keeps the user's place).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jaarplanner.storage.database import Database


class TouchKind(Enum):
    FIELD = "field"  # ids: rows; fields: the field names (or attributes) changed
    ROWS_ADDED = "rows_added"  # ids: the new rows; theme: where they went
    ROWS_REMOVED = "rows_removed"  # ids: the rows gone
    ROW_MOVED = "row_moved"  # ids: the rows moved; theme: where to
    THEME_RENAMED = "theme_renamed"  # ids: themes whose title or texts changed
    STRUCTURE = "structure"  # ids: documents whose parts or themes changed
    DOCUMENT = "document"  # ids: documents whose own properties changed (title, state, KPIs)


@dataclass(frozen=True)
class Touch:
    kind: TouchKind
    ids: frozenset[int]
    fields: frozenset[str] = frozenset()
    theme: int | None = None


def field_touch(row_ids: Iterable[int], *fields: str) -> Touch:
    return Touch(TouchKind.FIELD, frozenset(row_ids), frozenset(fields))


def rows_touch(kind: TouchKind, row_ids: Iterable[int], theme: int | None = None) -> Touch:
    return Touch(kind, frozenset(row_ids), theme=theme)


def structure_touch(document_id: int, kind: TouchKind = TouchKind.STRUCTURE) -> Touch:
    return Touch(kind, frozenset({document_id}))


@dataclass(frozen=True)
class Change:
    label: str
    revert_with: Callable[[Database], Change]
    result: Any = None
    touched: tuple[Touch, ...] = ()
    # a typing session's saves of one text make one undo step: changes with the same key
    # combine, ``merge_with(later)`` giving the change from this one's before to the later's
    # after (None: no net change)
    merge_key: tuple[Any, ...] | None = None
    merge_with: Callable[[Change], Change | None] | None = None
    after: Any = None

    def revert(self, db: Database) -> Change:
        return self.revert_with(db)
