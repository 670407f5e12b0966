"""Column layouts: how a part shows its rows. Layouts are data, so a new network's
layout is a file, not code.

A layout is read from a plain ``dict`` (the JSON files in ``resources/layouts/``); this module
checks it and gives typed access. It never reads files itself.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from html import unescape
from typing import Any, Literal

from jaarplanner.i18n import _
from jaarplanner.model.values import Field

Orientation = Literal["rows", "transposed"]
Scope = Literal["parent", "part"]


class LayoutError(ValueError):
    """A layout definition that cannot be used; the message is Dutch and says why."""


_TAG = re.compile(r"<[^>]*>")
COLUMN_KEYS = frozenset({"field", "label", "width", "due_date"})
PART_KEYS = frozenset(
    {
        "name",
        "title",
        "columns",
        "orientation",
        "number_label",
        "row_number_format",
        "theme_levels",
        "actions_per_table",
        "extra",
    }
)


def plain_label(label: str) -> str:
    """A label as plain text: markup such as ``<b>Datum</b>`` taken off, spaces tidied."""
    return " ".join(unescape(_TAG.sub(" ", str(label))).split())


def validate_layout(data: dict[str, Any]) -> ColumnLayout:
    """A part's column layout, checked strictly before anybody stores it.

    Unknown keys, an unknown field, a field shown twice and markup in a label are refused with
    a Dutch ``LayoutError`` (a ``ValueError``) that names the problem.
    """
    if not isinstance(data, dict) or not isinstance(data.get("columns"), list):
        raise LayoutError(_("The column layout is incomplete or wrong: it has no columns."))
    unknown = sorted(set(data) - PART_KEYS)
    if unknown:
        raise LayoutError(
            _("The column layout has unknown settings: {names}.").format(names=", ".join(unknown))
        )
    known = ", ".join(f.value for f in Field)
    seen: dict[str, str] = {}
    for column in data["columns"]:
        if not isinstance(column, dict):
            raise LayoutError(
                _("The column layout is incomplete or wrong: {detail}").format(detail=column)
            )
        extra = sorted(set(column) - COLUMN_KEYS)
        if extra:
            raise LayoutError(
                _("The column '{label}' has unknown settings: {names}.").format(
                    label=column.get("label", "?"), names=", ".join(map(str, extra))
                )
            )
        name = str(column.get("field", ""))
        label = str(column.get("label", ""))
        if name not in {f.value for f in Field}:
            raise LayoutError(
                _(
                    "The column '{label}' shows '{field}', which is not a field; use one of: "
                    "{fields}."
                ).format(label=label, field=name, fields=known)
            )
        if name in seen:
            raise LayoutError(
                _(
                    "The columns '{first}' and '{second}' both show the field '{field}'; a field "
                    "can be shown in one column only."
                ).format(first=seen[name], second=label, field=name)
            )
        seen[name] = label
        if plain_label(label) != label.strip() or "<" in label:
            raise LayoutError(
                _("The column label '{label}' holds markup; a label is plain text.").format(
                    label=label
                )
            )
    return ColumnLayout.from_dict(data)


def repair_layout(data: object) -> tuple[ColumnLayout, list[str]]:
    """A usable layout made from a stored one that cannot be read, and what was changed.

    Labels lose their markup, columns with an unknown or repeated field are dropped, bad
    settings fall back to their defaults; a layout with nothing usable left shows the period
    and the activity.
    """
    changes: list[str] = []
    source = data if isinstance(data, dict) else {}
    columns: list[dict[str, Any]] = []
    seen: set[str] = set()
    for column in source.get("columns", []) if isinstance(source.get("columns"), list) else []:
        if not isinstance(column, dict):
            continue
        name = str(column.get("field", ""))
        label = plain_label(column.get("label", ""))
        if label != str(column.get("label", "")):
            changes.append(_("label '{label}' made plain text").format(label=label))
        if name not in {f.value for f in Field} or name in seen:
            changes.append(_("column '{label}' left out").format(label=label or name))
            continue
        seen.add(name)
        try:
            width = float(column.get("width", 1.0))
        except (TypeError, ValueError):
            width = 1.0
        columns.append(
            {
                "field": name,
                "label": label,
                "width": width if width > 0 else 1.0,
                "due_date": bool(column.get("due_date", False))
                and not any(c["due_date"] for c in columns),
            }
        )
    if not columns:
        columns = [
            {"field": Field.PERIOD.value, "label": "Periode", "width": 1.0, "due_date": False},
            {"field": Field.WHAT.value, "label": "Activiteit", "width": 3.0, "due_date": False},
        ]
        changes.append(_("no usable column: period and activity shown"))
    repaired: dict[str, Any] = {
        "name": str(source.get("name") or "eigen-indeling"),
        "title": plain_label(source.get("title") or source.get("name") or "Eigen indeling"),
        "columns": columns,
    }
    for key in ("orientation", "number_label", "row_number_format", "theme_levels"):
        if key in source:
            candidate = {**repaired, key: source[key]}
            try:
                ColumnLayout.from_dict(candidate)
            except (LayoutError, ValueError, TypeError, AttributeError):
                changes.append(_("setting '{name}' reset").format(name=key))
                continue
            repaired[key] = source[key]
    if isinstance(source.get("actions_per_table"), int) and source["actions_per_table"] >= 1:
        repaired["actions_per_table"] = source["actions_per_table"]
    if isinstance(source.get("extra"), dict):
        repaired["extra"] = source["extra"]
    return ColumnLayout.from_dict(repaired), changes


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
    def number_heading(self) -> str:
        """The number column's header; empty (the caller's "nr") where it would repeat the
        first column's (action cards: "Acties" numbers the actions titled "Acties")."""
        label = self.number_label.strip()
        first = self.columns[0].label.strip() if self.columns else ""
        return "" if label.casefold() == first.casefold() else label

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
        except (KeyError, TypeError, ValueError, AttributeError) as error:
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
