"""The JSON dump of documents: plain text, every number derived, continuation rows inside
the row they continue. Used by ``jaarplanner dump``, tests and round-trip checks."""

from __future__ import annotations

from typing import Any

from jaarplanner.model.document import DocumentData, PartData, RowData, ThemeData
from jaarplanner.model.numbering import nest_continuations
from jaarplanner.model.richtext import to_plain


def _row(row: RowData) -> dict[str, Any]:
    found = {
        "number": row.number,
        "fields": {f.value: to_plain(v) for f, v in row.fields.items() if to_plain(v)},
        "status": row.status.value,
        "priority": row.priority,
        "kpis": list(row.kpis),
        "rows": [_row(child) for child in row.continued_by],
    }
    if row.notes:  # columns an import kept beside the fields (issue 18)
        found["notes"] = row.notes
    return found


def _theme(theme: ThemeData) -> dict[str, Any]:
    return {
        "number": theme.number,
        "title": theme.title,
        "goal": to_plain(theme.goal),
        "reference": theme.reference,
        "footnotes": to_plain(theme.footnotes),
        "themes": [_theme(child) for child in theme.themes],
        "rows": [_row(row) for row in nest_continuations(theme.rows)],
    }


def _part(part: PartData) -> dict[str, Any]:
    return {
        "title": part.title,
        "subtitle": part.subtitle,
        "columns": [{"field": c.field.value, "label": c.label} for c in part.layout.columns],
        "themes": [_theme(theme) for theme in part.themes],
    }


def document_dump(document: DocumentData) -> dict[str, Any]:
    return {
        "id": document.id,
        "organisation": document.organisation.name,
        "title": document.title,
        "subtitle": document.subtitle,
        "school_year": document.school_year,
        "layout": document.layout,
        "state": document.state.value,
        "status": [
            {
                "body": s.body,
                "action": s.action.value,
                "date": s.date.isoformat() if s.date else None,
            }
            for s in document.steps
        ],
        "sections": [{"title": s.title, "text": to_plain(s.body)} for s in document.sections],
        "kpis": [
            {"number": k.number, "text": to_plain(k.text), "period": k.plan_period}
            for k in document.kpis
        ],
        "parts": [_part(part) for part in document.parts],
        "meeting_series": [
            {
                "body": s.body,
                "title": s.title,
                "chair": s.chair,
                "day_time": s.day_time,
                "location": s.location,
                "meetings": [
                    {
                        "date": m.date.isoformat() if m.date else None,
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


def dump(documents: list[DocumentData]) -> dict[str, Any]:
    return {"documents": [document_dump(d) for d in documents]}
