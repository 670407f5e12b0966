"""The evaluation of a year as a PDF: counts per theme and status, what was and was not
realised."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, TableStyle

from jaarplanner.exporters.pdf.document import WIDTH, running_title
from jaarplanner.exporters.pdf.fonts import register
from jaarplanner.exporters.pdf.markup import flowables, text
from jaarplanner.exporters.pdf.pages import BOTTOM, MARGIN, PAGE, TOP, numbered_canvas
from jaarplanner.exporters.pdf.styles import style
from jaarplanner.exporters.pdf.tables import PartTable, _base_style
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.values import RowStatus, status_label
from jaarplanner.services.evaluation import Evaluation, evaluation_text


def write_evaluation_pdf(document: DocumentData, evaluation: Evaluation, target: Path) -> None:
    register()
    statuses = list(RowStatus)
    header = [Paragraph(text(_("Theme")), style("header"))] + [
        Paragraph(text(status_label(s)), style("header")) for s in statuses
    ]
    rows = [header]
    for count in evaluation.themes:
        rows.append(
            [Paragraph(text(count.theme), style("cell"))]
            + [Paragraph(str(count.counts.get(s, 0) or ""), style("cell")) for s in statuses]
        )
    total = evaluation.total
    rows.append(
        [Paragraph(f"<b>{text(_('Total'))}</b>", style("cell"))]
        + [Paragraph(f"<b>{total.get(s, 0)}</b>", style("cell")) for s in statuses]
    )
    widths = [WIDTH * 0.37] + [WIDTH * 0.09] * len(statuses)
    table = PartTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_base_style()))
    flow = [
        Paragraph(text(_("Evaluation {year}").format(year=evaluation.school_year)), style("title")),
        table,
        *flowables(evaluation_text(evaluation), style("body")),
    ]
    template = BaseDocTemplate(
        str(target),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=_("Evaluation {year}").format(year=evaluation.school_year),
        author=document.organisation.name,
        creator="Jaarplanner",
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        WIDTH,
        PAGE[1] - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate("main", [frame])])
    template.build(flow, canvasmaker=numbered_canvas(running_title(document)))
