"""*Importeren*: read the chosen files (showing how the columns of an unknown table were
read, to correct and keep as a layout), store them in one step, and show what came in and
everything that was not done, as a list she can click through to the row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.i18n import _
from jaarplanner.importers.report import ImportResult
from jaarplanner.services.changes import Change
from jaarplanner.storage.database import Database
from jaarplanner.ui.mapping_dialog import MappingDialog

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportDialog(QDialog):
    """The import report: a line per remark; a line about a row opens that row (double click
    or Enter) through the window's ``go_to_row``."""

    def __init__(self, results: list[ImportResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import report"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(_("Import report"))
        self.list.setWordWrap(True)
        for result in results:
            lines = result.report.summary(result.document)
            by_text = {f"    {remark}": remark for remark in result.report.remarks}
            for line in lines:
                item = QListWidgetItem(line)
                remark = by_text.get(line)
                if remark is not None and remark.row is not None and remark.row.id is not None:
                    item.setData(ROW_ROLE, remark.row.id)
                    item.setToolTip(_("Double-click to show this row"))
                self.list.addItem(item)
        self.list.itemActivated.connect(self._open)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.list.setFocus()

    def plain_text(self) -> str:
        return "\n".join(self.list.item(i).text() for i in range(self.list.count()))

    def _open(self, item: QListWidgetItem) -> None:
        row_id = item.data(ROW_ROLE)
        window = self.parent()
        if row_id is not None and window is not None and hasattr(window, "go_to_row"):
            window.go_to_row(int(row_id))


def _read(path: Path, parent: QWidget) -> ImportResult | None:
    from jaarplanner.importers.files import read_any
    from jaarplanner.importers.tables import HeaderNotRecognised

    try:
        result = read_any(path)
        headers = [h for table in result.report.guessed for h, _t in table]
        guesses = {h: t for table in result.report.guessed for h, t in table}
    except HeaderNotRecognised as unknown:
        headers, guesses = unknown.headers, {}
    if not headers:
        return result
    dialog = MappingDialog(path.name, list(dict.fromkeys(headers)), parent, guesses)
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


def import_files(
    db: Database,
    paths: list[Path],
    parent: QWidget,
    publish: Callable[[Change], None] | None = None,
) -> Change | None:
    """Import ``paths`` with the user's help; None when nothing was imported. ``publish``
    shows the imported documents before the report, so that a line can open its row."""
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
    if publish is not None:
        publish(change)  # so that a line of the report can show its row
    ReportDialog(results, parent).exec()
    return change


def offer_layout_repair(db: Database, parent: QWidget | None) -> bool:
    """When a document's column layout cannot be read (damaged by an older version), say
    which and offer to repair it; the documents open either way. True when repaired."""
    from jaarplanner.services.check import broken_layouts, repair_layouts

    broken = broken_layouts(db)
    if not broken:
        return False
    answer = QMessageBox.question(
        parent,
        _("Damaged column layout"),
        _(
            "The column layout of these parts cannot be read:\n{parts}\n\nJaarplanner shows "
            "them with a repaired layout. Store the repair now (a backup is kept first)?"
        ).format(parts="\n".join(broken)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        repair_layouts(db)
    except UserError as error:
        QMessageBox.warning(parent, _("Damaged column layout"), str(error))
        return False
    return True
