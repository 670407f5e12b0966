"""Schoolvakanties…: the school holidays of the open document's year and region, to change
(herfst and voorjaar are advice), to fill from an .ics file or to set back to the defaults."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_date
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.holidays.public import Holiday
from jaarplanner.holidays.school import school_holidays
from jaarplanner.i18n import _
from jaarplanner.importers.ics import read_ics
from jaarplanner.model.values import Region
from jaarplanner.periods import SchoolYear
from jaarplanner.services.holidays import (
    check_holidays,
    school_holidays_for,
    set_school_holidays,
)

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

DATE_FORMAT = "dd-MM-yyyy"


def _written(day: dt.date) -> str:
    return format_date(day, DATE_FORMAT, locale="nl_NL")


def _read(text: str, name: str) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), "%d-%m-%Y").date()
    except ValueError as error:
        raise UserError(
            _("'{text}' at '{name}' is not a date; write it as 31-12-2025.").format(
                text=text, name=name
            )
        ) from error


class HolidaysDialog(QDialog):
    def __init__(
        self, year: SchoolYear, region: Region, holidays: list[Holiday], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.year, self.region = year, region
        self.use_defaults = False
        self.result_holidays: list[Holiday] | None = None
        self.setWindowTitle(_("School holidays"))
        note = QLabel(
            _(
                "School holidays {year}, region {region}. The autumn and spring holiday "
                "dates are advice; fill in the dates of your schools. Dates as 31-12-2025."
            ).format(year=year, region=region.value)
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([_("Name"), _("First day"), _("Last day")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.itemChanged.connect(self._edited)
        self._fill(holidays)
        buttons = QHBoxLayout()
        for text, handler in (
            (_("&Add"), self._add),
            (_("&Remove"), self._remove),
            (_("Import from .&ics…"), self._import),
            (_("Back to the &defaults"), self._defaults),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(box)
        self.resize(620, 420)

    def _fill(self, holidays: list[Holiday]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for holiday in holidays:
            self._append(holiday.name, _written(holiday.start), _written(holiday.end))
        self.table.blockSignals(False)

    def _append(self, name: str, start: str, end: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((name, start, end)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _edited(self, _item: QTableWidgetItem) -> None:
        self.use_defaults = False

    def _add(self) -> None:
        self.use_defaults = False
        self._append(_("Holiday"), _written(self.year.start), _written(self.year.start))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.currentItem())

    def _remove(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.currentRow()]:
            if row >= 0:
                self.table.removeRow(row)
                self.use_defaults = False

    def _import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Import school holidays"), "", _("Calendar files (*.ics)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Replace the list with the holidays of ``path`` that fall in the school year."""
        try:
            found = read_ics(path)
        except UserError as error:
            QMessageBox.warning(self, _("Not imported"), str(error))
            return False
        inside = [h for h in found if h.end >= self.year.start and h.start <= self.year.end]
        if not inside:
            QMessageBox.warning(
                self,
                _("Not imported"),
                _("'{name}' holds no holidays in school year {year}.").format(
                    name=path.name, year=self.year
                ),
            )
            return False
        self._fill(inside)
        self.use_defaults = False
        return True

    def _defaults(self) -> None:
        self._fill(school_holidays(self.year, self.region))
        self.use_defaults = True

    def holidays(self) -> list[Holiday]:
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in (0, 1, 2)]
            name = (cells[0].text() if cells[0] else "").strip()
            texts = [cell.text() if cell else "" for cell in cells[1:]]
            found.append(Holiday(name, _read(texts[0], name), _read(texts[1], name), "school"))
        return found

    def accept(self) -> None:
        """Check every line first: a wrong date keeps the dialog open with the reason."""
        try:
            self.result_holidays = None if self.use_defaults else self.holidays()
            if self.result_holidays is not None:
                check_holidays(self.year, self.result_holidays)
        except UserError as error:
            QMessageBox.warning(self, _("Not possible"), str(error))
            return
        super().accept()


def edit_school_holidays(window: MainWindow) -> None:
    document = window.current_document()
    if document is None:
        QMessageBox.information(window, _("School holidays"), _("Open a document first."))
        return
    year = window.current_school_year()
    region = document.organisation.region
    dialog = HolidaysDialog(year, region, school_holidays_for(window.db, year, region), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    chosen = dialog.result_holidays
    window.history.perform(lambda db: set_school_holidays(db, year, region, chosen))
