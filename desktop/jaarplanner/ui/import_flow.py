"""*Importeren*: read the chosen files (asking for a column mapping where needed), store them
in one step, and show what came in and what was not understood."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.importers.report import ImportResult
from jaarplanner.services.changes import Change
from jaarplanner.storage.database import Database
from jaarplanner.ui.mapping_dialog import MappingDialog


class ReportDialog(QDialog):
    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import report"))
        self.resize(700, 420)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(_("Import report"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def _read(path: Path, parent: QWidget) -> ImportResult | None:
    from jaarplanner.importers.files import read_any
    from jaarplanner.importers.tables import HeaderNotRecognised

    try:
        return read_any(path)
    except HeaderNotRecognised as unknown:
        dialog = MappingDialog(path.name, unknown.headers, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        result = read_any(path, dialog.mapping())
        name = dialog.saved_layout_name()
        if name:
            from jaarplanner.importers.layouts import save_layout

            for part in result.document.parts:
                if part.key == "eigen-indeling":
                    layout = save_layout(name, part.layout)
                    part.key, part.layout = layout.name, layout.default_part
                    result.document.layout = layout.name
        return result


def import_files(db: Database, paths: list[Path], parent: QWidget) -> Change | None:
    """Import ``paths`` with the user's help; None when nothing was imported."""
    from jaarplanner.services.imports import import_documents

    results: list[ImportResult] = []
    try:
        for path in paths:
            result = _read(path, parent)
            if result is None:
                return None
            results.append(result)
        change = import_documents(db, [r.document for r in results])
    except UserError as error:
        QMessageBox.warning(parent, _("Import"), str(error))
        return None
    lines = [line for r in results for line in r.report.summary(r.document)]
    ReportDialog(lines, parent).exec()
    return change
