"""The main window: the navigator on the left, the table editor in the centre. Every change
goes through the services as one undoable step and is saved at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
)

from jaarplanner.i18n import _, ngettext
from jaarplanner.model.document import DocumentData, PartData, ThemeData
from jaarplanner.model.values import Field
from jaarplanner.periods import SchoolYear
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.services.holidays import holidays_for
from jaarplanner.storage.database import Database
from jaarplanner.ui import theme_actions
from jaarplanner.ui.actions import ACTIONS, text_of
from jaarplanner.ui.app import window_title
from jaarplanner.ui.calendar_panel import CalendarPanel
from jaarplanner.ui.menus import build_menus
from jaarplanner.ui.navigator import OBJECT_ROLE, build_model
from jaarplanner.ui.row_changes import RowChanges
from jaarplanner.ui.rows_model import RowsModel
from jaarplanner.ui.search_bar import SearchBar
from jaarplanner.ui.table_view import RowsView
from jaarplanner.ui.undo import History


class MainWindow(RowChanges, QMainWindow):
    def __init__(
        self,
        db: Database,
        *,
        history: History | None = None,
        selection: tuple[str, int | None] = ("", None),
    ) -> None:
        """``history`` and ``selection``: taken over from a window this one replaces (after
        a change of language), so undo and the place in the document stay."""
        super().__init__()
        self.db = db
        if history is None:
            history = History(db, self)
        else:
            history.changed.disconnect()
            history.setParent(self)
            history.window = self
        self.history = history
        self.history.changed.connect(self.after_change)
        self.setWindowTitle(window_title(db.display_name))
        from jaarplanner.ui.app import window_icon

        self.setWindowIcon(window_icon())
        self.documents: list[DocumentData] = []
        self.selection: tuple[str, int | None] = selection
        self.navigator = QTreeView()
        self.navigator.setAccessibleName(_("Documents, parts and themes"))
        self.navigator.setHeaderHidden(False)
        self.rows_model = RowsModel(self)
        self.rows_model.editor = self.edit_field
        self.table = RowsView(self.rows_model, self.current_school_year)
        from jaarplanner.ui.details import DetailsPanel

        self.details = DetailsPanel(self)
        self.calendar = CalendarPanel()
        self.calendar.set_on_move(self.move_period)
        self.calendar.holidays_source = lambda year, region: holidays_for(self.db, year, region)
        self.calendar.canvas.row_clicked.connect(lambda row_id: self.table.select_row(row_id))
        self.views = QTabWidget()
        self.views.addTab(self.table, _("Table"))
        self.views.addTab(self.calendar, _("Calendar"))
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.views)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)
        splitter.setChildrenCollapsible(False)
        self.table.selectionModel().currentChanged.connect(self._show_details)
        self.table.selectionModel().currentChanged.connect(self._follow_in_calendar)
        self.setCentralWidget(splitter)
        self.resize(1280, 760)
        self.fit_panels()
        self.actions_by_name: dict[str, QAction] = {}
        self._actions()
        self._menus()
        self._format_bar()
        self._search_bar()
        self.reload()
        from jaarplanner.ui.others import OthersWatch

        self.others = OthersWatch(self)

    # -- actions and menus ---------------------------------------------------------------
    def _actions(self) -> None:
        handlers = {
            "import": self.ask_import,
            "export_pdf": self.export_pdf,
            "export_calendar": lambda: self.export_pdf(calendar=True),
            "export_docx": lambda: self.export_file("docx"),
            "export_xlsx": lambda: self.export_file("xlsx"),
            "export_csv": lambda: self.export_file("csv"),
            "export_ics": lambda: self.export_file("ics"),
            "quit": self.close,
            "add_row": lambda: self.add_row(above=False),
            "insert_row": lambda: self.add_row(above=True),
            "duplicate_row": self.duplicate_row,
            "delete_row": self.delete_row,
            "move_up": lambda: self.move_row(-1),
            "move_down": lambda: self.move_row(1),
            "find": self.focus_search,
            "copy_rows": self.copy_rows,
            "paste_rows": self.paste_rows,
        }
        for name, spec in ACTIONS.items():
            action = QAction(text_of(name), self)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if name in handlers:
                action.triggered.connect(handlers[name])
            self.actions_by_name[name] = action
        from jaarplanner.ui.export_flow import open_after, set_open_after

        open_after_action = self.actions_by_name["open_after"]
        open_after_action.setCheckable(True)
        open_after_action.setChecked(open_after())
        open_after_action.toggled.connect(set_open_after)
        for name in (
            "add_row",
            "insert_row",
            "duplicate_row",
            "delete_row",
            "move_up",
            "move_down",
            "copy_rows",
            "paste_rows",
        ):
            self.actions_by_name[name].setShortcutContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            self.table.addAction(self.actions_by_name[name])
        self.undo_action = self.history.stack.createUndoAction(self, _("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.history.stack.createRedoAction(self, _("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])

    def _menus(self) -> None:
        build_menus(self)

    def _format_bar(self) -> None:
        """Buttons for the rich-text editor that has the focus (a cell or a detail field)."""
        from jaarplanner.ui.delegates import RichEditor

        bar = QToolBar(_("Formatting"), self)
        bar.setObjectName("formatting")
        self.format_actions: dict[str, QAction] = {}
        for name, text, tip, method in (
            ("bold", "B", _("Bold (Ctrl+B)"), "toggle_bold"),
            ("italic", "I", _("Italic (Ctrl+I)"), "toggle_italic"),
            ("underline", "U", _("Underline (Ctrl+U)"), "toggle_underline"),
            ("list", "•", _("Bullet list"), "toggle_list"),
            ("superscript", "x²", _("Superscript"), "toggle_superscript"),
        ):
            action = QAction(text, self)
            action.setToolTip(tip)
            action.setStatusTip(tip)

            def apply(_checked: bool = False, method: str = method) -> None:
                from PySide6.QtWidgets import QApplication

                widget = QApplication.focusWidget()
                if isinstance(widget, RichEditor):
                    getattr(widget, method)()

            action.triggered.connect(apply)
            bar.addAction(action)
            self.format_actions[name] = action
        self.addToolBar(bar)

    def _search_bar(self) -> None:
        self.search_bar = bar = SearchBar(self)
        self.search, self.kpi_filter, self.month_filter = bar.search, bar.kpi_filter, bar.month
        self.hits = bar.hits
        bar.changed.connect(self.apply_search)
        self.addToolBar(bar)

    def _fill_kpi_filter(self) -> None:
        self.search_bar.fill_kpis(self.current_document())

    def use_database(self, db: Database) -> None:
        """Work on ``db`` from now on (the old one is closed; undo starts afresh)."""
        old = self.db
        self.db = db
        self.history.db = db
        self.history.stack.clear()
        self.others.close()
        from jaarplanner.ui.others import OthersWatch

        self.others = OthersWatch(self)
        self.selection = ("", None)
        self.setWindowTitle(window_title(db.display_name))
        self.reload()
        if old is not db:
            old.close()

    # -- layout ----------------------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        sizes = settings.value("window/splitter")
        if sizes is None or not self.splitter.restoreState(sizes):
            self.fit_panels()

    def fit_panels(self) -> None:
        """The navigator and the details as wide as they need, the centre gets the rest."""
        width = max(self.width(), 900)
        side = min(max(width // 5, 240), 300)
        details = min(max(width // 4, 320), 420)
        self.splitter.setSizes([side, width - side - details, details])

    def save_open_edits(self) -> None:
        """Whatever is being typed right now is saved: a cell editor and the detail fields."""
        from PySide6.QtWidgets import QApplication

        from jaarplanner.ui.delegates import PeriodEditor, RichEditor
        from jaarplanner.ui.details import FieldEditor

        if self.table.state() == QAbstractItemView.State.EditingState:
            focus = QApplication.focusWidget()
            while focus is not None and not isinstance(focus, (PeriodEditor, RichEditor)):
                focus = focus.parentWidget()
            if focus is not None and focus.parentWidget() is self.table.viewport():
                self.table.itemDelegate().commitData.emit(focus)
        # saving one field refreshes the panel, so collect every pending text first
        pending = [
            editor.pending()
            for editor in self.details.findChildren(FieldEditor)
            if editor.isVisibleTo(self.details)
        ]
        for save, value in filter(None, pending):
            save(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_open_edits()
        self.others.close()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self.db.path is not None:
            settings.setValue("database/last", str(self.db.path))
        super().closeEvent(event)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.documents = [load_document(self.db, d.id) for d in list_documents(self.db)]
        self.tree_model = build_model(self.documents)
        self.tree_model.on_drop = self.move_rows_to
        self.tree_model.on_theme_drop = lambda moved, target: theme_actions.move_theme_before(
            self, moved, target
        )
        self.navigator.setModel(self.tree_model)
        self.navigator.setAcceptDrops(True)
        self.navigator.setDropIndicatorShown(True)
        self.navigator.setDragDropMode(QTreeView.DragDropMode.DragDrop)
        self.navigator.expandToDepth(1)
        self.navigator.selectionModel().currentChanged.connect(self._show)
        kind, ident = self.selection
        if ident is not None:
            index = self._find(kind, ident)
            if index.isValid():
                self.navigator.setCurrentIndex(index)
                return
        self.rows_model.show(None)
        self.calendar.show_part(None, None, None)

    def _find(self, kind: str, ident: int, parent: QModelIndex | None = None) -> QModelIndex:
        parent = parent or QModelIndex()
        for row in range(self.tree_model.rowCount(parent)):
            index = self.tree_model.index(row, 0, parent)
            payload = index.data(OBJECT_ROLE)
            if type(payload).__name__ == kind and getattr(payload, "id", None) == ident:
                return index
            found = self._find(kind, ident, index)
            if found.isValid():
                return found
        return QModelIndex()

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        payload = current.data(OBJECT_ROLE)
        self.selection = (type(payload).__name__, getattr(payload, "id", None))
        part = self._part_of(current)
        if isinstance(payload, ThemeData) and part is not None:
            self.rows_model.show(part, [payload])
            self.calendar.show_part(part, [payload], self.current_document())
        else:
            self.rows_model.show(part)
            self.calendar.show_part(part, None, self.current_document())
        self._fill_kpi_filter()
        self.rows_model.search_index()  # now, so that the first search is as quick as the rest
        self.apply_search()
        self._show_details()

    def _show_details(self, current: QModelIndex = QModelIndex(), _previous=None) -> None:  # noqa: B008
        document = self.current_document()
        line = self.rows_model.line(current) if current.isValid() else None
        if (
            line is not None
            and line.row is not None
            and document is not None
            and self.rows_model.layout is not None
        ):
            self.details.show_row(line.row, self.rows_model.layout, document)
        elif document is not None:
            self.details.show_document(document)

    def _follow_in_calendar(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.rows_model.line(current)
        self.calendar.select_row(line.row.id if line is not None and line.row else None)

    def _part_of(self, index: QModelIndex) -> PartData | None:
        while index.isValid():
            payload = index.data(OBJECT_ROLE)
            if isinstance(payload, PartData):
                return payload
            index = index.parent()
        return None

    def selected_part_and_theme(self) -> tuple[PartData | None, ThemeData | None]:
        index = self.navigator.currentIndex()
        payload = index.data(OBJECT_ROLE) if index.isValid() else None
        return self._part_of(index), payload if isinstance(payload, ThemeData) else None

    def part_of_theme(self, theme_id: int) -> PartData | None:
        for document in self.documents:
            for part in document.parts:
                if any(t.id == theme_id for t in part.all_themes()):
                    return part
        return None

    def go_to_row(self, row_id: int) -> None:
        """Show one row (a line of the import report): its theme, the row selected."""
        for document in self.documents:
            for part in document.parts:
                for theme in part.all_themes():
                    if any(row.id == row_id for row in theme.rows):
                        self.select_in_navigator("ThemeData", theme.id)  # type: ignore[arg-type]
                        self.table.select_row(row_id)
                        self.table.setFocus()
                        return

    def select_in_navigator(self, kind: str, ident: int) -> None:
        index = self._find(kind, ident)
        if index.isValid():
            self.navigator.setCurrentIndex(index)

    def current_document(self) -> DocumentData | None:
        index = self.navigator.currentIndex()
        while index.isValid():
            payload = index.data(OBJECT_ROLE)
            if isinstance(payload, DocumentData):
                return payload
            index = index.parent()
        first = self.tree_model.index(0, 0)
        return first.data(OBJECT_ROLE) if first.isValid() else None

    def current_school_year(self) -> SchoolYear:
        document = self.current_document()
        try:
            return SchoolYear.parse(document.school_year if document else "")
        except Exception:
            import datetime as dt

            return SchoolYear.containing(dt.date.today())

    def after_change(self, result: object) -> None:
        self.others.own_change()
        current = self.table.currentIndex()
        row = self.table.current_row()
        column = current.column() if current.isValid() else 1
        self.reload()
        target = result if isinstance(result, int) else (row.id if row else None)
        if target is not None:
            self.table.select_row(target, column)

    # -- search ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_search(self, *_args: object) -> None:
        """Show only the rows the search and filters allow; highlight the words found."""
        from jaarplanner.model.filtering import select

        rule = self.search_bar.row_filter()
        year = str(self.current_school_year())
        layout = self.rows_model.layout
        deadline = layout is not None and layout.deadline_field == Field.PERIOD
        self.rows_model.highlight = rule.words()
        current = self.table.currentIndex()
        row = self.table.current_row()
        if rule.active:
            shown = select(self.rows_model.search_index(), rule, year, deadline)
            hits = self.rows_model.set_filter(shown)
        elif self.rows_model.keep is not None:
            hits = self.rows_model.set_filter(None)
        else:
            hits = 0
        if row is not None and row.id is not None:
            self.table.select_row(row.id, current.column() if current.isValid() else 1)
        self.table.viewport().update()
        self.hits.setText(
            ngettext("{n} hit", "{n} hits", hits).format(n=hits) if rule.active else ""
        )

    # -- files ----------------------------------------------------------------------------
    def ask_import(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            _("Import documents"),
            "",
            _("Documents (*.docx *.xlsx *.csv *.txt);;All files (*)"),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def import_paths(self, paths: list[Path]) -> None:
        from jaarplanner.ui.import_flow import import_files

        import_files(self.db, paths, self)  # reloads before its report, whose lines show rows

    def export_file(self, kind: str) -> Path | None:
        from jaarplanner.ui.export_flow import export_file_interactive

        document = self.current_document()
        if document is None:
            QMessageBox.information(self, _("Export"), _("There is no document to export yet."))
            return None
        if kind == "ics":
            from jaarplanner.ui.ics_flow import export_ics_interactive

            return export_ics_interactive(document, self)
        return export_file_interactive(document, self, kind)

    def export_pdf(self, calendar: bool = False) -> Path | None:
        from jaarplanner.ui.export_flow import export_pdf_interactive

        document = self.current_document()
        if document is None:
            QMessageBox.information(
                self, _("Export as PDF"), _("There is no document to export yet.")
            )
            return None
        holidays = None
        if calendar:
            region = document.organisation.region
            holidays = holidays_for(self.db, self.current_school_year(), region)
        return export_pdf_interactive(document, self, calendar=calendar, holidays=holidays)
