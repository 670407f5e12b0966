"""Tables from Word, Excel or CSV, read into themes and rows through a column layout.

A table's header row is matched against the columns of the known layouts; when it matches
none, the user maps the columns (``Wanneer=period; Wat=what``) and may keep that mapping as
a new layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.importers.columns import END, START, ColumnPlan
from jaarplanner.importers.own_word import band as own_band
from jaarplanner.importers.own_word import fill_extras, place_band
from jaarplanner.importers.recognise import kpi_references
from jaarplanner.model.document import RowData, ThemeData
from jaarplanner.model.layout import Column, ColumnLayout, DocumentLayout
from jaarplanner.model.richtext import clean, to_plain
from jaarplanner.model.values import Field, field_label

NUMBER_LABELS = {"nr", "nr.", "nummer", "no", "no.", "#", ""}
THEME_BAND = re.compile(r"^\s*(?:(?:thema|doel)\s+)?(\d+)[.)]?\s+(\S.*?)\s*$", re.IGNORECASE)


def normal(label: str) -> str:
    return " ".join(to_plain(label).lower().replace(":", " ").split())


@dataclass
class TableShape:
    """How a table's columns map onto fields: column index → field, and the number column."""

    layout: DocumentLayout | None
    part_key: str
    fields: dict[int, Field]
    number_column: int | None = None
    transposed: bool = False
    column_layout: ColumnLayout | None = None
    header_theme: str | None = None  # a group title written in the header's first cell
    extras: dict[int, str] = field(default_factory=dict)  # our own Word export's KPIs, status…
    ours: bool = False  # our own Word export (see ``own_word``)


@dataclass
class Mapping:
    """A user's mapping: header text → field (``None`` for a column to leave out), and the
    two columns that together make one period (``Van=period-start; Tot en met=period-end``)."""

    columns: dict[str, Field | None] = field(default_factory=dict)
    joins: dict[str, str] = field(default_factory=dict)  # header → period-start/period-end

    @classmethod
    def parse(cls, text: str) -> Mapping:
        """``Wanneer=period; Wat=what; Toelichting=-`` (also with new lines); a field named
        twice, an unknown field or a join half given alone is refused in Dutch."""
        columns: dict[str, Field | None] = {}
        joins: dict[str, str] = {}
        names = {f.value: f for f in Field} | {normal(field_label(f)): f for f in Field}
        for part in re.split(r"[;\n]", text):
            if not part.strip():
                continue
            if "=" not in part:
                raise UserError(
                    _(
                        "'{part}' is not a column mapping; write it as "
                        "Kolomkop=veld, for example Wanneer=period."
                    ).format(part=part.strip())
                )
            header, target = (x.strip() for x in part.split("=", 1))
            key = normal(header)
            if key in columns or key in joins:
                raise UserError(
                    _("The column '{header}' is named twice in the mapping.").format(header=header)
                )
            if target in ("-", ""):
                columns[key] = None
            elif target.lower() in ("period-start", "period-end"):
                if target.lower() in joins.values():
                    raise UserError(
                        _("Only one column can be '{target}'.").format(target=target.lower())
                    )
                joins[key] = target.lower()
            elif target.lower() in names:
                columns[key] = names[target.lower()]
            else:
                raise UserError(
                    _("'{target}' is not a field; use one of: {fields}.").format(
                        target=target,
                        fields=", ".join(
                            [*(f.value for f in Field), "period-start", "period-end", "-"]
                        ),
                    )
                )
        cls._check(columns, joins)
        return cls(columns, joins)

    @staticmethod
    def _check(columns: dict[str, Field | None], joins: dict[str, str]) -> None:
        chosen = [f for f in columns.values() if f is not None]
        for name in set(chosen):
            if chosen.count(name) > 1:
                headers = [h for h, f in columns.items() if f == name]
                raise UserError(
                    _(
                        "The columns {columns} are all mapped to '{field}'; a field takes one "
                        "column. For a start and an end date write period-start and period-end."
                    ).format(columns=", ".join(f"'{h}'" for h in headers), field=name.value)
                )
        if joins and sorted(joins.values()) != ["period-end", "period-start"]:
            raise UserError(_("A period from two columns needs both period-start and period-end."))
        if joins and Field.PERIOD in chosen:
            raise UserError(
                _(
                    "The period comes from period-start and period-end; no other column can be "
                    "the period as well."
                )
            )

    def check_headers(self, headers: list[str]) -> None:
        """A Dutch ``UserError`` naming the columns that exist when the mapping names one that
        does not."""
        found = {normal(h) for h in headers}
        missing = [h for h in [*self.columns, *self.joins] if h not in found]
        if missing:
            raise UserError(
                _(
                    "The mapping names {missing}, which this table does not have; its columns are: "
                    "{columns}."
                ).format(
                    missing=", ".join(f"'{m}'" for m in missing),
                    columns=", ".join(f"'{h.strip()}'" for h in headers if h.strip()),
                )
            )

    def applies_to(self, headers: list[str]) -> bool:
        labels = {normal(h) for h in headers}
        return any(name in labels for name in [*self.columns, *self.joins] if name)

    def plan(self, headers: list[str]) -> ColumnPlan:
        self.check_headers(headers)
        plan = ColumnPlan(list(headers))
        for index, header in enumerate(headers):
            key = normal(header)
            if key in self.joins:
                plan.roles[index] = START if self.joins[key] == "period-start" else END
            elif key in self.columns:
                target = self.columns[key]
                if target is None:
                    plan.left_out.append(index)
                else:
                    plan.fields[index] = target
            else:
                plan.kept.append(index)
        return plan


def match_header(
    cells: list[str], layouts: list[DocumentLayout], mapping: Mapping | None = None
) -> TableShape | None:
    """The layout and part whose column labels this header row shows, or None."""
    original = [normal(c) for c in cells]
    labels = list(original)
    if mapping is not None and any(label in mapping.columns for label in labels if label):
        fields: dict[int, Field] = {
            i: chosen
            for i, label in enumerate(labels)
            if (chosen := mapping.columns.get(label)) is not None
        }
        number = next(
            (i for i, label in enumerate(labels) if label in NUMBER_LABELS and i not in fields),
            None,
        )
        columns = tuple(Column(f, cells[i].strip()) for i, f in fields.items())
        own = ColumnLayout(name="eigen-indeling", title=_("Own layout"), columns=columns)
        return TableShape(None, "eigen-indeling", fields, number, column_layout=own)
    best: tuple[float, TableShape | None] = (0.0, None)
    for layout in layouts:
        for key, part in layout.parts.items():
            labels = list(original)
            wanted = {normal(c.label): c.field for c in part.columns if normal(c.label)}
            if part.orientation == "transposed":
                continue
            fields = {i: wanted[label] for i, label in enumerate(labels) if label in wanted}
            if not fields:
                continue
            score = len(set(fields.values())) / len(wanted)
            extra = [
                label
                for i, label in enumerate(labels)
                if i not in fields and label not in NUMBER_LABELS
            ]
            unlabeled_first = not normal(part.columns[0].label)
            header_theme = None
            if extra == [labels[0]] and unlabeled_first and 0 not in fields:
                header_theme, extra = to_plain(cells[0]).strip(), []
                labels = ["", *labels[1:]]
            if score >= 0.75 and not extra and score > best[0]:
                number = next((i for i, label in enumerate(labels) if i not in fields), None)
                unlabeled = [c.field for c in part.columns if not normal(c.label)]
                if (
                    unlabeled
                    and number is not None
                    and number == 0
                    and len(labels) == len(part.columns)
                ):
                    fields[0], number = unlabeled[0], None
                best = (
                    score,
                    TableShape(
                        layout, key, fields, number, column_layout=part, header_theme=header_theme
                    ),
                )
    return best[1]


def match_transposed(labels: list[str], layouts: list[DocumentLayout]) -> TableShape | None:
    """A table with one action per column: its first column holds the field labels."""
    found = [normal(x) for x in labels]
    for layout in layouts:
        for key, part in layout.parts.items():
            if part.orientation != "transposed":
                continue
            wanted = {normal(c.label): c.field for c in part.columns}
            fields = {i: wanted[label] for i, label in enumerate(found) if label in wanted}
            if len(fields) >= max(2, len(wanted) - 1):
                return TableShape(layout, key, fields, None, transposed=True, column_layout=part)
    return None


class HeaderNotRecognised(UserError):
    """A table whose header matches no layout; ``headers`` lets the user map the columns."""

    def __init__(self, message: str, headers: list[str]) -> None:
        super().__init__(message)
        self.headers = headers


def header_error(cells: list[str]) -> UserError:
    headers = [to_plain(c).strip() for c in cells if to_plain(c).strip()]
    shown = ", ".join(f"'{h}'" for h in headers)
    message = _(
        "The columns {columns} match no known layout. Say which column holds "
        'what, for example with --mapping "Wanneer=period; Wat=what; '
        'Wie=who".'
    ).format(columns=shown)
    return HeaderNotRecognised(message, headers)


class RowCollector:
    """Rows of cells (already rich text) into themes, with band rows as theme titles."""

    def __init__(self, shape: TableShape, themes: list[ThemeData]) -> None:
        self.shape = shape
        self.themes = themes
        self.current: ThemeData | None = None  # our own export's theme in a theme

    def theme(self) -> ThemeData:
        if not self.themes:
            self.themes.append(ThemeData(title=_("Without theme")))
        return self.current or self.themes[-1]

    def add(self, cells: list[str], *, band: bool = False) -> None:
        plain = [to_plain(c).strip() for c in cells]
        filled = [text for text in plain if text]
        if band or (len(filled) == 1 and plain[0] and len(cells) > 2 and not any(plain[1:])):
            if self.shape.ours:
                self.current = place_band(self.themes, *own_band(cells[0] if cells else ""))
                return
            title = filled[0] if filled else ""
            match = THEME_BAND.match(title)
            self.themes.append(ThemeData(title=match.group(2) if match else title))
            return
        if not filled:
            return
        fields = {
            f: clean(cells[i]) for i, f in self.shape.fields.items() if i < len(cells) and plain[i]
        }
        number = self.shape.number_column
        numbered = number is not None and number < len(plain) and bool(plain[number])
        continuation = number is not None and not numbered
        layout = self.shape.column_layout
        if number is None and layout is not None and layout.fields[0] == Field.RESULT:
            # One result may span several action rows: the rows below it leave it empty.
            continuation = Field.RESULT not in fields
        words = " ".join(plain)
        row = RowData(fields=fields, continuation=continuation, kpis=kpi_references(words))
        if self.shape.ours:
            fill_extras(row, cells, self.shape.extras)
        self.theme().rows.append(row)
