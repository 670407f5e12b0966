"""Rows to and from the clipboard, the way Word and Excel put tables there: an HTML table
and tab-separated text."""

from __future__ import annotations

import csv
import io
from html import escape
from html.parser import HTMLParser

from jaarplanner.model.document import RowData
from jaarplanner.model.layout import ColumnLayout
from jaarplanner.model.richtext import clean, from_plain, to_plain
from jaarplanner.model.values import Field

ROWS_MARK = "application/x-jaarplanner-copied-rows"  # on the clipboard when rows were copied


class _TableReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []
        elif self.cell is not None:
            self.cell.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append(clean("".join(self.cell)))
            self.cell = None
        elif self.cell is not None:
            self.cell.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(escape(data, quote=False))


def cells_from_clipboard(html: str, text: str) -> list[list[str]]:
    """The pasted table as rows of rich-text cells (HTML first, else tab-separated text)."""
    if "<td" in html.lower():
        reader = _TableReader()
        reader.feed(html)
        rows = [r for r in reader.rows if any(to_plain(c).strip() for c in r)]
        if rows:
            return rows
    lines = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"))
    return [[from_plain(c) for c in line] for line in lines if any(c.strip() for c in line)]


def rows_for_layout(cells: list[list[str]], layout: ColumnLayout) -> list[dict[Field, str]]:
    """Cells to field values in the layout's column order; a leading number column is left
    out when the rows have one cell more than the layout has columns."""
    fields = list(layout.fields)
    found = []
    for row in cells:
        if len(row) == len(fields) + 1:
            row = row[1:]
        found.append(
            {
                field: value
                for field, value in zip(fields, row, strict=False)
                if to_plain(value).strip()
            }
        )
    return found


def rows_to_clipboard(rows: list[RowData], layout: ColumnLayout) -> tuple[str, str]:
    """(HTML table, tab-separated text) that Word and Excel both read."""
    header = [layout.number_heading or "nr"] + [c.label for c in layout.columns]
    html_rows = ["<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>"]
    text_rows = ["\t".join(header)]
    for row in rows:
        values = [row.value(c.field) for c in layout.columns]
        html_rows.append(
            "<tr>"
            + f"<td>{escape(row.number or '')}</td>"
            + "".join(f"<td>{v}</td>" for v in values)
            + "</tr>"
        )
        text_rows.append(
            "\t".join(
                [row.number or ""]
                + [to_plain(v).replace("\t", " ").replace("\n", " ") for v in values]
            )
        )
    return "<table>" + "".join(html_rows) + "</table>", "\n".join(text_rows)


def hand_over_at_exit(*, ours_for_sure: bool = False) -> None:
    """What we put on the clipboard stays there as text, in an object Qt made itself.

    Our own ``QMimeData`` is a Python object; Qt would delete it from its exit handlers,
    after Python has finished, and the process would crash on the way out."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    # ``ours_for_sure``: a platform that cannot say who owns it (the tests' offscreen one)
    if ours_for_sure or clipboard.ownsClipboard():
        clipboard.setText(clipboard.text())
