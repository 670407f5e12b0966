"""Versions of a document (keep one by hand, open one read-only, print it, start a new
document from it) and *Vergelijken…*: two versions, a version and now, or two documents."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_datetime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.errors import UserError
from jaarplanner.exporters.compare_html import comparison_html, document_html
from jaarplanner.i18n import _
from jaarplanner.services.compare import Compared, Source, compare_sources
from jaarplanner.services.documents import list_documents
from jaarplanner.services.versions import (
    VersionSummary,
    keep_version,
    list_versions,
    load_version,
    start_from_version,
)

if TYPE_CHECKING:
    from jaarplanner.ui.main_window import MainWindow


def _reason(reason: str) -> str:
    return {"adopted": _("on adopting"), "step": _("on a status step"), "manual": _("by hand")}[
        reason
    ]


def _when(version: VersionSummary) -> str:
    return format_datetime(version.created, "d MMM y HH:mm", locale="nl_NL")


class VersionsDialog(QDialog):
    def __init__(self, window: MainWindow, document_id: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.document_id = document_id
        self.setWindowTitle(_("Versions"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(_("Versions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        actions = {
            "keep": QPushButton(_("Keep a version…"), self),
            "open": QPushButton(_("Open (read-only)"), self),
            "pdf": QPushButton(_("Export as PDF…"), self),
            "start": QPushButton(_("Start a new document from it"), self),
            "compare": QPushButton(_("Compare with now"), self),
        }
        self.buttons = actions
        for button in actions.values():
            button.setAutoDefault(False)  # Enter in the list opens a version, nothing else
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        actions["keep"].clicked.connect(self.keep)
        actions["open"].clicked.connect(self.open_version)
        actions["pdf"].clicked.connect(self.export_pdf)
        actions["start"].clicked.connect(self.start_new)
        actions["compare"].clicked.connect(self.compare_now)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.open_version())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for version in list_versions(self.window_.db, self.document_id):
            item = QListWidgetItem(f"{_when(version)} – {version.name} ({_reason(version.reason)})")
            item.setData(256, version.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        for name in ("open", "pdf", "start", "compare"):
            self.buttons[name].setEnabled(self.list.count() > 0)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(256) if item is not None else None

    def keep(self) -> None:
        name, ok = QInputDialog.getText(self, _("Keep a version"), _("Name of the version:"))
        if ok and self.window_.history.perform(lambda db: keep_version(db, self.document_id, name)):
            self.fill()

    def open_version(self) -> None:
        ident = self.chosen()
        if ident is None:
            return
        reader = QDialog(self)
        reader.setWindowTitle(self.list.currentItem().text())
        view = QTextBrowser(reader)
        view.setHtml(document_html(load_version(self.window_.db, ident)))
        QVBoxLayout(reader).addWidget(view)
        reader.resize(1100, 650)
        self.reader = reader
        reader.open()

    def export_pdf(self) -> None:
        ident = self.chosen()
        if ident is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export as PDF…"), "versie.pdf", _("PDF (*.pdf)")
        )
        if name:
            from jaarplanner.exporters.pdf import export_pdf

            try:
                export_pdf(load_version(self.window_.db, ident), Path(name))
            except OSError as error:
                QMessageBox.warning(self, _("Not possible"), str(error))

    def start_new(self) -> None:
        ident = self.chosen()
        if ident is None:
            return
        title, ok = QInputDialog.getText(
            self, _("Start a new document"), _("Title of the new document:")
        )
        if ok and self.window_.history.perform(lambda db: start_from_version(db, ident, title)):
            self.accept()

    def compare_now(self) -> None:
        ident = self.chosen()
        if ident is not None:
            old = Source(self.document_id, ident)
            dialog = CompareDialog(self.window_, old, self.document_id)
            self.compare_dialog = dialog
            dialog.open()


def _sources(window: MainWindow) -> list[tuple[str, Source]]:
    found = []
    for summary in list_documents(window.db):
        label = f"{summary.title} ({summary.school_year})"
        found.append((_("{document}: now").format(document=label), Source(summary.id)))
        for version in list_versions(window.db, summary.id):
            found.append(
                (
                    _("{document}: {version} of {date}").format(
                        document=label, version=version.name, date=_when(version)
                    ),
                    Source(summary.id, version.id),
                )
            )
    return found


class CompareDialog(QDialog):
    """*Vergelijken…*: choose what was and what is; the rows added, removed, moved and
    changed, the changed words marked; unchanged rows can be folded away."""

    def __init__(
        self, window: MainWindow, old: Source | None = None, document_id: int | None = None
    ) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(_("Compare"))
        self.old = QComboBox(self)
        self.new = QComboBox(self)
        self.old.setAccessibleName(_("What was"))
        self.new.setAccessibleName(_("What is"))
        for label, source in _sources(window):
            self.old.addItem(label, source)
            self.new.addItem(label, source)
        if old is not None:
            _select(self.old, old)
        if document_id is not None:
            _select(self.new, Source(document_id))
        self.fold = QCheckBox(_("Hide unchanged rows"), self)
        self.fold.setChecked(True)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(_("Comparison"))
        pdf = QPushButton(_("Save as PDF…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(pdf, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        pdf.clicked.connect(self.save_pdf)
        form = QFormLayout()
        form.addRow(_("What was"), self.old)
        form.addRow(_("What is"), self.new)
        form.addRow("", self.fold)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.compared: Compared | None = None
        for combo in (self.old, self.new):
            combo.currentIndexChanged.connect(lambda _i: self.show_comparison())
        self.fold.toggled.connect(lambda _c: self.show_html())
        self.resize(1200, 700)
        self.show_comparison()

    def show_comparison(self) -> None:
        old, new = self.old.currentData(), self.new.currentData()
        if old is None or new is None:
            return
        try:
            self.compared = compare_sources(self.window_.db, old, new)
        except UserError as error:
            self.compared = None
            self.view.setPlainText(str(error))
            return
        self.show_html()

    def show_html(self) -> None:
        if self.compared is not None:
            self.view.setHtml(comparison_html(self.compared.comparison, self.fold.isChecked()))

    def save_pdf(self) -> None:
        if self.compared is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save as PDF…"), "vergelijking.pdf", _("PDF (*.pdf)")
        )
        if name:
            self.write_pdf(Path(name))

    def write_pdf(self, target: Path) -> None:
        from jaarplanner.exporters.pdf.compare import write_comparison_pdf

        assert self.compared is not None
        try:
            write_comparison_pdf(
                self.compared.comparison,
                self.compared.old,
                self.compared.new,
                target,
                self.fold.isChecked(),
            )
        except OSError as error:
            QMessageBox.warning(self, _("Not possible"), str(error))


def _select(combo: QComboBox, source: Source) -> None:
    for index in range(combo.count()):
        if combo.itemData(index) == source:
            combo.setCurrentIndex(index)
            return


def show_versions(window: MainWindow) -> None:
    document = window.current_document()
    if document is None or document.id is None:
        QMessageBox.information(window, _("Versions"), _("Choose a document first."))
        return
    window.versions_dialog = VersionsDialog(window, document.id)
    window.versions_dialog.open()


def compare_documents(window: MainWindow) -> None:
    document = window.current_document()
    document_id = document.id if document is not None else None
    old = None
    if document is not None and document_id is not None:
        versions = list_versions(window.db, document_id)
        # The newest version; without one, last year's document of the same kind.
        old = Source(document_id, versions[-1].id) if versions else last_years(window, document)
    window.compare_dialog = CompareDialog(window, old, document_id)
    window.compare_dialog.open()


def last_years(window: MainWindow, document) -> Source | None:
    """The same organisation's document of the school year before, in the same layout."""
    from jaarplanner.periods import SchoolYear

    earlier = str(SchoolYear.parse(document.school_year).next(-1))
    for other in window.documents:
        if (
            other.school_year == earlier
            and other.layout == document.layout
            and other.organisation.name == document.organisation.name
        ):
            return Source(other.id)
    return None


def versions_box(window: MainWindow, document, parent: QWidget) -> QWidget:
    """The document's versions in the details: newest first; Enter or a double click opens
    *Versies…* on it."""
    from PySide6.QtWidgets import QLabel

    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(f"<b>{_('Versions')}</b>", box))
    listing = QListWidget(box)
    listing.setAccessibleName(_("Versions"))
    listing.setMaximumHeight(90)

    document_id = document.id  # not the document: the store replaces it on every re-read

    def fill(_change: object = None) -> None:
        """Listed again after every change (keeping a version is one): the panel itself is
        not rebuilt after a change."""
        listing.clear()
        for version in reversed(list_versions(window.db, document_id) if document_id else []):
            listing.addItem(f"{_when(version)} – {version.name}")
        if not listing.count():
            listing.addItem(_("No versions yet: adopting or a status step keeps one."))

    fill()
    window.history.changed.connect(fill)
    box.destroyed.connect(lambda *_args: _disconnect(window.history.changed, fill))
    listing.itemActivated.connect(lambda _item: show_versions(window))
    layout.addWidget(listing)
    box.listing = listing  # type: ignore[attr-defined]
    return box


def _disconnect(signal: object, slot: object) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # already gone with the window
        signal.disconnect(slot)  # type: ignore[attr-defined]


def add_actions(window: MainWindow, menu: QWidget) -> None:
    """*Versies…*, *Vergelijken…* and *Betrokkenen…* in the Jaar menu."""
    from PySide6.QtGui import QAction

    from jaarplanner.ui.people_dialog import show_people

    for name, text, handler in (
        ("versions", _("&Versions…"), show_versions),
        ("compare", _("&Compare…"), compare_documents),
        ("people", _("&Involved…"), show_people),
    ):
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, h=handler: h(window))
        menu.addAction(action)
        window.year_actions[name] = action
