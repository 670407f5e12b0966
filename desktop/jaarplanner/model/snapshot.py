"""A frozen copy of a document as plain JSON data, and back: what a *versie* keeps.

Unlike the dump (``exporters.dump``), a snapshot keeps everything needed to show, print,
compare or re-create the document: rich text as stored, the column layouts, the ids of rows
and themes (so two versions of one document pair their rows by id).
"""

from __future__ import annotations

import datetime as dt
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
from jaarplanner.model.layout import ColumnLayout
from jaarplanner.model.numbering import number_part
from jaarplanner.model.values import DocumentState, Field, Region, RowStatus, Sector, StepAction

FORMAT = 1


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _row(row: RowData) -> dict[str, Any]:
    return {
        "id": row.id,
        "fields": {f.value: v for f, v in row.fields.items()},
        "continuation": row.continuation,
        "status": row.status.value,
        "priority": row.priority,
        "amount_cents": row.amount_cents,
        "notes": row.notes,
        "kpis": list(row.kpis),
    }


def _theme(theme: ThemeData) -> dict[str, Any]:
    return {
        "id": theme.id,
        "title": theme.title,
        "goal": theme.goal,
        "reference": theme.reference,
        "footnotes": theme.footnotes,
        "rows": [_row(r) for r in theme.rows],
        "themes": [_theme(t) for t in theme.themes],
    }


def to_snapshot(document: DocumentData) -> dict[str, Any]:
    org = document.organisation
    return {
        "format": FORMAT,
        "id": document.id,
        "organisation": {
            "name": org.name,
            "short_name": org.short_name,
            "sector": org.sector.value,
            "region": org.region.value,
            "id": org.id,
        },
        "school_year": document.school_year,
        "title": document.title,
        "subtitle": document.subtitle,
        "layout": document.layout,
        "state": document.state.value,
        "steps": [
            {"body": s.body, "action": s.action.value, "date": _day(s.date), "note": s.note}
            for s in document.steps
        ],
        "sections": [{"title": s.title, "body": s.body} for s in document.sections],
        "kpis": [
            {"number": k.number, "text": k.text, "plan_period": k.plan_period}
            for k in document.kpis
        ],
        "parts": [
            {
                "key": p.key,
                "title": p.title,
                "subtitle": p.subtitle,
                "layout": p.layout.to_dict(),
                "themes": [_theme(t) for t in p.themes],
            }
            for p in document.parts
        ],
        "meeting_series": [
            {
                "body": s.body,
                "title": s.title,
                "chair": s.chair,
                "day_time": s.day_time,
                "location": s.location,
                "meetings": [
                    {
                        "date": _day(m.date),
                        "date_text": m.date_text,
                        "time": m.time,
                        "location": m.location,
                        "note": m.note,
                    }
                    for m in s.meetings
                ],
            }
            for s in document.meeting_series
        ],
    }


def _row_data(data: dict[str, Any]) -> RowData:
    return RowData(
        id=data.get("id"),
        fields={Field(k): v for k, v in data.get("fields", {}).items()},
        continuation=bool(data.get("continuation")),
        status=RowStatus(data.get("status", RowStatus.PLANNED.value)),
        priority=bool(data.get("priority")),
        amount_cents=data.get("amount_cents"),
        notes=data.get("notes", ""),
        kpis=list(data.get("kpis", [])),
    )


def _theme_data(data: dict[str, Any]) -> ThemeData:
    return ThemeData(
        id=data.get("id"),
        title=data["title"],
        goal=data.get("goal", ""),
        reference=data.get("reference", ""),
        footnotes=data.get("footnotes", ""),
        rows=[_row_data(r) for r in data.get("rows", [])],
        themes=[_theme_data(t) for t in data.get("themes", [])],
    )


def from_snapshot(data: dict[str, Any]) -> DocumentData:
    """The document a snapshot froze, numbered again; ids as they were then."""
    org = data["organisation"]
    document = DocumentData(
        id=data.get("id"),
        organisation=OrganisationData(
            org["name"],
            org.get("short_name", ""),
            Sector(org.get("sector", Sector.VO.value)),
            Region(org.get("region", Region.NORTH.value)),
            id=org.get("id"),
        ),
        school_year=data["school_year"],
        title=data["title"],
        subtitle=data.get("subtitle", ""),
        layout=data["layout"],
        state=DocumentState(data.get("state", DocumentState.CONCEPT.value)),
        steps=[
            StepData(s["body"], StepAction(s["action"]), _date(s.get("date")), s.get("note", ""))
            for s in data.get("steps", [])
        ],
        sections=[SectionData(s["title"], s.get("body", "")) for s in data.get("sections", [])],
        kpis=[
            KpiData(k["number"], k.get("text", ""), k.get("plan_period", ""))
            for k in data.get("kpis", [])
        ],
        meeting_series=[
            MeetingSeriesData(
                s["body"],
                s.get("title", ""),
                s.get("chair", ""),
                s.get("day_time", ""),
                s.get("location", ""),
                [
                    MeetingData(
                        _date(m.get("date")),
                        m.get("date_text", ""),
                        m.get("time", ""),
                        m.get("location", ""),
                        m.get("note", ""),
                    )
                    for m in s.get("meetings", [])
                ],
            )
            for s in data.get("meeting_series", [])
        ],
    )
    for part in data.get("parts", []):
        part_data = PartData(
            key=part["key"],
            title=part["title"],
            subtitle=part.get("subtitle", ""),
            layout=ColumnLayout.from_dict(part["layout"]),
            themes=[_theme_data(t) for t in part.get("themes", [])],
        )
        number_part(part_data)
        document.parts.append(part_data)
    return document


def without_ids(document: DocumentData) -> DocumentData:
    """The same document with no ids, ready to be stored as a new one."""
    data = to_snapshot(document)
    copy = from_snapshot(data)
    copy.id = None
    copy.organisation.id = None
    for part in copy.parts:
        for theme in part.all_themes():
            theme.id = None
            for row in theme.rows:
                row.id = None
    return copy
