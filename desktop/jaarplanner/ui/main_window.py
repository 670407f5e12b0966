"""The main window: the navigator on the left, the table editor in the centre, the details
on the right. Every change goes through the services as one undoable step and is saved at
once; the store then tells the views what changed (``window_sync``): nothing reloads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jaarplanner.demo import is_demo_copy
from jaarplanner.i18n import _
from jaarplanner.model.document import DocumentData, PartData, ThemeData
from jaarplanner.periods import SchoolYear
from jaarplanner.services.holidays import holidays_for
from jaarplanner.storage.database import Database
from jaarplanner.ui import theme_actions
from jaarplanner.ui.adopted import AdoptedBanner, DocumentState
from jaarplanner.ui.app import window_title
from jaarplanner.ui.calendar_panel import CalendarPanel
from jaarplanner.ui.file_actions import FileActions
from jaarplanner.ui.menus import build_menus
from jaarplanner.ui.navigator import OBJECT_ROLE, build_model
from jaarplanner.ui.row_changes import RowChanges
from jaarplanner.ui.rows_model import RowsModel
from jaarplanner.ui.search_flow import SearchFlow
from jaarplanner.ui.store import DocumentStore
from jaarplanner.ui.table_view import RowsView
from jaarplanner.ui.undo import History
from jaarplanner.ui.window_actions import format_bar, make_actions
from jaarplanner.ui.window_sync import ViewSync

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QStackedWidget

    from jaarplanner.services.changes import Change
    from jaarplanner.ui.empty_hints import Hint
    from jaarplanner.ui.people_dialog import PeopleDialog
    from jaarplanner.ui.start_page import StartPage
    from jaarplanner.ui.versions_flow import CompareDialog, VersionsDialog


class MainWindow(RowChanges, ViewSync, SearchFlow, FileActions, DocumentState, QMainWindow):
    # Set by the modules that build the menus, pages and dialogs onto the window (menus,
    # window_actions, document_menu, start_page, empty_hints, ...): declared here so that the
    # type checker knows them.
    undo_action: QAction
    redo_action: QAction
    new_action: QAction
    open_action: QAction
    preview_action: QAction
    preview_first_action: QAction
    place_keeper: QObject
    new_document_action: QAction
    publish_action: QAction
    restore_action: QAction
    help_action: QAction
    about_action: QAction
    import_action: QAction
    export_action: QAction
    calendar_action: QAction
    open_after_action: QAction
    format_actions: dict[str, QAction]
    theme_actions: list[QAction]
    year_actions: dict[str, QAction]
    language_actions: dict[str, QAction]
    document_actions: dict[str, QAction]
    file_menu: QMenu
    recent_menu: QMenu
    document_menu: QMenu
    last_menu: QMenu  # the context menu shown last (the tests read it)
    start_page: StartPage
    pages: QStackedWidget
    table_hint: Hint
    calendar_hint: Hint
    people_dialog: PeopleDialog
    versions_dialog: VersionsDialog
    compare_dialog: CompareDialog
    handed_over: bool

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
        self.store = DocumentStore(db, self)
        if history is None:
            history = History(db, self)
        else:
            history.setParent(self)
            history.window = self
        self.history = history
        history.publisher = self._publish
        self.setWindowTitle(window_title(db.display_name))
        from jaarplanner.ui.app import window_icon

        self.setWindowIcon(window_icon())
        self.selection: tuple[str, int | None] = selection
        self.navigator = QTreeView()
        self.navigator.setAccessibleName(_("Documents, parts and themes"))
        self.navigator.setHeaderHidden(False)
        self.tree_model = build_model([])
        self.tree_model.on_drop = self.move_rows_to
        self.tree_model.on_theme_drop = lambda moved, target: theme_actions.move_theme_before(
            self, moved, target
        )
        self.navigator.setModel(self.tree_model)  # once: later changes patch its items
        self.navigator.setAcceptDrops(True)
        self.navigator.setDropIndicatorShown(True)
        self.navigator.setDragDropMode(QTreeView.DragDropMode.DragDrop)
        self.navigator.selectionModel().currentChanged.connect(self._show)
        self.rows_model = RowsModel(self)
        self.rows_model.editor = self.edit_field
        self.rows_model.out_of_year = self.out_of_year
        self.table = RowsView(self.rows_model, self.current_school_year)
        from jaarplanner.ui.details import DetailsPanel

        self.details = DetailsPanel(self)
        self.calendar = CalendarPanel()
        self.calendar.set_on_move(self.move_period)
        self.calendar.holidays_source = lambda year, region: holidays_for(self.db, year, region)
        self.calendar.canvas.row_clicked.connect(lambda row_id: self.table.select_row(row_id))
        self.views = QTabWidget()
        self.add_view(self.table, _("Table"))
        self.add_view(self.calendar, _("Calendar"))
        # Issue 21: Deze maand beside Tabel and Kalender, read when it is shown.
        from jaarplanner.ui.this_month import ThisMonthPanel, open_row_in_table

        self.this_month = ThisMonthPanel(
            lambda: self.db,
            open_row=lambda row_id: open_row_in_table(self, row_id),
            perform=lambda action: self.history.perform(action),
        )
        self.add_view(self.this_month, _("This month"))
        self.views.currentChanged.connect(
            lambda i: self.this_month.refresh() if self.views.widget(i) is self.this_month else None
        )
        self.history.changed.connect(
            lambda _r: self.this_month.refresh() if self.this_month.isVisible() else None
        )
        from jaarplanner.ui import year_flow

        self.adopted_banner = AdoptedBanner(lambda: year_flow.reopen_document(self))
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.adopted_banner)
        column.addWidget(self.views)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(centre)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)
        splitter.setChildrenCollapsible(False)
        self.table.selectionModel().currentChanged.connect(self._show_details)
        self.table.selectionModel().currentChanged.connect(self._follow_in_calendar)
        self.setCentralWidget(splitter)
        from jaarplanner.ui.start_page import follow_documents, install_start_page  # issue 17

        install_start_page(self)
        self.follow_documents = lambda: follow_documents(self)
        self.fit_to_screen()
        self.actions_by_name: dict[str, QAction] = make_actions(self)
        build_menus(self)
        self.addToolBar(format_bar(self))
        self._search_bar()
        from jaarplanner.ui.context_menus import install_context_menus

        install_context_menus(self)
        from jaarplanner.ui import column_chooser

        column_chooser.install(self)
        self.connect_hub()
        self.store.load_all()
        self.navigator.expandToDepth(1)
        self._select_start()
        from jaarplanner.ui.others import OthersWatch

        self.others = OthersWatch(self)

    def add_view(self, widget: QWidget, title: str) -> int:
        """A tab in the centre (the table, the calendar; later features add theirs here)."""
        return self.views.addTab(widget, title)

    def _publish(self, change: Change | None) -> None:
        """Every change made here: the watcher is told it was ours, the store re-reads what
        it touched and the hub tells the views."""
        if hasattr(self, "others"):
            self.others.own_change()
        self.store.publish(change)

    @property
    def documents(self) -> list[DocumentData]:
        return self.store.documents

    def use_database(self, db: Database) -> None:
        """Work on ``db`` from now on (the old one is closed; undo starts afresh)."""
        old = self.db
        self.db = db
        self.store.db = db
        self.history.db = db
        self.history.stack.clear()
        self.others.close()
        from jaarplanner.ui.others import OthersWatch

        self.others = OthersWatch(self)
        self.selection = ("", None)
        self.setWindowTitle(window_title(db.display_name))
        self.store.load_all()
        self._select_start()
        if old is not db:
            old.close()

    # -- layout ----------------------------------------------------------------------------
    def fit_to_screen(self) -> None:
        """The first window: most of the screen's available area, never larger than it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 720)
        else:
            area = screen.availableGeometry()
            width = min(area.width(), max(int(area.width() * 0.92), 900))
            height = min(area.height(), max(int(area.height() * 0.92), 600))
            self.resize(min(width, area.width()), min(height, area.height()) - 40)
            self.move(area.center().x() - self.width() // 2, area.top() + 10)
        self.fit_panels()

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
        self._laid_out = True

    def showEvent(self, event: QShowEvent) -> None:
        """Shown the first time at its final size: the panels share that width."""
        if not getattr(self, "_laid_out", False):
            self._laid_out = True
            self.fit_panels()
        super().showEvent(event)

    def fit_panels(self) -> None:
        """The navigator and the details as wide as they need, the centre gets the rest."""
        width = max(self.width(), 900)
        side = min(max(width // 5, 240), 300)
        details = min(max(width // 4, 320), 420)
        self.splitter.setSizes([side, width - side - details, details])

    def save_open_edits(self) -> None:
        """Whatever is being typed right now is saved: a cell editor and the detail fields."""
        self.commit_cell_editor()
        self.details.flush()

    def commit_cell_editor(self) -> None:
        """An open cell editor saves its text and closes; the table keeps the focus."""
        from PySide6.QtWidgets import QApplication

        from jaarplanner.ui.delegates import PeriodEditor, RichEditor

        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, (PeriodEditor, RichEditor)):
            focus = focus.parentWidget()
        if focus is not None and focus.parentWidget() is self.table.viewport():
            delegate = self.table.itemDelegate()
            delegate.commitData.emit(focus)
            delegate.closeEditor.emit(focus, delegate.EndEditHint.NoHint)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_open_edits()
        self.others.close()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self.db.path is not None and not is_demo_copy(self.db.path):  # --demo: not next time
            settings.setValue("database/last", str(self.db.path))
        super().closeEvent(event)

    # -- what is selected ------------------------------------------------------------------
    def _select_start(self) -> None:
        kind, ident = self.selection
        index = self._find(kind, ident) if ident is not None else QModelIndex()
        if not index.isValid():
            # nothing remembered: the first document opens on its first part, not empty
            first = next((d for d in self.documents if d.parts), None)
            if first is not None and first.parts[0].id is not None:
                index = self._find("PartData", first.parts[0].id)
        if index.isValid():
            self.navigator.setCurrentIndex(index)
        else:
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
        """The navigator's choice changed: the table shows other lines (its one reset)."""
        payload = current.data(OBJECT_ROLE)
        self.selection = (type(payload).__name__, getattr(payload, "id", None))
        self.details.flush()
        self._source_key = None  # the search shows the lines of the new choice
        part, theme = self.selected_part_and_theme()
        self.calendar.show_part(part, [theme] if theme else None, self.current_document())
        self.show_read_only()
        self._fill_kpi_filter()
        self.apply_search(now=True)  # the table's one reset: other lines
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
        return self.documents[0] if self.documents else None  # the navigator's first

    def current_school_year(self) -> SchoolYear:
        document = self.current_document()
        try:
            return SchoolYear.parse(document.school_year if document else "")
        except Exception:
            import datetime as dt

            return SchoolYear.containing(dt.date.today())
