"""Column layouts: how a part shows its rows. Layouts are data, so a new network's
layout is a file, not code.

A layout is read from a plain ``dict`` (the JSON files in ``resources/layouts/``); this module
checks it and gives typed access. It never reads files itself.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from jaarplanner.i18n import _
from jaarplanner.model.values import Field

Orientation = Literal["rows", "transposed"]
Scope = Literal["parent", "part"]


class LayoutError(ValueError):
    """A layout definition that cannot be used; the message is Dutch and says why."""


@dataclass(frozen=True)
class Column:
    field: Field
    label: str
    width: float = 1.0
    due_date: bool = False


@dataclass(frozen=True)
class ThemeLevel:
    """How themes at one depth are numbered and titled, e.g. ``"Doel {n}"``."""

    number_format: str = "{n}."
    scope: Scope = "parent"


@dataclass(frozen=True)
class ColumnLayout:
    name: str
    title: str
    columns: tuple[Column, ...]
    orientation: Orientation = "rows"
    number_label: str = "nr"
    row_number_format: str = "{n}"
    theme_levels: tuple[ThemeLevel, ...] = (ThemeLevel(),)
    actions_per_table: int = 8
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(column.field for column in self.columns)

    @property
    def deadline_field(self) -> Field | None:
        for column in self.columns:
            if column.due_date:
                return column.field
        return None

    def level(self, depth: int) -> ThemeLevel:
        if depth < len(self.theme_levels):
            return self.theme_levels[depth]
        return ThemeLevel(number_format="", scope="parent")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["columns"] = [{**asdict(c), "field": c.field.value} for c in self.columns]
        data["theme_levels"] = [asdict(level) for level in self.theme_levels]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnLayout:
        try:
            columns = tuple(
                Column(
                    field=Field(c["field"]),
                    label=str(c["label"]),
                    width=float(c.get("width", 1.0)),
                    due_date=bool(c.get("due_date", False)),
                )
                for c in data["columns"]
            )
            levels = tuple(
                ThemeLevel(
                    number_format=str(lv.get("number_format", "{n}.")),
                    scope=lv.get("scope", "parent"),
                )
                for lv in data.get("theme_levels", [{}])
            )
            layout = cls(
                name=str(data["name"]),
                title=str(data.get("title", data["name"])),
                columns=columns,
                orientation=data.get("orientation", "rows"),
                number_label=str(data.get("number_label", "nr")),
                row_number_format=str(data.get("row_number_format", "{n}")),
                theme_levels=levels,
                actions_per_table=int(data.get("actions_per_table", 8)),
                extra=dict(data.get("extra", {})),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise LayoutError(
                _("The column layout is incomplete or wrong: {detail}").format(detail=error)
            ) from error
        layout.validate()
        return layout

    def validate(self) -> None:
        if not self.columns:
            raise LayoutError(_("A column layout needs at least one column."))
        if len(set(self.fields)) != len(self.fields):
            raise LayoutError(_("A column layout shows each field at most once."))
        if self.orientation not in ("rows", "transposed"):
            raise LayoutError(_("A column layout is laid out in rows or transposed."))
        if any(c.width <= 0 for c in self.columns):
            raise LayoutError(_("Column widths must be larger than zero."))
        if sum(1 for c in self.columns if c.due_date) > 1:
            raise LayoutError(_("At most one column can be the due date."))
        if self.actions_per_table < 1:
            raise LayoutError(_("A transposed table holds at least one action."))
        for level in self.theme_levels:
            if level.scope not in ("parent", "part"):
                raise LayoutError(_("Theme numbering counts within the parent or the part."))


@dataclass(frozen=True)
class DocumentLayout:
    """A document's whole shape: its parts' column layouts and what comes before them."""

    name: str
    title: str
    parts: dict[str, ColumnLayout]
    title_page: bool = False
    table_of_contents: bool = False
    status_block: bool = False

    def part(self, key: str) -> ColumnLayout:
        try:
            return self.parts[key]
        except KeyError as error:
            raise LayoutError(
                _("The layout {layout} has no part {part}.").format(layout=self.name, part=key)
            ) from error

    @property
    def default_part(self) -> ColumnLayout:
        return next(iter(self.parts.values()))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentLayout:
        try:
            parts = {
                str(key): ColumnLayout.from_dict({"name": key, **value})
                for key, value in data["parts"].items()
            }
            if not parts:
                raise LayoutError(_("A document layout needs at least one part."))
            return cls(
                name=str(data["name"]),
                title=str(data.get("title", data["name"])),
                parts=parts,
                title_page=bool(data.get("title_page", False)),
                table_of_contents=bool(data.get("table_of_contents", False)),
                status_block=bool(data.get("status_block", False)),
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise LayoutError(
                _("The column layout is incomplete or wrong: {detail}").format(detail=error)
            ) from error
