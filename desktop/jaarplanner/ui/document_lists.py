"""The document's status trail and its KPIs in the details panel, edited in place: a cell
edit, an added or a removed line is one undoable change each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.i18n import _, babel_locale
from jaarplanner.model.document import DocumentData
from jaarplanner.model.richtext import from_plain, to_plain
from jaarplanner.model.values import step_label
from jaarplanner.services import simple

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole


class EditableList(QWidget):
    """A small table with *Toevoegen* and *Verwijderen* under it."""

    def __init__(
        self,
        name: str,
        headers: list[str],
        editable: set[int],
        save: Callable[[int, int, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editable, self.save, self.filling = editable, save, False
        self.table = QTableWidget(0, len(headers), self)
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the longest text
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._changed)
        self.add_button = QPushButton(_("&Add…"), self)
        self.remove_button = QPushButton(_("&Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def fill(self, lines: list[tuple[int | None, list[str]]]) -> None:
        self.filling = True
        self.table.setRowCount(len(lines))
        for row, (ident, texts) in enumerate(lines):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, ident)
                if column not in self.editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        rows_height = self.table.verticalHeader().length() or self.fontMetrics().height() * 2
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(min(header_height + rows_height + 4, 320))
        self.filling = False

    def current_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def _changed(self, item: QTableWidgetItem) -> None:
        ident = item.data(ID_ROLE)
        if not self.filling and ident is not None:
            self.save(ident, item.column(), item.text())


def steps_editor(window: MainWindow, document: DocumentData, parent: QWidget) -> EditableList:
    """The status trail: which body did what and when; the body and the note can be edited."""
    from jaarplanner.ui.year_flow import add_step

    versions = {step.id: step.version for step in document.steps}

    def save(ident: int, column: int, value: str) -> None:
        name = {1: "body", 3: "note"}[column]
        fields: dict[str, Any] = {name: value}  # typed as simple.edit takes them
        version = versions.get(ident)
        window.history.perform(
            lambda db: simple.edit(db, "step", ident, expected_version=version, **fields)
        )

    editor = EditableList(
        _("Status trail"), [_("Step"), _("Body"), _("Date"), _("Note")], {1, 3}, save, parent
    )
    editor.fill(
        [
            (
                step.id,
                [
                    step_label(step.action),
                    step.body,
                    format_date(step.date, "d MMM y", locale=babel_locale()) if step.date else "",
                    step.note,
                ],
            )
            for step in document.steps
        ]
    )
    editor.add_button.clicked.connect(lambda: add_step(window))
    editor.remove_button.clicked.connect(lambda: _remove(window, "step", editor.current_id()))
    return editor


def kpis_editor(window: MainWindow, document: DocumentData, parent: QWidget) -> EditableList:
    """The organisation's KPIs: number, text and plan period; text and period editable."""
    organisation = document.organisation.id

    versions = {kpi.id: kpi.version for kpi in document.kpis}

    def save(ident: int, column: int, value: str) -> None:
        # the fields, typed as simple.edit takes them
        values: dict[str, Any] = (
            {"text": from_plain(value)} if column == 1 else {"plan_period": value}
        )
        version = versions.get(ident)
        window.history.perform(
            lambda db: simple.edit(db, "kpi", ident, expected_version=version, **values)
        )

    document_id = document.id  # the page outlives this copy: the store has the newest one

    def add() -> None:
        current = window.store.document(document_id)
        number = max((kpi.number for kpi in current.kpis), default=0) + 1 if current else 1
        if organisation is not None:
            window.history.perform(
                lambda db: simple.add(db, "kpi", organisation, number=number, text="")
            )

    editor = EditableList(_("KPIs"), [_("No."), _("Text"), _("Plan period")], {1, 2}, save, parent)
    editor.fill(
        [(kpi.id, [str(kpi.number), to_plain(kpi.text), kpi.plan_period]) for kpi in document.kpis]
    )
    editor.add_button.setText(_("&Add KPI"))
    editor.add_button.clicked.connect(add)
    editor.remove_button.clicked.connect(lambda: _remove(window, "kpi", editor.current_id()))
    return editor


def _remove(window: MainWindow, what: str, ident: int | None) -> None:
    if ident is not None:
        # the version shown: deleting what a colleague changed since is asked first
        shown = {"kpi": "kpis", "step": "steps"}[what]
        version = next(
            (
                item.version
                for d in window.documents
                for item in getattr(d, shown)
                if item.id == ident
            ),
            None,
        )
        window.history.perform(lambda db: simple.remove(db, what, ident, expected_version=version))
