"""PDF export with ReportLab, in each organisation's own layout."""

from __future__ import annotations

import gc
from pathlib import Path

from jaarplanner.exporters.pdf.document import Progress, write_pdf
from jaarplanner.holidays.public import Holiday
from jaarplanner.model.document import DocumentData


def export_pdf(
    document: DocumentData,
    target: Path,
    part_key: str | None = None,
    progress: Progress | None = None,
    row_breaks: str | None = None,
) -> None:
    """Write ``document`` (optionally one part) as a PDF in its layout to ``target``;
    ``row_breaks`` (never, long, always) instead of the document's own setting."""
    from jaarplanner.importers.layouts import all_layouts
    from jaarplanner.importers.seeds import layout as shipped

    layouts = {layout.name: layout for layout in all_layouts()}
    layout = layouts.get(document.layout) or shipped("themed-table")
    _settle()
    write_pdf(document, layout, target, part_key, progress, row_breaks)


def export_calendar_pdf(
    document: DocumentData,
    target: Path,
    part_key: str | None = None,
    progress: Progress | None = None,
    holidays: list[Holiday] | None = None,
) -> None:
    """The calendar overview of ``document`` (optionally one part) as a PDF; ``holidays``
    are the office's own when it set them (else the shipped defaults of its region)."""
    from jaarplanner.exporters.pdf.calendar import write_calendar_pdf

    _settle()
    write_calendar_pdf(document, target, part_key, progress, holidays=holidays)


def _settle() -> None:
    """What lives when an export starts (the document, the fonts, the modules) outlives it:
    frozen, the cycle collector leaves it alone instead of walking it in each of its full
    rounds while ReportLab makes its hundreds of thousands of objects (0.3-0.4 s of a
    39-page export, measured). The young garbage is collected first, so none is frozen."""
    gc.collect(1)
    gc.freeze()


__all__ = ["export_calendar_pdf", "export_pdf"]
