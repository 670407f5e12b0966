"""What the main window's mixins (``window_sync``, ``search_flow``, ``file_actions``,
``adopted``, ``row_changes``) may use of the window, for the type checker only: the mixins
inherit from :class:`WindowSurface` while type checking and from ``object`` at run time, so
the window itself stays one ``QMainWindow`` and the attributes keep being set in
``MainWindow``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMainWindow, QTreeView

if TYPE_CHECKING:
    from jaarplanner.model.document import DocumentData, PartData, ThemeData
    from jaarplanner.model.layout import ColumnLayout
    from jaarplanner.periods import SchoolYear
    from jaarplanner.storage.database import Database
    from jaarplanner.ui.adopted import AdoptedBanner
    from jaarplanner.ui.calendar_panel import CalendarPanel
    from jaarplanner.ui.details import DetailsPanel
    from jaarplanner.ui.navigator import NavigatorModel
    from jaarplanner.ui.others import OthersWatch
    from jaarplanner.ui.rows_model import RowsModel
    from jaarplanner.ui.search_bar import SearchBar
    from jaarplanner.ui.store import DocumentStore
    from jaarplanner.ui.table_view import RowsView
    from jaarplanner.ui.undo import History


class WindowSurface(QMainWindow):
    db: Database
    store: DocumentStore
    others: OthersWatch
    navigator: QTreeView
    tree_model: NavigatorModel
    rows_model: RowsModel
    table: RowsView
    details: DetailsPanel
    calendar: CalendarPanel
    adopted_banner: AdoptedBanner
    search_bar: SearchBar
    follow_documents: Callable[[], None]
    history: History

    if TYPE_CHECKING:
        # defined by MainWindow or by one of the other mixins

        def current_document(self) -> DocumentData | None: ...

        def current_school_year(self) -> SchoolYear: ...

        def selected_part_and_theme(self) -> tuple[PartData | None, ThemeData | None]: ...

        def _show_details(self, current: QModelIndex = ..., _previous: object = None) -> None: ...

        def apply_search(self, *_args: object, now: bool = False) -> None: ...

        def _fill_kpi_filter(self) -> None: ...

        def show_read_only(self) -> None: ...

        def read_only_document(self) -> bool: ...

        def commit_cell_editor(self) -> None: ...

        def source_themes(self) -> tuple[ColumnLayout | None, list[ThemeData]]: ...

        def _selected_payload(self) -> object: ...
