"""Reading back the *Over dit document* block our own Excel and CSV exports write (see
``exporters.about``): a sheet or a block of lines whose first line is *Over dit document |
Jaarplanner*. Files of other offices never start a block that way and are read as before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from jaarplanner.exporters.about import ABOUT, LABELS, MARK
from jaarplanner.i18n import _
from jaarplanner.model.document import (
    DocumentData,
    KpiData,
    MeetingData,
    MeetingSeriesData,
    SectionData,
    StepData,
    ThemeData,
)
from jaarplanner.model.values import DocumentState, Field, StepAction


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def is_about(first: Sequence[object]) -> bool:
    """Whether a line is the first line of our block."""
    cells = [_text(v) for v in first]
    return len(cells) >= 2 and cells[0] in (ABOUT, _(ABOUT)) and cells[1] == MARK


def split_about(rows: list[list[object]]) -> tuple[list[list[object]], list[list[object]]]:
    """The table's rows and the block's (empty when the file has none)."""
    for index, row in enumerate(rows):
        if is_about(row):
            return rows[:index], rows[index:]
    return rows, []


def _keys() -> dict[str, str]:
    found = {}
    for key, label in LABELS.items():
        found[label.lower()] = key
        found[_(label).lower()] = key
    return found


def _markup(text: str) -> str:
    """The block's plain text as rich text, its line breaks kept."""
    return escape(text, quote=False).replace("\n", "<br>")


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def apply_about(document: DocumentData, lines: list[list[object]]) -> None:
    """Give ``document`` what the block says; a line that does not read is passed over."""
    keys = _keys()
    parts: list[list[str]] = []
    themes: list[tuple[int, list[str]]] = []
    state = document
    steps: list[StepData] = []
    sections: list[SectionData] = []
    kpis: list[KpiData] = []
    series: list[MeetingSeriesData] = []
    for line in lines[1:]:
        cells = [_text(v) for v in line] + [""] * 6
        key = keys.get(cells[0].lower())
        values = cells[1:]
        if key in ("organisation",):
            document.organisation.name = values[0] or document.organisation.name
        elif key in ("title", "subtitle", "school_year", "layout"):
            if values[0] or key == "subtitle":
                setattr(document, key, values[0])
        elif key == "state" and values[0] in {s.value for s in DocumentState}:
            state.state = DocumentState(values[0])
        elif key == "step" and values[0] in {a.value for a in StepAction}:
            steps.append(StepData(values[1], StepAction(values[0]), _date(values[2])))
        elif key == "section":
            sections.append(SectionData(values[0], _markup(values[1])))
        elif key == "kpi" and values[0].isdigit():
            kpis.append(KpiData(int(values[0]), _markup(values[1]), values[2]))
        elif key == "part":
            parts.append(values[:3])
        elif key == "theme" and values[0].isdigit() and parts:
            themes.append((len(parts) - 1, values))
        elif key == "series":
            body, title, chair, day_time, location = values[:5]
            series.append(MeetingSeriesData(body, title, chair, day_time, location))
        elif key == "meeting" and series:
            day, date_text, time, location, note = values[:5]
            series[-1].meetings.append(MeetingData(_date(day), date_text, time, location, note))
    seen = {keys.get(_text(line[0]).lower()) for line in lines[1:] if line}
    # a list the block does not hold stays as the file's own text gave it (Word)
    if "step" in seen or "state" in seen:
        document.steps = steps
    if "title" in seen:
        document.sections, document.kpis = sections, kpis
    if "series" in seen:
        document.meeting_series = series
    if "part" in seen:
        _parts(document, parts, themes)


def _parts(
    document: DocumentData, parts: list[list[str]], themes: list[tuple[int, list[str]]]
) -> None:
    """Parts in the order of the block: key, title and subtitle; themes' goals by place."""
    from jaarplanner.importers.layouts import all_layouts

    if len(parts) != len(document.parts):
        return
    layout = next((la for la in all_layouts() if la.name == document.layout), None)
    for part, (key, title, subtitle) in zip(document.parts, parts, strict=True):
        part.title, part.subtitle = title or part.title, subtitle
        if key:
            part.key = key
            if layout is not None and key in layout.parts:
                part.layout = layout.parts[key]
        if part.layout.fields and part.layout.fields[0] == Field.RESULT:
            for theme in part.all_themes():
                _result_continuations(theme)
    for index, values in themes:
        found = document.parts[index].all_themes()
        place = int(values[0]) - 1
        if 0 <= place < len(found) and found[place].title == values[1]:
            found[place].goal, found[place].reference = _markup(values[2]), values[3]
            found[place].footnotes = _markup(values[4])


def _result_continuations(theme: ThemeData) -> None:
    """In a layout led by *Resultaat* one result spans several action rows: a row with the
    result left empty continues the row above (the flat sheet has no other sign of it)."""
    for index, row in enumerate(theme.rows):
        row.continuation = index > 0 and Field.RESULT not in row.fields
