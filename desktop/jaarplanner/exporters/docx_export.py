"""Word: an editable document in the organisation's layout, landscape, the header row repeated
on every page, theme band rows, numbers, rich text and the text sections. It is built the way
the import reads Word files, so importing it again gives the same content."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm

from jaarplanner.exporters.about import FOOTNOTES_TO, WORD_KEYS, about_lines
from jaarplanner.exporters.clean import dropped_note, xml_safe_copy
from jaarplanner.exporters.docx_text import write_markup
from jaarplanner.exporters.flat import extra_header, extra_values
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, PartData, RowData, ThemeData
from jaarplanner.model.numbering import nest_continuations
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, RowStatus, status_label

Cell = Any  # a python-docx table cell
Table = Any


PAGE_WIDTH_CM = 26.4  # landscape A4 within 1.5 cm margins, less cell padding
NUMBER_CM = 1.2
EXTRA_CM = 1.8  # a column of status, priority, KPIs or notes


def _widths(table: Table, part: PartData, numbered: bool, extra: int = 0) -> None:
    """Columns as wide as the layout says, the number column narrow, as are the columns
    status, priority and KPIs (notes get as much as an average column)."""
    room = PAGE_WIDTH_CM - (NUMBER_CM if numbered else 0) - EXTRA_CM * extra
    total = sum(column.width for column in part.layout.columns) or 1
    widths = [NUMBER_CM] if numbered else []
    widths += [room * column.width / total for column in part.layout.columns]
    widths += [EXTRA_CM] * extra
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=False):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _header(table: Table, labels: list[str]) -> None:
    row = table.rows[0]
    for cell, label in zip(row.cells, labels, strict=True):
        cell.text = label
        for run in cell.paragraphs[0].runs:
            run.bold = True
    properties = row._tr.get_or_add_trPr()
    properties.append(properties.makeelement(qn("w:tblHeader"), {}))


def _band(table: Table, text: str, goal: str = "") -> None:
    """A theme's title over the whole width, bold; its goal under it in the same cell."""
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = text
    for run in merged.paragraphs[0].runs:
        run.bold = True
    write_markup(merged, goal)


def _cell(cell: Cell, markup: str) -> None:
    cell.text = ""
    write_markup(cell, markup)


def _rows(
    table: Table, row: RowData, fields: list[Field], numbered: bool, extra: list[str] | None = None
) -> None:
    cells = table.add_row().cells
    offset = 1 if numbered else 0
    if numbered:
        cells[0].text = row.number or ""
    for index, field in enumerate(fields):
        _cell(cells[index + offset], row.value(field))
    for index, text in enumerate(row_extras(extra or [], row), start=offset + len(fields)):
        cells[index].text = text
    for child in row.continued_by:
        _rows(table, child, fields, numbered, extra)


def extras_header(part: PartData) -> list[str]:
    """*KPI's* and *Aantekeningen*, *Status* and *Prioriteit*: each only when a row of the
    part has one (a status other than *gepland*, a priority), so a plain plan stays plain."""
    rows = part.all_rows()
    found = extra_header(part)
    found += [_("Status")] * any(r.status != RowStatus.PLANNED for r in rows)
    return found + [_("Priority")] * any(r.priority for r in rows)


def row_extras(extra: list[str], row: RowData) -> list[str]:
    """The row's cells under the columns ``extras_header`` gave."""
    values = extra_values(extra, row)
    if _("Status") in extra:
        values.append(status_label(row.status))
    if _("Priority") in extra:
        values.append(_("yes") if row.priority else "")
    return values


def _theme_rows(theme: ThemeData) -> list[RowData]:
    return nest_continuations(list(theme.rows))


def _band_text(item: ThemeData, path: str) -> str:
    """``2. Kwaliteit``; a theme in a theme with the numbers above it, ``2.1 Onderzoek``
    (the import reads the depth from them)."""
    if not item.number:
        return item.title
    return f"{path}.{item.number} {item.title}" if path else f"{item.number}. {item.title}"


def _themed(document: Any, part: PartData) -> None:
    fields = list(part.layout.fields)
    extra = extras_header(part)
    table = document.add_table(rows=1, cols=len(fields) + 1 + len(extra))
    table.style = "Table Grid"
    labels = [part.layout.number_heading or "nr"] + [c.label for c in part.layout.columns]
    _header(table, labels + extra)

    def theme(item: ThemeData, path: str) -> None:
        _band(table, _band_text(item, path), item.goal)
        for row in _theme_rows(item):
            _rows(table, row, fields, True, extra)
        numbers = f"{path}.{item.number}" if path and item.number else item.number or ""
        for child in item.themes:
            theme(child, numbers if path or item.number else "")

    for item in part.themes:
        theme(item, "")
    _widths(table, part, numbered=True, extra=len(extra))
    for item in part.all_themes():  # under the table, as the PDF prints them
        if item.footnotes:
            label = document.add_paragraph()
            label.add_run(_(FOOTNOTES_TO).format(theme=item.title)).italic = True
            write_markup(document, item.footnotes)


def _points(document: Any, part: PartData) -> None:
    fields = list(part.layout.fields)
    extra = extras_header(part)
    for item in part.themes:
        document.add_heading(item.title, level=2)
        if item.reference:
            document.add_paragraph(item.reference)
        if item.goal:
            write_markup(document, item.goal)
        table = document.add_table(rows=1, cols=len(fields) + len(extra))
        table.style = "Table Grid"
        _header(table, [c.label for c in part.layout.columns] + extra)
        for row in _theme_rows(item):
            _rows(table, row, fields, False, extra)
        _widths(table, part, numbered=False, extra=len(extra))
        if item.footnotes:
            write_markup(document, item.footnotes)


def _calendar(document: Any, part: PartData) -> None:
    fields = list(part.layout.fields)
    extra = extras_header(part)
    table = document.add_table(rows=1, cols=len(fields) + len(extra))
    table.style = "Table Grid"
    _header(table, [c.label for c in part.layout.columns] + extra)
    for item in part.themes:
        _band(table, item.title)
        for row in _theme_rows(item):
            _rows(table, row, fields, False, extra)
    _widths(table, part, numbered=False, extra=len(extra))


def _cards(document: Any, part: PartData) -> None:
    columns = part.layout.columns
    extra = extras_header(part)  # as rows under the card's fields
    for goal in part.themes:
        document.add_heading(f"Doel {goal.number} {goal.title}", level=2)
        for topic in goal.themes:
            document.add_heading(topic.title, level=3)
            if topic.goal:
                write_markup(document, topic.goal)
            actions = _theme_rows(topic)
            table = document.add_table(rows=len(columns) + len(extra), cols=len(actions) + 1)
            table.style = "Table Grid"
            for row_index, column in enumerate(columns):
                table.rows[row_index].cells[0].text = column.label
                for index, action in enumerate(actions):
                    value = action.value(column.field)
                    if column.field == Field.TITLE:
                        value = f"{action.number} {value}"
                    _cell(table.rows[row_index].cells[index + 1], value)
            for row_index, label in enumerate(extra, start=len(columns)):
                table.rows[row_index].cells[0].text = label
                for index, action in enumerate(actions):
                    text = row_extras(extra, action)[row_index - len(columns)]
                    table.rows[row_index].cells[index + 1].text = text


def _about(word: Any, document: DocumentData, part_keys: list[str]) -> None:
    """What the Word layout does not show (the organisation, the layout, the parts' keys,
    meetings), in a table *Over dit document* at the end (read back on import)."""
    lines = about_lines(document, part_keys, WORD_KEYS)
    width = max(len(line) for line in lines)
    table = word.add_table(rows=len(lines), cols=width)
    table.style = "Table Grid"
    for cells, line in zip(table.rows, lines, strict=True):
        for cell, text in zip(cells.cells, line, strict=False):
            cell.text = text


def write_docx(document: DocumentData, target: Path, part_key: str | None = None) -> list[str]:
    """Write the document; returns the export report's notes (characters left out)."""
    document, dropped = xml_safe_copy(document)
    _write(document, target, part_key)
    return dropped_note(dropped)


def _write(document: DocumentData, target: Path, part_key: str | None) -> None:
    from babel.dates import format_date

    word = docx.Document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    for step in document.steps:
        body = f" door {step.body}" if step.body else ""
        day = format_date(step.date, "d MMMM y", locale="nl_NL") if step.date else ""
        word.add_paragraph(f"{step.action.value.capitalize()}{body} {day}".strip())
    word.add_heading(document.title, level=0)
    if document.subtitle:
        word.add_paragraph(document.subtitle, style="Subtitle")
    for text_section in document.sections:
        word.add_heading(text_section.title, level=1)
        write_markup(word, text_section.body)
    if document.kpis:
        word.add_heading("KPI's", level=1)
        word.add_paragraph(f"KPI's ondersteuningsplan {document.kpis[0].plan_period}")
        for kpi in document.kpis:
            word.add_paragraph(to_plain(kpi.text) or "-", style="List Number")
    for part in document.parts:
        if part_key not in (None, part.key, part.title):
            continue
        word.add_heading(part.title, level=1)
        if part.subtitle:
            word.add_paragraph(part.subtitle, style="Subtitle")
        if document.layout == "action-cards":
            _cards(word, part)
        elif document.layout == "development-points" and Field.RESULT in part.layout.fields:
            _points(word, part)
        elif document.layout == "development-points":
            _calendar(word, part)
        else:
            _themed(word, part)
    _about(word, document, [p.key for p in document.parts if part_key in (None, p.key, p.title)])
    word.core_properties.title = document.title
    word.core_properties.comments = _("Made with Jaarplanner")
    word.save(str(target))
