"""Derived numbers: theme 3, row 3.2, action 1.4, *Doel 2*. Computed from order only."""

from __future__ import annotations

from collections import defaultdict

from jaarplanner.model.document import PartData, RowData, ThemeData
from jaarplanner.model.layout import ColumnLayout


def _format(template: str, *, n: int, t: str = "", parent: str = "") -> str:
    return template.replace("{n}", str(n)).replace("{t}", t).replace("{p}", parent)


def number_part(part: PartData) -> None:
    """Fill ``number`` and ``label`` of every theme and row of ``part`` from its layout."""
    layout = part.layout
    per_depth: dict[int, int] = defaultdict(int)
    _number_themes(part.themes, layout, depth=0, parent_number="", per_depth=per_depth)


def _number_themes(
    themes: list[ThemeData],
    layout: ColumnLayout,
    *,
    depth: int,
    parent_number: str,
    per_depth: dict[int, int],
) -> None:
    level = layout.level(depth)
    for index, theme in enumerate(themes, start=1):
        if level.scope == "part":
            per_depth[depth] += 1
            n = per_depth[depth]
        else:
            n = index
        theme.number = str(n) if level.number_format else None
        theme.label = (
            _format(level.number_format, n=n, t=parent_number, parent=parent_number)
            if level.number_format
            else None
        )
        _number_rows(theme.rows, layout, theme_number=theme.number or "")
        _number_themes(
            theme.themes,
            layout,
            depth=depth + 1,
            parent_number=theme.number or parent_number,
            per_depth=per_depth,
        )


def _number_rows(rows: list[RowData], layout: ColumnLayout, *, theme_number: str) -> None:
    count = 0
    for row in rows:
        if row.continuation:
            row.number = None
            continue
        count += 1
        fmt = layout.row_number_format
        row.number = _format(fmt, n=count, t=theme_number) if fmt else None


def nest_continuations(rows: list[RowData]) -> list[RowData]:
    """Rows with their continuation rows placed inside the row they continue.

    A continuation row at the top of a theme has nothing to continue and stays a row.
    """
    nested: list[RowData] = []
    for row in rows:
        row.continued_by = []
        if row.continuation and nested:
            nested[-1].continued_by.append(row)
        else:
            nested.append(row)
    return nested
