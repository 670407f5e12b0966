"""Excel: one sheet per part with a frozen header, filters, widths after the layout and
wrapped text; theme lines in bold as outline groups that fold; a period of one day also as
a real date in the column *Datum*."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jaarplanner.errors import UserError
from jaarplanner.exporters.about import about_lines
from jaarplanner.exporters.clean import dropped_note, looks_like_formula, xml_safe_copy
from jaarplanner.exporters.flat import extra_header, extra_values, flat_lines, header
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, PartData
from jaarplanner.model.values import Field
from jaarplanner.periods import SchoolYear, parse_period

BAND = PatternFill("solid", fgColor="D9E2F3")
HEAD = PatternFill("solid", fgColor="2F5597")
WRAP = Alignment(wrap_text=True, vertical="top")
TOTAL_WIDTH = 180  # characters over all layout columns


def _sheet_title(title: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "-", title).strip("' ")[:31] or _("Part")
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def write_xlsx(document: DocumentData, target: Path, part_key: str | None = None) -> list[str]:
    """Write the workbook; returns the export report's notes (characters left out)."""
    document, dropped = xml_safe_copy(document)
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    try:
        year: SchoolYear | None = SchoolYear.parse(document.school_year)
    except UserError:  # a document without a valid year has no dates
        year = None
    for part in document.parts:
        if part_key in (None, part.key, part.title):
            _sheet(book.create_sheet(_sheet_title(part.title, taken)), part, year)
    if not book.worksheets:
        book.create_sheet(_("Part"))
    _about(book, document, [s.title for s in book.worksheets], part_key)
    book.save(target)
    return dropped_note(dropped)


def _about(book: Workbook, document: DocumentData, taken: list[str], part_key: str | None) -> None:
    """What the parts' sheets cannot hold, on a sheet of its own (read back on import)."""
    keys = [p.key for p in document.parts if part_key in (None, p.key, p.title)]
    sheet = book.create_sheet(_sheet_title(_("About this document"), {t.lower() for t in taken}))
    for line in about_lines(document, keys):
        sheet.append(line)
        _as_text(sheet, sheet.max_row)
    sheet.cell(1, 1).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 22
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 40


def _as_text(sheet: Worksheet, index: int) -> None:
    """A text that Excel would read as a formula stays a text cell, marked with the quote
    prefix Excel itself uses for ``'=...``; it shows as typed and is never evaluated."""
    for cell in sheet[index]:
        if isinstance(cell.value, str) and looks_like_formula(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True


def _sheet(sheet: Worksheet, part: PartData, year: SchoolYear | None) -> None:
    names = header(part)
    period_at = (
        part.layout.fields.index(Field.PERIOD) if Field.PERIOD in part.layout.fields else None
    )
    if period_at is not None:
        names.append(_("Date"))
    sheet.append(names)
    _as_text(sheet, 1)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.alignment = WRAP
    deadline = part.layout.deadline_field == Field.PERIOD
    extra = extra_header(part)
    for line in flat_lines(part):
        if line.kind == "theme":
            sheet.append([line.theme])
            index = sheet.max_row
            _as_text(sheet, index)
            for column in range(1, len(names) + 1):
                sheet.cell(index, column).fill = BAND
            sheet.cell(index, 1).font = Font(bold=True)
            if line.depth:
                sheet.row_dimensions[index].outline_level = line.depth
            continue
        values: list[object] = [
            line.theme,
            line.number,
            *line.values,
            *extra_values(extra, line.row),
            line.status,
            _("yes") if line.priority else "",
        ]
        if period_at is not None:
            values.append(_one_day(line.values[period_at], year, deadline))
        sheet.append(values)
        index = sheet.max_row
        _as_text(sheet, index)
        sheet.row_dimensions[index].outline_level = line.depth + 1
        for cell in sheet[index]:
            cell.alignment = WRAP
        if period_at is not None and values[-1] is not None:
            sheet.cell(index, len(names)).number_format = "DD-MM-YYYY"
    _widths(sheet, part, len(names))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(names))}{max(sheet.max_row, 2)}"
    sheet.sheet_properties.outlinePr.summaryBelow = False
    sheet.page_setup.orientation = "landscape"
    sheet.print_title_rows = "1:1"


def _one_day(text: str, year: SchoolYear | None, deadline: bool) -> dt.date | None:
    if year is None or not text:
        return None
    period = parse_period(text, year, deadline)
    if len(period.spans) == 1 and period.spans[0][0] == period.spans[0][1]:
        return period.spans[0][0]
    return None


def _widths(sheet: Worksheet, part: PartData, count: int) -> None:
    total = sum(column.width for column in part.layout.columns) or 1
    widths = [28, 6] + [
        max(10, TOTAL_WIDTH * column.width / total) for column in part.layout.columns
    ]
    widths += [16, 10, 12]
    for number, width in enumerate(widths[:count], start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
