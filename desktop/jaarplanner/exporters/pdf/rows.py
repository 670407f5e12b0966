"""Tables that break over pages the way a careful typist breaks them.

A part is not one long ReportLab ``Table``: every theme is a run of short tables (at most
``RUN`` rows each), so a page break re-measures only the rows of one run instead of the whole
rest of the part, and the cost of a document grows with its length. The header row is drawn
once per page, by the first run on the page. The split is ours, not ReportLab's:

- a band row (a theme's title) is never the last row on a page;
- a row is split only as the document's setting says (``never``, ``long``: rows taller than a
  third of the page, ``always``), and a row taller than a whole page always;
- a row is split between its paragraphs where it can, and the part on the next page repeats
  the row's number and period in grey.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from jaarplanner.exporters.pdf.meta import bookmark

ROW_BREAKS = ("never", "long", "always")
RUN = 8  # rows per table: bounded re-measuring at a page break


@dataclass
class Row:
    """One table row: its cells (lists of flowables), the grey cells that a continuation on
    the next page shows where the row has nothing left (number, period), and whether it is a
    theme band; ``bookmark`` is the outline entry (title, level) of a band."""

    cells: list[list[Flowable]]
    # or a function that makes them: most rows are never split, so never need them
    repeat: list[list[Flowable] | None] | Callable[[], list[list[Flowable] | None]] = field(
        default_factory=list
    )
    band: bool = False
    bookmark: tuple[str, int] | None = None
    commands: list[tuple] = field(default_factory=list)  # style of this row, row index 0

    def repeated(self) -> list[list[Flowable] | None]:
        """The grey cells, made when a split first needs them."""
        if callable(self.repeat):
            self.repeat = self.repeat()
        return self.repeat


@dataclass
class Header:
    """What the runs of one part share: the header cells, the column widths, the table style,
    the setting, and the page on which a header was last drawn (so once per page)."""

    cells: list[Flowable] | None
    widths: list[float]
    style: list[tuple]
    row_breaks: str = "long"
    page_height: float = 500.0
    drawn: tuple[int, int] = (0, -1)  # (canvas id, page)
    keys: list[int] = field(default_factory=lambda: [0])

    def bookmark_key(self) -> str:
        self.keys[0] += 1
        return f"row-band-{id(self)}-{self.keys[0]}"


class RowTable(Flowable):
    """A run of rows with the part's header row on top when no run drew one on this page."""

    def __init__(self, header: Header, rows: list[Row]) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self._built: tuple[bool, Table] | None = None

    # --- building -----------------------------------------------------------------------
    def _with_header(self) -> bool:
        if self.header.cells is None:
            return False
        canvas = getattr(self, "canv", None)
        if canvas is None:
            return True
        return self.header.drawn != (id(canvas), canvas.getPageNumber())

    def _table(self) -> Table:
        with_header = self._with_header()
        if self._built is not None and self._built[0] == with_header:
            return self._built[1]
        data: list[list] = (
            [list(self.header.cells)] if with_header and self.header.cells is not None else []
        )
        commands = list(self.header.style)
        if not with_header:  # the style's header background is for row 0
            commands = [c for c in commands if not (c[0] == "BACKGROUND" and c[1][1] == 0)]
        offset = len(data)
        for index, row in enumerate(self.rows):
            data.append([cell if cell else "" for cell in row.cells])
            for command in row.commands:
                name, (c0, _r0), (c1, _r1), *rest = command
                at = index + offset
                commands.append((name, (c0, at), (c1, at), *rest))
        table = Table(
            data,
            colWidths=self.header.widths,
            repeatRows=0,
            splitByRow=1,
            splitInRow=0,
        )
        table.setStyle(TableStyle(commands))
        self._built = (with_header, table)
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        table = self._table()
        table.canv = getattr(self, "canv", None)
        if getattr(table, "_measured_width", None) != availWidth:  # not again per try
            table.wrap(availWidth, availHeight)
            table._measured_width = availWidth
        self.width, self.height = table._width, table._height
        return self.width, self.height

    def draw(self) -> None:
        table = self._table()
        table.drawOn(self.canv, 0, 0)
        self.header.drawn = (id(self.canv), self.canv.getPageNumber())
        self._bookmarks(table)

    def _bookmarks(self, table: Table) -> None:
        heights = table._rowHeights
        offset = len(heights) - len(self.rows)
        top = self.height
        for index, height in enumerate(heights):
            row = self.rows[index - offset] if index >= offset else None
            if row is not None and row.bookmark is not None:
                title, level = row.bookmark
                bookmark(self.canv, self.header.bookmark_key(), top, title, level)
            top -= height

    def start_height(self, availWidth: float) -> float:
        """The least that must fit under a heading: header, bands and the first row (its
        first lines when the setting lets it split)."""
        self.wrap(availWidth, self.header.page_height)
        table = self._table()
        heights = table._rowHeights
        offset = len(heights) - len(self.rows)
        need = sum(heights[:offset])
        for row, height in zip(self.rows, heights[offset:], strict=False):
            if row.band:
                need += height
                continue
            if self._may_split(height):
                return need + min(height, 40)
            return need + height
        return need

    # --- splitting ----------------------------------------------------------------------
    def _may_split(self, height: float) -> bool:
        mode = self.header.row_breaks
        full = self.header.page_height * 0.9  # less a header row: it would not fit a page
        if height > full:
            return True
        return mode == "always" or (mode == "long" and height > self.header.page_height / 3)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        table = self._table()
        heights = table._rowHeights
        offset = len(heights) - len(self.rows)
        used = sum(heights[:offset])
        k = 0
        while k < len(self.rows) and used + heights[offset + k] <= availHeight:
            used += heights[offset + k]
            k += 1
        if k == len(self.rows):
            return [self]
        row = self.rows[k]
        if not row.band and self._may_split(heights[offset + k]):
            pieces = self._split_row(row, availHeight - used)
            if pieces is not None:
                top = RowTable(self.header, [*self.rows[:k], pieces[0]])
                top.canv = getattr(self, "canv", None)
                if top.wrap(availWidth, availHeight)[1] <= availHeight:
                    return [top, RowTable(self.header, [pieces[1], *self.rows[k + 1 :]])]
        while k > 0 and self.rows[k - 1].band:  # a band stays with its first row
            k -= 1
        if not any(not r.band for r in self.rows[:k]):
            return []  # nothing but a header or bands would stay: all to the next page
        return [RowTable(self.header, self.rows[:k]), RowTable(self.header, self.rows[k:])]

    def _split_row(self, row: Row, room: float) -> tuple[Row, Row] | None:
        table = self._table()
        first_cells: list[list[Flowable]] = []
        rest_cells: list[list[Flowable]] = []
        for column, cell in enumerate(row.cells):
            style: CellStyle = table._cellStyles[-1][column]
            width = self.header.widths[column] - style.leftPadding - style.rightPadding
            content = room - style.topPadding - style.bottomPadding
            first, rest = _split_cell(list(cell or []), width, content)
            first_cells.append(first)
            rest_cells.append(rest)
        if not any(first_cells) or not any(rest_cells):
            return None
        repeat = row.repeated()
        for column, grey in enumerate(repeat):
            if grey is not None and column < len(rest_cells) and not rest_cells[column]:
                rest_cells[column] = list(grey)
        return (
            Row(first_cells, repeat, commands=row.commands),
            Row(rest_cells, repeat, commands=row.commands),
        )


def _split_cell(
    cell: list[Flowable], width: float, content: float
) -> tuple[list[Flowable], list[Flowable]]:
    """Whole paragraphs while they fit; a paragraph is split by its lines only when less than
    half of the room is used (else the cell breaks between paragraphs)."""
    first: list[Flowable] = []
    used = 0.0
    for index, flowable in enumerate(cell):
        _w, height = flowable.wrap(width, content)
        before = flowable.getSpaceBefore() if first else 0
        if used + before + height + flowable.getSpaceAfter() <= content:
            first.append(flowable)
            used += before + height + flowable.getSpaceAfter()
            continue
        left = content - used - before
        if used <= content / 2 and left > 0:
            parts = flowable.split(width, left)
            if len(parts) == 2:
                return [*first, parts[0]], [parts[1], *cell[index + 1 :]]
        return first, cell[index:]
    return first, []


def runs(header: Header, rows: list[Row]) -> list[RowTable]:
    """The rows as tables of at most ``RUN`` rows; a band always starts a run's rows or is
    followed by its first row in the same run."""
    found: list[RowTable] = []
    current: list[Row] = []
    for row in rows:
        if len(current) >= RUN and not current[-1].band:
            found.append(RowTable(header, current))
            current = []
        current.append(row)
    if current:
        found.append(RowTable(header, current))
    return found


class KeepWithStart(Flowable):
    """Headings (a part title, a theme heading, its goals) kept with the start of the table
    under them: to the next page together when the headings and the table's first row do
    not fit, without moving a long table as a whole (as ReportLab's KeepTogether would)."""

    def __init__(self, heads: list[Flowable], table: Flowable) -> None:
        super().__init__()
        for head in heads:
            head.__dict__["keepWithNext"] = 0
        self.heads = heads
        self.table = table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 0xFFFFFF  # always split: the headings are drawn on their own

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        need = 0.0
        for index, head in enumerate(self.heads):
            head.canv = getattr(self, "canv", None)
            need += head.wrap(availWidth, availHeight)[1] + head.getSpaceAfter()
            if index:
                need += head.getSpaceBefore()
        self.table.canv = getattr(self, "canv", None)
        need += _start_height(self.table, availWidth, availHeight)
        if need > availHeight and not at_top:
            return []
        return [*self.heads, self.table]


def _start_height(table: Flowable, width: float, height: float) -> float:
    if isinstance(table, RowTable):
        return table.start_height(width)
    table.wrap(width, height)
    heights = getattr(table, "_rowHeights", None)
    if heights:
        return sum(heights[:2])
    return min(table.wrap(width, height)[1], 60)


def keep_headings(flow: list[Flowable]) -> list[Flowable]:
    """Every run of headings (flowables kept with the next) that a table follows becomes one
    ``KeepWithStart`` with that table."""
    found: list[Flowable] = []
    pending: list[Flowable] = []
    for flowable in flow:
        if isinstance(flowable, (RowTable, Table)) and pending:
            found.append(KeepWithStart(pending, flowable))
            pending = []
        elif flowable.getKeepWithNext() and not isinstance(flowable, (RowTable, Table)):
            pending.append(flowable)
        else:
            found += pending
            pending = []
            found.append(flowable)
    return found + pending
