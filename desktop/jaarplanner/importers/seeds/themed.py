"""Seeds in the themed-table layout (SWV VO Groningen Stad, ``000_…`` and ``001_…``):
running text, a numbered KPI list, then per part one long tab-separated table whose cells are
HTML fragments, with the header row repeated after every page break."""

from __future__ import annotations

import re

from jaarplanner.i18n import _
from jaarplanner.importers.report import ImportReport, ImportResult
from jaarplanner.importers.seeds.cells import cell_text, plain_paragraphs
from jaarplanner.importers.seeds.common import (
    KPI_LINE,
    RawRow,
    kpi_list,
    kpi_period,
    missing_kpis,
    organisation,
    school_year,
)
from jaarplanner.model.document import DocumentData, PartData, SectionData, ThemeData
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.values import Field

FIELDS = (Field.PERIOD, Field.WHAT, Field.WHO, Field.RESULT, Field.STAFF, Field.FINANCE)
HEADER_WORDS = {
    "periode (wanneer)",
    "activiteiten (wat)",
    "betrokkenen (wie)",
    "gewenst resultaat",
    "middelen (personeel)",
    "middelen (financieel)",
}
PART_HEADING = re.compile(r"^\s*(Jaarkalender|Jaarplan)\b(?!\s*&).*\bschooljaar\b", re.I)
THEME_BAND = re.compile(r"^\s*(\d+)\.\s+(\S.*?)\s*$")
HEADING_MAX = 90


def is_header(cells: list[str]) -> bool:
    words = {cell_text(c).lower() for c in cells if cell_text(c)}
    return len(words) >= 4 and words <= HEADER_WORDS


def row_cells(cells: list[str]) -> tuple[str, dict[Field, str]]:
    """The number and the six fields of a data row, whatever its shape in the text."""
    if len(cells) >= 7:
        first = cell_text(cells[0])
        if first == "" or first.isdigit():
            number, values = first, cells[1:7]
        else:  # the empty number cell was dropped and an empty cell added at the end
            number, values = "", cells[:6]
    else:
        first = cell_text(cells[0])
        match = re.match(r"^(\d+)(?:\s+(.*))?$", first)
        if match:
            number, period = match.group(1), cells[0].strip()[len(match.group(1)) :].strip()
        else:
            number, period = "", cells[0]
        values = [period, *cells[1:6]]
    values = values + [""] * (6 - len(values))
    return number, dict(zip(FIELDS, values, strict=True))


class _Reader:
    def __init__(self, lines: list[str], layout: DocumentLayout, report: ImportReport) -> None:
        self.lines = lines
        self.layout = layout
        self.report = report
        self.parts: list[PartData] = []
        self.raw: dict[int, list[RawRow]] = {}
        # rows with a number of their own per theme, counted as they come: counting them
        # again for every row made a long table quadratic (40,000 rows took minutes)
        self.numbered: dict[int, int] = {}
        self.theme: ThemeData | None = None
        self.expect_subtitle = False

    def where(self, index: int) -> str:
        return _("line {n}").format(n=index + 1)

    def new_part(self, index: int, line: str) -> None:
        key = "jaarplan" if line.strip().lower().startswith("jaarplan") else "jaarkalender"
        title = " ".join(line.split())
        self.parts.append(PartData(key=key, title=title, layout=self.layout.part(key)))
        self.theme = None
        self.expect_subtitle = True

    def table_line(self, index: int, cells: list[str]) -> None:
        self.expect_subtitle = False
        if is_header(cells):
            return
        band = THEME_BAND.match(cell_text(cells[0]))
        if band and not any(cell_text(c) for c in cells[1:]):
            if not self.parts:
                self.report.note(self.where(index), _("a table before any part heading"))
                return
            self.theme = ThemeData(title=" ".join(band.group(2).split()))
            self.parts[-1].themes.append(self.theme)
            self.raw[id(self.theme)] = []
            self.numbered[id(self.theme)] = 0
            expected = len(self.parts[-1].themes)
            if int(band.group(1)) != expected:
                self.report.note(
                    self.where(index),
                    _("theme numbered {written} in the text is theme {derived}").format(
                        written=band.group(1), derived=expected
                    ),
                )
            return
        if self.theme is None:
            self.report.note(self.where(index), _("a row outside any theme was skipped"))
            return
        number, values = row_cells(cells)
        rows = self.raw[id(self.theme)]
        if not number and not cell_text(values[Field.PERIOD]):
            if rows:  # the rest of a row that ran over a page break
                rows[-1].extend(values)
            else:
                self.report.note(self.where(index), _("text without a row to belong to"))
            return
        row = RawRow(cells=values, continuation=not number, where=self.where(index))
        rows.append(row)
        if number:
            written = int(number)
            self.numbered[id(self.theme)] += 1
            derived = self.numbered[id(self.theme)]
            if written != derived:
                self.report.note(
                    self.where(index),
                    _("row numbered {written} in the text is row {derived}").format(
                        written=written, derived=derived
                    ),
                )

    def finish(self) -> None:
        for part in self.parts:
            for theme in part.themes:
                theme.rows = [raw.to_row() for raw in self.raw.get(id(theme), [])]


def _preamble(lines: list[str], report: ImportReport) -> tuple[list[SectionData], list[str]]:
    """Sections of running text before the first table, and the KPI lines in it."""
    sections: list[SectionData] = []
    title: str | None = None
    body: list[str] = []
    kpi_lines: list[str] = []

    def flush() -> None:
        if body:
            sections.append(SectionData(title or _("Introduction"), plain_paragraphs(body)))
        body.clear()

    # the next non-empty line after each line, found once from the end: looking ahead
    # through a copy of the rest for every line made a long preamble quadratic
    after: list[str] = [""] * len(lines)
    for index in range(len(lines) - 2, -1, -1):
        following = lines[index + 1].strip()
        after[index] = following or after[index + 1]
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if KPI_LINE.match(text) and len(text) < 400:
            kpi_lines.append(text)
            continue
        following = after[index]
        looks_like_heading = (
            len(text) <= HEADING_MAX
            and not re.search(r"[.:;,]$", text)
            and following
            and len(following) > len(text)
        )
        if looks_like_heading:
            flush()
            title = text
            continue
        body.append(text)
    flush()
    return sections, kpi_lines


def read_themed(text: str, source: str, layout: DocumentLayout) -> ImportResult:
    report = ImportReport(source)
    lines = text.split("\n")
    first_table = next(
        (i for i, line in enumerate(lines) if PART_HEADING.match(line) and "\t" not in line),
        len(lines),
    )
    head = [line for line in lines[:first_table]]
    title_index = next((i for i, line in enumerate(head) if line.strip()), 0)
    title = " ".join(head[title_index].split()) if head else source
    sections, kpi_lines = _preamble(head[title_index + 1 :], report)
    name = re.sub(r"^\s*jaarkalender\s*&\s*jaarplan\s+", "", title, flags=re.I).strip()
    period = kpi_period(" ".join(head))
    reader = _Reader(lines, layout, report)
    for index in range(first_table, len(lines)):
        line = lines[index]
        if "\t" in line:
            reader.table_line(index, line.split("\t"))
        elif PART_HEADING.match(line):
            reader.new_part(index, line)
        elif line.strip() and reader.expect_subtitle and reader.parts:
            reader.parts[-1].subtitle = " ".join(line.split())
            reader.expect_subtitle = False
        elif line.strip():
            report.note(
                reader.where(index),
                _("text between the tables was not placed: '{text}'").format(
                    text=line.strip()[:60]
                ),
            )
    reader.finish()
    part_titles = " ".join(p.title for p in reader.parts)
    kpis = kpi_list(kpi_lines, period)
    wanted = {n for p in reader.parts for r in p.all_rows() for n in r.kpis}
    document = DocumentData(
        organisation=organisation(name, text[:3000]),
        school_year=school_year(part_titles or title, report),
        title=title,
        layout=layout.name,
        sections=sections,
        parts=reader.parts,
        kpis=missing_kpis(kpis, wanted, period, report),
    )
    return ImportResult(document, report)
