"""*Exporteren als PDF, Excel of CSV*: choose a file, show progress while a PDF is built,
write the file whole or not at all, and open it afterwards when the user wants that."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.holidays.public import Holiday
from jaarplanner.i18n import N_, _
from jaarplanner.model.document import DocumentData

OPEN_AFTER = "export/open_after"
PREVIEW_FIRST = "export/preview_first"


def suggested_name(document: DocumentData) -> str:
    name = (
        f"{document.title} {document.school_year}"
        if document.school_year not in (document.title)
        else document.title
    )
    return re.sub(r'[\\/:*?"<>|]+', "-", name).strip() + ".pdf"


def open_after() -> bool:
    return bool(QSettings().value(OPEN_AFTER, True, type=bool))


def set_open_after(value: bool) -> None:
    QSettings().setValue(OPEN_AFTER, value)


def preview_first() -> bool:
    """*Exporteren als PDF…* shows the preview first (with *Exporteren…* and *Afdrukken…*),
    as a print dialog does on Windows; off, it asks for the file name at once."""
    return bool(QSettings().value(PREVIEW_FIRST, False, type=bool))


def set_preview_first(value: bool) -> None:
    QSettings().setValue(PREVIEW_FIRST, value)


def ask_target(parent: QWidget, title: str, suggestion: str, pattern: str) -> Path | None:
    """The file to write, with the pattern's suffix (``*.pdf``) added when it was left off."""
    suffix = pattern[pattern.rindex("*.") + 1 : pattern.rindex(")")]
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggestion), pattern
    )
    if not name:
        return None
    target = Path(name)
    return target if target.suffix.lower() == suffix else target.with_suffix(suffix)


def write_whole(
    parent: QWidget, title: str, target: Path, write: Callable[[Path], list[str] | None]
) -> Path | None:
    """Write the file whole or not at all; on failure one Dutch message and ``target`` is
    untouched. What the export had to leave out is said afterwards."""
    from jaarplanner.exporters.whole import write_whole as whole

    try:
        notes = whole(target, write)
    except UserError as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    if notes:
        QMessageBox.information(parent, title, "\n".join(notes))
    return target


def _opened(target: Path | None, parent: QWidget | None = None) -> Path | None:
    """Open the file written, or (when she chose not to) say where it went, with *Openen*."""
    if target is None:
        return None
    if open_after():
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    else:
        _say_where(target, parent)
    return target


def _say_where(target: Path, parent: QWidget | None) -> None:
    window = parent.window() if parent is not None else None
    status = getattr(window, "statusBar", None)
    if status is None:
        return
    bar = status()
    bar.showMessage(_("Saved as {path}").format(path=target), 15000)
    button = QPushButton(_("Open"), bar)
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))
    bar.addPermanentWidget(button)
    bar.messageChanged.connect(lambda text: None if text else button.deleteLater())


def export_pdf_interactive(
    document: DocumentData,
    parent: QWidget,
    calendar: bool = False,
    holidays: list[Holiday] | None = None,
) -> Path | None:
    suggestion = suggested_name(document)
    if calendar:
        suggestion = _("Calendar {name}").format(name=suggestion)
    target = ask_target(parent, _("Export as PDF"), suggestion, _("PDF files (*.pdf)"))
    if target is None:
        return None
    progress = QProgressDialog(_("Building the PDF…"), _("Cancel"), 0, 100, parent)
    progress.setWindowTitle(_("Export as PDF"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setCancelButton(None)

    def report(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)
        QApplication.processEvents()

    def write(partial: Path) -> None:
        from jaarplanner.exporters.pdf import export_calendar_pdf, export_pdf

        if calendar:
            export_calendar_pdf(document, partial, progress=report, holidays=holidays)
        else:
            export_pdf(document, partial, progress=report)

    try:
        return _opened(write_whole(parent, _("Export as PDF"), target, write), parent)
    finally:
        progress.close()


PATTERNS = {
    "docx": N_("Word documents (*.docx)"),
    "xlsx": N_("Excel workbooks (*.xlsx)"),
    "csv": N_("CSV files, semicolon separated (*.csv)"),
}


def _write(kind: str, document: DocumentData, target: Path) -> list[str]:
    # imported here: the writers' libraries are not needed to start the program
    if kind == "docx":
        from jaarplanner.exporters.docx_export import write_docx as writer
    elif kind == "xlsx":
        from jaarplanner.exporters.xlsx_export import write_xlsx as writer
    else:
        from jaarplanner.exporters.csv_export import write_csv as writer
    return writer(document, target)


def export_file_interactive(document: DocumentData, parent: QWidget, kind: str) -> Path | None:
    """*Exporteren als Word, Excel of CSV*: choose a file, write it whole or not at all."""
    suggestion = suggested_name(document).removesuffix(".pdf") + f".{kind}"
    target = ask_target(parent, _("Export"), suggestion, _(PATTERNS[kind]))
    if target is None:
        return None
    return _opened(
        write_whole(parent, _("Export"), target, lambda path: _write(kind, document, path)),
        parent,
    )
