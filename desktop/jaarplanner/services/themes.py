"""Use cases for themes: the numbered tree of a part (*1. Onderwijs & ondersteuning*,
*Doel 1 → Professionaliseringsmodel*)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, delete
from sqlalchemy.orm import Session

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model import richtext
from jaarplanner.services.changes import Change, Touch, TouchKind, structure_touch
from jaarplanner.services.records import (
    Capture,
    State,
    contents,
    ensure_editable,
    get,
    joined,
    place,
    refuse_if_changed,
    refuse_if_moved_on,
    renumber,
    sibling_ids,
    state,
    subtree_theme_ids,
)
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

THEMES = orm.Theme.__table__
ROWS = orm.Row.__table__
TEXT_ATTRIBUTES = ("title", "reference")
RICH_ATTRIBUTES = ("goal", "footnotes")


def _siblings(part_id: int, parent_id: int | None) -> Any:
    parent = THEMES.c.parent_id.is_(None) if parent_id is None else THEMES.c.parent_id == parent_id
    return and_(THEMES.c.part_id == part_id, parent)


def _editable_theme(session: Session, theme_id: int) -> orm.Theme:
    theme = get(session, orm.Theme, theme_id)
    ensure_editable(theme.part.document)
    return theme


def _clean_title(title: str) -> str:
    title = " ".join(str(title).split())
    if not title:
        raise UserError(_("A theme needs a title."))
    return title


def add_theme(
    db: Database,
    part_id: int,
    title: str,
    *,
    parent_id: int | None = None,
    index: int | None = None,
) -> Change:
    """Add a theme to a part, or below ``parent_id``; ``result`` is the new id."""
    title = _clean_title(title)
    with db.transaction() as session:
        part = get(session, orm.Part, part_id)
        ensure_editable(part.document)
        if parent_id is not None and get(session, orm.Theme, parent_id).part_id != part_id:
            raise UserError(_("A sub-theme belongs to the same part as its theme."))
        theme = orm.Theme(part_id=part_id, parent_id=parent_id, title=title, position=10**6)
        session.add(theme)
        session.flush()
        place(session, THEMES, _siblings(part_id, parent_id), theme.id, index)
        theme_id, document_id = theme.id, part.document_id
        held = contents(session, [theme_id])
    # undo deletes the theme only while it is as it was added: empty, unchanged
    return Change(
        _("Add theme"),
        lambda d: delete_theme(d, theme_id, expected_contents=held),
        theme_id,
        (structure_touch(document_id),),
    )


def edit_theme(
    db: Database,
    theme_id: int,
    *,
    expected_version: int | None = None,
    expected_values: dict[str, str] | None = None,
    **values: str,
) -> Change:
    """Change a theme's title, goal text, reference (*Ontwikkelpunt 2 en 3*) or footnotes."""
    return _edit_theme(db, theme_id, expected_version, expected_values, values)


def _edit_theme(
    db: Database,
    theme_id: int,
    expected_version: int | None,
    expected_values: dict[str, str] | None,
    values: dict[str, str],
) -> Change:
    # the values as one dict, so that a retry passes them on without mixing them up with
    # the keyword arguments
    unknown = set(values) - set(TEXT_ATTRIBUTES) - set(RICH_ATTRIBUTES)
    if unknown:
        raise ValueError(f"not a theme attribute: {sorted(unknown)}")
    cleaned = {}
    for name, value in values.items():
        if name == "title":
            cleaned[name] = _clean_title(value)
        elif name in RICH_ATTRIBUTES:
            cleaned[name] = richtext.clean(value)
        else:
            cleaned[name] = " ".join(str(value).split())
    label = _("Rename theme") if set(cleaned) == {"title"} else _("Change theme")
    with db.transaction() as session:
        theme = _editable_theme(session, theme_id)
        old = {name: getattr(theme, name) for name in cleaned}
        if old != cleaned:
            stored = theme.version
            refuse_if_changed(
                theme,
                expected_version,
                label,
                joined(cleaned),
                joined(old),
                lambda d: _edit_theme(d, theme_id, stored, None, values),
            )
            refuse_if_moved_on(
                old if expected_values is None else {n: old.get(n) for n in expected_values},
                expected_values,
                label,
                joined(cleaned),
                joined(old),
                lambda d: _edit_theme(d, theme_id, None, None, values),
            )
        for name, value in cleaned.items():
            setattr(theme, name, value)
        session.flush()
    return Change(
        label,
        lambda d: edit_theme(d, theme_id, expected_values=cleaned, **old),
        theme_id,
        (Touch(TouchKind.THEME_RENAMED, frozenset({theme_id})),),
    )


def delete_theme(
    db: Database,
    theme_id: int,
    *,
    expected_version: int | None = None,
    expected_contents: tuple[tuple[str, int, int], ...] | None = None,
) -> Change:
    """Delete a theme with its sub-themes and rows (undo brings all of it back). With
    ``expected_version`` (the theme as shown) or ``expected_contents`` (everything in it, for
    undo and redo) it is refused when somebody else changed it in the meantime."""
    with db.transaction() as session:
        theme = _editable_theme(session, theme_id)
        part_id, parent_id = theme.part_id, theme.parent_id
        document_id = theme.part.document_id
        ids = subtree_theme_ids(session, theme_id)
        held = contents(session, ids)
        mine, theirs = _("(the theme deleted)"), theme.title
        again = lambda d: delete_theme(d, theme_id)  # noqa: E731 - deleting it knowingly
        refuse_if_changed(theme, expected_version, _("Delete theme"), mine, theirs, again)
        refuse_if_moved_on(held, expected_contents, _("Delete theme"), mine, theirs, again)
        index = sibling_ids(session, THEMES, _siblings(part_id, parent_id)).index(theme_id)
        capture = Capture()
        for ident in ids:  # parents before children
            capture.add(session, THEMES, THEMES.c.id == ident)
        row_ids = [r["id"] for r in capture.add(session, ROWS, ROWS.c.theme_id.in_(ids))]
        capture.add(session, orm.row_kpis, orm.row_kpis.c.row_id.in_(row_ids))
        history = orm.StatusChange.__table__
        capture.add(session, history, history.c.row_id.in_(row_ids))
        session.execute(delete(history).where(history.c.row_id.in_(row_ids)))
        session.execute(delete(orm.row_kpis).where(orm.row_kpis.c.row_id.in_(row_ids)))
        session.execute(delete(ROWS).where(ROWS.c.theme_id.in_(ids)))
        for ident in reversed(ids):
            session.execute(delete(THEMES).where(THEMES.c.id == ident))
        renumber(session, THEMES, _siblings(part_id, parent_id))
    return Change(
        _("Delete theme"),
        lambda d: _restore_theme(d, capture, theme_id, part_id, parent_id, index, held),
        theme_id,
        (structure_touch(document_id),),
    )


def _restore_theme(
    db: Database,
    capture: Capture,
    theme_id: int,
    part_id: int,
    parent_id: int | None,
    index: int,
    held: tuple[tuple[str, int, int], ...],
) -> Change:
    with db.transaction() as session:
        part = get(session, orm.Part, part_id)
        ensure_editable(part.document)
        capture.restore(session)
        place(session, THEMES, _siblings(part_id, parent_id), theme_id, index)
        document_id = part.document_id
    return Change(
        _("Delete theme"),
        lambda d: delete_theme(d, theme_id, expected_contents=held),
        theme_id,
        (structure_touch(document_id),),
    )


def move_theme(
    db: Database,
    theme_id: int,
    parent_id: int | None,
    index: int | None = None,
    *,
    expected_version: int | None = None,
    expected_state: State | None = None,
) -> Change:
    """Move a theme to ``index`` below ``parent_id`` (None: the top of its part); undo
    expects the theme where, and as, this move left it (``expected_state``)."""
    with db.transaction() as session:
        theme = _editable_theme(session, theme_id)
        part_id, document_id = theme.part_id, theme.part.document_id
        if parent_id is not None:
            parent = get(session, orm.Theme, parent_id)
            if parent.part_id != part_id:
                raise UserError(_("A theme can only be moved within its own part."))
            if parent_id in subtree_theme_ids(session, theme_id):
                raise UserError(_("A theme cannot be moved into itself."))
        stored = theme.version
        refuse_if_changed(
            theme,
            expected_version,
            _("Move theme"),
            theme.title,
            theme.title,
            lambda d: move_theme(d, theme_id, parent_id, index, expected_version=stored),
        )
        refuse_if_moved_on(
            state(session, THEMES, theme_id, placed=True),
            expected_state,
            _("Move theme"),
            theme.title,
            theme.title,
            lambda d: move_theme(d, theme_id, parent_id, index),
        )
        old_parent = theme.parent_id
        old_index = sibling_ids(session, THEMES, _siblings(part_id, old_parent)).index(theme_id)
        theme.parent_id = parent_id
        theme.position = 10**6  # a move is a change of the theme: its version moves on
        session.flush()
        renumber(session, THEMES, _siblings(part_id, old_parent))
        new_index = place(session, THEMES, _siblings(part_id, parent_id), theme_id, index)
        after = state(session, THEMES, theme_id, placed=True)
    back_parent, back_index = old_parent, old_index
    if old_parent == parent_id and old_index == new_index:
        back_index = new_index
    return Change(
        _("Move theme"),
        lambda d: move_theme(d, theme_id, back_parent, back_index, expected_state=after),
        theme_id,
        (structure_touch(document_id),),
    )
