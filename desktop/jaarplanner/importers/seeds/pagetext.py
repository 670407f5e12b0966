"""The page-text seed (``002_…``): a themed-table document as a PDF reader gives it. Every
cell is a run of short lines; cells follow each other separated by empty lines, but empty
lines also occur inside a cell, a one-line period shares its line with the start of the
*wat* text, and a page break repeats the header and may cut a row in two.

Rows are found by their number; each row's runs of lines ("chunks") are then given to the
columns in order, by how wide their lines are: a wrapped cell's lines are about as long as
its column is wide. The widths are learned from the document's own unambiguous rows.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from jaarplanner.i18n import _
from jaarplanner.importers.report import ImportReport, ImportResult
from jaarplanner.importers.seeds.cells import plain_paragraphs
from jaarplanner.importers.seeds.common import (
    RawRow,
    kpi_list,
    kpi_period,
    missing_kpis,
    organisation,
    school_year,
)
from jaarplanner.importers.seeds.pagetext_columns import (
    Chunk,
    assign_columns,
    learn_widths,
    split_glued,
)
from jaarplanner.importers.seeds.themed import FIELDS
from jaarplanner.model.document import DocumentData, PartData, SectionData, ThemeData
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.values import Field
from jaarplanner.periods.scanner import scan

PART_HEADING = re.compile(r"^\s*(Jaarkalender|Jaarplan)\s+(?!&)\S.*\bschooljaar\b", re.I)
THEME_BAND = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*?)\s*$")
ROW_START = re.compile(r"^\s*(\d{1,2})\s+(\S.*)$")
HEADER_WORDS = {
    "periode",
    "(wanneer)",
    "activiteiten",
    "(wat)",
    "betrokkenen",
    "(wie)",
    "gewenst",
    "resultaat",
    "middelen",
    "(personeel)",
    "(financieel)",
}
_PERIOD_KINDS = frozenset(
    {
        "month",
        "year",
        "num",
        "date",
        "week",
        "dash",
        "sep",
        "whole",
        "half_sy",
        "begin_sy",
        "end_sy",
        "cal_half",
        "quarter",
        "season",
        "pair",
        "every_n",
        "times",
        "yearly",
        "quarterly",
        "monthly",
        "weekly",
        "cyclic",
        "periodic",
        "approx",
        "continuous",
        "deadline_end",
        "deadline_before",
        "context",
        "weekday",
    }
)


def isolate(lines: list[str], running_title: str) -> list[str]:
    """Put empty lines around what is no cell: part headings, the repeated header and the
    running title with its page number, which the reader glues to the cells around them."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        text = lines[index].strip()
        if PART_HEADING.match(text) or (
            running_title and " ".join(text.split()).startswith(running_title)
        ):
            out += ["", lines[index], ""]
            index += 1
            continue
        if (
            text == "Periode"
            and index + 1 < len(lines)
            and lines[index + 1].strip() == ("(wanneer)")
        ):
            end = index
            while end < len(lines) and (
                not lines[end].strip()
                or all(w in HEADER_WORDS for w in lines[end].strip().lower().split())
            ):
                end += 1
                if lines[end - 1].strip() == "(financieel)":
                    break
            out += ["", *(x.strip() for x in lines[index:end] if x.strip()), ""]
            index = end
            continue
        out.append(lines[index])
        index += 1
    return out


def _chunks(lines: list[str], start: int) -> list[Chunk]:
    """Runs of lines between empty lines; a line of spaces stays inside its run."""
    chunks: list[Chunk] = []
    current: list[str] = []
    first = start
    for offset, line in enumerate(lines):
        if line == "":
            if any(x.strip() for x in current):
                chunks.append(Chunk(first, current))
            current, first = [], start + offset + 1
        else:
            current.append(line)
    if any(x.strip() for x in current):
        chunks.append(Chunk(first, current))
    return chunks


def _is_header(chunk: Chunk) -> bool:
    words = " ".join(chunk.lines).lower().split()
    return bool(words) and all(w in HEADER_WORDS for w in words)


def _is_furniture(chunk: Chunk, running_title: str) -> bool:
    text = " ".join(" ".join(chunk.lines).split())
    return (bool(running_title) and text.startswith(running_title)) or text.isdigit()


def period_prefix(text: str) -> int:
    """How many characters at the start of ``text`` are period words."""
    end = 0
    for token in scan(text):
        if token.kind in _PERIOD_KINDS:
            end = token.end
        elif token.kind != "other" or text.lower()[token.start : token.end].strip("()&") != "":
            break
    return end


_TIME_WORDS = frozenset(
    {
        "month",
        "year",
        "date",
        "week",
        "whole",
        "half_sy",
        "begin_sy",
        "end_sy",
        "cal_half",
        "quarter",
        "season",
        "pair",
        "continuous",
    }
)


def _period_like(chunk: Chunk) -> bool:
    """A chunk that is nothing but a period, in a narrow column: the start of a row."""
    text = " ".join(" ".join(chunk.lines).split())
    if not text or max(len(line.strip()) for line in chunk.lines) > 16:
        return False
    tokens = scan(text.lower())
    return period_prefix(text.lower()) >= len(text.rstrip(" .")) - 1 and any(
        t.kind in _TIME_WORDS for t in tokens
    )


@dataclass
class _Row:
    number: str
    segments: list[list[Chunk]] = field(default_factory=lambda: [[]])
    where: str = ""


class _Reader:
    def __init__(self, report: ImportReport, running_title: str) -> None:
        self.report = report
        self.running_title = running_title
        self.parts: list[PartData] = []
        self.rows: dict[int, list[_Row]] = {}
        # numbered rows per theme, counted as they come (a count per chunk was quadratic)
        self.numbered: dict[int, int] = {}
        self.theme: ThemeData | None = None
        self.subtitle_next = False
        self.page_break = False

    def chunk(self, chunk: Chunk, layout: DocumentLayout) -> None:
        first = chunk.lines[0].strip()
        where = _("line {n}").format(n=chunk.start + 1)
        if PART_HEADING.match(first) and len(chunk.lines) == 1:
            key = "jaarplan" if first.lower().startswith("jaarplan") else "jaarkalender"
            self.parts.append(PartData(key, " ".join(first.split()), layout.part(key)))
            self.theme, self.subtitle_next = None, True
            return
        if _is_header(chunk) or _is_furniture(chunk, self.running_title):
            self.page_break = True
            return
        if self.subtitle_next and self.parts and self.theme is None:
            self.parts[-1].subtitle = " ".join(first.split())
            self.subtitle_next = False
            return
        band = THEME_BAND.match(first)
        if band and len(chunk.lines) == 1 and self.parts:
            self.theme = ThemeData(title=" ".join(band.group(2).split()))
            self.parts[-1].themes.append(self.theme)
            self.rows[id(self.theme)] = []
            self.numbered[id(self.theme)] = 0
            self.page_break = False
            return
        if self.theme is None:
            self.report.note(
                where, _("text outside any theme was skipped: '{text}'").format(text=first[:50])
            )
            return
        rows = self.rows[id(self.theme)]
        start = ROW_START.match(first)
        numbered = self.numbered[id(self.theme)]
        lead = " ".join(" ".join(chunk.lines).split())
        if start and _starts_row_rule(int(start.group(1)), lead[len(start.group(1)) :], numbered):
            rows.append(_Row(start.group(1), where=where))
            rows[-1].segments[-1].append(chunk)
            self.numbered[id(self.theme)] = derived = numbered + 1
            if int(start.group(1)) != derived:
                self.report.note(
                    where,
                    _("row numbered {written} in the text is row {derived}").format(
                        written=start.group(1), derived=derived
                    ),
                )
        elif not rows:
            self.report.note(where, _("text before the first row of a theme was skipped"))
            return
        elif _period_like(chunk) and sum(len(s) for s in rows[-1].segments) >= 3:
            rows.append(_Row("", where=where))  # a row without a number of its own
            rows[-1].segments[-1].append(chunk)
        else:
            if self.page_break:
                rows[-1].segments.append([])
            rows[-1].segments[-1].append(chunk)
        self.page_break = False


def _starts_row_rule(number: int, rest: str, numbered: int) -> bool:
    """``3 sep-dec`` starts a row: a small number, then a period (numbers may repeat)."""
    if number == numbered + 1:
        return True
    return 1 <= number <= numbered + 1 and period_prefix(rest.lower()) > 0


def _row_cells(row: _Row, widths: list[float], report: ImportReport) -> RawRow:
    cells: dict[Field, list[str]] = {f: [] for f in FIELDS}
    for index, segment in enumerate(row.segments):
        if not segment:
            continue
        chunks = list(segment)
        first_column = 1
        if index == 0:
            lead = chunks[0]
            blocks = " ".join(x if x.strip() else "|" for x in lead.lines).split("|")
            blocks = [b.strip() for b in blocks if b.strip()]
            if row.number:
                blocks[0] = blocks[0][len(row.number) :].strip()
            if len(blocks) > 1 and all(
                period_prefix(b.lower()) > 0 and any(t.kind in _TIME_WORDS for t in scan(b.lower()))
                for b in blocks
            ):
                report.note(
                    row.where,
                    _("the period holds more than one period; two rows may have been read as one"),
                )
            text = lead.lines[0].strip()
            if row.number:
                text = text[len(row.number) :].strip()
            cut = period_prefix(text.lower())
            period_lines = [text[:cut].strip()] if cut else []
            rest = text[cut:].strip()
            if rest and cut:  # one-line period with the start of the wat text beside it
                cells[Field.PERIOD].extend(period_lines)
                chunks[0] = Chunk(lead.start, [rest, *lead.lines[1:]])
            else:
                cells[Field.PERIOD].append(" ".join([text, *[x.strip() for x in lead.lines[1:]]]))
                chunks = chunks[1:]
        chunks = split_glued(chunks, widths)
        columns = assign_columns(chunks, widths, first_column)
        for chunk, column in zip(chunks, columns, strict=True):
            cells[FIELDS[column]].append(chunk.markup())
    raw = RawRow(
        cells={f: " ".join(v) for f, v in cells.items() if v},
        continuation=not row.number,
        where=row.where,
    )
    if not cells[Field.WHAT]:
        report.note(
            row.where, _("row {number}: no activity text found").format(number=row.number or "-")
        )
    return raw


def _preamble(lines: list[str]) -> tuple[list[SectionData], list[str]]:
    sections: list[SectionData] = []
    kpis: list[str] = []
    title = _("Introduction")
    paragraphs: list[str] = []
    current: list[str] = []

    def paragraph() -> None:
        if current:
            paragraphs.append(" ".join(x.strip() for x in current))
            current.clear()

    def section() -> None:
        paragraph()
        if paragraphs:
            sections.append(SectionData(title, plain_paragraphs(paragraphs)))
            paragraphs.clear()

    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            paragraph()
            continue
        if re.match(r"^\d{1,2}\.\s+\S", text):
            paragraph()
            kpis.append(text)
            continue
        if kpis and not current and not re.match(r"^\d", text) and lines[index - 1].strip():
            kpis[-1] += " " + text
            continue
        is_heading = (
            len(text) < 80
            and not current
            and not re.search(r"[.:;,]$", text)
            and (
                index + 1 < len(lines)
                and lines[index + 1].strip()
                and len(lines[index + 1].strip()) > len(text) + 20
            )
            and not text.startswith("•")
        )
        if is_heading:
            section()
            title = text
            continue
        if text.startswith("•"):
            paragraph()
        current.append(text)
    section()
    return sections, kpis


def read_pagetext(text: str, source: str, layout: DocumentLayout) -> ImportResult:
    report = ImportReport(source)
    lines = [line.rstrip("\n") for line in text.split("\n")]
    first_part = next(
        (i for i, line in enumerate(lines) if PART_HEADING.match(line.strip())), len(lines)
    )
    head = lines[:first_part]
    title_index = next((i for i, line in enumerate(head) if line.strip()), 0)
    title = " ".join(head[title_index].split()) if head else source
    running = next(
        (
            " ".join(line.split())
            for line in lines
            if "versie" in line and title in " ".join(line.split())
        ),
        "",
    )
    sections, kpi_lines = _preamble(head[title_index + 1 :])
    reader = _Reader(report, running)
    body = isolate(lines[first_part:], running)
    for chunk in _chunks(body, first_part):
        reader.chunk(chunk, layout)
    all_rows = [r for rows in reader.rows.values() for r in rows]
    widths = learn_widths([r.segments[0] for r in all_rows if len(r.segments) == 1])
    for part in reader.parts:
        for theme in part.themes:
            theme.rows = [_row_cells(r, widths, report).to_row() for r in reader.rows[id(theme)]]
    period = kpi_period(" ".join(head))
    wanted = {n for p in reader.parts for r in p.all_rows() for n in r.kpis}
    name = re.sub(r"^\s*jaarkalender\s*&\s*jaarplan\s+", "", title, flags=re.I).strip()
    document = DocumentData(
        organisation=organisation(name, text[:3000]),
        school_year=school_year(" ".join(p.title for p in reader.parts) or title, report),
        title=title,
        layout=layout.name,
        sections=sections,
        parts=reader.parts,
        kpis=missing_kpis(kpi_list(kpi_lines, period), wanted, period, report),
    )
    if widths:
        report.note(
            "",
            _(
                "This file is page text: the columns were told apart by the width "
                "of their lines; check the rows in the table."
            ),
        )
    return ImportResult(document, report)


def median_or(values: list[float], default: float) -> float:
    return statistics.median(values) if values else default
