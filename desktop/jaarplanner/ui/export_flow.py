"""*Exporteren als PDF, Excel of CSV*: choose a file, show progress while a PDF is built,
write the file whole or not at all, and open it afterwards when the user wants that."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from jaarplanner.errors import UserError
from jaarplanner.holidays.public import Holiday
from jaarplanner.i18n import N_, _
from jaarplanner.model.document import DocumentData

OPEN_AFTER = "export/open_after"


def suggested_name(document: DocumentData) -> str:
    name = (
        f"{document.title} {document.school_year}"
        if document.school_year not in (document.title)
        else document.title
    )
    return re.sub(r'[\\/:*?"<>|]+', "-", name).strip() + ".pdf"


def open_after() -> bool:
    return QSettings().value(OPEN_AFTER, True, type=bool)


def set_open_after(value: bool) -> None:
    QSettings().setValue(OPEN_AFTER, value)


def export_pdf_interactive(
    document: DocumentData,
    parent: QWidget,
    calendar: bool = False,
    holidays: list[Holiday] | None = None,
) -> Path | None:
    suggestion = suggested_name(document)
    if calendar:
        suggestion = _("Calendar {name}").format(name=suggestion)
    name, _filter = QFileDialog.getSaveFileName(
        parent, _("Export as PDF"), str(Path.home() / suggestion), _("PDF files (*.pdf)")
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    progress = QProgressDialog(_("Building the PDF…"), _("Cancel"), 0, 100, parent)
    progress.setWindowTitle(_("Export as PDF"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setCancelButton(None)

    def report(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)
        QApplication.processEvents()

    partial = target.with_name(f".{target.name}.deel")
    try:
        from jaarplanner.exporters.pdf import export_calendar_pdf, export_pdf

        if calendar:
            export_calendar_pdf(document, partial, progress=report, holidays=holidays)
        else:
            export_pdf(document, partial, progress=report)
        partial.replace(target)
    except (OSError, UserError) as error:
        partial.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or error
        QMessageBox.warning(
            parent,
            _("Export as PDF"),
            _("'{name}' cannot be written: {reason}").format(name=target.name, reason=reason),
        )
        return None
    finally:
        progress.close()
    if open_after():
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


FORMATS = {
    "docx": (N_("Word documents (*.docx)"), "jaarplanner.exporters.docx_export", "write_docx"),
    "xlsx": (N_("Excel workbooks (*.xlsx)"), "jaarplanner.exporters.xlsx_export", "write_xlsx"),
    "csv": (
        N_("CSV files, semicolon separated (*.csv)"),
        "jaarplanner.exporters.csv_export",
        "write_csv",
    ),
}


def export_file_interactive(document: DocumentData, parent: QWidget, kind: str) -> Path | None:
    """*Exporteren als Word, Excel of CSV*: choose a file, write it whole or not at all."""
    import importlib

    pattern, module, function = FORMATS[kind]
    suggestion = suggested_name(document).removesuffix(".pdf") + f".{kind}"
    name, _filter = QFileDialog.getSaveFileName(
        parent, _("Export"), str(Path.home() / suggestion), _(pattern)
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() != f".{kind}":
        target = target.with_suffix(f".{kind}")
    partial = target.with_name(f".{target.name}.deel")
    try:
        getattr(importlib.import_module(module), function)(document, partial)
        partial.replace(target)
    except (OSError, UserError) as error:
        partial.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or error
        QMessageBox.warning(
            parent,
            _("Export"),
            _("'{name}' cannot be written: {reason}").format(name=target.name, reason=reason),
        )
        return None
    if open_after():
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target
