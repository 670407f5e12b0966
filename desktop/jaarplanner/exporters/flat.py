"""A part as a flat list for spreadsheets: a header, then per theme a band line and its rows,
each with the depth of its theme, the number and the plain text of every column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from jaarplanner.i18n import _
from jaarplanner.model.document import PartData, RowData, ThemeData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field, field_label, status_label

LineKind = Literal["theme", "row"]


@dataclass(frozen=True)
class FlatLine:
    kind: LineKind
    depth: int
    theme: str  # "2.1 Onderzoek"
    number: str
    values: tuple[str, ...]  # one per column of the layout
    status: str = ""
    priority: bool = False
    row: RowData | None = None


def header(part: PartData) -> list[str]:
    # a column without a heading gets its field's name: a sheet needs it to be read back
    columns = [column.label or field_label(column.field) for column in part.layout.columns]
    return [_("Theme"), part.layout.number_label or _("No."), *columns, _("Status"), _("Priority")]


def theme_name(theme: ThemeData) -> str:
    return f"{theme.label or ''} {theme.title}".strip()


def flat_lines(part: PartData) -> list[FlatLine]:
    fields: list[Field] = list(part.layout.fields)
    found: list[FlatLine] = []

    def add(theme: ThemeData, depth: int) -> None:
        name = theme_name(theme)
        found.append(FlatLine("theme", depth, name, "", ("",) * len(fields)))
        for row in theme.rows:
            values = tuple(to_plain(row.value(field)) for field in fields)
            found.append(
                FlatLine(
                    "row",
                    depth,
                    name,
                    row.number or "",
                    values,
                    status_label(row.status),
                    row.priority,
                    row,
                )
            )
        for child in theme.themes:
            add(child, depth + 1)

    for theme in part.themes:
        add(theme, 0)
    return found
