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
from jaarplanner.importers.recognise import kpi_references
from jaarplanner.model.document import RowData, ThemeData
from jaarplanner.model.layout import Column, ColumnLayout, DocumentLayout
from jaarplanner.model.richtext import clean, to_plain
from jaarplanner.model.values import Field, field_label

NUMBER_LABELS = {"nr", "nr.", "nummer", "no", "#", ""}
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


@dataclass
class Mapping:
    """A user's mapping: header text → field (``None`` for a column to leave out)."""

    columns: dict[str, Field | None] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> Mapping:
        """``Wanneer=period; Wat=what; Toelichting=-`` (also with ``,`` or new lines)."""
        columns: dict[str, Field | None] = {}
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
            if target in ("-", ""):
                columns[normal(header)] = None
            elif target.lower() in names:
                columns[normal(header)] = names[target.lower()]
            else:
                raise UserError(
                    _("'{target}' is not a field; use one of: {fields}.").format(
                        target=target, fields=", ".join(f.value for f in Field)
                    )
                )
        return cls(columns)


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

    def theme(self) -> ThemeData:
        if not self.themes:
            self.themes.append(ThemeData(title=_("Without theme")))
        return self.themes[-1]

    def add(self, cells: list[str], *, band: bool = False) -> None:
        plain = [to_plain(c).strip() for c in cells]
        filled = [text for text in plain if text]
        if band or (len(filled) == 1 and plain[0] and len(cells) > 2 and not any(plain[1:])):
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
        self.theme().rows.append(
            RowData(fields=fields, continuation=continuation, kpis=kpi_references(words))
        )
