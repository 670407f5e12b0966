"""A stored document as data, from records with the stored column names as attributes: ORM
objects (``load_document``) or plain rows read with SQL (``export_read``) alike."""

from __future__ import annotations

import json
from typing import Any

from jaarplanner.model.document import (
    DocumentData,
    KpiData,
    MeetingData,
    MeetingSeriesData,
    OrganisationData,
    PartData,
    RowData,
    SectionData,
    StepData,
    ThemeData,
)
from jaarplanner.model.layout import ColumnLayout, LayoutError, repair_layout
from jaarplanner.model.numbering import number_part
from jaarplanner.model.values import DocumentState, Region, Sector, StepAction


def stored_layout(text: str) -> ColumnLayout:
    """A stored layout; one that cannot be read is repaired in memory (``check`` offers to
    store the repair), so a damaged layout never makes a document unreachable."""
    try:
        return ColumnLayout.from_dict(json.loads(text))
    except (LayoutError, ValueError, TypeError, AttributeError):
        try:
            data = json.loads(text)
        except ValueError:
            data = {}
        return repair_layout(data)[0]


def as_data(document: Any, rows: dict[int, list[RowData]]) -> DocumentData:
    org = document.organisation
    data = DocumentData(
        id=document.id,
        version=document.version,
        organisation=OrganisationData(
            org.name,
            org.short_name,
            Sector(org.sector),
            Region(org.region),
            id=org.id,
            logo=org.logo,
            header_text=org.header_text,
            footer_text=org.footer_text,
        ),
        school_year=document.school_year,
        title=document.title,
        subtitle=document.subtitle,
        layout=document.layout,
        state=DocumentState(document.state),
        row_breaks=document.row_breaks,
        steps=[
            StepData(s.body, StepAction(s.action), s.date, s.note, id=s.id, version=s.version)
            for s in document.steps
        ],
        sections=[
            SectionData(s.title, s.body, id=s.id, version=s.version) for s in document.sections
        ],
        kpis=[
            KpiData(k.number, k.text, k.plan_period, id=k.id, version=k.version) for k in org.kpis
        ],
        meeting_series=[
            MeetingSeriesData(
                s.body,
                s.title,
                s.chair,
                s.day_time,
                s.location,
                [
                    MeetingData(m.date, m.date_text, m.time, m.location, m.note, id=m.id)
                    for m in s.meetings
                ],
            )
            for s in document.meeting_series
        ],
    )
    for part in document.parts:
        layout = stored_layout(part.layout_json)
        children: dict[int | None, list[Any]] = {}
        for theme in part.themes:
            children.setdefault(theme.parent_id, []).append(theme)
        part_data = PartData(
            key=part.key,
            title=part.title,
            subtitle=part.subtitle,
            layout=layout,
            id=part.id,
            themes=[_theme_data(t, children, rows) for t in children.get(None, [])],
        )
        number_part(part_data)
        data.parts.append(part_data)
    return data


def _theme_data(
    theme: Any,
    children: dict[int | None, list[Any]],
    rows: dict[int, list[RowData]],
) -> ThemeData:
    return ThemeData(
        id=theme.id,
        version=theme.version,
        title=theme.title,
        goal=theme.goal,
        reference=theme.reference,
        footnotes=theme.footnotes,
        rows=rows.get(theme.id, []),
        themes=[_theme_data(c, children, rows) for c in children.get(theme.id, [])],
    )
