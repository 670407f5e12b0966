"""The KPI register of an organisation and, for each KPI, the rows that refer to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.storage import orm
from jaarplanner.storage.database import Database


@dataclass
class KpiUse:
    number: int
    text: str
    plan_period: str
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # document, theme, what


def kpi_overview(db: Database, organisation_id: int) -> list[KpiUse]:
    with db.reading() as session:
        kpis = session.scalars(
            select(orm.Kpi)
            .where(orm.Kpi.organisation_id == organisation_id)
            .order_by(orm.Kpi.plan_period, orm.Kpi.number)
        ).all()
        found = {k.id: KpiUse(k.number, to_plain(k.text), k.plan_period) for k in kpis}
        rows = (
            session.scalars(
                select(orm.Row)
                .join(orm.Row.kpis)
                .where(orm.Kpi.organisation_id == organisation_id)
                .options(
                    selectinload(orm.Row.kpis),
                    selectinload(orm.Row.theme)
                    .selectinload(orm.Theme.part)
                    .selectinload(orm.Part.document),
                )
            )
            .unique()
            .all()
        )
        for row in rows:
            what = " ".join(to_plain(getattr(row, Field.WHAT.value) or row.title).split())
            document = row.theme.part.document
            for kpi in row.kpis:
                found[kpi.id].rows.append(
                    (f"{document.title} ({document.school_year})", row.theme.title, what)
                )
        return list(found.values())
