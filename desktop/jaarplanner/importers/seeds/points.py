"""Seeds in the development-points layout (``003_…``): a title page, chapters, blocks per
topic with a margin reference (*Ontwikkelpunt 2 en 3*), a *Doel:* line and a four-column
table, footnotes, the kwaliteitskalender and the jaarplanning grid."""

from __future__ import annotations

import re

from jaarplanner.i18n import _
from jaarplanner.importers.recognise import date_in
from jaarplanner.importers.report import ImportReport, ImportResult
from jaarplanner.importers.seeds.cells import cell_text, plain_paragraphs, seed_cell
from jaarplanner.importers.seeds.common import RawRow, organisation, school_year
from jaarplanner.importers.seeds.meetings import read_grid
from jaarplanner.model.document import (
    DocumentData,
    PartData,
    SectionData,
    StepData,
    ThemeData,
)
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.values import DocumentState, Field, StepAction

CHAPTER = re.compile(r"^\s*(\d+)\.\s+(\S[^\t]*?)\s*$")
FOOTNOTE = re.compile(r"^\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(\S.*)$")
POINT_FIELDS = (Field.RESULT, Field.WHAT, Field.WHO, Field.PERIOD)
CALENDAR_FIELDS = (Field.WHAT, Field.PERIOD, Field.WHO, Field.REMARK)
HEADER = {"beoogde resultaat", "wat", "wie", "wanneer gereed", "wanneer", "opmerking"}


def _cells(line: str, width: int) -> list[str]:
    cells = line.split("\t")
    return (cells + [""] * width)[:width]


class _Blocks:
    """The chapter of development points: themes, their references, goals and rows."""

    def __init__(self, part: PartData, report: ImportReport) -> None:
        self.part = part
        self.report = report
        self.raw: dict[int, list[RawRow]] = {}
        self.theme: ThemeData | None = None
        self.reference: str | None = None
        self.awaiting_points = False

    def line(self, index: int, lines: list[str]) -> None:
        line = lines[index]
        text = cell_text(line.replace("\t", " "))
        where = _("line {n}").format(n=index + 1)
        if not text:
            return
        if text == "Ontwikkelpunt":
            self.awaiting_points = True
            return
        if self.awaiting_points:
            self.awaiting_points = False
            self.reference = f"Ontwikkelpunt {text}"
            return
        footnote = FOOTNOTE.match(text)
        if footnote:
            self._footnote(footnote.group(1), footnote.group(2))
            return
        if text.startswith("Doel:"):
            if self.theme is not None:
                self.theme.goal = seed_cell(text)
            return
        cells = [cell_text(c) for c in _cells(line, 4)]
        if {c.lower() for c in cells if c} <= HEADER and len([c for c in cells if c]) >= 3:
            return
        following = next((cell_text(n) for n in lines[index + 1 :] if cell_text(n)), "")
        if not any(cells[1:]) and following.startswith("Doel:"):
            self._theme(text)
            return
        if self.theme is None:
            self.report.note(where, _("text before the first topic was skipped"))
            return
        rows = self.raw[id(self.theme)]
        if self.reference:  # a margin reference that starts on a later page of the topic
            self._add_reference(self.reference)
            self.reference = None
        values = dict(zip(POINT_FIELDS, _cells(line, 4), strict=True))
        if not any(cells[1:]) and rows:  # the rest of a row, after a page break
            rows[-1].extend({Field.RESULT: values[Field.RESULT]})
            return
        rows.append(RawRow(cells=values, continuation=not cells[0] and bool(rows), where=where))

    def _theme(self, title: str) -> None:
        self.theme = ThemeData(title=title)
        if self.reference:
            self.theme.reference = self.reference
            self.reference = None
        self.part.themes.append(self.theme)
        self.raw[id(self.theme)] = []

    def _add_reference(self, reference: str) -> None:
        assert self.theme is not None
        current = self.theme.reference
        self.theme.reference = f"{current}; {reference}" if current else reference

    def _footnote(self, mark: str, text: str) -> None:
        owner = next(
            (
                t
                for t in self.part.themes
                if mark in t.title
                or any(mark in " ".join(r.cells.values()) for r in self.raw[id(t)])
            ),
            self.theme,
        )
        if owner is None:
            self.report.note("", _("footnote {mark} has no topic").format(mark=mark))
            return
        note = f"<p><sup>{mark}</sup> {seed_cell(text)}</p>"
        owner.footnotes = seed_cell(owner.footnotes + note)

    def finish(self) -> None:
        for theme in self.part.themes:
            theme.rows = [raw.to_row() for raw in self.raw[id(theme)]]


def _calendar(part: PartData, lines: list[tuple[int, str]], report: ImportReport) -> None:
    theme: ThemeData | None = None
    for index, line in lines:
        if "\t" not in line:
            if line.strip():
                report.note(
                    _("line {n}").format(n=index + 1),
                    _("text in the kwaliteitskalender was not placed"),
                )
            continue
        cells = _cells(line, 4)
        plain = [cell_text(c) for c in cells]
        rest = {c.lower() for c in plain[1:] if c}
        if plain[0] and rest <= {"wanneer", "wie", "opmerking"}:  # a group: its own title
            theme = ThemeData(title=plain[0])
            part.themes.append(theme)
            continue
        if theme is None:
            theme = ThemeData(title=_("Quality calendar"))
            part.themes.append(theme)
        row = RawRow(cells=dict(zip(CALENDAR_FIELDS, cells, strict=True)))
        theme.rows.append(row.to_row())


def read_points(text: str, source: str, layout: DocumentLayout) -> ImportResult:
    report = ImportReport(source)
    lines = text.split("\n")
    contents = next((i for i, line in enumerate(lines) if line.strip() == "Inhoudsopgave"), 0)
    front = [line.strip() for line in lines[:contents] if line.strip()]
    title = front[0] if front else source
    adopted = next((line for line in front if line.lower().startswith("vastgesteld")), None)
    name = next((line for line in front if "samenwerkingsverband" in line.lower()), title)
    chapters = [
        (i, match)
        for i, line in enumerate(lines)
        if i > contents and "\t" not in line and "....." not in line
        if (match := CHAPTER.match(line)) is not None
    ]
    starts = [i for i, _m in chapters] + [len(lines)]
    sections: list[SectionData] = []
    parts: list[PartData] = []
    series = []
    for (start, match), end in zip(chapters, starts[1:], strict=True):
        heading = match.group(2)
        body = lines[start + 1 : end]
        lowered = heading.lower()
        if "ontwikkelpunt" in lowered or "verbeter" in lowered:
            part = PartData("ontwikkelpunten", heading, layout.part("ontwikkelpunten"))
            blocks = _Blocks(part, report)
            for offset in range(len(body)):
                blocks.line(offset, body)
            blocks.finish()
            parts.append(part)
        elif "kwaliteitskalender" in lowered:
            part = PartData("kwaliteitskalender", heading, layout.part("kwaliteitskalender"))
            _calendar(part, [(start + 1 + k, line) for k, line in enumerate(body)], report)
            parts.append(part)
        elif "jaarplanning" in lowered:
            series = read_grid(body, report)
        else:
            sections.append(SectionData(heading, plain_paragraphs(body)))
    steps = []
    if adopted:
        steps.append(StepData("", StepAction.ADOPTED, date_in(adopted)))
    document = DocumentData(
        organisation=organisation(name, text[:4000]),
        school_year=school_year(title, report),
        title=title,
        layout=layout.name,
        state=DocumentState.ADOPTED if adopted else DocumentState.CONCEPT,
        steps=steps,
        sections=sections,
        parts=parts,
        meeting_series=series,
    )
    return ImportResult(document, report)
