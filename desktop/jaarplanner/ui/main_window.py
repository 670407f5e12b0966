"""The main window: the navigator on the left, the rows of what is selected in the centre."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTreeView,
)

from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, PartData, RowData, ThemeData
from jaarplanner.model.layout import ColumnLayout
from jaarplanner.model.richtext import to_plain
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.storage.database import Database
from jaarplanner.ui.app import window_title
from jaarplanner.ui.navigator import OBJECT_ROLE, build_model


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(window_title(db.display_name))
        self.navigator = QTreeView()
        self.navigator.setAccessibleName(_("Documents, parts and themes"))
        self.table = QTableView()
        self.table.setAccessibleName(_("Rows"))
        self.table.setWordWrap(True)
        self.rows_model = QStandardItemModel()
        self.table.setModel(self.rows_model)
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.resize(1280, 760)
        self._menus()
        self.reload()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("&File"))
        self.import_action = QAction(_("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.ask_import)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(_("Export as &PDF…"), self)
        self.export_action.setShortcut(QKeySequence.StandardKey.Print)
        self.export_action.triggered.connect(self.export_pdf)
        file_menu.addAction(self.export_action)
        self.calendar_action = QAction(_("Export the &calendar as PDF…"), self)
        self.calendar_action.triggered.connect(lambda: self.export_pdf(calendar=True))
        file_menu.addAction(self.calendar_action)
        from jaarplanner.ui.export_flow import open_after, set_open_after

        self.open_after_action = QAction(_("&Open after exporting"), self)
        self.open_after_action.setCheckable(True)
        self.open_after_action.setChecked(open_after())
        self.open_after_action.toggled.connect(set_open_after)
        file_menu.addAction(self.open_after_action)
        file_menu.addSeparator()
        quit_action = QAction(_("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def ask_import(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            _("Import documents"),
            "",
            _("Documents (*.docx *.xlsx *.csv *.txt);;All files (*)"),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def current_document(self) -> DocumentData | None:
        index = self.navigator.currentIndex()
        while index.isValid():
            payload = index.data(OBJECT_ROLE)
            if isinstance(payload, DocumentData):
                return payload
            index = index.parent()
        first = self.tree_model.index(0, 0)
        return first.data(OBJECT_ROLE) if first.isValid() else None

    def export_pdf(self, calendar: bool = False) -> Path | None:
        from jaarplanner.ui.export_flow import export_pdf_interactive

        document = self.current_document()
        if document is None:
            QMessageBox.information(
                self, _("Export as PDF"), _("There is no document to export yet.")
            )
            return None
        return export_pdf_interactive(document, self, calendar=calendar)

    def import_paths(self, paths: list[Path]) -> None:
        from jaarplanner.ui.import_flow import import_files

        if import_files(self.db, paths, self) is not None:
            self.reload()

    def reload(self) -> None:
        documents = [load_document(self.db, d.id) for d in list_documents(self.db)]
        self.tree_model = build_model(documents)
        self.navigator.setModel(self.tree_model)
        self.navigator.expandToDepth(1)
        self.navigator.selectionModel().currentChanged.connect(self._show)

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        payload = current.data(OBJECT_ROLE)
        part = self._part_of(current)
        if part is None:
            self.rows_model.clear()
            return
        themes = (
            part.all_themes()
            if isinstance(payload, PartData)
            else (payload.walk() if isinstance(payload, ThemeData) else [])
        )
        self._fill(part.layout, themes)

    def _part_of(self, index: QModelIndex) -> PartData | None:
        while index.isValid():
            payload = index.data(OBJECT_ROLE)
            if isinstance(payload, PartData):
                return payload
            index = index.parent()
        return None

    def _fill(self, layout: ColumnLayout, themes: list[ThemeData]) -> None:
        self.rows_model.clear()
        self.rows_model.setHorizontalHeaderLabels(
            [layout.number_label] + [c.label for c in layout.columns]
        )
        for theme in themes:
            band = QStandardItem(f"{theme.label or ''} {theme.title}".strip())
            band.setEditable(False)
            self.rows_model.appendRow([band])
            self.table.setSpan(self.rows_model.rowCount() - 1, 0, 1, len(layout.columns) + 1)
            for row in theme.rows:
                self.rows_model.appendRow(self._row_items(layout, row))
        self.table.resizeRowsToContents()

    @staticmethod
    def _row_items(layout: ColumnLayout, row: RowData) -> list[QStandardItem]:
        items = [QStandardItem(row.number or "")]
        items += [QStandardItem(to_plain(row.value(c.field))) for c in layout.columns]
        for item in items:
            item.setEditable(False)
            item.setData(row, OBJECT_ROLE)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return items
