"""The calendar overview PDF: the school year's months across the page, the rows grouped by
theme in the table's order, bars from the periods, holidays shaded; as many pages as it
takes, with the month header on each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Paragraph, TableStyle

from jaarplanner.exporters.pdf.document import WIDTH, Progress, running_title
from jaarplanner.exporters.pdf.fonts import register
from jaarplanner.exporters.pdf.markup import text, title
from jaarplanner.exporters.pdf.pages import build_plain
from jaarplanner.exporters.pdf.styles import BAND, style
from jaarplanner.exporters.pdf.tables import BandParagraph, PartTable, _base_style
from jaarplanner.exporters.pdf.timeline import MonthHeader, Scale, Timeline
from jaarplanner.holidays.public import Holiday
from jaarplanner.holidays.school import holidays_in
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, RowData, ThemeData
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import Field
from jaarplanner.periods import SchoolYear, describe_period, parse_period

LABEL_SHARE = 0.3


def _label(row: RowData) -> str:
    what = " ".join(to_plain(row.value(Field.WHAT) or row.value(Field.TITLE)).split())
    if len(what) > 90:
        what = what[:88].rstrip() + "…"
    number = f"{row.number} " if row.number else ""
    return f"{number}{what}"


def calendar_story(
    document: DocumentData,
    part_key: str | None,
    today: dt.date | None,
    holidays: list[Holiday] | None = None,
) -> list:
    year = SchoolYear.parse(document.school_year)
    label_width = WIDTH * LABEL_SHARE
    scale = Scale(year, WIDTH - label_width - 6)
    if holidays is None:
        holidays = holidays_in(year, document.organisation.region)
    data: list[list] = [[Paragraph(text(_("Activity")), style("header")), MonthHeader(scale)]]
    commands = _base_style()
    unplaced: list[tuple[str, str]] = []

    def add(theme: ThemeData, deadline_column: bool) -> None:
        label = f"{theme.label} {theme.title}" if theme.label else theme.title
        data.append([BandParagraph(title(label), style("band")), ""])
        index = len(data) - 1
        commands.extend(
            [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), BAND)]
        )
        for row in theme.rows:
            written = to_plain(row.value(Field.PERIOD))
            period = parse_period(written, year, deadline_column)
            cell = Paragraph(text(_label(row)), style("cell"))
            if not period.placeable:
                unplaced.append((_label(row), written))
            data.append(
                [cell, Timeline(scale, holidays, period if period.placeable else None, today=today)]
            )
        for child in theme.themes:
            add(child, deadline_column)

    for part in document.parts:
        if part_key not in (None, part.key, part.title):
            continue
        deadline_column = part.layout.deadline_field == Field.PERIOD
        for theme in part.themes:
            add(theme, deadline_column)
    table = PartTable(data, colWidths=[label_width, scale.width + 6], repeatRows=1)
    commands.append(("VALIGN", (1, 1), (1, -1), "MIDDLE"))
    table.setStyle(TableStyle(commands))
    found = [Paragraph(text(_("Calendar {year}").format(year=year)), style("h1")), table]
    if unplaced:
        found.append(Paragraph(text(_("Not placed in the calendar")), style("h2")))
        for label, written in unplaced:
            why = describe_period(parse_period(written, year))
            found.append(
                Paragraph(
                    f"<b>{text(label)}</b> – {text(written or '—')} ({text(why)})", style("cell")
                )
            )
    return found


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
