"""PDF export with ReportLab, in each organisation's own layout."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
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
    with _collector_paused():
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

    with _collector_paused():
        write_calendar_pdf(document, target, part_key, progress, holidays=holidays)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cycle collector rests while a PDF is made. ReportLab makes hundreds of thousands
    of objects that live until the file is written, and each full round of the collector
    walks all of them and what lived before (1.7 s of a 10,000-row export, more as the
    document grows, measured); what an export leaves in cycles is small (ReportLab's PDF
    objects, 1,500 per 500 rows: the same peak memory either way, measured), and is collected
    as usual once the collector runs again. An export started while another has it paused
    leaves it as it found it."""
    was_running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_running:
            gc.enable()


__all__ = ["export_calendar_pdf", "export_pdf"]
