"""The calendar overview PDF: the school year's months across the page, the rows grouped by
theme in the table's order, bars from the periods, holidays shaded; as many pages as it
takes, with the month header on each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from jaarplanner.exporters.pdf.document import FRAME_HEIGHT, WIDTH, Progress, running_title
from jaarplanner.exporters.pdf.fonts import TEXT, register
from jaarplanner.exporters.pdf.markup import text, title
from jaarplanner.exporters.pdf.meta import bookmark
from jaarplanner.exporters.pdf.pages import build_plain
from jaarplanner.exporters.pdf.rows import Header, Row, keep_headings, runs
from jaarplanner.exporters.pdf.styles import BAND, style
from jaarplanner.exporters.pdf.tables import BandParagraph, _base_style
from jaarplanner.exporters.pdf.timeline import (
    PUBLIC_HOLIDAY as PUBLIC,
)
from jaarplanner.exporters.pdf.timeline import (
    SCHOOL_HOLIDAY,
    MonthHeader,
    Scale,
    Timeline,
)
from jaarplanner.holidays.public import Holiday
from jaarplanner.holidays.school import holidays_in
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, RowData, ThemeData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import Period, SchoolYear, describe_period, parse_period

LABEL_SHARE = 0.3


def _label(row: RowData) -> str:
    what = " ".join(to_plain(row.value(Field.WHAT) or row.value(Field.TITLE)).split())
    if len(what) > 90:
        what = what[:88].rstrip() + "…"
    number = f"{row.number} " if row.number else ""
    return f"{number}{what}"


def _legend(scale: Scale) -> Flowable:
    """What the marks mean, drawn with the marks themselves."""
    year = scale.year
    samples = [
        (_("Period"), Period("span", ((year.start, year.start + dt.timedelta(days=150)),))),
        (_("Deadline"), Period("deadline", ((year.start + dt.timedelta(days=180),) * 2,))),
        (_("Whole year or ongoing"), Period("whole_year", ((year.start, year.end),))),
    ]
    cells = []
    small = Scale(year, 60)
    for label, period in samples:
        cells += [Timeline(small, [], period), Paragraph(text(label), style("cell"))]
    for label, colour in ((_("School holiday"), SCHOOL_HOLIDAY), (_("Public holiday"), PUBLIC)):
        cells += [_Swatch(colour), Paragraph(text(label), style("cell"))]
    widths = [64, 96] * (len(cells) // 2)
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), TEXT, 9), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    )
    return table


class _Swatch(Flowable):
    def __init__(self, colour) -> None:
        super().__init__()
        self.colour = colour

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 60, 14

    def draw(self) -> None:
        self.canv.setFillColor(self.colour)
        self.canv.rect(0, -3, 60, 20, stroke=0, fill=1)


def calendar_story(
    document: DocumentData,
    part_key: str | None,
    today: dt.date | None,
    holidays: list[Holiday] | None = None,
) -> list:
    """Per part: its title, its themes as bands with their rows on the months of the year,
    and the rows that could not be placed; a legend at the top."""
    year = SchoolYear.parse(document.school_year)
    label_width = WIDTH * LABEL_SHARE
    scale = Scale(year, WIDTH - label_width - 6)
    if holidays is None:
        holidays = holidays_in(year, document.organisation.region)
    commands = [*_base_style(), ("VALIGN", (1, 1), (1, -1), "MIDDLE")]
    found: list = [
        Paragraph(text(_("Calendar {year}").format(year=year)), style("h1")),
        _legend(scale),
        Spacer(1, 8),
    ]
    header = Header(  # one for all parts: the months once per page
        [Paragraph(text(_("Activity")), style("header")), MonthHeader(scale)],
        [label_width, scale.width + 6],
        commands,
        row_breaks="never",
        page_height=FRAME_HEIGHT,
    )
    for part in document.parts:
        if part_key not in (None, part.key, part.title):
            continue
        deadline_column = part.layout.deadline_field == Field.PERIOD
        rows: list[Row] = []
        unplaced: list[tuple[str, str]] = []

        def add(
            theme: ThemeData,
            depth: int,
            deadline_column: bool = deadline_column,
            rows: list[Row] = rows,
            unplaced: list[tuple[str, str]] = unplaced,
        ) -> None:
            label = f"{theme.label} {theme.title}" if theme.label else theme.title
            band = [[BandParagraph(title(label), style("band"))], []]
            rows.append(
                Row(
                    band,
                    band=True,
                    bookmark=(label, depth),
                    commands=[("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), BAND)],
                )
            )
            for row in theme.rows:
                written = to_plain(row.value(Field.PERIOD))
                period = parse_period(written, year, deadline_column)
                if not period.placeable:
                    unplaced.append((_label(row), written))
                timeline = Timeline(
                    scale, holidays, period if period.placeable else None, today=today
                )
                rows.append(Row([[Paragraph(text(_label(row)), style("cell"))], [timeline]]))
            for child in theme.themes:
                add(child, depth + 1)

        for theme in part.themes:
            add(theme, 1)
        heading = _PartHeading(title(part.title), style("h2"))
        heading.plain = part.title
        found += [heading, *runs(header, rows)]
        if unplaced:
            found.append(Paragraph(text(_("Not placed in the calendar")), style("h3")))
            for label, written in unplaced:
                why = describe_period(parse_period(written, year))
                found.append(
                    Paragraph(
                        f"<b>{text(label)}</b> – {text(written or '—')} ({text(why)})",
                        style("cell"),
                    )
                )
        found.append(Spacer(1, 10))
    return keep_headings(found)


class _PartHeading(Paragraph):
    """A part's title, with its bookmark."""

    plain = ""

    def draw(self) -> None:
        super().draw()
        bookmark(self.canv, f"part-{id(self)}", self.height, self.plain, 0)


def write_calendar_pdf(
    document: DocumentData,
    target: Path,
    part_key: str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
    holidays: list[Holiday] | None = None,
) -> None:
    register()
    flow = calendar_story(document, part_key, today or dt.date.today(), holidays)
    if progress is not None:
        progress(0, 1)
    build_plain(
        target,
        flow,
        _("Calendar {year}").format(year=document.school_year),
        document.organisation.name,
        running_title(document),
    )
    if progress is not None:
        progress(1, 1)
