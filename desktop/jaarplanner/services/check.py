"""``jaarplanner check``: is the database whole and does its content hold together?"""

from __future__ import annotations

import json

from sqlalchemy import String, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.layout import LayoutError, repair_layout, validate_layout
from jaarplanner.periods.schoolyear import SchoolYear
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database


def layout_is_readable(text_value: str) -> bool:
    try:
        validate_layout(json.loads(text_value))
    except (LayoutError, ValueError, TypeError, AttributeError):
        return False
    return True


def broken_layouts(db: Database) -> list[str]:
    """Which parts have a stored layout that cannot be read: a Dutch line for each."""
    found: list[str] = []
    # the columns only, in one query: this runs at every start, before the window shows
    query = select(
        orm.Part.title, orm.Part.layout_json, orm.PlanDocument.id, orm.PlanDocument.title
    ).join(orm.PlanDocument, orm.Part.document_id == orm.PlanDocument.id)
    with db.reading() as session:
        for part_title, layout_json, ident, title in session.execute(query):
            if not layout_is_readable(layout_json):
                found.append(
                    _("Part '{part}' of document {id} ('{title}')").format(
                        part=part_title, id=ident, title=title
                    )
                )
    return found


def repair_layouts(db: Database) -> list[str]:
    """Store a repaired layout for every part whose layout cannot be read (after a backup);
    Dutch lines that say what was changed."""
    if not broken_layouts(db):
        return []
    if db.path is not None:
        db.keep_backup("voor-herstel-indeling")
    lines: list[str] = []
    with db.transaction() as session:
        for part in session.scalars(select(orm.Part)):
            if layout_is_readable(part.layout_json):
                continue
            try:
                data = json.loads(part.layout_json)
            except ValueError:
                data = {}
            layout, changes = repair_layout(data)
            part.layout_json = json.dumps(layout.to_dict(), ensure_ascii=False)
            lines.append(
                _("Part '{part}' of document {id}: {changes}").format(
                    part=part.title,
                    id=part.document_id,
                    changes="; ".join(changes) or _("layout rewritten"),
                )
            )
    return lines


def check_database(db: Database) -> list[str]:
    """Dutch descriptions of every problem found; an empty list means all is well."""
    problems: list[str] = []
    try:
        with db.reading() as session:
            if db.engine.dialect.name == "sqlite":
                verdict = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
                if verdict != ["ok"]:
                    problems.append(
                        _("The database file is damaged: {detail}").format(
                            detail="; ".join(verdict[:3])
                        )
                    )
                    return problems
                problems += _invalid_texts(session)
                bad_links = session.execute(text("PRAGMA foreign_key_check")).fetchall()
                if bad_links:
                    problems.append(
                        _("{count} links point to something that no longer exists.").format(
                            count=len(bad_links)
                        )
                    )
            for document in session.scalars(select(orm.PlanDocument)):
                try:
                    SchoolYear.parse(document.school_year)
                except UserError:
                    problems.append(
                        _("Document {id} has no valid school year ('{year}').").format(
                            id=document.id, year=document.school_year
                        )
                    )
                for part in document.parts:
                    if not layout_is_readable(part.layout_json):
                        problems.append(
                            _(
                                "Part '{part}' of document {id} ('{title}') has a broken column "
                                "layout; 'jaarplanner check --repair' repairs it."
                            ).format(part=part.title, id=document.id, title=document.title)
                        )
            themes = orm.Theme.__table__
            crossed = session.scalar(
                select(func.count())
                .select_from(themes)
                .join(themes.alias("parent"), themes.c.parent_id == text("parent.id"))
                .where(themes.c.part_id != text("parent.part_id"))
            )
            if crossed:
                problems.append(
                    _("{count} sub-themes are in another part than their theme.").format(
                        count=crossed
                    )
                )
    except SQLAlchemyError as error:
        problems.append(
            _("The database cannot be read: {detail}").format(
                detail=str(getattr(error, "orig", error)).splitlines()[0]
            )
        )
    return problems


def _invalid_texts(session: Session) -> list[str]:
    """Every stored text read as bytes: one that is not valid UTF-8 (written by another
    program) cannot be shown or exported, so it is reported with where it is."""
    found = []
    for table in orm.Base.metadata.sorted_tables:
        columns = [c.name for c in table.columns if isinstance(c.type, String)]
        keys = [c.name for c in table.primary_key.columns]
        for column in columns:
            query = text(
                f'SELECT {", ".join(keys)}, CAST("{column}" AS BLOB) FROM "{table.name}" '
                f'WHERE "{column}" IS NOT NULL'
            )
            for *ident, raw in session.execute(query):
                try:
                    bytes(raw).decode("utf-8")
                except UnicodeDecodeError:
                    found.append(
                        _("A text in {table}.{column} (id {id}) is not valid text.").format(
                            table=table.name, column=column, id="/".join(map(str, ident))
                        )
                    )
    return found
