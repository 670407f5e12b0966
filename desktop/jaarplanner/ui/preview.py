"""*Afdrukvoorbeeld*: the real PDF's pages before anything is printed or exported.

The pages are rendered with pypdfium2 (PDFium, the PDF engine of Chrome; BSD/Apache, a
4 MB wheel for Windows) instead of Qt's own PDF module, which comes only with
PySide6-Addons (see the README for both sizes). The preview follows the document: a change
anywhere (the history's ``changed``) or of the page-break setting builds the PDF again.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.i18n import N_, _
from jaarplanner.model.document import DocumentData

ROW_BREAK_LABELS = {
    "never": N_("Never split rows"),
    "long": N_("Split only long rows"),
    "always": N_("Always split rows"),
}
ZOOMS = (50, 75, 100, 125, 150, 200)


class PreviewDialog(QDialog):
    """The pages of ``load()``'s document as its PDF prints them, one at a time."""

    pdf: Any  # pypdfium2's PdfDocument (untyped) while pages are shown; None once closed

    def __init__(
        self,
        history,
        load: Callable[[], DocumentData | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Print preview"))
        self.history = history
        self.load = load
        self.folder = tempfile.TemporaryDirectory(prefix="jaarplanner-voorbeeld-")
        self.pdf_path = Path(self.folder.name) / "voorbeeld.pdf"
        self.document: DocumentData | None = None
        self.pages: list = []
        self.page = 0

        self.breaks = QComboBox()
        self.breaks.setAccessibleName(_("Page breaks"))
        for key, label in ROW_BREAK_LABELS.items():
            self.breaks.addItem(_(label), key)
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(_("Zoom"))
        for value in ZOOMS:
            self.zoom.addItem(f"{value} %", value)
        self.zoom.setCurrentIndex(ZOOMS.index(75))
        self.previous = QPushButton(_("&Previous page"))
        self.next = QPushButton(_("&Next page"))
        self.where = QLabel()
        self.export_button = QPushButton(_("&Export…"))
        self.print_button = QPushButton(_("&Print…"))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(_("Page"))
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)

        bar = QHBoxLayout()
        for widget in (self.previous, self.where, self.next, self.zoom, self.breaks):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.resize(1100, 760)

        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self
        ).activated.connect(lambda: self.show_page(self.page - 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self).activated.connect(
            lambda: self.show_page(self.page + 1)
        )
        self.zoom.currentIndexChanged.connect(lambda _i: self.show_page(self.page))
        self.breaks.activated.connect(self._breaks_chosen)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_pages)
        history.changed.connect(self._document_changed)
        self.finished.connect(lambda _r: self._disconnect())
        self.rebuild()

    # --- building and showing -----------------------------------------------------------
    def rebuild(self) -> None:
        """Build the PDF of the document as it is stored now and show the same page."""
        import pypdfium2 as pdfium

        from jaarplanner.exporters.pdf import export_pdf

        self.document = self.load()
        if self.document is None:
            self.pages = []
            self.where.setText(_("There is no document to show."))
            return
        index = self.breaks.findData(self.document.row_breaks)
        self.breaks.setCurrentIndex(max(index, 0))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for page in self.pages:
                page.close()
            self.pages = []  # closed: never shown again, also when the export below fails
            if getattr(self, "pdf", None) is not None:
                self.pdf.close()
                self.pdf = None
            export_pdf(self.document, self.pdf_path)
            self.pdf = pdfium.PdfDocument(str(self.pdf_path))
            self.pages = [self.pdf[i] for i in range(len(self.pdf))]
        finally:
            QApplication.restoreOverrideCursor()
        self.show_page(min(self.page, len(self.pages) - 1))

    def page_count(self) -> int:
        return len(self.pages)

    def image_of(self, index: int, dots_per_point: float) -> QImage:
        bitmap = self.pages[index].render(scale=dots_per_point, rev_byteorder=True)
        mode = bitmap.mode
        fmt = (
            QImage.Format.Format_RGBA8888
            if mode in ("RGBA", "RGBX")
            else QImage.Format.Format_RGB888
        )
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
        return image.copy()  # the bitmap's memory goes away with it

    def show_page(self, index: int) -> None:
        if not self.pages:
            return
        self.page = max(0, min(index, len(self.pages) - 1))
        zoom = self.zoom.currentData() / 100
        image = self.image_of(self.page, zoom * self.logicalDpiX() / 72)
        self.image.setPixmap(QPixmap.fromImage(image))
        self.where.setText(
            _("Page {page} of {pages}").format(page=self.page + 1, pages=len(self.pages))
        )
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < len(self.pages) - 1)

    # --- the setting and the document -----------------------------------------------------
    def _breaks_chosen(self, _index: int) -> None:
        from jaarplanner.services.documents import set_row_breaks

        value = self.breaks.currentData()
        if self.document is None or self.document.id is None:
            return
        if value == self.document.row_breaks:
            return
        ident = self.document.id
        self.history.perform(lambda db: set_row_breaks(db, ident, value))

    def _document_changed(self, _result: object) -> None:
        if self.isVisible():
            self.rebuild()

    def _disconnect(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with the window
            self.history.changed.disconnect(self._document_changed)
        for page in self.pages:
            page.close()
        self.pages = []
        if getattr(self, "pdf", None) is not None:
            self.pdf.close()
            self.pdf = None

    # --- export and print ---------------------------------------------------------------
    def export(self) -> Path | None:
        """The PDF shown, written where the user says."""
        import shutil

        from jaarplanner.ui.export_flow import ask_target, suggested_name, write_whole

        if self.document is None:
            return None
        target = ask_target(
            self, _("Export as PDF"), suggested_name(self.document), _("PDF files (*.pdf)")
        )
        if target is None:
            return None

        def copy(partial: Path) -> None:  # nothing to report (copyfile returns a path)
            shutil.copyfile(self.pdf_path, partial)

        return write_whole(self, _("Export as PDF"), target, copy)

    def print_pages(self) -> bool:
        """Qt's print dialog; each page drawn at the printer's resolution."""
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self.pages:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setFromTo(1, len(self.pages))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.paint(printer)

    def paint(self, device) -> bool:
        """Draw the chosen pages on ``device`` (a printer), one page each."""
        first = max(device.fromPage(), 1) if device.fromPage() else 1
        last = device.toPage() or len(self.pages)
        painter = QPainter()
        if not painter.begin(device):
            QMessageBox.warning(self, _("Print"), _("The printer cannot be used."))
            return False
        try:
            area = device.pageLayout().paintRectPixels(device.resolution())
            for number in range(first, last + 1):
                if number > first:
                    device.newPage()
                image = self.image_of(number - 1, device.resolution() / 72)
                scaled = image.scaled(
                    area.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                painter.drawImage(0, 0, scaled)
        finally:
            painter.end()
        return True


def open_preview(window) -> PreviewDialog | None:
    """*Bestand → Afdrukvoorbeeld* for the current document of ``window``."""
    document = window.current_document()
    if document is None:
        QMessageBox.information(window, _("Print preview"), _("There is no document to show."))
        return None
    ident = document.id

    def load() -> DocumentData | None:
        from jaarplanner.services.documents import load_document

        try:
            return load_document(window.db, ident)
        except UserError:
            return None

    dialog = PreviewDialog(window.history, load, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def publish_web_page(window) -> Path | None:
    """*Bestand → Publiceren als webpagina…*: the current document as one accessible HTML
    file, to put on the network's website."""
    from jaarplanner.exporters.html import write_html
    from jaarplanner.ui.export_flow import ask_target, suggested_name, write_whole

    document = window.current_document()
    title = _("Publish as web page")
    if document is None:
        QMessageBox.information(window, title, _("There is no document to export yet."))
        return None
    suggestion = suggested_name(document).removesuffix(".pdf") + ".html"
    target = ask_target(window, title, suggestion, _("Web pages (*.html)"))
    if target is None:
        return None
    return write_whole(window, title, target, lambda partial: write_html(document, partial))
