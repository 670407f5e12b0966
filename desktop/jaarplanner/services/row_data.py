"""Reading a document's rows as data with two plain queries: building 50,000 ORM objects
(and their KPI lists) costs seconds, these queries a fraction of that."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from jaarplanner.model.document import RowData
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database

_FIELDS = list(Field)
_ROWS = orm.Row.__table__
_STATUSES = {status.value: status for status in RowStatus}


def rows_of_document(session: Session, document_id: int) -> dict[int, list[RowData]]:
    """Every row of the document, per theme id, in their order."""
    themes, parts = orm.Theme.__table__, orm.Part.__table__
    theme_ids = (
        select(themes.c.id)
        .select_from(themes.join(parts, themes.c.part_id == parts.c.id))
        .where(parts.c.document_id == document_id)
    )
    kpis: dict[int, list[int]] = {}
    links = (
        select(orm.row_kpis.c.row_id, orm.Kpi.number)
        .join(orm.Kpi, orm.Kpi.id == orm.row_kpis.c.kpi_id)
        .join(_ROWS, _ROWS.c.id == orm.row_kpis.c.row_id)
        .where(_ROWS.c.theme_id.in_(theme_ids))
        .order_by(orm.row_kpis.c.row_id, orm.Kpi.number)
    )
    for row_id, number in session.execute(links):
        kpis.setdefault(row_id, []).append(number)
    query = _row_query().where(_ROWS.c.theme_id.in_(theme_ids))
    found: dict[int, list[RowData]] = {}
    for record in session.execute(query.order_by(_ROWS.c.theme_id, _ROWS.c.position)):
        found.setdefault(record[1], []).append(_row(record, kpis))
    return found


def rows_by_id(session: Session, row_ids: Iterable[int]) -> dict[int, RowData]:
    """The rows with these ids as they are stored now (a deleted one is absent): what a
    window re-reads after a change touched their fields."""
    ids = list(row_ids)
    kpis: dict[int, list[int]] = {}
    links = (
        select(orm.row_kpis.c.row_id, orm.Kpi.number)
        .join(orm.Kpi, orm.Kpi.id == orm.row_kpis.c.kpi_id)
        .where(orm.row_kpis.c.row_id.in_(ids))
        .order_by(orm.row_kpis.c.row_id, orm.Kpi.number)
    )
    for row_id, number in session.execute(links):
        kpis.setdefault(row_id, []).append(number)
    query = _row_query().where(_ROWS.c.id.in_(ids))
    return {record[0]: _row(record, kpis) for record in session.execute(query)}


def _row_query() -> Select[Any]:
    return select(
        _ROWS.c.id,
        _ROWS.c.theme_id,
        _ROWS.c.continuation,
        _ROWS.c.status,
        _ROWS.c.priority,
        _ROWS.c.amount_cents,
        _ROWS.c.notes,
        _ROWS.c.version,
        *(_ROWS.c[field.value] for field in _FIELDS),
    )


def _row(record: Any, kpis: dict[int, list[int]]) -> RowData:
    ident, _theme_id, continuation, status, priority, amount, notes, version = record[:8]
    return RowData(
        id=ident,
        continuation=continuation,
        fields={f: text for f, text in zip(_FIELDS, record[8:], strict=True) if text},
        status=_STATUSES[status],
        priority=priority,
        amount_cents=amount,
        notes=notes,
        kpis=kpis.get(ident, []),
        version=version,
    )


def read_rows(db: Database, row_ids: Iterable[int]) -> dict[int, RowData]:
    """``rows_by_id`` in its own reading session."""
    with db.reading() as session:
        return rows_by_id(session, row_ids)
