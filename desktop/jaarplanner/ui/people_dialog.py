"""*Betrokkenen…*: who is busy. Per person or body, per month of the school year, how many
rows run; and the list of other spellings, which she corrects (kept per organisation)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.due_now import row_period
from jaarplanner.model.people import People, busy_by_month
from jaarplanner.model.values import Field, RowStatus
from jaarplanner.periods import SchoolYear
from jaarplanner.periods.vocabulary import month_abbreviation
from jaarplanner.services.people import people_of, set_spellings

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

MONTHS = (8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7)


def busy(documents: list[DocumentData], people: People) -> dict[str, Counter[tuple[int, int]]]:
    """Per person, per (year, month): the running rows of the documents (not dropped)."""
    rows = [
        (row.value(Field.WHO), row_period(row, part, d.school_year).spans)
        for d in documents
        for part in d.parts
        for row in part.all_rows()
        if row.status != RowStatus.DROPPED
    ]
    return busy_by_month(rows, people)


class PeopleDialog(QDialog):
    def __init__(self, window: MainWindow, document: DocumentData) -> None:
        super().__init__(window)
        self.window_ = window
        self.organisation = document.organisation.id
        self.year = SchoolYear.parse(document.school_year)
        self.setWindowTitle(_("Involved"))
        documents = [
            d
            for d in window.documents
            if d.organisation.id == self.organisation and d.school_year == document.school_year
        ]
        self.people = (
            people_of(window.db, self.organisation) if self.organisation is not None else People()
        )
        counts = busy(documents, self.people)
        self.table = QTableWidget(len(self.people.names), 2 + len(MONTHS), self)
        self.table.setAccessibleName(_("Involved"))
        self.table.setHorizontalHeaderLabels(
            [_("Name"), _("Other spellings (comma between)")]
            + [month_abbreviation(m) for m in MONTHS]
        )
        for n, name in enumerate(self.people.names):
            shown = QTableWidgetItem(name)
            shown.setFlags(shown.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(n, 0, shown)
            self.table.setItem(n, 1, QTableWidgetItem(", ".join(self.people.aliases[name])))
            for m, month in enumerate(MONTHS):
                count = counts.get(name, Counter()).get((self.year.year_of_month(month), month), 0)
                item = QTableWidgetItem(str(count) if count else "")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(n, 2 + m, item)
        self.table.resizeColumnsToContents()
        self.table.itemChanged.connect(self._save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                _("Running rows per month in {year}. Other spellings join names.").format(
                    year=self.year
                ),
                self,
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(1100, 600)

    def count(self, name: str, month: int) -> str:
        row = self.people.names.index(name)
        cell = self.table.item(row, 2 + MONTHS.index(month))
        return cell.text() if cell is not None else ""

    def _save(self, item: QTableWidgetItem) -> None:
        if item.column() != 1 or self.organisation is None:
            return
        name_cell = self.table.item(item.row(), 0)
        if name_cell is None:  # a row without its name: nothing to save it under
            return
        name = name_cell.text()
        spellings = [s.strip() for s in item.text().split(",") if s.strip()]
        organisation = self.organisation
        self.window_.history.perform(lambda db: set_spellings(db, organisation, name, spellings))


def show_people(window: MainWindow) -> None:
    document = window.current_document()
    if document is None or document.organisation.id is None:
        QMessageBox.information(window, _("Involved"), _("Choose a document first."))
        return
    window.people_dialog = PeopleDialog(window, document)
    window.people_dialog.open()
