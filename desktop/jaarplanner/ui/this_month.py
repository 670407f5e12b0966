"""*Deze maand*: what the plans ask for in the four weeks from a date, grouped by week or by
theme, filtered by person; a line opens its row in the table, a status is set right here,
and the list goes out as a table for e-mail or as an ``.ics`` for Outlook.

The panel needs only a database; the main window passes how a row is opened and how a
change goes through its undo history, so it can stand in a tab or on the start page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.exporters.this_month import as_html, as_text, calendar_for, cells, columns
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.due_now import DueItem, DueList, due_list, week_of
from jaarplanner.model.people import People
from jaarplanner.model.values import Field, RowStatus, status_label
from jaarplanner.services import rows as row_service
from jaarplanner.services.changes import Change
from jaarplanner.services.documents import load_document
from jaarplanner.services.this_month import documents_for
from jaarplanner.storage.database import Database

ITEM_ROLE = Qt.ItemDataRole.UserRole
Perform = Callable[[Callable[[Database], Change]], object]


class ThisMonthPanel(QWidget):
    def __init__(
        self,
        db: Database | Callable[[], Database],
        parent: QWidget | None = None,
        *,
        open_row: Callable[[int], None] | None = None,
        perform: Perform | None = None,
    ) -> None:
        """``db``: the database, or a function that gives the one in use now."""
        super().__init__(parent)
        self._db = db
        self.open_row = open_row
        self.perform: Perform = perform or (lambda action: action(self.db))
        self.documents: list[DocumentData] = []
        self.people = People()
        self.due = DueList(dt.date.today(), dt.date.today())
        self.shown = self.due

        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d-M-yyyy")
        self.day.setAccessibleName(_("Date"))
        self.grouping = QComboBox(self)
        self.grouping.setAccessibleName(_("Group by"))
        self.grouping.addItem(_("By week"), "week")
        self.grouping.addItem(_("By theme"), "theme")
        self.person = QComboBox(self)
        self.person.setAccessibleName(_("Person"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(_("Status"))
        for status in RowStatus:
            self.status.addItem(status_label(status), status.value)
        self.status.setEnabled(False)
        copy = QPushButton(_("Copy as table"), self)
        ics = QPushButton(_("Export as .ics…"), self)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(_("This month"))
        self.tree.setHeaderLabels(columns())
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.summary = QLabel(self)

        # A tool bar, not a row layout: in a narrow window the rest folds into its » menu
        # instead of widening the whole window.
        bar = QToolBar(self)
        for label, widget in (
            (_("From"), self.day),
            (_("Group"), self.grouping),
            (_("Person"), self.person),
            (_("Status"), self.status),
        ):
            caption = QLabel(f" {label} ", self)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.tree, 1)
        foot = QHBoxLayout()
        self.summary.setWordWrap(True)
        foot.addWidget(self.summary, 1)
        foot.addWidget(copy)
        foot.addWidget(ics)
        layout.addLayout(foot)

        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.grouping.currentIndexChanged.connect(lambda _i: self.show_lines())
        self.person.currentIndexChanged.connect(lambda _i: self.show_lines())
        self.tree.itemActivated.connect(self._open)
        self.tree.currentItemChanged.connect(self._follow)
        self.status.activated.connect(self._set_status)
        copy.clicked.connect(self.copy)
        ics.clicked.connect(self.ask_ics)

    @property
    def db(self) -> Database:
        return self._db if isinstance(self._db, Database) else self._db()

    # -- reading ---------------------------------------------------------------------------
    def chosen_day(self) -> dt.date:
        value = self.day.date()
        return dt.date(value.year(), value.month(), value.day())

    def refresh(self) -> None:
        """Read the documents of the date's school year again and show their lines."""
        day = self.chosen_day()
        self.documents = [load_document(self.db, i) for i in documents_for(self.db, day)]
        texts = [r.value(Field.WHO) for d in self.documents for p in d.parts for r in p.all_rows()]
        self.people = People.build(texts)
        self.due = due_list(self.documents, day)
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(_("Everybody"), None)
        for name in self.people.names:
            self.person.addItem(name, name)
        found = self.person.findData(chosen) if chosen else 0
        self.person.setCurrentIndex(max(found, 0))
        self.person.blockSignals(False)
        self.show_lines()

    def show_lines(self) -> None:
        person = self.person.currentData()
        if person:
            self.shown = self.due.only(lambda i: person in self.people.of(i.who or i.body))
        else:
            self.shown = self.due
        current = self._current_item()
        self.tree.clear()
        by_week = self.grouping.currentData() == "week"
        groups: dict[str, QTreeWidgetItem] = {}
        ordered = sorted(self.shown.items, key=lambda i: (i.date, i.kind)) if by_week else None
        for item in ordered or self.shown.items:
            title = self._week_title(item) if by_week else (item.theme or _("Meetings"))
            if title not in groups:
                group = QTreeWidgetItem([title])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
                groups[title] = group
            line = QTreeWidgetItem(cells(item))
            line.setData(0, ITEM_ROLE, item)
            if item.kind == "late":
                for column in range(len(columns())):
                    line.setForeground(column, Qt.GlobalColor.darkRed)
            groups[title].addChild(line)
            if current is not None and _same(current, item):
                self.tree.setCurrentItem(line)
        self.tree.expandAll()
        self.tree.setRootIsDecorated(False)
        for column in range(len(columns())):
            self.tree.resizeColumnToContents(column)
            # a long activity should not push who and when out of view
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), 320))
        late = len(self.shown.of_kind("late"))
        self.summary.setText(
            _("{count} lines from {start} to {end}, {late} late").format(
                count=len(self.shown.items),
                start=self.shown.day.strftime("%d-%m-%Y"),
                end=self.shown.end.strftime("%d-%m-%Y"),
                late=late,
            )
        )

    @staticmethod
    def _week_title(item: DueItem) -> str:
        if item.kind == "late":
            return _("Late")
        year, week = week_of(item.date)
        return _("Week {week} of {year}").format(week=week, year=year)

    def _current_item(self) -> DueItem | None:
        current = self.tree.currentItem()
        return current.data(0, ITEM_ROLE) if current is not None else None

    # -- acting ----------------------------------------------------------------------------
    def _open(self, line: QTreeWidgetItem, _column: int = 0) -> None:
        item = line.data(0, ITEM_ROLE)
        if item is not None and item.row_id is not None and self.open_row is not None:
            self.open_row(item.row_id)

    def _follow(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        item = current.data(0, ITEM_ROLE) if current is not None else None
        has_row = item is not None and item.row_id is not None
        self.status.setEnabled(has_row)
        if has_row and item is not None:
            self.status.setCurrentIndex(self.status.findData(item.status.value))

    def _set_status(self, index: int) -> None:
        item = self._current_item()
        status = RowStatus(self.status.itemData(index))
        if item is None or item.row_id is None or status == item.status:
            return
        explanation, ok = QInputDialog.getText(
            self, _("Change status"), _("A short explanation (optional):")
        )
        if not ok:
            self.status.setCurrentIndex(self.status.findData(item.status.value))
            return
        row_id = item.row_id
        self.perform(lambda db: row_service.set_status(db, row_id, status, explanation))
        self.refresh()

    def copy(self) -> None:
        """The lines shown, as a table for Outlook and Word (HTML) and as plain text."""
        data = QMimeData()
        title = _("This month from {day}").format(day=self.shown.day.strftime("%d-%m-%Y"))
        data.setHtml(as_html(self.shown, title))
        data.setText(as_text(self.shown))
        QGuiApplication.clipboard().setMimeData(data)

    def ask_ics(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export as .ics…"), "deze-maand.ics", _("Calendar (*.ics)")
        )
        if name:
            try:
                self.write_ics(Path(name))
            except UserError as error:
                QMessageBox.warning(self, _("Not possible"), str(error))

    def write_ics(self, target: Path) -> None:
        try:
            target.write_bytes(calendar_for(self.documents, self.shown).to_ical())
        except OSError as error:
            raise UserError(
                _("The file {name} could not be written: {reason}").format(
                    name=target.name, reason=error.strerror or error
                )
            ) from error


def _same(a: DueItem, b: DueItem) -> bool:
    return (a.kind, a.row_id, a.meeting_id, a.date) == (b.kind, b.row_id, b.meeting_id, b.date)


def open_row_in_table(window, row_id: int) -> None:
    """Show the row in the main window's table: its part in the navigator, the row current."""
    for document in window.documents:
        for part in document.parts:
            if any(r.id == row_id for r in part.all_rows()):
                window.select_in_navigator("PartData", part.id)
                window.views.setCurrentWidget(window.table)
                window.table.select_row(row_id)
                window.table.setFocus()
                return
