"""The search toolbar (Ctrl+F): text, betrokkene, month, KPI, status and priority, and the
number of hits. It only says what is asked; the window hides and highlights the rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QToolBar,
    QWidget,
)

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData
from jaarplanner.model.filtering import RowFilter
from jaarplanner.model.people import People
from jaarplanner.model.values import RowStatus, status_label
from jaarplanner.periods.vocabulary import month_abbreviation

SCOPES = ("document", "part", "theme")
PAUSE_MS = 150  # typing: the search waits for a pause this long


class SearchBar(QToolBar):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Search"), parent)
        self.setObjectName("search")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Search in the rows (Ctrl+F)"))
        self.search.setAccessibleName(_("Search"))
        self.search.setClearButtonEnabled(True)
        self.who = QLineEdit(self)
        self.who.setPlaceholderText(_("Involved"))
        self.who.setAccessibleName(_("Filter on involved"))
        self.month = QComboBox(self)
        self.month.setAccessibleName(_("Filter on month"))
        self.month.addItem(_("Every month"), None)
        for month in (8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7):
            self.month.addItem(month_abbreviation(month), month)
        self.kpi_filter = QComboBox(self)
        self.kpi_filter.setAccessibleName(_("Filter on KPI"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(_("Filter on status"))
        self.status.addItem(_("Every status"), None)
        for status in RowStatus:
            self.status.addItem(status_label(status), status.value)
        self.priority = QCheckBox(_("Priority only"), self)
        self.hits = QLabel(self)
        self.scope_box = QComboBox(self)
        self.scope_box.setAccessibleName(_("Search in"))
        for key, text in zip(
            SCOPES, (_("Whole document"), _("This part"), _("This theme")), strict=True
        ):
            self.scope_box.addItem(text, key)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.changed)
        for widget in (
            self.search,
            self.scope_box,
            self.who,
            self.month,
            self.kpi_filter,
            self.status,
            self.priority,
            self.hits,
        ):
            self.addWidget(widget)
        self.search.textChanged.connect(self.pause.start)
        self.who.textChanged.connect(self.pause.start)
        for combo in (self.month, self.kpi_filter, self.status, self.scope_box):
            combo.currentIndexChanged.connect(self.changed)
        self.priority.toggled.connect(self.changed)

    def fill_kpis(self, document: DocumentData | None) -> None:
        """The KPIs of the open document, keeping the one chosen when it is still there."""
        current = self.kpi_filter.currentData()
        self.kpi_filter.blockSignals(True)
        self.kpi_filter.clear()
        self.kpi_filter.addItem(_("Every KPI"), None)
        for kpi in document.kpis if document else []:
            self.kpi_filter.addItem(_("KPI {n}").format(n=kpi.number), kpi.number)
        self.kpi_filter.setCurrentIndex(max(0, self.kpi_filter.findData(current)))
        self.kpi_filter.blockSignals(False)

    def set_people(self, people: People) -> None:
        """The people of the documents (issue 21): offered while typing, all their
        spellings found."""
        self.people = people
        completer = QCompleter(people.names, self.who)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)

    def row_filter(self) -> RowFilter:
        status = self.status.currentData()
        return RowFilter(
            people=getattr(self, "people", None),
            text=self.search.text(),
            who=self.who.text(),
            month=self.month.currentData(),
            kpi=self.kpi_filter.currentData(),
            status=RowStatus(status) if status else None,
            priority_only=self.priority.isChecked(),
        )

    def scope(self) -> str:
        return self.scope_box.currentData() or "document"

    def active(self) -> bool:
        return self.row_filter().active
