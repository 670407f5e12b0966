"""From the blocks of a file (headings, text, tables) to a document: which heading is a part,
a section or a theme, what the status trail and KPI list are, which layout the tables have."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from jaarplanner.i18n import _
from jaarplanner.importers.own_word import fill_extras, footnotes_label, noted_theme, own_extras
from jaarplanner.importers.recognise import school_year_in, status_step
from jaarplanner.importers.report import ImportReport
from jaarplanner.importers.seeds.common import kpi_period, missing_kpis, organisation
from jaarplanner.importers.tables import (
    Mapping,
    RowCollector,
    TableShape,
    header_error,
    match_header,
    match_transposed,
    normal,
)
from jaarplanner.model.document import (
    DocumentData,
    KpiData,
    PartData,
    RowData,
    SectionData,
    StepData,
    ThemeData,
)
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.richtext import clean, to_plain
from jaarplanner.model.values import DocumentState, Field, StepAction

GOAL_HEADING = re.compile(r"^\s*doel\s+(\d+)\s*[:.]?\s*(.*)$", re.IGNORECASE)
# "1. Ondersteuning", "2.3 Scholing": a chapter number typed before a heading's title. The
# number is derived from the order again, so it is not kept in the title ("1. 1. …").
CHAPTER_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+)\s+(?=\S)")
KPI_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$")
FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"


@dataclass
class Block:
    kind: str  # heading, subtitle, text, table
    markup: str
    level: int = 1
    rows: list[list[str]] = field(default_factory=list)
    merged_down: set[tuple[int, int]] = field(default_factory=set)  # (row, column)
    across: set[int] = field(default_factory=set)  # rows with a cell merged across columns

    @property
    def plain(self) -> str:
        return to_plain(self.markup).strip()

    @property
    def block_markup(self) -> str:
        """The markup as block content: inline text gets its own paragraph."""
        if self.markup.startswith(("<p>", "<ul>", "<ol>")):
            return self.markup
        return f"<p>{self.markup}</p>"


def _title_like(text: str) -> bool:
    return 0 < len(text) <= 120 and "\n" not in text and not text.endswith((".", ":", ";"))


def known_layouts() -> list[DocumentLayout]:
    from jaarplanner.importers.layouts import all_layouts

    return all_layouts()


class _Builder:
    def __init__(self, report: ImportReport, mapping: Mapping | None, ours: bool) -> None:
        self.report = report
        self.ours = ours  # our own export (it carries Over dit document)
        self.mapping = mapping
        self.layouts = known_layouts()
        self.title = ""
        self.subtitle = ""
        self.steps: list[StepData] = []
        self.sections: list[SectionData] = []
        self.parts: list[PartData] = []
        self.layout: DocumentLayout | None = None
        self.part_title: str | None = None
        self.theme_heading: tuple[int, str] | None = None
        self.theme: ThemeData | None = None
        self.goal: ThemeData | None = None
        self.noted: ThemeData | None = None  # our Word export: footnotes under a table
        self.kpis: list[KpiData] = []
        self.texts: list[str] = []
        self.kpi_register = False
        self.part_subtitle = ""
        self.years: Counter[str] = Counter()
        self.chapters = False  # numbered Heading 1 chapters over tables were seen
        self.headingless = False  # a file typed without heading styles

    # -- blocks ------------------------------------------------------------------------
    def heading(self, index: int, blocks: list[Block]) -> None:
        self.noted = None
        block = blocks[index]
        text = block.plain
        self.texts.append(text)
        self.kpi_register = normal(text).startswith("kpi")
        if self.kpi_register:
            return
        if block.level == 0 and not self.title:
            self.title = text
            return
        chapter = CHAPTER_NUMBER.match(text)
        if block.level >= 1 and chapter and self._table_follows(index, blocks, far=True):
            # Numbered chapters over tables (Heading 1 "1. Ondersteuning"): themes of one
            # part, titled without the number, which the layout gives them again.
            self.chapters = True
            self._theme(max(block.level, 2), text[chapter.end() :].strip())
            return
        if block.level <= 1 and self._part_follows(index, blocks):
            self.part_title = text
            self.theme_heading = None
            return
        if block.level >= 2 and (self.parts or self._table_follows(index, blocks, far=True)):
            self._theme(block.level, text)
            return
        if not self.title and not self.sections and not self.parts:
            self.title = text
            return
        self.sections.append(SectionData(text, ""))

    @staticmethod
    def _part_follows(index: int, blocks: list[Block]) -> bool:
        """A table comes before the next heading of the same or a higher level."""
        level = blocks[index].level
        for block in blocks[index + 1 :]:
            if block.kind == "table":
                return True
            if block.kind == "heading" and block.level <= level:
                return False
        return False

    def _table_follows(self, index: int, blocks: list[Block], far: bool = False) -> bool:
        for block in blocks[index + 1 : index + (8 if far else 3)]:
            if block.kind == "table":
                return True
            if block.kind == "heading" and not far:
                return False
        return False

    def _theme(self, level: int, text: str) -> None:
        goal = GOAL_HEADING.match(text)
        if goal:
            self.goal = ThemeData(title=goal.group(2).strip() or text)
            self.theme = self.goal
            self._part_for_pending_themes().themes.append(self.goal)
            return
        theme = ThemeData(title=text)
        if self.goal is not None and level > 2:
            self.goal.themes.append(theme)
        else:
            self.goal = None
            self._part_for_pending_themes().themes.append(theme)
        self.theme = theme

    def _part_for_pending_themes(self) -> PartData:
        if self.parts:
            return self.parts[-1]
        # Themes that come before their first table wait in a part that the table adopts.
        part = PartData("", self.part_title or "", layout=None)  # type: ignore[arg-type]
        self.parts.append(part)
        return part

    def text(self, block: Block) -> None:
        plain = block.plain
        self.texts.append(plain)
        if self.kpi_register:
            period = kpi_period(plain)
            for line in plain.split("\n"):
                item = KPI_ITEM.match(line)
                if item:
                    text = "" if item.group(2).strip() == "-" else item.group(2)
                    self.kpis.append(KpiData(int(item.group(1)), clean(text), period))
                elif kpi_period(line):
                    period = kpi_period(line)
            for kpi in self.kpis:
                kpi.plan_period = kpi.plan_period or period
            return
        if self.headingless and not self.title and not self.parts and _title_like(plain):
            self.title = plain  # an office's first line, typed without a heading style
            return
        if not self.sections and not self.parts:
            steps = [status_step(line) for line in plain.split("\n") if line.strip()]
            if steps and all(steps):
                for action, body, day in steps:  # type: ignore[misc]
                    self.steps.append(StepData(body, action, day))
                return
        if self.ours and self.parts and self._footnote(plain, block):
            return
        if self.theme is not None and self.parts:
            if plain.lower().startswith("ontwikkelpunt"):
                self.theme.reference = " ".join(plain.split())
            elif plain[:1] in FOOTNOTE_MARKS:
                self.theme.footnotes += block.block_markup  # cleaned once at the end
            else:
                self.theme.goal += block.block_markup  # cleaned once at the end
            return
        if plain.lower().startswith("ontwikkelpunt") and self.parts:
            return
        if not self.sections:
            self.sections.append(SectionData(_("Introduction"), ""))
        items = [KPI_ITEM.match(line) for line in plain.split("\n") if line.strip()]
        if len(items) >= 3 and all(items):
            period = kpi_period(" ".join(self.texts[-3:]))
            self.kpis.extend(
                KpiData(int(m.group(1)), clean(m.group(2)), period) for m in items if m
            )
            return
        section = self.sections[-1]
        section.body += block.block_markup  # cleaned once at the end: linear, not quadratic

    def _footnote(self, plain: str, block: Block) -> bool:
        """Our Word export's footnotes under a themed table: a line naming the theme, then
        its footnotes as she may have edited them, up to the next such line, heading or
        table. True when the paragraph was one of those."""
        title = footnotes_label(plain)
        if title is not None:
            self.noted = noted_theme(self.parts[-1].all_themes(), title)
            return self.noted is not None
        if self.noted is not None:
            self.noted.footnotes += block.block_markup  # cleaned once at the end
            return True
        return False

    def table(self, block: Block) -> None:
        self.noted = None
        rows = [r for r in block.rows if any(to_plain(c).strip() for c in r)]
        if not rows:
            return
        # our own export's KPIs, notes, status and priority follow the layout's columns
        extras = own_extras(rows[0]) if self.ours and not self.mapping else {}
        header = rows[0][: min(extras)] if extras else rows[0]
        shape = None if self.mapping else match_header(header, self.layouts)
        if shape is not None and self.ours:
            shape.extras, shape.ours = extras, True
        if shape is None and not self.mapping:
            shape = match_transposed([r[0] for r in rows], self.layouts)
        if shape is None:
            self._office_table(block)
            return
        part = self._part(shape)
        if shape.transposed:
            self._actions(rows, shape)
            return
        if shape.header_theme:
            part.themes.append(ThemeData(title=shape.header_theme))
        if self.theme is not None and self.theme in part.all_themes() and not shape.header_theme:
            themes: list[ThemeData] = [self.theme]
            collector = RowCollector(shape, themes)
            for cells in rows[1:]:
                collector.add(cells)
            extra = themes[1:]
            part.themes.extend(extra)
            if extra:
                self.theme = extra[-1]
            return
        collector = RowCollector(shape, part.themes)
        for cells in rows[1:]:
            collector.add(cells)

    def _office_table(self, block: Block) -> None:
        """A table no layout knows, read by its header words or the user's mapping."""
        from jaarplanner.importers.sheet_rows import Grid
        from jaarplanner.importers.sheet_table import read_table

        rows = [list(r) for r in block.rows]
        carried: set[tuple[int, int]] = set()
        for r, c in sorted(block.merged_down):
            if r > 0 and c < len(rows[r - 1]) and c < len(rows[r]) and rows[r - 1][c]:
                rows[r][c] = rows[r - 1][c]
                carried.add((r, c))
        tables = sum(1 for p in self.parts if p.layout is not None)  # not waiting themes
        # under numbered chapters the next table continues the same part
        last_title = self.parts[-1].title if self.parts and self.chapters else ""
        name = self.part_title or last_title or _("Table {n}").format(n=tables + 1)
        grid = Grid(name, rows, across=set(block.across), carried=carried)
        found = read_table(grid, self.layouts, self.mapping, self.report, self.ours)
        if not found:
            raise header_error(rows[0])
        for result in found:
            self.years.update(result.years)
            self.texts.extend(result.title_lines)
            part = result.part
            loose = len(part.themes) == 1 and part.themes[0].title == _("Without theme")
            last = self.parts[-1] if self.parts else None
            if last is not None and last.layout is None:
                # themes named by headings before the table: the table's part takes them
                last.key, last.layout = part.key, part.layout
                last.title = last.title or self.part_title or part.title
            elif (
                last is not None
                and self.part_title is None
                and last.layout.to_dict() == part.layout.to_dict()
            ):
                pass  # the next table of the same part (one per theme heading)
            else:
                if self.part_title:
                    part.title = self.part_title
                self.parts.append(part)
                self.part_title = None
                if not loose:
                    self.theme = None
                continue
            self.part_title = None
            if loose and self.theme is not None and self.theme in last.all_themes():
                self.theme.rows.extend(part.themes[0].rows)
            else:
                last.themes.extend(part.themes)

    def _part(self, shape: TableShape) -> PartData:
        if shape.layout is not None and self.layout is None:
            self.layout = shape.layout
        column_layout = shape.column_layout
        assert column_layout is not None
        title = self.part_title
        if self.parts and self.parts[-1].layout is None:
            part = self.parts[-1]
            part.key, part.layout = shape.part_key, column_layout
            part.title = part.title or title or column_layout.title
        elif self.parts and self.parts[-1].key == shape.part_key and title is None:
            part = self.parts[-1]
        else:
            part = PartData(shape.part_key, title or column_layout.title, column_layout)
            self.parts.append(part)
        if self.part_subtitle:
            part.subtitle, self.part_subtitle = self.part_subtitle, ""
        self.part_title = None
        return part

    def _actions(self, rows: list[list[str]], shape: TableShape) -> None:
        if self.theme is None:
            self.theme = ThemeData(title=_("Without theme"))
            self.parts[-1].themes.append(self.theme)
        count = max(len(r) for r in rows) - 1
        # our own export's status, priority, KPIs and notes as rows under the card's fields
        extras = own_extras([r[0] if r else "" for r in rows]) if self.ours else {}
        for column in range(1, count + 1):
            fields: dict[Field, str] = {}
            for row_index, field_name in shape.fields.items():
                cells = rows[row_index]
                if column < len(cells) and to_plain(cells[column]).strip():
                    value = clean(cells[column])
                    if field_name == Field.TITLE:
                        value = re.sub(r"^\s*\d+\.\d+\s+", "", to_plain(value))
                        value = clean(value)
                    fields[field_name] = value
            if fields:
                row = RowData(fields=fields)
                if self.ours:
                    fill_extras(row, [r[column] if column < len(r) else "" for r in rows], extras)
                self.theme.rows.append(row)


def build_document(
    blocks: list[Block],
    fallback_title: str,
    report: ImportReport,
    mapping: Mapping | None,
    ours: bool = False,
) -> DocumentData:
    """``ours``: the file is our own export (it carries *Over dit document*)."""
    builder = _Builder(report, mapping, ours)
    builder.headingless = not any(b.kind in ("heading", "subtitle") for b in blocks)
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            builder.heading(index, blocks)
        elif block.kind == "subtitle":
            if builder.part_title is not None:
                builder.part_subtitle = block.plain
            elif builder.parts:
                builder.parts[-1].subtitle = block.plain
            else:
                builder.subtitle = block.plain
        elif block.kind == "text":
            builder.text(block)
        else:
            builder.table(block)
    for section in builder.sections:
        section.body = clean(section.body)
    for theme in [t for p in builder.parts for t in p.all_themes()]:
        theme.goal, theme.footnotes = clean(theme.goal), clean(theme.footnotes)
    parts = [p for p in builder.parts if p.layout is not None]
    for dropped in [p for p in builder.parts if p.layout is None]:
        report.note(
            "",
            _("the topics under '{title}' have no table and were left out").format(
                title=dropped.title
            ),
        )
    layout = builder.layout
    title = builder.title or fallback_title
    everything = " ".join([title, *(p.title for p in parts), *builder.texts])
    year = school_year_in(" ".join([title, *(p.title for p in parts)])) or school_year_in(
        everything
    )
    if year is None and builder.years:
        year = builder.years.most_common(1)[0][0]
    if year is None:
        report.note("", _("No school year found; {year} was assumed.").format(year="2024-2025"))
        year = "2024-2025"
    name = re.sub(
        r"^\s*(jaarkalender\s*&\s*jaarplan|jaarplan|jaarkalender)\s+", "", title, flags=re.I
    ).strip()
    name = re.sub(r"\b(schooljaar\s+)?20\d\d\s*[-–]\s*20\d\d\b", "", name).strip() or title
    wanted = {n for p in parts for r in p.all_rows() for n in r.kpis}
    period = builder.kpis[0].plan_period if builder.kpis else ""
    adopted = any(s.action == StepAction.ADOPTED and s.date for s in builder.steps)
    return DocumentData(
        organisation=organisation(name, everything[:4000]),
        school_year=year,
        title=title,
        subtitle=builder.subtitle,
        layout=layout.name if layout else (parts[0].layout.name if parts else "themed-table"),
        state=DocumentState.ADOPTED if adopted else DocumentState.CONCEPT,
        steps=builder.steps,
        sections=[s for s in builder.sections if s.body or s.title],
        parts=parts,
        kpis=missing_kpis(builder.kpis, wanted, period, report),
    )


def normal_label(text: str) -> str:
    return normal(text)
