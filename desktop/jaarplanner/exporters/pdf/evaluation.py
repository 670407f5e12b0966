"""The evaluation of a year as a PDF: counts per theme and status, what was and was not
realised."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph

from jaarplanner.exporters.pdf.document import FRAME_HEIGHT, WIDTH, running_title
from jaarplanner.exporters.pdf.fonts import register
from jaarplanner.exporters.pdf.markup import flowables, text
from jaarplanner.exporters.pdf.pages import build_plain
from jaarplanner.exporters.pdf.rows import Header, Row, runs
from jaarplanner.exporters.pdf.styles import style
from jaarplanner.exporters.pdf.tables import _base_style
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.evaluation import Evaluation, evaluation_text
from jaarplanner.model.values import RowStatus, status_label


def write_evaluation_pdf(document: DocumentData, evaluation: Evaluation, target: Path) -> None:
    register()
    statuses = list(RowStatus)
    header = [Paragraph(text(_("Theme")), style("header"))] + [
        Paragraph(text(status_label(s)), style("header")) for s in statuses
    ]
    rows = []
    for count in evaluation.themes:
        rows.append(
            [[Paragraph(text(count.theme), style("cell"))]]
            + [[Paragraph(str(count.counts.get(s, 0) or ""), style("cell"))] for s in statuses]
        )
    total = evaluation.total
    label = _("Total")  # outside the f-string, where the catalog finds it
    rows.append(
        [[Paragraph(f"<b>{text(label)}</b>", style("cell"))]]
        + [[Paragraph(f"<b>{total.get(s, 0)}</b>", style("cell"))] for s in statuses]
    )
    widths = [WIDTH * 0.37] + [WIDTH * 0.09] * len(statuses)
    # runs of short tables, the header once per page: the cost stays linear in the themes
    shared = Header(header, widths, _base_style(), row_breaks="never", page_height=FRAME_HEIGHT)
    flow = [
        Paragraph(text(_("Evaluation {year}").format(year=evaluation.school_year)), style("title")),
        *runs(shared, [Row(cells) for cells in rows]),
        *flowables(evaluation_text(evaluation), style("body")),
    ]
    build_plain(
        target,
        flow,
        _("Evaluation {year}").format(year=evaluation.school_year),
        document.organisation.name,
        running_title(document),
    )
