"""The details panel: all fields of the selected row in larger editors, with its status,
priority and KPIs; or, with no row selected, the document's properties and text sections.
An editor saves when it loses the focus, as one undoable change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from babel.dates import format_date
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, RowData
from jaarplanner.model.layout import ColumnLayout
from jaarplanner.model.richtext import to_plain
from jaarplanner.model.values import RowStatus, status_label, step_label
from jaarplanner.services import documents as document_service
from jaarplanner.services import rows as row_service
from jaarplanner.services import simple
from jaarplanner.ui.delegates import RichEditor
from jaarplanner.ui.qtrich import document_to_html

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


class FieldEditor(RichEditor):
    """A rich-text editor that saves when it loses the focus, and 1.5 seconds after the
    typing stops, so that nothing typed is ever lost."""

    PAUSE_MS = 1500

    def __init__(self, parent: QWidget, save: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.save = save
        self.shown = ""
        self.setMinimumHeight(60)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(self.PAUSE_MS)
        self.pause.timeout.connect(self.flush)
        self.textChanged.connect(self.pause.start)

    def show_value(self, html: str) -> None:
        self.blockSignals(True)
        self.setHtml(html)
        self.blockSignals(False)
        self.shown = document_to_html(self.document())  # as Qt gives it back: no false save

    def pending(self) -> tuple[Callable[[str], None], str] | None:
        """(save, value) when the text differs from what is stored."""
        value = document_to_html(self.document())
        return (self.save, value) if value != self.shown else None

    def flush(self) -> None:
        """Save now when the text differs from what is stored."""
        self.pause.stop()
        value = document_to_html(self.document())
        if value != self.shown:
            self.shown = value
            self.save(value)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.flush()


class DetailsPanel(QStackedWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.row: RowData | None = None
        self.document: DocumentData | None = None
        self.setAccessibleName(_("Details"))
        self.row_page = QScrollArea()
        self.row_page.setWidgetResizable(True)
        self.document_page = QScrollArea()
        self.document_page.setWidgetResizable(True)
        self.addWidget(self.row_page)
        self.addWidget(self.document_page)
        self.field_editors: dict[str, FieldEditor] = {}

    # -- a row ------------------------------------------------------------------------------
    def show_row(self, row: RowData, layout: ColumnLayout, document: DocumentData) -> None:
        self.row, self.document = row, document
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_editors = {}
        for column in layout.columns:
            editor = FieldEditor(page, lambda value, f=column.field: self._save_field(f, value))
            editor.setAccessibleName(column.label or column.field.value)
            editor.show_value(row.value(column.field))
            form.addRow(column.label or _("Item"), editor)
            self.field_editors[column.field.value] = editor
        self.status = QComboBox(page)
        self.status.setAccessibleName(_("Status"))
        for status in RowStatus:
            self.status.addItem(status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(row.status.value))
        self.status.activated.connect(self._save_status)
        form.addRow(_("Status"), self.status)
        due = self._next_due(row, layout, document)
        if due:
            form.addRow(_("Next due"), QLabel(due, page))
        history = self._history(row)
        if history:
            label = QLabel(history, page)
            label.setWordWrap(True)
            form.addRow(_("Status history"), label)
        self.priority = QCheckBox(_("Priority (printed in blue)"), page)
        self.priority.setChecked(row.priority)
        self.priority.toggled.connect(self._save_priority)
        form.addRow("", self.priority)
        self.kpis = QListWidget(page)
        self.kpis.setAccessibleName(_("KPIs"))
        for kpi in document.kpis:
            item = QListWidgetItem(f"{kpi.number}. {to_plain(kpi.text)[:80]}")
            item.setData(Qt.ItemDataRole.UserRole, kpi.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if kpi.number in row.kpis else Qt.CheckState.Unchecked
            )
            self.kpis.addItem(item)
        self.kpis.itemChanged.connect(self._save_kpi)
        form.addRow(_("KPIs"), self.kpis)
        _replace(self.row_page, page)
        self.setCurrentWidget(self.row_page)

    @staticmethod
    def _next_due(row: RowData, layout: ColumnLayout, document: DocumentData) -> str:
        import datetime as dt

        from jaarplanner.model.values import Field
        from jaarplanner.periods import parse_period
        from jaarplanner.periods.due import next_due

        period = parse_period(
            to_plain(row.value(Field.PERIOD)),
            document.school_year,
            layout.deadline_field == Field.PERIOD,
        )
        if not period.recurrence:
            return ""
        due = next_due(period, dt.date.today())
        return format_date(due, "d MMMM y", locale="nl_NL") if due else ""

    def _history(self, row: RowData) -> str:
        if row.id is None:
            return ""
        entries = row_service.status_history(self.window_.db, row.id)
        return "\n".join(
            f"{e.date.strftime('%d-%m-%Y')}: {status_label(e.status)}"
            + (f" – {e.explanation}" if e.explanation else "")
            for e in entries
        )

    def _save_field(self, field, value: str) -> None:
        if self.row is not None and self.row.id is not None:
            self.window_.edit_field(self.row.id, field, value, self.row.version)

    def _save_status(self, index: int) -> None:
        if self.row is None or self.row.id is None:
            return
        status = RowStatus(self.status.itemData(index))
        if status == self.row.status:
            return
        explanation, ok = QInputDialog.getText(
            self, _("Change status"), _("A short explanation (optional):")
        )
        if not ok:
            self.status.setCurrentIndex(self.status.findData(self.row.status.value))
            return
        row_id, version = self.row.id, self.row.version
        self.window_.history.perform(
            lambda db: row_service.set_status(
                db, row_id, status, explanation, expected_version=version
            )
        )

    def _save_priority(self, checked: bool) -> None:
        if self.row is not None and self.row.id is not None and checked != self.row.priority:
            row_id, version = self.row.id, self.row.version
            self.window_.history.perform(
                lambda db: row_service.set_attributes(
                    db, row_id, expected_version=version, priority=checked
                )
            )

    def _save_kpi(self, item: QListWidgetItem) -> None:
        if self.row is None or self.row.id is None:
            return
        row_id, kpi_id = self.row.id, item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.window_.history.perform(lambda db: row_service.link_kpi(db, row_id, kpi_id))
        else:
            self.window_.history.perform(lambda db: row_service.unlink_kpi(db, row_id, kpi_id))

    # -- the document -----------------------------------------------------------------------
    def show_document(self, document: DocumentData) -> None:
        self.row, self.document = None, document
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.title = QLineEdit(document.title, page)
        self.title.setAccessibleName(_("Title"))
        self.title.setCursorPosition(0)  # show the start of a long title
        self.title.editingFinished.connect(self._save_title)
        form.addRow(_("Title"), self.title)
        form.addRow(_("School year"), QLabel(document.school_year, page))
        form.addRow(
            _("State"),
            QLabel(
                step_label(document.state.value)
                if document.state.value == "vastgesteld"
                else _("Draft"),
                page,
            ),
        )
        layout.addLayout(form)
        from jaarplanner.ui.document_lists import kpis_editor, steps_editor

        layout.addWidget(QLabel(f"<b>{_('Status trail')}</b>", page))
        self.steps = steps_editor(self.window_, document, page)
        layout.addWidget(self.steps)
        from jaarplanner.ui.versions_flow import versions_box  # issue 21

        self.versions = versions_box(self.window_, document, page)
        layout.addWidget(self.versions)
        layout.addWidget(QLabel(f"<b>{_('KPIs')}</b>", page))
        self.kpis = kpis_editor(self.window_, document, page)
        layout.addWidget(self.kpis)
        self.section_editors: dict[int, FieldEditor] = {}
        for section in document.sections:
            layout.addWidget(QLabel(f"<b>{section.title}</b>", page))
            editor = FieldEditor(
                page,
                lambda value, ident=section.id, version=section.version: self._save_section(
                    ident, value, version
                ),
            )
            editor.setAccessibleName(section.title)
            editor.show_value(section.body)
            layout.addWidget(editor)
            if section.id is not None:
                self.section_editors[section.id] = editor
        layout.addStretch(1)
        _replace(self.document_page, page)
        self.setCurrentWidget(self.document_page)

    def _save_title(self) -> None:
        document = self.document
        title = self.title.text()
        if document is not None and document.id is not None and title != document.title:
            ident, version = document.id, document.version
            self.window_.history.perform(
                lambda db: document_service.edit_document(
                    db, ident, expected_version=version, title=title
                )
            )

    def _save_section(self, ident: int | None, value: str, version: int | None = None) -> None:
        if ident is not None:
            self.window_.history.perform(
                lambda db: simple.edit(db, "section", ident, expected_version=version, body=value)
            )


def _replace(area: QScrollArea, page: QWidget) -> None:
    """Show ``page``; the old page goes later, since one of its editors may be saving now."""
    old = area.takeWidget()
    if old is not None:
        for editor in old.findChildren(FieldEditor):
            editor.pause.stop()
            editor.save = lambda _value: None
        old.hide()
        old.deleteLater()
    area.setWidget(page)
