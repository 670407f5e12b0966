"""The PDF's own details beyond title and author: its language, in the catalog (``/Lang``,
what screen readers and search read) and in the document info (``Language``, what
``pdfinfo -custom`` and a file's properties show), and the outline opened on first view."""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFObjectReference, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate

from jaarplanner.exporters.pdf.para import forget_lines

LANGUAGE = "nl-NL"


class _Info(PDFInfo):
    def format(self, document) -> bytes:
        formatted = super().format(document)
        entry = PDFDictionary({"Language": PDFString(LANGUAGE)}).format(document)
        # both are "<< ... >>": the language goes in before the closing brackets
        return formatted.rstrip()[:-2] + entry.strip()[2:-2] + b">>"


def mark(canvas: Canvas) -> None:
    """Language in the info and the catalog; bookmarks shown when the file opens."""
    info = canvas._doc.info
    info.__class__ = _Info
    canvas._doc.Catalog.Lang = PDFString(LANGUAGE)
    canvas.showOutline()


def bookmark(canvas: Canvas, key: str, top: float, title: str, level: int) -> None:
    """An outline entry at ``top`` (in the current transformation) of the current page.

    The page is named by the canvas's page number: our canvas keeps the pages until the
    page count is known, so ReportLab's own page counter still says page 1 here."""
    canvas.bookmarkHorizontal(key, 0, top)
    canvas._bookmarkReference(key).setPage(PDFObjectReference(f"Page{canvas.getPageNumber()}"))
    canvas.addOutlineEntry(title, key, level=level, closed=level > 0)


class MarkedDocTemplate(BaseDocTemplate):
    """A document template whose PDF says its language and opens with its bookmarks; the
    lines its paragraphs shared are let go when it is built (or fails)."""

    def beforeDocument(self) -> None:
        mark(self.canv)

    def build(self, flowables, *args, **kwargs) -> None:
        try:
            super().build(flowables, *args, **kwargs)
        finally:
            forget_lines()
