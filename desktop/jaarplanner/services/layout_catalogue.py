"""The layouts a new document can take: the shipped ones (``resources/layouts/``) and those
the office saved in its database; a layout exported to a file and read back from one."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.layout import DocumentLayout, LayoutError
from jaarplanner.model.values import Field
from jaarplanner.resources import layouts_dir, read_json
from jaarplanner.services.changes import Change
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

# The fields a layout file may name. The model's loader fills defaults for what is missing
# but ignores what it does not know; a file from elsewhere with a misspelt field would then
# silently lose it, so it is refused here before anything is stored.
DOCUMENT_KEYS = {"name", "title", "title_page", "table_of_contents", "status_block", "parts"}
PART_KEYS = {
    "name",
    "title",
    "orientation",
    "actions_per_table",
    "number_label",
    "row_number_format",
    "theme_levels",
    "columns",
    "extra",
}
COLUMN_KEYS = {"field", "label", "width", "due_date"}
LEVEL_KEYS = {"number_format", "scope"}


def shipped_layouts() -> list[DocumentLayout]:
    return [DocumentLayout.from_dict(read_json(p)) for p in sorted(layouts_dir().glob("*.json"))]


def saved_layouts(db: Database) -> list[DocumentLayout]:
    with db.reading() as session:
        records = session.scalars(select(orm.SavedLayout).order_by(orm.SavedLayout.title)).all()
        texts = [r.layout_json for r in records]
    found = []
    for text in texts:
        try:
            found.append(DocumentLayout.from_dict(json.loads(text)))
        except (LayoutError, ValueError):
            continue  # validated when stored; a damaged one is left out, not fatal
    return found


COMPOSE = "zelf-samenstellen"  # *Zelf samenstellen*: one plain part, columns set afterwards


def composed_layout() -> DocumentLayout:
    """The start of a layout of one's own: one part with the three columns every plan has;
    the document prints like a themed table (no title page)."""
    base = next(x for x in shipped_layouts() if x.name == "themed-table")
    part = base.default_part
    keep = {Field.PERIOD, Field.WHAT, Field.WHO}
    columns = tuple(c for c in part.columns if c.field in keep)
    plan = replace(part, name="jaarplan", title=_("Year plan"), columns=columns)
    return replace(base, parts={"jaarplan": plan})


def find_layout(db: Database, name: str) -> DocumentLayout:
    """The shipped or saved layout called ``name``; a Dutch refusal naming the choices."""
    if name == COMPOSE:
        return composed_layout()
    layouts = shipped_layouts() + saved_layouts(db)
    for layout in layouts:
        if layout.name == name:
            return layout
    raise UserError(
        _("There is no layout '{name}'; choose from: {names}.").format(
            name=name, names=", ".join(layout.name for layout in layouts)
        )
    )


def layout_as_dict(layout: DocumentLayout) -> dict[str, Any]:
    """The JSON shape of ``resources/layouts/``."""
    parts = {}
    for key, part in layout.parts.items():
        data = part.to_dict()
        data.pop("name", None)
        if not data.get("extra"):
            data.pop("extra", None)
        for column in data["columns"]:
            if not column.get("due_date"):
                column.pop("due_date", None)
        parts[key] = data
    return {
        "name": layout.name,
        "title": layout.title,
        "title_page": layout.title_page,
        "table_of_contents": layout.table_of_contents,
        "status_block": layout.status_block,
        "parts": parts,
    }


def layout_of_document(document: DocumentData, title: str) -> DocumentLayout:
    """The parts and columns of ``document`` as a layout called ``title``."""
    base = next((x for x in shipped_layouts() if x.name == document.layout), None)
    data = {
        "name": slug(title),
        "title": " ".join(title.split()),
        "title_page": base.title_page if base else False,
        "table_of_contents": base.table_of_contents if base else False,
        "status_block": base.status_block if base else False,
        "parts": {
            part.key: {**part.layout.to_dict(), "title": part.title} for part in document.parts
        },
    }
    return checked_layout(data)


def slug(title: str) -> str:
    found = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if not found:
        raise UserError(_("A layout needs a name."))
    return found


def _unknown(data: Any, allowed: set[str], where: str) -> None:
    if not isinstance(data, dict):
        raise UserError(
            _("The layout file is not a layout: {where} is not a list of fields.").format(
                where=where
            )
        )
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise UserError(
            _(
                "The layout file names a field Jaarplanner does not know: {field} (in {where})."
            ).format(field=", ".join(unknown), where=where)
        )


def checked_layout(data: Any) -> DocumentLayout:
    """A layout from its JSON shape, with every field known and every value usable."""
    _unknown(data, DOCUMENT_KEYS, _("the layout"))
    parts = data.get("parts")
    if not isinstance(parts, dict) or not parts:
        raise UserError(_("The layout file has no parts."))
    for key, part in parts.items():
        _unknown(part, PART_KEYS, key)
        columns = part.get("columns")
        if not isinstance(columns, list):
            raise UserError(
                _("The part {part} in the layout file has no columns.").format(part=key)
            )
        for column in columns:
            _unknown(column, COLUMN_KEYS, key)
        for level in part.get("theme_levels", []):
            _unknown(level, LEVEL_KEYS, key)
    try:
        return DocumentLayout.from_dict(data)
    except (LayoutError, ValueError, KeyError, TypeError) as error:
        raise UserError(
            _("The layout cannot be used: {detail}").format(detail=str(error))
        ) from error


def parse_layout_file(text: str) -> DocumentLayout:
    """A layout file's text (``Indeling importeren``); a Dutch refusal when it is not one."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError) as error:
        raise UserError(
            _("The file is not a layout file (no valid JSON: line {line}).").format(
                line=getattr(error, "lineno", "?")
            )
        ) from error
    return checked_layout(data)


def layout_file_text(layout: DocumentLayout) -> str:
    return json.dumps(layout_as_dict(layout), ensure_ascii=False, indent=2) + "\n"


def save_layout(db: Database, layout: DocumentLayout) -> Change:
    """Keep ``layout`` in the database under its name (replacing one of the same name)."""
    checked = checked_layout(layout_as_dict(layout))  # never store what cannot be read back
    if checked.name in {x.name for x in shipped_layouts()}:
        raise UserError(
            _(
                "'{name}' is the name of a layout that comes with the program; choose another."
            ).format(name=checked.title)
        )
    text = json.dumps(layout_as_dict(checked), ensure_ascii=False)
    with db.transaction() as session:
        record = session.scalar(select(orm.SavedLayout).where(orm.SavedLayout.name == checked.name))
        before = None if record is None else (record.title, record.layout_json)
        if record is None:
            record = orm.SavedLayout(name=checked.name, title=checked.title, layout_json=text)
            session.add(record)
        else:
            record.title, record.layout_json = checked.title, text
    return Change(_("Save layout"), lambda d: _put_back(d, checked, before), checked.name)


def _put_back(db: Database, layout: DocumentLayout, before: tuple[str, str] | None) -> Change:
    with db.transaction() as session:
        record = session.scalar(select(orm.SavedLayout).where(orm.SavedLayout.name == layout.name))
        if record is not None:
            if before is None:
                session.delete(record)
            else:
                record.title, record.layout_json = before
    return Change(_("Save layout"), lambda d: save_layout(d, layout), layout.name)


def import_layout(db: Database, text: str) -> Change:
    """Read a layout file and keep it; nothing is stored when the file is refused."""
    return save_layout(db, parse_layout_file(text))
