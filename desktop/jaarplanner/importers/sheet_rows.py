"""The data rows of one table (below its header) read into themes: headings and month
rows, a *Deel* column starting a part, chapters of a 1.1/1.2 numbering, periods completed from
a month heading or two date columns, status, priority, KPIs and kept columns; our own exports'
themes in themes. ``sheet_table`` finds the header and plans the columns."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from jaarplanner.i18n import _
from jaarplanner.importers.cells import dutch_date_range, month_heading, real_date, with_month
from jaarplanner.importers.columns import (
    END,
    KPIS,
    MONTH,
    NOTES,
    NUMBER,
    PART,
    PRIORITY,
    START,
    STATUS,
    THEME,
    ColumnPlan,
)
from jaarplanner.importers.own_word import band as own_band
from jaarplanner.importers.own_word import place_band
from jaarplanner.importers.recognise import kpi_references
from jaarplanner.importers.report import ImportReport
from jaarplanner.importers.statuses import status_of
from jaarplanner.importers.tables import THEME_BAND, normal
from jaarplanner.model.document import RowData, ThemeData
from jaarplanner.model.layout import ColumnLayout, plain_label
from jaarplanner.model.richtext import clean, to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import parse_period

_CHAPTER = re.compile(r"^(\d{1,2})\.?$")  # "1", "2." in a numbering column: a chapter
_SUB_NUMBER = re.compile(r"^(\d{1,2})\.\d{1,2}\.?$")  # "1.1", "2.3": a row of chapter 1, 2
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
PATH = " › "  # our own export's theme in a theme: "2. Kwaliteit › Onderzoek" (exporters.flat)
_LABELLED = re.compile(  # "2.1 Onderzoek", "Doel 1 Elk kind een passende plek"
    r"^\s*(?:(?:thema|doel)\s+)?\d+(?:\.\d+)*[.)]?\s+(\S.*?)\s*$", re.IGNORECASE
)


@dataclass
class Grid:
    """A table as read: cell markup, the raw values (dates), merges."""

    name: str
    cells: list[list[str]]
    raw: list[list[object]] | None = None
    across: set[int] = field(default_factory=set)  # rows with a cell merged across columns
    carried: set[tuple[int, int]] = field(default_factory=set)  # cells filled from above


def plain_cells(cells: list[str]) -> list[str]:
    return [to_plain(c).strip() for c in cells]


class SheetRows:
    """Data rows into themes, with the context a heading or a merged month cell gives."""

    def __init__(
        self, grid: Grid, plan: ColumnPlan, report: ImportReport, known: ColumnLayout | None
    ) -> None:
        self.grid, self.plan, self.report, self.known = grid, plan, report, known
        self.parts: list[tuple[str, list[ThemeData]]] = [("", [])]
        self.month: tuple[int, int | None] | None = None
        self.years: Counter[str] = Counter()
        self.theme_value = ""
        period = next((i for i, f in plan.fields.items() if f == Field.PERIOD), None)
        self.period = plan.index_of(START) if period is None else period
        self.width = max(len(plan.headers), 1)
        number = plan.index_of(NUMBER)
        # A numbering column with 1.1, 1.2 holds chapters: "1" rows are headings, and the
        # rows are grouped by their first number (the layout numbers them again).
        self.dotted = (
            not plan.own
            and number is not None
            and any(
                _SUB_NUMBER.match(plain_cells(r)[number]) for r in grid.cells if number < len(r)
            )
        )
        self.chapter = ""
        # our own export numbers rows only when the layout does: then an unnumbered row
        # continues the one above
        self.numbered = plan.own and any(
            plain_cells(r)[number].strip()
            for r in grid.cells[1:]
            if number is not None and number < len(r)
        )
        self.nested: tuple[ThemeData, ThemeData] | None = None  # (top theme, theme in it)

    @property
    def themes(self) -> list[ThemeData]:
        return self.parts[-1][1]

    @property
    def current(self) -> ThemeData:
        """The theme rows go into: the theme in a theme our export named, while its top
        theme is still the last one."""
        if self.nested is not None and self.themes and self.nested[0] is self.themes[-1]:
            return self.nested[1]
        return self.themes[-1]

    def enter_path(self, path: str) -> None:
        """``2. Kwaliteit › Onderzoek``: into (or to) the theme ``Onderzoek`` in ``Kwaliteit``."""
        names = []
        for name in path.split(PATH):
            band = _LABELLED.match(name)
            names.append(band.group(1) if band else name.strip())
        level, top, theme = self.themes, None, None
        for name in names:
            if level and level[-1].title == name:
                theme = level[-1]
            else:
                theme = ThemeData(title=name)
                level.append(theme)
            top = top or theme
            level = theme.themes
        if top is not None and theme is not None:
            self.nested = (top, theme)
            self.theme_value = path

    def where(self, index: int) -> str:
        return _("{sheet}, row {n}").format(sheet=self.grid.name, n=index + 1)

    def _is_header(self, plain: list[str]) -> bool:
        header = [plain_label(h).strip().lower() for h in self.plan.headers]
        return any(header) and [t.lower() for t in plain[: len(header)]] == header

    def heading(self, index: int, plain: list[str]) -> bool:
        filled = [(i, t) for i, t in enumerate(plain) if t]
        if len(filled) != 1 or self.width < 2:
            return False
        column, text = filled[0]
        month = month_heading(text)
        across = index in self.grid.across
        numbered = THEME_BAND.match(text) is not None and column == 0
        first_only = column == 0 and self.width > 2 and column != self.period
        shouty = column == 0 and text.isupper() and len(text) > 3
        following = self.grid.cells[index + 1] if index + 1 < len(self.grid.cells) else []
        titled = column == 0 and self._is_header(plain_cells(following))  # a second table's title
        if not (across or month or numbered or first_only or shouty or titled):
            return False
        if self.plan.own and self.plan.index_of(THEME) is None and column == 0:
            # our own Word export: a band's goal under its title, "2.1 Onderzoek" in theme 2
            theme = place_band(self.themes, *own_band(self.grid.cells[index][0]))
            self.nested = None if theme is self.themes[-1] else (self.themes[-1], theme)
            return True
        if month:
            self.month = month
            if month[1]:
                self._vote(month[1], month[0])
        band = THEME_BAND.match(text)
        title = band.group(2) if band and not month else text
        if PATH in text and self.plan.index_of(THEME) is not None:
            self.enter_path(text)
            return True
        self.themes.append(ThemeData(title=title))
        self.report.note(
            self.where(index), _("heading '{title}' became a theme").format(title=title)
        )
        return True

    def _vote(self, year: int, month: int) -> None:
        start = year if month >= 8 else year - 1
        self.years[f"{start}-{start + 1}"] += 1

    def add(self, index: int, cells: list[str]) -> None:
        self.first_remark = len(self.report.remarks)
        plain = plain_cells(cells)
        if not any(plain):
            return
        if self._is_header(plain):
            return  # the header again: a second table under the first, or a page's repeat
        if self.heading(index, plain) or self._chapter(index, plain):
            return
        plan = self.plan
        month_column = plan.index_of(MONTH)
        if month_column is not None and month_column < len(plain) and plain[month_column]:
            self.month = month_heading(plain[month_column]) or self.month
        part_column = plan.index_of(PART)
        part_name = self._value(plain, part_column)
        if part_name and part_name != self.parts[-1][0]:
            self.parts.append((part_name, []))
            self.theme_value = ""
        theme_column = plan.index_of(THEME)
        theme_name = self._value(plain, theme_column)
        if PATH in theme_name:
            self.enter_path(theme_name)
            theme_name = ""
        band = THEME_BAND.match(theme_name)
        theme_name = band.group(2) if band else theme_name
        if self.themes and theme_name == self.themes[-1].title:
            self.theme_value = theme_name
        if theme_name and (theme_name != self.theme_value or not self.themes):
            self.theme_value = theme_name
            self.themes.append(ThemeData(title=theme_name))
        row = RowData()
        for column, name in plan.fields.items():
            if column < len(cells) and plain[column]:
                row.fields[name] = clean(cells[column])
        period = self._period(index, cells, plain)
        if period:
            row.fields[Field.PERIOD] = period
        self._roles(index, row, plain)
        notes = [
            f"{plain_label(plan.headers[i]) or _('Column {n}').format(n=i + 1)}: {plain[i]}"
            for i in plan.kept
            if i < len(plain) and plain[i]
        ]
        own_notes = self._value(plain, plan.index_of(NOTES))
        if own_notes:
            notes.insert(0, own_notes)
        if notes:
            row.notes = "\n".join(notes)
        if not row.fields and not row.notes:
            return
        for remark in self.report.remarks[self.first_remark :]:
            object.__setattr__(remark, "row", row)
        carried = sorted(c for r, c in self.grid.carried if r == index)
        if carried:
            names = ", ".join(
                plain_label(plan.headers[c]) or str(c + 1) for c in carried if c < len(plan.headers)
            )
            self.report.note(
                self.where(index),
                _("taken over from the merged cell above: {columns}").format(columns=names),
                row,
            )
        if not self.themes:
            self.themes.append(ThemeData(title=_("Without theme")))
        if (self.known is not None or self.numbered) and self.current.rows:
            number = plan.index_of(NUMBER)
            if number is not None:
                row.continuation = not self._value(plain, number)
            elif self.known is not None and self.known.fields[0] == Field.RESULT:
                # one result may span several action rows: the rows below leave it empty
                row.continuation = Field.RESULT not in row.fields
        own_kpis = plan.index_of(KPIS)
        if own_kpis is not None:
            row.kpis = [int(n) for n in re.findall(r"\d+", self._value(plain, own_kpis))]
        else:
            row.kpis = kpi_references(" ".join(plain))
        self.current.rows.append(row)

    def _chapter(self, index: int, plain: list[str]) -> bool:
        """In a 1.1/1.2 numbering: a "1" row with only a title is a theme, and a "2.1" row
        after chapter 1 starts theme 2 (named by number when no heading row names it)."""
        if not self.dotted:
            return False
        value = self._value(plain, self.plan.index_of(NUMBER))
        chapter = _CHAPTER.match(value)
        if chapter:
            texts = [t for i, t in enumerate(plain) if t and i != self.plan.index_of(NUMBER)]
            if len(texts) != 1 or self._value(plain, self.period):
                return False
            self.chapter = chapter.group(1)
            self.themes.append(ThemeData(title=texts[0]))
            self.report.note(
                self.where(index), _("heading '{title}' became a theme").format(title=texts[0])
            )
            return True
        sub = _SUB_NUMBER.match(value)
        if sub and sub.group(1) != self.chapter:
            if self.chapter and self.themes and self.themes[-1].title == _("Without theme"):
                # a second chapter: the first one, unnamed so far, is named by its number
                self.themes[-1].title = f"{_('Theme')} {self.chapter}"
            first = not self.chapter and not self.themes
            self.chapter = sub.group(1)
            # One chapter alone (a Word table under its chapter heading) stays loose rows.
            title = _("Without theme") if first else f"{_('Theme')} {self.chapter}"
            self.themes.append(ThemeData(title=title))
        return False

    @staticmethod
    def _value(plain: list[str], column: int | None) -> str:
        return plain[column] if column is not None and column < len(plain) else ""

    def _period(self, index: int, cells: list[str], plain: list[str]) -> str:
        plan = self.plan
        start, end = plan.index_of(START), plan.index_of(END)
        if start is not None:
            first = self._raw(index, start)
            last = self._raw(index, end) if end is not None else None
            a = plain[start] if start < len(plain) else ""
            b = plain[end] if end is not None and end < len(plain) else ""
            if first is not None and last is not None:
                text = dutch_date_range(first, last)
            elif a and b and a != b:
                text = f"{self._complete(a)} t/m {self._complete(b)}"
            else:
                text = self._complete(a or b)
        elif self.period is not None and self.period < len(plain):
            text = self._complete(plain[self.period])
            if plan.week_period and re.fullmatch(r"\d{1,2}(\s*[-–]\s*\d{1,2})?", text):
                text = f"week {text}"
        else:
            text = ""
        month_column = plan.index_of(MONTH)
        if not text and month_column is not None:
            text = self._value(plain, month_column)  # no day: the month itself
        if not text:
            return ""
        self._check(index, text)
        return clean(text)

    def _raw(self, index: int, column: int | None) -> dt.date | None:
        raw = self.grid.raw
        if raw is None or column is None or index >= len(raw) or column >= len(raw[index]):
            return None
        return real_date(raw[index][column])

    def _complete(self, text: str) -> str:
        if self.month is None or not text:
            return text
        return with_month(text, *self.month) or text

    def _check(self, index: int, text: str) -> None:
        found = _YEAR.findall(text)
        period = parse_period(text, "2024-2025")
        if found and period.spans:
            first = period.spans[0][0]
            self._vote(first.year, first.month)
        if period.kind == "unscheduled" and period.warnings and period.recurrence is None:
            self.report.note(
                self.where(index), _("period not understood: '{text}'").format(text=text)
            )

    def _roles(self, index: int, row: RowData, plain: list[str]) -> None:
        status = self.plan.index_of(STATUS)
        if status is not None and status < len(plain) and plain[status]:
            found = status_of(plain[status])
            if found is None:
                self.plan.kept.append(status)
                self.plan.roles.pop(status)
                self.report.note(
                    self.where(index),
                    _("status '{text}' not recognised; kept in the notes").format(
                        text=plain[status]
                    ),
                )
            else:
                row.status = found
        priority = self.plan.index_of(PRIORITY)
        if priority is not None and priority < len(plain):
            row.priority = normal(plain[priority]) in {"ja", "x", "yes", "1", "hoog", "prio", "✓"}
