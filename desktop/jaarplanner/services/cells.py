"""Several cells of the table changed at once (cleared with Del, one text pasted into a
selection): one transaction, one undoable change, the count in its name."""

from __future__ import annotations

from dataclasses import dataclass

from jaarplanner.errors import UserError
from jaarplanner.i18n import _, ngettext
from jaarplanner.model import richtext
from jaarplanner.model.values import Field
from jaarplanner.services.changes import Change, field_touch
from jaarplanner.services.records import ensure_editable, get, refuse_if_changed, theme_document
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database


@dataclass(frozen=True)
class CellEdit:
    row_id: int
    field: Field
    value: str
    expected_version: int | None = None


def set_cells(db: Database, edits: list[CellEdit], label: str | None = None) -> Change:
    """Give each cell its value; ``label`` names the step (default: "Change N cells")."""
    if not edits:
        raise UserError(_("There are no cells to change."))
    label = label or ngettext("Change cell", "Change {n} cells", len(edits)).format(n=len(edits))
    back: list[CellEdit] = []
    with db.transaction() as session:
        seen: dict[int, orm.Row] = {}
        for edit in edits:
            row = seen.get(edit.row_id)
            if row is None:
                row = get(session, orm.Row, edit.row_id)
                ensure_editable(theme_document(row.theme))
                refuse_if_changed(
                    row,
                    edit.expected_version,
                    label,
                    richtext.clean(edit.value),
                    getattr(row, Field(edit.field).value),
                    lambda d: set_cells(d, [_unchecked(e) for e in edits], label),
                )
                seen[edit.row_id] = row
            name = Field(edit.field).value
            old = getattr(row, name)
            new = richtext.clean(edit.value)
            if new != old:
                back.append(CellEdit(edit.row_id, edit.field, old))
                setattr(row, name, new)
        session.flush()
        versions = {ident: row.version for ident, row in seen.items()}
    back = [CellEdit(e.row_id, e.field, e.value, versions[e.row_id]) for e in back]
    touched = (field_touch({e.row_id for e in edits}, *{Field(e.field).value for e in edits}),)
    if not back:
        return Change(
            label, lambda d: set_cells(d, [_unchecked(e) for e in edits], label), None, touched
        )
    return Change(label, lambda d: set_cells(d, back, label), [e.row_id for e in edits], touched)


def _unchecked(edit: CellEdit) -> CellEdit:
    return CellEdit(edit.row_id, edit.field, edit.value)
