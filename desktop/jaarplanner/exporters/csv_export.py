"""CSV for Dutch Excel: ``;`` between fields, UTF-8 with a byte order mark, one table with a
line per row and its part and theme, so a controller can filter and count. Parts with other
columns share the table: a column a part does not have stays empty there."""

from __future__ import annotations

import csv
from pathlib import Path

from jaarplanner.exporters.about import about_lines
from jaarplanner.exporters.clean import as_text_cell
from jaarplanner.exporters.flat import extra_header, extra_values, flat_lines
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.values import Field


def write_csv(document: DocumentData, target: Path, part_key: str | None = None) -> list[str]:
    """Write the table; a text a spreadsheet would take for a formula gets a leading ``'``.
    Returns the export report's notes (none: CSV carries every character)."""
    parts = [p for p in document.parts if part_key in (None, p.key, p.title)]
    columns: dict[Field, str] = {}
    for part in parts:
        for column in part.layout.columns:
            columns.setdefault(column.field, column.label)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        extra = extra_header(*parts)
        head = [_("Part"), _("Theme"), _("No."), *columns.values(), *extra]
        head += [_("Status"), _("Priority")]
        writer.writerow([as_text_cell(cell) for cell in head])
        for part in parts:
            place = {field: i for i, field in enumerate(part.layout.fields)}
            for line in flat_lines(part):
                if line.kind != "row":
                    continue
                values = [line.values[place[f]] if f in place else "" for f in columns]
                yes = _("yes") if line.priority else ""
                more = extra_values(extra, line.row)
                cells = [part.title, line.theme, line.number, *values, *more, line.status, yes]
                writer.writerow([as_text_cell(cell) for cell in cells])
        # what the table cannot hold, below it after an empty line (read back on import);
        # every line as wide as the table, so a spreadsheet sees one rectangle
        about = about_lines(document, [p.key for p in parts])
        width = max(len(head), *(len(about_line) for about_line in about))
        for about_line in [[], *about]:
            padding = [""] * (width - len(about_line))
            writer.writerow([as_text_cell(cell) for cell in about_line] + padding)
    return []
