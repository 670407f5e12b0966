"""The details panel: all fields of the selected row in larger editors, with its status,
priority and KPIs; or, with no row selected, the document's properties and text sections.
An editor saves when it loses the focus, as one undoable change."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from babel.dates import format_date
from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
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
from jaarplanner.model.values import Field, RowStatus, StepAction, status_label, step_label
from jaarplanner.services import documents as document_service
from jaarplanner.services import rows as row_service
from jaarplanner.services import simple
from jaarplanner.ui.delegates import RichEditor
from jaarplanner.ui.qtrich import document_to_html, editable_html

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


class FieldEditor(RichEditor):
    """A rich-text editor that saves when it loses the focus, and 1.5 seconds after the
    typing stops, so that nothing typed is ever lost."""

    PAUSE_MS = 1500

    def __init__(self, parent: QWidget, save: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.save = save
        self.session = object()  # the typing session: saves in one make one undo step
        self.shown = ""
        self.stored: str | None = None
        self.setMinimumHeight(60)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(self.PAUSE_MS)
        self.pause.timeout.connect(self.flush)
        self.textChanged.connect(self.pause.start)

    def show_value(self, html: str, keep_cursor: bool = False) -> None:
        """Show ``html`` (skipped when it is what is shown: setting text clears the editor's
        undo and moves the cursor)."""
        if html == self.stored and self.pending() is None:
            return
        position = self.textCursor().position()
        with QSignalBlocker(self):
            self.setHtml(editable_html(html))
        self.stored = html
        self.shown = document_to_html(self.document())  # as Qt gives it back: no false save
        if keep_cursor:
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(self.toPlainText())))
            self.setTextCursor(cursor)

    def pending(self) -> tuple[Callable[[str], None], str] | None:
        """(save, value) when the text differs from what is stored."""
        value = document_to_html(self.document())
        return (self.save, value) if value != self.shown else None

    def flush(self) -> None:
        """Save now when the text differs from what is stored."""
        self.pause.stop()
        value = document_to_html(self.document())
        if value != self.shown and not self.isReadOnly():
            self.shown = value
            self.save(value)

    def focusInEvent(self, event) -> None:
        self.session = object()  # coming back to the text starts a new undo step
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.flush()


class DetailsPanel(QStackedWidget):
    """Built once per column layout; showing another row, or the same row changed, only
    puts the values in (an editor with unsaved typing and the focus is left alone)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.row: RowData | None = None
        self.document: DocumentData | None = None
        self.layout_: ColumnLayout | None = None
        self.setAccessibleName(_("Details"))
        self.row_page = QScrollArea()
        self.row_page.setWidgetResizable(True)
        self.row_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document_page = QScrollArea()
        self.document_page.setWidgetResizable(True)
        self.document_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.addWidget(self.row_page)
        self.addWidget(self.document_page)
        self.field_editors: dict[str, FieldEditor] = {}
        self.section_editors: dict[int | None, FieldEditor] = {}  # by section id
        self._histories: dict[int | None, str] = {}  # row id -> its status history, as shown

    @property
    def kpis(self) -> QWidget:
        """The KPIs of what is shown: the row's check list or the document's table."""
        if self.currentWidget() is self.row_page:
            return self.row_kpis
        return self.document_kpis

    # -- a row ------------------------------------------------------------------------------
    def show_row(self, row: RowData, layout: ColumnLayout, document: DocumentData) -> None:
        if row is self.row and layout == self.layout_ and document is self.document:
            self.setCurrentWidget(self.row_page)  # another cell of the same row: all shown
            return
        if self.row is not None and self.row is not row and self.row.id != row.id:
            self.flush()  # what was typed for the previous row is saved to that row
        if layout != self.layout_ or not self.field_editors:
            self._build_row_page(layout, document)
        self.row, self.document, self.layout_ = row, document, layout
        self.update_row(force=True)
        self.setCurrentWidget(self.row_page)

    def flush(self) -> None:
        for editor in self.findChildren(FieldEditor):
            editor.flush()

    def _build_row_page(self, layout: ColumnLayout, document: DocumentData) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # status and KPIs first: what is asked most, visible without scrolling
        self.status = QComboBox(page)
        self.status.setAccessibleName(_("Status"))
        for status in RowStatus:
            self.status.addItem(status_label(status), status.value)
        self.status.activated.connect(self._save_status)
        form.addRow(_("Status"), self.status)
        self.priority = QCheckBox(_("Priority (printed in blue)"), page)
        self.priority.toggled.connect(self._save_priority)
        form.addRow("", self.priority)
        self.row_kpis = QListWidget(page)
        self.row_kpis.setAccessibleName(_("KPIs"))
        self.row_kpis.setMaximumHeight(130)
        self.row_kpis.setWordWrap(True)  # a long KPI wraps; the panel never scrolls sideways
        self.row_kpis.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.row_kpis.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.row_kpis.itemChanged.connect(self._save_kpi)
        form.addRow(_("KPIs"), self.row_kpis)
        self.field_editors = {}
        for column in layout.columns:
            editor = FieldEditor(page, lambda value: None)
            editor.save = partial(self._save_in_session, column.field, editor)
            editor.setAccessibleName(column.label or column.field.value)
            form.addRow(column.label or _("Item"), editor)
            self.field_editors[column.field.value] = editor
        self.due = QLabel(page)
        form.addRow(_("Next due"), self.due)
        self.history_label = QLabel(page)
        self.history_label.setWordWrap(True)
        form.addRow(_("Status history"), self.history_label)
        _replace(self.row_page, page)

    def update_row(self, fields: frozenset[str] | None = None, force: bool = False) -> None:
        """Put the row's values in the editors; ``fields``: only these changed (None: all).
        An editor that has the focus and unsaved typing keeps it."""
        row, layout, document = self.row, self.layout_, self.document
        if row is None or layout is None or document is None:
            return
        for name, editor in self.field_editors.items():
            if fields is not None and name not in fields:
                continue
            value = row.value(Field(name))
            if editor.pending() is not None or (
                editor.hasFocus() and to_plain(value) == editor.toPlainText()
            ):
                editor.stored = value
                continue  # her typing wins; a conflict is settled when it is saved
            editor.show_value(value, keep_cursor=not force)
        if fields is not None and fields <= set(self.field_editors) - {"period"}:
            return  # only texts changed: nothing else on the page depends on them
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(self.status.findData(row.status.value))
        with QSignalBlocker(self.priority):
            self.priority.setChecked(row.priority)
            self.priority.setEnabled(document.state.value != "vastgesteld")
        self._fill_kpis(row, document)
        self.due.setText(self._next_due(row, layout, document))
        if fields is not None and "status" in fields:
            self._histories.pop(row.id, None)
        if row.id not in self._histories:
            self._histories[row.id] = self._history(row)
        self.history_label.setText(self._histories[row.id])
        read_only = document.state.value == "vastgesteld"
        for editor in self.field_editors.values():
            editor.setReadOnly(read_only)

    def _fill_kpis(self, row: RowData, document: DocumentData) -> None:
        wanted = [(kpi.id, f"{kpi.number}. {to_plain(kpi.text)}") for kpi in document.kpis]
        shown = [
            (self.row_kpis.item(i).data(Qt.ItemDataRole.UserRole), self.row_kpis.item(i).text())
            for i in range(self.row_kpis.count())
        ]
        with QSignalBlocker(self.row_kpis):
            if wanted != shown:
                self.row_kpis.clear()
                for kpi, (ident, text) in zip(document.kpis, wanted, strict=True):
                    item = QListWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, ident)
                    item.setToolTip(to_plain(kpi.text))
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    self.row_kpis.addItem(item)
            for position, kpi in enumerate(document.kpis):
                self.row_kpis.item(position).setCheckState(
                    Qt.CheckState.Checked if kpi.number in row.kpis else Qt.CheckState.Unchecked
                )

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

    def _save_in_session(self, field: Field, editor: FieldEditor, value: str) -> None:
        """A field's save, within the editor's typing session (one undo step)."""
        self._save_field(field, value, editor.session)

    def _save_field(self, field, value: str, session: object | None = None) -> None:
        if self.row is not None and self.row.id is not None:
            self.window_.edit_field(self.row.id, field, value, self.row.version, session)

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
        same = (
            self.document is not None
            and self.document.id == document.id
            and self.row is None
            and self.document_page.widget() is not None
            and set(self.section_editors) == {s.id for s in document.sections}
        )
        self.row, self.document = None, document
        if same:
            self._update_document(document)
        else:
            self._build_document_page(document)
        self.setCurrentWidget(self.document_page)

    def _update_document(self, document: DocumentData) -> None:
        """The same document changed: values in place; the two lists made again."""
        if not self.title.hasFocus() and self.title.text() != document.title:
            with QSignalBlocker(self.title):
                self.title.setText(document.title)
                self.title.setCursorPosition(0)
        self.state_label.setText(_state_text(document))
        for section in document.sections:
            editor = self.section_editors[section.id]
            editor.save = self._section_saver(section.id, section.version)
            if editor.pending() is not None or (
                editor.hasFocus() and to_plain(section.body) == editor.toPlainText()
            ):
                editor.stored = section.body
                continue
            editor.show_value(section.body, keep_cursor=True)
        from jaarplanner.ui.document_lists import kpis_editor, steps_editor

        page = self.document_page.widget()
        layout = page.layout() if page is not None else None
        if layout is None:  # the page is built before any document is shown: never here
            return
        for name, make in (("steps", steps_editor), ("document_kpis", kpis_editor)):
            old = getattr(self, name)
            if old.isAncestorOf(QApplication.focusWidget()):
                continue  # she is working in it; it is made again at the next change
            fresh = make(self.window_, document, old.parentWidget())
            layout.replaceWidget(old, fresh)
            old.hide()
            old.deleteLater()
            setattr(self, name, fresh)

    def _section_saver(self, ident: int | None, version: int | None):
        return lambda value: self._save_section(ident, value, version)

    def _build_document_page(self, document: DocumentData) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit(document.title, page)
        self.title.setAccessibleName(_("Title"))
        self.title.setCursorPosition(0)  # show the start of a long title
        self.title.editingFinished.connect(self._save_title)
        form.addRow(_("Title"), self.title)
        form.addRow(_("School year"), QLabel(document.school_year, page))
        self.state_label = QLabel(_state_text(document), page)
        form.addRow(_("State"), self.state_label)
        layout.addLayout(form)
        from jaarplanner.ui.document_lists import kpis_editor, steps_editor

        layout.addWidget(QLabel(f"<b>{_('Status trail')}</b>", page))
        self.steps = steps_editor(self.window_, document, page)
        layout.addWidget(self.steps)
        from jaarplanner.ui.versions_flow import versions_box  # issue 21

        self.versions = versions_box(self.window_, document, page)
        layout.addWidget(self.versions)
        layout.addWidget(QLabel(f"<b>{_('KPIs')}</b>", page))
        self.document_kpis = kpis_editor(self.window_, document, page)
        layout.addWidget(self.document_kpis)
        self.section_editors = {}
        for section in document.sections:
            layout.addWidget(QLabel(f"<b>{section.title}</b>", page))
            editor = FieldEditor(page, self._section_saver(section.id, section.version))
            editor.setAccessibleName(section.title)
            editor.show_value(section.body)
            layout.addWidget(editor)
            if section.id is not None:
                self.section_editors[section.id] = editor
        layout.addStretch(1)
        _replace(self.document_page, page)

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


def _state_text(document: DocumentData) -> str:
    if document.state.value == "vastgesteld":
        return step_label(StepAction(document.state.value))
    return _("Draft")


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
