"""*Exporteren als agenda (.ics)…*: choose what goes in (activities, deadlines, meetings),
then the file; Outlook updates the events of an earlier export instead of doubling them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.exporters.ics_export import IcsChoice, write_ics
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.ui.export_flow import ask_target, suggested_name, write_whole

CHOICE = "export/ics"


class IcsChoiceDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Export as calendar (.ics)"))
        remembered = str(QSettings().value(CHOICE, "rows,deadlines,meetings")).split(",")
        self.boxes = {
            "rows": QCheckBox(_("&Activities with dates, as all-day events")),
            "deadlines": QCheckBox(_("&Deadlines, on their day")),
            "meetings": QCheckBox(_("&Meetings, with time and place")),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("What goes into the calendar file?")))
        for name, box in self.boxes.items():
            box.setChecked(name in remembered)
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> IcsChoice:
        chosen = [name for name, box in self.boxes.items() if box.isChecked()]
        QSettings().setValue(CHOICE, ",".join(chosen))
        return IcsChoice("rows" in chosen, "deadlines" in chosen, "meetings" in chosen)


def export_ics_interactive(document: DocumentData, parent: QWidget) -> Path | None:
    dialog = IcsChoiceDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    if choice == IcsChoice(False, False, False):
        QMessageBox.information(
            parent, _("Export"), _("Nothing was chosen, so nothing is written.")
        )
        return None
    suggestion = suggested_name(document).removesuffix(".pdf") + ".ics"
    target = ask_target(parent, _("Export"), suggestion, _("Calendar files (*.ics)"))
    if target is None:
        return None
    return write_whole(
        parent, _("Export"), target, lambda path: write_ics(document, path, choice=choice)
    )
