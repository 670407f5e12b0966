"""Page furniture: the running title on every page after the title page, and *Pagina 3 van
28* at the foot, which needs the page count, so pages are drawn when the document is done."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, PageTemplate

from jaarplanner.exporters.pdf.fonts import TEXT
from jaarplanner.exporters.pdf.meta import MarkedDocTemplate
from jaarplanner.exporters.pdf.styles import MUTED
from jaarplanner.i18n import _
from jaarplanner.model.document import OrganisationData

PAGE = landscape(A4)
MARGIN = 1.5 * cm
TOP = 1.9 * cm
BOTTOM = 1.6 * cm


@dataclass(frozen=True)
class Letterhead:
    """What the organisation wants on every page: its logo (PNG) at the top right, a line
    of its own in the header and one in the footer."""

    logo: bytes | None = None
    header: str = ""
    footer: str = ""


def letterhead(organisation: OrganisationData) -> Letterhead:
    return Letterhead(organisation.logo, organisation.header_text, organisation.footer_text)


def _logo(data: bytes | None) -> ImageReader | None:
    if not data or not data.startswith(b"\x89PNG"):
        return None  # an SVG logo is turned into PNG when it is chosen
    try:
        return ImageReader(io.BytesIO(data))
    except Exception:  # a damaged picture must not stop the export; the page goes without
        return None


def _draw_letterhead(page: canvas.Canvas, head: Letterhead, logo: ImageReader | None) -> None:
    width, height = PAGE
    right = width - MARGIN
    if logo is not None:
        w, h = logo.getSize()
        box_h = 0.95 * cm
        box_w = min(5 * cm, box_h * w / max(h, 1))
        draw_h = box_w * h / max(w, 1)
        page.drawImage(logo, right - box_w, height - MARGIN + 3, box_w, draw_h, mask="auto")
        right -= box_w + 0.3 * cm
    if head.header:
        page.drawRightString(right, height - MARGIN + 4, " ".join(head.header.split()))
    if head.footer:
        page.drawString(MARGIN, BOTTOM - 18, " ".join(head.footer.split()))


def numbered_canvas(running_title: str, head: Letterhead | None = None) -> type[canvas.Canvas]:
    """A canvas class that writes the furniture once the number of pages is known."""
    logo = _logo(head.logo) if head is not None else None

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or TEXT  # not Helvetica
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []
            self.furniture = True

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()
            self.furniture = True

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                if self.furniture:
                    self._furniture(number, total)
                super().showPage()
            super().save()

        def _furniture(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(TEXT, 8)
            self.setFillColor(MUTED)
            width, height = PAGE
            self.drawString(MARGIN, height - MARGIN + 4, running_title)
            if head is not None:
                _draw_letterhead(self, head, logo)
            self.drawRightString(
                width - MARGIN,
                BOTTOM - 18,
                _("Page {page} of {pages}").format(page=number, pages=total),
            )
            self.setStrokeColor(MUTED)
            self.setLineWidth(0.4)
            self.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
            self.restoreState()

    return NumberedCanvas


def no_furniture(canvas_: canvas.Canvas, _doc: object) -> None:
    """For the title page."""
    canvas_.furniture = False  # our own mark on the canvas


def build_plain(target: Path, flow: list, title: str, author: str, running: str) -> None:
    """A landscape PDF of one frame per page with the running title and page numbers: the
    calendar overview and the evaluation."""
    template = MarkedDocTemplate(  # language and bookmarks: see meta
        str(target),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=author,
        creator="Jaarplanner",
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        PAGE[0] - 2 * MARGIN,
        PAGE[1] - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate("main", [frame])])
    template.build(flow, canvasmaker=numbered_canvas(running))
