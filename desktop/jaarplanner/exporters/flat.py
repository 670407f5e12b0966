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
    number = part.layout.number_label or _("No.")
    if number in columns:  # action cards number their *Acties*: two columns of one name
        number = _("No.")
    return [_("Theme"), number, *columns, *extra_header(part), _("Status"), _("Priority")]


def extra_header(*parts: PartData) -> list[str]:
    """*KPI's* and *Aantekeningen*, only when a row of the parts has them."""
    rows = [row for part in parts for row in part.all_rows()]
    return [_("KPIs")] * any(r.kpis for r in rows) + [_("Notes")] * any(r.notes for r in rows)


def extra_values(extra: list[str], row: RowData | None) -> list[str]:
    """The row's cells under the columns ``extra_header`` gave."""
    values = []
    if _("KPIs") in extra:
        values.append(", ".join(str(n) for n in row.kpis) if row else "")
    if _("Notes") in extra:
        values.append(row.notes if row else "")
    return values


PATH = " › "  # between a theme and the theme it lies in: "2. Kwaliteit › Onderzoek"


def theme_name(theme: ThemeData) -> str:
    return f"{theme.label or ''} {theme.title}".strip()


def flat_lines(part: PartData) -> list[FlatLine]:
    fields: list[Field] = list(part.layout.fields)
    found: list[FlatLine] = []

    def add(theme: ThemeData, depth: int, path: str) -> None:
        name = f"{path}{PATH}{theme_name(theme)}" if path else theme_name(theme)
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
            add(child, depth + 1, name)

    for theme in part.themes:
        add(theme, 0, "")
    return found
