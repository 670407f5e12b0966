"""Use cases for whole documents: create from data (importers), read as data (exporters,
dump), list, change properties, delete."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model import richtext
from jaarplanner.model.document import (
    DocumentData,
    KpiData,
    OrganisationData,
    RowData,
    ThemeData,
)
from jaarplanner.model.layout import (
    ColumnLayout,
    LayoutError,
    plain_label,
    validate_layout,
)
from jaarplanner.model.values import (
    DocumentState,
)
from jaarplanner.periods.schoolyear import SchoolYear
from jaarplanner.services.changes import Change
from jaarplanner.services.document_data import as_data as _as_data
from jaarplanner.services.records import (
    Capture,
    contents,
    ensure_editable,
    get,
    joined,
    refuse_if_changed,
    refuse_if_moved_on,
    state,
    subtree_theme_ids,
)
from jaarplanner.services.row_data import rows_of_document
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    organisation: str
    title: str
    school_year: str
    layout: str
    state: DocumentState


def list_documents(db: Database) -> list[DocumentSummary]:
    """Every document, newest school year first."""
    with db.reading() as session:
        query = (
            select(orm.PlanDocument, orm.Organisation.name)
            .join(orm.Organisation)
            .order_by(orm.PlanDocument.school_year.desc(), orm.PlanDocument.id)
        )
        return [
            DocumentSummary(
                doc.id, name, doc.title, doc.school_year, doc.layout, DocumentState(doc.state)
            )
            for doc, name in session.execute(query)
        ]


def _organisation(session: Session, data: OrganisationData) -> orm.Organisation:
    found = session.scalar(select(orm.Organisation).where(orm.Organisation.name == data.name))
    if found is not None:
        return found
    organisation = orm.Organisation(
        name=data.name,
        short_name=data.short_name,
        sector=data.sector.value,
        region=data.region.value,
    )
    session.add(organisation)
    session.flush()
    return organisation


def _kpi_ids(
    session: Session, organisation: orm.Organisation, kpis: list[KpiData]
) -> dict[int, int]:
    """Store the KPIs the organisation does not have yet; map KPI numbers to ids."""
    existing = {(k.plan_period, k.number): k for k in organisation.kpis}
    for kpi in kpis:
        key = (kpi.plan_period, kpi.number)
        if key not in existing:
            record = orm.Kpi(
                organisation=organisation,
                number=kpi.number,
                text=richtext.clean(kpi.text),
                plan_period=kpi.plan_period,
            )
            session.add(record)
            existing[key] = record
    session.flush()
    periods = {k.plan_period for k in kpis}
    return {
        k.number: k.id for (period, _n), k in existing.items() if not periods or period in periods
    }


def _store_theme(
    session: Session,
    part: orm.Part,
    theme: ThemeData,
    parent: orm.Theme | None,
    position: int,
    kpi_ids: dict[int, int],
) -> None:
    record = orm.Theme(
        part=part,
        position=position,
        title=theme.title,
        goal=richtext.clean(theme.goal),
        reference=theme.reference,
        footnotes=richtext.clean(theme.footnotes),
    )
    if parent is not None:
        record.parent_id = parent.id
    session.add(record)
    session.flush()
    stored: list[tuple[RowData, orm.Row]] = []
    for index, row in enumerate(theme.rows):
        row_record = orm.Row(
            theme_id=record.id,
            position=index,
            continuation=row.continuation,
            **{f.value: richtext.clean(v) for f, v in row.fields.items()},
            status=row.status.value,
            priority=row.priority,
            amount_cents=row.amount_cents,
            notes=row.notes,
            kpis=[session.get(orm.Kpi, kpi_ids[n]) for n in row.kpis if n in kpi_ids],
        )
        session.add(row_record)
        stored.append((row, row_record))
    if stored:
        session.flush()
        for row, row_record in stored:
            row.id = row_record.id  # the import report links its lines to the rows
    for index, child in enumerate(theme.themes):
        _store_theme(session, part, child, record, index, kpi_ids)


def layout_json(layout: ColumnLayout) -> str:
    """The layout as stored: labels as plain text, checked first; a Dutch ``UserError`` when
    it could not be read back (nothing is written then)."""
    data = layout.to_dict()
    for column in data["columns"]:
        column["label"] = plain_label(column["label"])
    data["title"] = plain_label(data["title"])
    try:
        validate_layout(data)
    except LayoutError as error:
        raise UserError(str(error)) from error
    return json.dumps(data, ensure_ascii=False)


def store_document(session: Session, data: DocumentData) -> int:
    """Write ``data`` as a new document inside the caller's transaction; return its id."""
    SchoolYear.parse(data.school_year)
    organisation = _organisation(session, data.organisation)
    kpi_ids = _kpi_ids(session, organisation, data.kpis)
    document = orm.PlanDocument(
        organisation=organisation,
        school_year=data.school_year,
        title=data.title,
        subtitle=data.subtitle,
        layout=data.layout,
        state=data.state.value,
        row_breaks=data.row_breaks,
    )
    session.add(document)
    session.flush()
    for index, step in enumerate(data.steps):
        session.add(
            orm.StatusStep(
                document=document,
                position=index,
                body=step.body,
                action=step.action.value,
                date=step.date,
                note=step.note,
            )
        )
    for index, section in enumerate(data.sections):
        session.add(
            orm.TextSection(
                document=document,
                position=index,
                title=section.title,
                body=richtext.clean(section.body),
            )
        )
    for index, part_data in enumerate(data.parts):
        part = orm.Part(
            document=document,
            position=index,
            key=part_data.key,
            title=part_data.title,
            subtitle=part_data.subtitle,
            layout_json=layout_json(part_data.layout),
        )
        session.add(part)
        session.flush()
        for position, theme in enumerate(part_data.themes):
            _store_theme(session, part, theme, None, position, kpi_ids)
    for index, series in enumerate(data.meeting_series):
        session.add(
            orm.MeetingSeries(
                document=document,
                position=index,
                body=series.body,
                title=series.title,
                chair=series.chair,
                day_time=series.day_time,
                location=series.location,
                meetings=[
                    orm.Meeting(
                        position=i,
                        date=m.date,
                        date_text=m.date_text,
                        time=m.time,
                        location=m.location,
                        note=m.note,
                    )
                    for i, m in enumerate(series.meetings)
                ],
            )
        )
    session.flush()
    from jaarplanner.services.people import sync_document  # issue 21: the rows' people

    sync_document(session, document.id)
    return document.id


def create_document(db: Database, data: DocumentData) -> Change:
    """Store a whole document (an import, a new school year); ``result`` is its id."""
    with db.transaction() as session:
        document_id = store_document(session, data)
        held = _held(session, get(session, orm.PlanDocument, document_id))
    # undo removes the document only while nobody worked in it since
    return Change(
        _("New document"),
        lambda d: delete_document(d, document_id, expected_contents=held),
        document_id,
    )


def _held(session: Session, document: orm.PlanDocument) -> tuple[Any, ...]:
    """The document's version and everything in its themes, to see a colleague's work."""
    theme_ids = [t.id for part in document.parts for t in part.themes if t.parent_id is None]
    subtree = [i for ident in theme_ids for i in subtree_theme_ids(session, ident)]
    table = orm.PlanDocument.__table__
    return (state(session, table, document.id), *contents(session, subtree))


def delete_document(
    db: Database,
    document_id: int,
    *,
    expected_version: int | None = None,
    expected_contents: tuple[Any, ...] | None = None,
) -> Change:
    """Delete a document; refused when it changed since it was shown (``expected_version``)
    or, for undo and redo, since this program left it (``expected_contents``)."""
    with db.transaction() as session:
        capture, held = delete_in(session, document_id, expected_version, expected_contents)
    return Change(
        _("Delete document"),
        lambda d: _restore_document(d, capture, document_id, held),
        document_id,
    )


def delete_in(
    session: Session,
    document_id: int,
    expected_version: int | None = None,
    expected_contents: tuple[Any, ...] | None = None,
) -> tuple[Capture, tuple[Any, ...]]:
    """Delete a document inside the caller's transaction (several at once are one unit);
    returns what brings it back and what it held."""
    document = get(session, orm.PlanDocument, document_id)
    held = _held(session, document)
    mine, theirs = _("(the document deleted)"), document.title
    again = lambda d: delete_document(d, document_id)  # noqa: E731 - knowingly
    refuse_if_changed(document, expected_version, _("Delete document"), mine, theirs, again)
    refuse_if_moved_on(held, expected_contents, _("Delete document"), mine, theirs, again)
    capture = _capture_document(session, document)
    session.execute(
        delete(orm.PlanDocument.__table__).where(orm.PlanDocument.__table__.c.id == document_id)
    )
    return capture, held


def held_contents(session: Session, document_id: int) -> tuple[Any, ...]:
    """What undo expects to find of a document: its version and everything in it."""
    return _held(session, get(session, orm.PlanDocument, document_id))


def _capture_document(session: Session, document: orm.PlanDocument) -> Capture:
    capture = Capture()
    t = orm.PlanDocument.__table__
    capture.add(session, t, t.c.id == document.id)
    for cls in (orm.StatusStep, orm.TextSection, orm.Part, orm.MeetingSeries):
        capture.add(session, cls.__table__, cls.__table__.c.document_id == document.id)
    theme_ids: list[int] = []
    for part in document.parts:
        for theme in part.themes:
            if theme.parent_id is None:
                theme_ids.extend(subtree_theme_ids(session, theme.id))
    themes = orm.Theme.__table__
    for ident in theme_ids:
        capture.add(session, themes, themes.c.id == ident)
    rows = capture.add(session, orm.Row.__table__, orm.Row.__table__.c.theme_id.in_(theme_ids))
    row_ids = [r["id"] for r in rows]
    capture.add(session, orm.row_kpis, orm.row_kpis.c.row_id.in_(row_ids))
    history = orm.StatusChange.__table__
    capture.add(session, history, history.c.row_id.in_(row_ids))
    series_ids = [s.id for s in document.meeting_series]
    meetings = orm.Meeting.__table__
    capture.add(session, meetings, meetings.c.series_id.in_(series_ids))
    return capture


def _restore_document(
    db: Database, capture: Capture, document_id: int, held: tuple[Any, ...]
) -> Change:
    with db.transaction() as session:
        capture.restore(session)
    return Change(
        _("Delete document"),
        lambda d: delete_document(d, document_id, expected_contents=held),
        document_id,
    )


def edit_document(
    db: Database,
    document_id: int,
    *,
    expected_version: int | None = None,
    expected_values: dict[str, str] | None = None,
    **values: str,
) -> Change:
    """Change the title, subtitle or school year of a document."""
    return _edit_document(db, document_id, expected_version, expected_values, values)


def _edit_document(
    db: Database,
    document_id: int,
    expected_version: int | None,
    expected_values: dict[str, str] | None,
    values: dict[str, str],
) -> Change:
    # the values as one dict, so that a retry passes them on without mixing them up with
    # the keyword arguments
    allowed = {"title", "subtitle", "school_year"}
    if set(values) - allowed:
        raise ValueError(f"not a document property: {sorted(set(values) - allowed)}")
    cleaned = {k: " ".join(str(v).split()) for k, v in values.items()}
    if "title" in cleaned and not cleaned["title"]:
        raise UserError(_("A document needs a title."))
    if "school_year" in cleaned:
        cleaned["school_year"] = str(SchoolYear.parse(cleaned["school_year"]))
    with db.transaction() as session:
        document = get(session, orm.PlanDocument, document_id)
        ensure_editable(document)
        old = {name: getattr(document, name) for name in cleaned}
        if old != cleaned:
            stored = document.version
            refuse_if_changed(
                document,
                expected_version,
                _("Change document"),
                joined(cleaned),
                joined(old),
                lambda d: _edit_document(d, document_id, stored, None, values),
            )
            refuse_if_moved_on(
                old if expected_values is None else {n: old.get(n) for n in expected_values},
                expected_values,
                _("Change document"),
                joined(cleaned),
                joined(old),
                lambda d: _edit_document(d, document_id, None, None, values),
            )
        for name, value in cleaned.items():
            setattr(document, name, value)
        session.flush()
    return Change(
        _("Change document"),
        lambda d: edit_document(d, document_id, expected_values=cleaned, **old),
        document_id,
    )


ROW_BREAKS = ("never", "long", "always")


def set_row_breaks(db: Database, document_id: int, value: str) -> Change:
    """How the document's PDF splits table rows over pages: never, only long rows (taller
    than a third of a page), always. A print setting: allowed on an adopted document too."""
    if value not in ROW_BREAKS:
        raise UserError(_("Choose how rows are split: never, only long rows, or always."))
    with db.transaction() as session:
        document = get(session, orm.PlanDocument, document_id)
        old = document.row_breaks
        document.row_breaks = value
    return Change(
        _("Change page breaks"), lambda d: set_row_breaks(d, document_id, old), document_id
    )


def load_document(db: Database, document_id: int) -> DocumentData:
    """The whole document as data, with every number derived."""
    with db.reading() as session:
        document = session.scalar(
            select(orm.PlanDocument)
            .where(orm.PlanDocument.id == document_id)
            .options(
                selectinload(orm.PlanDocument.parts).selectinload(orm.Part.themes),
                selectinload(orm.PlanDocument.organisation).selectinload(orm.Organisation.kpis),
                selectinload(orm.PlanDocument.meeting_series).selectinload(
                    orm.MeetingSeries.meetings
                ),
                selectinload(orm.PlanDocument.steps),
                selectinload(orm.PlanDocument.sections),
            )
        )
        if document is None:
            raise UserError(_("There is no document with number {id}.").format(id=document_id))
        return _as_data(document, rows_of_document(session, document_id))
