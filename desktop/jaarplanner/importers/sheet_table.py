"""One table as offices keep it (an Excel sheet, a CSV file, a Word table) read into a part:
the header row found below any title lines, merged cells carried down, heading rows made
themes, month headings giving their month to bare days, *Van/Tot en met* joined into one
period, and every column either read into a field or kept in the row's notes. This module
finds the header and plans the columns; ``sheet_rows`` reads the rows under it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from jaarplanner.i18n import _
from jaarplanner.importers.columns import (
    END,
    KPIS,
    NOTES,
    NUMBER,
    PART,
    PRIORITY,
    START,
    STATUS,
    THEME,
    ColumnPlan,
    guess_plan,
    role_of_header,
)
from jaarplanner.importers.report import ImportReport
from jaarplanner.importers.sheet_rows import Grid, SheetRows, plain_cells
from jaarplanner.importers.tables import Mapping, match_header, normal
from jaarplanner.model.document import PartData
from jaarplanner.model.layout import Column, ColumnLayout, DocumentLayout, plain_label
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, field_label

SCAN_ROWS = 40  # a header lies within the first rows of a sheet


@dataclass
class TableResult:
    part: PartData
    title_lines: list[str]
    years: Counter[str]
    layout: DocumentLayout | None = None


def _filled(plain: list[str]) -> int:
    return sum(1 for text in plain if text)


def _is_header_text(text: str) -> bool:
    return bool(text) and len(text) <= 40 and not any(ch.isdigit() for ch in text[:1])


def find_header(rows: list[list[str]], layouts: list[DocumentLayout]) -> int | None:
    """The index of the header row: the first row whose cells read as column names, with rows
    of data under it. Title lines (one filled cell) above it are passed over."""
    best: tuple[float, int] | None = None
    for index, cells in enumerate(rows[:SCAN_ROWS]):
        plain = plain_cells(cells)
        filled = _filled(plain)
        if filled < 2:
            continue
        below = [r for r in rows[index + 1 : index + 6] if _filled(plain_cells(r)) >= 1]
        if not below:
            continue
        named = sum(1 for text in plain if role_of_header(text))
        known = match_header(cells, layouts) is not None
        wordy = sum(1 for text in plain if _is_header_text(text))
        if named == 0 and not known and wordy < filled:
            continue
        score = named * 3 + (10 if known else 0) + wordy - (filled - wordy) * 2
        if named == 0 and not known:
            score -= 4  # words that are no header words: a header only if nothing better
        if best is None or score > best[0]:
            best = (score, index)
        if named >= 2 or known:
            break
    if best is None or best[0] <= 0:
        return None
    return best[1]


def _plan(
    header: list[str],
    body: list[list[str]],
    layouts: list[DocumentLayout],
    mapping: Mapping | None,
) -> tuple[ColumnPlan, ColumnLayout | None, DocumentLayout | None, str]:
    plain = plain_cells(header)
    columns = [[plain_cells(r)[i] if i < len(r) else "" for r in body] for i in range(len(header))]
    if mapping is not None:
        return mapping.plan(plain), None, None, "eigen-indeling"  # Dutch error on a bad name
    shape = match_header(_layout_cells(header), layouts) if any(plain) else None
    if shape is not None and shape.column_layout is not None and not shape.transposed:
        plan = ColumnPlan(plain, fields=dict(shape.fields))
        for index, text in enumerate(plain):
            if index in plan.fields:
                continue
            role = role_of_header(text)
            if role in (NUMBER, STATUS, PRIORITY, PART, THEME) and role not in plan.roles.values():
                plan.roles[index] = role
            elif role == Field.PERIOD.value and Field.PERIOD in plan.fields.values():
                plan.left_out.append(index)  # our own export's date beside the period
            elif index == shape.number_column:
                plan.roles[index] = NUMBER
            elif any(columns[index]):
                plan.kept.append(index)
        return plan, shape.column_layout, shape.layout, shape.part_key
    return guess_plan(plain, columns), None, None, "eigen-indeling"


def _layout_cells(header: list[str]) -> list[str]:
    """The header as a layout sees it: the columns our own CSV and Excel exports add (part,
    theme, status, priority, a date beside the period) left blank."""
    cells, periods = [], 0
    for cell in header:
        role = role_of_header(to_plain(cell))
        if role == Field.PERIOD.value:
            periods += 1
        extra = role in (PART, THEME, STATUS, PRIORITY) or (
            role == Field.PERIOD.value and periods > 1
        )
        cells.append("" if extra else cell)
    return cells


def _targets(plan: ColumnPlan) -> list[tuple[str, str]]:
    found = []
    for index, header in enumerate(plan.headers):
        if index in plan.fields:
            target = plan.fields[index].value
        elif plan.roles.get(index) in (START, END):
            target = plan.roles[index]
        else:
            target = ""
        found.append((header, target))
    return found


def own_layout(plan: ColumnPlan, title: str) -> ColumnLayout:
    """The column layout of a table read by its header words or a mapping."""
    columns: list[Column] = []
    start, end = plan.index_of(START), plan.index_of(END)
    order = sorted([*plan.fields, *([start] if start is not None else [])])
    for index in order:
        if index == start:
            label = " / ".join(plain_label(plan.headers[i]) for i in (start, end) if i is not None)
            columns.append(Column(Field.PERIOD, label or field_label(Field.PERIOD)))
            continue
        name = plan.fields[index]
        label = plain_label(plan.headers[index]) if index < len(plan.headers) else ""
        columns.append(
            Column(name, label or field_label(name), width=3.0 if name == Field.WHAT else 1.0)
        )
    if not columns:
        columns.append(Column(Field.WHAT, field_label(Field.WHAT)))
    return ColumnLayout(
        name="eigen-indeling", title=title or _("Own layout"), columns=tuple(columns)
    )


def own_columns(plan: ColumnPlan, layouts: list[DocumentLayout]) -> None:
    """In our own export (it carries *Over dit document*): a column named as a layout's column
    is that column's field (the layout's part whose columns are all there); *KPI's* and
    *Aantekeningen* are the row's KPIs and notes, and *Datum* beside the period repeats it as
    a real date."""
    plan.own = True
    headers = {header: index for index, header in reversed(list(enumerate(plan.headers)))}
    for layout in layouts:
        for part in layout.parts.values():
            labels = [(c.label or field_label(c.field), c.field) for c in part.columns]
            if not all(label in headers for label, _field in labels):
                continue
            for label, name in labels:
                index = headers[label]
                if plan.roles.get(index) in (NUMBER, PART, THEME, STATUS, PRIORITY):
                    continue
                plan.roles.pop(index, None)
                if index in plan.kept:
                    plan.kept.remove(index)
                plan.fields[index] = name
    for index, header in enumerate(plan.headers):
        role = {"KPIs": KPIS, _("KPIs"): KPIS, "Notes": NOTES, _("Notes"): NOTES}.get(header)
        date = header in ("Date", _("Date")) and plan.fields.get(index) != Field.PERIOD
        if role is None and not date:
            continue
        plan.fields.pop(index, None)
        plan.roles.pop(index, None)
        if index in plan.kept:
            plan.kept.remove(index)
        if role is not None:
            plan.roles[index] = role
        else:
            plan.left_out.append(index)


def read_table(
    grid: Grid,
    layouts: list[DocumentLayout],
    mapping: Mapping | None,
    report: ImportReport,
    ours: bool = False,
) -> list[TableResult] | None:
    """The parts this table holds (more than one with a *Deel* column), or None when it is no
    table (a notes or legend sheet)."""
    rows = grid.cells
    header_index = find_header(rows, layouts)
    if header_index is None:
        data = [i for i, r in enumerate(rows) if _filled(plain_cells(r)) >= 2]
        if len(data) < 2:
            return None
        header_index = data[0] - 1
        header: list[str] = [""] * max(len(r) for r in rows)
    else:
        header = rows[header_index]
    titles = [
        " ".join(t for t in plain_cells(r) if t)
        for r in rows[: max(header_index, 0)]
        if any(plain_cells(r))
    ]
    body = rows[header_index + 1 :]
    width = max([len(header), 1, *(len(r) for r in body)])
    header = header + [""] * (width - len(header))
    plan, known, layout, key = _plan(header, body, layouts, mapping)
    if ours:
        own_columns(plan, layouts)
    if not plan.fields and plan.index_of(START) is None:
        return None
    for index in plan.kept:
        report.note(
            grid.name,
            _("column '{header}' has no field; its text is kept in the notes of each row").format(
                header=plain_label(plan.headers[index]) or _("Column {n}").format(n=index + 1)
            ),
        )
    column_layout = known or own_layout(plan, grid.name)
    if known is None and mapping is None:
        report.guessed.append(_targets(plan))
    collector = SheetRows(grid, plan, report, known)
    repeated = [normal(c) for c in header]
    for offset, cells in enumerate(body):
        if [normal(c) for c in cells] == repeated:
            continue  # the header repeated (a page break in a printed sheet)
        collector.add(header_index + 1 + offset, cells)
    results = []
    for part_title, themes in collector.parts:
        if not themes:
            continue
        title = part_title or (titles[0] if titles else grid.name)
        results.append(
            TableResult(
                PartData(key, title, column_layout, themes=themes), titles, collector.years, layout
            )
        )
    return results or None
