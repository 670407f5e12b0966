"""A document read for export with plain SQL: the same data as ``load_document``, without
importing the ORM and its mapped classes (about a second of a whole ``jaarplanner export``
command), and from a plain SQLite file without SQLAlchemy at all (``plain_reading``)."""

from __future__ import annotations

import contextlib
import datetime as dt
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, RowData
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.services.document_data import as_data
from jaarplanner.storage.plain_read import Records

if TYPE_CHECKING:
    from jaarplanner.storage.database import Database

_FIELDS = list(Field)
_STATUSES = {status.value: status for status in RowStatus}
_ROW_COLUMNS = "r.id, r.theme_id, r.continuation, r.status, r.priority, r.amount_cents, "
_ROW_COLUMNS += "r.notes, r.version, " + ", ".join(f"r.{field.value}" for field in _FIELDS)
_OF_DOCUMENT = "r.theme_id IN (SELECT t.id FROM themes t JOIN parts p ON t.part_id = p.id "
_OF_DOCUMENT += "WHERE p.document_id = :doc)"


def newest_document_id(source: Database | Records) -> int | None:
    """The document an export takes when none is named: the newest school year's, the
    highest number among them (as ``list_documents`` orders them)."""
    with _reading(source) as records:
        found = records("SELECT id FROM documents ORDER BY school_year DESC, id DESC LIMIT 1")
        return found[0][0] if found else None


def read_document(source: Database | Records, document_id: int) -> DocumentData:
    """The whole document as data, with every number derived, as ``load_document`` gives it;
    read from an open database or from ``plain_reading``'s records."""
    with _reading(source) as records:
        found = records("SELECT * FROM documents WHERE id = :doc", doc=document_id)
        if not found:
            raise UserError(_("There is no document with number {id}.").format(id=document_id))
        document = SimpleNamespace(**found[0]._mapping)
        org = SimpleNamespace(
            **records("SELECT * FROM organisations WHERE id = :org", org=document.organisation_id)[
                0
            ]._mapping
        )
        org.kpis = records(
            "SELECT * FROM kpis WHERE organisation_id = :org ORDER BY number, id", org=org.id
        )
        document.organisation = org
        by_document = "WHERE document_id = :doc ORDER BY position, id"
        document.steps = [
            SimpleNamespace(**{**record._mapping, "date": _date(record.date)})
            for record in records(f"SELECT * FROM status_steps {by_document}", doc=document_id)
        ]
        document.sections = records(f"SELECT * FROM sections {by_document}", doc=document_id)
        meetings: dict[int, list[Any]] = {}
        for record in records(
            "SELECT m.* FROM meetings m JOIN meeting_series s ON m.series_id = s.id "
            "WHERE s.document_id = :doc ORDER BY m.series_id, m.position, m.id",
            doc=document_id,
        ):
            meetings.setdefault(record.series_id, []).append(
                SimpleNamespace(**{**record._mapping, "date": _date(record.date)})
            )
        document.meeting_series = [
            SimpleNamespace(**record._mapping, meetings=meetings.get(record.id, []))
            for record in records(f"SELECT * FROM meeting_series {by_document}", doc=document_id)
        ]
        themes: dict[int, list[Any]] = {}
        for record in records(
            "SELECT t.* FROM themes t JOIN parts p ON t.part_id = p.id "
            "WHERE p.document_id = :doc ORDER BY t.part_id, t.position, t.id",
            doc=document_id,
        ):
            themes.setdefault(record.part_id, []).append(record)
        document.parts = [
            SimpleNamespace(**record._mapping, themes=themes.get(record.id, []))
            for record in records(f"SELECT * FROM parts {by_document}", doc=document_id)
        ]
        return as_data(document, _rows(records, document_id))


def _reading(source: Database | Records) -> contextlib.AbstractContextManager[Records]:
    if callable(source):
        return contextlib.nullcontext(source)
    return source.plain_records()


def _rows(records: Records, document_id: int) -> dict[int, list[RowData]]:
    kpis: dict[int, list[int]] = {}
    for row_id, number in records(
        "SELECT rk.row_id, k.number FROM row_kpis rk JOIN kpis k ON k.id = rk.kpi_id "
        f"JOIN rows r ON r.id = rk.row_id WHERE {_OF_DOCUMENT} ORDER BY rk.row_id, k.number",
        doc=document_id,
    ):
        kpis.setdefault(row_id, []).append(number)
    found: dict[int, list[RowData]] = {}
    for record in records(
        f"SELECT {_ROW_COLUMNS} FROM rows r WHERE {_OF_DOCUMENT} ORDER BY r.theme_id, r.position",
        doc=document_id,
    ):
        ident, theme_id, continuation, status, priority, amount, notes, version = record[:8]
        found.setdefault(theme_id, []).append(
            RowData(
                id=ident,
                continuation=bool(continuation),
                fields={f: value for f, value in zip(_FIELDS, record[8:], strict=True) if value},
                status=_STATUSES[status],
                priority=bool(priority),
                amount_cents=amount,
                notes=notes,
                kpis=kpis.get(ident, []),
                version=version,
            )
        )
    return found


def _date(value: Any) -> dt.date | None:
    """SQLite hands a stored date back as its text; PostgreSQL as a date."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value if isinstance(value, dt.date) else None
