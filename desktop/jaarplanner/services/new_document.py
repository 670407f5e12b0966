"""A new, empty document for an organisation: the parts of a layout, each with one empty
theme to type in (*Nieuw document*, ``jaarplanner new``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, OrganisationData, PartData, ThemeData
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.values import Region, Sector
from jaarplanner.periods.schoolyear import SchoolYear
from jaarplanner.services.changes import Change
from jaarplanner.services.documents import delete_document, store_document
from jaarplanner.services.layout_catalogue import find_layout
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database


@dataclass(frozen=True)
class NewDocument:
    """What *Nieuw document* asks. Short name, sector and region count only for an
    organisation the database does not know yet."""

    organisation: str
    school_year: str
    layout: str
    title: str = ""
    short_name: str = ""
    sector: Sector = Sector.VO
    region: Region = Region.NORTH


def coming_school_year(today: dt.date | None = None) -> SchoolYear:
    """The year being planned: from February on, the next one (plans are made in spring)."""
    today = today or dt.date.today()
    current = SchoolYear.containing(today)
    return current.next() if 2 <= today.month <= 7 else current


def suggested_title(layout: DocumentLayout, organisation: str, school_year: str) -> str:
    """``Jaarkalender & Jaarplan SWV Voorbeeld 2026-2027``."""
    parts = " & ".join(part.title for part in layout.parts.values() if part.title)
    return " ".join(f"{parts or layout.title} {organisation} {school_year}".split())


def blank_document(request: NewDocument, layout: DocumentLayout) -> DocumentData:
    name = " ".join(request.organisation.split())
    if not name:
        raise UserError(_("A new document needs the name of the organisation."))
    year = str(SchoolYear.parse(request.school_year))
    short = " ".join(request.short_name.split())
    title = " ".join(request.title.split()) or suggested_title(layout, short or name, year)
    return DocumentData(
        organisation=OrganisationData(name, short, Sector(request.sector), Region(request.region)),
        school_year=year,
        title=title,
        layout=layout.name,
        parts=[
            PartData(
                key=key,
                title=_new_part_title(layout.name, key) or part.title,
                layout=part,
                themes=[ThemeData(_("New theme"))],
            )
            for key, part in layout.parts.items()
        ],
    )


def _new_part_title(layout: str, key: str) -> str | None:
    """What a new, empty document calls a part where the layout's own title is the
    imported original's: the action cards' one part holds the goals (*Doelen*)."""
    if (layout, key) == ("action-cards", "acties"):
        return _("Goals")
    return None


def new_document(db: Database, request: NewDocument) -> Change:
    """Store a new document from its layout; ``result`` is the new document's id."""
    layout = find_layout(db, request.layout)
    data = blank_document(request, layout)
    with db.transaction() as session:
        document_id = store_document(session, data)
    return Change(_("New document"), lambda d: delete_document(d, document_id), document_id)


def first_theme_id(db: Database, document_id: int) -> int | None:
    """The theme the cursor goes to in a new document: the first of the first part."""
    with db.reading() as session:
        return session.scalar(
            select(orm.Theme.id)
            .join(orm.Part)
            .where(orm.Part.document_id == document_id, orm.Theme.parent_id.is_(None))
            .order_by(orm.Part.position, orm.Theme.position)
            .limit(1)
        )


def earlier_documents(db: Database, organisation: str, school_year: str) -> list[tuple[int, str]]:
    """The organisation's documents of the year before (id, ``2025-2026 · title``): *Op
    basis van vorig jaar* rolls the chosen one over to ``school_year``."""
    try:
        year = str(SchoolYear(SchoolYear.parse(school_year).first - 1))
    except UserError:
        return []
    with db.reading() as session:
        rows = session.execute(
            select(orm.PlanDocument.id, orm.PlanDocument.school_year, orm.PlanDocument.title)
            .join(orm.Organisation)
            .where(
                orm.Organisation.name == " ".join(organisation.split()),
                orm.PlanDocument.school_year == year,
            )
            .order_by(orm.PlanDocument.id.desc())
        ).all()
    return [(ident, f"{sy} · {title}") for ident, sy, title in rows]


def organisations(db: Database) -> list[OrganisationData]:
    with db.reading() as session:
        records = session.scalars(select(orm.Organisation).order_by(orm.Organisation.name)).all()
        return [
            OrganisationData(r.name, r.short_name, Sector(r.sector), Region(r.region), id=r.id)
            for r in records
        ]
