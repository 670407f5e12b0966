"""The tables of the PDF: one long table per part with its header row repeated on every page
and theme band rows that never stay alone at the foot of a page; transposed action tables;
the kwaliteitskalender; the jaarplanning grid."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from jaarplanner.exporters.pdf.fonts import TEXT
from jaarplanner.exporters.pdf.markup import flowables, text, title
from jaarplanner.exporters.pdf.para import Para
from jaarplanner.exporters.pdf.rows import Header, Row, runs
from jaarplanner.exporters.pdf.styles import BAND, GRID, HEADER, card_style, style
from jaarplanner.model.document import MeetingSeriesData, PartData, RowData, ThemeData
from jaarplanner.model.layout import ColumnLayout
from jaarplanner.model.numbering import nest_continuations
from jaarplanner.model.values import Field


class BandParagraph(Paragraph):
    """The title of a theme band row: the table keeps it with the row after it."""


class PartTable(Table):
    """A table whose header repeats once per page and whose rows run on over a page break
    (``splitByRow=0, splitInRow=1``); a band row is never the last row on a page."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("splitByRow", 0)
        kwargs.setdefault("splitInRow", 1)
        super().__init__(*args, **kwargs)

    def _is_band(self, row: int) -> bool:
        value = self._cellvalues[row][0]
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        return isinstance(value, BandParagraph)

    def _getFirstPossibleSplitRowPosition(self, availHeight, ignoreSpans=0):
        position = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        if ignoreSpans:
            return position
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        while position - 1 > header and self._is_band(position - 1):
            position -= 1
        return position


def _widths(layout: ColumnLayout, total: float, numbered: bool) -> list[float]:
    weights = ([0.35] if numbered else []) + [c.width for c in layout.columns]
    scale = total / sum(weights)
    return [w * scale for w in weights]


def _base_style(header_rows: int = 1) -> list[tuple]:
    return [
        ("FONT", (0, 0), (-1, -1), TEXT, 9),  # empty cells too: never Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


def _cells(row: RowData, layout: ColumnLayout, numbered: bool) -> list[list[Flowable]]:
    cell_style = style("cell-priority" if row.priority else "cell")
    cells = [[Para(text(row.number or ""), cell_style)]] if numbered else []
    cells += [flowables(row.value(c.field), cell_style) for c in layout.columns]
    return cells


def part_table(
    part: PartData,
    width: float,
    themes: list[ThemeData] | None = None,
    bands: bool = True,
    row_breaks: str = "long",
    page_height: float = 500.0,
    level: int = 1,
) -> list[Flowable]:
    """The rows of ``part`` (or of ``themes``) as runs of short tables sharing one header
    row per page, as in the themed-table layout; ``bands`` gives each theme a band row with
    its number and title (and a bookmark at ``level``)."""
    layout = part.layout
    numbered = bool(layout.row_number_format)
    header_cells = ([Paragraph(text(layout.number_label), style("header"))] if numbered else []) + [
        Paragraph(text(c.label), style("header")) for c in layout.columns
    ]
    header = Header(
        header_cells,
        _widths(layout, width, numbered),
        _base_style(),
        row_breaks=row_breaks,
        page_height=page_height,
    )
    rows: list[Row] = []
    for theme, depth in _in_order(themes if themes is not None else part.themes, level):
        if bands:
            label = f"{theme.label} {theme.title}" if theme.label else theme.title
            band = [[BandParagraph(title(label), style("band"))]] + [[]] * (len(header_cells) - 1)
            rows.append(
                Row(
                    band,
                    band=True,
                    bookmark=(label, depth),
                    commands=[("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), BAND)],
                )
            )
        for main in nest_continuations(theme.rows):
            for item in [main, *main.continued_by]:
                cells = _cells(item, layout, numbered)
                rows.append(Row(cells, functools.partial(_repeat, item, layout, numbered)))
    if not rows:  # an empty theme (a new document starts so) still shows its columns
        widths = _widths(layout, width, numbered)
        return [Table([header_cells], colWidths=widths, style=TableStyle(_base_style()))]
    return list(runs(header, rows))


def _in_order(themes: list[ThemeData], depth: int) -> Iterator[tuple[ThemeData, int]]:
    """The themes and the themes below them, in document order, with their depth. (Not a
    function inside ``part_table`` calling itself: such a function holds itself, and the
    part's rows with it, in a cycle that only the collector's full rounds free.)"""
    for theme in themes:
        yield theme, depth
        yield from _in_order(theme.themes, depth + 1)


def _repeat(row: RowData, layout: ColumnLayout, numbered: bool) -> list[list[Flowable] | None]:
    """The grey number and period a continued row shows on the next page."""
    grey = style("cell-continued")
    found: list[list[Flowable] | None] = (
        [[Paragraph(text(row.number or ""), grey)]] if numbered else []
    )
    for column in layout.columns:
        keep = column.field == Field.PERIOD and row.value(column.field)
        found.append(flowables(row.value(column.field), grey) if keep else None)
    return found


# points of text width: below it a card's column hyphenates every word like any cell (ReportLab
# cannot cut the rest of a hyphenated word, so in a column this narrow a whole short word
# would run out of it)
CARD_NARROW = 60


def action_tables(theme: ThemeData, layout: ColumnLayout, width: float) -> list[Table]:
    """Transposed tables: one column per action, one row per field, N actions per table."""
    tables = []
    per = layout.actions_per_table
    for start in range(0, len(theme.rows), per):
        actions = theme.rows[start : start + per]
        # the field names are short ("Wanneer"): a narrower label column and, for a card of
        # two or three actions, wider action columns, so fewer words need a break
        label_width = width * 0.09
        action_width = (width - label_width) / max(len(actions), min(per, 4))
        data = []
        header, cell = card_style("header"), card_style("cell")
        if action_width - 6 < CARD_NARROW:  # many actions on a card: hyphenate as anywhere
            header, cell = style("header"), style("cell")
        for index, column in enumerate(layout.columns):
            row = [Paragraph(text(column.label), header)]
            for action in actions:
                value = action.value(column.field)
                if index == 0:
                    label = (
                        f"{action.number} {text(_plain(value))}"
                        if action.number
                        else text(_plain(value))
                    )
                    row.append(Paragraph(label, header))
                else:
                    row.append(flowables(value, cell))
            data.append(row)
        table = PartTable(
            data,
            colWidths=[label_width] + [action_width] * len(actions),
            repeatRows=1,
            hAlign="LEFT",
        )
        commands = _base_style()
        commands.append(("BACKGROUND", (0, 1), (0, -1), HEADER))
        table.setStyle(TableStyle(commands))
        tables.append(table)
    return tables


def _plain(rich: str) -> str:
    from jaarplanner.model.richtext import to_plain

    return to_plain(rich)


def grid_table(series: list[MeetingSeriesData], width: float) -> Table:
    """The jaarplanning: a column per body, its series, their day and time, and dates."""
    from babel.dates import format_date

    bodies: dict[str, list[MeetingSeriesData]] = {}
    for item in series:
        bodies.setdefault(item.body, []).append(item)
    header = [Paragraph(text(body), style("header")) for body in bodies]
    cells = []
    for items in bodies.values():
        content: list[Flowable] = []
        for item in items:
            title = item.title if item.title != item.body else ""
            if title:
                content.append(Paragraph(f"<b>{text(title)}</b>", style("cell")))
            if item.day_time:
                content.append(Paragraph(f"<i>{text(item.day_time)}</i>", style("cell")))
            for meeting in item.meetings:
                when = (
                    format_date(meeting.date, "d MMM y", locale="nl_NL")
                    if meeting.date
                    else meeting.date_text
                )
                extra = " ".join(x for x in (meeting.time, meeting.note, meeting.location) if x)
                content.append(Paragraph(text(f"{when} {extra}".strip()), style("cell")))
            if item.location:
                content.append(Paragraph(f"<i>{text(item.location)}</i>", style("cell")))
        cells.append(content)
    columns = max(len(bodies), 1)
    table = PartTable([header, cells], colWidths=[width / columns] * columns, repeatRows=1)
    table.setStyle(TableStyle(_base_style()))
    return table
