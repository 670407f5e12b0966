"""A plan document as a PDF in its own layout: title page, status block, table of contents
and text sections where the layout has them, then its parts, kwaliteitskalender and
jaarplanning."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from babel.dates import format_date
from reportlab.platypus import (
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from jaarplanner.exporters.pdf import markup
from jaarplanner.exporters.pdf.fonts import TEXT, register
from jaarplanner.exporters.pdf.markup import flowables, text, title
from jaarplanner.exporters.pdf.meta import MarkedDocTemplate, bookmark
from jaarplanner.exporters.pdf.pages import (
    BOTTOM,
    MARGIN,
    PAGE,
    TOP,
    letterhead,
    no_furniture,
    numbered_canvas,
)
from jaarplanner.exporters.pdf.rows import keep_headings
from jaarplanner.exporters.pdf.styles import GRID, style
from jaarplanner.exporters.pdf.tables import action_tables, grid_table, part_table
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, PartData
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.values import DocumentState, StepAction, step_label

Progress = Callable[[int, int], None]
WIDTH = PAGE[0] - 2 * MARGIN


class _Heading(Paragraph):
    """A heading that goes into the table of contents."""

    def __init__(self, markup: str, level: int, plain: str, outline: str) -> None:
        super().__init__(markup, style("h1" if level == 0 else "h2"))
        self.toc_level = level
        self.toc_text = plain  # escaped: the contents page reads it as markup
        self.outline = outline  # the bookmark's own text: plain, never read as markup

    def draw(self) -> None:
        super().draw()
        # a bookmark in the PDF's outline, where the heading is
        bookmark(self.canv, f"heading-{id(self)}", self.height, self.outline, self.toc_level)


class _Template(MarkedDocTemplate):
    def __init__(
        self,
        target: str,
        document: DocumentData,
        progress: Progress | None,
        total: int,
        title_page: bool,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=document.title,
            author=document.organisation.name,
            creator="Jaarplanner",
            subject=_("School year {year}").format(year=document.school_year),
        )
        frame = Frame(
            MARGIN,
            BOTTOM,
            WIDTH,
            PAGE[1] - TOP - BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [
            PageTemplate("title", [frame], onPage=no_furniture),
            PageTemplate("main", [frame]),
        ]
        self.addPageTemplates(templates if title_page else templates[::-1])
        self.progress = progress
        self.total = total
        self.done = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading):
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page))

        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def running_title(document: DocumentData) -> str:
    title = document.title[: markup.MAX_TITLE]  # drawn as it is, never read as markup
    names = (document.organisation.name, document.organisation.short_name)
    if not any(name and name.lower() in title.lower() for name in names):
        title = f"{title} – {document.organisation.name}"
    if document.school_year not in title:
        title = _("{title}, school year {year}").format(title=title, year=document.school_year)
    return title


def _step_line(step) -> str:
    day = format_date(step.date, "d MMMM y", locale="nl_NL") if step.date else "–"
    action = step_label(step.action).capitalize()
    if step.body:
        line = _("{action} by {body} {date}").format(action=action, body=step.body, date=day)
    else:
        line = _("{action} {date}").format(action=action, date=day)
    return f"{line} ({step.note})" if step.note else line


def _status_block(document: DocumentData) -> list[Flowable]:
    lines = [_step_line(step) for step in document.steps]
    if document.state == DocumentState.CONCEPT:
        lines.append(_("Draft: not adopted yet"))
    if not lines:
        return []
    rows = [
        [Paragraph(text(_("Status")), style("header")), Paragraph(text(lines[0]), style("cell"))]
    ]
    rows += [["", Paragraph(text(line), style("cell"))] for line in lines[1:]]
    table = Table(rows, colWidths=[WIDTH * 0.12, WIDTH * 0.5], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), TEXT, 9),
                ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [table, Spacer(1, 12)]


def _title_page(document: DocumentData) -> list[Flowable]:
    adopted = next((s for s in document.steps if s.action == StepAction.ADOPTED and s.date), None)
    found: list[Flowable] = [Spacer(1, 120), Paragraph(title(document.title), style("title"))]
    if document.subtitle:
        found.append(Paragraph(title(document.subtitle), style("subtitle")))
    if adopted is not None:
        found.append(
            Paragraph(
                text(
                    _("Adopted {date}").format(
                        date=format_date(adopted.date, "d MMMM y", locale="nl_NL")
                    )
                ),
                style("subtitle"),
            )
        )
    elif document.state == DocumentState.CONCEPT:
        found.append(Paragraph(text(_("Draft")), style("subtitle")))
    found += [Spacer(1, 60), Paragraph(title(document.organisation.name), style("subtitle"))]
    return found


class _Chapters:
    """Chapter headings, numbered ``1. Inleiding`` where the layout has a contents page."""

    def __init__(self, numbered: bool) -> None:
        self.numbered = numbered
        self.count = 0

    def heading(self, title: str, level: int = 0) -> Paragraph:
        if level == 0:
            self.count += 1
            if self.numbered:
                title = f"{self.count}. {title}"
        return _Heading(
            markup.title(title), level, markup.title(title, note=False), title[: markup.MAX_TITLE]
        )


def _kpis(document: DocumentData, chapters: _Chapters) -> list[Flowable]:
    if not any(k.text for k in document.kpis):
        return []
    period = document.kpis[0].plan_period
    title = _("KPIs {period}").format(period=period).strip() if period else _("KPIs")
    found: list[Flowable] = [chapters.heading(title)]
    for kpi in document.kpis:
        item = flowables(f"<ol><li>{kpi.text}</li></ol>", style("body"))
        for paragraph in item:
            paragraph.bulletText = f"{kpi.number}."
        found += item
    return found


FRAME_HEIGHT = PAGE[1] - TOP - BOTTOM


def _part(
    document: DocumentData,
    layout: DocumentLayout,
    part: PartData,
    chapters: _Chapters,
    row_breaks: str,
) -> list[Flowable]:
    found: list[Flowable] = [chapters.heading(part.title)]
    if part.subtitle:
        found.append(Paragraph(title(part.subtitle), style("subtitle")))
    fields = part.layout.fields
    if part.layout.orientation == "transposed":
        for goal in part.themes:
            label = f"{goal.label} " if goal.label else ""
            found.append(chapters.heading(f"{label}{goal.title}", level=1))
            for topic in goal.themes or [goal]:
                if topic is not goal:
                    found.append(Paragraph(f"<b>{title(topic.title)}</b>", style("goal")))
                found += flowables(topic.goal, style("goal"))
                for table in action_tables(topic, part.layout, WIDTH):
                    found += [table, Spacer(1, 8)]
        return found
    if fields and fields[0].value == "result":  # development points: a block per topic
        for theme in part.themes:
            if theme.reference:
                found.append(Paragraph(title(theme.reference), style("margin")))
            found.append(chapters.heading(theme.title, level=1))
            found += flowables(theme.goal, style("goal"))
            found += part_table(
                part, WIDTH, [theme], False, row_breaks=row_breaks, page_height=FRAME_HEIGHT
            )
            found += flowables(theme.footnotes, style("footnote"))
            found.append(Spacer(1, 10))
        return found
    found += part_table(part, WIDTH, row_breaks=row_breaks, page_height=FRAME_HEIGHT)
    for theme in part.all_themes():
        found += flowables(theme.footnotes, style("footnote"))
    return found


def story(
    document: DocumentData,
    layout: DocumentLayout,
    part_key: str | None = None,
    row_breaks: str | None = None,
) -> list[Flowable]:
    """The flowables of the PDF; ``row_breaks`` overrides the document's own setting."""
    breaks = row_breaks or document.row_breaks
    chapters = _Chapters(layout.table_of_contents)
    found: list[Flowable] = []
    if layout.title_page:
        found += _title_page(document)
        found += [NextPageTemplate("main"), PageBreak()]
    else:
        found.append(NextPageTemplate("main"))
    if layout.status_block or document.steps:  # the state and the trail, in every layout
        found += _status_block(document)
    if layout.table_of_contents:
        contents = TableOfContents()
        contents.levelStyles = [style("toc"), style("cell")]
        contents.tableStyle = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), TEXT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        found += [Paragraph(text(_("Contents")), style("h1")), contents, PageBreak()]
    if not layout.title_page:
        found.append(Paragraph(title(document.title), style("title")))
        if document.subtitle:
            found.append(Paragraph(title(document.subtitle), style("subtitle")))
    parts = [p for p in document.parts if part_key in (None, p.key, p.title)]
    if part_key is None:
        for section in document.sections:
            found.append(chapters.heading(section.title))
            found += flowables(section.body, style("body"))
        found += _kpis(document, chapters)
    for part in parts:
        found += [*_new_page(found), *_part(document, layout, part, chapters, breaks)]
    if part_key is None and document.meeting_series:
        found += [
            *_new_page(found),
            chapters.heading(_("Year planning {year}").format(year=document.school_year)),
            grid_table(document.meeting_series, WIDTH),
        ]
    return keep_headings(found)


def _new_page(found: list[Flowable]) -> list[Flowable]:
    """A page break, unless the story is at the top of a new page already (a new document
    has no sections between its contents page and its first part: no empty page)."""
    return [] if found and isinstance(found[-1], PageBreak) else [PageBreak()]


def write_pdf(
    document: DocumentData,
    layout: DocumentLayout,
    target: Path,
    part_key: str | None = None,
    progress: Progress | None = None,
    row_breaks: str | None = None,
) -> None:
    register()
    flow = story(document, layout, part_key, row_breaks)
    template = _Template(str(target), document, progress, len(flow), layout.title_page)
    canvasmaker = numbered_canvas(running_title(document), letterhead(document.organisation))
    if layout.table_of_contents:
        template.multiBuild(flow, canvasmaker=canvasmaker)
    else:
        template.build(flow, canvasmaker=canvasmaker)
